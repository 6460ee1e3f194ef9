# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     notebook_metadata_filter: description
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
#   description: >-
#     Compute every z, a and δ of a three-layer chain of one-neuron layers with pencil
#     and calculator, and check each number with the site's tested code.
# ---

# %% [markdown]
# # Backprop by hand, then by code
#
# <div class="admonition abstract" markdown>
# <p class="admonition-title">Before and after</p>
#
# **You need:** [One neuron](../backprop/one-neuron.md), and a pencil and a calculator.
# [A chain of layers](../backprop/chain.md) derives the same chain in prose.
# **After this notebook you can** compute every $z$, $a$ and $\delta$ (delta) of a chain of
# three one-neuron layers by hand, get all six gradients from them, and check your numbers
# against tested code and against nudging.
#
# </div>
#
# This notebook walks through the lecture's network: a chain of three layers with one
# neuron each. You compute every number yourself, with a pencil and a calculator, and after
# each step a cell checks your number against the site's tested code in the `snippets`
# package.
#
# Layer $l$ (for $l = 1, 2, 3$) has one weight $w^l$ and one bias $b^l$. The superscript is
# the layer's number, not a power. The input is $a^0$, the target output is $y$, and
#
# <div class="equation-row" markdown>
#
# $$
# z^l = w^l a^{l-1} + b^l,
# $$
#
# $$
# a^l = \sigma(z^l),
# $$
#
# $$
# C_0 = (a^3 - y)^2,
# $$
#
# </div>
#
# where $\sigma(z) = 1/(1 + e^{-z})$ is the sigmoid, $a^l$ is the output of layer $l$, and
# $C_0$ is the cost of this one example, example 0.
#
# A calculator has no sigmoid key, but it has an $e^x$ key, and that is all the sigmoid
# needs: type $z$, change its sign, press $e^x$, add 1, and take the reciprocal ($1/x$). In
# the cells marked "by hand", the Python lines are your working on paper, written out with
# nothing but arithmetic and that $e^x$ key (`np.exp`). Change a number in one of them and
# the check below it tells you.

# %%
import numpy as np

from snippets.chain import A0, B, W, Y, backward, cost, forward
from snippets.gradcheck import central_difference, relative_error
from snippets.verify import agree

w1, w2, w3 = W
b1, b2, b3 = B
a0, y = A0, Y
print(f"weights  w^1 = {w1},  w^2 = {w2},  w^3 = {w3}")
print(f"biases   b^1 = {b1},  b^2 = {b2},  b^3 = {b3}")
print(f"input    a^0 = {a0},  target y = {y}")


# %% [markdown]
# Each check prints your number beside the one from `snippets`, and stops the notebook if
# they differ in more than rounding.

# %%
def check(name, by_hand, by_snippets):
    """Print both numbers; raise if they disagree beyond rounding."""
    assert np.isclose(by_hand, by_snippets, rtol=1e-9, atol=1e-12), (
        f"{name}: by hand {by_hand}, snippets {by_snippets}"
    )
    print(f"{name:<13} by hand {by_hand:+.6f}   snippets {by_snippets:+.6f}   agree")


# %% [markdown]
# ## Forward: from the input up to the cost
#
# **Layer 1.** Work out $z^1 = w^1 a^0 + b^1$ on paper, then $a^1 = \sigma(z^1)$ with the
# calculator's $e^x$ key.

# %%
# by hand
z1 = w1 * a0 + b1
a1 = 1 / (1 + np.exp(-z1))
print(f"z^1 = {z1:.6f},  a^1 = {a1:.6f}")

# %% [markdown]
# The site's `forward` runs the whole chain upwards at once. It returns all three $z$s and
# the four activations $a^0, \dots, a^3$, so `z[0]` is $z^1$ and `a[1]` is $a^1$.

# %%
z, a = forward(W, B, A0)
check("z^1", z1, z[0])
check("a^1", a1, a[1])

# %% [markdown]
# **Layers 2 and 3.** The output of one layer is the input of the next:
# $z^2 = w^2 a^1 + b^2$, then $a^2 = \sigma(z^2)$, and the same again for layer 3.
# Then the cost, $C_0 = (a^3 - y)^2$.

# %%
# by hand
z2 = w2 * a1 + b2
a2 = 1 / (1 + np.exp(-z2))
z3 = w3 * a2 + b3
a3 = 1 / (1 + np.exp(-z3))
C0 = (a3 - y) ** 2

check("z^2", z2, z[1])
check("a^2", a2, a[2])
check("z^3", z3, z[2])
check("a^3", a3, a[3])
check("C_0", C0, cost(W, B, A0, Y))

# %% [markdown]
# ## Backward: from the cost down to the first layer
#
# Backpropagation asks how $C_0$ changes when each $z^l$ moves. That rate is called
# $\delta^l = \partial C_0 / \partial z^l$ (delta). The curly $\partial$ means a *partial*
# derivative: $z^l$ moves and every other input is held fixed.
#
# **Layer 3.** Two links of the chain rule: $\partial C_0/\partial a^3 = 2(a^3 - y)$ (the
# power rule, with $y$ fixed), and $\partial a^3/\partial z^3 = \sigma'(z^3)$, the slope of
# the sigmoid (sigma prime). The sigmoid has a handy slope,
# $\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$ ([the home page](../index.md#two-chain-rules)
# derives it), so $\sigma'(z^3) = a^3(1 - a^3)$: no new exponential is needed.
#
# $$
# \delta^3 = 2(a^3 - y)\, a^3 (1 - a^3)
# $$

# %%
# by hand
dC0_da3 = 2 * (a3 - y)
delta3 = dC0_da3 * a3 * (1 - a3)
print(f"dC_0/da^3 = {dC0_da3:.6f},  delta^3 = {delta3:.6f}")

# %% [markdown]
# **Layers 2 and 1.** $z^3 = w^3 a^2 + b^3$, so nudging $a^2$ moves $z^3$ at the rate $w^3$:
# $\partial C_0/\partial a^2 = w^3 \delta^3$. One more link through the sigmoid gives the
# recursion that *is* backpropagation:
#
# <div class="equation-row" markdown>
#
# $$
# \delta^2 = w^3 \delta^3\, \sigma'(z^2),
# $$
#
# $$
# \delta^1 = w^2 \delta^2\, \sigma'(z^1).
# $$
#
# </div>

# %%
# by hand
delta2 = w3 * delta3 * a2 * (1 - a2)
delta1 = w2 * delta2 * a1 * (1 - a1)
print(f"delta^2 = {delta2:.6f},  delta^1 = {delta1:.6f}")

# %% [markdown]
# The site's `backward` runs the same recursion downwards, from the numbers `forward`
# returned.

# %%
delta, dC_dw, dC_db, dC_da = backward(W, z, a, Y)
check("dC_0/da^3", dC0_da3, dC_da[3])
check("delta^3", delta3, delta[2])
check("delta^2", delta2, delta[1])
check("delta^1", delta1, delta[0])

# %% [markdown]
# ## The six gradients
#
# Each $\delta^l$ gives two gradients at once. Since $z^l = w^l a^{l-1} + b^l$, holding the
# others fixed, $\partial z^l / \partial w^l = a^{l-1}$ and $\partial z^l / \partial b^l = 1$:
#
# <div class="equation-row" markdown>
#
# $$
# \frac{\partial C_0}{\partial w^l} = a^{l-1} \delta^l,
# $$
#
# $$
# \frac{\partial C_0}{\partial b^l} = \delta^l.
# $$
#
# </div>
#
# The bias does not vanish: it has its own gradient, and it is $\delta^l$ itself.

# %%
# by hand
dC_dw_by_hand = [a0 * delta1, a1 * delta2, a2 * delta3]
dC_db_by_hand = [delta1, delta2, delta3]

for layer in (1, 2, 3):
    check(f"dC_0/dw^{layer}", dC_dw_by_hand[layer - 1], dC_dw[layer - 1])
    check(f"dC_0/db^{layer}", dC_db_by_hand[layer - 1], dC_db[layer - 1])

# %% [markdown]
# ## Checking the code, not only your arithmetic
#
# Agreeing with `snippets` only helps if `snippets` is right. A slow, independent check:
# nudge one parameter by a tiny $h$ both ways, hold the other five fixed, run the chain
# forwards, and measure the change of the cost (the central difference of
# [Checking gradients](../backprop/gradient-check.md#central-differences)):
#
# $$
# \frac{\partial C_0}{\partial w^l} \approx
# \frac{C_0(w^l + h) - C_0(w^l - h)}{2h}.
# $$
#
# No backward pass is involved. A relative error around $10^{-7}$ or below means the two
# agree.

# %%
nudged_w = central_difference(lambda w: cost(w, B, A0, Y), W)
nudged_b = central_difference(lambda b: cost(W, b, A0, Y), B)
print("layer   dC_0/dw^l    nudging    rel. error     dC_0/db^l    nudging    rel. error")
for layer in (1, 2, 3):
    i = layer - 1
    error_w = relative_error(dC_dw[i], nudged_w[i])
    error_b = relative_error(dC_db[i], nudged_b[i])
    print(
        f"{layer:>5}   {dC_dw[i]:+.7f}  {nudged_w[i]:+.7f}  {error_w:.1e}"
        f"      {dC_db[i]:+.7f}  {nudged_b[i]:+.7f}  {error_b:.1e}"
    )
    agree(f"dC_0/dw^{layer}", dC_dw[i], nudged_w[i])  # stops here if they disagree
    agree(f"dC_0/db^{layer}", dC_db[i], nudged_b[i])

# %% [markdown]
# ## The gradient is a slope
#
# Hold every parameter but $w^1$ fixed and the cost is a curve in $w^1$ alone. Its slope where
# the chain sits is $\partial C_0/\partial w^1$, the number you computed above: the straight
# line below touches the curve there.

# %%
# alt: A blue curve of the cost C_0 against the first weight w^1, with the
#   other five parameters held fixed: it rises gently from left to right, an
#   S-shape bending over at the right. A dashed straight line touches it at the
#   chain's own w^1, the marked point; its slope is the gradient dC_0/dw^1.
import matplotlib.pyplot as plt

from snippets.plots.theme import LIGHT

plt.rcParams.update(LIGHT.rc)  # the site's fonts and colours, at 96 pixels per inch

w1_values = np.linspace(w1 - 3, w1 + 3, 201)
costs = [cost(np.array([v, w2, w3]), B, A0, Y) for v in w1_values]
tangent = C0 + dC_dw[0] * (w1_values - w1)

# Narrow enough to be shown at 0.6 of its size or more on a 360-pixel phone.
figure, axes = plt.subplots(figsize=(5.0, 3.3), layout="constrained")
# Blue is the w direction, on every figure of the site: a curve in w, and its slope.
axes.plot(w1_values, costs, color=LIGHT.w_slice, linewidth=2, label="$C_0$, only $w^1$ moving")
slope_label = r"slope $\partial C_0/\partial w^1$"
axes.plot(w1_values, tangent, "--", color=LIGHT.foreground, linewidth=1.5, label=slope_label)
axes.plot([w1], [C0], "o", color=LIGHT.foreground)
axes.set_xlabel("$w^1$")
axes.set_ylabel("$C_0$")
axes.legend(loc="upper left")
plt.show()
