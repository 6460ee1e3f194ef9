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

Limits. An axis has at most MAX_AXIS_POINTS points (spacing 1/64 over the explorer's
window of 7 gives 449), so a grid of the site's six examples stays within
snippets.surface.MAX_GRID_VALUES; worst_errors refuses a refinement whose probe grid
would not, before making it.
"""

import numpy as np

from snippets.checks import (
    as_array,
    as_positive,
    as_real_array,
    as_whole_number,
    same_shape,
    within_limit,
)
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.surface import COSTS, MAX_GRID_VALUES, cost_grid, gradient_grid

W_RANGE = (-3.0, 4.0)  # the window of the home page's figure, so the two pictures match
B_RANGE = (-4.0, 3.0)
SPACING = 1 / 16  # grid step in w and in b; puts (W0, B0) on a grid point
QUANTUM = 1e-4  # stored values are whole multiples of this
TOLERANCE = 1e-3  # accepted |shown value - exact value|, for every quantity and cost
LEARNING_RATE = 2.0  # the explorer's starting η for its gradient-descent button
QUANTITIES = ("C", "dC_dw", "dC_db")
MAX_AXIS_POINTS = 500  # points of one grid axis (the explorer's have 113)
COST_LABELS = {"squared_error": "squared error", "cross_entropy": "cross-entropy"}


def grid_axis(limits, spacing=SPACING):
    """Equally spaced points from limits[0] to limits[1] inclusive, ``spacing`` apart (1-D).

    At most MAX_AXIS_POINTS points.
    """
    limits = as_real_array(limits, "limits")
    if limits.shape != (2,):
        raise ValueError(f"limits: expected a pair (low, high), got shape {limits.shape}")
    low, high = (float(x) for x in limits)
    spacing = as_positive(spacing, "spacing")
    if not low < high:
        raise ValueError(f"limits: expected low < high, got ({low}, {high})")
    steps = (high - low) / spacing
    if not steps < MAX_AXIS_POINTS:  # also inf, from a spacing of 1e-320
        raise ValueError(
            f"spacing: expected at most {MAX_AXIS_POINTS} points from {low} to {high}, "
            f"got {steps + 1:.4g} with spacing {spacing}"
        )
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


def _axis(axis, name):
    """A 1-D, strictly increasing, evenly spaced axis: what bilinear's arithmetic assumes."""
    axis = as_real_array(axis, name)
    steps = np.diff(axis) if axis.ndim == 1 else np.zeros(1)  # diff needs a 1-D axis
    if axis.ndim != 1 or axis.size < 2 or not np.all(steps > 0):
        raise ValueError(f"{name}: expected a strictly increasing 1-D axis of at least 2 points, "
                         f"got {axis!r}")
    if not np.allclose(steps, steps[0], rtol=1e-9, atol=0):
        raise ValueError(f"{name}: expected evenly spaced points, got steps from {steps.min()} "
                         f"to {steps.max()}")
    return axis


def _checked(w_axis, b_axis, values, w, b):
    w_axis, b_axis = _axis(w_axis, "w_axis"), _axis(b_axis, "b_axis")
    values = as_real_array(values, "values")
    w, b = as_real_array(w, "w"), as_real_array(b, "b")
    if values.shape != (b_axis.size, w_axis.size):
        raise ValueError(
            f"values: expected shape (len(b_axis), len(w_axis)) = {(b_axis.size, w_axis.size)}"
            f", at least (2, 2), got {values.shape}"
        )
    same_shape(w=w, b=b)
    return w_axis, b_axis, values, w, b


def _check_data(data, keys=("w", "b", "a_prev", "y", "start", "costs"), name="data"):
    """``data`` shaped like surface_data's result (axes, examples, and each cost's grids)."""
    if not isinstance(data, dict):
        raise TypeError(f"{name}: expected a dict like surface_data's, got {type(data).__name__}")
    missing = [key for key in keys if key not in data]
    if missing:
        raise ValueError(f"{name}: expected the keys of surface_data's result, missing {missing}")
    w, b = _axis(data["w"], f"{name}['w']"), _axis(data["b"], f"{name}['b']")
    as_array(data["a_prev"], f"{name}['a_prev']"), as_array(data["y"], f"{name}['y']")
    if not isinstance(data["costs"], dict) or not data["costs"]:
        raise TypeError(f"{name}['costs']: expected a dict of grids per cost, got "
                        f"{data['costs']!r}")
    for cost, grids in data["costs"].items():
        where = f"{name}['costs'][{cost!r}]"
        if cost not in COSTS or not isinstance(grids, dict) or set(grids) != set(QUANTITIES):
            raise ValueError(f"{where}: expected a cost in {COSTS} with grids {QUANTITIES}, "
                             f"got {grids!r}"[:300])
        for quantity, grid in grids.items():
            grid = as_real_array(grid, f"{where}[{quantity!r}]")
            if grid.shape != (b.size, w.size):
                raise ValueError(f"{where}[{quantity!r}]: expected shape {(b.size, w.size)}, "
                                 f"one value per (b, w), got {grid.shape}")
    return w, b


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
    Axes become [first, last, count]. Each value / quantum must stay below 2^53 in size,
    where whole numbers are still exact.
    """
    _check_data(data)
    as_array(data["start"], "data['start']")
    quantum = as_positive(quantum, "quantum")

    def packed(grid):
        grid = as_array(grid, "grid")
        largest = np.max(np.abs(grid))
        if not largest < 2**53 * quantum:  # else / overflows, or astype wraps around silently
            raise ValueError(f"quantum: expected a quantum that keeps |value / quantum| below "
                             f"2^53, got {quantum} for values up to {largest}")
        whole = np.round(grid / quantum).astype(np.int64)
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
    w, b = _check_encoded(encoded)
    shape = (b.size, w.size)

    def unpacked(numbers, where):
        if not isinstance(numbers, list) or len(numbers) != b.size * w.size:
            length = len(numbers) if isinstance(numbers, list) else type(numbers).__name__
            raise ValueError(
                f"{where}: expected {b.size} × {w.size} = {b.size * w.size} numbers, got {length}"
            )
        second = as_array(numbers, where)
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
            raise TypeError(f"{where}: expected whole numbers, got {second.dtype} values")
        second = np.asarray(numbers, dtype=np.int64).reshape(shape)
        return np.cumsum(np.cumsum(second, axis=0), axis=1) * encoded["quantum"]

    return {
        "w": w,
        "b": b,
        "a_prev": np.asarray(encoded["a_prev"], dtype=np.float64),
        "y": np.asarray(encoded["y"], dtype=np.float64),
        "start": tuple(encoded["start"]),
        "costs": {
            cost: {name: unpacked(grids[name], f"encoded['costs'][{cost!r}][{name!r}]")
                   for name in QUANTITIES}
            for cost, grids in encoded["costs"].items()
        },
    }


def _check_encoded(encoded):
    """``encoded`` shaped like encode's result; returns its two axes."""
    if not isinstance(encoded, dict):
        raise TypeError(f"encoded: expected a dict like encode's, got {type(encoded).__name__}")
    keys = ("quantum", "w", "b", "start", "a_prev", "y", "costs")
    missing = [key for key in keys if key not in encoded]
    if missing:
        raise ValueError(f"encoded: expected the keys of encode's result, missing {missing}")
    as_positive(encoded["quantum"], "encoded['quantum']")
    axes = []
    for name in ("w", "b"):
        axis = encoded[name]
        if not isinstance(axis, list | tuple) or len(axis) != 3:
            raise ValueError(f"encoded[{name!r}]: expected [first, last, count], got {axis!r}")
        first, last = as_real_array(axis[:2], f"encoded[{name!r}]")
        count = as_whole_number(axis[2], f"encoded[{name!r}] count", 2, MAX_AXIS_POINTS)
        if not first < last:
            raise ValueError(f"encoded[{name!r}]: expected first < last, got {axis!r}")
        axes.append(np.linspace(first, last, count))
    for name in ("a_prev", "y", "start"):
        as_array(encoded[name], f"encoded[{name!r}]")
    costs = encoded["costs"]
    if not isinstance(costs, dict) or not costs or not all(
        cost in COSTS and isinstance(grids, dict) and set(grids) == set(QUANTITIES)
        for cost, grids in costs.items()
    ):
        raise ValueError(f"encoded['costs']: expected grids {QUANTITIES} for costs in {COSTS}")
    return axes


def worst_errors(data, refine=4):
    """The largest |bilinear(data) - exact| for each cost and quantity, over the grid.

    Exact values come from snippets.surface on a grid ``refine`` times finer, so every
    cell is probed at its corners, edges and (refine - 1)² inner points, midpoints
    included (for an even ``refine``), where bilinear interpolation is least accurate.
    Returns {cost: {"C": float, "dC_dw": float, "dC_db": float}}.
    """
    w_axis, b_axis = _check_data(data, keys=("w", "b", "a_prev", "y", "costs"))
    refine = as_whole_number(refine, "refine", minimum=2)
    points = (refine * (w_axis.size - 1) + 1) * (refine * (b_axis.size - 1) + 1)
    within_limit(points * as_array(data["a_prev"], "a_prev").size, MAX_GRID_VALUES, "refine",
                 "values in the probe grid (its points × the examples)")
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
