"""Python-Markdown extension: every code excerpt is titled, and links to its complete script.

A fence that includes ``--8<-- "snippets/…py:region"`` gets a title naming the file (an
excerpt, or the whole file) and, under it, a link to the file's complete script, which runs
with numpy alone (hooks/scripts.py writes it to docs/generated/scripts/). The content layer
does the same for a Python block that an example script prints, whose code is a verbatim
part of one ``snippets`` file (``link_printed_code``; the exercises print their functions).

It runs before pymdownx.snippets, which then fills each fence. mkdocs.yml names it in
``markdown_extensions``, so that MkDocs and Zensical both run it. Its links start at the
docs folder (``/generated/scripts/…``): see hooks/figures.py.
"""

import re

from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

from hooks.build_cache import ROOT
from hooks.scripts import SNIPPETS, script_uri, without_markers

FENCE = re.compile(
    r'^(?P<indent>[ \t]*)```(?P<lang>python|py)(?P<attrs>[^\n]*)\n'
    r'(?P<includes>(?:(?P=indent)--8<-- "snippets/[\w/]+\.py(?::[\w-]+)?"\n)'
    r'(?:(?:(?P=indent)--8<-- "snippets/[\w/]+\.py(?::[\w-]+)?"|[ \t]*)\n)*)'
    r"(?P=indent)```[ \t]*$",
    re.M,
)
# Any Python fence, with its code: for code that a script printed into the page.
CODE_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)```(?P<lang>python|py)(?P<attrs>[^\n]*)\n"
    r"(?P<code>(?:.*\n)*?)(?P=indent)```[ \t]*$",
    re.M,
)
INCLUDE = re.compile(r'--8<-- "(?P<path>snippets/[\w/]+\.py)(?::(?P<region>[\w-]+))?"')
SNIPPETS_PRIORITY = 32  # pymdownx.snippets' preprocessor; this one must run before it


def linked_fence(match, attrs, code, paths):
    """The fence of ``match`` with ``attrs`` and ``code``, and under it a download link to
    each file's complete script."""
    indent = match["indent"]
    links = [
        f"{indent}[Complete script: {path.name}, runs with numpy alone]"
        f'(/generated/{script_uri(path)}){{ .script-link download="{path.name}" }}'
        for path in paths
    ]
    return "\n\n".join([f"{indent}```{match['lang']}{attrs}\n{code}{indent}```", *links])


def source_of(code):
    """The one snippets file that contains ``code`` verbatim, or None."""
    found = [
        path
        for path in sorted(SNIPPETS.rglob("*.py"))
        if "\n" + code in "\n" + without_markers(path.read_text(encoding="utf-8"))
    ]
    return found[0] if len(found) == 1 else None


def link_includes(markdown):
    """``markdown`` with every fence of ``--8<--`` includes of snippets titled and linked."""

    def link(match):
        attrs = match["attrs"]
        includes = list(INCLUDE.finditer(match["includes"]))
        paths = list(dict.fromkeys(ROOT / include["path"] for include in includes))
        if "title=" not in attrs:
            excerpt = any(include["region"] for include in includes)
            names = " + ".join(path.name for path in paths)
            attrs += f' title="{names} ({"excerpt" if excerpt else "whole file"})"'
        return linked_fence(match, attrs, match["includes"], paths)

    return FENCE.sub(link, markdown)


def link_printed_code(markdown):
    """``markdown`` with every untitled Python block that is part of a snippets file titled
    and linked; any other block is left as it is, because it must run as it is."""

    def link(match):
        indent, attrs = match["indent"], match["attrs"]
        if "title=" in attrs or "--8<--" in match["code"]:
            return match[0]
        lines = match["code"].splitlines(keepends=True)
        code = "".join(line.removeprefix(indent) for line in lines)
        path = source_of(code.strip("\n") + "\n")
        if path is None:
            return match[0]
        attrs += f' title="{path.name} (excerpt)"'
        return linked_fence(match, attrs, match["code"], [path])

    return CODE_FENCE.sub(link, markdown)


class ExcerptLinks(Preprocessor):
    def run(self, lines):
        return link_includes("\n".join(lines) + "\n").split("\n")[:-1]


class ExcerptsExtension(Extension):
    def extendMarkdown(self, md):
        md.preprocessors.register(ExcerptLinks(md), "excerpt_links", SNIPPETS_PRIORITY + 1)


def makeExtension(**kwargs):
    return ExcerptsExtension(**kwargs)
