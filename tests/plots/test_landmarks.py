"""lowest_point: the minimum a figure names is a true minimum, found to many more digits
than any label shows."""

import numpy as np
import pytest

from snippets.dataset import A_PREV, Y
from snippets.descent import cost_at
from snippets.explorer_data import B_RANGE, W_RANGE
from snippets.gradcheck import central_difference
from snippets.plots.landmarks import lowest_point
from snippets.verify import Disagreement
from tests.plots.test_cost_surface import lowest_point as searched

COSTS = ("squared_error", "cross_entropy")


@pytest.mark.parametrize("cost", COSTS)
def test_the_lowest_point_agrees_with_a_plain_grid_search(cost):
    w, b = lowest_point(A_PREV, Y, W_RANGE, B_RANGE, cost)
    assert (w, b) == pytest.approx(searched(W_RANGE, B_RANGE, cost, rounds=5), abs=1e-6)


@pytest.mark.parametrize("cost", COSTS)
def test_nudging_finds_both_slopes_zero_and_every_neighbour_higher(cost):
    w, b = lowest_point(A_PREV, Y, W_RANGE, B_RANGE, cost)
    assert central_difference(lambda v: cost_at(v, b, A_PREV, Y, cost), w) == pytest.approx(
        0, abs=1e-8)
    assert central_difference(lambda v: cost_at(w, v, A_PREV, Y, cost), b) == pytest.approx(
        0, abs=1e-8)
    lowest = cost_at(w, b, A_PREV, Y, cost)
    for angle in np.linspace(0, 2 * np.pi, 16, endpoint=False):
        step = 1e-3 * np.array([np.cos(angle), np.sin(angle)])
        assert cost_at(w + step[0], b + step[1], A_PREV, Y, cost) > lowest


def test_the_squared_errors_lowest_point_is_not_the_one_once_typed():
    # The cost-choice figure once labelled a coarse grid's point, (1.11, −0.33).
    w, b = lowest_point(A_PREV, Y, W_RANGE, B_RANGE)
    assert (f"{w:.2f}", f"{b:.2f}") == ("1.13", "-0.32")


def test_a_window_without_the_minimum_is_refused():
    # Its lowest point lies on the window's edge, where the slope is not zero.
    with pytest.raises(Disagreement, match="lowest"):
        lowest_point(A_PREV, Y, (2.0, 4.0), (-4.0, 3.0))
