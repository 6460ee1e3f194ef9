"""Layers of many sigmoid neurons, vectorised over a mini-batch with one column per example.

Layer l (l = 1, …, L) has n_l neurons, a weight matrix W^l of shape (n_l, n_{l-1}) and
a bias vector b^l of shape (n_l,). Entry w^l_{jk} of W^l (row j, column k) is the weight
from neuron k of layer l-1 to neuron j of layer l. A batch of m examples is a matrix
with one column per example: the input is A^0 = X, shape (n_0, m); targets Y, (n_L, m).

    Z^l = W^l A^{l-1} + b^l  (b^l added to every column),    A^l = σ(Z^l)
    C_i = Σ_j (a^L_j - y_j)^2  (one example i),    C = (1/m) Σ_i C_i  or  Σ_i C_i

``reduction`` picks the mean ("mean", the default) or the sum ("sum") over the batch.
Lists count from 0: ``weights[layer - 1]`` is W^l and ``activations[layer]`` is A^l.
Every function is stateless: it reads its arguments and returns new arrays.

Limits, checked before anything is made: init_network makes at most MAX_PARAMETERS
weights and biases; forward (and so cost, backprop and backprop_loops) makes at most
MAX_BATCH_VALUES numbers in Z^1, …, Z^L, m·(n_1 + … + n_L), and as many in A^1, …, A^L;
and backprop_loops, the slow reference, turns its inner loop at most MAX_LOOP_STEPS
times (m times the number of weights; about a second of Python).
"""

from itertools import pairwise

import numpy as np

from snippets.checks import as_array, as_choice, as_list, as_whole_number, within_limit
from snippets.cost import squared_error
from snippets.neuron import sigmoid, sigmoid_prime, squared_error_delta

REDUCTIONS = ("mean", "sum")
MAX_PARAMETERS = 1_000_000  # init_network: weights and biases in all (8 MB of float64)
MAX_BATCH_VALUES = 4_000_000  # forward: m × (n_1 + … + n_L) values in the zs (32 MB of float64)
MAX_LOOP_STEPS = 1_000_000  # backprop_loops: m × (number of weights) turns of its inner loop

# The small network the pages trace: 2 inputs, 2 then 3 hidden neurons, 1 output,
# with weights and biases from init_network(SIZES, SEED), and one example (X, Y).
SIZES = (2, 2, 3, 1)
SEED = 17
X = np.array([[1.0], [-0.5]])
Y = np.array([[0.05]])


def layer_sizes(sizes):
    """Return ``sizes`` as a list [n_0, …, n_L] of at least two whole numbers ≥ 1, or raise."""
    if isinstance(sizes, np.ndarray):
        sizes = sizes.tolist()
    if not isinstance(sizes, list | tuple):
        raise TypeError(
            f"sizes: expected a list of layer sizes [n_0, …, n_L], got {sizes!r} "
            f"({type(sizes).__name__})"
        )
    if len(sizes) < 2:
        raise ValueError(f"sizes: expected at least two layer sizes [n_0, …, n_L], got {sizes!r}")
    return [as_whole_number(n, f"sizes[{i}]", minimum=1) for i, n in enumerate(sizes)]


def init_network(sizes, seed=0):
    """Random (weights, biases) for layer sizes [n_0, …, n_L].

    Entries of W^l are drawn from N(0, 1/n_{l-1}) and entries of b^l from N(0, 1).
    At most MAX_PARAMETERS weights and biases in all; ``seed`` is a whole number ≥ 0.
    """
    sizes, seed = layer_sizes(sizes), as_whole_number(seed, "seed")
    within_limit(parameter_count(sizes), MAX_PARAMETERS, "sizes", "parameters (weights and biases)")
    rng = np.random.default_rng(seed)
    weights = [rng.normal(0, 1 / np.sqrt(n_in), (n_out, n_in)) for n_in, n_out in pairwise(sizes)]
    biases = [rng.normal(0, 1, n_out) for n_out in sizes[1:]]
    return weights, biases


def _weight_matrices(weights):
    weights = [as_array(W, f"W^{n}") for n, W in enumerate(weights, start=1)]
    for n, W in enumerate(weights, start=1):
        if W.ndim != 2:
            raise ValueError(f"W^{n}: expected a 2-D matrix, got shape {W.shape}")
        if n > 1 and W.shape[1] != weights[n - 2].shape[0]:
            raise ValueError(
                f"W^{n}: expected {weights[n - 2].shape[0]} columns, one per neuron of layer "
                f"{n - 1} (W^{n - 1} has shape {weights[n - 2].shape}), got shape {W.shape}"
            )
    return weights


def check_network(weights, biases):
    """Return (weights, biases) as lists of float arrays, or raise naming the first bad layer."""
    for name, arrays in (("weights", weights), ("biases", biases)):
        if not isinstance(arrays, list | tuple):
            raise TypeError(f"{name}: expected a list of arrays, got {type(arrays).__name__}")
    if len(weights) != len(biases) or len(weights) == 0:
        raise ValueError(
            f"expected one bias vector per weight matrix (at least one layer), "
            f"got {len(weights)} weight matrices and {len(biases)} bias vectors"
        )
    weights = _weight_matrices(weights)
    biases = [as_array(b, f"b^{n}") for n, b in enumerate(biases, start=1)]
    for n, (W, b) in enumerate(zip(weights, biases, strict=True), start=1):
        if b.shape != (W.shape[0],):
            raise ValueError(
                f"b^{n}: expected shape ({W.shape[0]},), one bias per row of W^{n} "
                f"{W.shape}, got shape {b.shape}"
            )
    return weights, biases


_NO_TARGETS = object()


def check_batch(weights, x, y=_NO_TARGETS):
    """Return x, or (x, y) when y is passed, as 2-D float arrays with one column per example.

    ``weights`` are checked as in check_network. A y of None is refused like any bad y.
    A batch whose Z^1, …, Z^L would hold more than MAX_BATCH_VALUES numbers is refused.
    """
    weights = _weight_matrices(as_list(weights, "weights"))
    x = as_array(x, "x")
    n_0, n_L = weights[0].shape[1], weights[-1].shape[0]
    if x.ndim != 2 or x.shape[0] != n_0:
        hint = " (examples go in columns: pass x.T)" if x.ndim == 2 and x.shape[1] == n_0 else ""
        raise ValueError(
            f"x: expected shape ({n_0}, m), one column per example, got {x.shape}{hint}"
        )
    values = x.shape[1] * sum(W.shape[0] for W in weights)
    what = "values in Z^1, …, Z^L, m·(n_1 + … + n_L)"
    within_limit(values, MAX_BATCH_VALUES, "weights and x", what)
    if y is _NO_TARGETS:
        return x
    y = as_array(y, "y")
    if y.shape != (n_L, x.shape[1]):
        raise ValueError(
            f"y: expected shape ({n_L}, {x.shape[1]}), one column per example of x, got {y.shape}"
        )
    return x, y


def _scale(reduction, m):
    as_choice(reduction, "reduction", REDUCTIONS)
    return 1 / m if reduction == "mean" else 1.0


# --8<-- [start:forward]
def forward(weights, biases, x):
    """Run the network upwards. Returns (zs, activations), two lists:

    zs[layer - 1] = Z^l = W^l A^{l-1} + b^l, shape (n_l, m), and
    activations[layer] = A^l = σ(Z^l), from A^0 = x, shape (n_0, m).
    """
    weights, biases = check_network(weights, biases)
    activation = check_batch(weights, x)
    zs, activations = [], [activation]
    for W, b in zip(weights, biases, strict=True):
        z = W @ activation + b[:, np.newaxis]  # b^l added to every column
        activation = sigmoid(z)
        zs.append(z)
        activations.append(activation)
    return zs, activations
# --8<-- [end:forward]


def cost(weights, biases, x, y, reduction="mean"):
    """C = (1/m) Σ_i Σ_j (a^L_j - y_j)^2 over the m columns (or the sum, if reduction="sum")."""
    weights, biases = check_network(weights, biases)
    x, y = check_batch(weights, x, y)
    scale = _scale(reduction, x.shape[1])
    _, activations = forward(weights, biases, x)
    return scale * np.sum(squared_error(activations[-1], y))


def _trace(weights, zs, activations, y, reduction):
    """Check what backward is given: the weights, and the zs and activations of forward."""
    weights = _weight_matrices(as_list(weights, "weights"))
    zs, activations = as_list(zs, "zs"), as_list(activations, "activations")
    L, y = len(weights), as_array(y, "y")
    if y.ndim != 2:
        raise ValueError(f"y: expected shape (n_L, m), one column per example, got {y.shape}")
    zs = [as_array(z, f"Z^{n}") for n, z in enumerate(zs, start=1)]
    activations = [as_array(a, f"A^{n}") for n, a in enumerate(activations)]
    if len(zs) != L or len(activations) != L + 1 or y.shape != activations[-1].shape:
        raise ValueError(
            f"expected {L} zs, {L + 1} activations and y shaped like A^L, got {len(zs)} zs, "
            f"{len(activations)} activations and y of shape {y.shape}"
        )
    m = y.shape[1]
    for n, W in enumerate(weights, start=1):
        expected = {f"A^{n - 1}": (W.shape[1], m), f"Z^{n}": (W.shape[0], m),
                    f"A^{n}": (W.shape[0], m)}
        got = {f"A^{n - 1}": activations[n - 1], f"Z^{n}": zs[n - 1], f"A^{n}": activations[n]}
        for name, shape in expected.items():
            if got[name].shape != shape:
                raise ValueError(
                    f"{name}: expected shape {shape}, from W^{n} {W.shape} and y {y.shape}, "
                    f"got {got[name].shape}"
                )
    return weights, zs, activations, y, _scale(reduction, m)


# --8<-- [start:backward]
def backward(weights, zs, activations, y, reduction="mean"):
    """δ^l for every layer, from the top down, then the gradients of C.

        δ^L = ∇_a C_i ⊙ σ'(Z^L)               ∂C/∂b^l = (1/m) Σ_i δ^l_i
        δ^l = ((W^{l+1})ᵀ δ^{l+1}) ⊙ σ'(Z^l)    ∂C/∂W^l = (1/m) δ^l (A^{l-1})ᵀ

    Column i of δ^l is ∂C_i/∂z^l. With reduction="sum" the 1/m is dropped.
    zs and activations come from forward. Returns (deltas, dC_dW, dC_db).
    """
    weights, zs, activations, y, scale = _trace(weights, zs, activations, y, reduction)
    L = len(weights)
    deltas = [None] * L
    deltas[L - 1] = squared_error_delta(zs[L - 1], activations[L], y)  # 2(a^L - y) ⊙ σ'(z^L)
    for layer in range(L - 1, 0, -1):
        W, delta = weights[layer], deltas[layer]  # W^{l+1}, δ^{l+1}
        deltas[layer - 1] = (W.T @ delta) * sigmoid_prime(zs[layer - 1])
    a_prevs = activations[:-1]  # A^{l-1} for l = 1, …, L
    dC_db = [scale * delta.sum(axis=1) for delta in deltas]
    dC_dW = [scale * delta @ a_prev.T
             for delta, a_prev in zip(deltas, a_prevs, strict=True)]
    return deltas, dC_dW, dC_db
# --8<-- [end:backward]


def backprop(weights, biases, x, y, reduction="mean"):
    """(dC_dW, dC_db): lists of ∂C/∂W^l, shape (n_l, n_{l-1}), and ∂C/∂b^l, shape (n_l,)."""
    weights, biases = check_network(weights, biases)
    x, y = check_batch(weights, x, y)
    zs, activations = forward(weights, biases, x)
    _, dC_dW, dC_db = backward(weights, zs, activations, y, reduction)
    return dC_dW, dC_db


def _small_enough_for_loops(weights, biases, x, y):
    weights, biases = check_network(weights, biases)
    x, y = check_batch(weights, x, y)
    steps = x.shape[1] * sum(W.size for W in weights)
    within_limit(steps, MAX_LOOP_STEPS, "weights and x", "loop steps (m × the number of weights)")
    return weights, biases, x, y


# --8<-- [start:loops]
def backprop_loops(weights, biases, x, y, reduction="mean"):
    """The same gradients as backprop, one number at a time: a slow reference.

    Activation k of layer l-1 feeds every neuron j of layer l, so its slope
    adds up one term per path: ∂C_i/∂a^{l-1}_k = Σ_j w^l_{jk} δ^l_j.
    Every sum is written out as a +=.
    """
    weights, biases, x, y = _small_enough_for_loops(weights, biases, x, y)
    scale = _scale(reduction, x.shape[1])
    zs, activations = forward(weights, biases, x)
    dC_dW = [np.zeros_like(W) for W in weights]
    dC_db = [np.zeros_like(b) for b in biases]
    for e in range(x.shape[1]):  # one example (column) at a time
        dC_da = 2 * (activations[-1][:, e] - y[:, e])  # ∂C_i/∂a^L_j
        for layer in range(len(weights), 0, -1):
            W = weights[layer - 1]
            a_prev = activations[layer - 1][:, e]
            slope = sigmoid_prime(zs[layer - 1][:, e])  # σ'(z^l_j)
            dC_da_prev = np.zeros_like(a_prev)
            for j in range(W.shape[0]):
                delta = dC_da[j] * slope[j]  # δ^l_j
                dC_db[layer - 1][j] += scale * delta
                for k in range(W.shape[1]):
                    dC_dW[layer - 1][j, k] += scale * a_prev[k] * delta
                    dC_da_prev[k] += W[j, k] * delta  # a fork: sum over j
            dC_da = dC_da_prev
    return dC_dW, dC_db
# --8<-- [end:loops]


# --8<-- [start:counting]
def parameter_count(sizes):
    """P = Σ_l (n_l n_{l-1} + n_l): every weight and every bias."""
    sizes = layer_sizes(sizes)
    return sum(n_out * n_in + n_out for n_in, n_out in pairwise(sizes))


def multiply_adds(sizes, m=1):
    """Multiply-adds in the matrix products of one forward and one backward pass.

    Forward: W^l A^{l-1} in every layer. Backward: δ^l (A^{l-1})ᵀ in every
    layer, and (W^l)ᵀ δ^l in every layer but the first (nothing needs ∂C/∂A^0).
    Returns (forward, backward).
    """
    sizes, m = layer_sizes(sizes), as_whole_number(m, "m", minimum=1)
    products = [n_out * n_in * m for n_in, n_out in pairwise(sizes)]
    return sum(products), sum(products) + sum(products[1:])


def forward_pass_equivalents(sizes):
    """A full gradient, counted in forward passes: (finite differences, backprop).

    Central differences: two forward passes per parameter, 2P.
    Backprop: one forward pass, then one backward pass: 1 + backward / forward.
    """
    forward, backward = multiply_adds(sizes)
    return 2 * parameter_count(sizes), 1 + backward / forward
# --8<-- [end:counting]
