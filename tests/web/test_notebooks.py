"""Notebook pages: run by the content layer, cached by content, shown in the site's own markup."""

import base64
import gc
import io
import os
import re
import shutil
import subprocess
import sys
import textwrap

import jupytext
import pytest
from bs4 import BeautifulSoup
from nbformat.v4 import new_code_cell, new_output

from hooks import build_cache
from hooks import notebooks as step
from hooks.build_cache import ContentError
from snippets.plots.layout import COLUMN, MIN_SCALE
from snippets.plots.theme import ROLES
from tests.web.conftest import ROOT, build_site
from tests.web.test_glossary import PLURALS, SYMBOLS, abbreviations

NOTEBOOKS = sorted((ROOT / "docs" / "notebooks").glob("*.py"))
# What mkdocs-jupyter's own HTML would bring, and the site must not: JupyterLab's CSS,
# MathJax, require.js, mermaid, the clipboard script, nbconvert's placeholder alt text.
FOREIGN = (
    "<style",
    "<script",
    "jp-",
    "MathJax",
    "require.js",
    "requirejs",
    "mermaid",
    "clipboard-copy",
    "No description has been provided",
)


# --- the content step's parts ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "alt"),
    [
        ("# alt: A curve of the cost.\nplt.show()", "A curve of the cost."),
        (
            "# alt: A curve of\n#   the cost, rising.\nx = 1\n# not alt",
            "A curve of the cost, rising.",
        ),
        ("import numpy\n# alt: too late", ""),
        ("# a comment\n# alt: not first", ""),
        ("plt.show()", ""),
    ],
)
def test_alt_text_is_the_comment_that_opens_the_cell(source, alt):
    assert step.alt_text(source) == alt


def test_dollar_math_is_written_as_the_pages_write_formulas():
    text = "Inline $a_1 < b$ and $$x$$ here.\n\n$$\nC = 1\n$$\n"
    assert step.math_delimiters(text, "a cell") == (
        "Inline \\(a_1 < b\\) and \\[x\\] here.\n\n\\[\nC = 1\n\\]\n"
    )


def test_dollars_in_code_spans_are_left_alone():
    text = "Run `echo $HOME` or ``a `$` sign``, then $x$."
    assert step.math_delimiters(text, "a cell") == (
        "Run `echo $HOME` or ``a `$` sign``, then \\(x\\)."
    )


def test_a_dollar_that_opens_no_formula_fails():
    with pytest.raises(ContentError, match=r"a cell: a \$ that opens no formula, in 'costs \$5'"):
        step.math_delimiters("A line.\ncosts $5\n", "a cell")


def test_a_fence_is_longer_than_any_run_of_backticks_in_its_text():
    assert step.fence("text", "x = 1\n", "Output") == '```text title="Output"\nx = 1\n```'
    assert step.fence("python", 'doc = """```"""') == '````python\ndoc = """```"""\n````'


def test_one_print_sent_in_pieces_is_one_output_block():
    pieces = [new_output("stream", name="stdout", text=text) for text in ("w = 0.5\n", "b = 1\n")]
    blocks, files = step.outputs_markdown("nb", 1, new_code_cell(outputs=pieces), "nb, cell 1")
    assert blocks == ['```text title="Output"\nw = 0.5\nb = 1\n```']
    assert files == {}
    warning = new_output("stream", name="stderr", text="warning\n")
    blocks, _ = step.outputs_markdown("nb", 1, new_code_cell(outputs=[*pieces, warning]), "")
    assert len(blocks) == 2, "another stream is another block"


def test_png_size_reads_the_header_and_refuses_other_data():
    header = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (640).to_bytes(4) + (360).to_bytes(4)
    assert step.png_size(header) == (640, 360)
    with pytest.raises(ValueError, match="expected PNG image data, got b'GIF89a'"):
        step.png_size(b"GIF89a")


def test_a_plot_png_is_compressed_to_a_palette_of_the_same_size():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    figure, axes = plt.subplots(figsize=(4, 3))
    axes.contourf(np.random.default_rng(0).random((20, 20)), levels=20)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    plt.close(figure)
    original = buffer.getvalue()
    compressed = base64.b64decode(step.compressed_png(base64.b64encode(original)))
    assert step.png_size(compressed) == step.png_size(original)
    assert compressed[25] == 3  # PNG colour type 3: a palette of at most 256 colours
    assert len(compressed) < len(original) / 2


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_cache_key_hashes_every_snippets_module_the_notebook_imports(notebook):
    hashed = step.hashed_sources(notebook)
    assert step.HERE in hashed
    assert notebook not in hashed  # its bytes are a separate part of the key
    assert ROOT / "snippets" / "checks.py" in hashed  # reached through other modules
    imported = {
        line.split()[1]
        for line in notebook.read_text().splitlines()
        if line.startswith("from snippets")
    }
    for module in imported:
        assert ROOT / (module.replace(".", "/") + ".py") in hashed


# --- what the notebooks say and draw ---------------------------------------------------------


def markdown_text(notebook):
    return "\n".join(c.source for c in jupytext.read(notebook).cells if c.cell_type == "markdown")


def code_text(notebook):
    return "\n".join(c.source for c in jupytext.read(notebook).cells if c.cell_type == "code")


# The notation of README.md's table, in a notebook's Markdown: (pattern, what it should be).
NOTATION = {
    r"\^\{?\\mathsf\s*\{?T|\^\{?T\b": "a transpose is written ^\\top",
    r"\b[Ca]_\{?[xk]\b": "an example is numbered i, not x or k",
    r"\\sum_\{?i\s*=\s*1\b": "examples are numbered from 0",
    r"\\sum_\{?\\text\{examples": "a mean over the examples is written with i, from 0",
    r"(?<!no )sigmoid key": "a calculator has an e^x key, not a sigmoid key",
}


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_markdown_follows_the_site_notation(notebook):
    text = markdown_text(notebook)
    for pattern, rule in NOTATION.items():
        found = re.search(pattern, text)
        assert found is None, f"{found and found[0]!r}: {rule} (README.md, Notation)"


PALETTE = {"blue", "orange", "green", "purple"}


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_plots_colour_by_role_and_map_with_the_site_colour_map(notebook):
    """Blue and orange mean w and b, green and purple squared error (or forward) and
    cross-entropy (or backward), on every figure: a notebook names the role
    (LIGHT.w_slice, ...), never the bare palette colour; a colour map is the cost's
    (viridis, LIGHT.colormap), whatever it shows."""
    code = code_text(notebook)
    for colour in PALETTE:
        assert not re.search(rf"\bLIGHT\.{colour}\b", code), f"LIGHT.{colour}: name its role"
    roles = set(re.findall(r"\bLIGHT\.(\w+)", code)) & set(ROLES)
    roles |= {cost for cost in ("squared_error", "cross_entropy") if f'"{cost}"' in code}
    if "plt.show()" in code:
        assert roles, "a plot that colours nothing by role"
    for colour_map in re.findall(r"cmap=([^,)]+)", code):
        assert colour_map in ("LIGHT.colormap", '"viridis"'), colour_map


# --- the built notebook pages ----------------------------------------------------------------


def page(site, notebook):
    return (site / "notebooks" / notebook.stem / "index.html").read_text(encoding="utf-8")


def article(site, notebook):
    return BeautifulSoup(page(site, notebook), "html.parser").select_one("article")


def image_file(site, notebook, img):
    """The file an image of the notebook's page loads."""
    return (site / "notebooks" / notebook.stem / img["src"].split("#")[0]).resolve()


@pytest.mark.build
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_notebook_page_shows_code_and_output_in_the_site_markup(site, notebook):
    content = article(site, notebook)
    text = str(content)
    for foreign in FOREIGN:
        assert foreign not in text, foreign
    assert content.select(".language-python.highlight pre > code")
    assert content.select(".language-text.highlight .filename")  # printed output, "Output"
    assert content.select("p > math"), "inline formulas typeset"
    for code in content.select("pre, code"):
        code.decompose()
    assert "$" not in content.get_text(), "TeX in dollars that was not typeset"


@pytest.mark.build
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_plot_is_a_file_with_the_alt_text_of_its_cell(site, notebook):
    cells = jupytext.read(notebook).cells
    alts = [step.alt_text(cell.source) for cell in cells if cell.cell_type == "code"]
    alts = [alt for alt in alts if alt]
    images = article(site, notebook).select("img")
    light = [img for img in images if img["src"].endswith("#only-light")]
    dark = [img for img in images if img["src"].endswith("#only-dark")]
    assert len(light) + len(dark) == len(images)
    assert [img["alt"] for img in light] == [img["alt"] for img in dark] == alts
    for img in images:
        assert image_file(site, notebook, img).stat().st_size > 1000
        assert int(img["width"]) > 0
        assert int(img["height"]) > 0
        assert img["class"] == ["figure", "notebook-plot"]


@pytest.mark.build
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_plot_is_drawn_again_in_the_dark_scheme(site, notebook):
    images = article(site, notebook).select("img")
    pairs = zip(images[::2], images[1::2], strict=True)
    for light, dark in pairs:
        assert light["src"].removesuffix(".png#only-light") + "-dark.png#only-dark" == dark["src"]
        light_png = image_file(site, notebook, light).read_bytes()
        dark_png = image_file(site, notebook, dark).read_bytes()
        assert light_png != dark_png
        assert step.png_size(light_png) == step.png_size(dark_png)  # no jump on switching


@pytest.mark.build
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_page_offers_one_download_the_script_that_runs_alone(site, notebook):
    """One download, the complete script (tests/web/test_copy_paste.py runs it with numpy and
    matplotlib alone); not the jupytext source, which needs the repository's snippets."""
    (link,) = article(site, notebook).select("a[download]")
    assert link["href"] == f"../../generated/scripts/notebooks/{notebook.name}"
    assert link["download"] == notebook.name
    box = " ".join(link.find_parent("p").get_text().split())
    assert "runs with numpy and matplotlib alone" in box
    assert "excerpts" in box
    assert not (site / "notebooks" / notebook.stem / notebook.name).exists()


@pytest.mark.build
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_page_has_the_notebook_title_and_description(site, notebook):
    soup = BeautifulSoup(page(site, notebook), "html.parser")
    metadata = jupytext.read(notebook).metadata
    assert soup.select_one('meta[name="description"]')["content"] == metadata["description"]
    (h1,) = soup.select("article h1")
    assert soup.title.get_text().startswith(h1.get_text().removesuffix("¶").strip())


@pytest.mark.build
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_download_opens_as_the_same_notebook(site, notebook):
    """jupytext reads the complete script as the notebook, with one first cell more: the
    embedded snippets modules."""
    download = jupytext.read(site / "generated" / "scripts" / "notebooks" / notebook.name)
    source = jupytext.read(notebook)
    assert download.metadata["kernelspec"] == source.metadata["kernelspec"]
    assert download.metadata["description"] == source.metadata["description"]
    first, *cells = download.cells
    assert first.cell_type == "code"
    assert "_install(" in first.source
    shown = [(cell.cell_type, cell.source) for cell in cells]
    assert shown == [(cell.cell_type, cell.source) for cell in source.cells]


@pytest.mark.build
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_plot_is_drawn_narrow_enough_for_a_phone(site, notebook):
    """A plot wider than COLUMN / MIN_SCALE px would be shown below MIN_SCALE of its size,
    text included, in a 360 px phone's column (tests/web/test_notebook_phone.py measures it
    in a browser)."""
    plots = [image_file(site, notebook, img) for img in article(site, notebook).select("img")]
    assert plots
    for plot in plots:
        width, _ = step.png_size(plot.read_bytes())
        assert width <= COLUMN / MIN_SCALE, f"{plot.name} is {width}px wide"


@pytest.mark.build
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_page_opens_with_what_it_needs_and_what_it_gives(site, notebook):
    """As on the Markdown pages: right under the title, a "Before and after" box (or, for a
    page that is all going further, a "Going further" box) says what to read first, with
    links, and what the reader can do after. The download box comes later, just before the
    first code cell."""
    title = article(site, notebook).find("h1")
    note = title.find_next_sibling(True)
    heading = note.select_one(".admonition-title").get_text()
    assert heading in ("Before and after", "Going further"), heading
    kind = "abstract" if heading == "Before and after" else "info"
    assert note["class"] == ["admonition", kind]
    text = " ".join(note.get_text(" ").split())
    assert "You need:" in text
    assert "After this notebook you can" in text
    assert note.select("a[href]"), "a box that links to nothing to read first"
    code = article(site, notebook).select_one(".language-python.highlight")
    download = code.find_previous_sibling(True)
    assert download.select_one(".admonition-title").get_text() == "Run it yourself"


@pytest.mark.build
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_glossary_symbol_the_notebook_writes_is_named_with_its_tooltip(site, notebook):
    """The glossary's tooltips, as on a Markdown page (tests/web/test_glossary.py): a
    symbol written in a formula is also named in words, and the word carries the tooltip."""
    text = markdown_text(notebook)
    found = article(site, notebook).find_all("abbr")
    tooltips = {PLURALS.get(abbr.get_text(), abbr.get_text()): abbr["title"] for abbr in found}
    used = [word for word, pattern in SYMBOLS.items() if re.search(pattern, text)]
    assert used
    for word in used:
        assert word in tooltips, f"uses the symbol named {word!r}, but never names it in words"
        assert tooltips[word] == abbreviations()[word]


# --- the content step on small notebooks -----------------------------------------------------

HEADER = """\
# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # A test notebook

"""
OPTIONS = step.jupyter_options()
# The step in a process of its own, as the content layer runs (python -m hooks.content, or a
# build), so that a test reads what a contributor reads on stderr. It writes what the step
# returns under docs/generated/.
RUN_STEP = """
import logging, sys
from pathlib import Path
from hooks import notebooks
from hooks.build_cache import ContentError

logging.basicConfig(format="%(message)s")
logging.getLogger("mkdocs.hooks").setLevel(logging.INFO)
root = Path(sys.argv[1])
out = root / "docs" / "generated"
try:
    files = notebooks.generate(out, root=root, options=notebooks.jupyter_options())
except ContentError as error:
    sys.exit(str(error))
for path, data in files.items():
    (out / path).parent.mkdir(parents=True, exist_ok=True)
    (out / path).write_bytes(data)
"""


def write_notebook(root, cells):
    source = root / "docs" / "notebooks" / "test_notebook.py"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(HEADER + textwrap.dedent(cells), encoding="utf-8")


def run_step(root, cells):
    """Run the notebooks step on one notebook made of ``cells``, with a cache of the test's
    own; return the process, and the files written {path under docs/generated: bytes}."""
    write_notebook(root, cells)
    out = root / "docs" / "generated"
    shutil.rmtree(out, ignore_errors=True)
    result = subprocess.run(
        [sys.executable, "-c", RUN_STEP, str(root)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ | {"BUILD_CACHE": str(root / "cache")},
        check=False,
    )
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    return result, files


PLOT = """\
# %%
# alt: A straight line rising from left to right.
import matplotlib.pyplot as plt

plt.plot([0, 1], [0, 1])
plt.show()
"""


def test_the_options_are_mkdocs_jupyters_in_mkdocs_yml():
    assert OPTIONS == {
        "include": ["docs/notebooks/*.py"],
        "execute": True,
        "allow_errors": False,
        "kernel_name": "python3",
    }


def test_options_that_mkdocs_yml_does_not_set_are_named(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_url: !ENV [SITE_URL, x]\nplugins:\n  - mkdocs-jupyter:\n      execute: true\n"
    )
    with pytest.raises(ContentError, match="expected mkdocs-jupyter with include, allow_errors"):
        step.jupyter_options(tmp_path / "mkdocs.yml")


@pytest.mark.build
def test_a_warm_run_runs_no_notebook_and_an_edit_runs_it_again(tmp_path):
    first, files = run_step(tmp_path, PLOT)
    assert first.stderr.splitlines()[-1] == "notebooks: executed 1 of 1", first.stderr
    warm, warm_files = run_step(tmp_path, PLOT)
    assert warm.stderr.splitlines()[-1] == "notebooks: executed 0 of 1"
    assert warm_files == files
    edited, _ = run_step(tmp_path, PLOT + "\n# %%\nprint(2)\n")
    assert edited.stderr.splitlines()[-1] == "notebooks: executed 1 of 1"


@pytest.mark.build
def test_in_a_build_process_the_step_leaves_no_event_loop_or_socket_open(tmp_path, monkeypatch):
    """MkDocs runs the step in its own process (hooks/generate.py), `mkdocs serve` on every
    rebuild: each run must close what it opened. pytest turns an unclosed event loop or
    socket, found by the garbage collector, into an error (filterwarnings = error)."""
    monkeypatch.setattr(build_cache, "CACHE", tmp_path / "cache")
    write_notebook(tmp_path, PLOT)
    files = step.generate(tmp_path / "generated", root=tmp_path, options=OPTIONS)
    assert "notebooks/test_notebook.md" in files
    gc.collect()


@pytest.mark.build
def test_a_notebook_becomes_markdown_with_its_box_code_output_and_plots(tmp_path):
    result, files = run_step(tmp_path, "# %% [markdown]\n# Cost $C$.\n\n# %%\nprint(2)\n\n" + PLOT)
    assert result.returncode == 0, result.stderr
    assert sorted(files) == [
        "notebooks/test_notebook-2-dark.png",
        "notebooks/test_notebook-2.png",
        "notebooks/test_notebook.md",
    ]
    markdown = files["notebooks/test_notebook.md"].decode()
    width, height = step.png_size(files["notebooks/test_notebook-2.png"])
    image = (
        "![A straight line rising from left to right.](/generated/notebooks/test_notebook-2{})"
        f'{{{{ width="{width}" height="{height}" loading="lazy" .figure .notebook-plot }}}}'
    )
    assert markdown.startswith('# A test notebook\n\nCost \\(C\\).\n\n!!! info "Run it yourself"')
    plot_code = PLOT.removeprefix("# %%\n").rstrip()
    assert markdown.endswith(
        "```python\nprint(2)\n```\n\n"
        '```text title="Output"\n2\n```\n\n'
        f"```python\n{plot_code}\n```\n\n"
        f"{image.format('.png#only-light')}\n{image.format('-dark.png#only-dark')}\n"
    )
    assert "[`test_notebook.py`](/generated/scripts/notebooks/test_notebook.py)" in markdown


FAILING = {
    "an error in a cell": ("# %%\n1 / 0\n", "ZeroDivisionError"),
    "a plot without alt text": (PLOT.replace("# alt: ", "# "), "shows a plot without alt text"),
    "alt text without a plot": ("# %%\n# alt: A plot that is not there.\nx = 1\n", "shows no plot"),
    "two plots in one cell": (
        PLOT.replace("plt.show()", "plt.show()\nplt.plot([1, 0])\nplt.show()"),
        "shows 2 plots",
    ),
    "a memory address": ("# %%\nobject()\n", "prints a memory address"),
    "a warning": ("# %%\nimport warnings\n\nwarnings.warn('careful')\n", "wrote to stderr"),
    "an unmatched dollar": ("# %% [markdown]\n# It costs $5.\n", "a $ that opens no formula"),
    "an output it cannot show": (
        "# %%\nfrom IPython.display import HTML\n\nHTML('<b>x</b>')\n",
        "an output this step cannot show: ['text/html', 'text/plain']",
    ),
}


@pytest.mark.build
@pytest.mark.parametrize(("cells", "message"), FAILING.values(), ids=FAILING.keys())
def test_a_broken_notebook_is_not_published(tmp_path, cells, message):
    result, files = run_step(tmp_path, cells)
    assert result.returncode == 1, "a broken notebook was published"
    error = next(line for line in result.stderr.splitlines() if message in line)
    assert error.startswith("docs/notebooks/test_notebook.py"), error
    assert files == {}


@pytest.mark.build
def test_a_failing_cell_fails_with_one_line_then_its_traceback(tmp_path):
    cells = "# %%\nx = 1\n\n# %%\nassert x == 2, f'x is {x},\\nnot 2'\n"
    result, _ = run_step(tmp_path, cells)
    first, following = result.stderr.split("\n", 1)
    assert first == (
        "docs/notebooks/test_notebook.py: not published, because a cell failed: "
        "AssertionError: x is 1, not 2"
    )
    assert "assert x == 2" in following  # the cell, then its traceback
    assert "Traceback" in following
    assert "\x1b[" not in following  # no terminal colour codes


# --- the notebook's page, built by MkDocs ----------------------------------------------------

PARTIAL = {"derivatives/partial.md": "# Partial derivatives\n\n## Slices of the surface\n\nText.\n"}
LINKS = """\
# %% [markdown]
# See [the slices](../derivatives/partial.md#slices-of-the-surface), the
# [page](../derivatives/partial.md), [this title](#a-test-notebook) and
# [another site](https://example.org/a.md).
"""


def build_notebook(tmp_path, cells, pages=PARTIAL, generate=True):
    """A strict build of a site whose pages are a notebook made of ``cells`` (its Markdown
    written by the content step, unless ``generate`` is false) and ``pages``."""
    if generate:
        result, _ = run_step(tmp_path, cells)
        assert result.returncode == 0, result.stderr
    else:
        write_notebook(tmp_path, cells)
    for name, text in pages.items():
        (tmp_path / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    nav = "".join(f"\n              - {name}" for name in pages)
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        textwrap.dedent(
            f"""\
            INHERIT: {ROOT / "mkdocs.yml"}
            docs_dir: {tmp_path / "docs"}
            theme:
              custom_dir: {ROOT / "overrides"}
            nav:
              - notebooks/test_notebook.py{nav}
            hooks:
              - {ROOT / "hooks" / "notebook_pages.py"}
            watch:
              - {ROOT / "snippets"}
            """
        ),
        encoding="utf-8",
    )
    return build_site(config, tmp_path / "site")


def resolve(site, page, href):
    """The file and the id that ``href`` on ``page`` (a folder of the site) leads to."""
    path, _, anchor = href.partition("#")
    target = (site / page / path).resolve()
    return (target / "index.html" if target.is_dir() else target), anchor


@pytest.mark.build
def test_a_link_to_a_page_source_becomes_a_working_link_to_the_page(tmp_path):
    result = build_notebook(tmp_path, LINKS)
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    soup = BeautifulSoup((site / "notebooks/test_notebook/index.html").read_text(), "html.parser")
    hrefs = [a["href"] for a in soup.select("article p a:not([download])")]
    assert hrefs == [
        "../../derivatives/partial/#slices-of-the-surface",
        "../../derivatives/partial/",
        "#a-test-notebook",
        "https://example.org/a.md",
    ]
    for href in hrefs[:3]:
        target, anchor = resolve(site, "notebooks/test_notebook", href)
        assert target.is_file(), href
        if anchor:
            page = BeautifulSoup(target.read_text(), "html.parser")
            assert page.find(id=anchor) is not None, href


BROKEN_LINKS = {
    "a missing page": (
        "# %% [markdown]\n# [Slices](../derivatives/no_such_page.md#slices-of-the-surface)\n",
        "Doc file 'notebooks/test_notebook.py' contains a link "
        "'../derivatives/no_such_page.md#slices-of-the-surface', but the target "
        "'derivatives/no_such_page.md' is not found among documentation files.",
    ),
    "a missing anchor": (
        "# %% [markdown]\n# [Slices](../derivatives/partial.md#slices)\n",
        "Doc file 'notebooks/test_notebook.py' contains a link "
        "'../derivatives/partial.md#slices', but the doc 'derivatives/partial.md' does not "
        "contain an anchor '#slices'.",
    ),
    "a missing anchor on the notebook itself": (
        "# %% [markdown]\n# [Up](#no-such-heading)\n",
        "Doc file 'notebooks/test_notebook.py' contains a link '#no-such-heading', but there "
        "is no such anchor on this page.",
    ),
}


@pytest.mark.build
@pytest.mark.parametrize(("cells", "message"), BROKEN_LINKS.values(), ids=BROKEN_LINKS.keys())
def test_a_broken_link_fails_the_build_naming_the_notebook(tmp_path, cells, message):
    result = build_notebook(tmp_path, cells)
    assert result.returncode != 0, "the build accepted a broken link"
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.build
def test_a_notebook_whose_markdown_was_not_written_fails_in_one_line(tmp_path):
    result = build_notebook(tmp_path, LINKS, generate=False)
    assert result.returncode != 0
    expected = tmp_path / "docs" / "generated" / "notebooks" / "test_notebook.md"
    assert (
        f"docs/notebooks/test_notebook.py: expected its page at {expected}, which the content "
        "layer writes: run `python -m hooks.content`"
    ) in result.stderr
    assert "Traceback" not in result.stderr
