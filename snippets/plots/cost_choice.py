"""Figures for "the cost function is a choice": squared error against cross-entropy."""

import numpy as np

from snippets.dataset import A_PREV, Y
from snippets.descent import descend
from snippets.explorer_data import B_RANGE, W_RANGE
from snippets.neuron import forward, sigmoid_prime
from snippets.plots.landmarks import lowest_point
from snippets.plots.layout import COLORBAR, legend, panels, title
from snippets.plots.render import FigureSpec
from snippets.plots.text import number
from snippets.plots.theme import cost_map
from snippets.surface import cost_grid
from snippets.verify import claim

COSTS = {"squared_error": "squared error", "cross_entropy": "cross-entropy"}


def cost_surfaces(theme, w_range, b_range, layout="desktop"):
    """Contour maps of C(w, b) over the same dataset for the two costs, side by side,
    each with its lowest point marked and named (landmarks.lowest_point)."""
    w = np.linspace(*w_range, 161)  # 161 points: smooth enough, and the SVG stays small
    b = np.linspace(*b_range, 161)
    figure, axes = panels(theme, layout, 2, (9.6, 4.2), 3.4)
    for ax, (cost, name) in zip(axes, COSTS.items(), strict=True):
        C = cost_grid(w, b, A_PREV, Y, cost=cost)
        cost_map(figure, ax, w, b, C, 14, f"C(w, b), {name}", location=COLORBAR[layout])
        w_low, b_low = lowest_point(A_PREV, Y, w_range, b_range, cost)
        ax.plot(w_low, b_low, "*", color=theme.foreground, markersize=13,
                markeredgecolor=theme.background,
                label=f"lowest: w = {number(w_low, '.2f')}, b = {number(b_low, '.2f')}")
        ax.set(xlabel="weight w", ylabel="bias b")
        title(ax, f"Mean {name}", layout)
        legend(ax, theme, layout, loc="upper left")
    return figure


def saturation(theme, w0, b0, a_prev, y, eta, steps, layout="desktop"):
    """Left: σ'(z), never above σ'(0) = 1/4 and nearly 0 for large |z|, with the start's
    z = w0·a_prev + b0 marked. Right: the output a during gradient descent from (w0, b0) on
    one example (input a_prev, target y), for each cost."""
    z = np.linspace(-10, 10, 401)
    peak = sigmoid_prime(0.0)
    claim(np.all(sigmoid_prime(z) <= peak), f"σ'(0) = {peak:g} is the largest value of σ'")
    figure, (prime_axes, train_axes) = panels(theme, layout, 2, (9.6, 4.0), 3.0)
    # Left, no cost is involved: neutral colours. Right, each cost in its own colour.
    prime_axes.plot(z, sigmoid_prime(z), color=theme.foreground, linewidth=2.4, label="σ'(z)")
    prime_axes.axhline(peak, color=theme.muted, linestyle="--", linewidth=1.2,
                       label=f"σ'(0) = {peak:g}, the largest value")
    z_start = w0 * a_prev + b0
    prime_axes.plot(z_start, sigmoid_prime(z_start), "o", color=theme.foreground, markersize=9,
                    markeredgecolor=theme.background,
                    label=f"the start: σ'({z_start:g}) = {sigmoid_prime(z_start):.4f}")
    headroom = 1.7 if layout == "phone" else 1.45  # the legend sits above the bump
    prime_axes.set(xlabel="z", ylabel="σ'(z)", ylim=(0, headroom * peak))
    title(prime_axes, "The sigmoid's slope is small away from 0", layout)
    prime_axes.grid(alpha=0.3)
    legend(prime_axes, theme, layout, loc="upper right", fontsize=9)

    colors = {"squared_error": theme.squared_error, "cross_entropy": theme.cross_entropy}
    for cost, name in COSTS.items():
        path = descend(w0, b0, [a_prev], [y], eta, steps, cost)
        a = [forward(w, b, a_prev)[1] for w, b in path]  # the output at every step
        train_axes.plot(np.arange(steps + 1), a, color=colors[cost], linewidth=2.4, label=name)
    start = f"w = b = {w0:g}" if w0 == b0 else f"w = {w0:g}, b = {b0:g}"
    train_axes.set(xlabel="step of gradient descent", ylabel=f"output a (target {y:g})",
                   ylim=(0, 1))
    title(train_axes, f"Learning from {start}, η = {eta:g}", layout)
    train_axes.grid(alpha=0.3)
    legend(train_axes, theme, layout, loc="upper right")
    return figure


# Nielsen's saturated start: one example, input 1 and target 0, from w = b = 2.
_START = {"w0": 2.0, "b0": 2.0, "a_prev": 1.0, "y": 0.0, "eta": 0.15, "steps": 300}
_Z0 = _START["w0"] * _START["a_prev"] + _START["b0"]
_PEAK = sigmoid_prime(0.0)
_FAR = 5.0  # |z| beyond which the alt text calls σ' almost zero
_AFTER = 50  # the step at which the alt text compares the two runs
_OUTPUTS = {
    cost: forward(*descend(_START["w0"], _START["b0"], [_START["a_prev"]], [_START["y"]],
                           _START["eta"], _START["steps"], cost)[_AFTER], _START["a_prev"])[1]
    for cost in COSTS
}
_LOWEST = {cost: lowest_point(A_PREV, Y, W_RANGE, B_RANGE, cost) for cost in COSTS}


def _at(point):
    return f"w = {point[0]:.2f}, b = {point[1]:.2f}"


FIGURES = [
    FigureSpec(
        id="cost_surfaces",
        function=cost_surfaces,
        params={"w_range": W_RANGE, "b_range": B_RANGE},
        alt=(
            f"Two contour maps over weight w (horizontal) and bias b (vertical), for the same "
            f"{len(A_PREV)} examples: first the mean squared error, then the mean "
            f"cross-entropy. A star marks each one's lowest point, close together: "
            f"{_at(_LOWEST['squared_error'])} for the squared error, "
            f"{_at(_LOWEST['cross_entropy'])} for the cross-entropy. The squared-error surface "
            f"flattens into plateaus far from it, while the cross-entropy keeps rising steadily."
        ),
    ),
    FigureSpec(
        id="cost_saturation",
        function=saturation,
        params=_START,
        alt=(
            f"Two panels. "
            f"First, the curve σ'(z), a bump with its peak {_PEAK:g} at z = 0 and almost zero "
            f"beyond |z| = {_FAR:g} (σ'({_FAR:g}) = {sigmoid_prime(_FAR):.4f}); the start "
            f"z = {_Z0:g} is marked "
            f"where σ'({_Z0:g}) = {sigmoid_prime(_Z0):.4f}. Second, the neuron's output over "
            f"{_START['steps']} steps of gradient descent from w = {_START['w0']:g}, "
            f"b = {_START['b0']:g} towards the target {_START['y']:g}. With squared error it "
            f"stays near 1 for a long time ({_OUTPUTS['squared_error']:.3f} after {_AFTER} "
            f"steps) before dropping; with cross-entropy it falls at once "
            f"({_OUTPUTS['cross_entropy']:.3f} after {_AFTER} steps)."
        ),
    ),
]
