"""MkDocs hook: every code excerpt on the site links to a complete script that runs alone.

Pages show named regions of files in ``snippets/``, and those files import other
``snippets`` modules. For each such file the build writes ``scripts/<path>.py``: the
``snippets`` modules it needs, embedded as source text and installed as modules, followed
by the file itself, unchanged. It runs with numpy (and matplotlib for plots) and nothing
else. A fence that includes ``--8<-- "snippets/…py:region"`` gets a title naming the file
and a link to its complete script under it. tests/web/test_copy_paste.py runs them all.
"""

import posixpath
import re

from build_cache import ROOT, imported_snippets, module_path
from mkdocs.structure.files import File

SNIPPETS = ROOT / "snippets"
NOTEBOOKS = ROOT / "docs" / "notebooks"
REGION_MARKER = re.compile(r"^\s*# --8<-- \[(start|end):[\w-]+\]\s*\n", re.M)
FENCE = re.compile(
    r'^(?P<indent>[ \t]*)```(?P<lang>python|py)(?P<attrs>[^\n]*)\n'
    r'(?P<includes>(?:(?P=indent)--8<-- "snippets/[\w/]+\.py(?::[\w-]+)?"\n)'
    r'(?:(?:(?P=indent)--8<-- "snippets/[\w/]+\.py(?::[\w-]+)?"|[ \t]*)\n)*)'
    r"(?P=indent)```[ \t]*$",
    re.M,
)
INCLUDE = re.compile(r'--8<-- "(?P<path>snippets/[\w/]+\.py)(?::(?P<region>[\w-]+))?"')
PREAMBLE = '''\
# A complete, runnable copy of {name}
# from the site "Partial derivatives and backprop, checked". It needs numpy (and
# matplotlib for plots), nothing else: the site's own `snippets` modules that it
# imports are embedded below and installed before it runs.
import sys as _sys
import types as _types


def _install(name, source):
    module = _types.ModuleType(name)
    module.__path__ = []  # lets `from snippets.plots import theme` find submodules
    _sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(_sys.modules[parent], child, module)
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


def embedded(source):
    source = REGION_MARKER.sub("", source)
    if "'''" not in source and not source.endswith("\\"):
        return "r'''" + source + "'''"
    return repr(source)


def bundle(path):
    """The text of the complete script for the Python file at ``path``."""
    parts = [PREAMBLE.format(name=path.resolve().relative_to(ROOT).as_posix())]
    for dependency in dependencies_in_order(path):
        source = dependency.read_text(encoding="utf-8")
        parts.append(f"_install({module_name(dependency)!r}, {embedded(source)})\n\n")
    parts.append(f"# ---- {path.name} " + "-" * 60 + "\n")
    parts.append(REGION_MARKER.sub("", path.read_text(encoding="utf-8")))
    return "".join(parts)


def script_uri(path):
    """Where the complete script of a snippets file or notebook lives in the site."""
    path = path.resolve()
    if path.is_relative_to(NOTEBOOKS):
        return f"scripts/notebooks/{path.name}"
    return "scripts/" + path.relative_to(SNIPPETS).as_posix()


def on_files(files, config):
    sources = [*SNIPPETS.rglob("*.py"), *NOTEBOOKS.glob("*.py")]
    for path in sorted(sources):
        if path.name != "__init__.py":
            files.append(File.generated(config, script_uri(path), content=bundle(path)))
    return files


def on_page_markdown(markdown, page, config, files):
    here = posixpath.dirname(page.file.src_uri) or "."

    def link(match):
        indent, attrs = match["indent"], match["attrs"]
        includes = list(INCLUDE.finditer(match["includes"]))
        paths = list(dict.fromkeys(ROOT / include["path"] for include in includes))
        if "title=" not in attrs:
            excerpt = any(include["region"] for include in includes)
            names = " + ".join(path.name for path in paths)
            attrs += f' title="{names} ({"excerpt" if excerpt else "whole file"})"'
        links = [
            f"[Complete script: {path.name}, runs with numpy alone]"
            f"({posixpath.relpath(script_uri(path), here)})"
            f'{{ .script-link download="{path.name}" }}'
            for path in paths
        ]
        return (
            f"{indent}```{match['lang']}{attrs}\n{match['includes']}{indent}```\n\n"
            + "\n\n".join(indent + line for line in links)
        )

    return FENCE.sub(link, markdown)
