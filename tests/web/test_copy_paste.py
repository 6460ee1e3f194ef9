"""The copy-paste contract, read from the built HTML.

Every Python block on a page either runs as it is copied, or says "excerpt" in its title
and links to its complete script. A notebook page is one script: its box links the
notebook's complete script and says that the cells are excerpts of it. Every complete script
the site publishes (``generated/scripts/…``), and every block that is not an excerpt, runs in
a clean Python that has numpy alone, or numpy and matplotlib alone where it imports matplotlib
(tests/web/clean_python.py). Where a page shows a script's output ("Output of NAME.py"),
the script prints exactly that. The complete scripts pass ruff's pycodestyle and pyflakes
rules as they are, since readers copy them into their own code.
"""

import json
import os
import subprocess
import sys
import textwrap
import tomllib
from concurrent.futures import ThreadPoolExecutor

import pytest
from bs4 import BeautifulSoup

from hooks import scripts
from hooks.excerpts import link_printed_code
from tests.web.clean_python import NUMPY, PLOTS, make_python, needs_matplotlib, run
from tests.web.conftest import PAGES, ROOT

SCRIPTS = "generated/scripts"  # where the site publishes the complete scripts

# A benchmark times itself 20 times by default; twice shows that it runs.
ARGUMENTS = {"benchmarks/backprop.py": ("--repeat", "2")}


@pytest.fixture(scope="session")
def pythons(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pythons")
    return {
        "numpy": make_python(folder / "numpy", NUMPY),
        "plots": make_python(folder / "plots", PLOTS),
    }


def python_for(pythons, text):
    return pythons["plots" if needs_matplotlib(text) else "numpy"]


@pytest.fixture(scope="session")
def script_runs(site, pythons, tmp_path_factory):
    """{path: CompletedProcess} for every complete script in the site, each run once."""
    workdir = tmp_path_factory.mktemp("runs")
    scripts = sorted((site / SCRIPTS).rglob("*.py"))

    def run_one(path):
        arguments = ARGUMENTS.get(path.relative_to(site / SCRIPTS).as_posix(), ())
        return run(python_for(pythons, path.read_text(encoding="utf-8")), path, workdir, *arguments)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(zip(scripts, pool.map(run_one, scripts), strict=True))


def python_blocks(soup):
    return soup.select("div.language-python.highlight, div.language-py.highlight")


def title(block):
    label = block.select_one(".filename")
    return label.get_text() if label else ""


def linked_script(block):
    """The complete script a block links to (the paragraph right under it), or None."""
    following = block.find_next_sibling()
    link = following.select_one("a.script-link") if following else None
    return link["href"] if link else None


def read_blocks(soup, page):
    """(hrefs of the complete scripts the page links, code of the blocks that must run as
    copied, problems): an excerpt without its link is a problem."""
    hrefs = {a["href"] for a in soup.select("a.script-link")}
    standalone, problems = [], []
    notebook_box = soup.select_one(".admonition a.script-link")
    for block in python_blocks(soup):
        if "excerpt" in title(block):
            if linked_script(block) is None:
                problems.append(f"{page}: the excerpt {title(block)!r} links to no complete script")
        elif page.startswith("notebooks/"):
            box = notebook_box.find_parent("p").get_text() if notebook_box else ""
            if "excerpts" not in box:
                problems.append(f"{page}: no box that links the notebook's script and says the "
                                "cells are excerpts of it")  # fmt: skip
        else:
            standalone.append(block.select_one("code").get_text())
    return hrefs, standalone, problems


def output_blocks(soup):
    """{script name: shown text} for every "Output of NAME.py" block."""
    shown = {}
    for block in soup.select("div.language-text.highlight"):
        name = title(block)
        if name.startswith("Output of "):
            shown[name.removeprefix("Output of ")] = block.select_one("code").get_text()
    return shown


def soup_of(site, page):
    return BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")


@pytest.mark.build
def test_every_published_script_runs_in_a_clean_python(site, script_runs):
    published = {path.relative_to(site / SCRIPTS).as_posix() for path in script_runs}
    notebooks = {f"notebooks/{path.name}" for path in (ROOT / "docs" / "notebooks").glob("*.py")}
    assert notebooks | {"neuron.py", "benchmarks/backprop.py"} <= published
    failed = {
        path.relative_to(site).as_posix(): result.stderr.strip().splitlines()[-1:]
        for path, result in script_runs.items()
        if result.returncode != 0
    }
    assert not failed, f"these downloads fail in a Python with numpy (and matplotlib): {failed}"


@pytest.mark.build
@pytest.mark.parametrize("page", PAGES)
def test_every_python_block_runs_as_copied_or_is_a_labelled_excerpt(
    site, page, pythons, script_runs, tmp_path
):
    soup = soup_of(site, page)
    hrefs, standalone, problems = read_blocks(soup, page)
    assert not problems, problems
    results = {}
    for href in hrefs:
        path = (site / page / href).resolve()
        assert path in script_runs, f"{page}: links {href}, which the site does not have"
        results[path.name] = script_runs[path]
    for index, code in enumerate(standalone):
        path = tmp_path / f"block_{index}.py"
        path.write_text(code, encoding="utf-8")
        result = run(python_for(pythons, code), path, tmp_path)
        assert result.returncode == 0, f"{page}: a block fails as copied:\n{code}\n{result.stderr}"
        # A block that only defines functions runs even if they use names it lacks.
        undefined = ruff_findings(path, select="F821")
        assert not undefined, f"{page}: a block uses names it does not define:\n{code}\n{undefined}"
    for name, result in results.items():
        assert result.returncode == 0, f"{page}: {name} fails as downloaded:\n{result.stderr}"
    for name, text in output_blocks(soup).items():
        assert name in results, f"{page}: output of {name} shown without its complete script"
        assert results[name].stdout.rstrip("\n") == text.rstrip("\n"), (
            f"{page}: {name} prints otherwise"
        )


@pytest.mark.build
def test_an_excerpt_without_its_link_or_its_label_is_caught(site):
    soup = soup_of(site, "")
    block = python_blocks(soup)[0]
    name = title(block)
    assert "excerpt" in name
    assert read_blocks(soup, "home")[1:] == ([], [])
    block.find_next_sibling().decompose()
    assert read_blocks(soup, "home")[2] == [
        f"home: the excerpt {name!r} links to no complete script"
    ]
    block.select_one(".filename").string = name.replace(" (excerpt)", "")
    assert read_blocks(soup, "home")[1] == [block.select_one("code").get_text()]  # so it is run


@pytest.mark.build
def test_a_notebook_page_without_its_box_is_caught(site):
    soup = soup_of(site, "notebooks/backprop_by_hand/")
    assert read_blocks(soup, "notebooks/")[2] == []
    soup.select_one(".admonition a.script-link").find_parent(class_="admonition").decompose()
    assert read_blocks(soup, "notebooks/")[2]


def ruff_findings(folder, select="E,W,F"):
    """What ruff's pycodestyle (E, W, preview rules included: blank lines) and pyflakes (F)
    rules find in the Python files under ``folder``, at the project's line length:
    ``path:line: CODE message`` each."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    line_length = str(config["tool"]["ruff"]["line-length"])
    command = [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "--preview"]
    command += ["--select", select, "--line-length", line_length, "--output-format", "json"]
    result = subprocess.run([*command, str(folder)], capture_output=True, text=True, check=False)
    return [
        f"{found['filename']}:{found['location']['row']}: {found['code']} {found['message']}"
        for found in json.loads(result.stdout)
    ]


def test_every_complete_script_passes_ruff_as_it_is(tmp_path):
    for uri, data in scripts.generate(tmp_path).items():
        path = tmp_path / uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert len(list(tmp_path.rglob("*.py"))) > 50
    findings = ruff_findings(tmp_path)
    assert not findings, "\n".join(findings[:20])


def test_ruff_findings_are_seen(tmp_path):
    (tmp_path / "bad.py").write_text("import os\ndef f():\n    pass\nx = 1\n", encoding="utf-8")
    codes = {line.split()[1] for line in ruff_findings(tmp_path)}
    assert codes == {"F401", "E302", "E305"}


def test_printed_code_of_a_snippets_file_becomes_a_labelled_excerpt_with_its_link():
    """A script may print code of its own into a page (the exercises do): code that is a
    verbatim part of one snippets file is labelled an excerpt of it, and linked."""
    lines = (ROOT / "snippets" / "neuron.py").read_text(encoding="utf-8").splitlines()
    start = lines.index("def forward(w, b, a_prev):")
    code = "\n".join(lines[start : start + 3])
    markdown = f"Before.\n\n    ```python\n{textwrap.indent(code, '    ')}\n    ```\n\nAfter.\n"
    assert link_printed_code(markdown) == (
        f'Before.\n\n    ```python title="neuron.py (excerpt)"\n{textwrap.indent(code, "    ")}\n'
        "    ```\n\n"
        "    [Complete script: neuron.py, runs with numpy alone](/generated/scripts/neuron.py)"
        '{ .script-link download="neuron.py" }\n\nAfter.\n'
    )


@pytest.mark.parametrize(
    "code",
    [
        "import numpy as np\n\nprint(np.zeros(2))",  # a block of its own: it must run
        "def forward(w, b, a_prev):\n    return 'not the site's'",  # like, but not, a part
    ],
)
def test_other_code_is_left_as_it_is(code):
    markdown = f"```python\n{code}\n```\n"
    assert link_printed_code(markdown) == markdown
