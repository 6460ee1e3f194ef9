"""MkDocs hook: every code excerpt on the site links to a complete script that runs alone.

Pages show named regions of files in ``snippets/``, and those files import other
``snippets`` modules. For each such file, each notebook and ``benchmarks/backprop.py`` the
build writes ``scripts/<path>.py``: the ``snippets`` modules it needs, embedded as source
text and installed as modules, followed by the file itself, unchanged except for the region
markers. It runs with numpy (and matplotlib for plots) and nothing else, and passes
``ruff check --select E,W,F`` as it is, for readers who copy it into their own code.
A notebook's script starts with the notebook's jupytext header, so it still opens as a
notebook (``jupytext --to ipynb``).

A fence that includes ``--8<-- "snippets/…py:region"`` gets a title naming the file and a
link to its complete script under it. So does a Python fence, without a title, whose code is
a verbatim part of one ``snippets`` file (an example script may print a function of its
own, as the exercises do). tests/web/test_copy_paste.py runs every script, and every block
that is not an excerpt, as a reader would.
"""

import ast
import posixpath
import re

from build_cache import ROOT, imported_snippets, module_path
from mkdocs.structure.files import File

SNIPPETS = ROOT / "snippets"
NOTEBOOKS = ROOT / "docs" / "notebooks"
# Files outside snippets/ and docs/notebooks/ that pages name and readers may want to run.
PUBLISHED = (ROOT / "benchmarks" / "backprop.py",)
REGION_MARKER = re.compile(r"^[ \t]*# --8<-- \[(start|end):[\w-]+\][ \t]*\n", re.M)
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
# A jupytext header: the notebook's metadata, which must stay at the top of the file.
JUPYTEXT_HEADER = re.compile(r"\A# ---\n(?:#.*\n)*?# ---\n")
# A notebook cell that starts with a definition: jupytext leaves one blank line before it,
# PEP 8 (and so ruff's E302) asks for two.
DEFINITION_CELL = re.compile(r"(?<=[^\n]\n)\n(?=# %%.*\n(?:@|def |async def |class ))")
PREAMBLE = '''\
# A complete, runnable copy of {name}
# from the site "Partial derivatives and backprop, checked". It needs numpy (and
# matplotlib for plots), nothing else: the site's own `snippets` modules that it
# imports are embedded below and installed before it runs, so its own imports come
# after them.
# ruff: noqa: E402
import sys as _sys
import types as _types


def _install(name, source):
    module = _types.ModuleType(name)
    module.__path__ = []  # lets `from snippets.plots import theme` find submodules
    _sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(_sys.modules[parent], child, module)
    source = source.removeprefix("\\n")  # each source starts on the line after its quotes
    exec(compile(source, name.replace(".", "/") + ".py", "exec"), module.__dict__)
'''


def module_name(path):
    relative = path.resolve().relative_to(ROOT).with_suffix("")
    parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
    return ".".join(parts)


def dependencies_in_order(path):
    """The snippets modules ``path`` needs, each after the modules it imports itself."""
    ordered, seen = [], set()

    def visit(current):
        for name in sorted(imported_snippets(current)):
            dependency = module_path(name).resolve()
            if dependency not in seen:
                seen.add(dependency)
                visit(dependency)
                ordered.append(dependency)

    visit(path.resolve())
    packages = {p for d in ordered for p in _parent_packages(module_name(d))}
    package_files = [module_path(p).resolve() for p in sorted(packages, key=len)]
    return [*package_files, *(d for d in ordered if d not in package_files)]


def _parent_packages(name):
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def without_markers(source):
    """The file as a reader should see it: no region markers, every other line kept."""
    return REGION_MARKER.sub("", source)


def embedded(source):
    """``source`` as a string literal whose lines are the file's lines, unchanged where
    possible (a raw string), after a first newline that ``_install`` drops."""
    if "'''" not in source:
        return "r'''\n" + source + "'''"
    return "'''\n" + source.replace("\\", "\\\\").replace("'''", "\\'''") + "'''"


def split_docstring(source):
    """(the lines up to the end of the module's docstring, the rest), or ('', source)."""
    body = ast.parse(source).body
    first = body[0] if body else None
    if not (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)):
        return "", source
    if not isinstance(first.value.value, str):
        return "", source
    lines = source.splitlines(keepends=True)
    return "".join(lines[: first.end_lineno]), "".join(lines[first.end_lineno :]).lstrip("\n")


def bundle(path):
    """The text of the complete script for the Python file at ``path``.

    What must come first stays first: a notebook's jupytext header, or the file's docstring
    (which stays its ``__doc__``, and says what the script does).
    """
    tail = without_markers(path.read_text(encoding="utf-8"))
    header = JUPYTEXT_HEADER.match(tail)
    if header is not None:  # a notebook
        head, tail = header[0], DEFINITION_CELL.sub("\n\n", tail[header.end() :].lstrip("\n"))
    else:
        head, tail = split_docstring(tail)
    head += "\n" if head else ""
    installs = [
        f"_install(\n    {module_name(dependency)!r},\n    {embedded(source)},\n)\n"
        for dependency in dependencies_in_order(path)
        for source in [without_markers(dependency.read_text(encoding="utf-8"))]
    ]
    name = path.resolve().relative_to(ROOT).as_posix()
    return "".join(
        [
            head,
            PREAMBLE.format(name=name),
            *(f"\n\n{text}" if i == 0 else f"\n{text}" for i, text in enumerate(installs)),
            f"\n\n{f'# ---- {path.name} ':-<79}\n",
            tail,
        ]
    )


def script_uri(path):
    """Where the complete script of a snippets file, notebook or benchmark lives in the site."""
    path = path.resolve()
    if path.is_relative_to(NOTEBOOKS):
        return f"scripts/notebooks/{path.name}"
    if path.is_relative_to(SNIPPETS):
        return "scripts/" + path.relative_to(SNIPPETS).as_posix()
    return "scripts/" + path.relative_to(ROOT).as_posix()


def on_files(files, config):
    sources = [*SNIPPETS.rglob("*.py"), *NOTEBOOKS.glob("*.py"), *PUBLISHED]
    for path in sorted(sources):
        if path.name != "__init__.py":
            files.append(File.generated(config, script_uri(path), content=bundle(path)))
    return files


def script_links(paths, here, indent):
    """The Markdown under an excerpt: a download link to each file's complete script."""
    links = [
        f"[Complete script: {path.name}, runs with numpy alone]"
        f"({posixpath.relpath(script_uri(path), here)})"
        f'{{ .script-link download="{path.name}" }}'
        for path in paths
    ]
    return "\n\n".join(indent + line for line in links)


def source_of(code):
    """The one snippets file that contains ``code`` verbatim, or None."""
    found = [
        path
        for path in sorted(SNIPPETS.rglob("*.py"))
        if "\n" + code in "\n" + without_markers(path.read_text(encoding="utf-8"))
    ]
    return found[0] if len(found) == 1 else None


def on_page_markdown(markdown, page, config, files):
    here = posixpath.dirname(page.file.src_uri) or "."

    def link_includes(match):
        indent, attrs = match["indent"], match["attrs"]
        includes = list(INCLUDE.finditer(match["includes"]))
        paths = list(dict.fromkeys(ROOT / include["path"] for include in includes))
        if "title=" not in attrs:
            excerpt = any(include["region"] for include in includes)
            names = " + ".join(path.name for path in paths)
            attrs += f' title="{names} ({"excerpt" if excerpt else "whole file"})"'
        return (
            f"{indent}```{match['lang']}{attrs}\n{match['includes']}{indent}```\n\n"
            + script_links(paths, here, indent)
        )

    def link_printed_code(match):
        indent, attrs = match["indent"], match["attrs"]
        if "title=" in attrs or "--8<--" in match["code"]:
            return match[0]
        lines = match["code"].splitlines(keepends=True)
        code = "".join(line.removeprefix(indent) for line in lines)
        path = source_of(code.strip("\n") + "\n")
        if path is None:
            return match[0]  # a block of its own: it must run as it is
        attrs += f' title="{path.name} (excerpt)"'
        return (
            f"{indent}```{match['lang']}{attrs}\n{match['code']}{indent}```\n\n"
            + script_links([path], here, indent)
        )

    return CODE_FENCE.sub(link_printed_code, FENCE.sub(link_includes, markdown))
