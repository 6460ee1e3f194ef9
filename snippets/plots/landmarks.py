"""Points that figures mark and name, computed rather than typed: the lowest point of a cost.

A figure that labels a point with its coordinates takes them from here, so the label, the
alt text and the marker always agree with the surface they are drawn on.
"""

import numpy as np

from snippets.descent import gradient_at
from snippets.surface import cost_grid
from snippets.verify import claim

GRID_POINTS = 401  # per axis: the first guess lies within half a cell of the minimum
NEWTON_STEPS = 5
HESSIAN_STEP = 1e-5  # the nudge of the central differences of the gradient


def _hessian(point, a_prev, y, cost, h=HESSIAN_STEP):
    """The 2 × 2 matrix of second partials of C at ``point`` = (w, b), by central differences
    of the exact gradient (snippets.descent.gradient_at): column k is ∂(∇C)/∂(w, b)_k."""
    columns = []
    for nudge in h * np.eye(2):
        ahead = np.array(gradient_at(*(point + nudge), a_prev, y, cost))
        behind = np.array(gradient_at(*(point - nudge), a_prev, y, cost))
        columns.append((ahead - behind) / (2 * h))
    hessian = np.column_stack(columns)
    return (hessian + hessian.T) / 2  # the mixed partials are equal; average away the noise


def lowest_point(a_prev, y, w_range, b_range, cost="squared_error"):
    """(w, b) where C(w, b) is lowest inside the window ``w_range`` × ``b_range``.

    The lowest point of a GRID_POINTS × GRID_POINTS grid, refined by NEWTON_STEPS Newton
    steps, (w, b) ← (w, b) − H⁻¹ ∇C, on the exact gradient. Raises
    snippets.verify.Disagreement unless the result is a true minimum: the gradient is zero
    there (to 1e-9), the Hessian is positive definite, and the point is still in the grid
    cell the search found.
    """
    w = np.linspace(*w_range, GRID_POINTS)
    b = np.linspace(*b_range, GRID_POINTS)
    row, column = np.unravel_index(np.argmin(cost_grid(w, b, a_prev, y, cost)), (b.size, w.size))
    start = np.array([w[column], b[row]])
    point = start
    for _ in range(NEWTON_STEPS):
        gradient = np.array(gradient_at(*point, a_prev, y, cost))
        point = point - np.linalg.solve(_hessian(point, a_prev, y, cost), gradient)
    cell = np.array([w[1] - w[0], b[1] - b[0]])
    claim(np.all(np.abs(point - start) <= cell), f"the lowest {cost} is near {tuple(start)}")
    claim(np.hypot(*gradient_at(*point, a_prev, y, cost)) < 1e-9,
          f"the gradient of the {cost} is zero at its lowest point {tuple(point)}")
    claim(np.all(np.linalg.eigvalsh(_hessian(point, a_prev, y, cost)) > 0),
          f"the {cost} curves upwards in every direction at {tuple(point)}")
    return float(point[0]), float(point[1])
