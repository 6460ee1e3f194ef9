"""The cost surface C(w, b) evaluated over a whole grid at once, by broadcasting.

For grid axes ``w`` (m values) and ``b`` (k values) and n examples, every
result has shape (k, m): row i is the slice b = b[i], column j the slice w = w[j].

Every z = w·a_prev + b of the grid is held at once, k·m·n values, and so are a few
arrays of that size. At most MAX_GRID_VALUES of them: more is refused before any is
made. The largest grid the site uses is the explorer's accuracy probe
(explorer_data.worst_errors: 449 × 449 points × 6 examples, about 1.2 million).
"""

import numpy as np

from snippets.checks import as_array, as_choice, same_shape, within_limit
from snippets.cost import cross_entropy, cross_entropy_delta, squared_error
from snippets.neuron import sigmoid, squared_error_delta

COSTS = ("squared_error", "cross_entropy")
MAX_GRID_VALUES = 2_000_000  # len(w) × len(b) × len(a_prev): 16 MB for each array of z's size


def _one_dimensional(**arrays):
    for name, array in arrays.items():
        if array.ndim != 1:
            raise ValueError(f"{name}: expected a 1-D array, got shape {array.shape}")


def check_examples(a_prev, y, cost="squared_error"):
    """Return (a_prev, y) as 1-D float arrays of one shape, n examples; check ``cost``; or raise."""
    as_choice(cost, "cost", COSTS)
    a_prev, y = as_array(a_prev, "a_prev"), as_array(y, "y")
    _one_dimensional(a_prev=a_prev)
    same_shape(a_prev=a_prev, y=y)
    return a_prev, y


def _grid_inputs(w, b, a_prev, y, cost):
    as_choice(cost, "cost", COSTS)
    w, b = as_array(w, "w"), as_array(b, "b")
    _one_dimensional(w=w, b=b)
    a_prev, y = check_examples(a_prev, y, cost)
    within_limit(w.size * b.size * a_prev.size, MAX_GRID_VALUES, "w, b and a_prev",
                 "grid values (len(w) × len(b) × len(a_prev))")
    z = w[np.newaxis, :, np.newaxis] * a_prev + b[:, np.newaxis, np.newaxis]  # (k, m, n)
    return z, sigmoid(z), a_prev, np.broadcast_to(y, z.shape)


def cost_grid(w, b, a_prev, y, cost="squared_error"):
    """C(w, b) = (1/n) Σ C_0 over n examples, on the grid (k, m); z = w·a_prev + b.

    cost="squared_error": C_0 = (σ(z) - y)^2.
    cost="cross_entropy": C_0 = softplus(z) - y·z.
    """
    z, a, _, y = _grid_inputs(w, b, a_prev, y, cost)
    if cost == "cross_entropy":
        return np.mean(cross_entropy(z, y), axis=-1)
    return np.mean(squared_error(a, y), axis=-1)


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
        delta = squared_error_delta(z, a, y) / n
    return np.sum(delta * a_prev, axis=-1), np.sum(delta, axis=-1)
# --8<-- [end:gradient_grid]
