"""∂C/∂b must match how C is defined: the mean of δ over the batch for a mean cost."""

import numpy as np

from snippets.gradcheck import check_network_gradients
from snippets.layers import backward, cost, forward, init_network
from snippets.verify import TOLERANCE, agree, claim

# --8<-- [start:batch]
sizes, m = (3, 4, 2), 8
weights, biases = init_network(sizes, seed=3)
rng = np.random.default_rng(3)
x, y = rng.normal(size=(3, m)), rng.uniform(size=(2, m))


def mean_cost(w, b):
    return cost(w, b, x, y, reduction="mean")  # C = (1/m) Σ_i C_i


zs, activations = forward(weights, biases, x)
deltas, dC_dW, dC_db = backward(weights, zs, activations, y)  # (1/m) Σ_i δ_i: right
slip_db = [delta.sum(axis=1) for delta in deltas]  # Σ_i δ_i, the 1/m forgotten: the slip
# --8<-- [end:batch]

print(f"C is the mean cost over a batch of m = {m} examples.")
errors = {}
for label, biases_slope in (("mean of δ (right)", dC_db), ("sum of δ (slip) ", slip_db)):
    errors[label] = check_network_gradients(mean_cost, weights, biases, dC_dW, biases_slope)
    print(f"{label}:  ∂C/∂b^2 = {np.array2string(biases_slope[1], precision=6)}")
    print("  errors vs finite differences: "
          + "  ".join(f"{name} {error:.1e}" for name, error in errors[label].items()))
print(f"slip / right for ∂C/∂b^2: {slip_db[1] / dC_db[1]}, the batch size m")

right, slip = errors.values()
claim(max(right.values()) < TOLERANCE, f"the mean of δ passes the check {right}")
claim(max(slip["W^1"], slip["W^2"]) < TOLERANCE < 1e-2 < min(slip["b^1"], slip["b^2"]),
      f"with the slip the weights still pass and the biases fail {slip}")
agree("slip / right", slip_db[1] / dC_db[1], [m, m], "the batch size m")
