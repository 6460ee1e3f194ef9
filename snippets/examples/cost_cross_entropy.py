"""Cross-entropy's ∂C_0/∂z = a - y, checked by nudging z and by the complex step."""

from snippets.cost import cross_entropy, cross_entropy_delta
from snippets.gradcheck import central_difference, complex_step
from snippets.neuron import sigmoid

# --8<-- [start:delta]
y = 0.25
for z in (-3.0, 0.0, 2.0, 6.0):
    a = sigmoid(z)

    def C0(z):  # cross-entropy of one example as a function of z alone
        return cross_entropy(z, y)

    print(f"z = {z:+.1f}:  a - y = {cross_entropy_delta(a, y):+.10f}"
          f"   nudging z: {central_difference(C0, z):+.10f}"
          f"   complex step: {complex_step(C0, z):+.10f}")
# --8<-- [end:delta]
