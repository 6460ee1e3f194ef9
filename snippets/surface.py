"""The cost surface C(w, b) evaluated over a whole grid at once, by broadcasting.

For grid axes ``w`` (m values) and ``b`` (k values) and n examples, every
result has shape (k, m): row i is the slice b = b[i], column j the slice w = w[j].
"""

import numpy as np

from snippets.checks import as_array, same_shape
from snippets.neuron import sigmoid, sigmoid_prime


def _grid_inputs(w, b, a_prev, y):
    w, b = as_array(w, "w"), as_array(b, "b")
    a_prev, y = as_array(a_prev, "a_prev"), as_array(y, "y")
    for name, axis in (("w", w), ("b", b), ("a_prev", a_prev)):
        if axis.ndim != 1:
            raise ValueError(f"{name}: expected a 1-D array, got shape {axis.shape}")
    same_shape(a_prev=a_prev, y=y)
    z = w[np.newaxis, :, np.newaxis] * a_prev + b[:, np.newaxis, np.newaxis]  # (k, m, n)
    return z, sigmoid(z), a_prev, y


# --8<-- [start:cost_grid]
def cost_grid(w, b, a_prev, y):
    """C(w, b) = mean over examples of (σ(w·a_prev + b) - y)^2, on the grid (k, m)."""
    _, a, _, y = _grid_inputs(w, b, a_prev, y)
    return np.mean((a - y) ** 2, axis=-1)
# --8<-- [end:cost_grid]


# --8<-- [start:gradient_grid]
def gradient_grid(w, b, a_prev, y):
    """(∂C/∂w, ∂C/∂b) on the grid, each of shape (k, m)."""
    z, a, a_prev, y = _grid_inputs(w, b, a_prev, y)
    delta = 2 * (a - y) * sigmoid_prime(z) / a_prev.size  # ∂C/∂z per example
    return np.sum(delta * a_prev, axis=-1), np.sum(delta, axis=-1)
# --8<-- [end:gradient_grid]
