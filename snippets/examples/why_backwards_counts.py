"""Finite differences, counted: one forward pass per nudge, two nudges per parameter."""

import numpy as np

from snippets.gradcheck import central_difference_arrays
from snippets.layers import cost, init_network, parameter_count
from snippets.verify import agree

# --8<-- [start:count_calls]
sizes = (3, 4, 2)
weights, biases = init_network(sizes)
x, y = np.ones((3, 1)), np.full((2, 1), 0.5)
calls = []


def counted_cost(arrays):
    calls.append(1)  # one call = one forward pass of the whole network
    return cost(arrays[:2], arrays[2:], x, y)


central_difference_arrays(counted_cost, [*weights, *biases])
P = parameter_count(sizes)
print(f"network {sizes}: P = {P} parameters, {len(calls)} forward passes")
# --8<-- [end:count_calls]
agree("P", P, sum(a.size for a in [*weights, *biases]), "counting the entries")
agree("forward passes", len(calls), 2 * P, "two per parameter")
