"""The cost surface C(w, b) evaluated over a whole grid at once, by broadcasting.

For grid axes ``w`` (m values) and ``b`` (k values) and n examples, every
result has shape (k, m): row i is the slice b = b[i], column j the slice w = w[j].
"""

import numpy as np

from snippets.checks import as_array, same_shape
from snippets.cost import cross_entropy, cross_entropy_delta, squared_error, squared_error_prime
from snippets.neuron import sigmoid, sigmoid_prime

COSTS = ("squared_error", "cross_entropy")


def _grid_inputs(w, b, a_prev, y, cost):
    if cost not in COSTS:
        raise ValueError(f"cost: expected one of {COSTS}, got {cost!r}")
    w, b = as_array(w, "w"), as_array(b, "b")
    a_prev, y = as_array(a_prev, "a_prev"), as_array(y, "y")
    for name, axis in (("w", w), ("b", b), ("a_prev", a_prev)):
        if axis.ndim != 1:
            raise ValueError(f"{name}: expected a 1-D array, got shape {axis.shape}")
    same_shape(a_prev=a_prev, y=y)
    z = w[np.newaxis, :, np.newaxis] * a_prev + b[:, np.newaxis, np.newaxis]  # (k, m, n)
    return z, sigmoid(z), a_prev, np.broadcast_to(y, z.shape)


# --8<-- [start:cost_grid]
def cost_grid(w, b, a_prev, y, cost="squared_error"):
    """C(w, b) = (1/n) Σ C_0 over n examples, on the grid (k, m); z = w·a_prev + b.

    cost="squared_error": C_0 = (σ(z) - y)^2.
    cost="cross_entropy": C_0 = softplus(z) - y·z.
    """
    z, a, _, y = _grid_inputs(w, b, a_prev, y, cost)
    if cost == "cross_entropy":
        return np.mean(cross_entropy(z, y), axis=-1)
    return np.mean(squared_error(a, y), axis=-1)
# --8<-- [end:cost_grid]


# --8<-- [start:gradient_grid]
def gradient_grid(w, b, a_prev, y, cost="squared_error"):
    """(∂C/∂w, ∂C/∂b) on the grid, each of shape (k, m).

    With δ = ∂C_0/∂z per example, ∂C/∂w = (1/n) Σ δ·a_prev, ∂C/∂b = (1/n) Σ δ;
    δ = 2(a - y)·σ'(z) for squared error, δ = a - y for cross-entropy.
    """
    z, a, a_prev, y = _grid_inputs(w, b, a_prev, y, cost)
    n = a_prev.size  # C is a mean over n examples
    if cost == "cross_entropy":
        delta = cross_entropy_delta(a, y) / n
    else:
        delta = squared_error_prime(a, y) / n * sigmoid_prime(z)
    return np.sum(delta * a_prev, axis=-1), np.sum(delta, axis=-1)
# --8<-- [end:gradient_grid]
