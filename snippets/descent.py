"""Gradient descent on one neuron's (w, b) plane, for the squared error or the cross-entropy.

Each step moves both parameters at once, from the same point (w_t, b_t):

    w_{t+1} = w_t - η ∂C/∂w(w_t, b_t),    b_{t+1} = b_t - η ∂C/∂b(w_t, b_t)

η (eta) is the learning rate: how far to step against the slope. The gradients are
those of snippets.surface on a grid of one point, so the path and the contour map it
is drawn on come from the same formulas.

A run takes at most MAX_STEPS steps (the site's longest takes 20 000); more are
refused before the first.
"""

import numpy as np

from snippets.checks import as_positive, as_real, as_real_array, as_whole_number
from snippets.surface import check_examples, cost_grid, gradient_grid

# The runs the descent page shows (its figures and example scripts read these).
START = (2.5, -2.0)  # (w_0, b_0) for three learning rates
LEARNING_RATES = (1.0, 8.0, 40.0)
STEPS = 30
SATURATED_START = (-4.0, -5.0)  # most z = w·a_prev + b are far below 0 there: σ'(z) ≈ 0
SATURATED_RATE = 2.0
SATURATED_STEPS = 300
MAX_STEPS = 100_000  # steps of one run of descend (and rows - 1 of a path for path_costs)


def _point(w, b):
    return as_real(w, "w"), as_real(b, "b")


def _learning_rate(learning_rate):
    return as_positive(learning_rate, "learning_rate")


def _steps(steps):
    return as_whole_number(steps, "steps", minimum=0, maximum=MAX_STEPS)


def cost_at(w, b, a_prev, y, cost="squared_error"):
    """C(w, b) at one point: the mean of C_0 over the examples (a_prev, y)."""
    w, b = _point(w, b)
    return float(cost_grid(np.array([w]), np.array([b]), a_prev, y, cost)[0, 0])


def gradient_at(w, b, a_prev, y, cost="squared_error"):
    """(∂C/∂w, ∂C/∂b) at one point, as two floats."""
    w, b = _point(w, b)
    dC_dw, dC_db = gradient_grid(np.array([w]), np.array([b]), a_prev, y, cost)
    return float(dC_dw[0, 0]), float(dC_db[0, 0])


# --8<-- [start:descend]
def descend(w, b, a_prev, y, learning_rate, steps, cost="squared_error"):
    """Take ``steps`` steps of gradient descent from (w, b).

    Returns an array of shape (steps + 1, 2): row t is (w_t, b_t), row 0 the
    start. Both slopes are taken at the same point before either moves.
    At most MAX_STEPS steps.
    """
    a_prev, y = check_examples(a_prev, y, cost)
    eta = _learning_rate(learning_rate)
    path = np.zeros((_steps(steps) + 1, 2))
    path[0] = _point(w, b)
    for t in range(steps):
        w, b = path[t]
        dC_dw, dC_db = gradient_at(w, b, a_prev, y, cost)  # at (w_t, b_t)
        path[t + 1] = w - eta * dC_dw, b - eta * dC_db
    return path
# --8<-- [end:descend]


def path_costs(path, a_prev, y, cost="squared_error"):
    """C(w_t, b_t) for every row of a path, shape (steps + 1,); at most MAX_STEPS + 1 rows."""
    path = as_real_array(path, "path", max_size=2 * (MAX_STEPS + 1))
    if path.ndim != 2 or path.shape[1] != 2:
        raise ValueError(f"path: expected shape (steps + 1, 2), rows (w_t, b_t), got {path.shape}")
    return np.array([cost_at(w, b, a_prev, y, cost) for w, b in path])
