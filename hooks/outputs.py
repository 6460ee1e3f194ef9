"""Content step: run the example scripts, and write what they print as Markdown to include.

Every ``snippets/examples/NAME.py`` is run in a fresh interpreter, as a reader
would run it, and its standard output is cached by content hash. A page includes it on a
line of its own:

- ``--8<-- "docs/generated/outputs/NAME.md"``: the printed text, as a code block titled
  "Output";
- ``--8<-- "docs/generated/tables/NAME.md"``: the printed text is Markdown (a table, an
  answer check), inserted as printed; a Python block in it that is a verbatim part of a
  snippets file gets its title and complete-script link, as excerpts do (hooks/excerpts.py).

A script that fails fails the build. Scripts check what they show
(``snippets.verify``), so a number that disagrees with its own check is never published: the
error names the page, the script and both values.
"""

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from hooks.build_cache import (
    CACHE,
    ROOT,
    ContentError,
    digest,
    not_published,
    source_closure,
    write_atomic,
)
from hooks.excerpts import link_printed_code

EXAMPLES = ROOT / "snippets" / "examples"


class ScriptFailed(Exception):
    def __init__(self, path, stderr):
        super().__init__(path)
        self.path, self.stderr = path, stderr

    def line(self):
        """One line: the pages that show the script, the script, and its last error line."""
        name = self.path.stem
        uses = (
            f"snippets/examples/{name}.py",
            f"docs/generated/outputs/{name}.md",
            f"docs/generated/tables/{name}.md",
        )
        lines = self.stderr.strip().splitlines()
        reason = lines[-1] if lines else "it exited with an error and printed nothing"
        return not_published(f"{self.path.relative_to(ROOT)} failed: {reason}", *uses)


def run_example(path):
    key = digest(source_closure(path))
    cached = CACHE / "outputs" / f"{path.stem}-{key}.txt"
    if not cached.exists():
        result = subprocess.run(
            [sys.executable, str(path)], capture_output=True, text=True, cwd=ROOT, check=False
        )
        if result.returncode != 0:
            raise ScriptFailed(path, result.stderr)
        write_atomic(cached, result.stdout.encode())
    return cached.read_text(encoding="utf-8")


def generate(out):
    scripts = sorted(p for p in EXAMPLES.glob("*.py") if p.name != "__init__.py")
    files, failures = {}, []
    with ThreadPoolExecutor(max_workers=4) as pool:
        for path, job in [(script, pool.submit(run_example, script)) for script in scripts]:
            try:
                text = job.result().rstrip("\n")
            except ScriptFailed as failure:
                failures.append(failure)
                continue
            name = path.stem
            files[f"outputs/{name}.md"] = f'```text title="Output of {name}.py"\n{text}\n```\n'
            files[f"tables/{name}.md"] = link_printed_code(text + "\n")
    if failures:  # every refused page on a line of its own, then the first traceback
        lines = "\n".join(failure.line() for failure in failures)
        raise ContentError(f"{lines}\n\n{failures[0].stderr}")
    return {path: text.encode() for path, text in files.items()}
