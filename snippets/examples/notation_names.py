"""∂, d, Δ and ∇ as variable names: a slope, a nudge, an actual change and the gradient."""

import numpy as np

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.neuron import cost, gradients
from snippets.verify import agree

# --8<-- [start:names]
w, b = W0, B0
dC_dw, dC_db, _ = gradients(w, b, A_PREV, Y)  # slopes: ∂C/∂w and ∂C/∂b
grad_C = np.array([dC_dw, dC_db])  # the gradient ∇C, both slopes in one vector

db = 0.001  # a small nudge to b: the differential db (w is not nudged, dw = 0)
dC = dC_db * db  # the change in C that the slope predicts: dC = ∂C/∂b · db
Delta_C = cost(w, b + db, A_PREV, Y) - cost(w, b, A_PREV, Y)  # actual change ΔC

print(f"∇C    = ({grad_C[0]:+.6f}, {grad_C[1]:+.6f})  (both slopes)")
print(f"dC_db = {dC_db:+.6f}    (a slope: cost per unit of bias)")
print(f"db    = {db:+.6f}    (a nudge to the bias)")
print(f"dC    = {dC:+.9f} (predicted by the slope)")
print(f"ΔC    = {Delta_C:+.9f} (measured)")
# --8<-- [end:names]
# They differ only by a term of order db², about a thousandth of dC here:
agree("dC", dC, Delta_C, "measuring ΔC", tolerance=1e-3)
