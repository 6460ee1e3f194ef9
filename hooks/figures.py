"""MkDocs hook: draw every registered figure at build time, cached by content hash.

Pages write ``{{ figure("id") }}`` on a line of its own; the hook replaces it
with the light and dark images (Material's #only-light / #only-dark) and the
alt text from the registry. An unknown id fails the build.

A figure too wide for a phone (snippets.plots.layout decides, and draws it) also has a
phone layout: each scheme's image is then a <picture> whose <source> serves the phone
layout below layout.BREAKPOINT, and whose <img> keeps Material's #only-light / #only-dark.
"""

import json
import posixpath
import re
from concurrent.futures import ProcessPoolExecutor
from html import escape

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
RENDERER = "snippets.plots.render"  # with layout.py, which it imports: how and in what layouts

figures = {}  # id -> FigureSpec, refreshed on every build
sizes = {}  # id -> {layout: (width, height) in px}


def on_pre_build(config):
    forget_snippets()  # first hook in mkdocs.yml: every later hook imports fresh snippets
    try:  # figure modules compute the numbers of their alt texts as they load, and check them
        from snippets.plots.registry import FIGURES
    except AssertionError as error:  # snippets.verify.Disagreement
        pages = ", ".join(pages_containing("{{ figure(")) or "no page"
        raise PluginError(
            f"{pages}: not published, because snippets/plots failed its check: {error}"
        ) from error

    figures.clear()
    figures.update(FIGURES)


def on_files(files, config):
    pending = []
    keys = {}
    for spec in figures.values():
        sources = source_closure(module_path(spec.function.__module__))
        key = digest([*sources, *source_closure(module_path(RENDERER))], spec.id, spec.params,
                     spec.format)
        keys[spec.id] = key
        for scheme in SCHEMES:
            if not cached(spec, scheme, key).exists():
                pending.append((spec, scheme))
    if pending:
        # Workers get ids, not FigureSpecs: another hook may re-import snippets mid-build.
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
    for spec in figures.values():
        for scheme in SCHEMES:
            sizes[spec.id] = json.loads(cached(spec, scheme, keys[spec.id]).read_text())
            for layout in sizes[spec.id]:
                path = cached(spec, scheme, keys[spec.id], layout)
                uri = f"figures/{name(spec.id, layout, scheme)}.{spec.format}"
                files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


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
        pages = ", ".join(pages_containing(f'figure("{figure_id}")')) or "no page"
        raise PluginError(
            f"{pages}: not published, because figure {figure_id!r} failed its check: {error}"
        ) from error


def on_page_markdown(markdown, page, config, files):
    from snippets.plots.layout import MEDIA

    def expand(match):
        figure_id, indent = match["id"], match["indent"]
        if figure_id not in figures:
            raise PluginError(
                f"{page.file.src_uri}: unknown figure id {figure_id!r}; "
                f"registered ids are {sorted(figures)}"
            )
        spec = figures[figure_id]

        def target(layout, scheme, base):
            return posixpath.relpath(f"figures/{name(figure_id, layout, scheme)}.{spec.format}",
                                     base or ".")

        # Markdown links are relative to the page's source file (MkDocs rewrites them for its
        # URL); raw HTML is left as written, so its URLs are relative to the page's URL.
        source = posixpath.dirname(page.file.src_uri)
        url = page.url if page.url.endswith("/") else posixpath.dirname(page.url)

        width, height = sizes[figure_id]["desktop"]
        alt = spec.alt.replace("[", "(").replace("]", ")")  # never read as a Markdown link
        images = []
        if "phone" not in sizes[figure_id]:
            for scheme in SCHEMES:
                images.append(
                    f"{indent}![{alt}]({target('desktop', scheme, source)}#only-{scheme})"
                    f'{{ width="{width}" height="{height}" loading="lazy" .figure }}'
                )
            return "\n".join(images)
        # One <picture> per scheme, on one line each: inline HTML, so that it stays in its
        # paragraph wherever the directive is (a tab, an admonition, a <noscript>).
        phone_width, phone_height = sizes[figure_id]["phone"]
        alt = escape(alt, quote=True)
        for scheme in SCHEMES:
            images.append(
                f'{indent}<picture><source media="{MEDIA}" '
                f'srcset="{target("phone", scheme, url)}" '
                f'width="{phone_width}" height="{phone_height}">'
                f'<img src="{target("desktop", scheme, url)}#only-{scheme}" alt="{alt}" '
                f'width="{width}" height="{height}" loading="lazy" class="figure"></picture>'
            )
        return "\n".join(images)

    return DIRECTIVE.sub(expand, markdown)
