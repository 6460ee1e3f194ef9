"""The home page's figure: contours of C(w, b), and the slice b = b0 with its tangent."""


import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.colors import same_color

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.explorer_data import B_RANGE, W_RANGE
from snippets.neuron import cost, gradients
from snippets.plots.cost_surface import FIGURES, surface_and_w_slice
from snippets.plots.render import render
from snippets.plots.text import number
from snippets.plots.theme import THEMES
from snippets.surface import cost_grid

(SPEC,) = FIGURES
PARAMS = SPEC.params


@pytest.fixture(params=THEMES.values(), ids=THEMES.keys())
def drawn(request):
    theme = request.param
    figure = surface_and_w_slice(theme, **PARAMS)
    yield theme, figure
    plt.close(figure)


def plotted_lines(axes):
    return {line.get_label(): line for line in axes.lines}


def test_two_panels_and_a_colour_bar(drawn):
    _, figure = drawn
    contour_axes, slice_axes, colorbar_axes = figure.axes
    assert contour_axes.get_xlabel() == "weight w"
    assert contour_axes.get_ylabel() == "bias b"
    assert slice_axes.get_ylabel() == "cost C"
    assert colorbar_axes.get_label() == "<colorbar>"
    assert len([axes for axes in figure.axes if axes.get_label() != "<colorbar>"]) == 2
    assert figure.get_size_inches()[0] <= 9.6


def test_the_tangent_has_slope_dC_dw_and_touches_the_slice_at_w0(drawn):
    _, figure = drawn
    slice_axes = figure.axes[1]
    dC_dw, _, _ = gradients(W0, B0, A_PREV, Y)
    (tangent,) = [line for line in slice_axes.lines if line.get_label().startswith("tangent")]
    (w_start, w_end), (c_start, c_end) = tangent.get_data()
    assert (c_end - c_start) / (w_end - w_start) == pytest.approx(dC_dw, rel=1e-12)
    assert np.interp(W0, [w_start, w_end], [c_start, c_end]) == pytest.approx(
        cost(W0, B0, A_PREV, Y), rel=1e-12
    )
    assert number(dC_dw, ".3f") in tangent.get_label()  # with a true minus sign


def test_the_slice_is_the_cost_with_b_held_at_b0(drawn):
    _, figure = drawn
    (curve,) = [line for line in figure.axes[1].lines if line.get_label().startswith("slice")]
    w, C = curve.get_data()
    assert w[0] == PARAMS["w_range"][0]
    assert w[-1] == PARAMS["w_range"][1]
    for i in range(0, w.size, 20):
        assert C[i] == pytest.approx(cost(w[i], B0, A_PREV, Y), rel=1e-12)
    # Every plotted slice value fits under the top of the axes.
    assert figure.axes[1].get_ylim()[1] > C.max()
    assert figure.axes[1].get_ylim()[0] == 0


def test_the_marked_point_and_the_slice_line_on_the_contour_map(drawn):
    _, figure = drawn
    contour_axes = figure.axes[0]
    lines = plotted_lines(contour_axes)
    slice_line = lines[f"slice b = {number(B0)}"]
    assert set(slice_line.get_ydata()) == {B0}
    theme, _ = drawn
    assert same_color(slice_line.get_color(), theme.w_slice)  # as on every page
    (curve,) = [line for line in figure.axes[1].lines if line.get_label().startswith("slice")]
    assert same_color(curve.get_color(), theme.w_slice)
    point = lines[f"marked point ({number(W0)}, {number(B0)})"]
    assert (point.get_xdata()[0], point.get_ydata()[0]) == (W0, B0)


def test_uses_only_theme_colours(drawn):
    theme, figure = drawn
    palette = [theme.foreground, theme.muted, theme.w_slice, theme.background]
    for axes in figure.axes[:2]:
        for line in axes.lines:
            assert any(same_color(line.get_color(), colour) for colour in palette), line


def test_the_dense_fill_is_rasterized_and_the_svg_stays_small():
    figure = surface_and_w_slice(THEMES["light"], **PARAMS)
    try:
        filled = [c for c in figure.axes[0].collections if c.get_rasterized()]
        assert filled
    finally:
        plt.close(figure)
    for scheme in THEMES:
        data, _ = render(SPEC, scheme)
        assert len(data) < 100_000


def test_the_alt_text_numbers_are_the_computed_ones():
    # Alt text is prose: its numbers must agree with what the code computes.
    alt = SPEC.alt
    dC_dw, _, _ = gradients(W0, B0, A_PREV, Y)
    assert f"about {dC_dw:.3f}" in alt
    assert f"slice b = {B0:g}" in alt
    assert f"w = {W0:g}" in alt
    w_min, b_min = lowest_point(PARAMS["w_range"], PARAMS["b_range"])
    assert f"lowest at w = {w_min:.2f}, b = {b_min:.2f}." in alt  # (1.13, -0.32), not typed


def test_the_figure_shows_the_window_and_the_point_the_pages_use():
    assert (PARAMS["w0"], PARAMS["b0"]) == (W0, B0)
    assert (PARAMS["w_range"], PARAMS["b_range"]) == (W_RANGE, B_RANGE)  # the explorer's too


def lowest_point(w_range, b_range, cost_name="squared_error", rounds=4):
    """(w, b) minimising C, to about 1e-6: a grid of 71 × 71 points, then a finer one around
    its best cell, ``rounds`` times. Independent of snippets.plots.landmarks (no Newton)."""
    for _ in range(rounds):
        w, b = np.linspace(*w_range, 71), np.linspace(*b_range, 71)
        C = cost_grid(w, b, A_PREV, Y, cost_name)
        i, j = np.unravel_index(np.argmin(C), C.shape)
        w_range = (w[j] - (w[1] - w[0]), w[j] + (w[1] - w[0]))
        b_range = (b[i] - (b[1] - b[0]), b[i] + (b[1] - b[0]))
    return w[j], b[i]
