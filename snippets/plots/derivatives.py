"""Figures for the derivatives section: slices, the bias's effect on slopes, the total differential.

Every curve is computed by the snippets the pages teach (neuron, surface, mixed,
total); nothing here does calculus of its own.
"""

import numpy as np

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.explorer_data import B_RANGE, W_RANGE  # the home page's window on the (w, b) plane
from snippets.gradcheck import central_difference
from snippets.neuron import cost, gradients
from snippets.plots.landmarks import lowest_point
from snippets.plots.layout import COLORBAR, PHONE_WIDTH, legend, panels, size, title, with_key
from snippets.plots.render import FigureSpec
from snippets.plots.text import count, number, power
from snippets.plots.theme import COST_COLORMAP, ROLES, cost_map, new_figure, outlined
from snippets.surface import cost_grid, gradient_grid
from snippets.total import linearisation_residuals, loglog_slope, path, path_velocity
from snippets.verify import agree


def _cost_map(figure, axes, w, b, layout, levels=14):
    """Filled contours of C(w, b) with contour lines and a colour bar."""
    cost_map(figure, axes, w, b, cost_grid(w, b, A_PREV, Y), levels, "cost C(w, b)",
             location=COLORBAR[layout])
    axes.set(xlabel="weight w", ylabel="bias b")


def _tangent(axes, theme, x0, y0, slope, span, **style):
    """A dashed tangent line through (x0, y0) with the given slope, over x0 ± span."""
    x = np.array([x0 - span, x0 + span])
    axes.plot(x, y0 + slope * (x - x0), "--", linewidth=2, **style)


def _dot(axes, theme, x, y, color=None):
    axes.plot(x, y, "o", color=color or theme.foreground, markersize=7,
              markeredgecolor=theme.background, zorder=5)


# --------------------------------------------------------------------------------------------
# Partial derivatives: two slices through the marked point.


def partial_slices(theme, w0, b0, layout="desktop"):
    """Left: contours of C(w, b) with the lines b = b0 and w = w0 through the marked point.
    Right, top: the slice b = b0 (a curve in w) and its tangent, slope ∂C/∂w.
    Right, bottom: the slice w = w0 (a curve in b) and its tangent, slope ∂C/∂b."""
    w = np.linspace(*W_RANGE, 161)  # 161 points: smooth enough, and the SVG stays small
    b = np.linspace(*B_RANGE, 161)
    c0 = cost(w0, b0, A_PREV, Y)
    dC_dw, dC_db, _ = gradients(w0, b0, A_PREV, Y)
    # A tangent is drawn only if its slope is the slice's own, measured by nudging.
    agree("∂C/∂w", dC_dw, central_difference(lambda w: cost(w, b0, A_PREV, Y), w0))
    agree("∂C/∂b", dC_db, central_difference(lambda b: cost(w0, b, A_PREV, Y), b0))

    if layout == "phone":  # the map, then the two slices, in one column
        figure, (map_axes, w_axes, b_axes) = new_figure(
            theme, PHONE_WIDTH, 9.0, nrows=3, height_ratios=[1.6, 1, 1])
    else:  # the map on the left, the two slices stacked on its right
        figure, axes = new_figure(theme, 9.6, 6.4, nrows=2, ncols=2, width_ratios=[1.25, 1])
        grid = axes[0, 0].get_gridspec()
        for ax in axes[:, 0]:
            ax.remove()
        map_axes = figure.add_subplot(grid[:, 0])
        w_axes, b_axes = axes[0, 1], axes[1, 1]

    _cost_map(figure, map_axes, w, b, layout, levels=12)
    map_axes.axhline(b0, color=theme.w_slice, linewidth=2.4, label=f"b held at {number(b0)}",
                     path_effects=outlined(theme))
    map_axes.axvline(w0, color=theme.b_slice, linewidth=2.4, label=f"w held at {number(w0)}",
                     path_effects=outlined(theme))
    _dot(map_axes, theme, w0, b0)
    title(map_axes, "Two slices through the point (w₀, b₀)", layout)
    legend(map_axes, theme, layout, loc="upper left")

    headroom = 1.35 if layout == "phone" else 1.1  # room for the legend above the curve
    w_slice = cost_grid(w, np.array([b0]), A_PREV, Y)[0]
    w_axes.plot(w, w_slice, color=theme.w_slice, linewidth=2.4, label=f"C(w, {number(b0)})")
    _tangent(w_axes, theme, w0, c0, dC_dw, 1.2, color=theme.foreground,
             label=f"slope ∂C/∂w = {number(dC_dw, '.3f')}")
    _dot(w_axes, theme, w0, c0)
    w_axes.set(xlabel=f"weight w   (b held at {number(b0)})", ylabel="cost C",
               ylim=(0, headroom * w_slice.max()))
    title(w_axes, "Slice b = b₀: a curve in w", layout)

    b_slice = cost_grid(np.array([w0]), b, A_PREV, Y)[:, 0]
    b_axes.plot(b, b_slice, color=theme.b_slice, linewidth=2.4, label=f"C({number(w0)}, b)")
    _tangent(b_axes, theme, b0, c0, dC_db, 1.2, color=theme.foreground,
             label=f"slope ∂C/∂b = {number(dC_db, '.3f')}")
    _dot(b_axes, theme, b0, c0)
    b_axes.set(xlabel=f"bias b   (w held at {number(w0)})", ylabel="cost C",
               ylim=(0, headroom * b_slice.max()))
    title(b_axes, "Slice w = w₀: a curve in b", layout)
    for ax in (w_axes, b_axes):
        ax.grid(alpha=0.3)
        legend(ax, theme, layout, loc="upper right")
    return figure


# --------------------------------------------------------------------------------------------
# Does b change ∂C/∂w?


def bias_w_slices(theme, w0, b0, biases, layout="desktop"):
    """Left: the w-slices C(w, b) for several b, each with its tangent at w0.
    Right: ∂C/∂w at w0 as a function of b, with the same b values marked."""
    w = np.linspace(*W_RANGE, 201)
    b = np.linspace(*B_RANGE, 201)
    # The slice b = b0 in the w direction's colour, as on every page; the others in colours
    # that mean nothing else here (never the b direction's).
    others = iter((theme.purple, theme.green, theme.foreground))
    colors = [theme.w_slice if b_i == b0 else next(others) for b_i in biases]
    if layout == "phone":  # the slices, their legend, then the slopes, in one column
        figure, (slice_axes, legend_axes, slope_axes) = new_figure(
            theme, PHONE_WIDTH, 7.2, nrows=3, height_ratios=[3.2, 0.8, 3.2])
        legend_axes.axis("off")
    else:
        figure, (slice_axes, slope_axes) = panels(theme, layout, 2, (9.6, 4.2), 3.2)

    slices = cost_grid(w, np.asarray(biases), A_PREV, Y)
    for b_i, curve, color in zip(biases, slices, colors, strict=True):
        c0 = cost(w0, b_i, A_PREV, Y)
        dC_dw, _, _ = gradients(w0, b_i, A_PREV, Y)
        nudged = central_difference(lambda w, b_i=b_i: cost(w, b_i, A_PREV, Y), w0)
        agree(f"∂C/∂w at b = {b_i}", dC_dw, nudged)
        slope = number(dC_dw, '.3f') if layout == "phone" else f"slope {number(dC_dw, '.3f')}"
        slice_axes.plot(w, curve, color=color, linewidth=2.2, label=f"b = {number(b_i)}: {slope}")
        _tangent(slice_axes, theme, w0, c0, dC_dw, 1.0, color=color, alpha=0.9)
        _dot(slice_axes, theme, w0, c0, color=color)
    slice_axes.axvline(w0, color=theme.muted, linewidth=1, linestyle=":")
    slice_axes.set(xlabel="weight w", ylabel="cost C(w, b)",
                   ylim=(0, 1.05 * slices.max()))
    title(slice_axes, f"Slices for {count(len(biases))} values of b, tangents at "
                      f"w = {number(w0)}", layout)
    slice_axes.grid(alpha=0.3)
    if layout == "phone":  # in two columns, with a title that says what the numbers are
        legend(legend_axes, theme, layout, *slice_axes.get_legend_handles_labels(),
               loc="center", ncols=2, title=f"b, and the slope ∂C/∂w at w = {number(w0)}",
               title_fontsize=9.5)
    else:
        legend(slice_axes, theme, layout, loc="upper right", fontsize=9)

    dC_dw_of_b, _ = gradient_grid(np.array([w0]), b, A_PREV, Y)
    at_dots = gradient_grid(np.array([w0]), np.asarray(biases), A_PREV, Y)[0][:, 0]
    agree("∂C/∂w along b", at_dots, [gradients(w0, b_i, A_PREV, Y)[0] for b_i in biases],
          "neuron.gradients")
    slope_axes.plot(b, dC_dw_of_b[:, 0], color=theme.w_slice, linewidth=2.2)
    for b_i, color in zip(biases, colors, strict=True):
        _dot(slope_axes, theme, b_i, gradients(w0, b_i, A_PREV, Y)[0], color=color)
    slope_axes.axhline(0, color=theme.muted, linewidth=1)
    slope_axes.set(xlabel="bias b", ylabel=f"∂C/∂w at w = {number(w0)}")
    title(slope_axes, "The slope in the w direction depends on b", layout)
    slope_axes.grid(alpha=0.3)
    return figure


def shift_versus_bias(theme, w0, b0, lift, nudge, layout="desktop"):
    """Left: C(w, b0) and C(w, b0) + lift, with parallel tangents at w0 (a shift keeps slopes).
    Right: C(w, b0) and C(w, b0 + nudge), whose tangents at w0 differ (moving b reshapes)."""
    w = np.linspace(*W_RANGE, 201)
    base = cost_grid(w, np.array([b0]), A_PREV, Y)[0]
    moved = cost_grid(w, np.array([b0 + nudge]), A_PREV, Y)[0]
    c0 = cost(w0, b0, A_PREV, Y)
    c_moved = cost(w0, b0 + nudge, A_PREV, Y)
    slope0 = gradients(w0, b0, A_PREV, Y)[0]
    slope_moved = gradients(w0, b0 + nudge, A_PREV, Y)[0]
    for b_i, slope in ((b0, slope0), (b0 + nudge, slope_moved)):
        nudged = central_difference(lambda w, b_i=b_i: cost(w, b_i, A_PREV, Y), w0)
        agree(f"∂C/∂w at b = {b_i}", slope, nudged)

    figure, (shift_axes, bias_axes) = panels(theme, layout, 2, (9.6, 3.8), 3.0, sharey=True)
    for ax in (shift_axes, bias_axes):
        ax.plot(w, base, color=theme.w_slice, linewidth=2.2, label=f"C(w, {number(b0)})")
        _tangent(ax, theme, w0, c0, slope0, 1.0, color=theme.w_slice)
        _dot(ax, theme, w0, c0, color=theme.w_slice)
    # The changed curve, in both panels, in a colour that means nothing else here.
    shift_axes.plot(w, base + lift, color=theme.purple, linewidth=2.2,
                    label=f"C(w, {number(b0)}) + {number(lift)}")
    _tangent(shift_axes, theme, w0, c0 + lift, slope0, 1.0, color=theme.purple)
    _dot(shift_axes, theme, w0, c0 + lift, color=theme.purple)
    title(shift_axes, f"Add {number(lift)} to C: both slopes {number(slope0, '.3f')}", layout)
    bias_axes.plot(w, moved, color=theme.purple, linewidth=2.2,
                   label=f"C(w, {number(b0 + nudge)})")
    _tangent(bias_axes, theme, w0, c_moved, slope_moved, 1.0, color=theme.purple)
    _dot(bias_axes, theme, w0, c_moved, color=theme.purple)
    title(bias_axes, f"Add {number(nudge)} to b: slope {number(slope0, '.3f')} → "
                     f"{number(slope_moved, '.3f')}", layout)
    for ax in (shift_axes, bias_axes):
        ax.set(xlabel="weight w")
        ax.grid(alpha=0.3)
        legend(ax, theme, layout, loc="upper right")
    shift_axes.set(ylabel="cost", ylim=(0, 1.1 * (base.max() + lift)))
    if layout == "phone":  # stacked, each panel names its own axes
        bias_axes.set(ylabel="cost")
    return figure


# --------------------------------------------------------------------------------------------
# The total differential.


def residuals_loglog(theme, steps, layout="desktop"):
    """Log-log plot of |actual ΔC| and |residual| against the step h (Δw = Δb = h),
    with the fitted line through the residuals."""
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    h, actual, _, residual = linearisation_residuals(
        lambda p: cost(p[0], p[1], A_PREV, Y), [dC_dw, dC_db], [W0, B0], [1.0, 1.0],
        np.asarray(steps),
    )
    order = loglog_slope(h, residual)
    intercept = np.mean(np.log(np.abs(residual)) - order * np.log(h))

    figure, axes, key = with_key(theme, layout, (6.4, 4.2), 3.4, 0.8)
    axes.loglog(h, np.abs(actual), "o-", color=theme.foreground, linewidth=2,
                label=f"|actual ΔC|: slope {number(loglog_slope(h, actual), '.2f')}")
    axes.loglog(h, np.abs(residual), "s", color=theme.purple, markersize=7,
                label="|residual| = |ΔC − prediction|")
    axes.loglog(h, np.exp(intercept) * h**order, "--", color=theme.purple, linewidth=1.6,
                label=f"fitted line: slope {number(order, '.2f')}")
    axes.set(xlabel="step h  (Δw = Δb = h)", ylabel="size of the change")
    title(axes, f"The prediction's error shrinks like {power('h', round(order))}", layout)
    axes.grid(alpha=0.3, which="major")
    legend(key, theme, layout, *axes.get_legend_handles_labels(),
           loc="center" if key is not axes else "lower right")
    return figure


def tangent_plane(theme, w0, b0, half_width, layout="desktop"):
    """The surface C(w, b) near (w0, b0) in 3-D, with a patch of its tangent plane there:
    the plane through (w0, b0, C) with slopes ∂C/∂w along w and ∂C/∂b along b."""
    w = np.linspace(w0 - half_width, w0 + half_width, 61)
    b = np.linspace(b0 - half_width, b0 + half_width, 61)
    C = cost_grid(w, b, A_PREV, Y)
    c0 = cost(w0, b0, A_PREV, Y)
    dC_dw, dC_db, _ = gradients(w0, b0, A_PREV, Y)
    W, B = np.meshgrid(w, b)
    patch_w, patch_b = np.meshgrid(np.linspace(w0 - 0.6 * half_width, w0 + 0.6 * half_width, 9),
                                   np.linspace(b0 - 0.6 * half_width, b0 + 0.6 * half_width, 9))
    plane = c0 + dC_dw * (patch_w - w0) + dC_db * (patch_b - b0)  # the total differential

    figure = new_figure(theme, *size(layout, (6.4, 4.4), 3.7), subplot_kw={"projection": "3d",
                                                       "computed_zorder": False})[0]
    axes = figure.axes[0]
    surface = axes.plot_surface(W, B, C, cmap=COST_COLORMAP, linewidth=0, antialiased=False,
                                rcount=60, ccount=60)
    surface.set_rasterized(True)
    # The plane's lines along w (b fixed) rise with slope ∂C/∂w, its lines along b (w fixed)
    # with slope ∂C/∂b: each in its direction's colour.
    axes.plot_wireframe(patch_w, patch_b, plane, color=theme.w_slice, linewidth=1.3, cstride=0)
    axes.plot_wireframe(patch_w, patch_b, plane, color=theme.b_slice, linewidth=1.3, rstride=0)
    axes.scatter([w0], [b0], [c0], color=theme.foreground, s=45, depthshade=False,
                 edgecolors=theme.background)
    axes.set_xlabel("weight w", labelpad=6)
    axes.set_ylabel("bias b", labelpad=6)
    axes.set_zlabel("cost C", labelpad=6)
    title(axes, "C(w, b) and its tangent plane at (w₀, b₀)", layout)
    axes.view_init(elev=22, azim=-58)
    axes.set_box_aspect(None, zoom=0.8 if layout == "phone" else 1.05)
    for axis in (axes.xaxis, axes.yaxis, axes.zaxis):
        axis.set_pane_color((0, 0, 0, 0))
        axis._axinfo["grid"]["color"] = theme.muted  # mplot3d has no public grid colour
        axis._axinfo["grid"]["linewidth"] = 0.4
    return figure


def path_derivative(theme, t0, layout="desktop"):
    """Left: the path (w(t), b(t)), 0 ≤ t ≤ 1, on the contour map, with the velocity
    at t0. Right: C along the path as a curve in t, with its tangent at t0, slope dC/dt."""
    w = np.linspace(-0.5, 2.0, 161)  # zoomed in on the path
    b = np.linspace(-2.0, 0.5, 161)
    t = np.linspace(0.0, 1.0, 101)
    along = np.array([path(s) for s in t])
    C_of_t = np.array([cost(*path(s), A_PREV, Y) for s in t])
    w_t, b_t = path(t0)
    dw_dt, db_dt = path_velocity(t0)
    dC_dw, dC_db, _ = gradients(w_t, b_t, A_PREV, Y)
    dC_dt = dC_dw * dw_dt + dC_db * db_dt
    c_t = cost(w_t, b_t, A_PREV, Y)

    figure, (map_axes, curve_axes) = panels(theme, layout, 2, (9.6, 4.2), 3.3)
    _cost_map(figure, map_axes, w, b, layout)
    map_axes.plot(along[:, 0], along[:, 1], color=theme.purple, linewidth=2.6,
                  label="path (w(t), b(t)), 0 ≤ t ≤ 1", path_effects=outlined(theme))
    arrow = map_axes.annotate(
        "", xy=(w_t + 0.5 * dw_dt, b_t + 0.5 * db_dt), xytext=(w_t, b_t),
        arrowprops={"arrowstyle": "-|>", "color": theme.foreground, "lw": 2,
                    "mutation_scale": 18},
    )
    arrow.arrow_patch.set_path_effects(outlined(theme))
    _dot(map_axes, theme, w_t, b_t)
    title(map_axes, f"The path, and its direction at t = {number(t0)}", layout)
    legend(map_axes, theme, layout, loc="upper left")

    curve_axes.plot(t, C_of_t, color=theme.purple, linewidth=2.4, label="C(w(t), b(t))")
    _tangent(curve_axes, theme, t0, c_t, dC_dt, 0.3, color=theme.foreground,
             label=f"slope dC/dt = {number(dC_dt, '.4f')}")
    _dot(curve_axes, theme, t0, c_t)
    curve_axes.set(xlabel="t", ylabel="cost C")
    title(curve_axes, "The cost along the path: a curve in t", layout)
    curve_axes.grid(alpha=0.3)
    legend(curve_axes, theme, layout, loc="upper right")
    return figure


# --------------------------------------------------------------------------------------------
# Alt text, with the numbers the figures show computed here rather than typed.

_C0 = cost(W0, B0, A_PREV, Y)
_DC_DW, _DC_DB, _ = gradients(W0, B0, A_PREV, Y)
_BIASES = (B0 - 1.5, B0, B0 + 1.5, B0 + 3.0)  # the slice b = B0 and three others
_SLOPES = ", ".join(f"{gradients(W0, b, A_PREV, Y)[0]:+.3f} at b = {b:g}" for b in _BIASES)
_LIFT, _NUDGE = 0.3, 1.0
_T0 = 0.5
_STEPS = (1e-1, 1e-2, 1e-3, 1e-4, 1e-5)
_H, _ACTUAL, _, _RESIDUAL = linearisation_residuals(
    lambda p: cost(p[0], p[1], A_PREV, Y), [_DC_DW, _DC_DB], [W0, B0], [1.0, 1.0], _STEPS
)
_ACTUAL_ORDER, _RESIDUAL_ORDER = loglog_slope(_H, _ACTUAL), loglog_slope(_H, _RESIDUAL)
_W_T, _B_T = path(_T0)
_DC_DT = np.dot(gradients(_W_T, _B_T, A_PREV, Y)[:2], path_velocity(_T0))
_STEP_RATIO = _STEPS[0] / _STEPS[1]  # each step h is this many times the next
_LOWEST = lowest_point(A_PREV, Y, W_RANGE, B_RANGE)

FIGURES = [
    FigureSpec(
        id="partial_slices",
        function=partial_slices,
        params={"w0": W0, "b0": B0},
        alt=(
            f"Three panels. "
            f"First, a contour map of the cost C over weight w and bias b, crossed by a "
            f"horizontal line b = {B0:g} and a vertical line w = {W0:g} that meet at the marked "
            f"point. Second, the cost along the horizontal line, a curve in w, with a dashed "
            f"tangent of slope ∂C/∂w = {_DC_DW:.3f}. Third, the cost along the vertical "
            f"line, a curve in b, with a dashed tangent of slope ∂C/∂b = {_DC_DB:.3f}."
        ),
    ),
    FigureSpec(
        id="bias_w_slices",
        function=bias_w_slices,
        params={"w0": W0, "b0": B0, "biases": _BIASES},
        alt=(
            f"Two panels. "
            f"First, {count(len(_BIASES))} curves of the cost against w, one for each bias b = "
            f"{', '.join(f'{b:g}' for b in _BIASES)}, with different shapes and tangents of "
            f"different slopes at w = {W0:g}: {_SLOPES}. Second, ∂C/∂w at w = {W0:g} plotted "
            f"against b, a wavy curve that is nowhere constant."
        ),
    ),
    FigureSpec(
        id="shift_versus_bias",
        function=shift_versus_bias,
        params={"w0": W0, "b0": B0, "lift": _LIFT, "nudge": _NUDGE},
        alt=(
            f"Two panels. "
            f"First, the slice C(w, {B0:g}) and a copy lifted by {_LIFT:g}; their tangents at "
            f"w = {W0:g} are parallel, both of slope {_DC_DW:.3f}. Second, the same slice and "
            f"the slice with b raised by {_NUDGE:g}; the second curve has a different shape, "
            f"and its tangent at w = {W0:g} has slope "
            f"{gradients(W0, B0 + _NUDGE, A_PREV, Y)[0]:.3f}."
        ),
    ),
    FigureSpec(
        id="total_residuals",
        function=residuals_loglog,
        params={"steps": _STEPS},
        alt=(
            f"A log-log plot against the step h from {np.format_float_positional(max(_STEPS))} "
            f"down to {np.format_float_positional(min(_STEPS))}. The actual change of the cost "
            f"falls along a line of slope {_ACTUAL_ORDER:.2f}; the residual, the actual change "
            f"minus the tangent plane's prediction, falls along a line of slope "
            f"{_RESIDUAL_ORDER:.2f}, far below it: {_STEP_RATIO:.0f} times smaller steps give "
            f"about {_STEP_RATIO ** round(_RESIDUAL_ORDER, 2):.0f} times smaller error."
        ),
    ),
    FigureSpec(
        id="total_tangent_plane",
        function=tangent_plane,
        params={"w0": W0, "b0": B0, "half_width": 1.2},
        alt=(
            f"A 3-D view of the cost surface C over weight w and bias b near the marked point "
            f"(w, b) = ({W0:g}, {B0:g}), where C = {_C0:.3f}. A flat grid, the tangent plane, "
            f"touches the surface at that point and tilts with it: its {ROLES['w_slice']} lines "
            f"along w have slope {_DC_DW:.3f}, its {ROLES['b_slice']} lines along b have "
            f"slope {_DC_DB:.3f}. Near the point the surface and the plane almost "
            f"coincide; further away the surface curves away from the plane."
        ),
    ),
    FigureSpec(
        id="total_path",
        function=path_derivative,
        params={"t0": _T0},
        alt=(
            f"Two panels. First, a curved purple path across the cost's contour map from (w, b) = "
            f"({W0:g}, {B0:g}) at t = 0 to ({path(1.0)[0]:g}, {path(1.0)[1]:g}) at t = 1, near "
            f"the lowest cost at ({_LOWEST[0]:.2f}, {_LOWEST[1]:.2f}), with an arrow showing "
            f"the velocity (dw/dt, db/dt) at t = {_T0:g}. Second, the cost along the path as a "
            f"falling curve in t, with a dashed tangent at t = {_T0:g} of slope "
            f"dC/dt = {_DC_DT:.4f}."
        ),
    ),
]
