"""Figures of one neuron's cost surface C(w, b) and its slices."""

import numpy as np

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.explorer_data import B_RANGE, W_RANGE
from snippets.gradcheck import central_difference
from snippets.neuron import cost, gradients
from snippets.plots.landmarks import lowest_point
from snippets.plots.layout import COLORBAR, legend, panels, title
from snippets.plots.render import FigureSpec
from snippets.plots.text import number
from snippets.plots.theme import cost_map, outlined
from snippets.surface import cost_grid
from snippets.verify import agree


def surface_and_w_slice(theme, w0, b0, w_range, b_range, layout="desktop"):
    """Left: contours of C(w, b) with the line b = b0. Right: that slice, C(w, b0),
    with its tangent at w0, whose slope is ∂C/∂w."""
    w = np.linspace(*w_range, 201)
    b = np.linspace(*b_range, 201)
    C = cost_grid(w, b, A_PREV, Y)
    c0 = cost(w0, b0, A_PREV, Y)
    dC_dw, _, _ = gradients(w0, b0, A_PREV, Y)
    agree("∂C/∂w", dC_dw, central_difference(lambda w: cost(w, b0, A_PREV, Y), w0))

    figure, (contour_axes, slice_axes) = panels(theme, layout, 2, (9.6, 4.0), 3.3)

    cost_map(figure, contour_axes, w, b, C, 14, "cost C(w, b)", location=COLORBAR[layout])
    contour_axes.axhline(b0, color=theme.w_slice, linewidth=2.2,
                         label=f"slice b = {number(b0)}", path_effects=outlined(theme))
    contour_axes.plot(w0, b0, "o", color=theme.foreground, markersize=8,
                      markeredgecolor=theme.background,
                      label=f"marked point ({number(w0)}, {number(b0)})")
    contour_axes.set(xlabel="weight w", ylabel="bias b")
    title(contour_axes, "C over the (w, b) plane", layout)
    legend(contour_axes, theme, layout, loc="upper left")

    slice_index = np.argmin(np.abs(b - b0))
    slice_axes.plot(w, cost_grid(w, np.array([b0]), A_PREV, Y)[0], color=theme.w_slice,
                    linewidth=2.2, label=f"slice: C(w, {number(b0)})")
    span = 0.25 * (w_range[1] - w_range[0])
    tangent_w = np.array([w0 - span, w0 + span])
    slice_axes.plot(tangent_w, c0 + dC_dw * (tangent_w - w0), "--", color=theme.foreground,
                    linewidth=2, label=f"tangent, slope ∂C/∂w = {number(dC_dw, '.3f')}")
    slice_axes.plot(w0, c0, "o", color=theme.foreground, markersize=8,
                    markeredgecolor=theme.background)
    headroom = 1.45 if layout == "phone" else 1.3  # room for the legend above the curve
    slice_axes.set(xlabel="weight w (b held at b₀)", ylabel="cost C",
                   ylim=(0, float(C[slice_index].max()) * headroom))
    title(slice_axes, f"The slice b = {number(b0)}: a curve in w alone", layout)
    slice_axes.grid(alpha=0.3)
    legend(slice_axes, theme, layout, loc="upper right")
    return figure


_C0 = cost(W0, B0, A_PREV, Y)
_DC_DW = gradients(W0, B0, A_PREV, Y)[0]
LOWEST = lowest_point(A_PREV, Y, W_RANGE, B_RANGE)  # (w, b) of the lowest cost in the window

FIGURES = [
    FigureSpec(
        id="home_surface_slice",
        function=surface_and_w_slice,
        params={"w0": W0, "b0": B0, "w_range": W_RANGE, "b_range": B_RANGE},
        alt=(
            f"Two panels. First, a contour map of the cost C over weight w (horizontal) and bias b "
            f"(vertical), lowest at w = {LOWEST[0]:.2f}, b = {LOWEST[1]:.2f}. A horizontal line "
            f"marks the slice b = {B0:g} and a dot marks the point w = {W0:g} on it. Second, the "
            f"cost along that slice as a curve in w alone, falling towards its minimum, with a "
            f"dashed tangent at w = {W0:g} whose slope is the partial derivative ∂C/∂w, about "
            f"{_DC_DW:.3f}."
        ),
    ),
]
