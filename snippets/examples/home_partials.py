"""Both partial derivatives of C(w, b) at the home page's marked point, checked by nudging."""

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.neuron import cost, gradients
from snippets.verify import agree

# --8<-- [start:partials]
w, b = W0, B0  # the marked point
dC_dw, dC_db, _ = gradients(w, b, A_PREV, Y)

h = 1e-6  # a small nudge, to one input at a time
# b held fixed, w nudged:
slope_w = (cost(w + h, b, A_PREV, Y) - cost(w - h, b, A_PREV, Y)) / (2 * h)
# w held fixed, b nudged:
slope_b = (cost(w, b + h, A_PREV, Y) - cost(w, b - h, A_PREV, Y)) / (2 * h)

print(f"at (w, b) = ({w}, {b}):  C = {cost(w, b, A_PREV, Y):.6f}")
print(f"∂C/∂w = {dC_dw:+.8f}   nudging w: {slope_w:+.8f}")
print(f"∂C/∂b = {dC_db:+.8f}   nudging b: {slope_b:+.8f}")
agree("∂C/∂w", dC_dw, slope_w, "nudging w")  # stops the script if the two disagree
agree("∂C/∂b", dC_db, slope_b, "nudging b")
# --8<-- [end:partials]
