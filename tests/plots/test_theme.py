"""The light and dark themes: every line and label colour is readable on its background."""

import re
from dataclasses import fields

import matplotlib
import matplotlib.pyplot as plt
import pytest

from snippets.plots.theme import DARK, LIGHT, THEMES, Theme, new_figure

LINE_COLOURS = ("foreground", "muted", "blue", "orange", "green", "purple")


def relative_luminance(hex_colour):
    """WCAG 2.x relative luminance of an sRGB colour written #rrggbb."""
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
    assert theme.colormap in matplotlib.colormaps


@pytest.mark.parametrize("colour", LINE_COLOURS)
@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_line_and_label_colours_reach_3_to_1_against_the_background(theme, colour):
    # WCAG 2.1 SC 1.4.11 (non-text contrast) and large text: at least 3:1.
    ratio = contrast_ratio(getattr(theme, colour), theme.background)
    assert ratio >= 3.0, f"{theme.name}.{colour} {getattr(theme, colour)}: {ratio:.2f}:1"


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
