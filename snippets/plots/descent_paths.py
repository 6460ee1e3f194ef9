"""Figures of gradient descent on one neuron's (w, b) plane, drawn over the contour map of C."""

import numpy as np
from matplotlib.colors import LogNorm
from matplotlib.ticker import LogLocator

from snippets.dataset import A_PREV, Y
from snippets.descent import (
    LEARNING_RATES,
    SATURATED_RATE,
    SATURATED_START,
    SATURATED_STEPS,
    START,
    STEPS,
    descend,
    path_costs,
)
from snippets.plots.layout import COLORBAR, legend, panels
from snippets.plots.render import FigureSpec
from snippets.plots.text import count
from snippets.plots.theme import cost_map
from snippets.surface import cost_grid


def _contours(figure, axes, w_range, b_range, cost="squared_error", label=None):
    w = np.linspace(*w_range, 161)
    b = np.linspace(*b_range, 161)
    C = cost_grid(w, b, A_PREV, Y, cost)
    levels = np.geomspace(C.min(), C.max(), 15)  # even steps in log C: the basin shows too
    # No contour lines: as vectors they would weigh ~30 KB per panel.
    filled = cost_map(figure, axes, w, b, C, levels, label, norm=LogNorm(C.min(), C.max()),
                      lines=False)
    axes.set(xlabel="weight w", ylabel="bias b", xlim=w_range, ylim=b_range)
    return filled


def _path(theme, axes, path, color, label, marker):
    axes.plot(path[:, 0], path[:, 1], "-", color=theme.background, linewidth=3.8)
    axes.plot(path[:, 0], path[:, 1], "-", marker=marker, color=color, linewidth=2,
              markersize=3.5, markeredgecolor=theme.background, markeredgewidth=0.5, label=label)


def learning_rates(theme, start, rates, steps, w_range, b_range, layout="desktop"):
    """One panel per learning rate: the descent from the same start over the contours of C."""
    shared = {"sharex": True} if layout == "phone" else {"sharey": True}
    figure, maps = panels(theme, layout, len(rates), (9.6, 3.7), 2.9, **shared)
    for axes, rate in zip(maps, rates, strict=True):
        filled = _contours(figure, axes, w_range, b_range)
        path = descend(*start, A_PREV, Y, rate, steps)
        _path(theme, axes, path, theme.squared_error, None, "o")
        axes.plot(*start, "o", color=theme.foreground, markersize=8,
                  markeredgecolor=theme.background)
        final = path_costs(path, A_PREV, Y)[-1]
        axes.set_title(f"η = {rate:g}: C = {final:.4f} after {steps} steps" if layout == "phone"
                       else f"η = {rate:g}\nC = {final:.4f} after {steps} steps", fontsize=11.5)
    # Side by side, the maps share the b axis; stacked, the w axis: name it once.
    if layout == "phone":
        for axes in maps[:-1]:
            axes.set_xlabel("")
    else:
        for axes in maps[1:]:
            axes.set_ylabel("")
    maps[0].annotate("start", start, xytext=(8, 4), textcoords="offset points",
                     color=theme.foreground, fontsize=10)
    colorbar = figure.colorbar(filled, ax=maps, label="cost C(w, b), log scale",
                               location=COLORBAR[layout])
    axis = colorbar.ax.xaxis if layout == "phone" else colorbar.ax.yaxis
    axis.set_major_locator(LogLocator(subs=(1.0, 3.0)))  # 0.01, 0.03, 0.1, …
    axis.set_major_formatter("{x:g}")
    colorbar.ax.minorticks_off()
    return figure


def saturated_start(theme, start, rate, steps, w_range, b_range, layout="desktop"):
    """Squared error against cross-entropy from a saturated start: the two paths over
    each cost's own contours, and the squared error C along both paths."""
    figure, (left, right, curves) = panels(theme, layout, 3, (9.6, 3.6), 2.7)
    runs = {cost: descend(*start, A_PREV, Y, rate, steps, cost)
            for cost in ("squared_error", "cross_entropy")}
    styles = {"squared_error": (theme.squared_error, "squared error"),
              "cross_entropy": (theme.cross_entropy, "cross-entropy")}
    for axes, cost in ((left, "squared_error"), (right, "cross_entropy")):
        _contours(figure, axes, w_range, b_range, cost)
        color, name = styles[cost]
        _path(theme, axes, runs[cost], color, name, None)
        axes.plot(*start, "o", color=theme.foreground, markersize=8,
                  markeredgecolor=theme.background)
        axes.set_title(f"{name}: {steps} steps", fontsize=12)
    t = np.arange(steps + 1)
    for cost, path in runs.items():
        color, name = styles[cost]
        curves.plot(t, path_costs(path, A_PREV, Y), color=color, linewidth=2,
                    label=f"trained on {name}")
    curves.set(xlabel="step t", ylabel="squared error C at step t", ylim=(0, None))
    curves.set_title("the same yardstick for both", fontsize=12)
    curves.grid(alpha=0.3)
    legend(curves, theme, layout, loc="upper right", fontsize=10)
    return figure


_FINAL = [path_costs(descend(*START, A_PREV, Y, rate, STEPS), A_PREV, Y)[-1]
          for rate in LEARNING_RATES]

FIGURES = [
    FigureSpec(
        id="descent_learning_rates",
        function=learning_rates,
        params={"start": START, "rates": LEARNING_RATES, "steps": STEPS,
                "w_range": (-1.5, 4.5), "b_range": (-3.0, 2.5)},
        alt=(
            f"{count(len(LEARNING_RATES)).capitalize()} contour maps of the squared-error cost "
            f"C over weight w and bias b, each with a path of {STEPS} gradient-descent steps "
            f"from the start (w, b) = {START}. With learning rate η = {LEARNING_RATES[0]:g} the "
            f"path creeps and stops short of the minimum (C = {_FINAL[0]:.4f} at the end); with "
            f"η = {LEARNING_RATES[1]:g} it curves smoothly into the minimum "
            f"(C = {_FINAL[1]:.4f}); with η = {LEARNING_RATES[2]:g} it overshoots and zigzags "
            f"across the valley (C = {_FINAL[2]:.4f})."
        ),
    ),
    FigureSpec(
        id="descent_saturated_start",
        function=saturated_start,
        params={"start": SATURATED_START, "rate": SATURATED_RATE, "steps": SATURATED_STEPS,
                "w_range": (-5.0, 3.0), "b_range": (-6.0, 2.0)},
        alt=(
            f"Three panels. First, the squared-error contour map with a descent path from the "
            f"saturated start (w, b) = {SATURATED_START}, which moves a short way and then "
            f"stalls on a flat plateau. Second, the cross-entropy contour map with the path "
            f"from the same start, which heads straight for the minimum. Third, the squared "
            f"error along both runs against the step number: the cross-entropy run drops at "
            f"once, the squared-error run stays high."
        ),
    ),
]
