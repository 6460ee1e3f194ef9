"""The light and dark themes: every line and label colour is readable on its background,
each colour means one thing on every figure, and the explorer uses the same colours."""

import itertools
import re
from dataclasses import fields
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.colors import to_hex, to_rgb

from snippets.plots import registry
from snippets.plots.render import render_layouts
from snippets.plots.theme import (
    CONTOUR_DARK,
    CONTOUR_LIGHT,
    COST_COLORMAP,
    DARK,
    LIGHT,
    ROLES,
    THEMES,
    Theme,
    contour_line_colour,
    new_figure,
)

ROOT = Path(__file__).resolve().parents[2]
EXPLORER_CSS = ROOT / "docs/assets/explorer/explorer.css"
PLOTS = ROOT / "snippets/plots"

LINE_COLOURS = ("foreground", "muted", "blue", "orange", "green", "purple")


def relative_luminance(hex_colour):
    """WCAG 2.x relative luminance of an sRGB colour written #rrggbb."""
    hex_colour = to_hex(hex_colour)
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first, second):
    """WCAG contrast ratio (L_lighter + 0.05) / (L_darker + 0.05), from 1 to 21."""
    darker, lighter = sorted([relative_luminance(first), relative_luminance(second)])
    return (lighter + 0.05) / (darker + 0.05)


def test_the_contrast_formula_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#777777") == contrast_ratio("#777777", "#ffffff")


def test_there_is_a_light_and_a_dark_theme():
    assert THEMES == {"light": LIGHT, "dark": DARK}
    assert relative_luminance(LIGHT.background) > 0.9
    assert relative_luminance(DARK.background) < 0.05


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_every_colour_is_a_six_digit_hex(theme):
    for field in fields(Theme):
        if field.name not in ("name", "colormap"):
            assert re.fullmatch(r"#[0-9a-f]{6}", getattr(theme, field.name)), field.name
    assert theme.colormap == COST_COLORMAP in matplotlib.colormaps  # one map, both schemes


@pytest.mark.parametrize("colour", LINE_COLOURS)
@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_line_and_label_colours_reach_4_5_to_1_against_the_background(theme, colour):
    # WCAG 2.1 AA for normal text (SC 1.4.3), 4.5:1: every line colour also labels text
    # (legends, the chain's values), so each is held to the text threshold.
    ratio = contrast_ratio(getattr(theme, colour), theme.background)
    assert ratio >= 4.5, f"{theme.name}.{colour} {getattr(theme, colour)}: {ratio:.2f}:1"


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_text_colour_reaches_4_5_to_1_against_the_background(theme):
    # WCAG 2.1 SC 1.4.3 (normal text, AA): at least 4.5:1. Tick labels are small text.
    assert contrast_ratio(theme.foreground, theme.background) >= 4.5


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_the_accent_colours_are_distinct(theme):
    accents = [getattr(theme, colour) for colour in LINE_COLOURS]
    assert len(set(accents)) == len(accents)


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_rc_uses_the_theme_colours_on_a_transparent_figure(theme):
    rc = theme.rc
    for key in ("text.color", "axes.labelcolor", "axes.edgecolor", "xtick.color", "ytick.color"):
        assert rc[key] == theme.foreground
    assert rc["grid.color"] == theme.muted
    assert rc["savefig.transparent"] is True
    assert rc["figure.dpi"] == rc["savefig.dpi"] == 96
    assert set(rc) <= set(matplotlib.rcParams)  # no misspelt key silently ignored


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_new_figure_has_the_asked_size_and_the_theme_colours(theme):
    figure, axes = new_figure(theme, 4.0, 2.5, ncols=2)
    try:
        assert tuple(figure.get_size_inches()) == (4.0, 2.5)
        assert figure.dpi == 96
        assert len(axes) == 2
        assert figure.get_layout_engine() is not None  # constrained: labels never clipped
        assert matplotlib.colors.same_color(axes[0].xaxis.label.get_color(), theme.foreground)
    finally:
        plt.close(figure)


def test_new_figure_leaves_the_global_settings_alone():
    before = matplotlib.rcParams["text.color"]
    plt.close(new_figure(DARK, 1.0, 1.0)[0])
    assert matplotlib.rcParams["text.color"] == before


# --- one meaning per colour -----------------------------------------------------------------


@pytest.mark.parametrize("scheme", THEMES.values(), ids=THEMES.keys())
def test_each_role_is_a_palette_colour(scheme):
    assert scheme.w_slice == scheme.blue
    assert scheme.b_slice == scheme.orange
    assert scheme.squared_error != scheme.cross_entropy
    assert scheme.forward != scheme.backward
    for role, colour in ROLES.items():
        assert colour in LINE_COLOURS, role
        assert getattr(scheme, role) == getattr(scheme, colour)
    with pytest.raises(AttributeError, match="no attribute 'sepia'"):
        scheme.sepia  # noqa: B018


def test_blue_and_orange_mean_only_the_w_and_b_directions():
    named = {role: colour for role, colour in ROLES.items() if colour in ("blue", "orange")}
    assert named == {"w_slice": "blue", "b_slice": "orange"}


@pytest.mark.parametrize("path", sorted(PLOTS.glob("*.py")), ids=lambda p: p.name)
def test_figures_name_colours_by_role_and_draw_cost_with_the_one_colour_map(path):
    source = path.read_text(encoding="utf-8")
    if path.name == "theme.py":
        return
    # blue and orange only through their roles (w_slice, b_slice), so they mean one thing.
    assert not re.search(r"\.(blue|orange)\b", source), path.name
    assert not re.search(r"#[0-9a-fA-F]{6}\b", source), f"{path.name}: a colour typed in"
    assert "cmap=" not in source.replace("cmap=COST_COLORMAP", ""), path.name
    assert ".colormap" not in source, path.name


def band_colours(count):
    colormap = matplotlib.colormaps[COST_COLORMAP]
    return [to_hex(colormap((k + 0.5) / count)) for k in range(count)]


@pytest.mark.parametrize("count", range(6, 21))
def test_contour_lines_reach_3_to_1_on_the_bands_either_side(count):
    # SC 1.4.11: a contour line is a graphical object, 3:1 against what is next to it.
    for low, high in itertools.pairwise(band_colours(count)):
        line = contour_line_colour(low, high)
        assert line in (CONTOUR_DARK, CONTOUR_LIGHT)
        ratio = min(contrast_ratio(line, low), contrast_ratio(line, high))
        assert ratio >= 3.0, f"{line} between {low} and {high}: {ratio:.2f}:1"


def test_the_lowest_cost_is_darkest():
    colours = band_colours(14)
    luminances = [relative_luminance(c) for c in colours]
    assert luminances == sorted(luminances)  # what the pages and the explorer's legend say


# --- the explorer's stylesheet holds the same colours ---------------------------------------


def css_block(css, selector):
    """The custom properties of the one rule whose selector list ends with ``selector``."""
    blocks = re.findall(r"([^{}]+)\{([^}]*)\}", css)
    found = [body for head, body in blocks if head.strip().split(",")[-1].strip() == selector]
    assert len(found) == 1, f"one rule for {selector} in explorer.css"
    return dict(re.findall(r"(--[\w-]+)\s*:\s*([^;]+);", found[0]))


def css_colours():
    css = re.sub(r"/\*.*?\*/", "", EXPLORER_CSS.read_text(encoding="utf-8"), flags=re.S)
    return {
        "light": css_block(css, '[data-md-color-scheme="default"]'),
        "dark": css_block(css, '[data-md-color-scheme="slate"]'),
        "both": css_block(css, ":root"),
    }


@pytest.mark.parametrize("scheme", THEMES)
def test_the_explorer_colours_the_slices_as_the_figures_do(scheme):
    declared = css_colours()[scheme]
    assert declared["--explorer-w-slice"] == THEMES[scheme].w_slice
    assert declared["--explorer-b-slice"] == THEMES[scheme].b_slice


def test_the_explorer_shades_the_cost_with_the_figures_colour_map():
    declared = css_colours()["both"]
    stops = [s.strip() for s in declared["--explorer-cost-colormap"].split(",")]
    colormap = matplotlib.colormaps[COST_COLORMAP]
    assert stops == [to_hex(colormap(t)) for t in np.linspace(0, 1, len(stops))]
    # The explorer blends neighbouring stops: never far from the map itself.
    t = np.linspace(0, 1, 1001)
    blended = np.array([np.interp(t, np.linspace(0, 1, len(stops)), channel)
                        for channel in np.array([to_rgb(s) for s in stops]).T]).T
    assert np.abs(blended - colormap(t)[:, :3]).max() * 255 < 6
    assert declared["--explorer-contour-dark"] == CONTOUR_DARK
    assert declared["--explorer-contour-light"] == CONTOUR_LIGHT


# --- every colour drawn, in every figure ----------------------------------------------------

COLORMAP_COLOURS = {to_hex(c) for c in matplotlib.colormaps[COST_COLORMAP](np.arange(256))}


@pytest.mark.parametrize("scheme", THEMES)
@pytest.mark.parametrize("figure_id", registry.FIGURES)
def test_every_colour_drawn_is_readable_on_the_page(figure_id, scheme):
    """Every stroke and fill in the SVG, in every layout, is the page background (halos,
    marker rims), a band of the colour map (the colour bar) or a contour line on it, or a
    colour that reaches 4.5:1 against the background."""
    page = THEMES[scheme].background
    for layout, (data, _) in render_layouts(registry.FIGURES[figure_id], scheme).items():
        drawn = set(re.findall(r"(?:fill|stroke): ?(#[0-9a-f]{6})", data.decode()))
        assert drawn
        for colour in drawn - {page, CONTOUR_DARK, CONTOUR_LIGHT} - COLORMAP_COLOURS:
            ratio = contrast_ratio(colour, page)
            assert ratio >= 4.5, f"{figure_id} ({layout}): {colour} on {page}: {ratio:.2f}:1"

