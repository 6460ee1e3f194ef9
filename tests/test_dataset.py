"""The fixed dataset every page uses, and the marked point the home page draws."""

import numpy as np

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.neuron import cost, gradients
from snippets.plots.cost_surface import FIGURES


def test_inputs_and_targets_pair_up():
    assert A_PREV.shape == Y.shape == (6,)
    assert A_PREV.dtype == Y.dtype == np.float64
    assert np.all(np.isfinite(A_PREV))
    assert A_PREV[0] == 2.0  # example 0, the one the one-example pages follow
    assert np.all(np.diff(A_PREV[1:]) > 0)  # then the other five distinct inputs, in order
    assert A_PREV[0] not in A_PREV[1:]


def test_targets_are_strictly_between_0_and_1():
    # σ never reaches 0 or 1, so a target there could only be approached, never fitted.
    assert np.all((Y > 0) & (Y < 1))


def test_targets_rise_like_a_soft_s():
    order = np.argsort(A_PREV)
    assert np.all(np.diff(Y[order]) > 0)


def test_the_marked_point_is_drawn_where_the_dataset_says():
    (spec,) = [spec for spec in FIGURES if spec.id == "home_surface_slice"]
    params = spec.params
    assert (params["w0"], params["b0"]) == (W0, B0)
    w_low, w_high = params["w_range"]
    b_low, b_high = params["b_range"]
    assert w_low < W0 < w_high
    assert b_low < B0 < b_high


def test_the_cost_has_a_clear_positive_lowest_point_inside_the_home_figure():
    (spec,) = [spec for spec in FIGURES if spec.id == "home_surface_slice"]
    w = np.linspace(*spec.params["w_range"], 71)
    b = np.linspace(*spec.params["b_range"], 71)
    C = np.array([[cost(w_j, b_i, A_PREV, Y) for w_j in w] for b_i in b])
    i, j = np.unravel_index(np.argmin(C), C.shape)
    assert 0 < i < b.size - 1
    assert 0 < j < w.size - 1  # an interior minimum, not the edge of the picture
    assert 0 < C[i, j] < 0.01  # fits well, but not perfectly
    assert C[i, j] < cost(W0, B0, A_PREV, Y) / 10  # the marked point is visibly uphill


def test_the_marked_point_is_not_at_the_minimum():
    # The home page's slope must be visibly non-zero there.
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    assert abs(dC_dw) > 0.1
    assert abs(dC_db) > 0.05
