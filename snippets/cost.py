"""The cost: how far the neuron's output a is from the target y.

The lecture's choice is the squared error of one example, C_0 = (a - y)^2.
Over n examples the cost C is the mean of the C_0s. Other costs exist (the
site compares cross-entropy); squared error is a choice, not a law.
"""

import numpy as np

from snippets.checks import as_array, same_shape


def squared_error(a, y):
    """C_0 = (a - y)^2 for each example; same shape as a and y."""
    a, y = as_array(a, "a"), as_array(y, "y")
    same_shape(a=a, y=y)
    return (a - y) ** 2


def squared_error_prime(a, y):
    """∂C_0/∂a = 2(a - y): the power rule, with y held fixed."""
    a, y = as_array(a, "a"), as_array(y, "y")
    same_shape(a=a, y=y)
    return 2 * (a - y)


def mean_cost(costs):
    """C = (1/n) Σ C_0 over the n examples."""
    return np.mean(as_array(costs, "costs"))


def _check_between_0_and_1(x, name):
    if np.any((x.real < 0) | (x.real > 1)):
        raise ValueError(f"{name}: expected values between 0 and 1, got {x!r}")


def softplus(z):
    """softplus(z) = ln(1 + e^z), elementwise; finite and warning-free for |z| ≤ 1000.

    e^z overflows for z > 709, so z ≥ 0 uses the equal form z + ln(1 + e^{-z}).
    The masks look at the real part only, so complex z (for the complex-step
    check) works too.
    """
    z = as_array(z, "z")
    out = np.empty_like(z)
    positive = z.real >= 0
    out[positive] = z[positive] + np.log1p(np.exp(-z[positive]))
    out[~positive] = np.log1p(np.exp(z[~positive]))
    return out


# --8<-- [start:cross_entropy]
def cross_entropy(z, y):
    """C_0 = -[y ln a + (1 - y) ln(1 - a)] with a = σ(z), computed from z.

    As ln a = z - softplus(z) and ln(1 - a) = -softplus(z),
    C_0 = softplus(z) - y·z. For z ≥ 0 that is (1 - y)·z + ln(1 + e^{-z}):
    collecting the z terms first keeps full precision when y ≈ 1. No step
    computes ln(1 - a), so C_0 stays finite when a rounds to 0 or 1.
    z and y have the same shape, with 0 ≤ y ≤ 1.
    """
    z, y = as_array(z, "z"), as_array(y, "y")
    same_shape(z=z, y=y)
    _check_between_0_and_1(y, "y")
    out = np.empty(z.shape, dtype=np.result_type(z, y))
    positive = z.real >= 0
    zp, zn = z[positive], z[~positive]
    out[positive] = (1 - y[positive]) * zp + np.log1p(np.exp(-zp))
    out[~positive] = np.log1p(np.exp(zn)) - y[~positive] * zn
    return out


def cross_entropy_delta(a, y):
    """δ = ∂C_0/∂z = a - y: the cross-entropy's slope in z (σ'(z) has cancelled).

    Note: a slope in z, not in a. Same shape as a and y; both between 0 and 1.
    """
    a, y = as_array(a, "a"), as_array(y, "y")
    same_shape(a=a, y=y)
    _check_between_0_and_1(a, "a")
    _check_between_0_and_1(y, "y")
    return a - y
# --8<-- [end:cross_entropy]
