"""Cross-entropy from z: equal to the textbook formula, stable at |z| = 1000, slope a - y."""

from decimal import Decimal, localcontext

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from snippets.cost import cross_entropy, cross_entropy_delta, softplus
from snippets.gradcheck import central_difference, complex_step, relative_error
from snippets.neuron import sigmoid

Z = np.array([-30.0, -4.0, -1.0, -0.25, 0.0, 0.5, 2.0, 7.0, 30.0])


def textbook(z, y):
    """-[y ln a + (1 - y) ln(1 - a)] with a = σ(z), in float64: breaks when a rounds to 0 or 1."""
    a = 1 / (1 + np.exp(-z))
    return -(y * np.log(a) + (1 - y) * np.log(1 - a))


def exact(z, y):
    """The same C_0 to 50 digits: y ln(1 + e^-z) + (1 - y) ln(1 + e^z), as ln a = -ln(1 + e^-z)."""
    with localcontext() as context:
        context.prec = 50
        z, y = Decimal(float(z)), Decimal(float(y))
        one = Decimal(1)
        return float(y * (one + (-z).exp()).ln() + (one - y) * (one + z.exp()).ln())


# --- softplus -------------------------------------------------------------------------------


def test_softplus_values():
    assert softplus(0.0) == np.log(2)
    np.testing.assert_allclose(softplus([-2.0, 1.0, 3.0]), np.log1p(np.exp([-2.0, 1.0, 3.0])),
                               rtol=1e-15)
    assert softplus(0.0).shape == ()
    assert softplus(np.zeros((2, 3))).shape == (2, 3)


def test_softplus_is_exact_and_warning_free_at_plus_and_minus_1000():
    # e^1000 overflows a float; the stable form never computes it.
    np.testing.assert_array_equal(softplus([-1000.0, 1000.0]), [0.0, 1000.0])
    np.testing.assert_array_equal(softplus([-745.0, 745.0]) > [0, 0], [True, True])


def test_softplus_of_z_minus_softplus_of_minus_z_is_z():
    # ln(1 + e^z) - ln(1 + e^-z) = z: the identity behind C_0 = softplus(z) - y·z.
    z = np.linspace(-50, 50, 101)
    np.testing.assert_allclose(softplus(z) - softplus(-z), z, rtol=1e-14, atol=1e-13)


def test_softplus_slope_is_the_sigmoid():
    reference = complex_step(lambda z: np.sum(softplus(z)), Z)
    assert np.max(relative_error(sigmoid(Z), reference)) < 1e-12


def test_softplus_keeps_complex_input_complex():
    value = softplus(np.array([-3.0 + 1e-20j, 3.0 + 1e-20j]))
    assert value.dtype == np.complex128
    np.testing.assert_allclose(value.imag / 1e-20, sigmoid([-3.0, 3.0]), rtol=1e-15)


# --- cross-entropy --------------------------------------------------------------------------


@pytest.mark.parametrize("y", [0.0, 0.25, 0.5, 1.0])
def test_cross_entropy_equals_the_textbook_formula(y):
    expected = [exact(z, y) for z in Z]
    np.testing.assert_allclose(cross_entropy(Z, np.full_like(Z, y)), expected, rtol=1e-14)
    moderate = np.abs(Z) <= 2  # where the float64 textbook form is still accurate
    np.testing.assert_allclose(cross_entropy(Z, np.full_like(Z, y))[moderate],
                               textbook(Z[moderate], y), rtol=1e-13)


def test_cross_entropy_values():
    assert cross_entropy(0.0, 0.0) == np.log(2)  # a = 1/2 for target 0: C_0 = ln 2
    assert cross_entropy(0.0, 1.0) == np.log(2)
    assert cross_entropy(3.0, 0.5) == pytest.approx(softplus(3.0) - 1.5, rel=1e-15)
    assert cross_entropy([1.0, 2.0], [0.0, 1.0]).shape == (2,)


def test_cross_entropy_is_finite_where_the_textbook_formula_breaks():
    # a = σ(40) rounds to exactly 1, so ln(1 - a) = -inf in the textbook form.
    z, y = np.array([40.0, 1000.0, -1000.0]), np.array([0.0, 0.0, 1.0])
    with np.errstate(divide="ignore", over="ignore"):
        assert np.all(np.isinf(textbook(z, y)))
    np.testing.assert_allclose(cross_entropy(z, y), [40.0, 1000.0, 1000.0], rtol=1e-15)


def test_cross_entropy_is_zero_for_a_confident_correct_answer():
    np.testing.assert_array_equal(cross_entropy([1000.0, -1000.0], [1.0, 0.0]), [0.0, 0.0])


# --- its slope: ∂C_0/∂z = a - y -------------------------------------------------------------


def test_delta_values():
    np.testing.assert_array_equal(cross_entropy_delta([0.25, 0.5, 1.0], [0.0, 0.5, 0.0]),
                                  [0.25, 0.0, 1.0])
    assert cross_entropy_delta(0.25, 0.75) == -0.5


@pytest.mark.parametrize("y", [0.0, 0.3, 1.0])
def test_delta_matches_central_differences(y):
    def total(z):  # each C_0 depends on its own z only
        return np.sum(cross_entropy(z, np.full_like(z, y)))

    z = Z[np.abs(Z) < 10]
    numeric = central_difference(total, z)
    analytic = cross_entropy_delta(sigmoid(z), np.full_like(z, y))
    assert np.max(relative_error(analytic, numeric)) < 1e-7


@pytest.mark.parametrize("y", [0.0, 0.3, 1.0])
def test_delta_matches_the_complex_step(y):
    def total(z):
        return np.sum(cross_entropy(z, np.full_like(z.real, y)))

    numeric = complex_step(total, Z)
    analytic = cross_entropy_delta(sigmoid(Z), np.full_like(Z, y))
    # Where a ≈ y the slope is a cancellation of O(1) terms: compare on that scale.
    np.testing.assert_allclose(analytic, numeric, rtol=1e-12, atol=1e-15)
    away = np.abs(analytic) > 1e-3
    assert np.max(relative_error(analytic[away], numeric[away])) < 1e-12


def test_delta_is_the_chain_rule_with_sigma_prime_cancelled():
    # ∂C_0/∂a · ∂a/∂z = (a - y)/(a(1 - a)) · a(1 - a) = a - y.
    z = np.array([-2.0, 0.5, 3.0])
    a, y = sigmoid(z), np.array([0.1, 0.6, 0.9])
    dC0_da = -y / a + (1 - y) / (1 - a)
    np.testing.assert_allclose(dC0_da * a * (1 - a), cross_entropy_delta(a, y), rtol=1e-13)


# --- everywhere, saturated included ---------------------------------------------------------

SATURATING = st.floats(-1000, 1000, allow_nan=False, allow_infinity=False)
TARGETS = st.floats(0, 1, allow_nan=False, allow_infinity=False)


@given(arrays(np.float64, st.integers(1, 12), elements=SATURATING), TARGETS)
def test_cross_entropy_is_finite_nonnegative_and_warning_free_everywhere(z, y):
    C0 = cross_entropy(z, np.full_like(z, y))
    assert np.all(np.isfinite(C0))
    # C_0 ≥ the entropy of y, which is ≥ 0; allow rounding below 0 at the very minimum.
    assert np.all(C0 >= -1e-12 * np.maximum(1, np.abs(z)))


@given(arrays(np.float64, st.integers(1, 8), elements=SATURATING), TARGETS)
def test_delta_matches_the_complex_step_everywhere(z, y):
    y = np.full_like(z, y)
    numeric = complex_step(lambda z: np.sum(cross_entropy(z, y)), z)
    np.testing.assert_allclose(cross_entropy_delta(sigmoid(z), y), numeric, rtol=1e-12,
                               atol=1e-15)


@given(SATURATING, TARGETS)
def test_cross_entropy_equals_the_exact_value_everywhere(z, y):
    assert cross_entropy(z, y) == pytest.approx(exact(z, y), rel=1e-13, abs=1e-15)


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("z", "y", "error", "message"),
    [
        ([0.0, 1.0], [0.0], ValueError, r"expected matching shapes, got z \(2,\), y \(1,\)"),
        ([np.nan], [0.0], ValueError, r"z: expected finite numbers"),
        ([0.0], [np.inf], ValueError, r"y: expected finite numbers"),
        ([], [], ValueError, r"z: expected at least one value"),
        (["0"], [0.0], TypeError, r"z: expected real or complex numbers"),
        ([0.0], [1.5], ValueError, r"y: expected values between 0 and 1"),
        ([0.0], [-0.5], ValueError, r"y: expected values between 0 and 1"),
    ],
)
def test_cross_entropy_refuses_bad_input(z, y, error, message):
    with pytest.raises(error, match=message):
        cross_entropy(z, y)


@pytest.mark.parametrize(
    ("a", "y", "error", "message"),
    [
        ([0.5, 0.5], [0.0], ValueError, r"expected matching shapes, got a \(2,\), y \(1,\)"),
        ([1.5], [0.0], ValueError, r"a: expected values between 0 and 1"),
        ([0.5], [2.0], ValueError, r"y: expected values between 0 and 1"),
        ([np.nan], [0.0], ValueError, r"a: expected finite numbers"),
        ([True], [0.0], TypeError, r"a: expected real or complex numbers"),
    ],
)
def test_delta_refuses_bad_input(a, y, error, message):
    with pytest.raises(error, match=message):
        cross_entropy_delta(a, y)


@pytest.mark.parametrize(
    ("z", "error", "message"),
    [
        ([np.inf], ValueError, r"z: expected finite numbers"),
        ("one", TypeError, r"z: expected real or complex numbers"),
        ([[1.0], [2.0, 3.0]], ValueError, r"z: expected a rectangular array"),
    ],
)
def test_softplus_refuses_bad_input(z, error, message):
    with pytest.raises(error, match=message):
        softplus(z)
