"""The numbers behind the cost-surface explorer (docs/explorer.md), computed once, here.

The explorer's JavaScript does no neuron math. The build exports, for each cost, three
grids over the (w, b) plane, each of shape (k, m) (row i is b = b[i], column j is w = w[j]):

    C(w, b),    ∂C/∂w (w, b),    ∂C/∂b (w, b)

from snippets.surface, and the page reads them and interpolates bilinearly between the
four grid points around (w, b). ``bilinear`` below is the same rule in numpy, so the
tests can measure what the page shows.

Accuracy. On a grid of spacing h, bilinear interpolation of a smooth f is off by at most

    (h²/8) · (max |∂²f/∂w²| + max |∂²f/∂b²|)

and storing each value to a multiple of QUANTUM adds at most QUANTUM/2. We accept an
error of TOLERANCE = 0.001 in C, ∂C/∂w and ∂C/∂b, for both costs. The slopes the reader
watches are tenths (up to about 1.3 for the cross-entropy), and the changes the explorer
is there to show are hundredths or more (near the marked point, moving b by 0.5 moves
∂C/∂w by 0.02 to 0.05), so an error of a thousandth never hides one. A tighter bound
would cost a finer grid and a heavier file: the error falls like h², the file grows
like 1/h². The spacing h = 1/16 is the coarsest power-of-two fraction that keeps the
measured worst case (interpolation plus rounding, probed inside every cell by
worst_errors; tests/test_explorer_data.py) below TOLERANCE, with about 20% to spare on
the steepest-curving grid, ∂C/∂w of the squared error. The page shows four decimals, so
display rounding adds at most 0.00005.
"""

import numpy as np

from snippets.checks import as_array, as_scalar, same_shape
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.surface import COSTS, cost_grid, gradient_grid

W_RANGE = (-3.0, 4.0)  # the window of the home page's figure, so the two pictures match
B_RANGE = (-4.0, 3.0)
SPACING = 1 / 16  # grid step in w and in b; puts (W0, B0) on a grid point
QUANTUM = 1e-4  # stored values are whole multiples of this
TOLERANCE = 1e-3  # accepted |shown value - exact value|, for every quantity and cost
LEARNING_RATE = 2.0  # the explorer's starting η for its gradient-descent button
QUANTITIES = ("C", "dC_dw", "dC_db")
COST_LABELS = {"squared_error": "squared error", "cross_entropy": "cross-entropy"}


def grid_axis(limits, spacing=SPACING):
    """Equally spaced points from limits[0] to limits[1] inclusive, ``spacing`` apart (1-D)."""
    low, high = (float(as_scalar(x, "limits")) for x in limits)
    spacing = float(as_scalar(spacing, "spacing"))
    if not low < high:
        raise ValueError(f"limits: expected low < high, got ({low}, {high})")
    if spacing <= 0:
        raise ValueError(f"spacing: expected a positive number, got {spacing}")
    steps = (high - low) / spacing
    if abs(steps - round(steps)) > 1e-9 or round(steps) < 1:
        raise ValueError(
            f"spacing: expected a whole number of steps from {low} to {high}, got {spacing}"
        )
    return np.linspace(low, high, round(steps) + 1)


# --8<-- [start:grid]
def surface_data(a_prev=A_PREV, y=Y, spacing=SPACING):
    """C, ∂C/∂w and ∂C/∂b for every cost on one (w, b) grid: what the explorer draws.

    Returns {"w": (m,), "b": (k,), "a_prev": (n,), "y": (n,), "start": (W0, B0),
    "costs": {cost: {"C": (k, m), "dC_dw": (k, m), "dC_db": (k, m)}}}.
    """
    w, b = grid_axis(W_RANGE, spacing), grid_axis(B_RANGE, spacing)
    costs = {}
    for cost in COSTS:
        dC_dw, dC_db = gradient_grid(w, b, a_prev, y, cost)
        costs[cost] = {"C": cost_grid(w, b, a_prev, y, cost), "dC_dw": dC_dw, "dC_db": dC_db}
    return {
        "w": w,
        "b": b,
        "a_prev": as_array(a_prev, "a_prev"),
        "y": as_array(y, "y"),
        "start": (W0, B0),
        "costs": costs,
    }
# --8<-- [end:grid]


def _checked(w_axis, b_axis, values, w, b):
    w_axis, b_axis = as_array(w_axis, "w_axis"), as_array(b_axis, "b_axis")
    values, w, b = as_array(values, "values"), as_array(w, "w"), as_array(b, "b")
    if values.shape != (b_axis.size, w_axis.size) or min(values.shape) < 2:
        raise ValueError(
            f"values: expected shape (len(b_axis), len(w_axis)) = {(b_axis.size, w_axis.size)}"
            f", at least (2, 2), got {values.shape}"
        )
    same_shape(w=w, b=b)
    return w_axis, b_axis, values, w, b


# --8<-- [start:bilinear]
def bilinear(w_axis, b_axis, values, w, b):
    """values at the points (w, b), read from the grid by bilinear interpolation.

    values has shape (k, m) over (b_axis, w_axis); w and b have the same shape, and so has
    the result. Points outside the grid are first moved to its nearest edge (clamped):
    the explorer never extrapolates. In the cell w_j ≤ w ≤ w_{j+1}, b_i ≤ b ≤ b_{i+1},
    with s = (w - w_j)/h_w and t = (b - b_i)/h_b,

        f ≈ (1-s)(1-t) f_ij + s(1-t) f_i,j+1 + (1-s)t f_i+1,j + s t f_i+1,j+1.
    """
    w_axis, b_axis, values, w, b = _checked(w_axis, b_axis, values, w, b)
    # Where the points are, counted in grid steps from the first grid point.
    column = (np.clip(w, w_axis[0], w_axis[-1]) - w_axis[0]) / (w_axis[1] - w_axis[0])
    row = (np.clip(b, b_axis[0], b_axis[-1]) - b_axis[0]) / (b_axis[1] - b_axis[0])
    j = np.minimum(np.floor(column).astype(int), w_axis.size - 2)  # the cell's left column
    i = np.minimum(np.floor(row).astype(int), b_axis.size - 2)  # and its lower row
    s, t = column - j, row - i  # position inside the cell, each from 0 to 1
    return ((1 - s) * (1 - t) * values[i, j] + s * (1 - t) * values[i, j + 1]
            + (1 - s) * t * values[i + 1, j] + s * t * values[i + 1, j + 1])
# --8<-- [end:bilinear]


def encode(data, quantum=QUANTUM):
    """The explorer's file format: ``surface_data`` as plain JSON-ready numbers, compact.

    Each (k, m) grid becomes whole multiples q of ``quantum``, then second differences
    d[i, j] = q[i, j] - q[i, j-1] - q[i-1, j] + q[i-1, j-1] (missing terms are 0),
    flattened row by row. On a smooth surface these are small numbers that gzip well;
    the reader undoes them with two running sums (``decode``, and the JavaScript).
    Axes become [first, last, count].
    """
    quantum = float(as_scalar(quantum, "quantum"))
    if quantum <= 0:
        raise ValueError(f"quantum: expected a positive number, got {quantum}")

    def packed(grid):
        whole = np.round(as_array(grid, "grid") / quantum).astype(np.int64)
        return np.diff(np.diff(whole, axis=1, prepend=0), axis=0, prepend=0).ravel().tolist()

    return {
        "format": "second differences of round(value / quantum), rows b, columns w",
        "quantum": quantum,
        "tolerance": TOLERANCE,
        "learning_rate": LEARNING_RATE,
        "w": [float(data["w"][0]), float(data["w"][-1]), int(data["w"].size)],
        "b": [float(data["b"][0]), float(data["b"][-1]), int(data["b"].size)],
        "start": [float(x) for x in data["start"]],
        "labels": {cost: COST_LABELS[cost] for cost in data["costs"]},
        "a_prev": data["a_prev"].tolist(),
        "y": data["y"].tolist(),
        "costs": {
            cost: {name: packed(grids[name]) for name in QUANTITIES}
            for cost, grids in data["costs"].items()
        },
    }


def decode(encoded):
    """Undo ``encode``: the grids back as arrays (k, m), each value within quantum/2."""
    w, b = np.linspace(*encoded["w"]), np.linspace(*encoded["b"])
    shape = (b.size, w.size)

    def unpacked(numbers):
        if len(numbers) != b.size * w.size:
            raise ValueError(
                f"expected {b.size} × {w.size} = {b.size * w.size} numbers, got {len(numbers)}"
            )
        second = np.asarray(numbers, dtype=np.int64).reshape(shape)
        return np.cumsum(np.cumsum(second, axis=0), axis=1) * encoded["quantum"]

    return {
        "w": w,
        "b": b,
        "a_prev": np.asarray(encoded["a_prev"], dtype=np.float64),
        "y": np.asarray(encoded["y"], dtype=np.float64),
        "start": tuple(encoded["start"]),
        "costs": {
            cost: {name: unpacked(grids[name]) for name in QUANTITIES}
            for cost, grids in encoded["costs"].items()
        },
    }


def worst_errors(data, refine=4):
    """The largest |bilinear(data) - exact| for each cost and quantity, over the grid.

    Exact values come from snippets.surface on a grid ``refine`` times finer, so every
    cell is probed at its corners, edges and (refine - 1)² inner points, midpoints
    included (for an even ``refine``), where bilinear interpolation is least accurate.
    Returns {cost: {"C": float, "dC_dw": float, "dC_db": float}}.
    """
    if not isinstance(refine, int) or refine < 2:
        raise ValueError(f"refine: expected a whole number ≥ 2, got {refine!r}")
    w_axis, b_axis = data["w"], data["b"]
    w = np.linspace(w_axis[0], w_axis[-1], refine * (w_axis.size - 1) + 1)
    b = np.linspace(b_axis[0], b_axis[-1], refine * (b_axis.size - 1) + 1)
    w_points, b_points = np.meshgrid(w, b)
    errors = {}
    for cost, grids in data["costs"].items():
        dC_dw, dC_db = gradient_grid(w, b, data["a_prev"], data["y"], cost)
        exact = {"C": cost_grid(w, b, data["a_prev"], data["y"], cost),
                 "dC_dw": dC_dw, "dC_db": dC_db}
        errors[cost] = {
            name: float(np.max(np.abs(
                bilinear(w_axis, b_axis, grids[name], w_points, b_points) - exact[name]
            )))
            for name in QUANTITIES
        }
    return errors
