"""Figures for "the cost function is a choice": squared error against cross-entropy."""

import numpy as np

from snippets.dataset import A_PREV, Y
from snippets.descent import descend
from snippets.neuron import forward, sigmoid_prime
from snippets.plots.render import FigureSpec
from snippets.plots.theme import cost_map, new_figure
from snippets.surface import cost_grid

COSTS = {"squared_error": "squared error", "cross_entropy": "cross-entropy"}


def cost_surfaces(theme, w_range, b_range):
    """Contour maps of C(w, b) over the same dataset for the two costs, side by side,
    each with its lowest grid point marked."""
    w = np.linspace(*w_range, 161)  # 161 points: smooth enough, and the SVG stays small
    b = np.linspace(*b_range, 161)
    figure, axes = new_figure(theme, 9.6, 4.2, ncols=2)
    for ax, (cost, name) in zip(axes, COSTS.items(), strict=True):
        C = cost_grid(w, b, A_PREV, Y, cost=cost)
        cost_map(figure, ax, w, b, C, 14, f"C(w, b), {name}")
        row, col = np.unravel_index(np.argmin(C), C.shape)
        ax.plot(w[col], b[row], "*", color=theme.foreground, markersize=13,
                markeredgecolor=theme.background, label=f"lowest: w = {w[col]:.2f}, "
                f"b = {b[row]:.2f}".replace("-", "\u2212"))
        ax.set(xlabel="weight w", ylabel="bias b", title=f"Mean {name}")
        ax.legend(loc="upper left", frameon=True, facecolor=theme.background,
                  edgecolor=theme.muted, framealpha=0.95)
    return figure


def saturation(theme, w0, b0, eta, steps):
    """Left: σ'(z), never above 1/4 and nearly 0 for large |z|, with z = w0 + b0 marked.
    Right: the output a during gradient descent from (w0, b0) on one example (input 1,
    target 0), for each cost."""
    z = np.linspace(-10, 10, 401)
    figure, (prime_axes, train_axes) = new_figure(theme, 9.6, 4.0, ncols=2)
    # Left, no cost is involved: neutral colours. Right, each cost in its own colour.
    prime_axes.plot(z, sigmoid_prime(z), color=theme.foreground, linewidth=2.4, label="σ'(z)")
    prime_axes.axhline(0.25, color=theme.muted, linestyle="--", linewidth=1.2,
                       label="σ'(0) = 1/4, the largest value")
    z_start = w0 * 1.0 + b0
    prime_axes.plot(z_start, sigmoid_prime(z_start), "o", color=theme.foreground, markersize=9,
                    markeredgecolor=theme.background,
                    label=f"the start: σ'({z_start:g}) = {sigmoid_prime(z_start):.4f}")
    prime_axes.set(xlabel="z", ylabel="σ'(z)", ylim=(0, 0.36),
                   title="The sigmoid's slope is small away from 0")
    prime_axes.grid(alpha=0.3)
    prime_axes.legend(loc="upper right", fontsize=9)

    colors = {"squared_error": theme.squared_error, "cross_entropy": theme.cross_entropy}
    for cost, name in COSTS.items():
        path = descend(w0, b0, [1.0], [0.0], eta, steps, cost)
        a = [forward(w, b, 1.0)[1] for w, b in path]  # the output at every step
        train_axes.plot(np.arange(steps + 1), a, color=colors[cost], linewidth=2.4, label=name)
    train_axes.set(xlabel="step of gradient descent", ylabel="output a (target 0)",
                   ylim=(0, 1), title=f"Learning from w = b = {w0:g}, η = {eta:g}")
    train_axes.grid(alpha=0.3)
    train_axes.legend(loc="upper right")
    return figure


_START = {"w0": 2.0, "b0": 2.0, "eta": 0.15, "steps": 300}  # Nielsen's saturated start
_Z0 = _START["w0"] * 1.0 + _START["b0"]
_SE_PATH, _CE_PATH = (
    descend(_START["w0"], _START["b0"], [1.0], [0.0], _START["eta"], _START["steps"], cost)
    for cost in COSTS
)
_A_SE_50 = forward(*_SE_PATH[50], 1.0)[1]
_A_CE_50 = forward(*_CE_PATH[50], 1.0)[1]

FIGURES = [
    FigureSpec(
        id="cost_surfaces",
        function=cost_surfaces,
        params={"w_range": (-3.0, 4.0), "b_range": (-4.0, 3.0)},
        alt=(
            "Two contour maps over weight w (horizontal) and bias b (vertical), for the same "
            "six examples: on the left the mean squared error, on the right the mean "
            "cross-entropy. Both have their lowest point in the same region, marked by a "
            "star; the squared-error surface flattens into plateaus far from it, while the "
            "cross-entropy keeps rising steadily."
        ),
    ),
    FigureSpec(
        id="cost_saturation",
        function=saturation,
        params=_START,
        alt=(
            f"Left: the curve σ'(z), a bump with its peak 1/4 at z = 0 and almost zero beyond "
            f"|z| = 5; the start z = {_Z0:g} is marked where σ'({_Z0:g}) = "
            f"{sigmoid_prime(_Z0):.4f}. Right: the neuron's output over {_START['steps']} steps "
            f"of gradient descent from w = {_START['w0']:g}, b = {_START['b0']:g} "
            f"towards the target 0. With squared error it stays near 1 for a long time "
            f"({_A_SE_50:.3f} after 50 steps) before dropping; with cross-entropy it falls at "
            f"once ({_A_CE_50:.3f} after 50 steps)."
        ),
    ),
]
