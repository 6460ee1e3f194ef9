"""The total derivative along a path: dC/dt = ∂C/∂w·dw/dt + ∂C/∂b·db/dt, checked directly."""

from snippets.dataset import A_PREV, Y
from snippets.neuron import cost, gradients
from snippets.total import path, path_velocity, total_differential
from snippets.verify import agree

# --8<-- [start:along_path]
t = 0.5  # a moment during "training"
w, b = path(t)
dw_dt, db_dt = path_velocity(t)
dC_dw, dC_db, _ = gradients(w, b, A_PREV, Y)
# dC/dt = ∂C/∂w·dw/dt + ∂C/∂b·db/dt:
chain = total_differential([dC_dw, dC_db], [dw_dt, db_dt])


def C_of_t(t):  # the cost as a function of t alone: one ordinary curve
    return cost(*path(t), A_PREV, Y)


h = 1e-6
direct = (C_of_t(t + h) - C_of_t(t - h)) / (2 * h)

print(f"t = {t}:  w = {w:.4f}, b = {b:.4f},  "
      f"dw/dt = {dw_dt:.4f}, db/dt = {db_dt:.4f}")
print(f"∂C/∂w·dw/dt = {dC_dw * dw_dt:+.10f}")
print(f"∂C/∂b·db/dt = {dC_db * db_dt:+.10f}")
print(f"sum (dC/dt) = {chain:+.10f}")
print(f"nudging t:    {direct:+.10f}")
# --8<-- [end:along_path]
agree("dC/dt", chain, direct, "nudging t")
