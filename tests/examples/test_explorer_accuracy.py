"""The explorer's accuracy table: the worst errors of what the page shows, all accepted."""

import numpy as np

from snippets.dataset import A_PREV, Y
from tests.examples.conftest import table_rows
from tests.examples.exercise_checks import rounds_to

# (4 - (-3)) · 16 + 1 = 113 points a side, 1/16 = 0.0625 apart: the home figure's window.
FIRST = ("Grid: 113 × 113 points, 0.0625 apart in w and in b; "
         "values stored to the nearest 0.0001.")
# Checked by test_the_errors_measured_again_with_numpy_alone below; columns: cost, largest
# error in C, in ∂C/∂w and in ∂C/∂b, accepted error.
ROWS = table_rows("""
| squared error | 0.00031 | 0.00080 | 0.00032 | 0.001 |
| cross-entropy | 0.00052 | 0.00044 | 0.00023 | 0.001 |
""")


def test_prints_the_grid_and_a_markdown_table(printed):
    out = printed("explorer_accuracy")
    lines = out.splitlines()
    assert lines[:2] == [FIRST, ""]
    assert lines[2] == "| cost | largest error in C | in ∂C/∂w | in ∂C/∂b | accepted |"
    assert table_rows(out) == ROWS


def test_every_error_is_below_the_accepted_one():
    for _, *errors, accepted in ROWS:
        assert all(0 < float(error) < float(accepted) for error in errors)


def surface(w, b, cost):
    """C, ∂C/∂w and ∂C/∂b on the grid (rows b, columns w), worked by hand with numpy:
    δ_i = 2(σ - y)σ(1 - σ) or σ - y, and the cross-entropy as ln(1 + e^z) - y z."""
    z = w[np.newaxis, :, np.newaxis] * A_PREV + b[:, np.newaxis, np.newaxis]
    s = 1 / (1 + np.exp(-z))
    if cost == "squared error":
        C, delta = (s - Y) ** 2, 2 * (s - Y) * s * (1 - s)
    else:
        C, delta = np.logaddexp(0, z) - Y * z, s - Y
    return C.mean(axis=2), (delta * A_PREV).mean(axis=2), delta.mean(axis=2)


def test_the_errors_measured_again_with_numpy_alone():
    """What the page downloads, made again: each grid value rounded to a multiple of 1e-4.
    Then read between the grid points as the page does (bilinearly), at 4 × 4 probes per
    cell (corners, edges and inner points, the midpoints included), against the exact
    values there."""
    coarse = np.arange(113) / 16
    fine = np.arange(4 * 112 + 1) / 64
    k = np.arange(fine.size)
    cell = np.minimum(k // 4, 111)  # the grid cell that each probe falls in
    s = (k / 4 - cell)[np.newaxis, :]  # how far across it, in w: 0, 1/4, 1/2, 3/4 (1 at the end)
    t = s.T  # and in b
    i, j = cell[:, np.newaxis], cell[np.newaxis, :]
    for label, *errors, _ in ROWS:
        stored = surface(coarse - 3, coarse - 4, label)
        exact = surface(fine - 3, fine - 4, label)
        for grid, values, error in zip(stored, exact, errors, strict=True):
            grid = np.round(grid / 1e-4) * 1e-4
            read = ((1 - s) * (1 - t) * grid[i, j] + s * (1 - t) * grid[i, j + 1]
                    + (1 - s) * t * grid[i + 1, j] + s * t * grid[i + 1, j + 1])
            assert rounds_to(np.abs(read - values).max(), error), label
