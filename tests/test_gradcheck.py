"""The numerical checks themselves: they must be right before they can judge anything else."""

import numpy as np
import pytest

from snippets.gradcheck import central_difference, complex_step, relative_error


def sum_of_cubes(x):
    return np.sum(x**3)


@pytest.mark.parametrize("shape", [(), (5,), (2, 3), (2, 2, 2)])
def test_central_difference_of_a_sum_of_cubes_is_3x_squared(shape):
    x = np.random.default_rng(1).uniform(-2, 2, size=shape)
    grad = central_difference(sum_of_cubes, x)
    assert grad.shape == x.shape
    # The error is h^2·f'''/6 = h^2 per coordinate plus rounding of f/h: far below 1e-7.
    assert np.max(relative_error(grad, 3 * x**2)) < 1e-7


def test_central_difference_holds_the_other_coordinates_fixed():
    # f = x0·x1: the slope in x0 is x1 and vice versa, only if x1 is held while x0 moves.
    grad = central_difference(lambda x: x[0] * x[1], np.array([2.0, 5.0]))
    np.testing.assert_allclose(grad, [5.0, 2.0], rtol=1e-9)


def test_central_difference_accepts_integer_lists():
    np.testing.assert_allclose(central_difference(sum_of_cubes, [1, 2]), [3, 12], rtol=1e-8)


def test_central_difference_error_shrinks_like_h_squared():
    x = np.array([0.7])
    exact = np.cos(x)
    errors = [
        abs(central_difference(lambda t: np.sum(np.sin(t)), x, h) - exact)[0] for h in (1e-2, 1e-3)
    ]
    # Dividing h by 10 divides the error h^2·|f'''|/6 by 100 (a first-order formula: by 10).
    assert errors[0] / errors[1] == pytest.approx(100, rel=0.01)
    assert errors[0] == pytest.approx(1e-4 * np.cos(0.7) / 6, rel=0.01)


@pytest.mark.parametrize(
    ("f", "f_prime"),
    [
        (np.exp, np.exp),
        (np.sin, np.cos),
        (lambda x: np.exp(np.sin(x)), lambda x: np.cos(x) * np.exp(np.sin(x))),
    ],
)
def test_complex_step_is_exact_to_rounding(f, f_prime):
    x = np.linspace(-3, 3, 13).reshape(13, 1)
    grad = complex_step(lambda t: np.sum(f(t)), x)
    assert grad.shape == (13, 1)
    assert grad.dtype == np.float64
    assert np.max(relative_error(grad, f_prime(x))) < 1e-15


def test_complex_step_does_not_lose_precision_to_subtraction():
    # Central differences at h = 1e-6 lose ~1e-10 to cancellation here; the complex step doesn't.
    x = np.array([20.0])
    assert relative_error(complex_step(lambda t: np.sum(np.exp(t)), x), np.exp(x))[0] < 1e-15
    assert relative_error(central_difference(lambda t: np.sum(np.exp(t)), x), np.exp(x))[0] > 1e-12


def test_complex_step_rejects_complex_x():
    with pytest.raises(TypeError, match=r"^x: expected real numbers, got dtype complex128$"):
        complex_step(np.sum, np.array([1.0 + 2.0j]))


@pytest.mark.parametrize("check", [central_difference, complex_step])
def test_checks_reject_bad_x(check):
    with pytest.raises(ValueError, match=r"^x: expected finite numbers"):
        check(np.sum, [1.0, np.nan])
    with pytest.raises(ValueError, match=r"^x: expected at least one value"):
        check(np.sum, [])
    with pytest.raises(TypeError, match=r"^x: expected real or complex numbers"):
        check(np.sum, ["1.0"])


def test_relative_error_values():
    np.testing.assert_array_equal(relative_error([1.0, -2.0, 3.0], [1.0, -1.0, -3.0]), [0, 0.5, 2])
    assert relative_error(4.0, 5.0) == pytest.approx(0.2)
    assert relative_error(5.0, 4.0) == pytest.approx(0.2)  # symmetric
    assert relative_error(1e-300, 2e-300) == pytest.approx(0.5)  # scale-free, even when tiny


def test_relative_error_is_zero_where_both_are_zero():
    error = relative_error([0.0, 0.0, 1.0], [0.0, 1e-300, 1.0])
    np.testing.assert_array_equal(error, [0.0, 1.0, 0.0])


def test_relative_error_rejects_mismatched_shapes():
    message = r"^expected matching shapes, got g_analytic \(3,\), g_numeric \(2,\)$"
    with pytest.raises(ValueError, match=message):
        relative_error(np.zeros(3), np.zeros(2))


def test_relative_error_rejects_nan():
    with pytest.raises(ValueError, match=r"^g_numeric: expected finite numbers"):
        relative_error([1.0], [np.nan])


def test_a_wrong_gradient_is_caught():
    x = np.random.default_rng(2).uniform(0.5, 2, size=(3, 2))
    wrong = 2 * x**2  # a forgotten factor: d/dx x^3 is 3x^2
    assert np.min(relative_error(wrong, central_difference(sum_of_cubes, x))) > 1e-2
    assert np.min(relative_error(wrong, complex_step(sum_of_cubes, x))) > 1e-2
    sign_error = -3 * x**2
    assert np.min(relative_error(sign_error, complex_step(sum_of_cubes, x))) > 1e-2
