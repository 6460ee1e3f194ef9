"""The cost-choice figures: the two surfaces, and learning from a saturated start."""

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.colors import same_color

from snippets.descent import descend
from snippets.neuron import forward, sigmoid_prime
from snippets.plots import cost_choice
from snippets.plots.cost_choice import COSTS
from snippets.plots.registry import FIGURES
from snippets.plots.render import render
from snippets.plots.theme import THEMES
from tests.plots.test_cost_surface import lowest_point

SPECS = {spec.id: spec for spec in cost_choice.FIGURES}


@pytest.fixture(params=THEMES.values(), ids=THEMES.keys())
def theme(request):
    return request.param


@pytest.fixture
def drawn(theme):
    figures = {figure_id: spec.function(theme, **spec.params) for figure_id, spec in SPECS.items()}
    yield theme, figures
    for figure in figures.values():
        plt.close(figure)


def plot_axes(figure):
    return [axes for axes in figure.axes if axes.get_label() != "<colorbar>"]


def test_registered_small_and_different_in_light_and_dark():
    for figure_id, spec in SPECS.items():
        assert FIGURES[figure_id] is spec
        light, dark = render(spec, "light")[0], render(spec, "dark")[0]
        assert len(light) < 110_000
        assert light != dark


def test_only_theme_colours(drawn):
    theme, figures = drawn
    colours = [theme.foreground, theme.muted, theme.squared_error, theme.cross_entropy,
               theme.background]
    for figure in figures.values():
        assert figure.get_size_inches()[0] <= 9.6
        for axes in plot_axes(figure):
            for line in axes.lines:
                assert any(same_color(line.get_color(), c) for c in colours), line


def test_cost_surfaces_mark_and_name_each_costs_lowest_point(drawn):
    _, figures = drawn
    squared_axes, cross_axes = plot_axes(figures["cost_surfaces"])
    params = SPECS["cost_surfaces"].params
    for axes, cost in ((squared_axes, "squared_error"), (cross_axes, "cross_entropy")):
        w_min, b_min = lowest_point(params["w_range"], params["b_range"], cost)
        (star,) = axes.lines
        assert star.get_xdata()[0] == pytest.approx(w_min, abs=1e-5)
        assert star.get_ydata()[0] == pytest.approx(b_min, abs=1e-5)
        label = f"lowest: w = {w_min:.2f}, b = {b_min:.2f}".replace("-", "\u2212")
        assert star.get_label() == label  # computed, not typed: (1.13, −0.32) for squared error
        assert f"w = {w_min:.2f}, b = {b_min:.2f} for the {COSTS[cost]}" in SPECS[
            "cost_surfaces"].alt
        assert any(c.get_rasterized() for c in axes.collections)
    assert squared_axes.get_title() == "Mean squared error"
    assert cross_axes.get_title() == "Mean cross-entropy"


def test_saturation_draws_sigma_prime_and_both_learning_curves(drawn):
    theme, figures = drawn
    prime_axes, train_axes = plot_axes(figures["cost_saturation"])
    params = SPECS["cost_saturation"].params
    z, slope = prime_axes.lines[0].get_data()
    np.testing.assert_array_equal(slope, sigmoid_prime(z))
    assert slope.max() == 0.25
    (start,) = [line for line in prime_axes.lines if line.get_label().startswith("the start")]
    z0 = params["w0"] + params["b0"]
    assert start.get_ydata()[0] == sigmoid_prime(z0)
    curves = {line.get_label(): line for line in train_axes.lines}
    for cost, name in cost_choice.COSTS.items():
        path = descend(params["w0"], params["b0"], [1.0], [0.0], params["eta"], params["steps"],
                       cost)
        _, a = curves[name].get_data()
        assert len(a) == params["steps"] + 1
        assert a[50] == forward(*path[50], 1.0)[1]
    # Each cost in its own colour, the one it has on every figure; the left panel, where no
    # cost is involved, uses neither, so no colour means two things.
    assert same_color(curves["squared error"].get_color(), theme.squared_error)
    assert same_color(curves["cross-entropy"].get_color(), theme.cross_entropy)
    for line in prime_axes.lines:
        assert not any(same_color(line.get_color(), c) for c in
                       (theme.squared_error, theme.cross_entropy, theme.w_slice, theme.b_slice))
    # The point of the figure: after 50 steps squared error has barely moved.
    assert curves["squared error"].get_ydata()[50] > 0.9
    assert curves["cross-entropy"].get_ydata()[50] < 0.2


def test_alt_texts_quote_the_computed_numbers():
    alt = SPECS["cost_saturation"].alt
    assert f"σ'(4) = {sigmoid_prime(4.0):.4f}" in alt
    for cost in cost_choice.COSTS:
        path = descend(2.0, 2.0, [1.0], [0.0], 0.15, 300, cost)
        assert f"({forward(*path[50], 1.0)[1]:.3f} after 50 steps)" in alt
