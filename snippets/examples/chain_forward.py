"""The forward trace of the three-layer chain: z^l and a^l, layer by layer, from the bottom up."""

from snippets.chain import A0, B, W, Y, cost, forward

# --8<-- [start:forward]
z, a = forward(W, B, A0)  # z[l - 1] = z^l and a[l] = a^l
# --8<-- [end:forward]

print(rf"The input is \(a^0 = {A0:g}\) and the target \(y = {Y:g}\); the cost of this one "
      rf"example is \(C_0 = (a^3 - y)^2 \approx {cost(W, B, A0, Y):.6f}\).")
print()
print(r"| layer \(l\) | weight \(w^l\) | bias \(b^l\) | weighted input "
      r"\(z^l = w^l a^{l-1} + b^l\) | activation \(a^l = \sigma(z^l)\) |")
print("|:-:|--:|--:|--:|--:|")
print(f"| 0 (input) | | | | {a[0]:.6f} |")
for layer in range(1, len(W) + 1):
    i = layer - 1
    print(f"| {layer} | {W[i]:g} | {B[i]:g} | {z[i]:.6f} | {a[layer]:.6f} |")
