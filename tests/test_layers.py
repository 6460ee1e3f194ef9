"""Layers of many neurons over a batch: the matrix form, the loop reference, and finite differences.

The matrix form (backprop) is checked against three independent references: the loop-over-
neurons reference (backprop_loops, which sums over paths with +=), the complex step (exact to
rounding, also at saturated points with |z| up to ~1000), and central differences (h = 1e-6).
"""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from snippets import chain, layers
from snippets.gradcheck import central_difference_arrays, complex_step_arrays
from snippets.layers import (
    backprop,
    backprop_loops,
    backward,
    check_batch,
    check_network,
    cost,
    forward,
    forward_pass_equivalents,
    init_network,
    multiply_adds,
    parameter_count,
)
from snippets.neuron import sigmoid_prime


def assert_near(value, reference, rtol, atol=0.0):
    value, reference = np.asarray(value, dtype=float), np.asarray(reference, dtype=float)
    error = np.abs(value - reference)
    bound = rtol * np.abs(reference) + atol
    assert np.all(error <= bound), f"{value} vs {reference}: error {error} > {bound}"


@st.composite
def networks(draw, scale=(0.2, 3.0)):
    """Random layer sizes (1 to 4 layers of 1 to 5 neurons), batch size, weights and data.

    ``scale`` multiplies the weights: large scales saturate the sigmoids (|z| up to ~1000).
    """
    sizes = draw(st.lists(st.integers(1, 5), min_size=2, max_size=5))
    m = draw(st.integers(1, 5))
    seed = draw(st.integers(0, 2**32 - 1))
    factor = draw(st.floats(*scale))
    weights, biases = init_network(sizes, seed)
    weights = [factor * W for W in weights]
    rng = np.random.default_rng(seed)
    x = rng.normal(0, 2, (sizes[0], m))
    y = rng.uniform(0, 1, (sizes[-1], m))
    return weights, biases, x, y


def numerical(check, weights, biases, x, y, reduction="mean"):
    L = len(weights)
    grads = check(lambda arrays: cost(arrays[:L], arrays[L:], x, y, reduction),
                  [*weights, *biases])
    return grads[:L], grads[L:]


def assert_gradients_near(got, reference, rtol, atol, network_rtol=1e-13):
    """Entry by entry, within rtol of the reference, plus atol, plus network_rtol times the
    network's largest slope: an entry that is a sum of larger terms which nearly cancel keeps
    the rounding error of those terms, so its own size is not the right yardstick."""
    pairs = list(zip([*got[0], *got[1]], [*reference[0], *reference[1]], strict=True))
    largest = max(np.max(np.abs(r)) for _, r in pairs)
    for g, r in pairs:
        assert g.shape == r.shape
        assert_near(g, r, rtol, atol + network_rtol * largest)


# --- forward -----------------------------------------------------------------------------------


def test_forward_shapes_and_values():
    weights, biases = init_network([3, 4, 2], seed=1)
    x = np.random.default_rng(1).normal(size=(3, 5))
    zs, activations = forward(weights, biases, x)
    assert [z.shape for z in zs] == [(4, 5), (2, 5)]
    assert [a.shape for a in activations] == [(3, 5), (4, 5), (2, 5)]
    np.testing.assert_array_equal(activations[0], x)
    for e in range(5):  # each column is one example, with the same b^l added to it
        z1 = weights[0] @ x[:, e] + biases[0]
        np.testing.assert_allclose(zs[0][:, e], z1, rtol=1e-14)


def test_cost_is_the_mean_or_the_sum_over_the_batch():
    weights, biases, x, y = example_network()
    _, activations = forward(weights, biases, x)
    per_example = np.sum((activations[-1] - y) ** 2, axis=0)
    assert cost(weights, biases, x, y) == pytest.approx(per_example.mean(), rel=1e-14)
    assert cost(weights, biases, x, y, "sum") == pytest.approx(per_example.sum(), rel=1e-14)


def example_network(sizes=(4, 5, 3, 2), m=6, seed=1):
    weights, biases = init_network(sizes, seed)
    rng = np.random.default_rng(seed + 1)
    return weights, biases, rng.normal(size=(sizes[0], m)), rng.uniform(size=(sizes[-1], m))


def test_one_neuron_per_layer_is_the_chain():
    w, b = chain.W, chain.B
    weights = [np.array([[w_l]]) for w_l in w]
    biases = [np.array([b_l]) for b_l in b]
    x, y = np.array([[chain.A0]]), np.array([[chain.Y]])
    dC_dW, dC_db = backprop(weights, biases, x, y)
    dC_dw, expected_db = chain.gradients(w, b, chain.A0, chain.Y)
    np.testing.assert_allclose([g[0, 0] for g in dC_dW], dC_dw, rtol=1e-14)
    np.testing.assert_allclose([g[0] for g in dC_db], expected_db, rtol=1e-14)


# --- the matrix form against its three references ------------------------------------------------


def test_backward_follows_the_four_equations():
    weights, biases, x, y = example_network()
    zs, activations = forward(weights, biases, x)
    deltas, dC_dW, dC_db = backward(weights, zs, activations, y)
    m = x.shape[1]
    np.testing.assert_allclose(
        deltas[-1], 2 * (activations[-1] - y) * sigmoid_prime(zs[-1]), rtol=1e-14
    )
    for layer in range(1, len(weights)):
        expected = (weights[layer].T @ deltas[layer]) * sigmoid_prime(zs[layer - 1])
        np.testing.assert_allclose(deltas[layer - 1], expected, rtol=1e-14)
    for delta, a_prev, gW, gb in zip(deltas, activations, dC_dW, dC_db, strict=False):
        np.testing.assert_allclose(gb, delta.mean(axis=1), rtol=1e-14)
        np.testing.assert_allclose(gW, delta @ a_prev.T / m, rtol=1e-14)


@given(networks())
def test_matrix_form_matches_the_loops(params):
    weights, biases, x, y = params
    for reduction in ("mean", "sum"):
        matrix = backprop(weights, biases, x, y, reduction)
        loops = backprop_loops(weights, biases, x, y, reduction)
        assert_gradients_near(matrix, loops, rtol=1e-12, atol=1e-300)


@given(networks())
def test_matrix_form_matches_the_complex_step(params):
    weights, biases, x, y = params
    exact = numerical(complex_step_arrays, weights, biases, x, y)
    assert_gradients_near(backprop(weights, biases, x, y), exact, rtol=1e-11, atol=1e-300)


@given(networks())
def test_matrix_form_matches_central_differences(params):
    weights, biases, x, y = params
    nudged = numerical(central_difference_arrays, weights, biases, x, y)
    # Central differences carry ~1e-10·C of rounding; C here is at most n_L ≤ 5.
    assert_gradients_near(backprop(weights, biases, x, y), nudged, rtol=1e-7, atol=1e-8)


@given(networks(scale=(100.0, 400.0)))
def test_saturated_networks_stay_finite_and_exact(params):
    weights, biases, x, y = params
    dC_dW, dC_db = backprop(weights, biases, x, y)
    assert all(np.all(np.isfinite(g)) for g in [*dC_dW, *dC_db])
    exact = numerical(complex_step_arrays, weights, biases, x, y)
    assert_gradients_near((dC_dW, dC_db), exact, rtol=1e-11, atol=1e-300)


def test_a_deeply_saturated_network_is_exact_where_slopes_underflow():
    weights, biases, x, y = example_network()
    weights = [500 * W for W in weights]
    zs, _ = forward(weights, biases, x)
    assert max(np.max(np.abs(z)) for z in zs) > 700  # e^{-|z|} underflows there
    dC_dW, dC_db = backprop(weights, biases, x, y)
    exact = numerical(complex_step_arrays, weights, biases, x, y)
    assert_gradients_near((dC_dW, dC_db), exact, rtol=1e-11, atol=1e-300)


def test_bias_gradients_are_checked_on_their_own():
    # Nudge only the biases: their gradient must be right by itself, not just in a sum.
    weights, biases, x, y = example_network()
    _, dC_db = backprop(weights, biases, x, y)
    exact = complex_step_arrays(lambda b: cost(weights, b, x, y), biases)
    for got, reference in zip(dC_db, exact, strict=True):
        assert_near(got, reference, rtol=1e-13)


def test_sum_reduction_is_m_times_the_mean():
    weights, biases, x, y = example_network()
    mean_W, mean_b = backprop(weights, biases, x, y, "mean")
    sum_W, sum_b = backprop(weights, biases, x, y, "sum")
    m = x.shape[1]
    for mean, total in zip([*mean_W, *mean_b], [*sum_W, *sum_b], strict=True):
        np.testing.assert_allclose(total, m * mean, rtol=1e-13)


# --- a shared input: the sum over paths (+= at a fork) -------------------------------------------


def fork_network():
    """Activation a^1_1 feeds all three neurons of layer 2: three paths to the cost."""
    weights = [np.array([[0.8]]), np.array([[1.5], [-2.0], [0.7]]), np.array([[1.2, -0.9, 2.1]])]
    biases = [np.array([0.1]), np.array([0.3, -0.2, 0.5]), np.array([-0.4])]
    x = np.array([[0.6, -1.1]])  # two examples, so the sums over examples matter too
    y = np.array([[0.9, 0.2]])
    return weights, biases, x, y


def test_a_shared_activation_sums_its_paths():
    weights, biases, x, y = fork_network()
    exact = numerical(complex_step_arrays, weights, biases, x, y)
    loops = backprop_loops(weights, biases, x, y)
    # W^1 and b^1 reach the cost only through a^1_1, which forks three ways: with `=` in place
    # of the `+=` at the fork, only the last path would count and these would be wrong.
    assert_gradients_near(loops, exact, rtol=1e-12, atol=0)
    assert_gradients_near(backprop(weights, biases, x, y), exact, rtol=1e-12, atol=0)


def test_the_paths_really_disagree_one_by_one():
    # Guard for the test above: no single path alone gives the right slope.
    weights, biases, x, y = fork_network()
    zs, activations = forward(weights, biases, x)
    deltas, _, _ = backward(weights, zs, activations, y)
    terms = weights[1][:, 0, np.newaxis] * deltas[1]  # w^2_{j1} δ^2_j, one row per path
    total = terms.sum(axis=0)
    assert np.all(np.abs(terms - total) > 1e-3 * np.abs(total))


# --- stateless ---------------------------------------------------------------------------------


def test_running_backprop_twice_gives_identical_results_and_leaves_inputs_alone():
    weights, biases, x, y = example_network()
    copies = [a.copy() for a in [*weights, *biases, x, y]]
    for function in (backprop, backprop_loops):
        first = function(weights, biases, x, y)
        second = function(weights, biases, x, y)
        for one, two in zip([*first[0], *first[1]], [*second[0], *second[1]], strict=True):
            np.testing.assert_array_equal(one, two)
    for original, copy in zip([*weights, *biases, x, y], copies, strict=True):
        np.testing.assert_array_equal(original, copy)


def test_gradients_are_new_arrays_not_views_of_the_inputs():
    weights, biases, x, y = example_network()
    dC_dW, dC_db = backprop(weights, biases, x, y)
    for g in [*dC_dW, *dC_db]:
        for a in [*weights, *biases, x, y]:
            assert not np.shares_memory(g, a)


# --- bad input ---------------------------------------------------------------------------------


def test_mismatched_layer_shapes_are_named():
    weights, biases = init_network([3, 4, 2])
    x, y = np.ones((3, 2)), np.ones((2, 2))
    with pytest.raises(ValueError, match=r"^W\^2: expected 4 columns, one per neuron of layer 1 "
                                         r"\(W\^1 has shape \(4, 3\)\), got shape \(2, 5\)$"):
        backprop([weights[0], np.ones((2, 5))], biases, x, y)
    with pytest.raises(ValueError, match=r"^b\^1: expected shape \(4,\), one bias per row of "
                                         r"W\^1 \(4, 3\), got shape \(3,\)$"):
        backprop(weights, [np.ones(3), biases[1]], x, y)
    with pytest.raises(ValueError, match=r"^W\^1: expected a 2-D matrix, got shape \(4,\)$"):
        forward([np.ones(4), weights[1]], biases, x)
    with pytest.raises(ValueError, match=r"^expected one bias vector per weight matrix \(at least "
                                         r"one layer\), got 2 weight matrices and 1 bias vectors$"):
        forward(weights, biases[:1], x)
    with pytest.raises(ValueError, match=r"^expected one bias vector per weight matrix"):
        forward([], [], x)
    with pytest.raises(ValueError, match=r"^W\^2: expected finite numbers"):
        forward([weights[0], np.full((2, 4), np.inf)], biases, x)


def test_wrong_batch_dimension_is_explained():
    weights, biases = init_network([3, 4, 2])
    with pytest.raises(ValueError, match=r"^x: expected shape \(3, m\), one column per example, "
                                         r"got \(5, 3\) \(examples go in columns: pass x\.T\)$"):
        forward(weights, biases, np.ones((5, 3)))
    with pytest.raises(ValueError, match=r"^x: expected shape \(3, m\), one column per example, "
                                         r"got \(3,\)$"):
        forward(weights, biases, np.ones(3))
    with pytest.raises(ValueError, match=r"^y: expected shape \(2, 4\), one column per example "
                                         r"of x, got \(2, 3\)$"):
        backprop(weights, biases, np.ones((3, 4)), np.ones((2, 3)))
    with pytest.raises(ValueError, match=r"^y: expected shape \(2, 4\)"):
        cost(weights, biases, np.ones((3, 4)), np.ones((4, 2)))


def test_unknown_reduction():
    weights, biases, x, y = example_network()
    for function in (backprop, backprop_loops, cost):
        with pytest.raises(ValueError, match=r"^reduction: expected one of \('mean', 'sum'\), "
                                             r"got 'average'$"):
            function(weights, biases, x, y, "average")


def test_backward_rejects_a_trace_that_does_not_fit():
    weights, biases, x, y = example_network()
    zs, activations = forward(weights, biases, x)
    with pytest.raises(ValueError, match=r"^expected 3 zs, 4 activations and y shaped like A\^L, "
                                         r"got 2 zs, 4 activations and y of shape \(2, 6\)$"):
        backward(weights, zs[1:], activations, y)
    with pytest.raises(ValueError, match=r"y of shape \(6, 2\)$"):
        backward(weights, zs, activations, y.T)


def test_check_network_and_batch_return_float_arrays():
    weights, biases = check_network([[[1, 2]]], [[3]])
    assert weights[0].dtype == biases[0].dtype == np.float64
    x = check_batch(weights, [[1], [2]])
    assert x.shape == (2, 1)


def test_init_network_is_reproducible_and_checks_its_sizes():
    first, second = init_network([3, 4, 2], seed=7), init_network([3, 4, 2], seed=7)
    for one, two in zip([*first[0], *first[1]], [*second[0], *second[1]], strict=True):
        np.testing.assert_array_equal(one, two)
    assert not np.array_equal(first[0][0], init_network([3, 4, 2], seed=8)[0][0])
    assert [W.shape for W in first[0]] == [(4, 3), (2, 4)]
    with pytest.raises(ValueError, match=r"^sizes: expected at least two layer sizes "
                                         r"\[n_0, …, n_L\], got \[3\]$"):
        init_network([3])
    with pytest.raises(ValueError, match=r"^sizes\[1\]: expected a whole number ≥ 1, got 0$"):
        init_network([3, 0, 2])


# --- counting the cost of a gradient ------------------------------------------------------------


@pytest.mark.parametrize("sizes", [(3, 4, 2), (784, 128, 64, 10), (1, 1), (5, 1, 5)])
def test_parameter_count_counts_every_array_entry(sizes):
    weights, biases = init_network(sizes)
    assert parameter_count(sizes) == sum(a.size for a in [*weights, *biases])


def test_multiply_adds_count_the_matrix_products():
    forward_count, backward_count = multiply_adds((784, 128, 64, 10), m=256)
    assert forward_count == 256 * (784 * 128 + 128 * 64 + 64 * 10)
    # δ^l (A^{l-1})ᵀ in every layer, (W^l)ᵀ δ^l in layers 2 and 3 only.
    assert backward_count == forward_count + 256 * (128 * 64 + 64 * 10)


def test_finite_differences_call_the_cost_2p_times():
    sizes = (3, 4, 2)
    weights, biases, x, y = example_network(sizes, m=2)
    calls = []

    def counted(arrays):
        calls.append(1)
        return cost(arrays[:2], arrays[2:], x, y)

    central_difference_arrays(counted, [*weights, *biases])
    finite, backprop_passes = forward_pass_equivalents(sizes)
    assert len(calls) == finite == 2 * parameter_count(sizes)
    assert 2 <= backprop_passes <= 3


def test_the_pages_small_network():
    weights, _ = init_network(layers.SIZES, layers.SEED)
    assert [W.shape for W in weights] == [(2, 2), (3, 2), (1, 3)]
    assert layers.X.shape == (2, 1)
    assert layers.Y.shape == (1, 1)


# --- bad sizes, seeds, counts and traces (issue 19 §3) ------------------------------------------


WHOLE = r"sizes\[0\]: expected a whole number \(an int\),"


@pytest.mark.parametrize(
    ("sizes", "error", "message"),
    [
        ([2.7, 3], TypeError, rf"^{WHOLE} got 2\.7 \(float\)$"),
        ([3.0, 3], TypeError, rf"^{WHOLE} got 3\.0 \(float\)$"),
        (["3", "4"], TypeError, rf"^{WHOLE} got '3' \(str\)$"),
        ([True, 3], TypeError, rf"^{WHOLE} got True \(bool\)$"),
        (5, TypeError, r"^sizes: expected a list of layer sizes \[n_0, …, n_L\], got 5 \(int\)$"),
        ("34", TypeError, r"^sizes: expected a list of layer sizes"),
        (None, TypeError, r"^sizes: expected a list of layer sizes"),
        ([-1, 5], ValueError, r"^sizes\[0\]: expected a whole number ≥ 1, got -1$"),
        ([], ValueError, r"^sizes: expected at least two layer sizes"),
    ],
)
@pytest.mark.parametrize("function", [init_network, parameter_count, multiply_adds,
                                      forward_pass_equivalents])
def test_sizes_must_be_whole_numbers_of_neurons(function, sizes, error, message):
    with pytest.raises(error, match=message):
        function(sizes)


def test_sizes_accept_numpy_integers_and_counts_do_not_overflow():
    weights, _ = init_network(np.array([3, 2]), seed=np.int64(4))
    assert weights[0].shape == (2, 3)
    assert init_network([np.int64(3), np.uint8(2)])[0][0].shape == (2, 3)
    # int64 products would wrap around silently; whole numbers are Python ints, exact.
    assert parameter_count(np.array([10**10, 10**10])) == 10**20 + 10**10


def test_multiply_adds_wants_a_whole_number_of_examples():
    with pytest.raises(ValueError, match=r"^m: expected a whole number ≥ 1, got -2$"):
        multiply_adds([3, 2], m=-2)
    with pytest.raises(TypeError, match=r"^m: expected a whole number \(an int\), got 2\.0"):
        multiply_adds([3, 2], m=2.0)
    assert multiply_adds([3, 2], m=np.int64(2)) == (12, 12)


@pytest.mark.parametrize(("seed", "error"), [(-1, ValueError), (2.5, TypeError),
                                             ("seed", TypeError), (None, TypeError)])
def test_init_network_seed_is_a_whole_number(seed, error):
    with pytest.raises(error, match=r"^seed: expected a whole number"):
        init_network([2, 1], seed)


def test_init_network_refuses_too_many_parameters_before_drawing_any(monkeypatch):
    def no_drawing(seed):
        raise AssertionError("drew numbers for a refused network")

    monkeypatch.setattr(layers.np.random, "default_rng", no_drawing)
    with pytest.raises(ValueError, match=r"^sizes: expected at most 1,000,000 parameters "
                                         r"\(weights and biases\), got 100,020,001$"):
        init_network([10_000, 10_000, 1])


@pytest.mark.parametrize("function", [cost, backprop, backprop_loops])
def test_a_missing_y_is_named(function):
    weights, biases, x, _ = example_network()
    # It used to fail with "too many values to unpack".
    with pytest.raises(TypeError, match=r"^y: expected real or complex numbers, got dtype object "
                                        r"\(NoneType\)$"):
        function(weights, biases, x, None)


def test_backward_checks_the_activations_it_is_given():
    weights, biases, x, y = example_network()
    zs, activations = forward(weights, biases, x)
    broken = [activations[0], np.where(activations[1] > 0.5, np.inf, activations[1]),
              *activations[2:]]
    # An inf in A^1 used to come out as -inf in dC_dW.
    with pytest.raises(ValueError, match=r"^A\^1: expected finite numbers"):
        backward(weights, zs, broken, y)
    with pytest.raises(ValueError, match=r"^Z\^2: expected shape \(3, 6\), from W\^2 \(3, 5\) "
                                         r"and y \(2, 6\), got \(3, 5\)$"):
        backward(weights, [zs[0], zs[1][:, :5], zs[2]], activations, y)
    with pytest.raises(ValueError, match=r"^A\^0: expected shape \(4, 6\), from W\^1 \(5, 4\)"):
        backward(weights, zs, [activations[0].T, *activations[1:]], y)
    with pytest.raises(ValueError, match=r"^y: expected shape \(n_L, m\), one column per example, "
                                         r"got \(12,\)$"):
        backward(weights, zs, activations, y.ravel())
    with pytest.raises(TypeError, match=r"^activations: expected a list of arrays, got ndarray$"):
        backward(weights, zs, activations[1], y)
    with pytest.raises(ValueError, match=r"^W\^2: expected a 2-D matrix"):
        backward([weights[0], weights[1].ravel(), weights[2]], zs, activations, y)


def test_backward_takes_plain_lists_and_gives_the_same_gradients():
    weights, biases, x, y = example_network()
    zs, activations = forward(weights, biases, x)
    as_arrays = backward(weights, zs, activations, y)
    as_lists = backward([W.tolist() for W in weights], [z.tolist() for z in zs],
                        [a.tolist() for a in activations], y.tolist())
    for one, two in zip([*as_arrays[1], *as_arrays[2]], [*as_lists[1], *as_lists[2]],
                        strict=True):
        np.testing.assert_array_equal(one, two)


def test_forward_and_check_network_want_lists():
    weights, biases, x, _ = example_network()
    with pytest.raises(TypeError, match=r"^weights: expected a list of arrays, got NoneType$"):
        forward(None, biases, x)
    with pytest.raises(TypeError, match=r"^biases: expected a list of arrays, got ndarray$"):
        forward(weights, biases[0], x)


def test_backprop_loops_refuses_more_loop_steps_than_the_limit_before_any_pass(monkeypatch):
    def no_pass(*args):
        raise AssertionError("ran a forward pass for a refused network")

    monkeypatch.setattr(layers, "forward", no_pass)
    weights, biases = [np.zeros((1000, 1000))], [np.zeros(1000)]
    with pytest.raises(ValueError, match=r"^weights and x: expected at most 1,000,000 loop steps "
                                         r"\(m × the number of weights\), got 2,000,000$"):
        backprop_loops(weights, biases, np.zeros((1000, 2)), np.zeros((1000, 2)))


@pytest.mark.parametrize("function", [forward, cost, backprop, backprop_loops])
def test_a_batch_whose_zs_would_pass_the_limit_is_refused_before_any_product(function):
    # 1.1 MB of input (W^1 of 10 000 × 1 and 100 000 examples of 1 input) used to ask for a
    # 7.45 GiB Z^1 (MemoryError, or the machine killing the process).
    weights, biases = [np.zeros((10_000, 1))], [np.zeros(10_000)]
    x, y = np.zeros((1, 100_000)), np.zeros((10_000, 1))
    arguments = (weights, biases, x) if function is forward else (weights, biases, x, y)
    with pytest.raises(ValueError, match=r"^weights and x: expected at most 4,000,000 values in "
                                         r"Z\^1, …, Z\^L, m·\(n_1 \+ … \+ n_L\), "
                                         r"got 1,000,000,000$"):
        function(*arguments)


def test_the_batch_limit_counts_every_layer_and_every_example(monkeypatch):
    weights, biases, x, y = example_network()  # m·(n_1 + … + n_L) is counted exactly
    values = x.shape[1] * sum(W.shape[0] for W in weights)
    monkeypatch.setattr(layers, "MAX_BATCH_VALUES", values)
    backprop(weights, biases, x, y)  # at the limit: accepted
    monkeypatch.setattr(layers, "MAX_BATCH_VALUES", values - 1)
    with pytest.raises(ValueError, match=rf"^weights and x: expected at most {values - 1:,} "):
        backprop(weights, biases, x, y)
