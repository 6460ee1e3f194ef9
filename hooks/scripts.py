"""Content step: every code excerpt on the site links to a complete script that runs alone.

Pages show named regions of files in ``snippets/``, and those files import other
``snippets`` modules. For each such file, each notebook and ``benchmarks/backprop.py`` the
build writes ``docs/generated/scripts/<path>.py``: the ``snippets`` modules it needs,
embedded as source text and installed as modules, followed by the file itself, unchanged
except for the region markers. It runs with numpy (and matplotlib for plots) and nothing
else, and passes ``ruff check --select E,W,F`` as it is, for readers who copy it into their own
code.
A notebook's script starts with the notebook's jupytext header, so it still opens as a
notebook (``jupytext --to ipynb``).

hooks/excerpts.py links every excerpt to its script. tests/web/test_copy_paste.py runs
every script, and every block that is not an excerpt, as a reader would.
"""

import ast
import re

from hooks.build_cache import ROOT, imported_snippets, module_path

SNIPPETS = ROOT / "snippets"
NOTEBOOKS = ROOT / "docs" / "notebooks"
# Files outside snippets/ and docs/notebooks/ that pages name and readers may want to run.
PUBLISHED = (ROOT / "benchmarks" / "backprop.py",)
REGION_MARKER = re.compile(r"^[ \t]*# --8<-- \[(start|end):[\w-]+\][ \t]*\n", re.M)
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
    dotted = [module_name(dependency).split(".") for dependency in ordered]
    packages = {".".join(parts[:i]) for parts in dotted for i in range(1, len(parts))}
    package_files = [module_path(p).resolve() for p in sorted(packages, key=len)]
    return [*package_files, *(d for d in ordered if d not in package_files)]


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
    module = ast.parse(source)
    if ast.get_docstring(module, clean=False) is None:
        return "", source
    end = module.body[0].end_lineno
    lines = source.splitlines(keepends=True)
    return "".join(lines[:end]), "".join(lines[end:]).lstrip("\n")


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
    """Where the complete script of a snippets file, notebook or benchmark lives under
    docs/generated/ (and so in the site, under generated/)."""
    path = path.resolve()
    if path.is_relative_to(NOTEBOOKS):
        return f"scripts/notebooks/{path.name}"
    if path.is_relative_to(SNIPPETS):
        return "scripts/" + path.relative_to(SNIPPETS).as_posix()
    return "scripts/" + path.relative_to(ROOT).as_posix()


def generate(out):
    sources = [*SNIPPETS.rglob("*.py"), *NOTEBOOKS.glob("*.py"), *PUBLISHED]
    return {
        script_uri(path): bundle(path).encode()
        for path in sorted(sources)
        if path.name != "__init__.py"
    }
