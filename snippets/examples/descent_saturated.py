"""From a saturated start: the squared error's slopes vanish, the cross-entropy's do not."""


from snippets.dataset import A_PREV, Y
from snippets.descent import (
    SATURATED_RATE,
    SATURATED_START,
    SATURATED_STEPS,
    cost_at,
    descend,
    gradient_at,
    path_costs,
)
from snippets.gradcheck import central_difference
from snippets.verify import agree

print(rf"From the saturated start \((w_0, b_0) = ({SATURATED_START[0]:g}, "
      rf"{SATURATED_START[1]:g})\), with \(\eta = {SATURATED_RATE:g}\) for "
      f"{SATURATED_STEPS} steps:")
print()
print(r"| trained on | \(\partial C/\partial w\) at the start | \(\partial C/\partial b\) at the "
      r"start | squared error after 10 steps | after 100 | after 300 |")
print("|:--|--:|--:|--:|--:|--:|")
# --8<-- [start:saturated]
w, b = SATURATED_START
eta, steps = SATURATED_RATE, SATURATED_STEPS
for cost in ("squared_error", "cross_entropy"):
    dC_dw, dC_db = gradient_at(w, b, A_PREV, Y, cost)
    path = descend(w, b, A_PREV, Y, eta, steps, cost)
    measured = path_costs(path, A_PREV, Y)  # both runs, squared error
    after = " | ".join(f"{measured[t]:.4f}" for t in (10, 100, 300))
    print(f"| {cost.replace('_', '-')} | {dC_dw:+.5f} | {dC_db:+.5f} | {after} |")
# --8<-- [end:saturated]

for cost in ("squared_error", "cross_entropy"):  # the start's slopes, measured
    nudged = central_difference(lambda p, cost=cost: cost_at(*p, A_PREV, Y, cost), [w, b])
    agree(f"∂C/∂w, ∂C/∂b at the start ({cost})", gradient_at(w, b, A_PREV, Y, cost), nudged)
