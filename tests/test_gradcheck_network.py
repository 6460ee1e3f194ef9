"""The whole-network checks added to snippets.gradcheck: several arrays, one error per array."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from snippets.gradcheck import (
    central_difference_arrays,
    check_network_gradients,
    complex_step_arrays,
    gradient_error,
)
from snippets.layers import backprop, backward, cost, forward, init_network


def cubes(arrays):
    return sum(np.sum(a**3) for a in arrays)


def random_arrays(seed=0):
    rng = np.random.default_rng(seed)
    return [rng.uniform(-2, 2, (2, 3)), rng.uniform(-2, 2, 4), rng.uniform(-2, 2, (1, 1))]


# --- several arrays ----------------------------------------------------------------------------


def test_central_difference_arrays_nudge_every_entry_of_every_array():
    arrays = random_arrays()
    grads = central_difference_arrays(cubes, arrays)
    assert [g.shape for g in grads] == [a.shape for a in arrays]
    for g, a in zip(grads, arrays, strict=True):
        np.testing.assert_allclose(g, 3 * a**2, rtol=1e-8)


def test_complex_step_arrays_are_exact_to_rounding():
    arrays = random_arrays(1)
    for g, a in zip(complex_step_arrays(cubes, arrays), arrays, strict=True):
        np.testing.assert_allclose(g, 3 * a**2, rtol=1e-15)


def test_each_entry_moves_alone():
    # f = x·y for two one-entry arrays: the slope in x is y only if y stays put.
    grads = central_difference_arrays(lambda a: float(a[0][0] * a[1][0]), [[2.0], [5.0]])
    np.testing.assert_allclose(np.concatenate(grads), [5.0, 2.0], rtol=1e-9)


def test_two_calls_per_entry():
    calls = []

    def counted(arrays):
        calls.append(1)
        return cubes(arrays)

    arrays = random_arrays()
    central_difference_arrays(counted, arrays)
    assert len(calls) == 2 * sum(a.size for a in arrays)


@pytest.mark.parametrize("check", [central_difference_arrays, complex_step_arrays])
def test_bad_arrays_are_named(check):
    with pytest.raises(ValueError, match=r"^arrays\[1\]: expected finite numbers"):
        check(cubes, [[1.0], [np.nan]])
    with pytest.raises(ValueError, match=r"^arrays\[0\]: expected at least one value"):
        check(cubes, [[]])


# --- one error per array -------------------------------------------------------------------------


def test_gradient_error_is_zero_for_equal_arrays_and_for_two_zeros():
    g = np.array([1.0, -2.0, 3.0])
    assert gradient_error(g, g) == 0.0
    assert gradient_error(np.zeros(3), np.zeros(3)) == 0.0
    assert isinstance(gradient_error(g, g), float)


def test_gradient_error_of_a_wrong_array_is_near_one():
    g = np.array([1.0, -2.0, 3.0])
    assert gradient_error(g, np.zeros(3)) == 1.0
    assert gradient_error(g, -g) == 2.0
    assert gradient_error(g, 2 * g) == pytest.approx(0.5)


def test_gradient_error_is_not_blown_up_by_one_tiny_entry():
    g = np.array([1.0, 1e-12])
    noisy = np.array([1.0, 2e-12])  # elementwise relative error 0.5 in the tiny entry
    assert gradient_error(g, noisy) < 1e-11


def test_gradient_error_needs_matching_shapes():
    with pytest.raises(ValueError, match=r"^expected matching shapes, got g_analytic \(2,\), "
                                         r"g_numeric \(3,\)$"):
        gradient_error(np.ones(2), np.ones(3))


# --- whole networks ------------------------------------------------------------------------------


def network(sizes=(3, 4, 2), m=5, seed=0):
    weights, biases = init_network(sizes, seed)
    rng = np.random.default_rng(seed)
    x, y = rng.normal(size=(sizes[0], m)), rng.uniform(size=(sizes[-1], m))

    def mean_cost(w, b):
        return cost(w, b, x, y)

    return weights, biases, x, y, mean_cost


@pytest.mark.parametrize(("method", "limit"), [("central", 1e-7), ("complex", 1e-13)])
def test_backprop_passes_array_by_array(method, limit):
    weights, biases, x, y, mean_cost = network()
    dC_dW, dC_db = backprop(weights, biases, x, y)
    errors = check_network_gradients(mean_cost, weights, biases, dC_dW, dC_db, method)
    assert list(errors) == ["W^1", "b^1", "W^2", "b^2"]
    assert max(errors.values()) < limit


@st.composite
def random_networks(draw):
    sizes = draw(st.lists(st.integers(1, 5), min_size=2, max_size=4))
    m = draw(st.integers(1, 4))
    seed = draw(st.integers(0, 2**32 - 1))
    return network(tuple(sizes), m, seed)


@given(random_networks())
def test_matrix_form_matches_finite_differences_for_random_networks(params):
    weights, biases, x, y, mean_cost = params
    dC_dW, dC_db = backprop(weights, biases, x, y)
    central = check_network_gradients(mean_cost, weights, biases, dC_dW, dC_db)
    exact = check_network_gradients(mean_cost, weights, biases, dC_dW, dC_db, "complex")
    assert max(central.values()) < 1e-6  # float64 central differences
    assert max(exact.values()) < 1e-12


def test_a_broken_bias_gradient_is_caught_in_its_own_row_only():
    weights, biases, x, y, mean_cost = network((4, 3, 2), m=6)
    zs, activations = forward(weights, biases, x)
    deltas, dC_dW, dC_db = backward(weights, zs, activations, y)
    broken_db = [(weights[1].T @ deltas[1]).mean(axis=1), dC_db[1]]  # σ'(z^1) forgotten
    errors = check_network_gradients(mean_cost, weights, biases, dC_dW, broken_db)
    assert errors["b^1"] > 1e-2
    assert max(errors[name] for name in ("W^1", "W^2", "b^2")) < 1e-7


def test_a_sum_instead_of_a_mean_is_caught():
    weights, biases, x, y, mean_cost = network()
    dC_dW, dC_db = backprop(weights, biases, x, y, reduction="sum")
    errors = check_network_gradients(mean_cost, weights, biases, dC_dW, dC_db)
    assert min(errors.values()) > 0.5  # m = 5 times too large: error 1 - 1/5


def test_lists_must_have_one_array_per_layer():
    weights, biases, x, y, mean_cost = network()
    dC_dW, dC_db = backprop(weights, biases, x, y)
    with pytest.raises(ValueError, match=r"^expected one array per layer in each list, got 2 "
                                         r"weights, 2 biases, 1 dC_dW and 2 dC_db$"):
        check_network_gradients(mean_cost, weights, biases, dC_dW[:1], dC_db)
    with pytest.raises(ValueError, match=r"^method: expected one of \('central', 'complex'\), got "
                                         r"'forward'$"):
        check_network_gradients(mean_cost, weights, biases, dC_dW, dC_db, "forward")


@pytest.mark.parametrize("check", [central_difference_arrays, complex_step_arrays])
def test_arrays_must_be_a_nonempty_list_within_the_limit(check):
    with pytest.raises(TypeError, match=r"^arrays: expected a list of arrays, got ndarray$"):
        check(cubes, np.zeros((3, 2)))  # would iterate over rows
    with pytest.raises(ValueError, match=r"^arrays: expected at least one array, got an empty"):
        check(cubes, [])
    calls = []
    with pytest.raises(ValueError, match=r"^arrays: expected at most 100,000 entries in all, "
                                         r"got 100,002$"):
        check(lambda arrays: calls.append(1) or 0.0, [np.zeros(50_001), np.zeros(50_001)])
    assert calls == []


def test_the_cost_is_named_when_it_returns_nan():
    weights, biases, x, y, _ = network()
    dC_dW, dC_db = backprop(weights, biases, x, y)
    with pytest.raises(ValueError, match=r"^cost: expected cost\(…\) to return a finite number"):
        check_network_gradients(lambda W, b: np.nan, weights, biases, dC_dW, dC_db)
    with pytest.raises(TypeError, match=r"^cost: expected a function, got None"):
        check_network_gradients(None, weights, biases, dC_dW, dC_db)


def test_the_complex_step_refuses_a_cost_that_returns_a_real_number():
    weights, biases, x, y, mean_cost = network()
    dC_dW, dC_db = backprop(weights, biases, x, y)

    def real_cost(weights, biases):  # float() drops the imaginary part the step relies on
        return float(np.real(mean_cost(weights, biases)))

    # This used to score every array 1.0 (every slope 0), blaming right gradients.
    with pytest.raises(TypeError, match=r"^cost: expected cost\(x \+ ih\) to return a complex "
                                        r"number, got [0-9.]+ \(float\)"):
        check_network_gradients(real_cost, weights, biases, dC_dW, dC_db, "complex")
    errors = check_network_gradients(real_cost, weights, biases, dC_dW, dC_db)  # central: fine
    assert max(errors.values()) < 1e-6


def test_each_gradient_must_be_shaped_like_its_parameter():
    weights, biases, x, y, mean_cost = network()
    dC_dW, dC_db = backprop(weights, biases, x, y)
    with pytest.raises(ValueError, match=r"^expected matching shapes, got W\^2 \(.*\), "
                                         r"dC_dW\^2 \(.*\)$"):
        check_network_gradients(mean_cost, weights, biases, [dC_dW[0], dC_dW[1].T], dC_db)
    with pytest.raises(TypeError, match=r"^weights: expected a list of arrays, got NoneType$"):
        check_network_gradients(mean_cost, None, biases, dC_dW, dC_db)
    with pytest.raises(ValueError, match=r"^b\^1: expected finite numbers"):
        check_network_gradients(mean_cost, weights, [biases[0] * np.nan, biases[1]], dC_dW,
                                dC_db)
