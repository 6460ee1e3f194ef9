"""Content step: draw every registered figure, light and dark, cached by content hash.

For each figure ``<id>`` it writes the images and ``figures/<id>.md``, the Markdown a page
includes where the figure goes (``--8<-- "docs/generated/figures/<id>.md"``): one image per
colour scheme (Material's ``#only-light`` / ``#only-dark``), with the registry's alt text and
the size the image is drawn at, so that the page keeps its space before it arrives.

A figure too wide for a phone (snippets.plots.layout decides, and draws it) has a phone
layout too: its Markdown then holds four images, and site.css shows the ``.figure-phone``
pair below layout.BREAKPOINT and the ``.figure-wide`` pair above it. The links start at the
docs folder (``/generated/…``), so that one include serves pages at any depth: MkDocs
turns them into relative links (``validation: links: absolute_links: relative_to_docs``).
"""

import json
from concurrent.futures import ProcessPoolExecutor

from hooks.build_cache import (
    CACHE,
    ContentError,
    digest,
    module_path,
    not_published,
    source_closure,
    write_atomic,
)

SCHEMES = ("light", "dark")
RENDERER = "snippets.plots.render"  # with layout.py, which it imports: how and in what layouts


def generate(out):
    figures = registered()
    keys = {
        spec.id: digest(
            [*source_closure(module_path(spec.function.__module__)),
             *source_closure(module_path(RENDERER))],
            spec.id, spec.params, spec.format,
        )
        for spec in figures.values()
    }  # fmt: skip
    pending = [
        (spec, scheme)
        for spec in figures.values()
        for scheme in SCHEMES
        if not cached(spec, scheme, keys[spec.id]).exists()
    ]
    if pending:
        # Workers get ids, not FigureSpecs: they import snippets afresh.
        from snippets.plots.registry import render_figure

        with ProcessPoolExecutor(max_workers=2) as pool:
            jobs = [pool.submit(render_figure, spec.id, scheme) for spec, scheme in pending]
            for (spec, scheme), job in zip(pending, jobs, strict=True):
                layouts = drawn(spec.id, job)
                for layout, (data, _) in layouts.items():
                    write_atomic(cached(spec, scheme, keys[spec.id], layout), data)
                size_of = {layout: size for layout, (_, size) in layouts.items()}
                # Written last: it lists the layouts, and says they are all in the cache.
                write_atomic(cached(spec, scheme, keys[spec.id]), json.dumps(size_of).encode())

    files = {}
    for spec in figures.values():
        sizes = json.loads(cached(spec, "light", keys[spec.id]).read_text())
        for scheme in SCHEMES:
            for layout in sizes:
                image = cached(spec, scheme, keys[spec.id], layout).read_bytes()
                files[f"figures/{name(spec.id, layout, scheme)}.{spec.format}"] = image
        files[f"figures/{spec.id}.md"] = markdown(spec, sizes).encode()
    return files


def registered():
    """The registry's figures, by id; a figure module whose numbers fail names its pages."""
    try:  # figure modules compute the numbers of their alt texts as they load, and check them
        from snippets.plots.registry import FIGURES
    except AssertionError as error:  # snippets.verify.Disagreement
        reason = f"snippets/plots failed its check: {error}"
        raise ContentError(not_published(reason, "docs/generated/figures/")) from error
    return FIGURES


def name(figure_id, layout, scheme):
    """The file name, without suffix, of one layout of a figure in one scheme."""
    return f"{figure_id}-{scheme}" if layout == "desktop" else f"{figure_id}-{layout}-{scheme}"


def cached(spec, scheme, key, layout=None):
    """Where the cache keeps a drawn layout; with no layout, the list of its layouts' sizes."""
    if layout is None:
        return CACHE / "figures" / f"{name(spec.id, 'desktop', scheme)}-{key}.json"
    return CACHE / "figures" / f"{name(spec.id, layout, scheme)}-{key}.{spec.format}"


def drawn(figure_id, job):
    """The figure's (bytes, size); a figure whose numbers fail their check names its pages."""
    try:
        return job.result()
    except AssertionError as error:  # snippets.verify.Disagreement
        reason = f"figure {figure_id!r} failed its check: {error}"
        included = f"docs/generated/figures/{figure_id}.md"
        raise ContentError(not_published(reason, included)) from error


def image(alt, uri, size, classes):
    """One Markdown image of the content layer's: ``uri`` starts at the docs folder, the
    size keeps the page from jumping as it loads, and the file loads when scrolled to."""
    alt = alt.replace("[", "(").replace("]", ")")  # never read as a Markdown link
    width, height = size
    return f'![{alt}]({uri}){{ width="{width}" height="{height}" loading="lazy" {classes} }}'


def markdown(spec, sizes):
    """The images a page shows for ``spec``: its scheme's, in the layout that fits."""
    classes = {"desktop": ".figure .figure-wide", "phone": ".figure .figure-phone"}
    if "phone" not in sizes:
        classes["desktop"] = ".figure"
    lines = []
    for layout, size in sizes.items():
        for scheme in SCHEMES:
            uri = f"/generated/figures/{name(spec.id, layout, scheme)}.{spec.format}#only-{scheme}"
            lines.append(image(spec.alt, uri, size, classes[layout]))
    return "\n".join(lines) + "\n"
