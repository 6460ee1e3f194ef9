"""One neuron, one example: the three factors of the chain rule, and the gradients they give."""

from snippets.cost import squared_error_prime
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.gradcheck import central_difference
from snippets.neuron import cost, forward, gradients, partials_of_z, sigmoid_prime
from snippets.verify import agree

# --8<-- [start:factors]
w, b = W0, B0  # the home page's marked point
a_prev, y = A_PREV[0], Y[0]  # one example: its input a^{L-1} and its target y

z, a = forward(w, b, a_prev)
dz_dw, dz_db, dz_da_prev = partials_of_z(w, b, a_prev)  # a^{L-1}, 1, w
da_dz = sigmoid_prime(z)  # σ'(z)
dC_da = squared_error_prime(a, y)  # 2(a - y)

dC_dw = dz_dw * da_dz * dC_da
dC_db = dz_db * da_dz * dC_da
dC_da_prev = dz_da_prev * da_dz * dC_da
# --8<-- [end:factors]

# --8<-- [start:check]
# The same three slopes, measured by nudging one input at a time by ±h:
nudged_w = central_difference(lambda w: cost(w, b, a_prev, y), w)
nudged_b = central_difference(lambda b: cost(w, b, a_prev, y), b)
nudged_a_prev = central_difference(lambda a_prev: cost(w, b, a_prev, y), a_prev)
# --8<-- [end:check]
agree("∂C_0/∂w", dC_dw, nudged_w)
agree("∂C_0/∂b", dC_db, nudged_b)
agree("∂C_0/∂a^{L-1}", dC_da_prev, nudged_a_prev)
# and the factors multiplied by hand match the neuron's own gradients:
agree("∂C_0/∂w, ∂C_0/∂b", [dC_dw, dC_db], gradients(w, b, a_prev, y)[:2], "neuron.gradients")

rows = [
    (r"\(a^{L-1}\), \(y\)", "one example from the data set", f"{a_prev:g}, {y:g}", ""),
    (r"\(w\), \(b\)", "the neuron's weight and bias", f"{w:g}, {b:g}", ""),
    (r"\(z\)", r"\(w\,a^{L-1} + b\)", f"{z:.6f}", ""),
    (r"\(a\)", r"\(\sigma(z)\)", f"{a:.6f}", ""),
    (r"\(C_0\)", r"\((a - y)^2\)", f"{cost(w, b, a_prev, y):.6f}", ""),
    (r"\(\partial z/\partial w\)", r"\(a^{L-1}\)", f"{dz_dw:.6f}", ""),
    (r"\(\partial z/\partial b\)", r"\(1\)", f"{dz_db:.6f}", ""),
    (r"\(\partial z/\partial a^{L-1}\)", r"\(w\)", f"{dz_da_prev:.6f}", ""),
    (r"\(\partial a/\partial z\)", r"\(\sigma'(z)\)", f"{da_dz:.6f}", ""),
    (r"\(\partial C_0/\partial a\)", r"\(2(a - y)\)", f"{dC_da:.6f}", ""),
    (r"\(\partial C_0/\partial w\)", r"\(a^{L-1}\cdot\sigma'(z)\cdot 2(a-y)\)",
     f"{dC_dw:.6f}", f"{nudged_w:.6f}"),
    (r"\(\partial C_0/\partial b\)", r"\(1\cdot\sigma'(z)\cdot 2(a-y)\)",
     f"{dC_db:.6f}", f"{nudged_b:.6f}"),
    (r"\(\partial C_0/\partial a^{L-1}\)", r"\(w\cdot\sigma'(z)\cdot 2(a-y)\)",
     f"{dC_da_prev:.6f}", f"{nudged_a_prev:.6f}"),
]
print("| quantity | formula | value (measured by nudging) |")
print("|---|---|--:|")
for quantity, formula, value, measured in rows:  # three columns: a phone shows them all
    shown = f"{value} ({measured})" if measured else value
    print(f"| {quantity} | {formula} | {shown} |")
