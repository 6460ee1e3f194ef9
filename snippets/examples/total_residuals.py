"""How well the tangent plane predicts the change of C(w, b): a table for shrinking steps."""

import numpy as np

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.neuron import cost, gradients
from snippets.total import linearisation_residuals, loglog_slope
from snippets.verify import claim

# --8<-- [start:residuals]
dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)


def C(point):  # the cost at point = (w, b)
    return cost(point[0], point[1], A_PREV, Y)


steps = np.array([1e-1, 1e-2, 1e-3, 1e-4, 1e-5])  # nudge both: Δw = Δb = h
h, actual, predicted, residual = linearisation_residuals(
    C, partials=[dC_dw, dC_db], point=[W0, B0], direction=[1.0, 1.0], steps=steps
)
order = loglog_slope(h, residual)  # residual ≈ c·h^order
# --8<-- [end:residuals]

print(
    r"| step \(h = \Delta w = \Delta b\) | actual \(\Delta C\) "
    r"| predicted \(\frac{\partial C}{\partial w}\Delta w "
    r"+ \frac{\partial C}{\partial b}\Delta b\) "
    r"| residual | residual \(/\, h^2\) |"
)
print("| ---: | ---: | ---: | ---: | ---: |")
for row in zip(h, actual, predicted, residual, residual / h**2, strict=True):
    print("| {:.0e} | {:+.6e} | {:+.6e} | {:+.3e} | {:.4f} |".format(*row))
print()
print(f"Fitted slope of log |residual| against log h: **{order:.3f}**.")
# With a wrong slope the residual would shrink like h, not h²:
claim(abs(order - 2) < 0.1, f"the residual shrinks like h² (fitted order {order:.3f})")
