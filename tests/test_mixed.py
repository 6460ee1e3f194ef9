"""The mixed partial ∂²C/∂b∂w: analytic, checked by nudging b, by nudging w, by the complex step.

σ'' itself is held to 400-digit arithmetic (mpmath) over the whole float range.
"""

import mpmath
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.gradcheck import central_difference, complex_step, relative_error
from snippets.mixed import d2C_db_dw, sigmoid_second
from snippets.neuron import gradients, sigmoid, sigmoid_prime

# |z| ≤ 600: beyond ~700 the complex step's Im f(z + ih), h = 1e-20, would underflow.
Z = np.array([-600.0, -30.0, -3.0, -0.5, 0.0, 0.5, 3.0, 30.0, 600.0])


def dC_dw_at(w, b, a_prev, y):
    return gradients(w, b, a_prev, y)[0]


def dC_db_at(w, b, a_prev, y):
    return gradients(w, b, a_prev, y)[1]


# --- σ'' ------------------------------------------------------------------------------------

# |z| from 1e-300 up through saturation and past it, both signs.
MAGNITUDES = [1e-300, 1e-200, 1e-100, 1e-30, 1e-16, 1e-12, 1e-8, 1e-6, 1e-4, 1e-2, 0.1, 0.5,
              1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 36.0, 40.0, 100.0, 300.0, 700.0, 708.0, 709.0,
              710.0, 720.0, 740.0, 745.0, 746.0, 1000.0]
WHOLE_RANGE = sorted([*MAGNITUDES, *(-z for z in MAGNITUDES)])
# Below float64's smallest normal number (σ''(z) there for |z| > 708.4, or |z| < 1.8e-307)
# the result is subnormal, and can only be as exact as the spacing of that grid.
SUBNORMAL_SPACING = np.finfo(np.float64).smallest_subnormal  # 4.9e-324


def exact_sigmoid_second(z):
    """σ''(z) = σ(1 - σ)(1 - 2σ) with 400 significant digits.

    Near z = 0 the cancellation in 1 - 2σ costs at most ~300 digits (|z| ≥ 1e-300: smaller
    z give a subnormal σ''), which leaves about 100.
    """
    with mpmath.workdps(400):
        s = 1 / (1 + mpmath.exp(-mpmath.mpf(float(z))))
        return s * (1 - s) * (1 - 2 * s)


def exact_sigmoid_third(z):
    """The slope of σ'': σ'(1 - 2σ)^2 - 2σ'^2 (product rule on σ'·(1 - 2σ)), to 400 digits."""
    with mpmath.workdps(400):
        s = 1 / (1 + mpmath.exp(-mpmath.mpf(float(z))))
        slope = s * (1 - s)
        return slope * (1 - 2 * s) ** 2 - 2 * slope**2


def assert_matches_reference(z, value, reference, rtol=1e-15):
    """|value - reference| ≤ rtol·|reference|; where the reference is subnormal (or rounds
    to 0), within one spacing of the subnormal grid instead."""
    error = abs(mpmath.mpf(float(value)) - reference)
    if abs(reference) >= np.finfo(np.float64).tiny:
        assert error <= rtol * abs(reference), f"at z = {z}: {value!r} vs {reference}"
    else:
        assert error <= SUBNORMAL_SPACING, f"at z = {z}: {value!r} vs {reference}"


@pytest.mark.parametrize("z", WHOLE_RANGE)
def test_sigmoid_second_matches_400_digit_arithmetic(z):
    # Measured: the worst relative error over 56 000 points is 5.6e-16 (about 2.5 ulp).
    assert_matches_reference(z, sigmoid_second(z), exact_sigmoid_second(z))


def test_sigmoid_second_near_zero_keeps_every_digit():
    # The old form σ'·(σ(-z) - σ(z)) gave -1.2499999924e-09 at 1e-8: 6e-9 relative error.
    assert sigmoid_second(1e-8) == -1.25e-09
    assert sigmoid_second(-1e-12) == 1.25e-13


@given(st.floats(-800, 800))
def test_sigmoid_second_matches_400_digit_arithmetic_everywhere(z):
    assert_matches_reference(z, sigmoid_second(z), exact_sigmoid_second(z))


def test_sigmoid_second_takes_complex_input():
    # The complex step passes z + ih through σ''; np.tanh is analytic, so Im/h is σ'''.
    numeric = complex_step(lambda z: np.sum(sigmoid_second(z)), Z)
    for z, slope in zip(Z, numeric, strict=True):
        assert_matches_reference(z, slope, exact_sigmoid_third(z))



def test_sigmoid_second_values():
    assert sigmoid_second(0.0) == 0.0  # σ' peaks at 0
    z = np.array([-2.0, 1.0, 4.0])
    a = sigmoid(z)
    np.testing.assert_allclose(sigmoid_second(z), a * (1 - a) * (1 - 2 * a), rtol=1e-13)
    assert sigmoid_second(z).shape == (3,)
    assert sigmoid_second(1.5) == pytest.approx(-sigmoid_second(-1.5), rel=1e-15)  # odd


def test_sigmoid_second_is_the_slope_of_sigmoid_prime():
    numeric = complex_step(lambda z: np.sum(sigmoid_prime(z)), Z)
    assert np.max(relative_error(sigmoid_second(Z), numeric)) < 1e-12
    moderate = np.abs(Z) < 10
    numeric = central_difference(lambda z: np.sum(sigmoid_prime(z)), Z[moderate])
    assert np.max(relative_error(sigmoid_second(Z[moderate]), numeric)) < 1e-7


def test_sigmoid_second_is_finite_and_warning_free_at_1000():
    np.testing.assert_array_equal(sigmoid_second([-1000.0, 1000.0]), [0.0, 0.0])


# --- ∂²C/∂b∂w -------------------------------------------------------------------------------


def test_mixed_partial_is_not_zero_at_the_marked_point():
    assert abs(d2C_db_dw(W0, B0, A_PREV, Y)) > 0.01


def test_mixed_partial_matches_nudging_b_and_watching_dC_dw():
    numeric = central_difference(lambda b: dC_dw_at(W0, b, A_PREV, Y), B0)
    assert relative_error(d2C_db_dw(W0, B0, A_PREV, Y), numeric) < 1e-7


def test_mixed_partial_matches_nudging_w_and_watching_dC_db():
    # The order does not matter: ∂²C/∂w∂b = ∂²C/∂b∂w for a smooth C.
    numeric = central_difference(lambda w: dC_db_at(w, B0, A_PREV, Y), W0)
    assert relative_error(d2C_db_dw(W0, B0, A_PREV, Y), numeric) < 1e-7


def test_mixed_partial_matches_the_complex_step_both_ways():
    analytic = d2C_db_dw(W0, B0, A_PREV, Y)
    in_b = complex_step(lambda b: dC_dw_at(W0, b, A_PREV, Y), B0)
    in_w = complex_step(lambda w: dC_db_at(w, B0, A_PREV, Y), W0)
    assert relative_error(analytic, in_b) < 1e-12
    assert relative_error(analytic, in_w) < 1e-12


def test_mixed_partial_for_one_example():
    # With one example, ∂C/∂w = a_prev·∂C/∂b, so ∂²C/∂b∂w = a_prev·∂²C/∂b².
    a_prev, y = 2.0, 0.25
    d2C_db2 = central_difference(lambda b: dC_db_at(0.3, b, a_prev, y), 0.1)
    assert d2C_db_dw(0.3, 0.1, a_prev, y) == pytest.approx(a_prev * d2C_db2, rel=1e-7)


PARAMETER = st.floats(-40, 40, allow_nan=False)


@given(
    PARAMETER,
    PARAMETER,
    arrays(np.float64, st.integers(1, 6), elements=st.floats(-20, 20, allow_nan=False)),
    st.floats(0, 1),
)
def test_mixed_partial_matches_the_complex_step_everywhere(w, b, a_prev, y):
    y = np.full_like(a_prev, y)
    numeric = complex_step(lambda b: dC_dw_at(w, b, a_prev, y), b)
    analytic = d2C_db_dw(w, b, a_prev, y)
    assert np.isfinite(analytic)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-11, atol=1e-14)


@pytest.mark.parametrize(
    ("args", "error", "message"),
    [
        ((W0, B0, A_PREV, Y[:2]), ValueError, r"expected matching shapes, got a_prev \(6,\), y"),
        ((W0, B0, [np.nan], [0.0]), ValueError, r"a_prev: expected finite numbers"),
        ((W0, B0, [], []), ValueError, r"a_prev: expected at least one value"),
        (([W0, W0], B0, A_PREV, Y), ValueError, r"w: expected a single number"),
        ((W0, "b", A_PREV, Y), TypeError, r"b: expected real or complex numbers"),
    ],
)
def test_mixed_partial_refuses_bad_input(args, error, message):
    with pytest.raises(error, match=message):
        d2C_db_dw(*args)


def test_sigmoid_second_refuses_bad_input():
    with pytest.raises(ValueError, match=r"z: expected finite numbers"):
        sigmoid_second([np.inf])
