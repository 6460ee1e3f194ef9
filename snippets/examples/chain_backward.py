"""The backward trace of the three-layer chain: δ^l and the gradients, from the top down."""

from snippets.chain import A0, B, W, Y, backward, cost, forward
from snippets.gradcheck import central_difference
from snippets.neuron import sigmoid_prime
from snippets.verify import agree

# --8<-- [start:backward]
z, a = forward(W, B, A0)
delta, dC_dw, dC_db, dC_da = backward(W, z, a, Y)
# --8<-- [end:backward]

L = len(W)
print(
    r"| layer \(l\) | message \(\partial C_0/\partial a^l\) | sigmoid slope \(\sigma'(z^l)\) "
    r"| delta \(\delta^l\) | weight \(\partial C_0/\partial w^l = a^{l-1}\delta^l\) "
    r"| bias \(\partial C_0/\partial b^l = \delta^l\) |"
)
print("|:-:|--:|--:|--:|--:|--:|")
for layer in range(L, 0, -1):
    i = layer - 1
    print(
        f"| {layer} | {dC_da[layer]:.6f} | {sigmoid_prime(z[i]):.6f} | {delta[i]:.6f} "
        f"| {dC_dw[i]:.6f} | {dC_db[i]:.6f} |"
    )
print(f"| 0 (input) | {dC_da[0]:.6f} | | | | |")

agree("∂C_0/∂w^l", dC_dw, central_difference(lambda w: cost(w, B, A0, Y), W), "nudging each w^l")
agree("∂C_0/∂b^l", dC_db, central_difference(lambda b: cost(W, b, A0, Y), B), "nudging each b^l")
agree("∂C_0/∂a^0", dC_da[0], central_difference(lambda a0: cost(W, B, a0, Y), A0), "nudging a^0")
