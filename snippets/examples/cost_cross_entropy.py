"""Cross-entropy's ∂C_0/∂z = a - y, checked by nudging z and by the complex step."""

from snippets.cost import cross_entropy, cross_entropy_delta
from snippets.gradcheck import central_difference, complex_step
from snippets.neuron import sigmoid
from snippets.verify import agree

# --8<-- [start:delta]
y = 0.25
for z in (-3.0, 0.0, 2.0, 6.0):
    a = sigmoid(z)

    def C0(z):  # cross-entropy of one example as a function of z alone
        return cross_entropy(z, y)

    delta = cross_entropy_delta(a, y)
    nudged, stepped = central_difference(C0, z), complex_step(C0, z)
    print(f"z = {z:+.1f}:  a - y = {delta:+.10f}"
          f"   nudging z: {nudged:+.10f}   complex step: {stepped:+.10f}")
    agree(f"∂C_0/∂z at z = {z}", delta, nudged, "nudging z")
    agree(f"∂C_0/∂z at z = {z}", delta, stepped, "the complex step", tolerance=1e-12)
# --8<-- [end:delta]
