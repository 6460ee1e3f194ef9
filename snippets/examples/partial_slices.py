"""Each partial derivative of C(w, b) is the slope of a slice: an ordinary curve in one variable."""

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.neuron import cost, gradients
from snippets.verify import agree

# --8<-- [start:slices]
w0, b0 = W0, B0  # the marked point


def slice_b_fixed(w):  # the curve C(w, b0): b held at b0, only w varies
    return cost(w, b0, A_PREV, Y)


def slice_w_fixed(b):  # the curve C(w0, b): w held at w0, only b varies
    return cost(w0, b, A_PREV, Y)


dC_dw, dC_db, _ = gradients(w0, b0, A_PREV, Y)  # backpropagation's formulas

print(f"marked point: w0 = {w0}, b0 = {b0}")
print("step h     chord slope on C(w, b0)   chord slope on C(w0, b)")
for h in (1e-1, 1e-2, 1e-3, 1e-6):
    along_w = (slice_b_fixed(w0 + h) - slice_b_fixed(w0 - h)) / (2 * h)
    along_b = (slice_w_fixed(b0 + h) - slice_w_fixed(b0 - h)) / (2 * h)
    print(f"{h:<7.0e}    {along_w:+.10f}             {along_b:+.10f}")
print(f"formula    ∂C/∂w = {dC_dw:+.10f}     ∂C/∂b = {dC_db:+.10f}")
agree("∂C/∂w", dC_dw, along_w, "the chord with h = 1e-6")  # the last, shortest chords
agree("∂C/∂b", dC_db, along_b, "the chord with h = 1e-6")
# --8<-- [end:slices]
