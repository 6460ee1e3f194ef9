"""The total differential of z = w·a_prev + b: predicted change against actual change."""

from snippets.neuron import forward, partials_of_z
from snippets.total import total_differential
from snippets.verify import agree

# --8<-- [start:z_change]
w, b, a_prev = 0.5, -1.5, 2.0
partials = partials_of_z(w, b, a_prev)  # (a_prev, 1, w)
z_before, _ = forward(w, b, a_prev)

print("    Δw     Δb  Δa_prev   actual Δz  predicted dz    residual  Δw·Δa_prev")
for h in (0.1, 0.01, 0.001):
    dw, db, da_prev = h, -2 * h, 3 * h  # nudge all three inputs at once
    z_after, _ = forward(w + dw, b + db, a_prev + da_prev)
    actual = z_after - z_before
    # dz = a_prev·dw + 1·db + w·da_prev:
    predicted = total_differential(partials, [dw, db, da_prev])
    print(f"{dw:6.3f} {db:6.3f} {da_prev:6.3f}  {actual:+.8f}   {predicted:+.8f}  "
          f"{actual - predicted:.4e}  {dw * da_prev:.4e}")
# --8<-- [end:z_change]
    # z = w·a_prev + b, so the only term dz leaves out is exactly Δw·Δa_prev:
    agree(f"the residual at h = {h}", actual - predicted, dw * da_prev, "Δw·Δa_prev", 1e-6)
