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
# One sigmoid neuron, $z = w\,a^{L-1} + b$ and $a^L = \sigma(z)$, learns from six
# examples: six inputs $a^{L-1}$, each with a target output $y$. Its cost is the average of the
# six squared errors,
#
# $$
# C(w, b) = \frac{1}{6} \sum_{\text{examples}} (a^L - y)^2 .
# $$
#
# Training is gradient descent. Every step computes both partial derivatives at the current
# point and moves *both* parameters a little way downhill, at the same time:
#
# $$
# w \leftarrow w - \eta\,\frac{\partial C}{\partial w}, \qquad
# b \leftarrow b - \eta\,\frac{\partial C}{\partial b} .
# $$
#
# The step size $\eta$ (eta) is the **learning rate**. The bias has its own slope
# $\partial C/\partial b$, so it moves as well: nothing about training ignores it.

# %%
import matplotlib.pyplot as plt
import numpy as np

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.descent import cost_at, descend, gradient_at, path_costs
from snippets.gradcheck import central_difference
from snippets.plots.theme import LIGHT
from snippets.surface import cost_grid
from snippets.verify import agree

print("input a^(L-1):", A_PREV)
print("target y:     ", Y)

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
# Both numbers change at every step, and the cost falls. Drawn over the contour lines of
# $C(w, b)$, the path runs downhill, across the contours, into the valley.

# %%
# alt: A contour map of the cost C over the plane of the weight w (across)
#   and the bias b (up), lowest in a long curved valley. The path of gradient
#   descent starts at the marked point, below and left of the lowest point,
#   curves up and to the right across the contour lines, and stops near the
#   lowest point.
w_axis = np.linspace(-1.0, 3.0, 161)
b_axis = np.linspace(-3.0, 1.5, 181)
surface = cost_grid(w_axis, b_axis, A_PREV, Y)

figure, axes = plt.subplots(figsize=(6.4, 4.8))
filled = axes.contourf(w_axis, b_axis, surface, levels=20, cmap=LIGHT.colormap)
axes.contour(w_axis, b_axis, surface, levels=20, colors="white", linewidths=0.4)
axes.plot(*path.T, ".-", color=LIGHT.orange, markersize=3, label="path")
axes.plot(*path[0], "o", color="white", mec="black", label="start")
axes.plot(*path[-1], "*", color="white", mec="black", markersize=12, label="end")
axes.set_xlabel("weight $w$")
axes.set_ylabel("bias $b$")
axes.legend(loc="upper left")
figure.colorbar(filled, label="cost $C(w, b)$")
plt.show()

# %% [markdown]
# ## The two slopes, step by step
#
# Each step is the learning rate times the slopes, so the steps shrink as the slopes shrink.
# At the bottom of the valley both partial derivatives are zero, and the walk stops.

# %%
# alt: Two curves against the step number t, from 0 to 100: the slopes dC/dw
#   (blue, solid) and dC/db (orange, dashed) along the path. Both start below
#   zero, dC/dw further down, and both rise quickly and then flatten onto the
#   zero line as the neuron reaches the bottom of the valley.
slopes = np.array([gradient_at(w, b, A_PREV, Y) for w, b in path])

figure, axes = plt.subplots(figsize=(6.4, 3.6))
axes.axhline(0, color=LIGHT.muted, linewidth=0.8)
axes.plot(slopes[:, 0], color=LIGHT.blue, label=r"$\partial C/\partial w$")
axes.plot(slopes[:, 1], "--", color=LIGHT.orange, label=r"$\partial C/\partial b$")
axes.set_xlabel("step $t$")
axes.set_ylabel("slope at $(w_t, b_t)$")
axes.legend()
plt.show()

# %%
for when, t in (("start", 0), ("end", STEPS)):
    print(f"at the {when:<5}  dC/dw = {slopes[t, 0]:+.6f},  dC/db = {slopes[t, 1]:+.6f}")
    # The same two slopes, measured by nudging w, then b; this stops if they disagree.
    nudged = central_difference(lambda p: cost_at(*p, A_PREV, Y), path[t])
    agree(f"the slopes at the {when}", slopes[t], nudged)

# %% [markdown]
# ## Squared error against cross-entropy
#
# The squared error is a choice, not a law. A common alternative for a sigmoid output is the
# **cross-entropy**, $C_0 = -\bigl[y \ln a^L + (1 - y)\ln(1 - a^L)\bigr]$. The difference
# shows in $\delta = \partial C_0/\partial z$, the slope that every gradient is built from:
#
# $$
# \text{squared error: } \delta = 2(a^L - y)\,\sigma'(z), \qquad
# \text{cross-entropy: } \delta = a^L - y .
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
# alt: Two contour maps side by side, each over the plane of w (across) and
#   b (up): left, the squared-error cost; right, the cross-entropy cost. Both
#   paths start at the same point, far lower left. On the left the path creeps
#   along the bottom and is still far from the lowest point after all the
#   steps. On the right the path heads across into the valley and reaches the
#   lowest point.
w_axis = np.linspace(-3.5, 3.0, 131)
b_axis = np.linspace(-4.0, 1.5, 111)
titles = {"squared_error": "squared error", "cross_entropy": "cross-entropy"}
figure, all_axes = plt.subplots(1, 2, figsize=(9.6, 4.0), sharey=True)
for axes, cost in zip(all_axes, titles, strict=True):
    surface = cost_grid(w_axis, b_axis, A_PREV, Y, cost=cost)
    axes.contourf(w_axis, b_axis, surface, levels=20, cmap=LIGHT.colormap)
    axes.plot(*paths[cost].T, ".-", color=LIGHT.orange, markersize=3)
    axes.plot(*START, "o", color="white", mec="black")
    axes.set_title(f"{titles[cost]}, {STEPS} steps")
    axes.set_xlabel("weight $w$")
all_axes[0].set_ylabel("bias $b$")
plt.show()

# %% [markdown]
# Both costs have their lowest point in nearly the same place; what differs is how hard the
# slope pulls when the neuron is far from it. The derivatives section explains where the
# $\sigma'(z)$ goes, and the backpropagation pages use the same $\delta$ for whole networks.
