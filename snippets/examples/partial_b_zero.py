"""A bias of 0 does not make ∂C/∂b equal to 0: a slope is not a value."""

from snippets.gradcheck import central_difference
from snippets.neuron import cost, gradients, partials_of_z
from snippets.verify import agree

# --8<-- [start:b_zero]
a_prev, y = 1.0, 0.0  # one example: input 1, target 0
b = 0.0  # a bias that happens to be exactly zero
for w in (-1.0, 0.0, 1.0, 2.0):
    _, dz_db, _ = partials_of_z(w, b, a_prev)
    _, dC_db, _ = gradients(w, b, a_prev, y)
    print(f"w = {w:+.1f}, b = {b}:  ∂z/∂b = {dz_db:.0f},  "
          f"∂C/∂b = {dC_db:+.4f}")
    nudged = central_difference(lambda b, w=w: cost(w, b, a_prev, y), b)  # w held fixed
    agree(f"∂C/∂b at w = {w}", dC_db, nudged, "nudging b")
# --8<-- [end:b_zero]
