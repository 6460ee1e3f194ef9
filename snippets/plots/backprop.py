"""Figures of the backprop pages: the traced chain, one fork, and the cost of a gradient."""

import numpy as np
from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch

from snippets import chain, layers
from snippets.plots.layout import legend, size, title, with_key
from snippets.plots.render import FigureSpec
from snippets.plots.text import count
from snippets.plots.theme import ROLES, new_figure


def _arrow(axes, start, end, color, **style):
    axes.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=14,
                                   color=color, linewidth=1.6, shrinkA=0, shrinkB=0, **style))


def chain_trace(theme, w, b, a0, y, layout="desktop"):
    """The chain a^0 → neuron 1 → … → neuron L → C_0, with the forward values (z^l, a^l)
    above the arrows and the backward values (δ^l and the two gradients) below them; for
    layout="phone", the chain runs down the page, forward values on its left, backward on
    its right."""
    w, b = np.asarray(w, dtype=float), np.asarray(b, dtype=float)
    z, a = chain.forward(w, b, a0)
    delta, dC_dw, dC_db, dC_da = chain.backward(w, z, a, y)
    C0 = float(np.real(chain.cost(w, b, a0, y)))
    if layout == "phone":
        return _chain_down(theme, w, b, a0, y, z, a, delta, dC_dw, dC_db, dC_da, C0)
    L = len(w)
    gap, radius = 2.0, 0.36  # distance between nodes, neuron radius
    cost_x = gap * (L + 1)

    figure, axes = new_figure(theme, 9.6, 4.2)
    axes.set(xlim=(-0.75, cost_x + 0.75), ylim=(-2.05, 1.95), aspect="equal")
    axes.axis("off")

    def box(x, text):
        axes.add_patch(FancyBboxPatch((x - 0.42, -0.3), 0.84, 0.6, boxstyle="round,pad=0.03",
                                      facecolor="none", edgecolor=theme.foreground, linewidth=1.4))
        axes.text(x, 0, text, ha="center", va="center", fontsize=11.5, linespacing=1.4,
                  color=theme.foreground)

    box(0, f"$a^0$\n{a0:g}")
    box(cost_x, f"$C_0$\n{C0:.4f}")
    axes.text(cost_x, -0.42, f"target y = {y:g}", ha="center", va="top", fontsize=10.5,
              color=theme.foreground)
    for layer in range(1, L + 1):
        axes.add_patch(Circle((gap * layer, 0), radius, facecolor="none",
                              edgecolor=theme.foreground, linewidth=1.6))
        axes.text(gap * layer, 0, f"layer\n{layer}", ha="center", va="center", fontsize=10.5,
                  linespacing=1.2, color=theme.foreground)

    # Forward: arrows to the right; weight on the arrow, b, z and a above the neuron.
    for layer in range(1, L + 2):
        left = gap * (layer - 1) + (0.45 if layer == 1 else radius)
        right = gap * layer - (0.45 if layer == L + 1 else radius)
        _arrow(axes, (left, 0.1), (right, 0.1), theme.forward)
        _arrow(axes, (right, -0.1), (left, -0.1), theme.backward)
        axes.text(gap * (layer - 0.5), -0.2, f"$\\partial C_0/\\partial a^{layer - 1}$"
                  f"\n{dC_da[layer - 1]:.4f}", ha="center", va="top", fontsize=10.5,
                  color=theme.backward, linespacing=1.3)
    for layer in range(1, L + 1):
        i = layer - 1
        axes.text(gap * (layer - 0.5), 0.18, f"$w^{layer}$ = {w[i]:g}", ha="center",
                  va="bottom", fontsize=11, color=theme.forward)
        axes.text(gap * layer, 0.55,
                  f"$b^{layer}$ = {b[i]:g}\n$z^{layer}$ = {z[i]:.4f}\n$a^{layer}$ = {a[layer]:.4f}",
                  ha="center", va="bottom", fontsize=11, color=theme.forward, linespacing=1.5)
        axes.text(gap * layer, -0.66,
                  f"$\\delta^{layer}$ = {delta[i]:.4f}\n"
                  f"$\\partial C_0/\\partial w^{layer}$ = {dC_dw[i]:.4f}\n"
                  f"$\\partial C_0/\\partial b^{layer}$ = {dC_db[i]:.4f}",
                  ha="center", va="top", fontsize=11, color=theme.backward, linespacing=1.6)
    axes.text(-0.7, 1.85, "forward: z and a, from the input up", ha="left", va="center",
              fontsize=11.5, color=theme.forward)
    axes.text(-0.7, -1.95, "backward: δ and the gradients, from the cost down", ha="left",
              va="center", fontsize=11.5, color=theme.backward)
    return figure


def _chain_down(theme, w, b, a0, y, z, a, delta, dC_dw, dC_db, dC_da, C0):
    """chain_trace's phone layout: the same values, the chain running down the page."""
    L = len(w)
    gap, radius = 2.1, 0.36  # distance between nodes, neuron radius
    cost_y = -gap * (L + 1)
    figure, axes = new_figure(theme, *size("phone", None, 7.5))
    axes.set(xlim=(-2.75, 2.75), ylim=(cost_y - 0.75, 1.35), aspect="equal")
    axes.axis("off")

    def box(y_, text):
        axes.add_patch(FancyBboxPatch((-0.42, y_ - 0.3), 0.84, 0.6, boxstyle="round,pad=0.03",
                                      facecolor="none", edgecolor=theme.foreground, linewidth=1.4))
        axes.text(0, y_, text, ha="center", va="center", fontsize=11, linespacing=1.3,
                  color=theme.foreground)

    box(0, f"$a^0$\n{a0:g}")
    box(cost_y, f"$C_0$\n{C0:.4f}")
    axes.text(-0.55, cost_y, f"target\ny = {y:g}", ha="right", va="center", fontsize=10.5,
              color=theme.foreground, linespacing=1.3)
    for layer in range(1, L + 1):
        axes.add_patch(Circle((0, -gap * layer), radius, facecolor="none",
                              edgecolor=theme.foreground, linewidth=1.6))
        axes.text(0, -gap * layer, f"layer\n{layer}", ha="center", va="center", fontsize=10,
                  linespacing=1.1, color=theme.foreground)
    # Forward: arrows down the left; the weight on the arrow, b, z and a left of the neuron.
    # Backward: arrows up the right; δ and the two gradients right of the neuron.
    for layer in range(1, L + 2):
        top = -gap * (layer - 1) - (0.36 if layer == 1 else radius)
        bottom = -gap * layer + (0.36 if layer == L + 1 else radius)
        _arrow(axes, (-0.1, top), (-0.1, bottom), theme.forward)
        _arrow(axes, (0.1, bottom), (0.1, top), theme.backward)
        axes.text(0.25, -gap * (layer - 0.5), f"$\\partial C_0/\\partial a^{layer - 1}$ = "
                  f"{dC_da[layer - 1]:.4f}", ha="left", va="center", fontsize=10.5,
                  color=theme.backward)
    for layer in range(1, L + 1):
        i = layer - 1
        axes.text(-0.25, -gap * (layer - 0.5), f"$w^{layer}$ = {w[i]:g}", ha="right",
                  va="center", fontsize=10.5, color=theme.forward)
        axes.text(-0.55, -gap * layer,
                  f"$b^{layer}$ = {b[i]:g}\n$z^{layer}$ = {z[i]:.4f}\n$a^{layer}$ = {a[layer]:.4f}",
                  ha="right", va="center", fontsize=10.5, color=theme.forward, linespacing=1.4)
        axes.text(0.55, -gap * layer,
                  f"$\\delta^{layer}$ = {delta[i]:.4f}\n"
                  f"$\\partial C_0/\\partial w^{layer}$ = {dC_dw[i]:.4f}\n"
                  f"$\\partial C_0/\\partial b^{layer}$ = {dC_db[i]:.4f}",
                  ha="left", va="center", fontsize=10.5, color=theme.backward, linespacing=1.4)
    axes.text(-2.7, 1.3, "forward: z and a,\nfrom the input down", ha="left", va="top",
              fontsize=10.5, color=theme.forward, linespacing=1.3)
    axes.text(2.7, 1.3, "backward: δ and the\ngradients, from the\ncost up", ha="right",
              va="top", fontsize=10.5, color=theme.backward, linespacing=1.3)
    return figure


def fork(theme, sizes, seed, k, layout="desktop"):
    """One example through a small network, with the paths out of activation k of layer 1
    drawn thick: its slope ∂C/∂a^1_k is the sum of one term per path."""
    weights, _ = layers.init_network(sizes, seed)
    figure, axes = new_figure(theme, *size(layout, (8.4, 3.9), 2.7))
    radius = 0.3 if layout == "phone" else 0.22  # a phone's labels are larger for their nodes
    axes.axis("off")
    positions = []
    for layer, n in enumerate(sizes):
        ys = 1.3 * np.linspace(-(n - 1) / 2, (n - 1) / 2, n)[::-1]
        positions.append([(2.6 * layer, y_) for y_ in ys])
    for layer in range(1, len(sizes)):
        W = weights[layer - 1]
        for j, end in enumerate(positions[layer]):
            for source, start in enumerate(positions[layer - 1]):
                on_path = layer == 2 and source == k - 1
                axes.plot([start[0], end[0]], [start[1], end[1]],
                          color=theme.backward if on_path else theme.muted,
                          linewidth=2.6 if on_path else 0.8, zorder=1)
                label = f"$w^2_{{{j + 1}{k}}}$ = {W[j, source]:.3f}"
                if on_path and layout == "phone":
                    # Level, by the end of its path, where the paths are furthest apart:
                    # above a path that climbs, below one that falls.
                    rises = end[1] > start[1]
                    axes.text(end[0] - 0.33, end[1] + (0.14 if rises else -0.14), label,
                              fontsize=9.5, color=theme.backward, ha="right",
                              va="bottom" if rises else "top", zorder=2,
                              bbox={"facecolor": theme.background, "edgecolor": "none",
                                    "pad": 0.6})
                elif on_path:
                    angle = np.arctan2(end[1] - start[1], end[0] - start[0])
                    along = 0.45 * np.array(start) + 0.55 * np.array(end)
                    x_, y_ = along + 0.09 * np.array([-np.sin(angle), np.cos(angle)])
                    axes.text(x_, y_, label, fontsize=9.5,
                              color=theme.backward, ha="center", va="bottom",
                              rotation=np.degrees(angle), rotation_mode="anchor",
                              transform_rotates_text=True)
    for layer, column in enumerate(positions):
        for j, (x_, y_) in enumerate(column):
            highlighted = layer == 1 and j == k - 1
            axes.add_patch(Circle((x_, y_), radius, zorder=2, facecolor=theme.background,
                                  edgecolor=theme.backward if highlighted else theme.foreground,
                                  linewidth=2.4 if highlighted else 1.2))
            label = f"$x_{j + 1}$" if layer == 0 else f"$a^{layer}_{j + 1}$"
            axes.text(x_, y_, label, ha="center", va="center", fontsize=9, zorder=3,
                      color=theme.foreground)
    top = 1.3 * (max(len(c) for c in positions) - 1) / 2 + 0.35
    heading = top + (0.45 if layout == "phone" else 0.1)  # above a phone's labels
    for layer in range(len(sizes)):
        name = "input" if layer == 0 else f"layer {layer}"
        axes.text(2.6 * layer, heading, name, ha="center", va="bottom", fontsize=10,
                  color=theme.foreground)
    bottom = top + (0.35 if layout == "phone" else 0.05)  # a phone's labels go under paths
    axes.set(xlim=(-0.5, 2.6 * (len(sizes) - 1) + 0.5), ylim=(-bottom, heading + 0.45),
             aspect="equal")
    return figure


def gradient_cost(theme, widths, depth, outputs, marked, layout="desktop"):
    """Forward-pass equivalents for one full gradient against the parameter count P,
    for finite differences (2P) and for backprop (one forward and one backward pass)."""
    families = [[n] * depth + [outputs] for n in widths]
    counts = np.array([layers.parameter_count(s) for s in families])
    finite, backprop = np.array([layers.forward_pass_equivalents(s) for s in families]).T
    marked_P = layers.parameter_count(marked)
    marked_fd, marked_bp = layers.forward_pass_equivalents(marked)

    figure, axes, key = with_key(theme, layout, (8.0, 4.2), 3.6, 1.2)
    phone = layout == "phone"
    gap = "\n" if phone else " "  # a phone breaks the long labels in two
    axes.loglog(counts, finite, "o-", color=theme.forward, linewidth=2, markersize=4,
                label=f"finite differences:{gap}2P forward passes")
    axes.loglog(counts, backprop, "s-", color=theme.backward, linewidth=2, markersize=4,
                label=f"backprop: 1 forward{gap}+ 1 backward pass")
    axes.plot([marked_P, marked_P], [marked_fd, marked_bp], "o", color=theme.foreground,
              markersize=8, markeredgecolor=theme.background)
    name = "-".join(str(n) for n in marked)
    note = f"P = {marked_P:,}\n2P = {marked_fd:,} against {marked_bp:.2f}"
    axes.annotate(f"network {name}:{gap}{note}",
                  (marked_P, marked_bp), xytext=(60, 28) if phone else (0, 40),
                  textcoords="offset points", ha="right" if phone else "center", va="bottom",
                  fontsize=9.5, color=theme.foreground,
                  arrowprops={"arrowstyle": "-", "color": theme.foreground, "linewidth": 0.8})
    axes.set(xlabel=f"number of parameters P{gap}(weights and biases)",
             ylabel="cost of one gradient\n(in forward passes)")
    title(axes, "Counted cost of one gradient: multiply-adds, not timings", layout)
    axes.grid(alpha=0.3, which="major")
    legend(key, theme, layout, *axes.get_legend_handles_labels(),
           loc="center" if key is not axes else "upper left")
    return figure


_MARKED = (784, 128, 64, 10)  # the network of the benchmark and the table
_COST_PARAMS = {"widths": (2, 4, 8, 16, 32, 64, 128, 256, 512, 1024), "depth": 3,
                "outputs": 10, "marked": _MARKED}
_BACKPROP_PASSES = [
    layers.forward_pass_equivalents([n] * _COST_PARAMS["depth"] + [_COST_PARAMS["outputs"]])[1]
    for n in _COST_PARAMS["widths"]
]
_FORK_SIZES, _FORK_K = layers.SIZES, 1

FIGURES = [
    FigureSpec(
        id="backprop_chain_trace",
        function=chain_trace,
        params={"w": tuple(chain.W), "b": tuple(chain.B), "a0": chain.A0, "y": chain.Y},
        alt=(
            f"A chain of {count(len(chain.W))} sigmoid neurons between the input "
            f"a^0 = {chain.A0:g} and the cost C_0. "
            f"{ROLES['forward'].capitalize()} forward arrows run from the input to the cost, "
            "labelled with each layer's weight, bias, z and a; "
            f"{ROLES['backward']} backward arrows run from the cost back to the input, "
            "labelled with each layer's "
            "delta and the gradients of C_0 with respect to its weight and bias."
        ),
    ),
    FigureSpec(
        id="backprop_fork",
        function=fork,
        params={"sizes": _FORK_SIZES, "seed": layers.SEED, "k": _FORK_K},
        alt=(
            f"A network with {_FORK_SIZES[0]} inputs, "
            + ", ".join(f"{n} neurons in layer {layer}"
                        for layer, n in enumerate(_FORK_SIZES[1:-1], 1))
            + f" and {_FORK_SIZES[-1]} output. Activation a^1_{_FORK_K} is highlighted, with "
            f"its {count(_FORK_SIZES[2])} outgoing weights to the {count(_FORK_SIZES[2])} "
            f"neurons of layer 2 drawn thick: {count(_FORK_SIZES[2])} paths from "
            f"a^1_{_FORK_K} to the cost."
        ),
    ),
    FigureSpec(
        id="backprop_gradient_cost",
        function=gradient_cost,
        params=_COST_PARAMS,
        alt=(
            "Log-log plot of the cost of one full gradient, in forward passes, against the "
            "number of parameters P. Finite differences rise in a straight line as 2P; "
            f"backprop stays flat, between {min(_BACKPROP_PASSES):.2f} and "
            f"{max(_BACKPROP_PASSES):.2f} forward passes. The network "
            f"{'-'.join(str(n) for n in _MARKED)} is "
            f"marked: P = {layers.parameter_count(_MARKED):,}, so "
            f"{layers.forward_pass_equivalents(_MARKED)[0]:,} forward passes against "
            f"{layers.forward_pass_equivalents(_MARKED)[1]:.2f}."
        ),
    ),
]
