"""Every figure the site shows, by id. The build renders each in light and dark."""

from snippets.plots import backprop, cost_choice, cost_surface, derivatives, descent_paths
from snippets.plots.render import render_layouts

FIGURE_MODULES = (cost_surface, derivatives, cost_choice, backprop, descent_paths)


def collect(modules):
    """Every FigureSpec in ``modules`` (each with a FIGURES list), by id; ids must be unique."""
    figures = {}
    for module in modules:
        for spec in module.FIGURES:
            if spec.id in figures:
                raise ValueError(
                    f"figure id {spec.id!r} is registered twice (again in {module.__name__})"
                )
            figures[spec.id] = spec
    return figures


FIGURES = collect(FIGURE_MODULES)


def render_figure(figure_id, scheme):
    """Render a registered figure by id in every layout it needs:
    {layout: (bytes, (width, height))}; see render.render_layouts."""
    return render_layouts(FIGURES[figure_id], scheme)
