"""The squared-error cost, its derivative in a, and the mean over examples."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from snippets.cost import mean_cost, squared_error, squared_error_prime
from snippets.gradcheck import complex_step, relative_error


def test_squared_error_values():
    np.testing.assert_array_equal(squared_error([0.0, 1.0, 0.5], [1.0, 1.0, 0.0]), [1.0, 0, 0.25])
    assert squared_error(0.75, 0.25) == 0.25
    assert squared_error(0.25, 0.75) == 0.25  # the square forgets the sign


def test_squared_error_prime_values():
    np.testing.assert_array_equal(squared_error_prime([0.0, 1.0, 0.5], [1.0, 1.0, 0.0]), [-2, 0, 1])
    assert squared_error_prime(0.75, 0.25) == 1.0
    assert squared_error_prime(0.25, 0.75) == -1.0  # below the target: raising a lowers C_0


def test_shapes_follow_the_inputs():
    a, y = np.full((2, 3), 0.5), np.zeros((2, 3))
    assert squared_error(a, y).shape == (2, 3)
    assert squared_error_prime(a, y).shape == (2, 3)
    assert squared_error(0.5, 0.0).shape == ()
    assert squared_error(a, y).dtype == np.float64


def test_mean_cost_is_the_mean_over_examples():
    assert mean_cost([1.0, 0.0, 0.25, 0.75]) == 0.5
    assert mean_cost(0.5) == 0.5
    assert mean_cost([[1, 2], [3, 4]]) == 2.5


def test_squared_error_prime_matches_the_complex_step():
    rng = np.random.default_rng(0)
    a, y = rng.uniform(-2, 2, size=7), rng.uniform(0, 1, size=7)
    # Each C_0 depends on its own a only, so the gradient of their sum is ∂C_0/∂a elementwise.
    reference = complex_step(lambda a: np.sum(squared_error(a, y)), a)
    assert np.max(relative_error(squared_error_prime(a, y), reference)) < 1e-12


# Multiples of 1e-6: a slope below ~1e-288 would make Im f(a + ih) (h = 1e-20) subnormal.
MICROS = st.integers(-(10**9), 10**9).map(lambda k: k / 1e6)


@given(
    arrays(np.float64, st.integers(1, 20), elements=MICROS),
    st.integers(0, 10**6).map(lambda k: k / 1e6),
)
def test_squared_error_prime_matches_the_complex_step_everywhere(a, y):
    y = np.full_like(a, y)
    reference = complex_step(lambda a: np.sum(squared_error(a, y)), a)
    assert np.max(relative_error(squared_error_prime(a, y), reference)) < 1e-12


@pytest.mark.parametrize("function", [squared_error, squared_error_prime])
def test_mismatched_shapes_raise_naming_both(function):
    with pytest.raises(ValueError, match=r"expected matching shapes, got a \(3,\), y \(2,\)"):
        function(np.zeros(3), np.zeros(2))
    with pytest.raises(ValueError, match=r"got a \(3,\), y \(\)"):
        function(np.zeros(3), 0.5)  # no silent broadcasting of a single target


@pytest.mark.parametrize("function", [squared_error, squared_error_prime])
def test_bad_values_raise(function):
    with pytest.raises(ValueError, match=r"^y: expected finite numbers"):
        function([0.5], [np.nan])
    with pytest.raises(TypeError, match=r"^a: expected real or complex numbers, got dtype <U3"):
        function(["0.5"], [0.5])
    with pytest.raises(ValueError, match=r"^a: expected at least one value"):
        function([], [])


def test_mean_cost_rejects_bad_input():
    with pytest.raises(ValueError, match=r"^costs: expected at least one value"):
        mean_cost([])
    with pytest.raises(ValueError, match=r"^costs: expected finite numbers"):
        mean_cost([1.0, np.inf])
