"""The phone layout: which figures need one, and that it is readable on a 360 px phone."""

import itertools

import matplotlib.pyplot as plt
import pytest
from matplotlib.text import Text

from snippets.plots.layout import (
    BREAKPOINT,
    COLUMN,
    DPI,
    MEDIA,
    MIN_SCALE,
    MIN_TEXT,
    PHONE_TITLE_WIDTH,
    PHONE_WIDTH,
    VIEWPORT,
    legend,
    needs_phone_layout,
    panels,
    shown_scale,
    size,
    title,
)
from snippets.plots.registry import FIGURES
from snippets.plots.render import render_layouts
from snippets.plots.theme import LIGHT, THEMES

SPECS = list(FIGURES.values())
IDS = [spec.id for spec in SPECS]


def test_a_figure_shrinks_to_the_column_and_never_grows():
    assert shown_scale(COLUMN) == 1.0
    assert shown_scale(200) == 1.0
    assert shown_scale(922) == pytest.approx(328 / 922)  # the wide figures: 0.36
    assert COLUMN < VIEWPORT < BREAKPOINT
    assert MEDIA == "(max-width: 719px)"  # Material's 44.9375em, in px


def test_the_rule_is_0_6_of_the_natural_size_at_360_px():
    assert MIN_SCALE == 0.6
    assert not needs_phone_layout(546)  # 328 / 546 = 0.6007
    assert needs_phone_layout(547)  # 328 / 547 = 0.5996
    assert needs_phone_layout(614)  # the one-panel figures, 6.4 in wide, too


def test_the_phone_width_is_shown_above_the_rule_with_room_to_spare():
    assert shown_scale(PHONE_WIDTH * DPI) == pytest.approx(328 / 384)
    assert shown_scale(PHONE_WIDTH * DPI) >= MIN_SCALE


def test_panels_sit_side_by_side_or_stacked():
    figure, axes = panels(LIGHT, "desktop", 3, (9.6, 3.0), 2.0)
    assert tuple(figure.get_size_inches()) == (9.6, 3.0)
    assert axes[0].get_subplotspec().get_geometry()[:2] == (1, 3)
    plt.close(figure)
    figure, axes = panels(LIGHT, "phone", 3, (9.6, 3.0), 2.0)
    assert tuple(figure.get_size_inches()) == (PHONE_WIDTH, 6.0)
    assert axes[0].get_subplotspec().get_geometry()[:2] == (3, 1)
    plt.close(figure)
    assert size("phone", (6.4, 4.2), 3.0) == (PHONE_WIDTH, 3.0)
    assert size("desktop", (6.4, 4.2), 3.0) == (6.4, 4.2)
    for bad in (lambda: panels(LIGHT, "tablet", 2, (9.6, 3.0), 2.0),
                lambda: size("tablet", (6.4, 4.2), 3.0)):
        with pytest.raises(ValueError, match="layout: expected one of"):
            bad()


def test_a_phone_title_breaks_into_short_lines_but_never_inside_an_equation():
    figure, axes = plt.subplots()
    try:
        title(axes, "The slope in the w direction depends on b, at t = 0.5", "phone")
        lines = axes.get_title().split("\n")
        assert len(lines) == 2
        assert all(len(line) <= PHONE_TITLE_WIDTH for line in lines)
        assert "t\u00a0=\u00a00.5" in lines[-1]
        title(axes, "The slope in the w direction depends on b", "desktop")
        assert axes.get_title() == "The slope in the w direction depends on b"
        axes.plot([0, 1], label="a line")
        assert legend(axes, LIGHT, "phone").get_texts()[0].get_fontsize() == 9.5
        assert legend(axes, LIGHT, "phone", fontsize=9).get_texts()[0].get_fontsize() == 9
    finally:
        plt.close(figure)


@pytest.fixture(scope="module")
def drawn():
    """Every registered figure in the light scheme, in every layout it needs."""
    return {spec.id: render_layouts(spec, "light") for spec in SPECS}


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_every_figure_too_wide_for_a_phone_gets_a_phone_layout(spec, drawn):
    layouts = drawn[spec.id]
    (desktop_width, _), data = layouts["desktop"][1], layouts["desktop"][0]
    assert ("phone" in layouts) == needs_phone_layout(desktop_width)
    if "phone" in layouts:
        phone, (phone_width, phone_height) = layouts["phone"]
        assert shown_scale(phone_width) >= MIN_SCALE
        assert phone != data
        assert len(phone) < 110_000  # the SVG budget of the wide figures holds too
        assert phone_height * shown_scale(phone_width) < 900  # a screen or so, not three


def visible_texts(figure):
    """Every piece of text the figure draws: titles, labels, ticks, legends, annotations."""
    return [text for text in figure.findobj(Text)
            if text.get_visible() and text.get_text().strip() and text.get_figure() is figure]


def plot_axes(figure):
    """The panels: axes that draw their frame, but colour bars."""
    return [axes for axes in figure.axes
            if axes.get_label() != "<colorbar>" and axes.axison]


@pytest.mark.parametrize("scheme", THEMES)
@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_on_a_phone_every_text_is_at_least_9_css_px_and_panels_are_stacked(spec, scheme):
    figure = spec.function(THEMES[scheme], **spec.params, layout="phone")
    try:
        figure.canvas.draw()
        scale = shown_scale(figure.get_size_inches()[0] * figure.dpi)
        for text in visible_texts(figure):
            shown = text.get_fontsize() * DPI / 72 * scale  # points → CSS px, as shown
            assert shown >= MIN_TEXT, f"{text.get_text()!r}: {shown:.1f} px"
        renderer = figure.canvas.get_renderer()
        boxes = [axes.get_window_extent(renderer) for axes in plot_axes(figure)]
        for first, second in itertools.combinations(boxes, 2):
            assert first.y1 <= second.y0 or second.y1 <= first.y0, "panels side by side"
    finally:
        plt.close(figure)
