"""A pure shift of the cost changes no slope; moving b does."""

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.gradcheck import central_difference
from snippets.neuron import cost

# --8<-- [start:shift]
k = 0.3  # a constant


def C(p):  # the cost at p = (w, b)
    return cost(p[0], p[1], A_PREV, Y)


def C_shifted(p):  # the same cost plus a constant: the surface lifted by k
    return C(p) + k


for name, f, point in [
    ("C at (w0, b0)", C, [W0, B0]),
    ("C + k at (w0, b0)", C_shifted, [W0, B0]),
    ("C at (w0, b0 + k)", C, [W0, B0 + k]),
]:
    dC_dw, dC_db = central_difference(f, point)  # both slopes, by nudging
    print(f"{name:<18}  value {f(point):.6f}   "
          f"∂/∂w {dC_dw:+.6f}   ∂/∂b {dC_db:+.6f}")
# --8<-- [end:shift]
