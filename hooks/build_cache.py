"""Content-hash caching shared by the content layer's steps (hooks/content.py).

A cached artefact's key hashes everything that can change its bytes: the
source of every ``snippets`` module it depends on (followed through imports),
its parameters, and the numpy and matplotlib versions.
"""

import ast
import functools
import hashlib
import importlib.util
import os
import sys
import tempfile
import threading
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# BUILD_CACHE lets a test or benchmark build from an empty cache without deleting the real one.
CACHE = Path(os.environ.get("BUILD_CACHE", ROOT / ".cache"))
PACKAGE = "snippets"
# Python 3.11's ast.parse shares its recursion counter between threads, and the content
# layer's steps call it from several: two at once can fail with "AST constructor recursion
# depth mismatch" (CPython gh-106905). One parse at a time; each takes milliseconds.
_PARSING = threading.Lock()


class ContentError(Exception):
    """A page cannot be published: the message names it, and why, one line per page."""


def forget_snippets():
    """Drop imported snippets modules so that `mkdocs serve` sees edits on rebuild."""
    for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
        del sys.modules[name]
    module_path.cache_clear()
    _imported_snippets.cache_clear()


@functools.cache  # finding a module is slow, and every hook asks for the same few dozen
def module_path(name):
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"expected an importable module, got {name!r}")
    return Path(spec.origin)


def imported_snippets(path):
    """The snippets modules that the Python file at ``path`` imports directly."""
    stat = Path(path).stat()
    return _imported_snippets(str(path), stat.st_mtime_ns, stat.st_size)


@functools.cache  # keyed by mtime and size, so an edited file is parsed again
def _imported_snippets(path, mtime_ns, size):
    names = set()
    with _PARSING:
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            if _is_package(node.module):  # `from snippets.plots import theme` names a module
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return frozenset(
        name
        for name in names
        if name.split(".")[0] == PACKAGE and importlib.util.find_spec(name) is not None
    )


def _is_package(name):
    if name.split(".")[0] != PACKAGE:
        return False
    spec = importlib.util.find_spec(name)
    return spec is not None and spec.submodule_search_locations is not None


def source_closure(path):
    """``path`` and every snippets source file it reaches through imports, sorted."""
    seen, todo = set(), [Path(path).resolve()]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo.extend(module_path(name).resolve() for name in imported_snippets(current))
    return sorted(seen)


def digest(sources, *parts):
    """A short hex key over source files' bytes, extra parts and library versions."""
    sha = hashlib.sha256()
    for source in sources:
        sha.update(str(Path(source).relative_to(ROOT)).encode())
        sha.update(Path(source).read_bytes())
    for part in (*parts, version("numpy"), version("matplotlib")):
        sha.update(repr(part).encode())
    return sha.hexdigest()[:20]


def not_published(reason, *texts):
    """The build's one line for the Markdown pages under docs/ that contain any of ``texts``
    (never the content layer's own, in docs/generated/): not published, because ``reason``."""
    pages = sorted(
        page.relative_to(ROOT).as_posix()
        for page in (ROOT / "docs").rglob("*.md")
        if page.relative_to(ROOT / "docs").parts[0] != "generated"
        and any(text in page.read_text(encoding="utf-8") for text in texts)
    )
    return f"{', '.join(pages) or 'no page'}: not published, because {reason}"


def write_atomic(path, data):
    """Write bytes so that a reader never sees half a file (parallel builds share .cache)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
    os.replace(temporary, path)
