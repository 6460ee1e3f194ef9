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
#     A small network of sigmoid neurons learns to separate two interleaved moons, with
#     the matrix form of backpropagation: gradient check, loss curve and decision boundary.
# ---

# %% [markdown]
# # Many neurons on a real little problem
#
# <div class="admonition info" markdown>
# <p class="admonition-title">Going further</p>
#
# This notebook is not on the first path through the site. **You need:**
# [Many neurons per layer](../backprop/many-neurons.md) (the matrix form of backpropagation)
# and [Checking gradients](../backprop/gradient-check.md). **After this notebook you can**
# train a network with a hidden layer, check its gradient before training, and read its loss
# curve and its decision boundary.
#
# </div>
#
# One neuron draws one straight boundary. The points below come in two classes shaped like
# interleaved half-moons, and no straight line can separate them. A network with a hidden
# layer of sixteen neurons can.
#
# Every layer $l$ now has many neurons, so its weights form a matrix $W^l$ and its biases a
# vector $b^l$ (the superscript is the layer's number, not a power). The examples are
# numbered $i = 0, 1, \dots, m - 1$, and their inputs are the columns of one matrix,
# $X = A^0$. Then
#
# <div class="equation-row" markdown>
#
# $$
# Z^l = W^l A^{l-1} + b^l,
# $$
#
# $$
# A^l = \sigma(Z^l),
# $$
#
# </div>
#
# where $b^l$ is added to every column, and column $i$ of $A^l$ is the output of layer $l$
# for example $i$. The cost of example $i$ is its squared error $C_i$, and the network is
# trained on their mean, $C = \frac{1}{m}\sum_{i=0}^{m-1} C_i$. Backpropagation runs the same
# recursion as in the one-neuron chain, with a matrix product in place of each multiplication
# by $w$; $\delta^l$ (delta) holds the examples' slopes in their weighted inputs $Z^l$,
# $\sigma'$ (sigma prime) is the slope of the sigmoid, and $(W^{l+1})^\top$ is the transpose
# of $W^{l+1}$:
#
# <div class="equation-row" markdown>
#
# $$
# \delta^L = 2(A^L - Y) \odot \sigma'(Z^L),
# $$
#
# $$
# \delta^l = \bigl((W^{l+1})^\top \delta^{l+1}\bigr) \odot \sigma'(Z^l),
# $$
#
# </div>
#
# <div class="equation-row" markdown>
#
# $$
# \frac{\partial C}{\partial W^l} = \frac{1}{m}\,\delta^l (A^{l-1})^\top,
# $$
#
# $$
# \frac{\partial C}{\partial b^l} = \frac{1}{m} \sum_{i=0}^{m-1} \delta^l_i .
# $$
#
# </div>
#
# Here $\odot$ multiplies entry by entry, $Y$ holds the targets, one column per example, and
# column $i$ of $\delta^l$, written $\delta^l_i$, holds $\partial C_i/\partial z^l$ for
# example $i$. All of this is `backprop` in the site's `snippets/layers.py`; this notebook only
# calls it.

# %%
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import LogLocator

from snippets.gradcheck import check_network_gradients
from snippets.layers import backprop, cost, forward, init_network, parameter_count
from snippets.moons import two_moons
from snippets.plots.layout import legend
from snippets.plots.theme import LIGHT, outlined
from snippets.verify import TOLERANCE, claim

plt.rcParams.update(LIGHT.rc)  # the site's fonts and colours, at 96 pixels per inch

X, Y = two_moons(200, noise=0.2, seed=0)
print(f"inputs X = A^0: shape {X.shape}, one column per point")
counts = [int(np.sum(Y == label)) for label in (0, 1)]
print(f"targets Y: shape {Y.shape}; {counts[0]} of class 0, {counts[1]} of class 1")

# %%
# alt: A scatter plot of 200 points in the plane of the two inputs, in two
#   classes: white circles along an upper arch and black triangles along a
#   lower arch shifted to the right. Each arch reaches into the hollow of the other,
#   so no straight line can separate the classes.
# Each class its own shape and shade, white circles and black triangles, readable in
# either colour scheme and over any colour of a map.
classes = [(0, "o", "white", "black"), (1, "^", "black", "white")]

# Narrow enough to be shown at 0.6 of its size or more on a 360-pixel phone.
figure, axes = plt.subplots(figsize=(5.0, 3.6), layout="constrained")
for label, marker, fill, edge in classes:
    points = X[:, Y[0] == label]
    axes.scatter(*points, marker=marker, color=fill, edgecolor=edge, s=22, label=f"class {label}")
axes.set_xlabel("input 1, $a^0_1$")
axes.set_ylabel("input 2, $a^0_2$")
axes.set_aspect("equal")
legend(axes, LIGHT, loc="upper right")
plt.show()

# %% [markdown]
# ## A network, and a check of its gradient before training
#
# Two inputs, a hidden layer of sixteen sigmoid neurons, one output: the output is the
# network's guess of the class, between 0 and 1. The weights start small and random, from a
# fixed seed, so every run of this notebook gives the same numbers.

# %%
SIZES = [2, 16, 1]
weights, biases = init_network(SIZES, seed=0)
for layer, (W, b) in enumerate(zip(weights, biases, strict=True), start=1):
    print(f"layer {layer}: W^{layer} {W.shape}, b^{layer} {b.shape}")
print(f"{parameter_count(SIZES)} parameters in all")

# %% [markdown]
# Before trusting `backprop` with thousands of steps, compare its gradient with one measured
# by nudging: each of the parameters in turn moves by a tiny $h$ both ways, everything else
# held fixed, and the change of the cost is measured. No backward pass is involved. The
# relative error between the two, one number per matrix and per bias vector, should be
# around $10^{-7}$ or smaller.

# %%
def network_cost(weights, biases):
    return cost(weights, biases, X, Y)


dC_dW, dC_db = backprop(weights, biases, X, Y)
errors = check_network_gradients(network_cost, weights, biases, dC_dW, dC_db)
for name, error in errors.items():
    print(f"{name:>4}: relative error {error:.1e}")
claim(max(errors.values()) < TOLERANCE, f"every array passes the check {errors}")

# %% [markdown]
# ## Training
#
# Full-batch gradient descent: every step uses all $m = 200$ points, and every parameter
# moves against its own slope, $W^l \leftarrow W^l - \eta\,\partial C/\partial W^l$ and
# $b^l \leftarrow b^l - \eta\,\partial C/\partial b^l$.

# %%
ETA, STEPS = 3.0, 2000
costs = [network_cost(weights, biases)]
for _ in range(STEPS):
    dC_dW, dC_db = backprop(weights, biases, X, Y)
    weights = [W - ETA * dW for W, dW in zip(weights, dC_dW, strict=True)]
    biases = [b - ETA * db for b, db in zip(biases, dC_db, strict=True)]
    costs.append(network_cost(weights, biases))

_, activations = forward(weights, biases, X)
accuracy = np.mean((activations[-1] > 0.5) == (Y == 1))
print(f"cost: {costs[0]:.4f} before training, {costs[-1]:.4f} after {STEPS} steps")
print(f"points on the right side of the boundary: {accuracy:.1%}")

# %%
# alt: The cost against the training step, from 0 to 2000, on a logarithmic
#   scale, drawn in green. It falls fast for the first few steps, rests on a
#   plateau for a few hundred more, then drops again as the network finds the
#   shape of the moons, and keeps falling, more and more slowly, to the end.
figure, axes = plt.subplots(figsize=(5.0, 3.3), layout="constrained")
# Green: the squared-error cost, as on every figure of the site.
axes.plot(costs, color=LIGHT.squared_error, linewidth=2)
axes.set_yscale("log")
axes.yaxis.set_major_locator(LogLocator(subs=(1, 2, 5)))  # 1, 2, 5 in each decade
axes.yaxis.set_major_formatter("{x:g}")  # written 0.02, not 2×10⁻²
axes.yaxis.set_minor_formatter("")
axes.set_xlabel("step")
axes.set_ylabel("cost $C$ (log scale)")
plt.show()

# %% [markdown]
# ## The decision boundary
#
# Run the trained network on every point of a fine grid. Where its output is above one half it
# says class 1, below it says class 0; the line where it equals one half is the decision
# boundary. It is not straight: the hidden neurons bend it around the tips of the moons.

# %%
# alt: The same 200 points over a colour map of the trained network's output,
#   with a colour bar underneath: dark purple where it says class 0, through
#   green, to yellow where it says class 1. The decision boundary, where the
#   output is one half, is drawn as a solid curve. It winds between the two
#   moons, around the tip of each, with the white circles on one side and the
#   black triangles on the other.
grid_1 = np.linspace(X[0].min() - 0.5, X[0].max() + 0.5, 241)
grid_2 = np.linspace(X[1].min() - 0.5, X[1].max() + 0.5, 181)
grid = np.stack([g.ravel() for g in np.meshgrid(grid_1, grid_2)])  # one column per point
_, activations = forward(weights, biases, grid)
output = activations[-1].reshape(len(grid_2), len(grid_1))

figure, axes = plt.subplots(figsize=(5.0, 4.4), layout="constrained")
shading = axes.contourf(grid_1, grid_2, output, levels=10, cmap=LIGHT.colormap)
boundary = axes.contour(grid_1, grid_2, output, levels=[0.5], colors=LIGHT.foreground)
boundary.set(linewidth=2, path_effects=outlined(LIGHT))
for label, marker, fill, edge in classes:
    axes.scatter(*X[:, Y[0] == label], marker=marker, color=fill, edgecolor=edge, s=22)
axes.set_xlabel("input 1, $a^0_1$")
axes.set_ylabel("input 2, $a^0_2$")
axes.set_aspect("equal")
figure.colorbar(shading, label="network output", location="bottom")
plt.show()
