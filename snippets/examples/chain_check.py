"""Backprop's six gradients for the chain, against nudging each parameter on its own."""

from snippets.chain import A0, B, W, Y, cost, gradients
from snippets.gradcheck import central_difference, relative_error
from snippets.verify import agree

# --8<-- [start:check]
dC_dw, dC_db = gradients(W, B, A0, Y)
# Nudge each w^l on its own (all b^l held fixed), then each b^l on its own:
nudged_w = central_difference(lambda w: cost(w, B, A0, Y), W)
nudged_b = central_difference(lambda b: cost(W, b, A0, Y), B)
# --8<-- [end:check]

for layer in range(1, len(W) + 1):
    i = layer - 1
    for name, exact, nudged in (("w", dC_dw, nudged_w), ("b", dC_db, nudged_b)):
        error = relative_error(exact[i], nudged[i])
        print(
            f"∂C0/∂{name}^{layer}: backprop {exact[i]:+.9f}   nudging {nudged[i]:+.9f}"
            f"   relative error {error:.1e}"
        )
        agree(f"∂C0/∂{name}^{layer}", exact[i], nudged[i], "nudging")
