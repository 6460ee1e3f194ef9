"""MkDocs hook: make at build time the changes Material's JavaScript makes as it starts.

When Material's bundle starts on a page it wraps every plain ``<table>`` in two scroll
boxes, and it sets and then removes ``data-md-color-switching`` on ``<body>``, an
attribute that a ``[data-md-color-switching] *`` rule makes every element depend on.
Each change comes after the browser has styled the page, so each one restyles and lays
out the whole page again: on a page with hundreds of formulas that is hundreds of
milliseconds of blocked main thread (Lighthouse's "total blocking time").

So the build writes the tables already wrapped, marked ``md-data-table`` so the bundle
leaves them alone, and lets Material's table rules match that class too; and it drops
the transition-suppressing rule (``overrides/main.html`` suppresses transitions only while
the reader switches the scheme). ``overrides/main.html`` does the other two
start-up changes (the ``js`` class, absolute URLs in ``<head>``) before the body exists.
"""

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

TABLE_CLASS = "md-data-table"
WRAP_OPEN = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
WRAP_CLOSE = "</div></div>"

# Material's stylesheets, by the start of their hashed file names: (old, new) text.
CSS_PATCHES = {
    "main.": ("table:not([class])", f"table:is(:not([class]),.{TABLE_CLASS})"),
    "palette.": (
        "[data-md-color-switching] *,[data-md-color-switching] :after,"
        "[data-md-color-switching] :before{transition-duration:0s!important}",
        "",
    ),
}


def wrap_tables(html):
    """Wrap each attribute-less <table> (a Markdown table) the way Material's bundle does."""
    out, depth, wrapped, position = [], 0, [], 0
    for match in re.finditer(r"<table\b[^>]*>|</table>", html):
        out.append(html[position : match.start()])
        position = match.end()
        tag = match.group()
        if tag == "</table>":
            depth -= 1
            out.append(tag + (WRAP_CLOSE if wrapped.pop() else ""))
        else:
            bare = tag == "<table>"
            wrapped.append(bare)
            depth += 1
            out.append(f'{WRAP_OPEN}<table class="{TABLE_CLASS}">' if bare else tag)
    if depth:
        raise ValueError(f"expected balanced <table> tags, got {depth} unclosed")
    out.append(html[position:])
    return "".join(out)


def on_post_page(output, page, config):
    try:
        return wrap_tables(output)
    except ValueError as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from None


PATCHED = "\n/* patched by hooks/material_onload.py */\n"


def patch_stylesheet(text, old, new, name):
    if text.endswith(PATCHED):  # a rebuild that kept the already-patched copy
        return text
    if old not in text:
        raise PluginError(f"expected {old!r} in Material's {name}; has Material changed?")
    return text.replace(old, new) + PATCHED


def on_post_build(config):
    folder = Path(config.site_dir) / "assets" / "stylesheets"
    for prefix, (old, new) in CSS_PATCHES.items():
        sheets = sorted(folder.glob(f"{prefix}*.min.css"))
        if len(sheets) != 1:
            raise PluginError(f"expected one {prefix}*.min.css in {folder}, got {len(sheets)}")
        sheet = sheets[0]
        sheet.write_text(patch_stylesheet(sheet.read_text("utf-8"), old, new, sheet.name), "utf-8")
