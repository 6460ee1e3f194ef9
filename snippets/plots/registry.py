"""Every figure the site shows, by id. The build renders each in light and dark."""

from snippets.plots import cost_surface

FIGURE_MODULES = (cost_surface,)

FIGURES = {}
for module in FIGURE_MODULES:
    for spec in module.FIGURES:
        if spec.id in FIGURES:
            raise ValueError(f"figure id {spec.id!r} is registered twice")
        FIGURES[spec.id] = spec
