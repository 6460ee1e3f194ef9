"""A chain of one-neuron layers, in the lecture's notation.

Layer l (l = 1, …, L) has one weight w^l and one bias b^l; a^0 is the input:

    z^l = w^l a^{l-1} + b^l,    a^l = σ(z^l),    C_0 = (a^L - y)^2

Superscripts are layer numbers, not powers. The parameters are 1-D arrays ``w`` and
``b`` of length L. Python counts from 0, so w^l is ``w[layer - 1]``; activations are
stored with a^0 first, so a^l is ``a[layer]``. One example: ``a0`` and ``y`` are numbers.
The layers are run one at a time in Python, at most MAX_LAYERS of them.
"""

import numpy as np

from snippets.checks import as_array, as_scalar, same_shape
from snippets.cost import squared_error, squared_error_prime
from snippets.neuron import sigmoid, sigmoid_prime

# The chain the pages trace: L = 3 layers, one input a^0 and one target y.
W = np.array([1.5, -2.0, 2.5])  # w^1, w^2, w^3
B = np.array([0.5, 1.0, -0.5])  # b^1, b^2, b^3
A0 = 0.5  # the input a^0
Y = 0.9  # the target y
MAX_LAYERS = 10_000  # L, for forward and backward (a Python loop over the layers)


def _parameters(w, b):
    w, b = as_array(w, "w", max_size=MAX_LAYERS), as_array(b, "b", max_size=MAX_LAYERS)
    if w.ndim != 1:
        raise ValueError(f"w: expected a 1-D array, one weight per layer, got shape {w.shape}")
    same_shape(w=w, b=b)
    return w, b


# --8<-- [start:forward]
def forward(w, b, a0):
    """Run the chain upwards. Returns (z, a), of shapes (L,) and (L + 1,).

    z[layer - 1] = z^l = w^l a^{l-1} + b^l,  a[layer] = a^l = σ(z^l),
    and a[0] = a^0 = a0.
    """
    w, b = _parameters(w, b)
    a0 = as_scalar(a0, "a0")
    L = len(w)
    z = np.zeros(L, dtype=np.result_type(w, b, a0))
    a = np.zeros(L + 1, dtype=z.dtype)
    a[0] = a0
    for layer in range(1, L + 1):
        z[layer - 1] = w[layer - 1] * a[layer - 1] + b[layer - 1]
        a[layer] = sigmoid(z[layer - 1])
    return z, a
# --8<-- [end:forward]


def cost(w, b, a0, y):
    """C_0 = (a^L - y)^2 for the one example (a0, y)."""
    _, a = forward(w, b, a0)
    return squared_error(a[-1], as_scalar(y, "y"))


def _trace(w, z, a, y):
    w = as_array(w, "w", max_size=MAX_LAYERS)
    z, a = as_array(z, "z", max_size=MAX_LAYERS), as_array(a, "a", max_size=MAX_LAYERS + 1)
    L = w.size
    if w.shape != (L,) or z.shape != (L,) or a.shape != (L + 1,):
        raise ValueError(
            f"expected w and z of shape (L,) and a of shape (L + 1,), "
            f"got w {w.shape}, z {z.shape}, a {a.shape}"
        )
    y = as_scalar(y, "y")
    # One dtype for all: a complex y (or w) makes the slopes complex, not cast to real.
    dtype = np.result_type(w, z, a, y)
    return w.astype(dtype), z.astype(dtype), a.astype(dtype), y


# --8<-- [start:backward]
def backward(w, z, a, y):
    """Run the chain downwards: δ^l = ∂C_0/∂z^l for every layer, and the slopes.

        ∂C_0/∂a^L = 2(a^L - y),      δ^l = ∂C_0/∂a^l · σ'(z^l),
        ∂C_0/∂a^{l-1} = w^l δ^l,     hence δ^l = w^{l+1} δ^{l+1} σ'(z^l),
        ∂C_0/∂w^l = a^{l-1} δ^l,     ∂C_0/∂b^l = δ^l.

    z and a come from forward. Returns (delta, dC_dw, dC_db, dC_da):
    layer l at index l - 1 in the first three (shape (L,)), and
    ∂C_0/∂a^l at index l in dC_da (shape (L + 1,), from a^0 to a^L).
    """
    w, z, a, y = _trace(w, z, a, y)
    L = len(w)
    delta = np.zeros_like(z)
    dC_da = np.zeros_like(a)
    dC_da[L] = squared_error_prime(a[L], y)  # 2(a^L - y)
    for layer in range(L, 0, -1):
        slope = sigmoid_prime(z[layer - 1])  # ∂a^l/∂z^l = σ'(z^l)
        delta[layer - 1] = dC_da[layer] * slope
        dC_da[layer - 1] = w[layer - 1] * delta[layer - 1]  # ∂z^l/∂a^{l-1} = w^l
    dC_dw = a[:-1] * delta  # ∂z^l/∂w^l = a^{l-1}
    dC_db = delta.copy()  # ∂z^l/∂b^l = 1
    return delta, dC_dw, dC_db, dC_da
# --8<-- [end:backward]


def gradients(w, b, a0, y):
    """(∂C_0/∂w^l, ∂C_0/∂b^l) for l = 1..L: one forward pass, then one backward pass."""
    w, _ = _parameters(w, b)
    z, a = forward(w, b, a0)
    _, dC_dw, dC_db, _ = backward(w, z, a, y)
    return dC_dw, dC_db
