"""The cost: how far the neuron's output a is from the target y.

The lecture's choice is the squared error of one example, C_0 = (a - y)^2.
Over n examples the cost C is the mean of the C_0s. Other costs exist (the
site compares cross-entropy); squared error is a choice, not a law.
"""

import numpy as np

from snippets.checks import as_array, same_shape


# --8<-- [start:squared_error]
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
# --8<-- [end:squared_error]


def mean_cost(costs):
    """C = (1/n) Σ C_0 over the n examples."""
    return np.mean(as_array(costs, "costs"))
