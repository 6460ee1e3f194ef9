"""render(): the same figure gives the same bytes on every build, in both schemes."""

import hashlib
import re
import struct
import subprocess
import sys
import textwrap

import matplotlib.pyplot as plt
import pytest

from snippets.plots.registry import FIGURES
from snippets.plots.render import FigureSpec, render, render_layouts
from snippets.plots.theme import THEMES, new_figure

SCHEMES = ("light", "dark")


def tiny_figure(theme, slope=1.0):
    figure, axes = new_figure(theme, 2.0, 1.25)
    axes.plot([0, 1], [0, slope], color=theme.blue, label="a line")
    axes.set(xlabel="x", title="tiny")
    axes.legend()
    return figure


TINY_SVG = FigureSpec(id="tiny", function=tiny_figure, alt="A tiny test figure.")
TINY_PNG = FigureSpec(
    id="tiny_png",
    function=tiny_figure,
    alt="A tiny test figure.",
    params={"slope": 2.0},
    format="png",
)
HOME = FIGURES["home_surface_slice"]


def test_figure_spec_defaults():
    assert TINY_SVG.params == {}
    assert TINY_SVG.format == "svg"
    with pytest.raises(AttributeError):
        TINY_SVG.id = "other"  # frozen: a spec can't change under the build's cache


@pytest.mark.parametrize("spec", [TINY_SVG, HOME], ids=["tiny", "home"])
@pytest.mark.parametrize("scheme", SCHEMES)
def test_render_is_deterministic(spec, scheme):
    first, size = render(spec, scheme)
    second, size_again = render(spec, scheme)
    assert first == second
    assert size == size_again


@pytest.mark.parametrize("scheme", SCHEMES)
def test_png_render_is_deterministic(scheme):
    assert render(TINY_PNG, scheme) == render(TINY_PNG, scheme)


def test_render_is_deterministic_across_processes():
    # Element ids in an SVG come from a hash: without a fixed salt they change every run.
    script = textwrap.dedent(
        """
        import hashlib
        from snippets.plots.registry import FIGURES
        from snippets.plots.render import render
        data, _ = render(FIGURES["home_surface_slice"], "dark")
        print(hashlib.sha256(data).hexdigest())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == hashlib.sha256(render(HOME, "dark")[0]).hexdigest()


@pytest.mark.parametrize("spec", [TINY_SVG, HOME], ids=["tiny", "home"])
def test_light_and_dark_differ_in_their_colours(spec):
    light, _ = render(spec, "light")
    dark, _ = render(spec, "dark")
    assert light != dark
    for scheme, data in (("light", light), ("dark", dark)):
        other = THEMES["dark" if scheme == "light" else "light"]
        assert THEMES[scheme].foreground.encode() in data
        assert other.foreground.encode() not in data


@pytest.mark.parametrize("scheme", SCHEMES)
def test_svg_has_no_date_and_a_size_matching_the_figure(scheme):
    data, (width, height) = render(TINY_SVG, scheme)
    text = data.decode("utf-8")
    assert text.startswith("<?xml")
    assert "<dc:date>" not in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # no timestamp of any kind
    assert (width, height) == (192, 120)  # 2 × 1.25 in at 96 px/in
    svg_size = re.search(r'<svg[^>]* width="([\d.]+)pt" height="([\d.]+)pt"', text)
    svg_width, svg_height = svg_size.groups()
    assert float(svg_width) * 96 / 72 == pytest.approx(width, abs=0.5)
    assert float(svg_height) * 96 / 72 == pytest.approx(height, abs=0.5)


def test_size_is_a_pair_of_positive_ints():
    for spec in (TINY_SVG, TINY_PNG, HOME):
        _, size = render(spec, "light")
        assert isinstance(size, tuple)
        assert len(size) == 2
        assert all(type(n) is int and n > 0 for n in size)
    assert render(HOME, "light")[1] == (922, 384)  # 9.6 × 4.0 in


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_png_spec_renders_a_png_of_the_reported_size(scheme):
    data, (width, height) = render(TINY_PNG, scheme)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    png_width, png_height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    assert (png_width, png_height) == (width, height) == (192, 120)
    assert b"Software" not in data
    assert b"tIME" not in data  # no modification time


def test_render_closes_its_figure():
    open_before = plt.get_fignums()
    render(TINY_SVG, "light")
    render(TINY_PNG, "dark")
    assert plt.get_fignums() == open_before


def test_render_passes_the_params_and_the_schemes_theme():
    seen = []

    def spy(theme, **params):
        seen.append((theme.name, params))
        return tiny_figure(theme)

    render(FigureSpec(id="spy", function=spy, alt="x", params={"slope": 3.0}), "dark")
    assert seen == [("dark", {"slope": 3.0})]


def test_an_unknown_scheme_raises():
    with pytest.raises(KeyError, match="sepia"):
        render(TINY_SVG, "sepia")


def test_a_phone_layout_is_drawn_by_the_same_function_with_its_own_salt():
    seen = []

    def spy(theme, slope=1.0, layout="desktop"):
        seen.append(layout)
        return tiny_figure(theme, slope)

    spec = FigureSpec(id="spy", function=spy, alt="x")
    desktop, _ = render(spec, "light")
    phone, _ = render(spec, "light", "phone")
    assert seen == ["desktop", "phone"]
    assert desktop != phone  # the same drawing, told apart by the SVG ids' salt
    assert render(spec, "light", "phone")[0] == phone


def test_render_layouts_adds_a_phone_layout_only_to_a_figure_too_wide_for_a_phone():
    assert list(render_layouts(TINY_SVG, "light")) == ["desktop"]  # 192 px: shown whole
    layouts = render_layouts(HOME, "dark")
    assert list(layouts) == ["desktop", "phone"]
    assert layouts["desktop"] == render(HOME, "dark")
    assert layouts["phone"] == render(HOME, "dark", "phone")
    assert layouts["phone"][1] == (384, 634)  # 4.0 × 6.6 in: two panels, stacked
