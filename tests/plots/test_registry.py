"""The figure registry: unique ids, real alt text, formats the build knows."""

import inspect
import re
from types import SimpleNamespace

import pytest

from snippets.plots import registry
from snippets.plots.registry import FIGURE_MODULES, FIGURES, collect
from snippets.plots.render import FigureSpec
from snippets.plots.theme import LIGHT

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


def test_render_figure_renders_a_registered_figure_by_id():
    from snippets.plots.registry import render_figure

    data, (width, height) = render_figure("home_surface_slice", "light")
    assert data.startswith(b"<?xml")
    assert width > 0
    assert height > 0
