"""MkDocs hook: run the example scripts and put what they print on the pages.

Every ``snippets/examples/NAME.py`` is run in a fresh interpreter, as a reader
would run it, and its standard output is cached by content hash. Pages write
on a line of its own:

- ``{{ output("NAME") }}``: the printed text, as a code block titled "Output";
- ``{{ table("NAME") }}``: the printed text is Markdown (a table), inserted as is.

An unknown name, or a script that fails, fails the build. Scripts check what they show
(``snippets.verify``), so a number that disagrees with its own check is never published: the
error names the page, the script and both values.
"""

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from build_cache import CACHE, ROOT, digest, pages_containing, source_closure, write_atomic
from mkdocs.exceptions import PluginError

EXAMPLES = ROOT / "snippets" / "examples"
DIRECTIVE = re.compile(
    r'^(?P<indent>[ \t]*)\{\{ (?P<kind>output|table)\("(?P<name>[^"]+)"\) \}\}[ \t]*$', re.M
)

printed = {}  # name -> stdout text, refreshed on every build


class ScriptFailed(Exception):
    def __init__(self, path, stderr):
        super().__init__(path)
        self.path, self.stderr = path, stderr

    def line(self):
        """One line: the pages that show the script, the script, and its last error line."""
        name = self.path.stem
        uses = (f"snippets/examples/{name}.py", f'output("{name}")', f'table("{name}")')
        pages = ", ".join(pages_containing(*uses)) or "no page"
        lines = self.stderr.strip().splitlines()
        reason = lines[-1] if lines else "it exited with an error and printed nothing"
        return f"{pages}: not published, because {self.path.relative_to(ROOT)} failed: {reason}"


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


def on_pre_build(config):
    scripts = sorted(p for p in EXAMPLES.glob("*.py") if p.name != "__init__.py")
    texts, failures = {}, []
    with ThreadPoolExecutor(max_workers=4) as pool:
        for path, job in [(script, pool.submit(run_example, script)) for script in scripts]:
            try:
                texts[path.stem] = job.result()
            except ScriptFailed as failure:
                failures.append(failure)
    if failures:  # every refused page on a line of its own, then the first traceback
        lines = "\n".join(failure.line() for failure in failures)
        raise PluginError(f"{lines}\n\n{failures[0].stderr}")
    printed.clear()
    printed.update(texts)


def on_page_markdown(markdown, page, config, files):
    def expand(match):
        name, indent = match["name"], match["indent"]
        if name not in printed:
            raise PluginError(
                f"{page.file.src_uri}: no example script snippets/examples/{name}.py; "
                f"known examples are {sorted(printed)}"
            )
        text = printed[name].rstrip("\n")
        if match["kind"] == "output":
            text = f'```text title="Output of {name}.py"\n{text}\n```'
        return "\n".join(indent + line if line else line for line in text.split("\n"))

    return DIRECTIVE.sub(expand, markdown)
