"""One sigmoid neuron in the lecture's notation.

    z = w·a_prev + b,    a = σ(z)

``a_prev`` is the activation feeding the neuron (the lecture's a^{L-1}); it may
hold one example (a number) or several (a 1-D array), and ``z`` and ``a`` then
have the same shape. ``w`` and ``b`` are single numbers.
"""

import numpy as np

from snippets.checks import as_array, as_scalar, same_shape
from snippets.cost import mean_cost, squared_error, squared_error_prime


def _examples(a_prev, y):
    """The examples (a_prev, y) as float arrays of one shape, or raise naming them."""
    a_prev, y = as_array(a_prev, "a_prev"), as_array(y, "y")
    same_shape(a_prev=a_prev, y=y)
    return a_prev, y


def sigmoid(z):
    """σ(z) = 1 / (1 + e^{-z}), without overflow for |z| up to 1000 and beyond.

    e^{-z} overflows for z < -709, so negative z use the equal form e^{z} / (1 + e^{z}).
    """
    z = as_array(z, "z")
    out = np.empty_like(z)
    positive = z.real >= 0
    out[positive] = 1.0 / (1.0 + np.exp(-z[positive]))
    e = np.exp(z[~positive])
    out[~positive] = e / (1.0 + e)
    return out


def sigmoid_prime(z):
    """σ'(z) = σ(z)·σ(-z), which equals σ(z)(1 - σ(z)).

    The product form keeps full precision in the tails, where 1 - σ(z) would
    round to 0 long before σ'(z) does.
    """
    return sigmoid(z) * sigmoid(-as_array(z, "z"))


# --8<-- [start:squared_error_delta]
def squared_error_delta(z, a, y):
    """δ = ∂C_0/∂z = 2(a - y)·σ'(z) for the squared error: ∂C_0/∂a times ∂a/∂z.

    ``a`` is σ(z), the output; z, a and y have one shape, and so does δ.
    """
    same_shape(z=as_array(z, "z"), a=as_array(a, "a"), y=as_array(y, "y"))
    return squared_error_prime(a, y) * sigmoid_prime(z)
# --8<-- [end:squared_error_delta]


def forward(w, b, a_prev):
    """Return (z, a) with z = w·a_prev + b and a = σ(z); same shape as a_prev."""
    w, b = as_scalar(w, "w"), as_scalar(b, "b")
    a_prev = as_array(a_prev, "a_prev")
    z = w * a_prev + b
    a = sigmoid(z)
    return z, a


# --8<-- [start:partials_of_z]
def partials_of_z(w, b, a_prev):
    """The three partial derivatives of z = w·a_prev + b, each with the others held fixed.

    Returns (∂z/∂w, ∂z/∂b, ∂z/∂a_prev) = (a_prev, 1, w), shaped like a_prev.
    """
    w, b = as_scalar(w, "w"), as_scalar(b, "b")
    a_prev = as_array(a_prev, "a_prev")
    dz_dw = a_prev  # b·0 + w·0: only w's own term moves
    dz_db = np.ones_like(a_prev)  # w·a_prev is held fixed: slope 1
    dz_da_prev = w * np.ones_like(a_prev)
    return dz_dw, dz_db, dz_da_prev
# --8<-- [end:partials_of_z]


def cost(w, b, a_prev, y):
    """C(w, b): the squared error averaged over the examples (a_prev, y)."""
    a_prev, y = _examples(a_prev, y)
    _, a = forward(w, b, a_prev)
    return mean_cost(squared_error(a, y))


# --8<-- [start:gradients]
def gradients(w, b, a_prev, y):
    """The partial derivatives of C(w, b) = mean (σ(w·a_prev + b) - y)^2.

    Returns (dC_dw, dC_db, dC_da_prev): two numbers, and one slope per example.
    Each is the chain rule ∂z/∂(input) · ∂a/∂z · ∂C/∂a, summed over examples.
    """
    w, (a_prev, y) = as_scalar(w, "w"), _examples(a_prev, y)
    z, a = forward(w, b, a_prev)
    n = a.size
    delta = squared_error_delta(z, a, y) / n  # ∂C/∂z for each example; C is a mean
    dC_dw = np.sum(a_prev * delta)  # ∂z/∂w = a_prev
    dC_db = np.sum(delta)  # ∂z/∂b = 1
    dC_da_prev = w * delta  # ∂z/∂a_prev = w
    return dC_dw, dC_db, dC_da_prev
# --8<-- [end:gradients]
