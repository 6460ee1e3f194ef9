"""The mixed partial derivative ∂²C/∂b∂w: how the bias changes the slope in the w direction.

For one sigmoid neuron and n examples, z = w·a_prev + b, a = σ(z) and
C(w, b) = (1/n) Σ (a - y)^2. ``w`` and ``b`` are numbers; ``a_prev`` and ``y``
hold one example (numbers) or n examples (1-D arrays of the same shape).
"""

import numpy as np

from snippets.checks import as_array, same_shape
from snippets.neuron import forward, sigmoid_prime


# --8<-- [start:sigmoid_second]
def sigmoid_second(z):
    """σ''(z) = σ'(z)·(1 - 2σ(z)), computed as -σ'(z)·tanh(z/2). Same shape as z.

    The product rule on σ'(z) = σ(z)(1 - σ(z)) gives σ'·(1 - σ) - σ·σ',
    which is σ'·(1 - 2σ). Near z = 0, 1 - 2σ(z) subtracts two numbers near 1
    and loses digits; it equals -tanh(z/2) exactly, and tanh keeps full
    relative precision at every z, 0 and the tails included (complex z too).
    """
    z = as_array(z, "z")
    return -sigmoid_prime(z) * np.tanh(z / 2)
# --8<-- [end:sigmoid_second]


# --8<-- [start:mixed_partial]
def d2C_db_dw(w, b, a_prev, y):
    """∂²C/∂b∂w = ∂/∂b (∂C/∂w): how fast ∂C/∂w changes as b moves, w held fixed.

    ∂C/∂w = (1/n) Σ a_prev·σ'(z)·2(a - y). Moving b moves z at rate 1, and
    the product rule on σ'(z)·2(a - y) gives σ''(z)·2(a - y) + σ'(z)·2σ'(z):

        ∂²C/∂b∂w = (1/n) Σ a_prev·2[σ''(z)(a - y) + σ'(z)^2].

    Returns one number. It is not zero: b changes the slope in the w direction.
    """
    a_prev, y = as_array(a_prev, "a_prev"), as_array(y, "y")
    same_shape(a_prev=a_prev, y=y)
    z, a = forward(w, b, a_prev)
    bracket = sigmoid_second(z) * (a - y) + sigmoid_prime(z) ** 2
    return np.mean(a_prev * 2 * bracket)
# --8<-- [end:mixed_partial]
