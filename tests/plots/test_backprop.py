"""The backprop pages' figures: the traced chain, the fork, and the counted cost of a gradient."""

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.colors import same_color

from snippets import chain, layers
from snippets.plots import backprop
from snippets.plots.registry import FIGURES
from snippets.plots.render import render
from snippets.plots.theme import THEMES

SPECS = {spec.id: spec for spec in backprop.FIGURES}


@pytest.fixture(params=THEMES.values(), ids=THEMES.keys())
def theme(request):
    return request.param


def draw(theme, figure_id):
    spec = SPECS[figure_id]
    return spec.function(theme, **spec.params)


def texts(figure):
    return [t.get_text() for axes in figure.axes for t in axes.texts]


def theme_colours(theme):
    return [theme.foreground, theme.muted, theme.blue, theme.orange, theme.green, theme.purple,
            theme.background]


def test_registered_small_fixed_width_and_different_in_light_and_dark():
    for figure_id, spec in SPECS.items():
        assert FIGURES[figure_id] is spec
        light, dark = render(spec, "light"), render(spec, "dark")
        assert len(light[0]) < 100_000
        assert light[0] != dark[0]
        assert light[1][0] <= round(9.6 * 96)


def test_only_theme_colours_for_lines_and_text(theme):
    colours = theme_colours(theme)
    for figure_id in SPECS:
        figure = draw(theme, figure_id)
        try:
            for axes in figure.axes:
                for artist in [*axes.lines, *axes.texts]:
                    assert any(same_color(artist.get_color(), c) for c in colours), artist
        finally:
            plt.close(figure)


def test_the_chain_figure_shows_the_traced_numbers(theme):
    figure = draw(theme, "backprop_chain_trace")
    try:
        shown = "\n".join(texts(figure))
        z, a = chain.forward(chain.W, chain.B, chain.A0)
        delta, dC_dw, dC_db, dC_da = chain.backward(chain.W, z, a, chain.Y)
        for layer in range(1, 4):
            i = layer - 1
            assert f"$z^{layer}$ = {z[i]:.4f}" in shown
            assert f"$a^{layer}$ = {a[layer]:.4f}" in shown
            assert f"$\\delta^{layer}$ = {delta[i]:.4f}" in shown
            assert f"$\\partial C_0/\\partial w^{layer}$ = {dC_dw[i]:.4f}" in shown
            assert f"$\\partial C_0/\\partial b^{layer}$ = {dC_db[i]:.4f}" in shown
            assert f"{dC_da[i]:.4f}" in shown
        assert f"{chain.cost(chain.W, chain.B, chain.A0, chain.Y):.4f}" in shown
    finally:
        plt.close(figure)


def test_the_fork_figure_labels_the_three_paths_with_their_weights(theme):
    figure = draw(theme, "backprop_fork")
    try:
        weights, _ = layers.init_network(layers.SIZES, layers.SEED)
        labels = [t for t in texts(figure) if t.startswith("$w^2_")]
        assert labels == [f"$w^2_{{{j + 1}1}}$ = {weights[1][j, 0]:.3f}" for j in range(3)]
        (axes,) = figure.axes
        thick = [line for line in axes.lines if line.get_linewidth() > 2]
        assert len(thick) == 3
        assert all(same_color(line.get_color(), theme.backward) for line in thick)
    finally:
        plt.close(figure)


def test_the_cost_figure_plots_the_counted_passes(theme):
    spec = SPECS["backprop_gradient_cost"]
    figure = draw(theme, "backprop_gradient_cost")
    try:
        (axes,) = figure.axes
        finite_line, backprop_line, marked = axes.lines
        sizes = [[n] * spec.params["depth"] + [spec.params["outputs"]]
                 for n in spec.params["widths"]]
        counts = [layers.parameter_count(s) for s in sizes]
        np.testing.assert_array_equal(finite_line.get_xdata(), counts)
        np.testing.assert_array_equal(finite_line.get_ydata(), [2 * P for P in counts])
        expected = [layers.forward_pass_equivalents(s)[1] for s in sizes]
        np.testing.assert_allclose(backprop_line.get_ydata(), expected)
        assert np.all((backprop_line.get_ydata() >= 2) & (backprop_line.get_ydata() <= 3))
        finite, passes = layers.forward_pass_equivalents(spec.params["marked"])
        np.testing.assert_allclose(marked.get_ydata(), [finite, passes])
        assert f"{finite:,}" in texts(figure)[0]
        assert axes.get_xscale() == axes.get_yscale() == "log"
    finally:
        plt.close(figure)


def test_alt_text_numbers_come_from_the_code():
    alt = SPECS["backprop_gradient_cost"].alt
    marked = SPECS["backprop_gradient_cost"].params["marked"]
    assert f"P = {layers.parameter_count(marked):,}" in alt
    assert f"{layers.forward_pass_equivalents(marked)[0]:,}" in alt
    assert f"a^0 = {chain.A0:g}" in SPECS["backprop_chain_trace"].alt


def test_alt_texts_count_what_the_figures_draw():
    assert SPECS["backprop_chain_trace"].alt.startswith(
        f"A chain of three sigmoid neurons between the input a^0 = {chain.A0:g}")
    assert len(chain.W) == 3
    fork = SPECS["backprop_fork"].alt
    assert layers.SIZES == (2, 2, 3, 1)
    assert "2 inputs, 2 neurons in layer 1, 3 neurons in layer 2 and 1 output" in fork
    assert "three paths from a^1_1 to the cost" in fork
    spec = SPECS["backprop_gradient_cost"]
    passes = [layers.forward_pass_equivalents([n] * spec.params["depth"]
                                              + [spec.params["outputs"]])[1]
              for n in spec.params["widths"]]
    assert f"between {min(passes):.2f} and {max(passes):.2f} forward passes" in spec.alt
