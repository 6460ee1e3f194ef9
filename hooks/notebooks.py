"""Content step: run each notebook once per content hash, and write it as a Markdown page.

mkdocs.yml's mkdocs-jupyter entry says which files are notebooks (``include``) and how to run
them (``execute``, ``allow_errors``, ``kernel_name``); this step reads those options there.
A notebook is run with nbclient when ``.cache/notebooks/<stem>-<key>.ipynb`` is missing (the
missing ones in parallel). The key hashes the notebook, every ``snippets`` module it imports
(followed through their imports) and this file: mkdocs-jupyter's own cache hashes only the
notebook, so it would show stale numbers after an edit to ``snippets``.

What a notebook may not do, each failing the build with one line that names it:

- a cell fails: ``docs/notebooks/<name>.py: not published, because a cell failed: <ename>:
  <evalue>``, then the cell and its traceback;
- a cell writes to stderr (a warning), or prints a memory address (different on every run);
- a plot has no ``# alt:`` comment opening its cell (continued on the comment lines right
  below it), or a cell shows two plots;
- a ``$`` in a Markdown cell opens no formula.

A notebook with plots runs a second time with the site's dark colours (``DARK_PREAMBLE``).

What it writes, for each notebook, under ``notebooks/``: ``<stem>.md``, the page in the
site's Markdown, and its plots, ``<stem>-<cell>.png`` and ``<stem>-<cell>-dark.png``. The
Markdown cells are kept as written, with ``$…$`` and ``$$…$$`` as ``\\(…\\)`` and ``\\[…\\]``;
a code cell is a ``python`` block, its printed output a ``text`` block titled "Output", its
plot two images (Material's ``#only-light`` and ``#only-dark``) with the cell's alt text. A
box before the first code cell offers the notebook's complete script (hooks/scripts.py),
which runs with numpy and matplotlib alone. hooks/notebook_pages.py gives MkDocs that
Markdown as the page's source.
"""

import asyncio
import base64
import io
import logging
import re
import struct
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import yaml

from hooks import build_cache
from hooks.build_cache import ROOT, ContentError, digest, source_closure, write_atomic
from hooks.figures import image

PLUGIN = "mkdocs-jupyter"
RUN_OPTIONS = ("include", "execute", "allow_errors", "kernel_name")
HERE = Path(__file__).resolve()
TIMEOUT = 300  # seconds per cell
MIN_ALT = 15  # characters; the browser test asks for at least as many
LIBRARIES = ("nbclient", "ipykernel", "jupytext", "nbformat")
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
ALT = re.compile(r"\A# alt:(?P<text>.*(?:\n#.*)*)")
# In a Markdown cell: a code span (left as it is), display math, inline math.
CODE_OR_MATH = re.compile(
    r"(?P<code>(?P<ticks>`+).+?(?P=ticks))|\$\$(?P<display>.+?)\$\$|\$(?P<inline>[^$\n]+?)\$",
    re.S,
)
ADDRESS = re.compile(r" at 0x[0-9a-f]+>")  # a default repr, different on every run
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")  # a terminal's colour codes, in tracebacks

log = logging.getLogger("mkdocs.hooks.notebooks")


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml's ``!ENV`` values are not options of mkdocs-jupyter: read them as None."""


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)


def jupyter_options(config=ROOT / "mkdocs.yml"):
    """mkdocs-jupyter's run options, as mkdocs.yml sets them."""
    settings = yaml.load(config.read_text(encoding="utf-8"), Loader=_IgnoreTags)
    plugins = settings.get("plugins", [])
    entries = [p[PLUGIN] for p in plugins if isinstance(p, dict) and PLUGIN in p]
    missing = [name for name in RUN_OPTIONS if not entries or name not in entries[0]]
    if missing:
        raise ContentError(f"{config.name}: expected {PLUGIN} with {', '.join(missing)} set")
    return {name: entries[0][name] for name in RUN_OPTIONS}


def sources(options, root=ROOT):
    """The notebooks: the files mkdocs-jupyter's ``include`` patterns name."""
    return sorted({path for pattern in options["include"] for path in root.glob(pattern)})


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
        raise ValueError(f"expected PNG image data, got {data[:8]!r}")
    return struct.unpack(">II", data[16:24])


# --- running --------------------------------------------------------------------------------


def hashed_sources(source):
    """The files whose bytes a notebook's cache key hashes: every snippets module the
    notebook imports (followed through their imports) and this file."""
    return [*(path for path in source_closure(source) if path != source), HERE]


@dataclass(frozen=True)
class Notebook:
    source: Path
    name: str  # its path from the root, for messages
    executed: Path  # its run copy in the cache, named by its cache key


def notebook(source, root, options):
    """The notebook at ``source``, with its cache key worked out once. The key hashes what
    the executed notebook depends on: its bytes, the hashed sources, the run options and the
    libraries that run it."""
    versions = [version(library) for library in LIBRARIES]
    run = {name: options[name] for name in RUN_OPTIONS if name != "include"}
    # The notebook may live outside the repository (a test's), so its bytes are a part.
    key = digest(hashed_sources(source), source.name, source.read_bytes(), run, versions)
    executed = build_cache.CACHE / "notebooks" / f"{source.stem}-{key}.ipynb"
    return Notebook(source, source.relative_to(root).as_posix(), executed)


def execute(notebook, options):
    """Run the notebook (if ``execute`` is on), check and label its plots, and cache it."""
    import jupytext
    import nbformat

    name = notebook.name
    nb = jupytext.read(notebook.source)
    if options["execute"]:
        run(nb, name, options)
        check_outputs(nb, name)
        plots = plot_outputs(code_cells(nb))
        if plots:
            dark = jupytext.read(notebook.source)
            dark.cells.insert(0, nbformat.v4.new_code_cell(DARK_PREAMBLE))
            run(dark, name, options)
            dark_plots = plot_outputs(code_cells(dark))
            if len(dark_plots) != len(plots):
                raise ContentError(
                    f"{name}: expected {len(plots)} plots in the dark run, "
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
    from PIL import Image

    image = Image.open(io.BytesIO(base64.b64decode(encoded))).convert("RGBA")
    buffer = io.BytesIO()
    image.quantize(256, method=Image.Quantize.FASTOCTREE).save(buffer, "PNG", optimize=True)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def code_cells(nb):
    return [cell for cell in nb.cells if cell.cell_type == "code"]


def plot_outputs(cells):
    return [o for cell in cells for o in cell.outputs if "image/png" in o.get("data", {})]


def run(nb, name, options):
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
        # A loop of its own, closed at the end: client.execute() would leave one open in
        # each worker thread, for the garbage collector.
        asyncio.run(client.async_execute())
    except (CellControlSignal, DeadKernelError) as error:
        raise ContentError(cell_failure(name, error)) from None


def cell_failure(name, error):
    """The build's message for a notebook whose cell failed: one line that names the
    notebook and the error (``<ename>: <evalue>``, as Jupyter shows it), then the cell and
    the traceback, without the terminal's colour codes."""
    ename = getattr(error, "ename", None) or type(error).__name__
    evalue = getattr(error, "evalue", None)
    details = ANSI.sub("", str(error)).strip()
    if evalue is None:  # a timeout or a dead kernel: its message is the value
        evalue, _, details = details.partition("\n")
    evalue = " ".join(line.strip() for line in str(evalue).splitlines() if line.strip())
    first = f"{name}: not published, because a cell failed: {ename}: {evalue}"
    return f"{first}\n{details}".rstrip()


def check_outputs(nb, name):
    """Refuse warnings, run-dependent text and plots without alt text; label each plot."""
    for number, cell in enumerate(code_cells(nb), start=1):
        where = f"{name}, code cell {number}"
        errors = [o for o in cell.outputs if o.output_type == "stream" and o.name == "stderr"]
        if errors:
            text = "".join(o.text for o in errors)
            raise ContentError(f"{where} wrote to stderr (a warning?); fix the cause:\n{text}")
        for output in cell.outputs:
            text = output.get("text", "") + output.get("data", {}).get("text/plain", "")
            if ADDRESS.search(text):
                raise ContentError(
                    f"{where} prints a memory address, which changes on every run "
                    f"(end the cell with plt.show() or a ;): {text.strip()[:80]!r}"
                )
        plots = plot_outputs([cell])
        alt = alt_text(cell.source)
        if len(plots) > 1:
            raise ContentError(f"{where} shows {len(plots)} plots; put one plot in each cell")
        if plots and len(alt) < MIN_ALT:
            raise ContentError(
                f"{where} shows a plot without alt text: open the cell with a comment "
                f"'# alt: <what the plot shows>' of at least {MIN_ALT} characters, got {alt!r}"
            )
        if alt and not plots:
            raise ContentError(f"{where} has '# alt:' text but shows no plot")
        if plots:
            plots[0].metadata.setdefault("image/png", {})["alt"] = alt


def execute_missing(notebooks, options):
    """Run every notebook whose executed copy is not cached; return how many."""
    pending = [notebook for notebook in notebooks if not notebook.executed.exists()]
    if pending:
        with ThreadPoolExecutor(max_workers=min(4, len(pending))) as pool:
            jobs = [pool.submit(execute, notebook, options) for notebook in pending]
        failures = [job.exception() for job in jobs if job.exception() is not None]
        for failure in failures:
            if not isinstance(failure, ContentError):
                raise failure  # this step's own bug: its traceback, as it is
        if failures:  # every failing notebook, each opening with its one-line message
            raise ContentError("\n\n".join(map(str, failures)))
    return len(pending)


# --- writing the page -----------------------------------------------------------------------


def math_delimiters(text, where):
    """A Markdown cell's ``$…$`` and ``$$…$$`` as the site's pages write formulas."""

    def replace(match):
        if match["code"] is not None:
            return match[0]
        if match["display"] is not None:
            return f"\\[{match['display']}\\]"
        return f"\\({match['inline']}\\)"

    converted = CODE_OR_MATH.sub(replace, text)
    for line in CODE_OR_MATH.sub("", converted).splitlines():
        if "$" in line:
            raise ContentError(f"{where}: a $ that opens no formula, in {line.strip()!r}")
    return converted


def fence(language, text, title=None):
    ticks = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    attributes = f' title="{title}"' if title else ""
    return f"{ticks}{language}{attributes}\n{text.rstrip()}\n{ticks}"


def download_box(stem):
    """The one download: the notebook as a script that runs alone."""
    return (
        '!!! info "Run it yourself"\n\n'
        "    This page is a Jupyter notebook, run when the site was built. Download it as one\n"
        f"    Python file, [`{stem}.py`](/generated/scripts/notebooks/{stem}.py)"
        f'{{ .script-link download="{stem}.py" }}, which runs with numpy and matplotlib\n'
        "    alone: the site's `snippets` modules that it imports are embedded at its top. Run\n"
        "    it with `python`, or open it as a notebook with `jupytext --to ipynb`. The code\n"
        "    cells below are excerpts of it, in order."
    )


def images(stem, number, output):
    """The Markdown images of a plot, and their files: light, and dark where drawn."""
    metadata = output["metadata"]["image/png"]
    variants = {"light": output["data"]["image/png"], "dark": metadata.get("dark")}
    files, lines = {}, []
    for scheme, encoded in variants.items():
        if encoded is None:
            continue
        name = f"{stem}-{number}{'-dark' if scheme == 'dark' else ''}.png"
        files[f"notebooks/{name}"] = data = base64.b64decode(encoded)
        fragment = f"#only-{scheme}" if variants["dark"] else ""
        uri = f"/generated/notebooks/{name}{fragment}"
        lines.append(image(metadata["alt"], uri, png_size(data), ".figure .notebook-plot"))
    return "\n".join(lines), files


def joined_streams(outputs):
    """``outputs`` with consecutive pieces of one stream joined into one: a kernel may send
    one print in two pieces, depending on when it flushed, and the page must not change."""
    joined = []
    for output in outputs:
        last = joined[-1] if joined else {}
        if output["output_type"] == last.get("output_type") == "stream" and (
            output["name"] == last["name"]
        ):
            joined[-1] = {**last, "text": last["text"] + output["text"]}
        else:
            joined.append(output)
    return joined


def outputs_markdown(stem, number, cell, where):
    """What a code cell shows under its code, and the files of its plot."""
    blocks, files = [], {}
    for output in joined_streams(cell.outputs):
        data = output.get("data", {})
        if "image/png" in data:
            block, plot = images(stem, number, output)
            files |= plot
        elif output["output_type"] == "stream" or set(data) == {"text/plain"}:
            block = fence("text", output.get("text", data.get("text/plain")), "Output")
        else:
            raise ContentError(f"{where}: an output this step cannot show: {sorted(data)}")
        blocks.append(block)
    return blocks, files


def page(notebook):
    """The notebook's page as Markdown, with its front matter, and its plot files."""
    import nbformat

    nb = nbformat.read(notebook.executed, as_version=4)
    name, stem, blocks = notebook.name, notebook.source.stem, []
    if "description" in nb.metadata:
        front = yaml.safe_dump({"description": nb.metadata.description}, allow_unicode=True)
        blocks.append(f"---\n{front}---")
    files, number = {}, 0
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            blocks.append(math_delimiters(cell.source, f"{name}, a Markdown cell"))
            continue
        number += 1
        if number == 1:
            blocks.append(download_box(stem))
        blocks.append(fence("python", cell.source))
        shown, plots = outputs_markdown(stem, number, cell, f"{name}, code cell {number}")
        blocks.extend(shown)
        files |= plots
    files[f"notebooks/{stem}.md"] = ("\n\n".join(blocks) + "\n").encode()
    return files


def generate(out, root=ROOT, options=None):
    """Every notebook's page and plots, {path under docs/generated: bytes}: the notebooks
    under ``root`` that ``options`` (by default, mkdocs.yml's) include."""
    options = options or jupyter_options(root / "mkdocs.yml")
    notebooks = [notebook(source, root, options) for source in sources(options, root)]
    ran = execute_missing(notebooks, options)
    log.info("notebooks: executed %d of %d", ran, len(notebooks))
    return {path: data for each in notebooks for path, data in page(each).items()}
