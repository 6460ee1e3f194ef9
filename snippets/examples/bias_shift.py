"""A pure shift of the cost changes no slope; moving b does."""

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.gradcheck import central_difference
from snippets.neuron import cost, gradients
from snippets.verify import agree, claim

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

at_start = central_difference(C, [W0, B0])
lifted = central_difference(C_shifted, [W0, B0])
moved = central_difference(C, [W0, B0 + k])
agree("∂C/∂w, ∂C/∂b at (w0, b0)", gradients(W0, B0, A_PREV, Y)[:2], at_start, "nudging")
agree("the slopes of C + k", at_start, lifted, "the slopes of C")
claim(abs(moved[0] - at_start[0]) > 1e-3,
      f"moving b changes ∂C/∂w (from {at_start[0]:+.6f} to {moved[0]:+.6f})")
