"""One activation feeds three neurons: its slope is the sum of one term per path."""

from snippets.gradcheck import central_difference
from snippets.layers import SEED, SIZES, X, Y, backward, cost, forward, init_network
from snippets.verify import agree

# --8<-- [start:paths]
weights, biases = init_network(SIZES, SEED)
zs, activations = forward(weights, biases, X)
deltas, _, _ = backward(weights, zs, activations, Y)

W2, delta2 = weights[1], deltas[1][:, 0]  # W^2 and δ^2 for the one example
k = 0  # activation a^1_1 (Python counts from 0)
# One term per path a^1_1 → neuron j of layer 2 → … → cost:
terms = [W2[j, k] * delta2[j] for j in range(len(delta2))]

# Measured: nudge a^1_1 alone and run the layers above it again.
above = weights[1:], biases[1:]
nudged = central_difference(lambda a1: cost(*above, a1, Y), activations[1])[k, 0]
# --8<-- [end:paths]

print(r"| path through | weight \(w^2_{j1}\) | delta \(\delta^2_j\) "
      r"| term \(w^2_{j1}\,\delta^2_j\) |")
print("|:--|--:|--:|--:|")
for j, term in enumerate(terms):
    print(rf"| neuron \(j = {j + 1}\) of layer 2 | {W2[j, k]:.6f} | {delta2[j]:.6f} | {term:.6f} |")
print(rf"| **sum over the 3 paths** | | | **{sum(terms):.6f}** |")
print(rf"| measured by nudging \(a^1_1\) | | | {nudged:.6f} |")
print(rf"| last path only (`=` in place of `+=`) | | | {terms[-1]:.6f} |")
agree("∂C_0/∂a^1_1, the sum over the paths", sum(terms), nudged, "nudging a^1_1")
