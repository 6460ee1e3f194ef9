"""The content layer: every file the build generates, written into docs/generated/.

Run it alone with ``python -m hooks.content``; MkDocs runs it too, before each build
(hooks/generate.py). It needs no site generator: what it writes is ordinary Markdown, which
pages take with ``--8<--`` includes, and the files that Markdown links to.

STEPS is the one registry of generated artefacts, in the order they are made:

- ``outputs``: what every snippets/examples script prints, as ``outputs/<name>.md`` (a
  code block titled "Output") and ``tables/<name>.md`` (Markdown, inserted as printed);
- ``figures``: every registered figure (snippets/plots/registry.py), light and dark, with a
  phone layout where it needs one, and ``figures/<id>.md``, the images a page includes;
- ``explorer``: the cost-surface explorer's grids, ``explorer/surface.json``;
- ``scripts``: the complete script of every snippets file and notebook, ``scripts/…``;
- ``notebooks``: every notebook, run, as a Markdown page with its plots, ``notebooks/…``
  (hooks/notebooks.py);
- ``math``: the cut-down math fonts and Temml's stylesheet, ``math/…``.

Each step returns {path under docs/generated: bytes}. A file is rewritten only when its
bytes change (so that `mkdocs serve`, which watches docs/, rebuilds once), and a file no
step wrote any more is removed. manifest.json lists every file with its step.
"""

import json
import logging
import sys
import time

from hooks import explorer_data, figures, mathml, notebooks, outputs, scripts
from hooks.build_cache import ROOT, ContentError, forget_snippets, write_atomic

GENERATED = ROOT / "docs" / "generated"
STEPS = {
    "outputs": outputs.generate,
    "figures": figures.generate,
    "explorer": explorer_data.generate,
    "scripts": scripts.generate,
    "notebooks": notebooks.generate,
    "math": mathml.generate,  # last: it reads the formulas in the Markdown the others wrote
}
MANIFEST = "manifest.json"
__all__ = ["GENERATED", "STEPS", "ContentError", "generate"]


def publish(path, data):
    """Write ``data`` to ``path`` unless it already holds exactly those bytes."""
    if path.is_file() and path.read_bytes() == data:
        return False
    write_atomic(path, data)
    return True


def generate(out=GENERATED):
    """Run every step into ``out``; return the manifest {path: step}, and how many files
    were written or removed."""
    forget_snippets()  # `mkdocs serve` calls this again after an edit to snippets/
    manifest, changed = {}, 0
    for step, make in STEPS.items():
        files = make(out)
        for relative, data in sorted(files.items()):
            changed += publish(out / relative, data)
            manifest[relative] = step
    for stale in sorted(p for p in out.rglob("*") if p.is_file()):
        relative = stale.relative_to(out).as_posix()
        if relative not in manifest and relative != MANIFEST:
            stale.unlink()
            changed += 1
    changed += publish(out / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True).encode())
    return manifest, changed


def main():
    logging.basicConfig(format="%(message)s")
    logging.getLogger("mkdocs.hooks").setLevel(logging.INFO)  # a step's count, not nbclient's
    started = time.perf_counter()
    try:
        manifest, changed = generate()
    except ContentError as error:
        print(error, file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    where = GENERATED.relative_to(ROOT)
    print(f"{where}/: {len(manifest)} files, {changed} changed, in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
