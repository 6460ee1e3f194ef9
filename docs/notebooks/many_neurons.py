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
# One neuron draws one straight boundary. The points below come in two classes shaped like
# interleaved half-moons, and no straight line can separate them. A network with a hidden
# layer of sixteen neurons can.
#
# Every layer $l$ now has many neurons, so its weights form a matrix $W^l$ and its biases a
# vector $b^l$. With the $m$ examples as the columns of a matrix $A^0$,
#
# $$
# Z^l = W^l A^{l-1} + b^l, \qquad A^l = \sigma(Z^l),
# $$
#
# where $b^l$ is added to every column. The cost $C$ is the average over the examples of the
# squared error. Backpropagation runs the same recursion as in the one-neuron chain, with a
# matrix product in place of each multiplication by $w$:
#
# $$
# \delta^L = 2(A^L - Y) \odot \sigma'(Z^L), \qquad
# \delta^l = \bigl((W^{l+1})^{\mathsf T} \delta^{l+1}\bigr) \odot \sigma'(Z^l),
# $$
#
# $$
# \frac{\partial C}{\partial W^l} = \frac{1}{m}\,\delta^l (A^{l-1})^{\mathsf T}, \qquad
# \frac{\partial C}{\partial b^l} = \frac{1}{m} \sum_{\text{columns}} \delta^l .
# $$
#
# Here $\odot$ multiplies entry by entry, and column $x$ of $\delta^l$ holds
# $\partial C_x/\partial z^l$ for example $x$. All of this is `backprop` in the site's
# `snippets.layers`; this notebook only calls it.

# %%
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import LogLocator

from snippets.gradcheck import check_network_gradients
from snippets.layers import backprop, cost, forward, init_network, parameter_count
from snippets.moons import two_moons
from snippets.plots.theme import LIGHT
from snippets.verify import TOLERANCE, claim

x, y = two_moons(200, noise=0.2, seed=0)
print(f"inputs x: shape {x.shape}, one column per point")
counts = [int(np.sum(y == label)) for label in (0, 1)]
print(f"targets y: shape {y.shape}; {counts[0]} of class 0, {counts[1]} of class 1")

# %%
# alt: A scatter plot of 200 points in the plane, in two classes: blue circles
#   along an upper arch and orange triangles along a lower arch shifted to the
#   right. Each arch reaches into the hollow of the other, so no straight line
#   can separate the classes.
figure, axes = plt.subplots(figsize=(6.4, 4.0))
classes = [(0, "o", LIGHT.blue), (1, "^", LIGHT.orange)]
for label, marker, colour in classes:
    points = x[:, y[0] == label]
    axes.scatter(*points, marker=marker, color=colour, s=18, label=f"class {label}")
axes.set_xlabel("$x_1$")
axes.set_ylabel("$x_2$")
axes.set_aspect("equal")
axes.legend()
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
    return cost(weights, biases, x, y)


dC_dW, dC_db = backprop(weights, biases, x, y)
errors = check_network_gradients(network_cost, weights, biases, dC_dW, dC_db)
for name, error in errors.items():
    print(f"{name:>4}: relative error {error:.1e}")
claim(max(errors.values()) < TOLERANCE, f"every array passes the check {errors}")

# %% [markdown]
# ## Training
#
# Full-batch gradient descent: every step uses all 200 points, and every parameter moves
# against its own slope, $W^l \leftarrow W^l - \eta\,\partial C/\partial W^l$ and
# $b^l \leftarrow b^l - \eta\,\partial C/\partial b^l$.

# %%
ETA, STEPS = 3.0, 2000
costs = [network_cost(weights, biases)]
for _ in range(STEPS):
    dC_dW, dC_db = backprop(weights, biases, x, y)
    weights = [W - ETA * dW for W, dW in zip(weights, dC_dW, strict=True)]
    biases = [b - ETA * db for b, db in zip(biases, dC_db, strict=True)]
    costs.append(network_cost(weights, biases))

_, activations = forward(weights, biases, x)
accuracy = np.mean((activations[-1] > 0.5) == (y == 1))
print(f"cost: {costs[0]:.4f} before training, {costs[-1]:.4f} after {STEPS} steps")
print(f"points on the right side of the boundary: {accuracy:.1%}")

# %%
# alt: The cost against the training step, from 0 to 2000, on a logarithmic
#   scale. It falls fast for the first few steps, rests on a plateau for a few
#   hundred more, then drops again as the network finds the shape of the moons,
#   and keeps falling, more and more slowly, to the end.
figure, axes = plt.subplots(figsize=(6.4, 3.6))
axes.plot(costs, color=LIGHT.blue)
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
# alt: The same 200 points over a shaded map of the trained network's output,
#   light where it says class 0 and dark where it says class 1, with the
#   decision boundary drawn as a solid curve. The curve winds between the two
#   moons, around the tip of each, with the blue circles on one side and the
#   orange triangles on the other.
grid_1 = np.linspace(x[0].min() - 0.5, x[0].max() + 0.5, 241)
grid_2 = np.linspace(x[1].min() - 0.5, x[1].max() + 0.5, 181)
grid = np.stack([g.ravel() for g in np.meshgrid(grid_1, grid_2)])  # shape (2, k)
_, activations = forward(weights, biases, grid)
output = activations[-1].reshape(len(grid_2), len(grid_1))

figure, axes = plt.subplots(figsize=(6.4, 4.4))
shading = axes.contourf(grid_1, grid_2, output, levels=10, cmap="Greys", alpha=0.6)
axes.contour(grid_1, grid_2, output, levels=[0.5], colors=LIGHT.foreground)
for label, marker, colour in classes:
    axes.scatter(*x[:, y[0] == label], marker=marker, color=colour, s=18)
axes.set_xlabel("$x_1$")
axes.set_ylabel("$x_2$")
axes.set_aspect("equal")
figure.colorbar(shading, label="network output")
plt.show()
