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
#     Gradient descent on one sigmoid neuron: watch (w, b) walk down the cost surface,
#     see both slopes shrink, and compare squared error with cross-entropy.
# ---

# %% [markdown]
# # Train one neuron and watch (w, b) move
#
# <div class="admonition abstract" markdown>
# <p class="admonition-title">Before and after</p>
#
# **You need:** [One neuron](../backprop/one-neuron.md) (the two slopes) and
# [Gradient descent](../backprop/descent.md) (the update rule). **After this notebook you
# can** run gradient descent on one neuron, read its path on the cost's contour map, and
# watch both slopes shrink as it nears the lowest point. The last section, marked
# **Going further**, compares two costs from a saturated start.
#
# </div>
#
# One sigmoid neuron learns from six examples, numbered $i = 0, 1, \dots, 5$. Example $i$
# gives the neuron an input $a^{L-1}_i$ (the superscript is a layer number: the input is
# the output of the layer before) and has a target output $y_i$. The neuron's weighted
# input and its output are
#
# <div class="equation-row" markdown>
#
# $$
# z_i = w\,a^{L-1}_i + b,
# $$
#
# $$
# a^L_i = \sigma(z_i),
# $$
#
# </div>
#
# so $a^L$ is always the neuron's output, and $a^{L-1}$ its input. The cost of example $i$ is
# its squared error, $C_i = (a^L_i - y_i)^2$, and the neuron is trained on the mean of the six:
#
# $$
# C(w, b) = \frac{1}{6} \sum_{i=0}^{5} C_i .
# $$
#
# Training is gradient descent. Every step computes both partial derivatives at the current
# point, the gradient $\nabla C = (\partial C/\partial w,\ \partial C/\partial b)$ (nabla
# $C$), and moves *both* parameters a little way downhill, at the same time:
#
# <div class="equation-row" markdown>
#
# $$
# w \leftarrow w - \eta\,\frac{\partial C}{\partial w},
# $$
#
# $$
# b \leftarrow b - \eta\,\frac{\partial C}{\partial b} .
# $$
#
# </div>
#
# The step size $\eta$ (eta) is the **learning rate**. The bias has its own slope
# $\partial C/\partial b$, so it moves as well: nothing about training ignores it.

# %%
import matplotlib.pyplot as plt
import numpy as np

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.descent import cost_at, descend, gradient_at, path_costs
from snippets.gradcheck import central_difference
from snippets.plots.layout import legend
from snippets.plots.theme import LIGHT, cost_map
from snippets.surface import cost_grid
from snippets.verify import agree

plt.rcParams.update(LIGHT.rc)  # the site's fonts and colours, at 96 pixels per inch

print("inputs  a^{L-1}_i:", A_PREV)
print("targets y_i:      ", Y)

# %% [markdown]
# ## Walking downhill
#
# Start at the site's marked point and take a hundred steps. `descend` returns the whole path,
# one row $(w_t, b_t)$ per step $t$.

# %%
ETA, STEPS = 1.0, 100
path = descend(W0, B0, A_PREV, Y, learning_rate=ETA, steps=STEPS)
costs = path_costs(path, A_PREV, Y)

print("step t      w_t       b_t    C(w_t, b_t)")
for t in (0, 1, 2, 5, 10, 20, 50, 100):
    print(f"{t:>6}  {path[t, 0]:+.4f}   {path[t, 1]:+.4f}   {costs[t]:.6f}")

# %% [markdown]
# Both numbers change at every step, and the cost falls. Drawn over the contour map of
# $C(w, b)$, the path runs downhill, across the contour lines, into the valley. Each colour
# band is a range of costs, darker for lower: the colour bar under the map reads them.

# %%
# alt: A contour map of the cost C over the plane of the weight w (across)
#   and the bias b (up), darker for lower cost, with a colour bar underneath;
#   the cost is lowest in a long curved valley. The green path of gradient
#   descent starts at the round marker, below and left of the lowest point,
#   curves up and to the right across the contour lines, and stops at the star
#   near the lowest point.
w_axis = np.linspace(-1.0, 3.0, 161)
b_axis = np.linspace(-3.0, 1.5, 181)
surface = cost_grid(w_axis, b_axis, A_PREV, Y)

# Narrow enough to be shown at 0.6 of its size or more on a 360-pixel phone.
figure, axes = plt.subplots(figsize=(5.0, 5.0), layout="constrained")
cost_map(figure, axes, w_axis, b_axis, surface, 20, label="cost $C(w, b)$", location="bottom")
# Green: trained on the squared-error cost, as on every figure of the site; under it, a
# wider line in the page's colour keeps it visible on any colour of the map.
axes.plot(*path.T, color=LIGHT.background, linewidth=4.5)
axes.plot(*path.T, ".-", color=LIGHT.squared_error, linewidth=2, markersize=4, label="path")
axes.plot(*path[0], "o", color="white", mec="black", label="start")
axes.plot(*path[-1], "*", color="white", mec="black", markersize=12, label="end")
axes.set_xlabel("weight $w$")
axes.set_ylabel("bias $b$")
legend(axes, LIGHT, loc="upper left")
plt.show()

# %% [markdown]
# ## The two slopes, step by step
#
# Each step is the learning rate times the slopes, so the steps shrink as the slopes shrink.
# Near the bottom of the valley both partial derivatives are close to zero, and the walk
# slows to a stop.

# %%
# alt: Two curves against the step number t, from 0 to 100: the slopes dC/dw
#   (blue, solid) and dC/db (orange, dashed) along the path. Both start below
#   zero, dC/dw further down, and both rise quickly and then flatten onto the
#   zero line as the neuron reaches the bottom of the valley.
slopes = np.array([gradient_at(w, b, A_PREV, Y) for w, b in path])

figure, axes = plt.subplots(figsize=(5.0, 3.3), layout="constrained")
axes.axhline(0, color=LIGHT.muted, linewidth=0.8)
# Blue is the w direction and its slope, orange the b direction and its slope.
axes.plot(slopes[:, 0], color=LIGHT.w_slice, linewidth=2, label=r"$\partial C/\partial w$")
axes.plot(slopes[:, 1], "--", color=LIGHT.b_slice, linewidth=2, label=r"$\partial C/\partial b$")
axes.set_xlabel("step $t$")
axes.set_ylabel("slope at $(w_t, b_t)$")
axes.legend(loc="lower right")
plt.show()

# %%
for when, t in (("start", 0), ("end", STEPS)):
    print(f"at the {when:<5}  dC/dw = {slopes[t, 0]:+.6f},  dC/db = {slopes[t, 1]:+.6f}")
    # The same two slopes, measured by nudging w, then b; this stops if they disagree.
    nudged = central_difference(lambda p: cost_at(*p, A_PREV, Y), path[t])
    agree(f"the slopes at the {when}", slopes[t], nudged)

# %% [markdown]
# ## Going further: squared error against cross-entropy
#
# The squared error is a choice, not a law ([The cost is a choice](../derivatives/cost-choice.md)
# says more). A common alternative for a sigmoid output is the **cross-entropy**,
#
# $$
# C_i = -\bigl[y_i \ln a^L_i + (1 - y_i)\ln(1 - a^L_i)\bigr].
# $$
#
# The difference shows in $\delta_i = \partial C_i/\partial z_i$ (delta), the slope that every
# gradient is built from. With $\sigma'(z)$ (sigma prime), the slope of the sigmoid, the
# squared error gives
#
# $$
# \delta_i = 2(a^L_i - y_i)\,\sigma'(z_i),
# $$
#
# and the cross-entropy gives
#
# $$
# \delta_i = a^L_i - y_i .
# $$
#
# When the neuron is confidently wrong, $z$ is far from zero, and $\sigma'(z)$ is tiny. Then
# the squared error's slopes are tiny too, and training crawls exactly when it should hurry.
# With cross-entropy, $\sigma'(z)$ cancels out. Start both from a point where the neuron is
# badly wrong, with the same learning rate and number of steps:

# %%
START = (-3.0, -3.0)
paths = {}
print(f"{'cost':<14} slopes at the start    (w, b) after {STEPS} steps")
for cost in ("squared_error", "cross_entropy"):
    paths[cost] = descend(*START, A_PREV, Y, ETA, STEPS, cost=cost)
    dC_dw, dC_db = gradient_at(*START, A_PREV, Y, cost=cost)
    w, b = paths[cost][-1]
    print(f"{cost:<14} ({dC_dw:+.4f}, {dC_db:+.4f})     ({w:+.4f}, {b:+.4f})")
    nudged = central_difference(lambda p, cost=cost: cost_at(*p, A_PREV, Y, cost), START)
    agree(f"the {cost} slopes at the start", [dC_dw, dC_db], nudged)

# %%
# alt: Two contour maps, one above the other, each over the plane of w
#   (across) and b (up), darker for lower cost: above, the squared-error cost,
#   with its path in green; below, the cross-entropy cost, with its path in
#   purple. Both paths start at the same round marker, far lower left. Above,
#   the path creeps along the bottom and is still far from the lowest point
#   after all the steps. Below, the path heads across into the valley and
#   reaches the lowest point.
w_axis = np.linspace(-3.5, 3.0, 131)
b_axis = np.linspace(-4.0, 1.5, 111)
titles = {"squared_error": "squared error", "cross_entropy": "cross-entropy"}
# One map above the other: each keeps the full width on a phone.
figure, all_axes = plt.subplots(2, 1, figsize=(5.0, 7.4), sharex=True, layout="constrained")
for axes, cost in zip(all_axes, titles, strict=True):
    surface = cost_grid(w_axis, b_axis, A_PREV, Y, cost=cost)
    cost_map(figure, axes, w_axis, b_axis, surface, 20)
    # Each cost's own colour, as on every figure of the site: squared error green,
    # cross-entropy purple.
    colour = getattr(LIGHT, cost)
    axes.plot(*paths[cost].T, color=LIGHT.background, linewidth=4.5)
    axes.plot(*paths[cost].T, ".-", color=colour, linewidth=2, markersize=4)
    axes.plot(*START, "o", color="white", mec="black")
    axes.set_title(f"{titles[cost]}, {STEPS} steps", color=colour)
    axes.set_ylabel("bias $b$")
all_axes[-1].set_xlabel("weight $w$")
plt.show()

# %% [markdown]
# Both costs have their lowest point in nearly the same place; what differs is how hard the
# slope pulls when the neuron is far from it. [The cost is a choice](../derivatives/cost-choice.md)
# explains where the $\sigma'(z)$ goes, and the backpropagation pages use the same $\delta$ for
# whole networks.
