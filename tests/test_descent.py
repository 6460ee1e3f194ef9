"""Gradient descent on (w, b): both slopes at the same point, then both parameters move."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from snippets import descent
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.descent import MAX_STEPS, cost_at, descend, gradient_at, path_costs
from snippets.gradcheck import central_difference
from snippets.neuron import cost, forward, gradients, sigmoid_prime

COSTS = ("squared_error", "cross_entropy")


def test_gradient_at_is_the_neurons_gradient():
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    got = gradient_at(W0, B0, A_PREV, Y)
    assert got == pytest.approx((dC_dw, dC_db), rel=1e-14)
    assert all(isinstance(g, float) for g in got)
    assert cost_at(W0, B0, A_PREV, Y) == pytest.approx(cost(W0, B0, A_PREV, Y), rel=1e-15)


@pytest.mark.parametrize("which", COSTS)
@given(w=st.floats(-6, 6), b=st.floats(-6, 6))
def test_gradient_at_matches_nudging_cost_at(which, w, b):
    dC_dw, dC_db = gradient_at(w, b, A_PREV, Y, which)
    point = np.array([w, b])

    def f(p):
        return cost_at(p[0], p[1], A_PREV, Y, which)

    nudged = central_difference(f, point)
    np.testing.assert_allclose([dC_dw, dC_db], nudged, rtol=1e-7, atol=1e-9)


def test_first_step_uses_both_slopes_at_the_start():
    eta = 2.0
    path = descend(W0, B0, A_PREV, Y, eta, 1)
    dC_dw, dC_db = gradient_at(W0, B0, A_PREV, Y)
    np.testing.assert_array_equal(path[0], [W0, B0])
    np.testing.assert_allclose(path[1], [W0 - eta * dC_dw, B0 - eta * dC_db], rtol=1e-15)


def test_both_parameters_move_at_once_not_one_after_the_other():
    eta = 8.0
    path = descend(W0, B0, A_PREV, Y, eta, 1)
    # One coordinate at a time would take ∂C/∂b at the *new* w: a different point.
    w1 = W0 - eta * gradient_at(W0, B0, A_PREV, Y)[0]
    sequential_b = B0 - eta * gradient_at(w1, B0, A_PREV, Y)[1]
    assert path[1, 0] == pytest.approx(w1, rel=1e-15)
    assert abs(path[1, 1] - sequential_b) > 1e-3


def test_zero_steps_is_just_the_start():
    np.testing.assert_array_equal(descend(1.0, 2.0, A_PREV, Y, 0.5, 0), [[1.0, 2.0]])


@pytest.mark.parametrize("which", COSTS)
def test_small_steps_always_go_downhill_and_reach_the_minimum(which):
    path = descend(*descent.START, A_PREV, Y, 2.0, 2000, which)
    costs = path_costs(path, A_PREV, Y, which)
    assert np.all(np.diff(costs) <= 1e-15)
    assert np.allclose(gradient_at(*path[-1], A_PREV, Y, which), 0, atol=1e-6)


def test_the_pages_three_learning_rates_creep_arrive_and_overshoot():
    paths = [descend(*descent.START, A_PREV, Y, eta, descent.STEPS) for eta in
             descent.LEARNING_RATES]
    finals = [path_costs(p, A_PREV, Y)[-1] for p in paths]
    slow, good, fast = finals
    assert good < fast < slow
    # The largest rate zigzags: the b-steps change sign again and again near the end.
    steps_b = np.diff(paths[2][:, 1])[-10:]
    assert np.sum(np.diff(np.sign(steps_b)) != 0) >= 5


def test_the_saturated_start_stalls_squared_error_but_not_cross_entropy():
    w, b = descent.SATURATED_START
    z, _ = forward(w, b, A_PREV)
    assert np.sum(sigmoid_prime(z) < 0.01) >= 4  # most examples saturated
    runs = {c: descend(w, b, A_PREV, Y, descent.SATURATED_RATE, descent.SATURATED_STEPS, c)
            for c in COSTS}
    squared = path_costs(runs["squared_error"], A_PREV, Y)
    cross = path_costs(runs["cross_entropy"], A_PREV, Y)
    assert squared[-1] > 0.3
    assert cross[-1] < 0.003


def test_descent_is_stateless():
    first = descend(W0, B0, A_PREV, Y, 4.0, 20)
    second = descend(W0, B0, A_PREV, Y, 4.0, 20)
    np.testing.assert_array_equal(first, second)


@pytest.mark.parametrize("rate", [0.0, -1.0])
def test_learning_rate_must_be_positive(rate):
    with pytest.raises(ValueError, match=r"^learning_rate: expected a positive number, got "):
        descend(W0, B0, A_PREV, Y, rate, 3)


@pytest.mark.parametrize("steps", [-1, MAX_STEPS + 1, 10**8])
def test_steps_must_be_from_zero_to_the_limit(steps):
    with pytest.raises(ValueError, match=r"^steps: expected a whole number from 0 to 100,000, "):
        descend(W0, B0, A_PREV, Y, 1.0, steps)


@pytest.mark.parametrize("steps", [2.5, 3.0, True, "3", None])
def test_steps_must_be_an_integer(steps):
    with pytest.raises(TypeError, match=r"^steps: expected a whole number \(an int\), got "):
        descend(W0, B0, A_PREV, Y, 1.0, steps)


def test_numpy_integer_steps_are_accepted():
    np.testing.assert_array_equal(descend(W0, B0, A_PREV, Y, 1.0, np.int64(3)),
                                  descend(W0, B0, A_PREV, Y, 1.0, 3))


def test_too_many_steps_are_refused_before_the_path_is_made(monkeypatch):
    def no_path(*args, **kwargs):
        raise AssertionError("made a path for a refused run")

    monkeypatch.setattr(descent.np, "zeros", no_path)
    with pytest.raises(ValueError, match=r"^steps: expected a whole number from 0 to 100,000, "
                                         r"got 100,000,000$"):
        descend(W0, B0, A_PREV, Y, 1.0, 10**8)


@pytest.mark.parametrize(
    ("a_prev", "y", "cost", "error", "message"),
    [
        (None, Y, "squared_error", TypeError, r"^a_prev: expected real or complex numbers"),
        (A_PREV, Y[:2], "squared_error", ValueError, r"^expected matching shapes, got a_prev"),
        (A_PREV, Y, "hinge", ValueError, r"^cost: expected one of"),
    ],
)
def test_the_examples_are_checked_even_for_zero_steps(a_prev, y, cost, error, message):
    # With steps=0 nothing was ever computed from them, so they were never checked.
    with pytest.raises(error, match=message):
        descend(W0, B0, a_prev, y, 1.0, 0, cost)


@pytest.mark.parametrize(("w", "rate"), [(1j, 1.0), (W0, 1j)])
def test_complex_start_or_rate_is_refused(w, rate):
    # float() of a complex number used to drop its imaginary part (with a ComplexWarning).
    with pytest.raises(TypeError, match=r"^(w|learning_rate): expected a real number"):
        descend(w, B0, A_PREV, Y, rate, 3)


def test_path_costs_refuses_a_path_longer_than_the_limit():
    with pytest.raises(ValueError, match=r"^path: expected at most 200,002 values, got "):
        path_costs(np.zeros((MAX_STEPS + 2, 2)), A_PREV, Y)


def test_start_and_path_must_have_the_right_shape():
    with pytest.raises(ValueError, match=r"^w: expected a single number"):
        descend([1.0, 2.0], B0, A_PREV, Y, 1.0, 3)
    with pytest.raises(ValueError, match=r"^path: expected shape \(steps \+ 1, 2\), rows "
                                         r"\(w_t, b_t\), got \(3,\)$"):
        path_costs(np.ones(3), A_PREV, Y)
    with pytest.raises(ValueError, match=r"^cost: expected one of"):
        gradient_at(W0, B0, A_PREV, Y, "hinge")
