"""The first steps of gradient descent, one row per step: both slopes, then both updates."""

from snippets.dataset import A_PREV, Y
from snippets.descent import LEARNING_RATES, START, cost_at, descend, gradient_at
from snippets.gradcheck import central_difference
from snippets.verify import agree

print(rf"Learning rate \(\eta = {LEARNING_RATES[1]:g}\), from "
      rf"\((w_0, b_0) = ({START[0]:g}, {START[1]:g})\):")
print()
print(r"| step \(t\) | weight \(w_t\) | bias \(b_t\) | cost \(C(w_t, b_t)\) "
      r"| slope \(\partial C/\partial w\) | slope \(\partial C/\partial b\) |")
print("|:-:|--:|--:|--:|--:|--:|")
# --8<-- [start:steps]
eta = LEARNING_RATES[1]  # the learning rate η
w, b = START
for t in range(6):
    dC_dw, dC_db = gradient_at(w, b, A_PREV, Y)  # both slopes at (w_t, b_t)
    C = cost_at(w, b, A_PREV, Y)
    print(f"| {t} | {w:.4f} | {b:.4f} | {C:.5f} | {dC_dw:+.5f} | {dC_db:+.5f} |")
    w, b = w - eta * dC_dw, b - eta * dC_db  # then both move, at once
# --8<-- [end:steps]

path = descend(*START, A_PREV, Y, eta, 6)  # descent.descend takes the same six steps
agree("(w_6, b_6)", (w, b), path[-1], "descent.descend")
for w, b in path[:-1]:  # and every row's slopes, measured
    nudged = central_difference(lambda p: cost_at(*p, A_PREV, Y), [w, b])
    agree(f"∂C/∂w, ∂C/∂b at ({w:.4f}, {b:.4f})", gradient_at(w, b, A_PREV, Y), nudged)
