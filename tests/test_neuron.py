"""One sigmoid neuron: values, stability, and every gradient checked three ways.

References, from most to least exact:
- 50-digit decimal arithmetic for σ and σ' (exact enough for any float64 z);
- the complex step, Im f(x + ih)/h with h = 1e-20: exact to rounding, but it can't see a slope
  whose Im part falls below float64's normal range (slope·h < 2.2e-308, i.e. slopes below
  ~1e-288), so it is compared with an absolute floor of 1e-300 there;
- central differences (h = 1e-6): relative error < 1e-7 where the slope is not tiny, but an
  absolute error of ~1e-10 from rounding C, so near saturation they get an absolute tolerance.
"""

from decimal import Decimal, localcontext

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.gradcheck import central_difference, complex_step, relative_error
from snippets.neuron import (
    cost,
    forward,
    gradients,
    partials_of_z,
    sigmoid,
    sigmoid_prime,
    squared_error_delta,
)

SATURATED = [30.0, -30.0, 40.0, -40.0, 100.0, -100.0, 700.0, -700.0, 745.0, -745.0]
EXTREME = [1000.0, -1000.0, 1e5, -1e5, 1e308, -1e308]
UNDERFLOW_FLOOR = 1e-300  # slopes this small are below what the complex step can resolve


def exact_sigmoid(z):
    """σ(z) to 50 significant digits, as a Decimal."""
    with localcontext() as context:
        context.prec = 50
        return 1 / (1 + (-Decimal(float(z))).exp())


def exact_sigmoid_prime(z):
    with localcontext() as context:
        context.prec = 50
        return exact_sigmoid(z) * exact_sigmoid(-z)


def sigmoid_slopes(z, check):
    """dσ/dz at each z by ``check``, one z at a time (a sum of σs would round away digits)."""
    return np.array([check(lambda t: sigmoid(t[0]), [z_i])[0] for z_i in np.ravel(z)])


def assert_near(value, reference, rtol, atol=0.0):
    """|value - reference| <= rtol·|reference| + atol, elementwise, with a readable failure."""
    value, reference = np.asarray(value, dtype=float), np.asarray(reference, dtype=float)
    error = np.abs(value - reference)
    bound = rtol * np.abs(reference) + atol
    assert np.all(error <= bound), f"{value} vs {reference}: error {error} > {bound}"


# --- sigmoid ----------------------------------------------------------------------------------


def test_sigmoid_of_zero_is_one_half():
    assert sigmoid(0.0) == 0.5
    assert sigmoid(0).dtype == np.float64


@pytest.mark.parametrize("z", [-5.0, -1.0, -0.1, 0.1, 1.0, 2.5, 12.0, *SATURATED])
def test_sigmoid_matches_50_digit_arithmetic(z):
    # 5e-324 absorbs the rounding of σ(-745) ≈ 4.9e-324, the smallest subnormal.
    assert_near(sigmoid(z), float(exact_sigmoid(z)), rtol=4e-16, atol=5e-324)


def test_sigmoid_is_symmetric():
    z = np.linspace(-40, 40, 801)
    np.testing.assert_allclose(sigmoid(-z), 1 - sigmoid(z), rtol=0, atol=2.3e-16)


def test_sigmoid_keeps_the_shape():
    z = np.arange(12.0).reshape(3, 4) - 6
    assert sigmoid(z).shape == (3, 4)
    assert sigmoid(1.0).shape == ()


@pytest.mark.parametrize("z", EXTREME)
def test_sigmoid_is_finite_and_silent_far_out(z):
    # filterwarnings = error turns an overflow in exp into a failure.
    a = sigmoid(z)
    assert a == (1.0 if z > 0 else 0.0)


def test_sigmoid_is_finite_in_0_1_and_increasing_on_pm_1000():
    a = sigmoid(np.linspace(-1000, 1000, 20001))
    assert np.all(np.isfinite(a))
    assert np.all((a >= 0) & (a <= 1))
    assert np.all(np.diff(a) >= 0)


@given(st.floats(-1000, 1000))
def test_sigmoid_is_stable_for_any_z_in_pm_1000(z):
    a, a_minus = sigmoid(z), sigmoid(-z)
    assert 0 <= a <= 1
    assert abs(a + a_minus - 1) <= 2.3e-16


def test_sigmoid_accepts_complex_input_and_its_complex_step_is_sigmoid_prime():
    z = np.linspace(-30, 30, 121)
    out = sigmoid(z + 1e-20j)
    assert out.dtype == np.complex128
    np.testing.assert_allclose(out.real, sigmoid(z), rtol=1e-15)
    assert np.max(relative_error(out.imag / 1e-20, sigmoid_prime(z))) < 1e-12


@given(st.floats(-600, 600))
def test_complex_step_of_sigmoid_is_sigmoid_prime(z):
    # Up to |z| ≈ 660, σ'(z)·1e-20 is still a normal float64.
    reference = sigmoid_slopes(z, complex_step)
    assert relative_error(sigmoid_prime(z), reference[0]) < 1e-12


def test_sigmoid_rejects_bad_input():
    with pytest.raises(ValueError, match=r"^z: expected finite numbers"):
        sigmoid([0.0, np.nan])
    with pytest.raises(ValueError, match=r"^z: expected finite numbers"):
        sigmoid(np.inf)
    with pytest.raises(TypeError, match=r"^z: expected real or complex numbers, got dtype <U1"):
        sigmoid("1")
    with pytest.raises(ValueError, match=r"^z: expected at least one value"):
        sigmoid([])


# --- sigmoid_prime ----------------------------------------------------------------------------


def test_sigmoid_prime_values():
    assert sigmoid_prime(0.0) == 0.25
    z = np.linspace(-8, 8, 33)
    np.testing.assert_allclose(sigmoid_prime(z), sigmoid(z) * (1 - sigmoid(z)), rtol=1e-12)


@pytest.mark.parametrize("z", [-5.0, -1.0, 0.3, 2.0, *SATURATED])
def test_sigmoid_prime_matches_50_digit_arithmetic_even_in_the_tails(z):
    # σ(1 - σ) would give 0 at z = 40 (1 - σ rounds to 0); σ(z)σ(-z) keeps every digit.
    assert_near(sigmoid_prime(z), float(exact_sigmoid_prime(z)), rtol=1e-15, atol=5e-324)


def test_sigmoid_prime_matches_central_differences():
    z = np.linspace(-4, 4, 33)
    numeric = sigmoid_slopes(z, central_difference)
    assert np.max(relative_error(sigmoid_prime(z), numeric)) < 1e-7
    # Beyond z ≈ 4, σ is within 2% of 1, whose float spacing (1.1e-16) limits the difference
    # quotient to ~5e-11 absolute.
    z = np.linspace(-10, 10, 41)
    assert_near(sigmoid_prime(z), sigmoid_slopes(z, central_difference), rtol=1e-7, atol=1e-10)


@pytest.mark.parametrize("z", [*SATURATED, 1000.0, -1000.0])
def test_sigmoid_prime_matches_central_differences_when_saturated(z):
    # σ(z ± h) differ by less than rounding there: only an absolute comparison is meaningful.
    numeric = sigmoid_slopes(z, central_difference)
    assert_near(sigmoid_prime(z), numeric[0], rtol=1e-7, atol=1e-10)


@pytest.mark.parametrize("z", [-30.0, -40.0, -100.0])
def test_central_differences_are_relative_accurate_in_the_lower_tail(z):
    # Near σ = 0 the values themselves are tiny and exact, so the relative check still holds.
    numeric = sigmoid_slopes(z, central_difference)
    assert relative_error(sigmoid_prime(z), numeric[0]) < 1e-7


@pytest.mark.parametrize("z", [-30.0, 30.0, -5.0, 0.5, 100.0, -100.0, 600.0, -600.0])
def test_sigmoid_prime_matches_the_complex_step(z):
    numeric = sigmoid_slopes(z, complex_step)
    assert relative_error(sigmoid_prime(z), numeric[0]) < 1e-12


@pytest.mark.parametrize("z", [700.0, -700.0, 1000.0, -1000.0])
def test_sigmoid_prime_complex_step_below_the_normal_range(z):
    # σ'(700) ≈ 1e-304: Im σ(z + 1e-20 i) underflows, so the complex step can only confirm
    # the slope to an absolute 1e-300; the 50-digit test above confirms it to 1e-15.
    numeric = sigmoid_slopes(z, complex_step)
    assert_near(sigmoid_prime(z), numeric[0], rtol=1e-12, atol=UNDERFLOW_FLOOR)


def test_sigmoid_prime_is_finite_positive_and_silent_far_out():
    z = np.array([*EXTREME, *np.linspace(-1000, 1000, 2001)])
    slope = sigmoid_prime(z)
    assert np.all(np.isfinite(slope))
    assert np.all(slope >= 0)
    assert np.all(slope <= 0.25)
    assert sigmoid_prime(1000.0) == 0.0  # e^-1000 is below the smallest float64


def test_sigmoid_prime_accepts_complex_input():
    # Its complex step is σ'', here checked against the closed form σ'(1 - 2σ).
    z = np.linspace(-10, 10, 21)
    second = sigmoid_prime(z + 1e-20j).imag / 1e-20
    expected = sigmoid_prime(z) * (1 - 2 * sigmoid(z))
    np.testing.assert_allclose(second, expected, rtol=1e-12, atol=1e-300)


# --- forward and partials_of_z ----------------------------------------------------------------


@pytest.mark.parametrize("a_prev", [0.5, [0.5], A_PREV, np.ones((2, 3))])
def test_forward_shapes_and_values(a_prev):
    z, a = forward(2.0, -1.0, a_prev)
    expected_z = 2.0 * np.asarray(a_prev, dtype=float) - 1.0
    assert z.shape == a.shape == np.shape(a_prev)
    np.testing.assert_array_equal(z, expected_z)
    np.testing.assert_array_equal(a, sigmoid(expected_z))


def test_forward_on_the_dataset():
    z, a = forward(W0, B0, A_PREV)
    np.testing.assert_array_equal(z, [-0.5, -2.5, -2.0, -1.5, -1.0, 0.0])
    assert a[-1] == 0.5


def test_partials_of_z_are_a_prev_one_and_w():
    dz_dw, dz_db, dz_da_prev = partials_of_z(W0, B0, A_PREV)
    np.testing.assert_array_equal(dz_dw, A_PREV)
    np.testing.assert_array_equal(dz_db, np.ones(6))
    np.testing.assert_array_equal(dz_da_prev, np.full(6, W0))
    assert dz_dw.shape == dz_db.shape == dz_da_prev.shape == (6,)
    assert all(p.dtype == np.float64 for p in (dz_dw, dz_db, dz_da_prev))


def test_partials_of_z_of_one_example_are_numbers():
    shapes = [p.shape for p in partials_of_z(1.5, 0.2, 3.0)]
    assert shapes == [(), (), ()]


@pytest.mark.parametrize(("w", "b"), [(W0, B0), (-3.0, 2.0), (0.0, 0.0), (123.0, -45.0)])
def test_partials_of_z_match_nudging_one_input_at_a_time(w, b):
    dz_dw, dz_db, dz_da_prev = partials_of_z(w, b, A_PREV)
    for i in range(A_PREV.size):

        def z_i(w, b, a_prev, i=i):
            return forward(w, b, a_prev)[0][i]

        slope_w = central_difference(lambda p: z_i(p[0], b, A_PREV), [w])[0]
        slope_b = central_difference(lambda p: z_i(w, p[0], A_PREV), [b])[0]
        # z_i moves with its own a_prev only; every other example's input has slope 0.
        slope_a = central_difference(lambda a: z_i(w, b, a), A_PREV)
        assert_near(dz_dw[i], slope_w, rtol=1e-7, atol=1e-8)
        assert_near(dz_db[i], slope_b, rtol=1e-7)
        expected_a = np.zeros(A_PREV.size)
        expected_a[i] = dz_da_prev[i]
        assert_near(slope_a, expected_a, rtol=1e-7, atol=1e-8)


def test_partials_of_z_match_the_complex_step():
    w, b = -1.25, 0.75
    dz_dw, dz_db, _ = partials_of_z(w, b, A_PREV)
    for i in range(A_PREV.size):
        slopes = complex_step(lambda p, i=i: forward(p[0], p[1], A_PREV)[0][i], [w, b])
        np.testing.assert_array_equal(slopes, [dz_dw[i], dz_db[i]])


# --- cost and gradients -----------------------------------------------------------------------


def test_cost_is_the_mean_squared_error():
    expected = np.mean((1 / (1 + np.exp(-(W0 * A_PREV + B0))) - Y) ** 2)
    assert cost(W0, B0, A_PREV, Y) == pytest.approx(expected, rel=1e-15)
    assert cost(0.0, 0.0, 1.0, 0.5) == 0.0  # σ(0) = 0.5 hits the target
    assert cost(0.0, 0.0, [1.0, 2.0], [1.0, 0.0]) == 0.25


def numeric_gradients(w, b, a_prev, y, check):
    """(dC_dw, dC_db, dC_da_prev) by ``check``, one input varied, the others held fixed."""
    dC_dw, dC_db = check(lambda p: cost(p[0], p[1], a_prev, y), [w, b])
    dC_da_prev = check(lambda a: cost(w, b, a, y), a_prev)
    return dC_dw, dC_db, dC_da_prev


def test_gradient_types_and_shapes():
    dC_dw, dC_db, dC_da_prev = gradients(W0, B0, A_PREV, Y)
    assert np.shape(dC_dw) == np.shape(dC_db) == ()
    assert dC_da_prev.shape == A_PREV.shape
    assert dC_da_prev.dtype == np.float64


def test_gradients_on_the_dataset_match_central_differences():
    analytic = gradients(W0, B0, A_PREV, Y)
    numeric = numeric_gradients(W0, B0, A_PREV, Y, central_difference)
    for g, n in zip(analytic, numeric, strict=True):
        assert np.max(relative_error(g, n)) < 1e-7


def test_gradients_on_the_dataset_match_the_complex_step():
    analytic = gradients(W0, B0, A_PREV, Y)
    numeric = numeric_gradients(W0, B0, A_PREV, Y, complex_step)
    for g, n in zip(analytic, numeric, strict=True):
        assert np.max(relative_error(g, n)) < 1e-12


def test_gradients_on_the_dataset_have_the_expected_signs():
    # Below every target's S-curve at (W0, B0): raising w or b lowers C.
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    assert dC_dw < 0
    assert dC_db < 0


@pytest.mark.parametrize("seed", range(10))
def test_gradients_at_random_points_match_both_checks(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 21))
    w, b = rng.normal(0, 2), rng.normal(0, 2)
    a_prev, y = rng.normal(0, 2, size=n), rng.uniform(0, 1, size=n)
    analytic = gradients(w, b, a_prev, y)
    by_difference = numeric_gradients(w, b, a_prev, y, central_difference)
    by_complex_step = numeric_gradients(w, b, a_prev, y, complex_step)
    for g, c in zip(analytic, by_complex_step, strict=True):
        assert np.max(relative_error(g, c)) < 1e-12
    # dC_dw and dC_db are not small here; one dC_da_prev may be (an example far from the
    # steep part of σ), and rounding C then costs central differences ~1e-11 of absolute slope.
    for g, d in zip(analytic[:2], by_difference[:2], strict=True):
        assert relative_error(g, d) < 1e-7
    assert_near(analytic[2], by_difference[2], rtol=1e-7, atol=1e-10)


def test_dC_da_prev_is_one_slope_per_example():
    # Example i's input only moves example i's cost: each slope is w·δ_i, nothing summed.
    _, dC_db, dC_da_prev = gradients(W0, B0, A_PREV, Y)
    for i in range(A_PREV.size):
        slope = complex_step(lambda a, i=i: cost(W0, B0, a[0], Y[i]) / A_PREV.size, [A_PREV[i]])
        assert relative_error(dC_da_prev[i], slope[0]) < 1e-12
    assert np.sum(dC_da_prev) == pytest.approx(W0 * dC_db, rel=1e-14)


def test_gradients_of_one_example():
    dC_dw, dC_db, dC_da_prev = gradients(2.0, -1.0, 0.25, 0.9)
    assert dC_da_prev.shape == ()
    numeric = numeric_gradients(2.0, -1.0, np.array(0.25), 0.9, complex_step)
    for g, n in zip((dC_dw, dC_db, dC_da_prev), numeric, strict=True):
        assert relative_error(g, n) < 1e-12


def test_fully_saturated_gradients_are_exactly_zero_and_so_are_the_checks():
    # z = 1000·a_prev + 500 ≥ 800 for every example: σ' underflows to 0 and C is flat.
    w, b, a_prev, y = 1000.0, 500.0, np.array([0.3, 1.0, 2.0]), np.array([0.1, 0.5, 0.9])
    analytic = gradients(w, b, a_prev, y)
    for check in (central_difference, complex_step):
        numeric = numeric_gradients(w, b, a_prev, y, check)
        for g, n in zip(analytic, numeric, strict=True):
            np.testing.assert_array_equal(g, 0.0)
            np.testing.assert_array_equal(relative_error(g, n), 0.0)


@pytest.mark.parametrize(("w", "b"), [(100.0, -60.0), (-50.0, 30.0), (20.0, 680.0)])
def test_gradients_near_saturation(w, b):
    # z between ~30 and ~700: the slopes are tiny but still exact by the complex step.
    a_prev, y = np.array([-1.0, 0.5, 1.0, 2.0]), np.array([0.2, 0.4, 0.6, 0.8])
    analytic = gradients(w, b, a_prev, y)
    by_complex_step = numeric_gradients(w, b, a_prev, y, complex_step)
    by_difference = numeric_gradients(w, b, a_prev, y, central_difference)
    for g, c, d in zip(analytic, by_complex_step, by_difference, strict=True):
        assert_near(g, c, rtol=1e-12, atol=UNDERFLOW_FLOOR)
        assert_near(g, d, rtol=1e-7, atol=1e-8)


# Inputs for the property tests: |w·a_prev + b| reaches 1000, deep into saturation, and
# half the draws stay near the steep part of σ.
N = st.integers(1, 20)
W = st.one_of(st.floats(-3, 3), st.floats(-100, 100))
B = st.one_of(st.floats(-3, 3), st.floats(-500, 500))
# Mixed and extreme cases, always run: z = 1000, 0, -700, -290, 600 and friends.
SATURATED_NEURONS = [
    (100.0, 500.0, np.array([5.0, -5.0, 0.0, 1.9]), np.array([0.9, 0.5, 0.1, 0.0])),
    (-100.0, -500.0, np.array([5.0, -5.0, 2.0]), np.array([1.0, 0.3, 0.0])),
    (100.0, 200.0, np.array([-2.0, -4.9, 4.0, -1.7]), np.array([0.2, 0.8, 0.5, 1.0])),
    (60.0, -40.0, np.array([0.5, 1.0, 0.75]), np.array([0.0, 1.0, 0.5])),
]


def with_saturated_examples(test):
    for neuron in SATURATED_NEURONS:
        test = example(neuron)(test)
    return test


@st.composite
def neurons(draw):
    n = draw(N)
    a_prev = draw(arrays(np.float64, n, elements=st.floats(-5, 5)))
    y = draw(arrays(np.float64, n, elements=st.floats(0, 1)))
    return draw(W), draw(B), a_prev, y


def per_example_scale(w, b, a_prev, y):
    """Σ_i |∂C_i/∂w| and Σ_i |∂C_i/∂b|, from the complex step on each example alone.

    The sum Σ_i a_prev_i·δ_i may cancel to far below its terms; its rounding error is
    relative to the terms, not to the sum, so this is the scale to compare against.
    """
    n = a_prev.size
    terms = [
        complex_step(lambda p, i=i: cost(p[0], p[1], a_prev[i], y[i]) / n, [w, b]) for i in range(n)
    ]
    return np.sum(np.abs(terms), axis=0)


@with_saturated_examples
@given(neurons())
def test_gradients_match_the_complex_step_anywhere(neuron):
    w, b, a_prev, y = neuron
    dC_dw, dC_db, dC_da_prev = gradients(w, b, a_prev, y)
    ref_dw, ref_db, ref_da_prev = numeric_gradients(w, b, a_prev, y, complex_step)
    scale_w, scale_b = per_example_scale(w, b, a_prev, y)
    assert_near(dC_dw, ref_dw, rtol=0, atol=1e-12 * scale_w + UNDERFLOW_FLOOR)
    assert_near(dC_db, ref_db, rtol=0, atol=1e-12 * scale_b + UNDERFLOW_FLOOR)
    # One term per example, nothing cancels: plain relative error (0 where both are 0).
    assert_near(dC_da_prev, ref_da_prev, rtol=1e-12, atol=UNDERFLOW_FLOOR)


@with_saturated_examples
@given(neurons())
def test_gradients_match_central_differences_anywhere(neuron):
    # C is at most 1, so rounding C costs ~1e-10 of slope at h = 1e-6: hence the 1e-8 floor.
    w, b, a_prev, y = neuron
    analytic = gradients(w, b, a_prev, y)
    numeric = numeric_gradients(w, b, a_prev, y, central_difference)
    for g, n in zip(analytic, numeric, strict=True):
        assert_near(g, n, rtol=1e-7, atol=1e-8)
        # Both zero (a fully saturated example) counts as agreement.
        error = relative_error(g, n)
        assert np.all(error[(np.asarray(g) == 0) & (np.asarray(n) == 0)] == 0)


@with_saturated_examples
@given(neurons())
def test_gradients_are_finite_and_silent_anywhere(neuron):
    for g in gradients(*neuron):
        assert np.all(np.isfinite(g))


def test_gradients_are_stateless_and_leave_inputs_alone():
    a_prev, y = A_PREV.copy(), Y.copy()
    first = gradients(W0, B0, a_prev, y)
    gradients(-3.0, 7.0, np.array([9.0]), np.array([0.5]))  # an unrelated call in between
    second = gradients(W0, B0, a_prev, y)
    for g1, g2 in zip(first, second, strict=True):
        np.testing.assert_array_equal(g1, g2)
    np.testing.assert_array_equal(a_prev, A_PREV)
    np.testing.assert_array_equal(y, Y)


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize("function", [gradients, cost])
def test_w_and_b_must_be_single_numbers(function):
    with pytest.raises(ValueError, match=r"^w: expected a single number, got .* shape \(6,\)$"):
        function(np.full(6, W0), B0, A_PREV, Y)
    with pytest.raises(ValueError, match=r"^b: expected a single number, got .* shape \(1,\)$"):
        function(W0, [B0], A_PREV, Y)


@pytest.mark.parametrize("function", [gradients, cost])
def test_a_prev_and_y_must_match(function):
    # The message names the arguments, a_prev and y (it used to name the output a).
    with pytest.raises(ValueError, match=r"^expected matching shapes, got a_prev \(6,\), "
                                         r"y \(5,\)$"):
        function(W0, B0, A_PREV, Y[:5])
    with pytest.raises(ValueError, match=r"got a_prev \(6,\), y \(\)$"):
        function(W0, B0, A_PREV, 0.5)  # one target must not broadcast to six examples


@pytest.mark.parametrize("function", [gradients, cost])
def test_bad_values_raise(function):
    y = Y.copy()
    y[2] = np.nan
    with pytest.raises(ValueError, match=r"^y: expected finite numbers"):
        function(W0, B0, A_PREV, y)
    with pytest.raises(ValueError, match=r"^a_prev: expected at least one value, got .*\(0,\)"):
        function(W0, B0, [], [])
    with pytest.raises(TypeError, match=r"^a_prev: expected real or complex numbers, got dtype <U"):
        function(W0, B0, ["1", "2"], [0.5, 0.5])
    with pytest.raises(TypeError, match=r"^w: expected real or complex numbers, got dtype <U"):
        function("0.5", B0, A_PREV, Y)
    with pytest.raises(ValueError, match=r"^w: expected finite numbers"):
        function(np.inf, B0, A_PREV, Y)


@pytest.mark.parametrize("function", [forward, partials_of_z])
def test_forward_and_partials_reject_bad_input(function):
    with pytest.raises(ValueError, match=r"^w: expected a single number"):
        function([1.0, 2.0], 0.0, [1.0, 2.0])
    with pytest.raises(ValueError, match=r"^a_prev: expected finite numbers"):
        function(1.0, 0.0, [1.0, np.nan])
    with pytest.raises(TypeError, match=r"^b: expected real or complex numbers, got dtype bool"):
        function(1.0, True, [1.0])


# --- δ = ∂C_0/∂z for the squared error ------------------------------------------------------


def one_example_cost_of_z(y):
    """C_0 as a function of z alone, written here with plain numpy: (σ(z) - y)^2."""
    return lambda z: np.sum((1 / (1 + np.exp(-z)) - y) ** 2)


def test_squared_error_delta_is_the_slope_of_the_cost_in_z_by_nudging_and_complex_step():
    z, y = np.array([-2.5, -0.5, 0.0, 1.0, 4.0]), np.array([0.05, 0.85, 0.35, 0.75, 0.95])
    delta = squared_error_delta(z, sigmoid(z), y)
    nudged = central_difference(one_example_cost_of_z(y), z)
    stepped = complex_step(one_example_cost_of_z(y), z)
    assert np.max(relative_error(delta, nudged)) < 1e-7
    assert np.max(relative_error(delta, stepped)) < 1e-13


def test_squared_error_delta_at_example_0_is_the_home_pages_number():
    z, a = forward(W0, B0, A_PREV[0])
    assert f"{squared_error_delta(z, a, Y[0]):.6f}" == "-0.222059"  # the home page, by hand


@given(
    z=st.floats(-60, 60, allow_nan=False),
    y=st.floats(0.01, 0.99),
)
@example(z=45.0, y=0.2)  # saturated: σ(z) rounds to 1, σ'(z) ≈ 3e-20
@example(z=-45.0, y=0.8)
def test_squared_error_delta_agrees_with_the_complex_step_everywhere(z, y):
    delta = squared_error_delta(z, sigmoid(z), y)
    stepped = complex_step(lambda v: np.sum((sigmoid(v) - y) ** 2), [z])[0]
    assert float(relative_error(delta, stepped)) < 1e-12
