"""The bias changes ∂C/∂w: the slope in the w direction at four values of b."""

from snippets.dataset import A_PREV, W0, Y
from snippets.gradcheck import central_difference
from snippets.neuron import cost, gradients
from snippets.verify import agree

# --8<-- [start:slopes]
w = W0  # w stays fixed; only b moves
for b in (-3.0, -1.5, 0.0, 1.5):
    dC_dw, _, _ = gradients(w, b, A_PREV, Y)
    print(f"b = {b:+.1f}:  ∂C/∂w at w = {w} is {dC_dw:+.6f}")
    nudged = central_difference(lambda w, b=b: cost(w, b, A_PREV, Y), w)  # b held fixed
    agree(f"∂C/∂w at b = {b}", dC_dw, nudged, "nudging w")
# --8<-- [end:slopes]
