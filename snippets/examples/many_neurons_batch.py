"""∂C/∂b must match how C is defined: the mean of δ over the batch for a mean cost."""

import numpy as np

from snippets.gradcheck import check_network_gradients
from snippets.layers import backprop, cost, init_network
from snippets.verify import TOLERANCE, agree, claim

# --8<-- [start:batch]
sizes, m = (3, 4, 2), 8
weights, biases = init_network(sizes, seed=3)
rng = np.random.default_rng(3)
x, y = rng.normal(size=(3, m)), rng.uniform(size=(2, m))

def mean_cost(w, b):
    return cost(w, b, x, y, reduction="mean")  # C = (1/m) Σ_x C_x

right = backprop(weights, biases, x, y, reduction="mean")  # (1/m) Σ_x δ_x
slip = backprop(weights, biases, x, y, reduction="sum")  # Σ_x δ_x: the slip
# --8<-- [end:batch]

print(f"C is the mean cost over a batch of m = {m} examples.")
verdicts = {}
for label, (dC_dW, dC_db) in (("mean of δ (right)", right), ("sum of δ (slip) ", slip)):
    errors = check_network_gradients(mean_cost, weights, biases, dC_dW, dC_db)
    verdicts[label] = max(errors.values())
    print(f"{label}:  ∂C/∂b^2 = {np.array2string(dC_db[1], precision=6)}")
    print("  errors vs finite differences: "
          + "  ".join(f"{name} {error:.1e}" for name, error in errors.items()))
print(f"slip / right for ∂C/∂b^2: {slip[1][1] / right[1][1]}, the batch size m")

right_error, slip_error = verdicts.values()
claim(right_error < TOLERANCE, f"the mean of δ passes the check (worst error {right_error:.1e})")
claim(slip_error > 1e-2, f"the sum of δ fails the check (best error {slip_error:.1e})")
agree("slip / right", slip[1][1] / right[1][1], [m, m], "the batch size m")
