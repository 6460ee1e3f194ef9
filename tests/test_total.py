"""The total differential and the total derivative, checked against actual changes."""

import mpmath
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.gradcheck import central_difference, complex_step, relative_error
from snippets.neuron import cost, forward, gradients, partials_of_z, sigmoid
from snippets.total import (
    dz2_dw_by_path,
    linearisation_residuals,
    loglog_slope,
    path,
    path_velocity,
    total_differential,
    used_twice,
)

STEPS = np.array([1e-1, 1e-2, 1e-3, 1e-4, 1e-5])


def C(point):
    return cost(point[0], point[1], A_PREV, Y)


# --- the total differential -----------------------------------------------------------------


def test_total_differential_adds_one_term_per_input():
    assert total_differential([2.0, 1.0, 0.5], [0.1, -0.2, 0.3]) == pytest.approx(0.15, rel=1e-15)
    assert total_differential(3.0, 0.5) == 1.5
    assert total_differential(np.ones((2, 2)), np.full((2, 2), 0.25)) == 1.0


def test_dz_is_a_prev_dw_plus_db_plus_w_da_prev():
    w, b, a_prev = 0.5, -1.5, 2.0
    dw, db, da_prev = 0.01, -0.02, 0.03
    dz = total_differential(partials_of_z(w, b, a_prev), [dw, db, da_prev])
    assert dz == pytest.approx(a_prev * dw + db + w * da_prev, rel=1e-15)


@given(
    st.floats(-5, 5), st.floats(-5, 5), st.floats(-5, 5),
    st.floats(-1, 1), st.floats(-1, 1), st.floats(-1, 1),
)
def test_for_z_the_residual_is_exactly_dw_times_da_prev(w, b, a_prev, dw, db, da_prev):
    # (w + Δw)(a + Δa) + b + Δb - (w a + b) = a Δw + Δb + w Δa + Δw Δa.
    z_before, _ = forward(w, b, a_prev)
    z_after, _ = forward(w + dw, b + db, a_prev + da_prev)
    predicted = total_differential(partials_of_z(w, b, a_prev), [dw, db, da_prev])
    residual = (z_after - z_before) - predicted
    assert residual == pytest.approx(dw * da_prev, abs=1e-13)


# --- how well the linear prediction does for C(w, b) ----------------------------------------


def residuals():
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    return linearisation_residuals(C, [dC_dw, dC_db], [W0, B0], [1.0, 1.0], STEPS)


def test_residual_rows_are_actual_minus_predicted():
    h, actual, predicted, residual = residuals()
    np.testing.assert_array_equal(h, STEPS)
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    for i, step in enumerate(STEPS):
        assert actual[i] == C([W0 + step, B0 + step]) - C([W0, B0])
        assert predicted[i] == pytest.approx((dC_dw + dC_db) * step, rel=1e-15)
    np.testing.assert_array_equal(residual, actual - predicted)


def test_the_residual_shrinks_like_h_squared():
    h, actual, _, residual = residuals()
    assert loglog_slope(h, residual) == pytest.approx(2.0, abs=0.05)
    assert loglog_slope(h, actual) == pytest.approx(1.0, abs=0.05)
    ratios = residual / h**2  # settles to half the second derivative along (1, 1)
    assert ratios[-1] == pytest.approx(ratios[-2], rel=1e-3)


def test_a_wrong_partial_leaves_a_residual_that_shrinks_only_like_h():
    dC_dw, _, _ = gradients(W0, B0, A_PREV, Y)  # ∂C/∂b replaced by 0 below
    h, _, _, residual = linearisation_residuals(C, [dC_dw, 0.0], [W0, B0], [1.0, 1.0], STEPS)
    assert loglog_slope(h, residual) == pytest.approx(1.0, abs=0.05)


def test_loglog_slope_recovers_a_power_law():
    h = np.array([1.0, 0.1, 0.01])
    assert loglog_slope(h, 3 * h**2) == pytest.approx(2.0, rel=1e-12)
    assert loglog_slope(h, -5 * h**3) == pytest.approx(3.0, rel=1e-12)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"steps": [0.1, -0.01]}, ValueError, r"^steps: expected a 1-D array of distinct positive"),
        ({"steps": [[0.1]]}, ValueError, r"^steps: expected a 1-D array of distinct positive"),
        ({"steps": [0.1, 0.1]}, ValueError, r"^steps: expected a 1-D array of distinct positive"),
        ({"steps": [0.1j]}, TypeError, r"^steps: expected real numbers"),
        ({"steps": np.full(10_001, 0.1)}, ValueError, r"^steps: expected at most 10,000 values"),
        ({"direction": [1.0]}, ValueError, r"expected matching shapes"),
        ({"partials": [1.0, np.nan]}, ValueError, r"partials: expected finite numbers"),
        ({"point": "w, b"}, TypeError, r"point: expected real or complex numbers"),
    ],
)
def test_linearisation_residuals_refuses_bad_input(kwargs, error, message):
    arguments = {"partials": [0.1, 0.2], "point": [W0, B0], "direction": [1.0, 1.0],
                 "steps": STEPS} | kwargs
    with pytest.raises(error, match=message):
        linearisation_residuals(C, **arguments)


@pytest.mark.parametrize(
    ("steps", "values", "message"),
    [
        ([0.1], [0.2], r"^steps: expected at least two step sizes for a line, got "),
        ([0.1, 0.0], [0.2, 0.3], r"^steps: expected a 1-D array of distinct positive step sizes"),
        ([0.1, 0.01], [0.2, 0.0], r"^values: expected nonzero values \(log \|value\| is fitted\)"),
        ([0.1, 0.01], [0.2], r"^expected matching shapes, got steps \(2,\), values \(1,\)$"),
        # Equal steps used to give a slope of -0.13 and only a warning.
        ([0.1, 0.1], [0.2, 0.3], r"^steps: expected a 1-D array of distinct positive step sizes"),
        ([[0.1, 0.01]], [[0.2, 0.3]], r"^steps: expected a 1-D array of distinct positive"),
    ],
)
def test_loglog_slope_refuses_bad_input(steps, values, message):
    with pytest.raises(ValueError, match=message):
        loglog_slope(steps, values)


@pytest.mark.parametrize(
    ("f", "error", "message"),
    [
        (lambda x: np.nan, ValueError, r"^f: expected f\(…\) to return a finite number, got nan$"),
        (lambda x: x, TypeError, r"^f: expected f\(…\) to return one real number, got array"),
        ("C", TypeError, r"^f: expected a function, got 'C' \(str\)$"),
    ],
)
def test_linearisation_residuals_checks_what_f_returns(f, error, message):
    # A NaN from f used to come out as NaN residuals, without a word.
    with pytest.raises(error, match=message):
        linearisation_residuals(f, [0.1, 0.2], [W0, B0], [1.0, 1.0], STEPS)


def test_total_differential_refuses_mismatched_shapes():
    with pytest.raises(ValueError, match=r"expected matching shapes, got partials \(2,\), changes"):
        total_differential([1.0, 2.0], [1.0, 2.0, 3.0])


# --- the total derivative along a path ------------------------------------------------------


def test_the_path_starts_at_the_marked_point_and_ends_near_the_lowest_cost():
    assert path(0.0) == (W0, B0)
    w1, b1 = path(1.0)
    assert C([w1, b1]) < 0.1 * C([W0, B0])


@pytest.mark.parametrize("t", [0.0, 0.25, 0.5, 1.0])
def test_path_velocity_is_the_derivative_of_the_path(t):
    for i in range(2):
        by_nudging = central_difference(lambda s, i=i: path(s)[i], t)
        by_complex_step = complex_step(lambda s, i=i: path(s)[i], t)
        assert path_velocity(t)[i] == pytest.approx(by_nudging, rel=1e-7, abs=1e-9)
        assert path_velocity(t)[i] == pytest.approx(by_complex_step, rel=1e-12, abs=1e-15)


@pytest.mark.parametrize("t", [0.1, 0.5, 0.9])
def test_dC_dt_is_the_sum_of_one_term_per_parameter(t):
    w, b = path(t)
    dC_dw, dC_db, _ = gradients(w, b, A_PREV, Y)
    chain = total_differential([dC_dw, dC_db], path_velocity(t))
    along = complex_step(lambda s: cost(*path(s), A_PREV, Y), t)
    nudged = central_difference(lambda s: cost(*path(s), A_PREV, Y), t)
    assert relative_error(chain, along) < 1e-12
    assert relative_error(chain, nudged) < 1e-7
    # Either term alone fails the same check: both parameters move.
    assert relative_error(dC_dw * path_velocity(t)[0], along) > 0.01
    assert relative_error(dC_db * path_velocity(t)[1], along) > 0.01


# t = 1 ± one float spacing, then ever farther from 1 (t = 1 - 1e-300 would round to 1).
NEAR_1 = [1 - 2**-53, 1 + 2**-52, 1 - 1e-15, 1 + 1e-15, 1 - 1e-12, 1 - 1e-8, 1 + 1e-4, 0.9, 0.5,
          1.5, 0.0, 3.0]


@pytest.mark.parametrize("t", NEAR_1)
def test_path_velocity_keeps_every_digit_near_t_1(t):
    # The old form 2.4 - 2.4t was 6% off at t = 1 - 1.2e-15, and 0 at t = 1 - 2**-53.
    with mpmath.workdps(50):
        exact = mpmath.mpf(12) / 5 * (1 - mpmath.mpf(t))
        assert abs(mpmath.mpf(float(path_velocity(t)[1])) - exact) <= 1e-15 * abs(exact)


def test_path_refuses_bad_input():
    with pytest.raises(ValueError, match=r"t: expected a single number"):
        path([0.1, 0.2])
    with pytest.raises(ValueError, match=r"t: expected finite numbers"):
        path_velocity(np.nan)


# --- the trap: two paths from w to z2 -------------------------------------------------------


def test_used_twice_applies_the_same_neuron_twice():
    z1, a1, z2 = used_twice(0.5, -1.5, 2.0)
    assert z1 == 0.5 * 2.0 - 1.5
    assert a1 == sigmoid(z1)
    assert z2 == 0.5 * a1 - 1.5


@pytest.mark.parametrize(("w", "b", "a0"), [(0.5, -1.5, 2.0), (-2.0, 0.3, 1.0), (3.0, 1.0, -0.5)])
def test_both_paths_added_give_the_total_derivative(w, b, a0):
    direct, through_a1 = dz2_dw_by_path(w, b, a0)
    nudged = central_difference(lambda v: used_twice(v, b, a0)[2], w)
    exact = complex_step(lambda v: used_twice(v, b, a0)[2], w)
    assert relative_error(direct + through_a1, nudged) < 1e-7
    assert relative_error(direct + through_a1, exact) < 1e-12
    # The one-path answer, ∂z2/∂w with a1 held fixed, is wrong.
    assert relative_error(direct, exact) > 0.01


def test_the_direct_path_is_the_partial_with_a1_held_fixed():
    w, b, a0 = 0.5, -1.5, 2.0
    _, a1, _ = used_twice(w, b, a0)
    held = central_difference(lambda v: forward(v, b, a1)[0], w)  # z2 = w·a1 + b, a1 frozen
    assert relative_error(dz2_dw_by_path(w, b, a0)[0], held) < 1e-7


def test_used_twice_refuses_bad_input():
    with pytest.raises(ValueError, match=r"w: expected a single number"):
        used_twice([0.5, 0.6], -1.5, 2.0)
    with pytest.raises(TypeError, match=r"^a0: expected real or complex numbers"):
        dz2_dw_by_path(0.5, -1.5, "two")  # named a0, its name here (it used to say a_prev)
    with pytest.raises(ValueError, match=r"^a0: expected a single number"):
        used_twice(0.5, -1.5, [2.0, 3.0])
