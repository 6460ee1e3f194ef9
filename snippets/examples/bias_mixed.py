"""The mixed partial ∂²C/∂b∂w at the marked point: the formula, checked three ways."""

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.gradcheck import central_difference, complex_step
from snippets.mixed import d2C_db_dw
from snippets.neuron import gradients
from snippets.verify import agree


# --8<-- [start:mixed]
def dC_dw_at(b):  # ∂C/∂w as a function of b alone, w held at W0
    return gradients(W0, b, A_PREV, Y)[0]


def dC_db_at(w):  # ∂C/∂b as a function of w alone, b held at B0
    return gradients(w, B0, A_PREV, Y)[1]


checks = {
    "∂²C/∂b∂w by the formula": d2C_db_dw(W0, B0, A_PREV, Y),
    "nudging b, watching ∂C/∂w": central_difference(dC_dw_at, B0),
    "complex step in b, watching ∂C/∂w": complex_step(dC_dw_at, B0),
    "nudging w, watching ∂C/∂b (∂²C/∂w∂b)": central_difference(dC_db_at, W0),
}
print(f"at (w, b) = ({W0}, {B0}):")
for how, value in checks.items():
    print(f"  {how + ':':<38} {value:+.12f}")
# --8<-- [end:mixed]

(_, formula), *measured = checks.items()
for how, value in measured:
    agree("∂²C/∂b∂w", formula, value, how)
