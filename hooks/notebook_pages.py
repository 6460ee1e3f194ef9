"""MkDocs hook: a notebook's page is the Markdown that the content layer wrote for it.

mkdocs-jupyter chooses the notebook pages (its ``include``) and gives each its URL. The
content layer (hooks/notebooks.py) has already run each notebook with mkdocs-jupyter's
``execute``, ``allow_errors`` and ``kernel_name``, and written it as Markdown,
``docs/generated/notebooks/<stem>.md``. Here that Markdown becomes the page's source, and
MkDocs renders it as it renders every page: ``markdown_extensions`` (formulas as MathML,
Material's code blocks, the glossary's tooltips) and MkDocs's own checks of links and anchors.

mkdocs-jupyter's HTML is not used: it would bring JupyterLab's stylesheet (575 KB, inline),
MathJax from another host, and plots without alt text or a dark variant.
"""

import types
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data


def is_notebook(page):
    return page.file.src_uri.endswith(".py")  # only mkdocs-jupyter makes pages of .py files


@event_priority(-50)  # after mkdocs-jupyter's on_pre_page, which sets its own render
def on_pre_page(page, config, files):
    if is_notebook(page):
        page.render = types.MethodType(Page.render, page)
    return page


def on_page_markdown(markdown, page, config, files):
    if not is_notebook(page):
        return markdown
    stem = Path(page.file.src_uri).stem
    written = Path(config.docs_dir) / "generated" / "notebooks" / f"{stem}.md"
    if not written.is_file():
        raise PluginError(
            f"docs/{page.file.src_uri}: expected its page at {written}, which the content "
            "layer writes: run `python -m hooks.content`"
        )
    markdown, meta = get_data(written.read_text(encoding="utf-8"))
    page.meta.update(meta)
    return markdown
