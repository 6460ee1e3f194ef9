"""The cost surface on a grid: equal to the pointwise formulas, for both costs, at any scale."""

import tracemalloc

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from snippets.cost import cross_entropy, mean_cost
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.gradcheck import central_difference, complex_step, relative_error
from snippets.neuron import cost, forward, gradients
from snippets.surface import COSTS, cost_grid, gradient_grid

W_AXIS = np.linspace(-3.0, 4.0, 7)
B_AXIS = np.linspace(-4.0, 3.0, 5)


def cross_entropy_cost(w, b, a_prev, y):
    """C(w, b) = mean cross-entropy at one point, straight from the pointwise formulas."""
    z, _ = forward(w, b, a_prev)
    return mean_cost(cross_entropy(z, np.broadcast_to(y, z.shape)))


POINTWISE = {"squared_error": cost, "cross_entropy": cross_entropy_cost}


# --- shapes and the existing call signatures ------------------------------------------------


def test_grids_have_shape_k_by_m_rows_are_b_and_columns_are_w():
    C = cost_grid(W_AXIS, B_AXIS, A_PREV, Y)
    dC_dw, dC_db = gradient_grid(W_AXIS, B_AXIS, A_PREV, Y)
    assert C.shape == dC_dw.shape == dC_db.shape == (B_AXIS.size, W_AXIS.size)
    assert C.dtype == np.float64
    # Row i is the slice b = B_AXIS[i]; column j the slice w = W_AXIS[j].
    assert C[2, 5] == cost(W_AXIS[5], B_AXIS[2], A_PREV, Y)


def test_the_default_cost_is_the_squared_error_and_positional_calls_still_work():
    np.testing.assert_array_equal(
        cost_grid(W_AXIS, B_AXIS, A_PREV, Y), cost_grid(W_AXIS, B_AXIS, A_PREV, Y, "squared_error")
    )
    for default, named in zip(
        gradient_grid(W_AXIS, B_AXIS, A_PREV, Y),
        gradient_grid(W_AXIS, B_AXIS, A_PREV, Y, cost="squared_error"),
        strict=True,
    ):
        np.testing.assert_array_equal(default, named)


def test_the_two_costs_differ():
    squared = cost_grid(W_AXIS, B_AXIS, A_PREV, Y)
    cross = cost_grid(W_AXIS, B_AXIS, A_PREV, Y, cost="cross_entropy")
    assert not np.allclose(squared, cross)
    assert np.all(cross > 0)  # soft targets: the cross-entropy never reaches 0


# --- every grid value equals the pointwise evaluation ---------------------------------------


@pytest.mark.parametrize("cost_name", COSTS)
def test_every_grid_value_equals_the_pointwise_cost(cost_name):
    C = cost_grid(W_AXIS, B_AXIS, A_PREV, Y, cost=cost_name)
    for i, b in enumerate(B_AXIS):
        for j, w in enumerate(W_AXIS):
            assert C[i, j] == pytest.approx(POINTWISE[cost_name](w, b, A_PREV, Y), rel=1e-14)


def test_every_squared_error_gradient_equals_the_neurons_gradients():
    dC_dw, dC_db = gradient_grid(W_AXIS, B_AXIS, A_PREV, Y)
    for i, b in enumerate(B_AXIS):
        for j, w in enumerate(W_AXIS):
            expected_w, expected_b, _ = gradients(w, b, A_PREV, Y)
            assert dC_dw[i, j] == pytest.approx(expected_w, rel=1e-14, abs=1e-300)
            assert dC_db[i, j] == pytest.approx(expected_b, rel=1e-14, abs=1e-300)


def test_cross_entropy_gradient_is_the_mean_of_a_minus_y():
    # δ = ∂C_0/∂z = a - y, so ∂C/∂w = mean((a - y)·a_prev) and ∂C/∂b = mean(a - y).
    dC_dw, dC_db = gradient_grid(W_AXIS, B_AXIS, A_PREV, Y, cost="cross_entropy")
    for i, b in enumerate(B_AXIS):
        for j, w in enumerate(W_AXIS):
            _, a = forward(w, b, A_PREV)
            assert dC_dw[i, j] == pytest.approx(np.mean((a - Y) * A_PREV), rel=1e-13)
            assert dC_db[i, j] == pytest.approx(np.mean(a - Y), rel=1e-13)


# --- the gradients, checked against finite differences and the complex step ----------------


def vector_error(analytic, numeric):
    """‖analytic - numeric‖ / ‖numeric‖: one component near 0 cannot blow it up."""
    return np.linalg.norm(np.subtract(analytic, numeric)) / np.linalg.norm(numeric)


def pointwise_gradient(cost_name, method, w, b):
    """(∂C/∂w, ∂C/∂b) at (w, b) from the pointwise cost by ``method``."""
    return method(lambda p: POINTWISE[cost_name](p[0], p[1], A_PREV, Y), np.array([w, b]))


@pytest.mark.parametrize("cost_name", COSTS)
def test_grid_gradients_match_central_differences(cost_name):
    dC_dw, dC_db = gradient_grid(W_AXIS, B_AXIS, A_PREV, Y, cost=cost_name)
    for i, b in enumerate(B_AXIS):
        for j, w in enumerate(W_AXIS):
            numeric = pointwise_gradient(cost_name, central_difference, w, b)
            analytic = np.array([dC_dw[i, j], dC_db[i, j]])
            assert vector_error(analytic, numeric) < 1e-7


@pytest.mark.parametrize("cost_name", COSTS)
def test_grid_gradients_match_the_complex_step(cost_name):
    dC_dw, dC_db = gradient_grid(W_AXIS, B_AXIS, A_PREV, Y, cost=cost_name)
    for i, b in enumerate(B_AXIS):
        for j, w in enumerate(W_AXIS):
            numeric = pointwise_gradient(cost_name, complex_step, w, b)
            analytic = np.array([dC_dw[i, j], dC_db[i, j]])
            assert np.max(relative_error(analytic, numeric)) < 1e-12


def test_the_marked_point_on_a_grid_of_one():
    C = cost_grid([W0], [B0], A_PREV, Y)
    dC_dw, dC_db = gradient_grid([W0], [B0], A_PREV, Y)
    expected_w, expected_b, _ = gradients(W0, B0, A_PREV, Y)
    assert C.shape == (1, 1)
    assert C[0, 0] == cost(W0, B0, A_PREV, Y)
    assert (dC_dw[0, 0], dC_db[0, 0]) == (expected_w, expected_b)


# --- saturated neurons: finite, warning-free, still equal to the pointwise values ----------

PARAMETER = st.floats(-50, 50, allow_nan=False, allow_infinity=False)
INPUT = st.floats(-20, 20, allow_nan=False, allow_infinity=False)
TARGET = st.floats(0, 1, allow_nan=False, allow_infinity=False)


@st.composite
def grids(draw):
    """Random small grids and datasets, with |z| = |w·a_prev + b| up to about 1050."""
    w = draw(arrays(np.float64, st.integers(1, 4), elements=PARAMETER))
    b = draw(arrays(np.float64, st.integers(1, 4), elements=PARAMETER))
    n = draw(st.integers(1, 6))
    a_prev = draw(arrays(np.float64, n, elements=INPUT))
    y = draw(arrays(np.float64, n, elements=TARGET))
    return w, b, a_prev, y


@given(grids(), st.sampled_from(COSTS))
def test_grids_equal_pointwise_values_everywhere(grid, cost_name):
    w, b, a_prev, y = grid
    C = cost_grid(w, b, a_prev, y, cost=cost_name)
    dC_dw, dC_db = gradient_grid(w, b, a_prev, y, cost=cost_name)
    assert np.all(np.isfinite(C))
    assert np.all(np.isfinite(dC_dw))
    assert np.all(np.isfinite(dC_db))
    i, j = len(b) - 1, len(w) - 1
    assert C[i, j] == pytest.approx(POINTWISE[cost_name](w[j], b[i], a_prev, y), rel=1e-13)


@given(grids())
def test_squared_error_gradients_equal_the_neuron_everywhere(grid):
    w, b, a_prev, y = grid
    dC_dw, dC_db = gradient_grid(w, b, a_prev, y)
    expected_w, expected_b, _ = gradients(w[0], b[-1], a_prev, y)
    assert dC_dw[-1, 0] == pytest.approx(expected_w, rel=1e-13, abs=1e-300)
    assert dC_db[-1, 0] == pytest.approx(expected_b, rel=1e-13, abs=1e-300)


@given(grids())
def test_cross_entropy_gradients_match_the_complex_step_everywhere(grid):
    w, b, a_prev, y = grid
    dC_dw, dC_db = gradient_grid(w, b, a_prev, y, cost="cross_entropy")
    numeric = complex_step(lambda p: cross_entropy_cost(p[0], p[1], a_prev, y), [w[0], b[0]])
    # When a ≈ y the slope is a small difference of O(1) terms: compare on the O(1) scale.
    np.testing.assert_allclose([dC_dw[0, 0], dC_db[0, 0]], numeric, rtol=1e-12, atol=1e-13)


def test_cross_entropy_is_exact_at_z_of_plus_and_minus_1000():
    w, b, a_prev, y = [-1000.0, 1000.0], [0.0], [1.0, -1.0], [0.0, 1.0]
    C = cost_grid(w, b, a_prev, y, cost="cross_entropy")
    dC_dw, dC_db = gradient_grid(w, b, a_prev, y, cost="cross_entropy")
    # w = -1000: z = (-1000, 1000), a = (0, 1) = y: no cost, no slope.
    # w = +1000: z = (1000, -1000), a = (1, 0), each C_0 = 1000 and δ = a - y = (1, -1).
    np.testing.assert_array_equal(C, [[0.0, 1000.0]])
    np.testing.assert_array_equal(dC_db, [[0.0, 0.0]])
    np.testing.assert_array_equal(dC_dw, [[0.0, 1.0]])


# --- bad input: the same clear errors as the foundation ------------------------------------


@pytest.mark.parametrize("function", [cost_grid, gradient_grid])
def test_an_unknown_cost_is_refused(function):
    with pytest.raises(ValueError, match=r"cost: expected one of .*squared_error.*, got 'mse'"):
        function(W_AXIS, B_AXIS, A_PREV, Y, cost="mse")


@pytest.mark.parametrize("function", [cost_grid, gradient_grid])
@pytest.mark.parametrize("cost_name", COSTS)
@pytest.mark.parametrize(
    ("w", "b", "a_prev", "y", "error", "message"),
    [
        (np.ones((2, 2)), B_AXIS, A_PREV, Y, ValueError, r"w: expected a 1-D array, got shape"),
        (W_AXIS, 0.5, A_PREV, Y, ValueError, r"b: expected a 1-D array, got shape \(\)"),
        (W_AXIS, B_AXIS, A_PREV[:, None], Y, ValueError, r"a_prev: expected a 1-D array"),
        (W_AXIS, B_AXIS, A_PREV, Y[:3], ValueError, r"expected matching shapes"),
        (W_AXIS, B_AXIS, A_PREV, [np.nan] * 6, ValueError, r"y: expected finite numbers"),
        ([np.inf], B_AXIS, A_PREV, Y, ValueError, r"w: expected finite numbers"),
        ([], B_AXIS, A_PREV, Y, ValueError, r"w: expected at least one value"),
        (W_AXIS, B_AXIS, ["1", "2"], Y[:2], TypeError, r"a_prev: expected real or complex"),
    ],
)
def test_bad_input_is_refused(function, cost_name, w, b, a_prev, y, error, message):
    with pytest.raises(error, match=message):
        function(w, b, a_prev, y, cost=cost_name)


@pytest.mark.parametrize("function", [cost_grid, gradient_grid])
def test_cross_entropy_refuses_targets_outside_0_and_1(function):
    with pytest.raises(ValueError, match=r"y: expected values between 0 and 1"):
        function(W_AXIS, B_AXIS, A_PREV, Y + 0.5, cost="cross_entropy")


@pytest.mark.parametrize("function", [cost_grid, gradient_grid])
def test_a_grid_beyond_the_limit_is_refused_before_it_is_made(function):
    # 4000 × 4000 points × 6 examples would hold 96 million z values (768 MB) per array.
    w = b = np.linspace(-3, 3, 4000)
    tracemalloc.start()
    try:
        with pytest.raises(ValueError, match=r"^w, b and a_prev: expected at most 2,000,000 grid "
                                             r"values \(len\(w\) × len\(b\) × len\(a_prev\)\), "
                                             r"got 96,000,000$"):
            function(w, b, A_PREV, Y)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000  # the two axes' copies, 64 KB, and nothing of the grid's size
    assert cost_grid(W_AXIS, B_AXIS, A_PREV, Y).shape == (B_AXIS.size, W_AXIS.size)  # within: fine


@pytest.mark.parametrize("cost_name", [None, 3, ["squared_error"], np.array(COSTS)])
def test_a_cost_that_is_not_a_name_is_refused(cost_name):
    with pytest.raises(ValueError, match=r"^cost: expected one of"):
        cost_grid(W_AXIS, B_AXIS, A_PREV, Y, cost=cost_name)
