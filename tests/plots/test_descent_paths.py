"""The descent page's figures: three learning rates, and a saturated start for two costs."""

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.colors import same_color

from snippets import descent
from snippets.dataset import A_PREV, Y
from snippets.descent import descend, path_costs
from snippets.plots import descent_paths
from snippets.plots.registry import FIGURES
from snippets.plots.render import render
from snippets.plots.theme import THEMES

SPECS = {spec.id: spec for spec in descent_paths.FIGURES}


@pytest.fixture(params=THEMES.values(), ids=THEMES.keys())
def theme(request):
    return request.param


@pytest.fixture
def drawn(theme):
    figures = {i: spec.function(theme, **spec.params) for i, spec in SPECS.items()}
    yield theme, figures
    for figure in figures.values():
        plt.close(figure)


def plot_axes(figure):
    return [axes for axes in figure.axes if axes.get_label() != "<colorbar>"]


def paths_drawn(axes):
    """The coloured path lines (each path is drawn twice: a background halo, then the path)."""
    return [line for line in axes.lines if line.get_linewidth() == 2]


def test_registered_small_fixed_width_and_different_in_light_and_dark():
    for figure_id, spec in SPECS.items():
        assert FIGURES[figure_id] is spec
        light, dark = render(spec, "light"), render(spec, "dark")
        assert len(light[0]) < 100_000
        assert light[0] != dark[0]
        assert light[1][0] <= round(9.6 * 96)


def test_only_theme_colours(drawn):
    theme, figures = drawn
    colours = [theme.foreground, theme.squared_error, theme.cross_entropy, theme.background]
    for figure in figures.values():
        for axes in plot_axes(figure):
            for line in axes.lines:
                assert any(same_color(line.get_color(), c) for c in colours), line


def test_each_learning_rate_panel_draws_its_own_descent(drawn):
    theme, figures = drawn
    panels = plot_axes(figures["descent_learning_rates"])
    assert len(panels) == len(descent.LEARNING_RATES)
    for axes, rate in zip(panels, descent.LEARNING_RATES, strict=True):
        (line,) = paths_drawn(axes)
        expected = descend(*descent.START, A_PREV, Y, rate, descent.STEPS)
        np.testing.assert_array_equal(line.get_xydata(), expected)
        assert same_color(line.get_color(), theme.squared_error)  # trained on squared error
        final = path_costs(expected, A_PREV, Y)[-1]
        assert axes.get_title() == f"η = {rate:g}\nC = {final:.4f} after {descent.STEPS} steps"


def test_saturated_start_panels_and_curves(drawn):
    theme, figures = drawn
    left, middle, curves = plot_axes(figures["descent_saturated_start"])
    runs = {c: descend(*descent.SATURATED_START, A_PREV, Y, descent.SATURATED_RATE,
                       descent.SATURATED_STEPS, c) for c in ("squared_error", "cross_entropy")}
    (squared,) = paths_drawn(left)
    (cross,) = paths_drawn(middle)
    np.testing.assert_array_equal(squared.get_xydata(), runs["squared_error"])
    np.testing.assert_array_equal(cross.get_xydata(), runs["cross_entropy"])
    assert same_color(squared.get_color(), theme.squared_error)
    assert same_color(cross.get_color(), theme.cross_entropy)
    for line, run in zip(curves.lines, runs.values(), strict=True):
        np.testing.assert_array_equal(line.get_ydata(), path_costs(run, A_PREV, Y))
    assert curves.get_ylabel() == "squared error C at step t"


def test_contour_levels_are_even_in_log_cost(drawn):
    _, figures = drawn
    axes = plot_axes(figures["descent_learning_rates"])[0]
    (filled,) = axes.collections
    ratios = np.diff(np.log(filled.levels))
    np.testing.assert_allclose(ratios, ratios[0], rtol=1e-9)


def test_the_alt_text_states_each_runs_final_cost():
    alt = SPECS["descent_learning_rates"].alt
    assert alt.startswith("Three contour maps")
    for rate in descent.LEARNING_RATES:
        final = path_costs(descend(*descent.START, A_PREV, Y, rate, descent.STEPS), A_PREV, Y)
        assert f"C = {final[-1]:.4f}" in alt


def test_the_colour_bar_ticks_are_placed_by_a_locator_not_typed(drawn):
    _, figures = drawn
    colorbar = next(a for a in figures["descent_learning_rates"].axes
                    if a.get_label() == "<colorbar>")
    low, high = colorbar.get_ylim()
    ticks = [t for t in colorbar.get_yticks() if low <= t <= high]
    assert ticks
    for tick in ticks:
        mantissa = tick / 10 ** np.floor(np.log10(tick))
        assert mantissa == pytest.approx(1) or mantissa == pytest.approx(3)
