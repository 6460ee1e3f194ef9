"""A whole network's gradients, checked one array at a time, at a healthy and a saturated point."""

import numpy as np

from snippets.gradcheck import check_network_gradients
from snippets.layers import backprop, cost, init_network
from snippets.verify import TOLERANCE, claim

# --8<-- [start:network]
sizes, m = (5, 4, 3), 8
weights, biases = init_network(sizes, seed=6)
rng = np.random.default_rng(6)
x, y = rng.normal(size=(5, m)), rng.uniform(size=(3, m))


def mean_cost(weights, biases):
    return cost(weights, biases, x, y)


def check(weights, biases, method):
    dC_dW, dC_db = backprop(weights, biases, x, y)
    return check_network_gradients(
        mean_cost, weights, biases, dC_dW, dC_db, method=method
    )


saturated = [100 * W for W in weights]  # every |z| large: σ'(z) is almost 0
results = {
    "healthy, central differences": check(weights, biases, "central"),
    "healthy, complex step": check(weights, biases, "complex"),
    "saturated, central differences": check(saturated, biases, "central"),
    "saturated, complex step": check(saturated, biases, "complex"),
}
# --8<-- [end:network]

names = list(results["healthy, complex step"])
kinds = {"W": "weights", "b": "biases"}
print("| network, check | " + " | ".join(rf"{kinds[n[0]]} \({n}\)" for n in names) + " |")
print("|:--|" + "--:|" * len(names))
for label, errors in results.items():
    print(f"| {label} | " + " | ".join(f"{errors[n]:.1e}" for n in names) + " |")

worst = {label: max(errors.values()) for label, errors in results.items()}
claim(worst["healthy, central differences"] < TOLERANCE, f"both checks pass when healthy {worst}")
claim(worst["healthy, complex step"] < 1e-12, f"the complex step agrees to rounding {worst}")
claim(worst["saturated, central differences"] > 1e-2,
      "central differences disagree completely at a saturated point")
claim(worst["saturated, complex step"] < 1e-12, f"the complex step still agrees there {worst}")
