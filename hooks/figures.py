"""MkDocs hook: draw every registered figure at build time, cached by content hash.

Pages write ``{{ figure("id") }}`` on a line of its own; the hook replaces it
with the light and dark images (Material's #only-light / #only-dark) and the
alt text from the registry. An unknown id fails the build.
"""

import json
import posixpath
import re
from concurrent.futures import ProcessPoolExecutor

from build_cache import (
    CACHE,
    digest,
    forget_snippets,
    module_path,
    pages_containing,
    source_closure,
    write_atomic,
)
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

SCHEMES = ("light", "dark")
DIRECTIVE = re.compile(r'^(?P<indent>[ \t]*)\{\{ figure\("(?P<id>[^"]+)"\) \}\}[ \t]*$', re.M)
RENDERER = "snippets.plots.render"

figures = {}  # id -> FigureSpec, refreshed on every build
sizes = {}  # id -> (width, height) in px


def on_pre_build(config):
    forget_snippets()  # first hook in mkdocs.yml: every later hook imports fresh snippets
    from snippets.plots.registry import FIGURES

    figures.clear()
    figures.update(FIGURES)


def on_files(files, config):
    pending = []
    outputs = {}
    for spec in figures.values():
        sources = [*source_closure(module_path(spec.function.__module__)), module_path(RENDERER)]
        key = digest(sources, spec.id, spec.params, spec.format)
        for scheme in SCHEMES:
            path = CACHE / "figures" / f"{spec.id}-{scheme}-{key}.{spec.format}"
            size_path = path.with_suffix(".json")
            outputs[spec.id, scheme] = path
            if not (path.exists() and size_path.exists()):
                pending.append((spec.id, scheme, path, size_path))
    if pending:
        # Workers get ids, not FigureSpecs: another hook may re-import snippets mid-build.
        from snippets.plots.registry import render_figure

        with ProcessPoolExecutor(max_workers=2) as pool:
            jobs = [pool.submit(render_figure, i, scheme) for i, scheme, *_ in pending]
            for (figure_id, _, path, size_path), job in zip(pending, jobs, strict=True):
                data, size = drawn(figure_id, job)
                write_atomic(path, data)
                write_atomic(size_path, json.dumps(size).encode())
    for (figure_id, scheme), path in outputs.items():
        sizes[figure_id] = json.loads(path.with_suffix(".json").read_text())
        uri = f"figures/{figure_id}-{scheme}{path.suffix}"
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def drawn(figure_id, job):
    """The figure's (bytes, size); a figure whose numbers fail their check names its pages."""
    try:
        return job.result()
    except AssertionError as error:  # snippets.verify.Disagreement
        pages = ", ".join(pages_containing(f'figure("{figure_id}")')) or "no page"
        raise PluginError(
            f"{pages}: not published, because figure {figure_id!r} failed its check: {error}"
        ) from error


def on_page_markdown(markdown, page, config, files):
    def expand(match):
        figure_id, indent = match["id"], match["indent"]
        if figure_id not in figures:
            raise PluginError(
                f"{page.file.src_uri}: unknown figure id {figure_id!r}; "
                f"registered ids are {sorted(figures)}"
            )
        spec = figures[figure_id]
        width, height = sizes[figure_id]
        here = posixpath.dirname(page.file.src_uri)
        alt = spec.alt.replace("[", "(").replace("]", ")")
        images = []
        for scheme in SCHEMES:
            target = posixpath.relpath(f"figures/{figure_id}-{scheme}.{spec.format}", here or ".")
            images.append(
                f"{indent}![{alt}]({target}#only-{scheme})"
                f'{{ width="{width}" height="{height}" loading="lazy" .figure }}'
            )
        return "\n".join(images)

    return DIRECTIVE.sub(expand, markdown)
