"""The first steps of descent: each row's (w, b) is the last row's minus η times its slopes."""

from itertools import pairwise

import pytest

from tests.examples.conftest import table_rows
from tests.examples.exercise_checks import descend_by_hand, neuron_cost, neuron_slopes, rounds_to

# Checked by test_every_row_worked_by_hand below.
EXPECTED = r"""Learning rate \(\eta = 8\), from \((w_0, b_0) = (2.5, -2)\):

| step \(t\) | weight \(w_t\) | bias \(b_t\) | cost \(C(w_t, b_t)\) | slope \(\partial C/\partial w\) | slope \(\partial C/\partial b\) |
|:-:|--:|--:|--:|--:|--:|
| 0 | 2.5000 | -2.0000 | 0.02362 | -0.00582 | -0.01734 |
| 1 | 2.5466 | -1.8613 | 0.02124 | -0.00247 | -0.01423 |
| 2 | 2.5663 | -1.7474 | 0.01971 | -0.00030 | -0.01222 |
| 3 | 2.5688 | -1.6497 | 0.01858 | +0.00119 | -0.01085 |
| 4 | 2.5592 | -1.5629 | 0.01767 | +0.00228 | -0.00984 |
| 5 | 2.5410 | -1.4842 | 0.01688 | +0.00311 | -0.00906 |
"""  # noqa: E501 (the table's header, as the page shows it)
ROWS = table_rows(EXPECTED)


def test_prints_the_first_six_steps(printed):
    assert printed("descent_steps") == EXPECTED


def test_every_row_worked_by_hand():
    """Six steps of descent with η = 8 from (2.5, -2), taken again with the neuron worked by
    hand: each row's point, its cost and its two slopes."""
    for row, (w, b) in zip(ROWS, descend_by_hand(2.5, -2.0, 8.0, 5), strict=True):
        expected = (w, b, neuron_cost(w, b), *neuron_slopes(w, b))
        assert all(rounds_to(value, text) for value, text in zip(expected, row[1:], strict=True))


def test_rows_follow_the_update_rule():
    """What a reader can check with the printed numbers alone: every step moves both
    parameters by -η times the slopes printed on the row above, and goes downhill."""
    rows = [[float(cell) for cell in row] for row in ROWS]
    assert [row[0] for row in rows] == list(range(6))
    for before, after in pairwise(rows):
        assert after[1] == pytest.approx(before[1] - 8 * before[4], abs=2e-4)
        assert after[2] == pytest.approx(before[2] - 8 * before[5], abs=2e-4)
        assert after[3] < before[3]  # downhill
