"""The derivatives section's figures: what they draw is what the snippets compute."""

import re

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.colors import same_color

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.neuron import cost, gradients
from snippets.plots import derivatives
from snippets.plots.registry import FIGURES
from snippets.plots.render import render
from snippets.plots.text import number
from snippets.plots.theme import THEMES
from snippets.total import linearisation_residuals, loglog_slope, path, path_velocity

SPECS = {spec.id: spec for spec in derivatives.FIGURES}


def draw(figure_id, theme):
    spec = SPECS[figure_id]
    return spec.function(theme, **spec.params)


@pytest.fixture(params=THEMES.values(), ids=THEMES.keys())
def theme(request):
    return request.param


@pytest.fixture
def figures():
    opened = []

    def open_figure(figure_id, theme):
        figure = draw(figure_id, theme)
        opened.append(figure)
        return figure

    yield open_figure
    for figure in opened:
        plt.close(figure)


def plot_axes(figure):
    return [axes for axes in figure.axes if axes.get_label() != "<colorbar>"]


def lines_by_label(axes):
    return {line.get_label(): line for line in axes.lines}


def slope_of(line):
    (x0, x1), (y0, y1) = line.get_data()
    return (y1 - y0) / (x1 - x0)


def palette(theme):
    return [theme.foreground, theme.muted, theme.w_slice, theme.b_slice, theme.green,
            theme.purple, theme.background]


# --- registration, size, colours ------------------------------------------------------------


def test_every_figure_is_registered():
    for figure_id, spec in SPECS.items():
        assert FIGURES[figure_id] is spec


@pytest.mark.parametrize("figure_id", list(SPECS))
def test_only_theme_colours_and_at_most_9_6_inches(figure_id, theme, figures):
    figure = figures(figure_id, theme)
    assert figure.get_size_inches()[0] <= 9.6
    for axes in plot_axes(figure):
        for line in axes.lines:
            assert any(same_color(line.get_color(), colour) for colour in palette(theme)), line


@pytest.mark.parametrize("figure_id", list(SPECS))
def test_svgs_stay_small_and_light_differs_from_dark(figure_id):
    light, _ = render(SPECS[figure_id], "light")
    dark, _ = render(SPECS[figure_id], "dark")
    assert len(light) < 110_000
    assert len(dark) < 110_000
    assert light != dark


# --- partial_slices -------------------------------------------------------------------------


def test_partial_slices_draws_the_map_and_two_slices(theme, figures):
    figure = figures("partial_slices", theme)
    w_axes, b_axes, map_axes = plot_axes(figure)  # the map spans the left column, added last
    # The map has the two lines through the marked point.
    lines = lines_by_label(map_axes)
    b_held = lines[f"b held at {number(B0)}"]
    w_held = lines[f"w held at {number(W0)}"]
    assert set(b_held.get_ydata()) == {B0}
    assert set(w_held.get_xdata()) == {W0}
    # One colour per direction, site-wide: the line b = b0 and its slice, a curve in w, in
    # the w direction's colour; the line w = w0 and its slice in the b direction's.
    assert same_color(b_held.get_color(), theme.w_slice)
    assert same_color(w_held.get_color(), theme.b_slice)
    assert same_color(w_axes.lines[0].get_color(), theme.w_slice)
    assert same_color(b_axes.lines[0].get_color(), theme.b_slice)
    assert any(c.get_rasterized() for c in map_axes.collections)
    # Each slice is the cost with the other parameter held, and its tangent has the partial's slope.
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    for axes, slope, held in ((w_axes, dC_dw, "b"), (b_axes, dC_db, "w")):
        curve, tangent, _dot = axes.lines
        x, C = curve.get_data()
        for i in range(0, x.size, 40):
            expected = cost(x[i], B0, A_PREV, Y) if held == "b" else cost(W0, x[i], A_PREV, Y)
            assert C[i] == pytest.approx(expected, rel=1e-12)
        assert slope_of(tangent) == pytest.approx(slope, rel=1e-12)
        assert number(slope, ".3f") in tangent.get_label()
        assert axes.get_ylim()[1] > C.max()


# --- bias_w_slices and shift_versus_bias ----------------------------------------------------


def test_bias_w_slices_tangents_have_the_slopes_for_each_b(theme, figures):
    figure = figures("bias_w_slices", theme)
    slice_axes, slope_axes = plot_axes(figure)
    biases = SPECS["bias_w_slices"].params["biases"]
    curves = [line for line in slice_axes.lines if line.get_label().startswith("b = ")]
    tangents = [line for line in slice_axes.lines if line.get_linestyle() == "--"]
    assert len(curves) == len(tangents) == len(biases)
    slopes = []
    for b, curve, tangent in zip(biases, curves, tangents, strict=True):
        dC_dw, _, _ = gradients(W0, b, A_PREV, Y)
        w, C = curve.get_data()
        assert C[100] == pytest.approx(cost(w[100], b, A_PREV, Y), rel=1e-12)
        assert slope_of(tangent) == pytest.approx(dC_dw, rel=1e-12)
        slopes.append(dC_dw)
    assert max(slopes) - min(slopes) > 0.1  # visibly different slopes
    # The slice b = b0 is in the w direction's colour, as on every page; no curve is in the
    # b direction's.
    (at_b0,) = [c for b, c in zip(biases, curves, strict=True) if b == B0]
    assert same_color(at_b0.get_color(), theme.w_slice)
    assert not any(same_color(line.get_color(), theme.b_slice) for line in slice_axes.lines)
    # Right: ∂C/∂w at w0 against b.
    b, dC_dw = slope_axes.lines[0].get_data()
    for i in range(0, b.size, 50):
        assert dC_dw[i] == pytest.approx(gradients(W0, b[i], A_PREV, Y)[0], rel=1e-12)


def test_shift_keeps_slopes_and_bias_changes_them(theme, figures):
    figure = figures("shift_versus_bias", theme)
    shift_axes, bias_axes = plot_axes(figure)
    params = SPECS["shift_versus_bias"].params
    base_slope = gradients(W0, B0, A_PREV, Y)[0]
    shift_tangents = [line for line in shift_axes.lines if line.get_linestyle() == "--"]
    bias_tangents = [line for line in bias_axes.lines if line.get_linestyle() == "--"]
    assert [slope_of(t) for t in shift_tangents] == pytest.approx([base_slope] * 2, rel=1e-12)
    moved = gradients(W0, B0 + params["nudge"], A_PREV, Y)[0]
    assert [slope_of(t) for t in bias_tangents] == pytest.approx([base_slope, moved], rel=1e-12)
    lifted = lines_by_label(shift_axes)[f"C(w, {number(B0)}) + {params['lift']:g}"]
    base = lines_by_label(shift_axes)[f"C(w, {number(B0)})"]
    np.testing.assert_allclose(lifted.get_ydata() - base.get_ydata(), params["lift"], rtol=1e-12)


# --- the total differential figures ---------------------------------------------------------


def test_residuals_plot_and_fitted_slope(theme, figures):
    figure = figures("total_residuals", theme)
    (axes,) = plot_axes(figure)
    assert axes.get_xscale() == axes.get_yscale() == "log"
    actual_line, residual_line, fit_line = axes.lines
    steps = np.asarray(SPECS["total_residuals"].params["steps"])
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    h, actual, _, residual = linearisation_residuals(
        lambda p: cost(p[0], p[1], A_PREV, Y), [dC_dw, dC_db], [W0, B0], [1.0, 1.0], steps
    )
    np.testing.assert_array_equal(residual_line.get_ydata(), np.abs(residual))
    np.testing.assert_array_equal(actual_line.get_ydata(), np.abs(actual))
    order = loglog_slope(h, residual)
    assert number(order, ".2f") in fit_line.get_label()
    fitted = fit_line.get_ydata()
    assert loglog_slope(h, fitted) == pytest.approx(order, rel=1e-12)


def test_tangent_plane_passes_through_the_point_with_the_partials_as_slopes(theme, figures):
    figure = figures("total_tangent_plane", theme)
    (axes,) = figure.axes
    assert axes.name == "3d"
    along_w, along_b = [c for c in axes.collections if type(c).__name__ == "Line3DCollection"]
    c0 = cost(W0, B0, A_PREV, Y)
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    for wireframe in (along_w, along_b):
        for segment in wireframe._segments3d:
            for w, b, z in segment:
                assert z == pytest.approx(c0 + dC_dw * (w - W0) + dC_db * (b - B0), rel=1e-12)
    # Lines along w (b fixed) in the w direction's colour, along b in the b direction's.
    assert all(len(set(segment[:, 1])) == 1 for segment in along_w._segments3d)
    assert all(len(set(segment[:, 0])) == 1 for segment in along_b._segments3d)
    assert same_color(along_w.get_color()[0], theme.w_slice)
    assert same_color(along_b.get_color()[0], theme.b_slice)
    assert any(c.get_rasterized() for c in axes.collections)


def test_path_figure_has_the_path_and_the_tangent_of_slope_dC_dt(theme, figures):
    figure = figures("total_path", theme)
    map_axes, curve_axes = plot_axes(figure)
    t0 = SPECS["total_path"].params["t0"]
    (drawn_path,) = [line for line in map_axes.lines if line.get_label().startswith("path")]
    w, b = drawn_path.get_data()
    assert (w[0], b[0]) == path(0.0)
    assert (w[-1], b[-1]) == pytest.approx(path(1.0), rel=1e-15)
    curve, tangent, _dot = curve_axes.lines
    t, C = curve.get_data()
    assert C[30] == pytest.approx(cost(*path(t[30]), A_PREV, Y), rel=1e-12)
    dC_dw, dC_db, _ = gradients(*path(t0), A_PREV, Y)
    dw_dt, db_dt = path_velocity(t0)
    assert slope_of(tangent) == pytest.approx(dC_dw * dw_dt + dC_db * db_dt, rel=1e-12)


# --- alt text: the numbers in it are the computed ones --------------------------------------


def test_alt_texts_quote_the_computed_numbers():
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    assert f"∂C/∂w = {dC_dw:.3f}" in SPECS["partial_slices"].alt
    assert f"∂C/∂b = {dC_db:.3f}" in SPECS["partial_slices"].alt
    for b in SPECS["bias_w_slices"].params["biases"]:
        assert f"{gradients(W0, b, A_PREV, Y)[0]:+.3f} at b = {b:g}" in SPECS["bias_w_slices"].alt
    nudge = SPECS["shift_versus_bias"].params["nudge"]
    assert f"{gradients(W0, B0 + nudge, A_PREV, Y)[0]:.3f}" in SPECS["shift_versus_bias"].alt
    slopes = re.findall(r"slope (\d\.\d\d)", SPECS["total_residuals"].alt)
    assert [float(s) for s in slopes] == pytest.approx([1.0, 2.0], abs=0.05)
    assert f"C = {cost(W0, B0, A_PREV, Y):.3f}" in SPECS["total_tangent_plane"].alt
    t0 = SPECS["total_path"].params["t0"]
    chain = np.dot(gradients(*path(t0), A_PREV, Y)[:2], path_velocity(t0))
    assert f"dC/dt = {chain:.4f}" in SPECS["total_path"].alt
    # Numbers once typed into the alt texts, now computed.
    assert "from 0.1 down to 0.00001." in SPECS["total_residuals"].alt
    order = float(re.findall(r"slope (\d\.\d\d)", SPECS["total_residuals"].alt)[1])
    assert "10 times smaller steps give about 10" in SPECS["total_residuals"].alt
    assert f"about {10 ** order:.0f} times smaller error" in SPECS["total_residuals"].alt
    assert "to (1.1, -0.3) at t = 1, near the lowest cost at (1.13, -0.32)" in SPECS[
        "total_path"].alt
    assert SPECS["bias_w_slices"].alt.startswith("Two panels. First, four curves")
    assert "blue lines along w have slope" in SPECS["total_tangent_plane"].alt


def test_minus_signs_in_labels_are_true_minus_signs():
    assert number(-1.5) == "\u22121.5"
    assert number(0.25, ".3f") == "0.250"
