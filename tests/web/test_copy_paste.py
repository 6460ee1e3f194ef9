"""The copy-paste contract, read from the built HTML.

Every Python block on a page either runs alone, or is an excerpt with a link to its
complete script. Each standalone block and each complete script runs in a fresh
interpreter that cannot import the `snippets` package, and exits 0. Where a page shows
a script's output ("Output of NAME.py"), the script prints exactly that.
"""

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from bs4 import BeautifulSoup

from tests.web.conftest import PAGES

pytestmark = pytest.mark.build

# Runs a file as __main__ after making every `snippets` import fail, as on a reader's machine.
RUNNER = """
import runpy, sys
class NoSnippets:
    def find_spec(self, name, path=None, target=None):
        if name == "snippets" or name.startswith("snippets."):
            raise ImportError(f"{name} is not available to a reader")
sys.meta_path.insert(0, NoSnippets())
runpy.run_path(sys.argv[1], run_name="__main__")
"""


def run_alone(path, workdir):
    env = {"PATH": os.environ["PATH"], "MPLBACKEND": "Agg", "HOME": str(workdir)}
    return subprocess.run(
        [sys.executable, "-I", "-c", RUNNER, str(path)],
        capture_output=True, text=True, cwd=workdir, env=env, timeout=300, check=False,
    )


def python_blocks(soup):
    return soup.select("div.language-python.highlight, div.language-py.highlight")


def linked_script(block):
    """The complete script an excerpt links to, or None for a standalone block."""
    following = block.find_next_sibling()
    link = following.select_one("a.script-link") if following else None
    return link["href"] if link else None


def output_blocks(soup):
    """{script name: shown text} for every "Output of NAME.py" block."""
    shown = {}
    for block in soup.select("div.language-text.highlight"):
        title = block.select_one(".filename")
        if title and title.get_text().startswith("Output of "):
            name = title.get_text().removeprefix("Output of ")
            shown[name] = block.select_one("code").get_text()
    return shown


@pytest.mark.parametrize("page", PAGES)
def test_every_python_block_runs_alone(site, page, tmp_path):
    page_dir = site / page
    soup = BeautifulSoup((page_dir / "index.html").read_text(encoding="utf-8"), "html.parser")
    scripts, standalone = set(), []
    for block in python_blocks(soup):
        href = linked_script(block)
        if href is None and page.startswith("notebooks/"):
            # A notebook's cells are excerpts of the notebook's complete script.
            assert soup.select_one("a.script-link"), f"{page}: no link to its complete script"
        elif href is None:
            standalone.append(block.select_one("code").get_text())
        else:
            scripts.add((page_dir / href).resolve())
    scripts |= {(page_dir / a["href"]).resolve() for a in soup.select("a.script-link")}
    for index, code in enumerate(standalone):
        path = tmp_path / f"block_{index}.py"
        path.write_text(code, encoding="utf-8")
        scripts.add(path)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = {path: pool.submit(run_alone, path, tmp_path) for path in scripts}
        results = {path: job.result() for path, job in results.items()}
    for path, result in results.items():
        assert result.returncode == 0, f"{page}: {path.name} failed alone:\n{result.stderr}"
    by_name = {path.name: result.stdout for path, result in results.items()}
    for name, text in output_blocks(soup).items():
        assert name in by_name, f"{page}: output of {name} shown without its complete script"
        assert by_name[name].rstrip("\n") == text.rstrip("\n"), f"{page}: {name} prints otherwise"


def test_an_excerpt_without_its_link_is_caught(site):
    soup = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    block = python_blocks(soup)[0]
    assert linked_script(block) is not None
    block.find_next_sibling().decompose()
    assert linked_script(block) is None
