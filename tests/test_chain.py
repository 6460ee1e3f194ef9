"""A chain of one-neuron layers: the forward pass, the recursion, and every gradient three ways.

References: the complex step (exact to rounding; compared with an absolute floor of 1e-300
where a saturated slope underflows), central differences (h = 1e-6: relative error < 1e-7
plus an absolute ~1e-9 from rounding C), and the one-neuron formulas of snippets.neuron.
"""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from snippets import chain
from snippets.chain import A0, B, W, Y, backward, cost, forward, gradients
from snippets.gradcheck import central_difference, complex_step
from snippets.neuron import gradients as neuron_gradients
from snippets.neuron import sigmoid, sigmoid_prime

finite = st.floats(allow_nan=False, allow_infinity=False)


def assert_near(value, reference, rtol, atol=0.0):
    value, reference = np.asarray(value, dtype=float), np.asarray(reference, dtype=float)
    error = np.abs(value - reference)
    bound = rtol * np.abs(reference) + atol
    assert np.all(error <= bound), f"{value} vs {reference}: error {error} > {bound}"


@st.composite
def chains(draw, weight=5.0):
    """A chain of 1 to 6 layers: weights up to ±weight, biases, an input and a target."""
    L = draw(st.integers(1, 6))
    values = st.floats(-weight, weight, allow_nan=False)
    w = np.array(draw(st.lists(values, min_size=L, max_size=L)))
    b = np.array(draw(st.lists(st.floats(-5, 5), min_size=L, max_size=L)))
    a0 = draw(st.floats(-3, 3))
    y = draw(st.floats(0, 1))
    return w, b, a0, y


def numerical(check, w, b, a0, y):
    return (check(lambda w_: cost(w_, b, a0, y), w), check(lambda b_: cost(w, b_, a0, y), b))


# --- forward -----------------------------------------------------------------------------------


def test_forward_runs_the_three_layers_in_order():
    z, a = forward(W, B, A0)
    assert z.shape == (3,)
    assert a.shape == (4,)
    assert a[0] == A0
    expected_a = A0
    for layer in range(3):
        expected_z = W[layer] * expected_a + B[layer]
        expected_a = 1 / (1 + np.exp(-expected_z))
        assert z[layer] == pytest.approx(expected_z, rel=1e-15)
        assert a[layer + 1] == pytest.approx(expected_a, rel=1e-15)


def test_cost_is_the_squared_error_of_the_last_activation():
    _, a = forward(W, B, A0)
    assert cost(W, B, A0, Y) == pytest.approx((a[-1] - Y) ** 2, rel=1e-15)


def test_one_layer_is_the_one_neuron_of_the_first_page():
    w, b, a0, y = np.array([0.7]), np.array([-0.4]), 1.3, 0.2
    dC_dw, dC_db = gradients(w, b, a0, y)
    expected_w, expected_b, expected_a = neuron_gradients(w[0], b[0], a0, y)
    assert dC_dw[0] == pytest.approx(expected_w, rel=1e-14)
    assert dC_db[0] == pytest.approx(expected_b, rel=1e-14)
    z, a = forward(w, b, a0)
    *_, dC_da = backward(w, z, a, y)
    assert dC_da[0] == pytest.approx(expected_a, rel=1e-14)


# --- backward: the recursion, read off the code's outputs -----------------------------------------


def test_backward_follows_the_recursion():
    z, a = forward(W, B, A0)
    delta, dC_dw, dC_db, dC_da = backward(W, z, a, Y)
    L = len(W)
    assert delta[L - 1] == pytest.approx(2 * (a[L] - Y) * sigmoid_prime(z[L - 1]), rel=1e-15)
    for layer in range(L - 1, 0, -1):  # δ^l = w^{l+1} δ^{l+1} σ'(z^l)
        expected = W[layer] * delta[layer] * sigmoid_prime(z[layer - 1])
        assert delta[layer - 1] == pytest.approx(expected, rel=1e-14)
    np.testing.assert_allclose(dC_dw, a[:-1] * delta, rtol=1e-15)
    np.testing.assert_array_equal(dC_db, delta)
    np.testing.assert_allclose(dC_da[:-1], W * delta, rtol=1e-15)
    assert dC_da[L] == pytest.approx(2 * (a[L] - Y), rel=1e-15)


def test_slope_for_the_input_matches_nudging_the_input():
    z, a = forward(W, B, A0)
    *_, dC_da = backward(W, z, a, Y)
    nudged = central_difference(lambda a0: cost(W, B, a0, Y), A0)
    assert_near(dC_da[0], nudged, rtol=1e-7, atol=1e-10)


# --- every gradient, three ways ----------------------------------------------------------------


def test_the_pages_chain_against_both_checks():
    dC_dw, dC_db = gradients(W, B, A0, Y)
    for check, rtol in ((complex_step, 1e-13), (central_difference, 1e-7)):
        nudged_w, nudged_b = numerical(check, W, B, A0, Y)
        assert_near(dC_dw, nudged_w, rtol)
        assert_near(dC_db, nudged_b, rtol)


def test_bias_gradients_checked_on_their_own():
    # Only b moves; a bias bug cannot hide behind correct weight gradients.
    _, dC_db = gradients(W, B, A0, Y)
    nudged = central_difference(lambda b: cost(W, b, A0, Y), B)
    assert_near(dC_db, nudged, rtol=1e-7)
    assert not np.allclose(dC_db, gradients(W, B, A0, Y)[0])  # a^0 ≠ 1: not the weights


@given(chains())
def test_gradients_match_the_complex_step(params):
    w, b, a0, y = params
    dC_dw, dC_db = gradients(w, b, a0, y)
    exact_w, exact_b = numerical(complex_step, w, b, a0, y)
    assert_near(dC_dw, exact_w, rtol=1e-12, atol=1e-300)
    assert_near(dC_db, exact_b, rtol=1e-12, atol=1e-300)


@given(chains())
def test_gradients_match_central_differences(params):
    w, b, a0, y = params
    dC_dw, dC_db = gradients(w, b, a0, y)
    nudged_w, nudged_b = numerical(central_difference, w, b, a0, y)
    assert_near(dC_dw, nudged_w, rtol=1e-7, atol=1e-9)
    assert_near(dC_db, nudged_b, rtol=1e-7, atol=1e-9)


@given(chains(weight=1000.0))
def test_saturated_chains_stay_finite_and_exact(params):
    # |z| up to ~1000: σ' underflows towards 0, and nothing may overflow or warn.
    w, b, a0, y = params
    dC_dw, dC_db = gradients(w, b, a0, y)
    assert np.all(np.isfinite(dC_dw))
    assert np.all(np.isfinite(dC_db))
    exact_w, exact_b = numerical(complex_step, w, b, a0, y)
    assert_near(dC_dw, exact_w, rtol=1e-12, atol=1e-300)
    assert_near(dC_db, exact_b, rtol=1e-12, atol=1e-300)


def test_a_fully_saturated_chain_has_slopes_that_vanish():
    w, b = np.array([900.0, 900.0]), np.array([0.0, 0.0])
    z, a = forward(w, b, 1.0)
    assert np.all(z >= 900)
    assert a[-1] == sigmoid(900.0) == 1.0
    dC_dw, dC_db = gradients(w, b, 1.0, 0.0)
    assert np.all(np.abs(dC_dw) < 1e-300)
    assert np.all(np.abs(dC_db) < 1e-300)


# --- stateless ---------------------------------------------------------------------------------


def test_running_backprop_twice_gives_identical_results_and_leaves_inputs_alone():
    w, b = W.copy(), B.copy()
    first = gradients(w, b, A0, Y)
    second = gradients(w, b, A0, Y)
    for one, two in zip(first, second, strict=True):
        np.testing.assert_array_equal(one, two)
    np.testing.assert_array_equal(w, W)
    np.testing.assert_array_equal(b, B)
    z, a = forward(W, B, A0)
    z_copy, a_copy = z.copy(), a.copy()
    backward(W, z, a, Y)
    np.testing.assert_array_equal(z, z_copy)
    np.testing.assert_array_equal(a, a_copy)


def test_the_pages_chain_is_three_layers():
    assert chain.W.shape == chain.B.shape == (3,)


# --- bad input ---------------------------------------------------------------------------------


def test_weights_must_be_one_per_layer():
    with pytest.raises(ValueError, match=r"^w: expected a 1-D array, one weight per layer, got "
                                         r"shape \(2, 2\)$"):
        forward(np.ones((2, 2)), np.ones((2, 2)), 1.0)


def test_one_bias_per_weight():
    with pytest.raises(ValueError, match=r"^expected matching shapes, got w \(3,\), b \(2,\)$"):
        forward(W, B[:2], A0)


def test_input_and_target_are_single_numbers():
    with pytest.raises(ValueError, match=r"^a0: expected a single number"):
        forward(W, B, [1.0, 2.0])
    with pytest.raises(ValueError, match=r"^y: expected a single number"):
        cost(W, B, A0, [0.1, 0.2])
    with pytest.raises(ValueError, match=r"^w: expected finite numbers"):
        gradients([1.0, np.nan], [0.0, 0.0], A0, Y)


def test_backward_rejects_a_trace_of_the_wrong_length():
    z, a = forward(W, B, A0)
    with pytest.raises(ValueError, match=r"^expected w and z of shape \(L,\) and a of shape "
                                         r"\(L \+ 1,\), got w \(3,\), z \(3,\), a \(3,\)$"):
        backward(W, z, a[1:], Y)


def test_backward_names_a_single_number_given_as_w():
    z, a = forward(W, B, A0)
    # len() of a 0-d array used to fail with "len() of unsized object".
    with pytest.raises(ValueError, match=r"^expected w and z of shape \(L,\) and a of shape "
                                         r"\(L \+ 1,\), got w \(\), z \(3,\), a \(4,\)$"):
        backward(1.5, z, a, Y)


def test_backward_keeps_a_complex_target_complex():
    # A complex y used to be cast into the real slopes, dropping its imaginary part (with a
    # ComplexWarning): a complex step in y must carry through, as in forward for w and b.
    z, a = forward(W, B, A0)
    h = 1e-20
    _, stepped_dw, stepped_db, _ = backward(W, z, a, Y + 1j * h)
    _, dC_dw, dC_db, _ = backward(W, z, a, Y)
    np.testing.assert_array_equal(stepped_dw.real, dC_dw)
    np.testing.assert_array_equal(stepped_db.real, dC_db)
    # The imaginary parts / h are the slopes' own slopes in y: check them by nudging y.
    for slopes, index in ((stepped_dw, 0), (stepped_db, 1)):
        def slope_of_y(t, index=index):
            return backward(W, z, a, t)[index + 1]
        nudged = (slope_of_y(Y + 1e-6) - slope_of_y(Y - 1e-6)) / 2e-6
        np.testing.assert_allclose(slopes.imag / h, nudged, rtol=1e-8)
