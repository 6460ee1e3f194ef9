"""Notebook pages: run by the build, cached by content, shown in the site's own markup."""

import base64
import io
import re
import textwrap

import jupytext
import pytest
from bs4 import BeautifulSoup
from mkdocs.exceptions import PluginError

from snippets.plots.layout import COLUMN, MIN_SCALE
from snippets.plots.theme import ROLES
from tests.web.conftest import ROOT, build_site, load_by_path
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


hook = load_by_path(ROOT / "hooks" / "notebooks.py", "notebooks_hook")


# --- the hook's parts ------------------------------------------------------------------------


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
    assert hook.alt_text(source) == alt


def typeset(html):
    soup = BeautifulSoup(html, "html.parser")
    hook.typeset(soup, soup, "a cell")
    return str(soup)


def test_dollar_math_becomes_arithmatex_for_the_math_hook():
    html = typeset("<p>Inline $a_1 &lt; b$ and $$x$$ here.</p>\n<p>$$\nC = 1\n$$</p>")
    assert html == (
        '<p>Inline <span class="arithmatex">\\(a_1 &lt; b\\)</span> and '
        '<span class="arithmatex">\\[x\\]</span> here.</p>\n'
        '<div class="arithmatex">\\[C = 1\\]</div>'
    )


def test_two_display_formulas_in_one_paragraph_stay_in_it():
    html = typeset("<p>$$x$$ and $$y$$</p>")
    assert html == (
        '<p><span class="arithmatex">\\[x\\]</span> and <span class="arithmatex">\\[y\\]</span></p>'
    )


def test_dollars_in_code_are_left_alone():
    html = "<p>Run <code>echo $HOME</code></p><pre>cost = $5</pre>"
    assert typeset(html) == html


def test_an_unmatched_dollar_fails():
    with pytest.raises(PluginError, match=r"a cell: unmatched \$ in 'costs \$5'"):
        typeset("<p>costs $5</p>")


def test_glossary_words_in_prose_become_tooltips_but_not_in_code_math_or_links():
    words = {"delta": "δ is a slope.", "sigma prime": "σ′ is a slope.", "slice": "A slice."}
    html = (
        "<p>Its delta, not deltas; a sigma prime, a slice.</p><pre><code>delta</code></pre>"
        '<p><span class="arithmatex">\\(\\delta\\)</span> <a href="#">delta</a></p>'
    )
    assert hook.tooltips(html, words) == (
        '<p>Its <abbr title="δ is a slope.">delta</abbr>, not deltas; a '
        '<abbr title="σ′ is a slope.">sigma prime</abbr>, a <abbr title="A slice.">slice</abbr>.'
        "</p><pre><code>delta</code></pre>"
        '<p><span class="arithmatex">\\(\\delta\\)</span> <a href="#">delta</a></p>'
    )
    assert hook.tooltips(html, {}) == html


def test_table_of_contents_nests_headings_by_level_and_drops_permalinks():
    soup = BeautifulSoup(
        '<h1 id="t">Title<a class="headerlink" href="#t">¶</a></h1><h2 id="a">A</h2>'
        '<h3 id="a1">A <code>1</code></h3><h2 id="b">B</h2><h4 id="deep">Deep</h4><h2>No id</h2>',
        "html.parser",
    )
    tokens = hook.toc_tokens(soup, depth=3)
    assert [t["name"] for t in tokens] == ["Title"]
    (title,) = tokens
    assert [(t["id"], t["level"]) for t in title["children"]] == [("a", 2), ("b", 2)]
    assert title["children"][0]["children"][0]["name"] == "A <code>1</code>"
    assert title["children"][1]["children"] == []  # h4 is deeper than toc_depth


def test_png_size_reads_the_header_and_refuses_other_data():
    header = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (640).to_bytes(4) + (360).to_bytes(4)
    assert hook.png_size(header) == (640, 360)
    with pytest.raises(PluginError, match="expected PNG image data"):
        hook.png_size(b"GIF89a")


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
    compressed = base64.b64decode(hook.compressed_png(base64.b64encode(original)))
    assert hook.png_size(compressed) == hook.png_size(original)
    assert compressed[25] == 3  # PNG colour type 3: a palette of at most 256 colours
    assert len(compressed) < len(original) / 2


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_cache_key_hashes_every_snippets_module_the_notebook_imports(notebook):
    hashed = hook.hashed_sources(notebook)
    assert hook.HOOK in hashed
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


@pytest.mark.build
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_notebook_page_shows_code_and_output_in_the_site_markup(site, notebook):
    content = article(site, notebook)
    text = str(content)
    for foreign in FOREIGN:
        assert foreign not in text, foreign
    assert content.select(".language-python.highlight pre > code")
    assert content.select(".language-text.highlight .filename")  # printed output, "Output"
    assert content.select(".arithmatex")


@pytest.mark.build
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_plot_is_a_file_with_the_alt_text_of_its_cell(site, notebook):
    cells = jupytext.read(notebook).cells
    alts = [hook.alt_text(cell.source) for cell in cells if cell.cell_type == "code"]
    alts = [alt for alt in alts if alt]
    folder = site / "notebooks" / notebook.stem
    images = article(site, notebook).select("img")
    light = [img for img in images if img["src"].endswith("#only-light")]
    dark = [img for img in images if img["src"].endswith("#only-dark")]
    assert len(light) + len(dark) == len(images)
    assert [img["alt"] for img in light] == [img["alt"] for img in dark] == alts
    for img in images:
        assert (folder / img["src"].split("#")[0]).stat().st_size > 1000
        assert int(img["width"]) > 0
        assert int(img["height"]) > 0


@pytest.mark.build
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_plot_is_drawn_again_in_the_dark_scheme(site, notebook):
    folder = site / "notebooks" / notebook.stem
    images = article(site, notebook).select("img")
    pairs = zip(images[::2], images[1::2], strict=True)
    for light, dark in pairs:
        assert light["src"].removesuffix(".png#only-light") + "-dark.png#only-dark" == dark["src"]
        light_png = (folder / light["src"].split("#")[0]).read_bytes()
        dark_png = (folder / dark["src"].split("#")[0]).read_bytes()
        assert light_png != dark_png
        assert hook.png_size(light_png) == hook.png_size(dark_png)  # no jump on switching


@pytest.mark.build
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_page_offers_one_download_the_script_that_runs_alone(site, notebook):
    """One download, the complete script (tests/web/test_copy_paste.py runs it with numpy and
    matplotlib alone); not the jupytext source, which needs the repository's snippets."""
    (link,) = article(site, notebook).select("a[download]")
    assert link["href"] == f"../../generated/scripts/notebooks/{notebook.name}"
    assert link["download"] == notebook.name
    box = link.find_parent("p").get_text()
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
    folder = site / "notebooks" / notebook.stem
    plots = sorted(folder.glob("*.png"))
    assert plots
    for plot in plots:
        width, _ = hook.png_size(plot.read_bytes())
        assert width <= COLUMN / MIN_SCALE, f"{plot.name} is {width}px wide"


@pytest.mark.build
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_page_opens_with_what_it_needs_and_what_it_gives(site, notebook):
    """As on the Markdown pages: under the title (and the download box), a "Before and
    after" box (or, for a page that is all going further, a "Going further" box) says what
    to read first, with links, and what the reader can do after."""
    title = article(site, notebook).find("h1")
    download, note = title.find_next_siblings(True, limit=2)
    heading = note.select_one(".admonition-title").get_text()
    assert heading in ("Before and after", "Going further"), heading
    kind = "abstract" if heading == "Before and after" else "info"
    assert note["class"] == ["admonition", kind]
    text = " ".join(note.get_text(" ").split())
    assert "You need:" in text
    assert "After this notebook you can" in text
    assert note.select("a[href]"), "a box that links to nothing to read first"
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


# --- building small sites with one notebook --------------------------------------------------

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


def build_notebook(tmp_path, monkeypatch, cells, pages=()):
    """A strict build of a site whose one page is a notebook made of ``cells``, and the
    Markdown ``pages`` ({path under docs/: text})."""
    notebooks = tmp_path / "docs" / "notebooks"
    notebooks.mkdir(parents=True, exist_ok=True)
    (notebooks / "test_notebook.py").write_text(HEADER + textwrap.dedent(cells), encoding="utf-8")
    for name, text in dict(pages).items():
        (tmp_path / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    nav = "".join(f"\n              - {name}" for name in dict(pages))
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
              - {ROOT / "hooks" / "notebooks.py"}
            watch:
              - {ROOT / "snippets"}
            """
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("BUILD_CACHE", str(tmp_path / "cache"))
    return build_site(config, tmp_path / "site")


PLOT = """\
# %%
# alt: A straight line rising from left to right.
import matplotlib.pyplot as plt

plt.plot([0, 1], [0, 1])
plt.show()
"""


@pytest.mark.build
def test_a_warm_build_runs_no_notebook_and_an_edit_runs_it_again(tmp_path, monkeypatch):
    first = build_notebook(tmp_path, monkeypatch, PLOT)
    assert first.returncode == 0, first.stderr
    assert "notebooks: executed 1 of 1" in first.stderr
    warm = build_notebook(tmp_path, monkeypatch, PLOT)
    assert "notebooks: executed 0 of 1" in warm.stderr
    edited = build_notebook(tmp_path, monkeypatch, PLOT + "\n# %%\nprint(2)\n")
    assert "notebooks: executed 1 of 1" in edited.stderr
    html = (tmp_path / "site" / "notebooks" / "test_notebook" / "index.html").read_text()
    assert 'alt="A straight line rising from left to right."' in html


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
    "an unmatched dollar": ("# %% [markdown]\n# It costs $5.\n", "unmatched $"),
}


@pytest.mark.build
@pytest.mark.parametrize(("cells", "message"), FAILING.values(), ids=FAILING.keys())
def test_the_build_fails_on_a_broken_notebook(tmp_path, monkeypatch, cells, message):
    result = build_notebook(tmp_path, monkeypatch, cells)
    assert result.returncode != 0, f"the build accepted a notebook with {message}"
    assert message in result.stderr
    assert "docs/notebooks/test_notebook.py" in result.stderr


@pytest.mark.build
def test_a_failing_cell_fails_the_build_with_one_line_then_its_traceback(tmp_path, monkeypatch):
    cells = "# %%\nx = 1\n\n# %%\nassert x == 2, f'x is {x},\\nnot 2'\n"
    result = build_notebook(tmp_path, monkeypatch, cells)
    assert result.returncode != 0, "the build accepted a failing cell"
    first = (
        "docs/notebooks/test_notebook.py: not published, because a cell failed: "
        "AssertionError: x is 1, not 2"
    )
    error = result.stderr[result.stderr.index("ERROR") :]
    assert error.startswith(f"ERROR   -  {first}\n"), result.stderr
    following = error.split("\n", 1)[1]
    assert "assert x == 2" in following  # the cell, then its traceback
    assert "Traceback" in following
    assert "\x1b[" not in error  # no terminal colour codes


# --- links in Markdown cells -----------------------------------------------------------------

PARTIAL = {"derivatives/partial.md": "# Partial derivatives\n\n## Slices of the surface\n\nText.\n"}
LINKS = """\
# %% [markdown]
# See [the slices](../derivatives/partial.md#slices-of-the-surface), the
# [page](../derivatives/partial.md), [this title](#a-test-notebook) and
# [another site](https://example.org/a.md).
"""


def resolve(site, page, href):
    """The file and the id that ``href`` on ``page`` (a folder of the site) leads to."""
    path, _, anchor = href.partition("#")
    target = (site / page / path).resolve()
    return (target / "index.html" if target.is_dir() else target), anchor


@pytest.mark.build
def test_a_link_to_a_page_source_becomes_a_working_link_to_the_page(tmp_path, monkeypatch):
    result = build_notebook(tmp_path, monkeypatch, LINKS, PARTIAL)
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
        "docs/notebooks/test_notebook.py: a Markdown cell links to "
        "'../derivatives/no_such_page.md#slices-of-the-surface', but the site has no "
        "docs/derivatives/no_such_page.md; expected the path of a page's source (a .md file, "
        "or a notebook's .py), relative to docs/notebooks/test_notebook.py",
    ),
    "a missing anchor": (
        "# %% [markdown]\n# [Slices](../derivatives/partial.md#slices)\n",
        "docs/notebooks/test_notebook.py: a Markdown cell links to "
        "'../derivatives/partial.md#slices', but docs/derivatives/partial.md has no anchor "
        "'slices'; expected one of its headings' anchors: "
        "['partial-derivatives', 'slices-of-the-surface']",
    ),
    "a missing anchor on the notebook itself": (
        "# %% [markdown]\n# [Up](#no-such-heading)\n",
        "docs/notebooks/test_notebook.py: a Markdown cell links to '#no-such-heading', but "
        "docs/notebooks/test_notebook.py has no anchor 'no-such-heading'; expected one of its "
        "headings' anchors: ['a-test-notebook']",
    ),
}


@pytest.mark.build
@pytest.mark.parametrize(("cells", "message"), BROKEN_LINKS.values(), ids=BROKEN_LINKS.keys())
def test_a_broken_link_fails_the_build_in_one_line(tmp_path, monkeypatch, cells, message):
    result = build_notebook(tmp_path, monkeypatch, cells, PARTIAL)
    assert result.returncode != 0, "the build accepted a broken link"
    assert f"ERROR   -  {message}\n" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
