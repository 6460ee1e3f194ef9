"""The numerical checks themselves: they must be right before they can judge anything else."""

import numpy as np
import pytest

from snippets.gradcheck import MAX_ENTRIES, central_difference, complex_step, relative_error


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


# --- the algorithm: one copy of x, nudged in place --------------------------------------------


@pytest.mark.parametrize(("check", "calls_per_entry"), [(central_difference, 2),
                                                        (complex_step, 1)])
def test_checks_nudge_one_shared_copy_one_entry_at_a_time(check, calls_per_entry):
    x = np.arange(6.0).reshape(2, 3)
    seen = []

    def f(t):
        seen.append((t, t.copy()))
        return np.sum(t**3)

    check(f, x)
    assert len(seen) == calls_per_entry * x.size  # linear: calls of f, nothing per entry
    first = seen[0][0]
    for given_array, values in seen:
        assert np.shares_memory(given_array, first)  # no new array per entry
        assert np.count_nonzero(values != x) == 1  # exactly one entry nudged, the rest put back
    np.testing.assert_array_equal(x, np.arange(6.0).reshape(2, 3))


@pytest.mark.parametrize("check", [central_difference, complex_step])
def test_f_cannot_change_the_array_it_is_given(check):
    def changes_its_input(t):
        t[0] = 0.0
        return np.sum(t)

    with pytest.raises(ValueError, match="read-only"):
        check(changes_its_input, [1.0, 2.0])


# --- bad f, h and x -------------------------------------------------------------------------


@pytest.mark.parametrize("check", [central_difference, complex_step])
@pytest.mark.parametrize("value", [np.nan, np.inf, -np.inf, np.float64(np.nan)])
def test_checks_refuse_an_f_that_returns_nan_or_inf(check, value):
    # The complex step used to turn a NaN into a gradient of zeros: Im(nan) is 0.
    with pytest.raises(ValueError, match=r"^f: expected f\(…\) to return a finite number, got "):
        check(lambda t: value, [1.0, 2.0])


@pytest.mark.parametrize("value", [complex(np.nan, 0.0), complex(0.0, np.inf)])
def test_complex_step_refuses_a_complex_nan_or_inf(value):
    with pytest.raises(ValueError, match=r"^f: expected f\(…\) to return a finite number, got "):
        complex_step(lambda t: value, [1.0, 2.0])


@pytest.mark.parametrize("check", [central_difference, complex_step])
@pytest.mark.parametrize("value", [np.zeros(2), [1.0], "1.0", None, True, np.array([1.0])])
def test_checks_refuse_an_f_that_does_not_return_one_number(check, value):
    with pytest.raises(TypeError, match=r"^f: expected f\(…\) to return one (real )?number, got "):
        check(lambda t: value, [1.0, 2.0])


@pytest.mark.parametrize(
    ("f", "got"),
    [
        (lambda t: np.sum(np.abs(t) ** 2), r"np\.float64\(5\.0\) \(float64\)"),  # abs drops it
        (lambda t: float(np.sum(t.real**2)), r"5\.0 \(float\)"),  # .real and float() too
        (lambda t: 3.0, r"3\.0 \(float\)"),  # no x at all: nothing for the step to carry
    ],
)
def test_complex_step_refuses_an_f_that_returns_a_real_number(f, got):
    # These used to give a gradient of zeros, silently: Im of a real number is 0.
    with pytest.raises(TypeError, match=rf"^f: expected f\(x \+ ih\) to return a complex number, "
                                        rf"got {got}, which has lost the imaginary part"):
        complex_step(f, [1.0, 2.0])


def test_central_difference_refuses_a_complex_f_of_real_x():
    with pytest.raises(TypeError, match=r"^f: expected f\(…\) to return one real number, got 1j"):
        central_difference(lambda t: 1j, [1.0])


@pytest.mark.parametrize("check", [central_difference, complex_step])
def test_checks_refuse_an_f_that_is_not_a_function(check):
    with pytest.raises(TypeError, match=r"^f: expected a function, got 3 \(int\)$"):
        check(3, [1.0])


@pytest.mark.parametrize("check", [central_difference, complex_step])
@pytest.mark.parametrize(
    ("h", "error", "message"),
    [
        (0.0, ValueError, r"^h: expected a positive number, got 0\.0$"),
        (-1e-6, ValueError, r"^h: expected a positive number, got -1e-06$"),
        (np.nan, ValueError, r"^h: expected finite numbers"),
        (np.inf, ValueError, r"^h: expected finite numbers"),
        (1e-6j, TypeError, r"^h: expected a real number, got 1e-06j \(complex\)$"),
        ([1e-6, 1e-6], ValueError, r"^h: expected a single number"),
        ("1e-6", TypeError, r"^h: expected real or complex numbers"),
        (True, TypeError, r"^h: expected real or complex numbers, got dtype bool"),
    ],
)
def test_checks_refuse_a_step_that_is_not_a_finite_positive_number(check, h, error, message):
    with pytest.raises(error, match=message):
        check(np.sum, [1.0, 2.0], h)


@pytest.mark.parametrize("check", [central_difference, complex_step])
def test_checks_refuse_more_entries_than_the_limit_before_calling_f(check):
    calls = []

    def f(t):
        calls.append(1)
        return np.sum(t)

    x = np.zeros(MAX_ENTRIES + 1)
    with pytest.raises(ValueError, match=r"^x: expected at most 100,000 values, got 100,001$"):
        check(f, x)
    assert calls == []
    assert check(np.sum, np.zeros(3)).shape == (3,)  # within the limit: fine
