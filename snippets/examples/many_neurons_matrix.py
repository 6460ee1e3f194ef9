"""The matrix form against the loop-over-neurons reference and against finite differences."""

import numpy as np

from snippets.gradcheck import check_network_gradients
from snippets.layers import backprop, backprop_loops, cost, init_network
from snippets.verify import TOLERANCE, agree, claim

# --8<-- [start:matrix]
sizes, m = (4, 5, 3, 2), 6  # 4 inputs, 5 and 3 hidden, 2 outputs; 6 examples
weights, biases = init_network(sizes, seed=1)
rng = np.random.default_rng(2)
x = rng.normal(size=(sizes[0], m))  # one column per example
y = rng.uniform(size=(sizes[-1], m))

dC_dW, dC_db = backprop(weights, biases, x, y)  # the matrix form
loop_dW, loop_db = backprop_loops(weights, biases, x, y)  # loops and +=


def mean_cost(weights, biases):
    return cost(weights, biases, x, y)


errors = check_network_gradients(mean_cost, weights, biases, dC_dW, dC_db)
# --8<-- [end:matrix]

for layer in range(1, len(sizes)):
    i = layer - 1
    for name, matrix, loops in (("W", dC_dW, loop_dW), ("b", dC_db, loop_db)):
        gap = np.max(np.abs(matrix[i] - loops[i]))
        print(
            f"∂C/∂{name}^{layer} {matrix[i].shape!s:7} matrix - loops: {gap:.1e}   "
            f"error vs finite differences: {errors[f'{name}^{layer}']:.1e}"
        )
        agree(f"∂C/∂{name}^{layer}", matrix[i], loops[i], "the loops", tolerance=1e-12)
claim(max(errors.values()) < TOLERANCE, f"every array passes the finite-difference check {errors}")
