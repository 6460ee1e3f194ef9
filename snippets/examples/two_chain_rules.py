"""∂C_0/∂w and ∂C_0/∂b for one example, side by side: the same chain, but the first factor.

Prints Markdown: the forward pass worked by hand, then both chain rules factor by factor
(display math that a phone can show), and each product measured by nudging its own input
with the other held fixed.
"""

from snippets.cost import squared_error_prime
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.gradcheck import central_difference
from snippets.neuron import cost, forward, partials_of_z, sigmoid_prime
from snippets.verify import agree

# --8<-- [start:factors]
w, b = W0, B0  # the marked point
a_prev, y = A_PREV[0], Y[0]  # example 0: its input a^{L-1} and its target y

z, a = forward(w, b, a_prev)  # z = w·a_prev + b, a = σ(z)
dz_dw, dz_db, _ = partials_of_z(w, b, a_prev)  # a_prev and 1: the only difference
da_dz = sigmoid_prime(z)  # σ'(z) = a(1 - a)
dC0_da = squared_error_prime(a, y)  # 2(a - y)

dC0_dw = dz_dw * da_dz * dC0_da
dC0_db = dz_db * da_dz * dC0_da
# --8<-- [end:factors]

nudged_w = central_difference(lambda w: cost(w, b, a_prev, y), w)  # b held fixed
nudged_b = central_difference(lambda b: cost(w, b, a_prev, y), b)  # w held fixed
agree("∂C_0/∂w", dC0_dw, nudged_w, "nudging w")
agree("∂C_0/∂b", dC0_db, nudged_b, "nudging b")
agree("σ'(z)", da_dz, a * (1 - a), "a(1 - a)")

print(r"\[")
print(r"\begin{aligned}")
print(rf"z &= {w:g} \times {a_prev:g} + ({b:g}) = {z:g}, \\")
print(rf"a &= \frac{{1}}{{1 + e^{{{-z:g}}}}} \approx {a:.6f}, \\")
print(rf"\sigma'(z) &= a\,(1 - a) \approx {da_dz:.6f}, \\")
print(rf"2(a - y) &\approx {dC0_da:.6f}.")
print(r"\end{aligned}")
print(r"\]")
rows = (("w", r"a^{L-1}", f"{dz_dw:g}", dC0_dw, ","), ("b", "1", "1", dC0_db, "."))
for name, first, first_value, product, end in rows:  # the first factor in bold: it differs
    print()
    print(r"\[")
    print(r"\begin{aligned}")
    print(rf"\frac{{\partial C_0}}{{\partial {name}}} "
          rf"&= \mathbf{{{first}}} \cdot \sigma'(z) \cdot 2(a - y) \\")
    print(rf"&= {first_value} \times {da_dz:.6f} \times ({dC0_da:.6f}) \\")
    print(rf"&\approx {product:.6f}{end}")
    print(r"\end{aligned}")
    print(r"\]")
print()
print(f"Measured by nudging, each with the other held fixed: {nudged_w:.6f} for \\(w\\) "
      f"and {nudged_b:.6f} for \\(b\\).")
