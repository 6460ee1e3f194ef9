"""MkDocs hook: run each notebook once per content hash, and show it in the site's own markup.

mkdocs-jupyter chooses the notebook pages (its ``include``) and holds their options; this
hook applies its ``execute``, ``allow_errors`` and ``kernel_name``. mkdocs-jupyter's own
cache hashes only the notebook file, so it would keep stale outputs after an edit to a
``snippets`` module that the notebook imports. Here the key is the one every build artefact
uses: ``digest(source_closure(notebook) + this hook, options)``.

- ``on_files``: a notebook whose ``.cache/notebooks/<stem>-<key>.ipynb`` is missing is
  executed with nbclient (the missing ones in parallel). A failing cell fails the build
  with one line, ``docs/notebooks/<name>.py: not published, because a cell failed:
  <ename>: <evalue>``, then the cell and its traceback; so does any text on stderr (a
  warning). A plot's alt text is the ``# alt:`` comment that opens
  its cell, continued on the comment lines right below it; a plot without one fails the build.
  Each plot becomes an image file next to its page. A notebook with plots runs a second
  time with the site's dark colours (``DARK_PREAMBLE``), and each plot is shown in the
  colour scheme the reader has chosen, like the build's other figures.
- ``on_pre_page`` (after mkdocs-jupyter's): the page is rendered from the executed notebook by
  mkdocs-jupyter's converter, then cleaned: no scripts (MathJax, require.js, mermaid, the
  clipboard) and no JupyterLab CSS; code and printed output become Material code blocks,
  ``$…$`` and ``$$…$$`` become arithmatex elements, typeset as MathML (hooks/mathml.py), and a box
  offers the notebook's complete script (hooks/scripts.py) to download: it runs with numpy
  and matplotlib alone, where the jupytext source would need this repository's ``snippets``.
  The box goes under the title, before the notebook's own opening note (its "Before and
  after" or "Going further" box, raw HTML in the first Markdown cell). The rendered page is
  cached beside the executed notebook.
- The glossary's words (``*[word]: …`` in the files pymdownx.snippets appends to every
  Markdown page) become tooltips in a notebook's prose, as the abbr extension makes them on
  a Markdown page (every build, after the cache, so an edited glossary always shows).
- Links in Markdown cells work as on a Markdown page: ``../derivatives/partial.md#slices``,
  relative to the notebook's source, becomes the page's URL (every build, after the cache).
  A link to a missing page fails the build at once; ``on_env``, once every page is rendered,
  fails it for a missing anchor. Either message names the notebook, the link and what was
  expected.

Every build logs ``notebooks: executed N of M``; the build benchmark reads that line.
"""

import base64
import json
import logging
import posixpath
import re
import struct
import types
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html import escape
from importlib.metadata import version
from pathlib import Path
from urllib.parse import unquote, urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc

from hooks import mathml
from hooks.build_cache import CACHE, ROOT, digest, source_closure, write_atomic

PLUGIN = "mkdocs-jupyter"
HOOK = Path(__file__).resolve()
TIMEOUT = 300  # seconds per cell
MIN_ALT = 15  # characters; the browser test asks for at least as many
RUN_OPTIONS = ("execute", "allow_errors", "kernel_name")
# Run before the first cell for the dark copy of the plots: the notebooks' own colours
# come from snippets.plots.theme.LIGHT, so that name points at DARK; the figure and axes
# become transparent over the dark page, text and axes take the dark foreground, and a
# legend keeps an opaque dark box, so its text stays readable over any filled area.
DARK_PREAMBLE = """\
import matplotlib.pyplot as plt
import snippets.plots.theme as theme
theme.LIGHT = theme.DARK
plt.rcParams.update({
    key: value for key, value in theme.DARK.rc.items()
    if key.endswith(("color", "facecolor"))
})
plt.rcParams["legend.facecolor"] = theme.DARK.background
"""
RENDER_OPTIONS = (
    "theme",
    "show_input",
    "no_input",
    "no_prompt",
    "remove_tag_config",
    "highlight_extra_classes",
    "include_requirejs",
    "custom_mathjax_url",
    "toc_depth",
    "include_source",
    "ignore_h1_titles",
)
LIBRARIES = ("mkdocs-jupyter", "nbconvert", "nbclient", "ipykernel", "jupytext", "pygments")
ALT = re.compile(r"\A# alt:(?P<text>.*(?:\n#.*)*)")
MATH = re.compile(r"\$\$(?P<display>.+?)\$\$|\$(?P<inline>[^$]+?)\$", re.S)
HEADING = re.compile(r"^h[1-6]$")
ADDRESS = re.compile(r" at 0x[0-9a-f]+>")  # a default repr, different on every run
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")  # a terminal's colour codes, in tracebacks
ANCHOR = re.compile(r"""<[^>]*?\s(?:id|name)=["']?([^"'\s>]+)""")

log = logging.getLogger("mkdocs.hooks.notebooks")


@dataclass
class Notebook:
    """One notebook page: its source, its cache key and what its execution produced."""

    source: Path
    name: str  # the path under docs/, for messages
    key: str
    page_dir: str  # the folder of the page's URL, where its images go
    images: dict = field(default_factory=dict)  # file name -> (PNG bytes, alt text)
    description: str = ""

    @property
    def executed(self):
        return CACHE / "notebooks" / f"{self.source.stem}-{self.key}.ipynb"


notebooks = {}  # src_uri -> Notebook, refreshed on every build
anchors = {}  # src_uri -> the ids of the page's HTML, from its latest render
anchor_links = []  # (notebook name, link, target src_uri, anchor), checked in on_env


def plugin_config(config):
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        raise PluginError(f"hooks/notebooks.py needs the {PLUGIN} plugin in mkdocs.yml")
    return plugin


def alt_text(source):
    """The text of the ``# alt:`` comment that opens a cell, joined into one line; or ''."""
    match = ALT.match(source)
    if match is None:
        return ""
    lines = match["text"].split("\n")
    return " ".join(line.lstrip("#").strip() for line in lines).strip()


def png_size(data):
    """(width, height) in pixels, read from a PNG's header."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise PluginError("expected PNG image data")
    return struct.unpack(">II", data[16:24])


# --- running --------------------------------------------------------------------------------


def execute(notebook, options):
    """Run the notebook (if ``execute`` is on), label its plots, and cache it as .ipynb."""
    import jupytext
    import nbformat

    nb = jupytext.read(notebook.source)
    if options["execute"]:
        run(nb, notebook, options)
        check_outputs(notebook, nb)
        plots = plot_outputs(nb)
        if plots:
            dark = jupytext.read(notebook.source)
            dark.cells.insert(0, nbformat.v4.new_code_cell(DARK_PREAMBLE))
            run(dark, notebook, options)
            dark_plots = plot_outputs(dark)
            if len(dark_plots) != len(plots):
                raise PluginError(
                    f"{notebook.name}: expected {len(plots)} plots in the dark run, "
                    f"got {len(dark_plots)}; does a plot depend on the colour scheme?"
                )
            for plot, dark_plot in zip(plots, dark_plots, strict=True):
                plot.metadata["image/png"]["dark"] = compressed_png(dark_plot.data["image/png"])
        for plot in plots:
            plot.data["image/png"] = compressed_png(plot.data["image/png"])
    write_atomic(notebook.executed, nbformat.writes(nb).encode())


def compressed_png(encoded):
    """A base64 PNG as a 256-colour PNG: plots have few colours, and the file is a third
    to a quarter of the size (the page weight budget counts every byte)."""
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(base64.b64decode(encoded))).convert("RGBA")
    buffer = io.BytesIO()
    image.quantize(256, method=Image.Quantize.FASTOCTREE).save(buffer, "PNG", optimize=True)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def plot_outputs(nb):
    code_cells = [cell for cell in nb.cells if cell.cell_type == "code"]
    outputs = [output for cell in code_cells for output in cell.outputs]
    return [output for output in outputs if "image/png" in output.get("data", {})]


def run(nb, notebook, options):
    from nbclient import NotebookClient
    from nbclient.exceptions import CellControlSignal, DeadKernelError

    client = NotebookClient(
        nb,
        kernel_name=options["kernel_name"] or nb.metadata.kernelspec.name,
        allow_errors=options["allow_errors"],
        timeout=TIMEOUT,
        record_timing=False,  # timestamps would change the cached file on every run
        resources={"metadata": {"path": str(ROOT)}},  # `import snippets` finds this tree
        # The kernel only listens on loopback; its note about unencrypted TCP is noise.
        extra_arguments=["--IPKernelApp.log_level=ERROR"],
    )
    try:
        client.execute()
    except (CellControlSignal, DeadKernelError) as error:
        raise PluginError(cell_failure(notebook, error)) from None


def cell_failure(notebook, error):
    """The build's message for a notebook whose cell failed: one line that names the
    notebook and the error (``<ename>: <evalue>``, as Jupyter shows it), then the cell and
    the traceback, without the terminal's colour codes."""
    ename = getattr(error, "ename", None) or type(error).__name__
    evalue = getattr(error, "evalue", None)
    details = ANSI.sub("", str(error)).strip()
    if evalue is None:  # a timeout or a dead kernel: its message is the value
        evalue, _, details = details.partition("\n")
    evalue = " ".join(line.strip() for line in str(evalue).splitlines() if line.strip())
    first = f"{notebook.name}: not published, because a cell failed: {ename}: {evalue}"
    return f"{first}\n{details}".rstrip()


def check_outputs(notebook, nb):
    """Refuse warnings, run-dependent text and plots without alt text; name the plot files."""
    code_cells = [cell for cell in nb.cells if cell.cell_type == "code"]
    for number, cell in enumerate(code_cells, start=1):
        where = f"{notebook.name}, code cell {number}"
        errors = [o for o in cell.outputs if o.output_type == "stream" and o.name == "stderr"]
        if errors:
            text = "".join(o.text for o in errors)
            raise PluginError(f"{where} wrote to stderr (a warning?); fix the cause:\n{text}")
        for output in cell.outputs:
            text = output.get("text", "") + output.get("data", {}).get("text/plain", "")
            if ADDRESS.search(text):
                raise PluginError(
                    f"{where} prints a memory address, which changes on every run "
                    f"(end the cell with plt.show() or a ;): {text.strip()[:80]!r}"
                )
        plots = [o for o in cell.outputs if "image/png" in o.get("data", {})]
        alt = alt_text(cell.source)
        if len(plots) > 1:
            raise PluginError(f"{where} shows {len(plots)} plots; put one plot in each cell")
        if plots and len(alt) < MIN_ALT:
            raise PluginError(
                f"{where} shows a plot without alt text: open the cell with a comment "
                f"'# alt: <what the plot shows>' of at least {MIN_ALT} characters, got {alt!r}"
            )
        if alt and not plots:
            raise PluginError(f"{where} has '# alt:' text but shows no plot")
        if plots:
            (plot,) = plots
            plot.metadata.setdefault("image/png", {})["alt"] = alt
            # nbconvert's template links to this file instead of embedding the image.
            plot.metadata["filenames"] = {"image/png": f"{notebook.source.stem}-{number}.png"}


def hashed_sources(source):
    """The files whose bytes a notebook's cache key hashes: every snippets module the
    notebook imports (followed through their imports) and this hook."""
    return [*(path for path in source_closure(source) if path != source), HOOK]


def read_plots(notebook):
    """Load the executed notebook's plots and description into ``notebook``."""
    nb = json.loads(notebook.executed.read_text(encoding="utf-8"))
    notebook.description = nb["metadata"].get("description", "")
    for cell in nb["cells"]:
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get("filenames", {}).get("image/png")
            if name:
                data = base64.b64decode(output["data"]["image/png"])
                metadata = output["metadata"]["image/png"]
                notebook.images[name] = data, metadata["alt"]
                if "dark" in metadata:
                    dark = base64.b64decode(metadata["dark"])
                    notebook.images[dark_name(name)] = dark, metadata["alt"]


def dark_name(name):
    return name.removesuffix(".png") + "-dark.png"


def on_files(files, config):
    plugin = plugin_config(config)
    run_options = {name: plugin.config[name] for name in RUN_OPTIONS}
    versions = [version(library) for library in LIBRARIES]
    notebooks.clear()
    anchor_links.clear()
    for file in files:
        if not plugin.should_include(file):
            continue
        source = Path(file.abs_src_path).resolve()
        # The notebook may live outside the repository (a test's site), so its bytes go
        # into the key as a part, beside the hashed source files.
        parts = file.src_uri, source.read_bytes(), run_options, versions
        key = digest(hashed_sources(source), *parts)
        notebooks[file.src_uri] = Notebook(
            source=source,
            name=f"docs/{file.src_uri}",
            key=key,
            page_dir=posixpath.dirname(file.dest_uri),
        )

    pending = [n for n in notebooks.values() if not n.executed.exists()]
    if pending:
        with ThreadPoolExecutor(max_workers=min(4, len(pending))) as pool:
            jobs = [pool.submit(execute, notebook, run_options) for notebook in pending]
        failures = [job.exception() for job in jobs if job.exception() is not None]
        for failure in failures:
            if not isinstance(failure, PluginError):
                raise failure  # the hook's own bug: its traceback, as it is
        if failures:  # every failing notebook, each opening with its one-line message
            raise PluginError("\n\n".join(map(str, failures)))
    log.info("notebooks: executed %d of %d", len(pending), len(notebooks))

    for notebook in notebooks.values():
        read_plots(notebook)
        for name, (data, _) in notebook.images.items():
            uri = posixpath.join(notebook.page_dir, name)
            files.append(File.generated(config, uri, content=data))
    return files


# --- rendering ------------------------------------------------------------------------------


def code_block(inner_html, language, title=None):
    """The markup pymdownx.highlight gives a fenced block, so Material styles it the same."""
    label = f'<span class="filename">{title}</span>' if title else ""
    return (
        f'<div class="language-{language} highlight">{label}'
        f"<pre><span></span><code>{inner_html}</code></pre></div>"
    )


def typeset(element, soup, where):
    """Turn $…$ and $$…$$ in rendered Markdown into the arithmatex markup hooks/mathml.py reads."""
    for text in list(element.find_all(string=MATH)):
        if text.find_parent(["code", "pre"]):
            continue
        parent, pieces, start = text.parent, [], 0
        whole = MATH.fullmatch(text.strip())
        # Display math that is a paragraph on its own becomes a <div> in place of the <p>.
        alone = (
            parent.name == "p"
            and len(parent.contents) == 1
            and whole is not None
            and whole["display"] is not None
            and "$" not in whole["display"]
        )
        for match in MATH.finditer(text):
            pieces.append(text[start : match.start()])
            if match["display"] is not None:
                node = soup.new_tag("div" if alone else "span", attrs={"class": "arithmatex"})
                node.string = f"\\[{match['display'].strip()}\\]"
            else:
                node = soup.new_tag("span", attrs={"class": "arithmatex"})
                node.string = f"\\({match['inline']}\\)"
            pieces.append(node)
            start = match.end()
        pieces.append(text[start:])
        if alone:
            parent.replace_with(pieces[1])
            continue
        text.replace_with(*[piece for piece in pieces if piece != ""])
    for text in element.find_all(string=re.compile(r"\$")):
        if not text.find_parent(["code", "pre"]):
            raise PluginError(f"{where}: unmatched $ in {text.strip()!r}")


def headings(element):
    """Material's permalink markup for nbconvert's heading anchors."""
    for anchor in element.select("a.anchor-link"):
        anchor["class"] = "headerlink"
        anchor["title"] = "Permanent link"


def heading_html(heading):
    """A heading's inner HTML without its permalink."""
    return "".join(
        str(child)
        for child in heading.contents
        if not (getattr(child, "name", None) == "a" and "headerlink" in child.get("class", []))
    ).strip()


def title_text(heading):
    from bs4 import BeautifulSoup

    return BeautifulSoup(heading_html(heading), "html.parser").get_text().strip()


def toc_tokens(soup, depth):
    """The page's table of contents, read from the headings of the final HTML."""
    root, stack = [], []
    for heading in soup.find_all(HEADING):
        level = int(heading.name[1])
        if level > depth or not heading.get("id"):
            continue
        token = {"level": level, "id": heading["id"], "name": heading_html(heading), "children": []}
        while stack and stack[-1]["level"] >= level:
            stack.pop()
        (stack[-1]["children"] if stack else root).append(token)
        stack.append(token)
    return root


def download_box(notebook):
    """The box under the title: the one download, the notebook as a script that runs alone."""
    stem = notebook.source.stem
    return (
        '<div class="admonition info"><p class="admonition-title">Run it yourself</p>'
        "<p>This page is a Jupyter notebook, run when the site was built. Download it as one "
        f'Python file, <a class="script-link" href="../../generated/scripts/notebooks/{stem}.py" '
        f'download="{stem}.py"><code>{stem}.py</code></a>, which runs with numpy and '
        "matplotlib alone: the site's <code>snippets</code> modules that it imports are "
        "embedded at its top. Run it with <code>python</code>, or open it as a notebook with "
        "<code>jupytext --to ipynb</code>. The code cells below are excerpts of it, in order."
        "</p></div>"
    )


def clean(html, notebook, options):
    """mkdocs-jupyter's HTML, rebuilt from its parts in the markup the rest of the site uses."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    out = BeautifulSoup("", "html.parser")
    cells = soup.select(".jp-Notebook > .jp-Cell")
    if not cells:
        raise PluginError(f"{notebook.name}: found no cells in mkdocs-jupyter's HTML")
    for number, cell in enumerate(cells, start=1):
        where = f"{notebook.name}, cell {number}"
        if "jp-MarkdownCell" in cell["class"]:
            parts = [cell.select_one(".jp-RenderedMarkdown")]
        else:
            parts = [*cell.select(".highlight-ipynb > pre"), *cell.select(".jp-OutputArea-output")]
        for part in parts:
            classes = part.get("class", [])
            if part.name == "pre":
                block = code_block(part.decode_contents(), "python")
                out.append(BeautifulSoup(block, "html.parser"))
            elif "jp-RenderedMarkdown" in classes:
                typeset(part, soup, where)
                headings(part)
                out.extend(list(part.contents))
            elif "jp-RenderedText" in classes:
                text = escape(part.pre.get_text(), quote=False).rstrip("\n")
                out.append(BeautifulSoup(code_block(text, "text", "Output"), "html.parser"))
            elif "jp-RenderedImage" in classes:
                out.append(image(part.img, notebook, where))
            else:
                raise PluginError(f"{where}: an output this hook cannot show: {classes}")
    first = out.find("h1")
    box = BeautifulSoup(download_box(notebook), "html.parser")
    if first is not None:
        first.insert_after(box)
    else:
        out.insert(0, box)
    return out


def image(img, notebook, where):
    from bs4 import BeautifulSoup

    name = img.get("src", "")
    if name not in notebook.images:
        raise PluginError(f"{where}: a plot that was not saved as a file: {name[:40]!r}")
    soup = BeautifulSoup("", "html.parser")
    variants = [(name, "")]
    if dark_name(name) in notebook.images:
        variants = [(name, "#only-light"), (dark_name(name), "#only-dark")]
    for file_name, fragment in variants:
        data, alt = notebook.images[file_name]
        width, height = png_size(data)
        attributes = {"src": file_name + fragment, "alt": alt, "width": str(width)}
        attributes |= {"height": str(height), "loading": "lazy", "class": "figure notebook-plot"}
        soup.append(soup.new_tag("img", attrs=attributes))
    return soup


def render_notebook(notebook, options):
    """Content, table of contents and title of the page, from the executed notebook."""
    from mkdocs_jupyter import convert

    html = convert.nb2html(
        str(notebook.executed),
        execute=False,  # executed already, by on_files
        kernel_name=options["kernel_name"],
        theme=options["theme"],
        allow_errors=options["allow_errors"],
        show_input=options["show_input"],
        no_input=options["no_input"],
        no_prompt=options["no_prompt"],
        remove_tag_config=options["remove_tag_config"],
        highlight_extra_classes=options["highlight_extra_classes"],
        include_requirejs=options["include_requirejs"],
        custom_mathjax_url=options["custom_mathjax_url"],
    )
    soup = clean(html, notebook, options)
    title = soup.find("h1")
    return {
        "content": str(soup),
        "toc": toc_tokens(soup, options["toc_depth"]),
        "title": title_text(title) if title is not None else None,
    }


@event_priority(-50)  # after mkdocs-jupyter's on_pre_page, whose render this replaces
def on_pre_page(page, config, files):
    notebook = notebooks.get(page.file.src_uri)
    if notebook is None:
        return page
    options = plugin_config(config).config

    def render(self, config, files):
        key = digest([HOOK], notebook.key, {n: options[n] for n in RENDER_OPTIONS})
        cached = CACHE / "notebooks" / f"{notebook.source.stem}-{key}.json"
        if cached.exists():
            data = json.loads(cached.read_text(encoding="utf-8"))
        else:
            data = render_notebook(notebook, options)
            write_atomic(cached, json.dumps(data).encode())
        content = tooltips(resolve_links(data["content"], notebook, self.file, files), glossary)
        try:
            self.content = mathml.typeset(content, notebook.name)
        except ValueError as error:
            raise PluginError(str(error)) from None
        self.toc = get_toc(data["toc"])
        if data["title"] and not options["ignore_h1_titles"]:
            self.title = data["title"]
        if notebook.description:
            self.meta["description"] = notebook.description

    page.render = types.MethodType(render, page)
    return page


# --- the glossary's tooltips -----------------------------------------------------------------

ABBREVIATION = re.compile(r"^\*\[(?P<word>.+?)\]: (?P<title>.+)$", re.M)
NO_TOOLTIP = ("code", "pre", "abbr", "a", "script", "style")  # and formulas (.arithmatex)
glossary = {}  # word -> its tooltip, read from pymdownx.snippets' auto_append files


def on_config(config):
    """The abbreviations every Markdown page gets (pymdownx.snippets appends them to each
    page, and the abbr extension makes each word a tooltip), read for the notebook pages."""
    options = config.mdx_configs.get("pymdownx.snippets", {})
    bases = [Path(base) for base in options.get("base_path", ["."])]
    glossary.clear()
    for name in options.get("auto_append", []):
        found = [base / name for base in bases if (base / name).is_file()]
        if not found:
            raise PluginError(f"hooks/notebooks.py: no file {name} under {bases}")
        text = found[0].read_text(encoding="utf-8")
        glossary.update((m["word"], m["title"]) for m in ABBREVIATION.finditer(text))
    return config


def tooltips(content, words):
    """Each of ``words`` in the prose of a notebook page becomes ``<abbr title="…">``, as the
    abbr extension does on a Markdown page; not in code, formulas, links or headings'
    permalinks."""
    from bs4 import BeautifulSoup, NavigableString

    if not words:
        return content
    pattern = re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")\b"
    )
    soup = BeautifulSoup(content, "html.parser")
    for text in list(soup.find_all(string=pattern)):
        if text.find_parent(NO_TOOLTIP) or text.find_parent(class_="arithmatex"):
            continue
        if type(text) is not NavigableString:  # a comment or a doctype
            continue
        pieces, start = [], 0
        for match in pattern.finditer(text):
            pieces.append(text[start : match.start()])
            abbr = soup.new_tag("abbr", attrs={"title": words[match[0]]})
            abbr.string = match[0]
            pieces.append(abbr)
            start = match.end()
        pieces.append(text[start:])
        text.replace_with(*[piece for piece in pieces if piece != ""])
    return str(soup)


# --- links in Markdown cells ----------------------------------------------------------------


def resolve_links(content, notebook, file, files):
    """Links in the notebook's Markdown cells, handled as MkDocs handles a Markdown page's.

    A link to a page's source, relative to the notebook's source (``../derivatives/
    partial.md#slices`` from ``docs/notebooks/``), becomes that page's URL relative to the
    notebook page's URL, anchor kept. A link to a file the site does not have fails the
    build; anchors are checked in ``on_env``, once every page is rendered. Links to other
    sites, absolute paths and the download box's own link are left as they are.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(content, "html.parser")
    for link in soup.find_all("a", href=True):
        href = link["href"]
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or href.startswith("/") or link.has_attr("download"):
            continue
        target, url = file, ""
        if parts.path:
            path = posixpath.join(posixpath.dirname(file.src_uri), unquote(parts.path))
            target = files.get_file_from_path(posixpath.normpath(path))
            if target is None:
                raise PluginError(
                    f"{notebook.name}: a Markdown cell links to {href!r}, but the site has no "
                    f"docs/{posixpath.normpath(path)}; expected the path of a page's source "
                    f"(a .md file, or a notebook's .py), relative to {notebook.name}"
                )
            url = target.url_relative_to(file)
        if parts.fragment:
            anchor_links.append((notebook.name, href, target.src_uri, unquote(parts.fragment)))
            url += "#" + parts.fragment
        link["href"] = url
    return str(soup)


def on_page_content(html, page, config, files):
    anchors[page.file.src_uri] = set(ANCHOR.findall(html))
    return html


def heading_ids(toc):
    for item in toc:
        yield item.id
        yield from heading_ids(item.children)


def on_env(env, config, files):
    """Every anchor a notebook links to exists on its page, now that all pages are rendered."""
    problems = []
    for name, href, uri, anchor in anchor_links:
        target = files.get_file_from_path(uri)
        # A page that this build did not render (a dirty rebuild of `mkdocs serve`) was
        # checked when it was.
        if target is None or target.page is None or anchor in anchors.get(uri, {anchor}):
            continue
        problems.append(
            f"{name}: a Markdown cell links to {href!r}, but docs/{uri} has no anchor "
            f"{anchor!r}; expected one of its headings' anchors: "
            f"{list(heading_ids(target.page.toc))}"
        )
    if problems:
        raise PluginError("\n".join(problems))
    return env
