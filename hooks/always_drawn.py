"""MkDocs hook: mark the last blocks of each page's article to be drawn from the start.

site.css lets the browser skip drawing an article's blocks until the reader scrolls near
them (``content-visibility: auto``), except the blocks marked here. Until it is drawn, a
skipped block is 12em tall and its text may lie below that; Lighthouse's accessibility
audit (axe) reads the colour behind such text, and near the end of a page it must find
the page there, not the dark footer. Six blocks leave every page at least 600 px clear
at phone width (three do not: the long table near the end of the notation page reaches
the footer); tests/web/test_browser.py checks that no skipped text reaches the footer.

Why a mark made by the build, and not ``:nth-last-child(-n + 6)`` in site.css: Chromium
tests a rule's last part first, so it asked every element of every page whether it was
among its parent's last six children, and from then on restyled a parent's whole subtree
whenever a child was added to it. Material adds two buttons to each set of tabs as it
starts; with that rule, that restyled every set's formulas (1732 elements on a long page,
against fewer than 50 now), and so did each chunk of the page the browser parsed.
"""

import re

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

ALWAYS_DRAWN = 6
MARK = " data-always-drawn"

ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">')
# A comment, a script or style with its text, or a start or end tag (quoted ">" allowed).
TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<(script|style)\b([^>]*)>.*?</\1\s*>"
    r"|<(/?)([a-zA-Z][^\s/>]*)([^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*)>",
    re.S,
)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


def top_level_tags(html):
    """For each element directly inside ``html``, a fragment: where its start tag's attributes
    end (before the ``>``, or the ``/>`` of a self-closed tag)."""
    attributes_ends, depth = [], 0
    for match in TOKEN.finditer(html):
        if match.group(1):  # a script or style: one element, its text not parsed
            if depth == 0:
                attributes_ends.append(match.end(2))
        elif not match.group(4):  # a comment
            continue
        elif match.group(3):
            depth -= 1
            if depth < 0:
                raise ValueError(f"expected balanced tags, got a stray </{match.group(4)}>")
        else:
            closed = match.group(5).endswith("/")
            if depth == 0:
                attributes_ends.append(match.end(5) - closed)
            if not closed and match.group(4).lower() not in VOID:
                depth += 1
    if depth:
        raise ValueError(f"expected balanced tags, got {depth} unclosed")
    return attributes_ends


def mark_last_blocks(html):
    """Add MARK to the last ALWAYS_DRAWN elements directly inside the page's article."""
    article = ARTICLE.search(html)
    if article is None:
        return html
    begin, end = article.end(), html.find("</article>", article.end())
    if end < 0:
        raise ValueError("expected </article> after the article's start tag, got none")
    out, position = [], begin
    for attributes_end in top_level_tags(html[begin:end])[-ALWAYS_DRAWN:]:
        out += [html[position : begin + attributes_end], MARK]
        position = begin + attributes_end
    return html[:begin] + "".join(out) + html[position:]


@event_priority(-110)  # after hooks/katex.py, which finds math by its exact tags
def on_post_page(output, page, config):
    try:
        return mark_last_blocks(output)
    except ValueError as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from None


def on_post_template(output_content, template_name, config):
    """The 404 page: a template, not a page."""
    try:
        return mark_last_blocks(output_content)
    except ValueError as error:
        raise PluginError(f"{template_name}: {error}") from None
