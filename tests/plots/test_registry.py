"""The figure registry: unique ids, real alt text, formats the build knows, readable labels."""

import inspect
import itertools
import re
from types import SimpleNamespace

import matplotlib.pyplot as plt
import pytest

from snippets.plots import registry
from snippets.plots.layout import LAYOUTS
from snippets.plots.registry import FIGURE_MODULES, FIGURES, collect
from snippets.plots.render import FigureSpec
from snippets.plots.theme import LIGHT, THEMES

NBCONVERT_PLACEHOLDER = "No description has been provided for this image"
SPECS = list(FIGURES.values())


def test_every_module_is_registered_once_and_every_spec_is_kept():
    assert len(set(FIGURE_MODULES)) == len(FIGURE_MODULES)
    listed = [spec for module in FIGURE_MODULES for spec in module.FIGURES]
    assert len(listed) == len(FIGURES)  # no id registered twice
    assert FIGURES == collect(FIGURE_MODULES)
    assert registry.cost_surface in FIGURE_MODULES


@pytest.mark.parametrize("spec", SPECS, ids=[spec.id for spec in SPECS])
def test_every_figure_is_well_formed(spec):
    assert isinstance(spec, FigureSpec)
    assert FIGURES[spec.id] is spec
    assert re.fullmatch(r"[a-z0-9][a-z0-9_]*", spec.id)  # safe in a file name and a URL
    assert spec.format in {"svg", "png"}
    assert isinstance(spec.params, dict)
    # The figure function takes the theme first and every registered param by name.
    inspect.signature(spec.function).bind(LIGHT, **spec.params)


@pytest.mark.parametrize("spec", SPECS, ids=[spec.id for spec in SPECS])
def test_every_figure_has_real_alt_text(spec):
    alt = spec.alt.strip()
    assert len(alt) >= 40, f"{spec.id}: alt text too short to say what the figure shows"
    assert NBCONVERT_PLACEHOLDER.lower() not in alt.lower()
    assert alt != spec.id
    assert alt.endswith(".")


def labels(figure):
    """The figure's titles, axis labels and free text (annotations too) that are drawn."""
    texts = [*figure.texts, *([figure._suptitle] if figure._suptitle else [])]
    for axes in figure.axes:
        texts += [axes.title, axes._left_title, axes._right_title, axes.xaxis.label,
                  axes.yaxis.label, *axes.texts]
    return [text for text in texts if text.get_visible() and text.get_text()]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("scheme", THEMES)
@pytest.mark.parametrize("spec", SPECS, ids=[spec.id for spec in SPECS])
def test_no_label_runs_into_another_or_off_the_figure(spec, scheme, layout):
    params = spec.params if layout == "desktop" else spec.params | {"layout": layout}
    figure = spec.function(THEMES[scheme], **params)
    try:
        figure.canvas.draw()
        renderer = figure.canvas.get_renderer()
        boxes = [(text.get_text(), text.get_window_extent(renderer)) for text in labels(figure)]
        for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
            assert not box_a.padded(3).overlaps(box_b.padded(3)), f"{a!r} runs into {b!r}"
        legends = [axes.get_legend() for axes in figure.axes if axes.get_legend()]
        boxes += [(f"legend of {len(box.texts)} entries", box.get_window_extent(renderer))
                  for box in legends]
        for text, box in boxes:
            assert figure.bbox.padded(0.5).contains(box.x0, box.y0), f"{text!r} off the figure"
            assert figure.bbox.padded(0.5).contains(box.x1, box.y1), f"{text!r} off the figure"
        # A legend stays inside its own panel: never over another panel or a colour bar
        # (but a legend with a row of its own, in an axes without a frame, has it all).
        for axes in figure.axes:
            box = axes.get_legend() and axes.get_legend().get_window_extent(renderer)
            if box is None or not axes.axison:
                continue
            assert axes.bbox.padded(1).contains(box.x0, box.y0), f"{axes.get_title()!r}: legend"
            assert axes.bbox.padded(1).contains(box.x1, box.y1), f"{axes.get_title()!r}: legend"
    finally:
        plt.close(figure)


def module(name, *ids):
    specs = [FigureSpec(id=i, function=lambda theme: None, alt="A figure.") for i in ids]
    return SimpleNamespace(__name__=name, FIGURES=specs)


def test_collect_keys_specs_by_id_in_order():
    figures = collect([module("m1", "a", "b"), module("m2", "c")])
    assert list(figures) == ["a", "b", "c"]
    assert collect([]) == {}


def test_collect_rejects_an_id_registered_twice_across_modules():
    with pytest.raises(ValueError, match=r"^figure id 'b' is registered twice \(again in m2\)$"):
        collect([module("m1", "a", "b"), module("m2", "b")])


def test_collect_rejects_an_id_registered_twice_in_one_module():
    with pytest.raises(ValueError, match=r"figure id 'a' is registered twice \(again in m1\)"):
        collect([module("m1", "a", "a")])


def test_the_same_module_listed_twice_is_caught():
    # The likeliest slip when several people add modules to FIGURE_MODULES at once.
    with pytest.raises(ValueError, match="registered twice"):
        collect([*FIGURE_MODULES, FIGURE_MODULES[0]])


def test_render_figure_renders_a_registered_figure_by_id_in_every_layout_it_needs():
    from snippets.plots.registry import render_figure

    layouts = render_figure("home_surface_slice", "light")
    assert list(layouts) == ["desktop", "phone"]  # 922 px wide: 0.36 of it on a phone
    for data, (width, height) in layouts.values():
        assert data.startswith(b"<?xml")
        assert width > 0
        assert height > 0
