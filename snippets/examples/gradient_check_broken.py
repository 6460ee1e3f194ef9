"""A deliberately broken bias gradient, and which checks catch it."""

import numpy as np

from snippets.gradcheck import central_difference_arrays, check_network_gradients, gradient_error
from snippets.layers import backward, cost, forward, init_network
from snippets.verify import claim

sizes, m = (64, 32, 10), 8
weights, biases = init_network(sizes, seed=5)
rng = np.random.default_rng(5)
x, y = rng.uniform(size=(64, m)), rng.uniform(size=(10, m))


# --8<-- [start:broken]
def broken_backprop(weights, biases, x, y):
    """Backprop with one slip: ∂C/∂b^1 is built from ∂C/∂a^1, not δ^1."""
    zs, activations = forward(weights, biases, x)
    deltas, dC_dW, dC_db = backward(weights, zs, activations, y)
    dC_da1 = weights[1].T @ deltas[1]  # ∂C_i/∂a^1; δ^1 is this times σ'(z^1)
    return dC_dW, [dC_da1.mean(axis=1), dC_db[1]]


def mean_cost(weights, biases):
    return cost(weights, biases, x, y)


dC_dW, dC_db = broken_backprop(weights, biases, x, y)
errors = check_network_gradients(mean_cost, weights, biases, dC_dW, dC_db)
# --8<-- [end:broken]


def verdict(error):
    if error > 1e-2:
        return "**wrong**"
    return "right" if error < 1e-7 else "uncertain"


name = "-".join(str(n) for n in sizes)
P = sum(a.size for a in [*weights, *biases])
print(f"A {name} network ({P:,} parameters), a batch of {m} examples:")
print()
print("| what is checked | error | verdict |")
print("|:--|--:|:--|")
for name, error in errors.items():
    print(rf"| \({name}\) on its own | {error:.1e} | {verdict(error)} |")

numeric = central_difference_arrays(lambda arrays: mean_cost(arrays[:2], arrays[2:]),
                                    [*weights, *biases])
analytic = [*dC_dW, *dC_db]
weights_only = gradient_error(np.concatenate([g.ravel() for g in analytic[:2]]),
                              np.concatenate([g.ravel() for g in numeric[:2]]))
lumped = gradient_error(np.concatenate([g.ravel() for g in analytic]),
                        np.concatenate([g.ravel() for g in numeric]))
print(f"| the weights only, lumped together | {weights_only:.1e} | {verdict(weights_only)} |")
print(f"| all {sum(g.size for g in analytic):,} parameters lumped together | {lumped:.1e} "
      f"| {verdict(lumped)} |")

right = [errors["W^1"], errors["W^2"], errors["b^2"], weights_only]
claim(all(verdict(error) == "right" for error in right),
      f"the arrays backprop did not break, and the weights lumped together, pass {right}")
claim(verdict(errors["b^1"]) == verdict(lumped) == "**wrong**",
      f"the broken b^1 ({errors['b^1']:.1e}) and all the parameters lumped ({lumped:.1e}) fail")
claim(lumped < errors["b^1"], f"lumping dilutes the error ({errors['b^1']:.1e} to {lumped:.1e})")
