"""MkDocs hook: mark the blocks of each page's article below its first screen.

site.css lets the browser skip drawing the marked blocks until the reader scrolls near them
(``content-visibility: auto``). Chromium decides which skipped blocks are on screen only
after it has laid the page out once, with each of them 12em tall; it then draws them at
their real height, and everything below them moves. On 12 of the 17 pages a heading of the
first screen jumped that way as the page appeared (Lighthouse's cumulative layout shift up
to 0.031, on one-neuron). The first blocks are on the first screen, so they are drawn anyway:
left unmarked, they are laid out at their real height from the first frame.

Why a mark made by the build, and not ``:nth-child(n + 13)`` in site.css: Chromium tests a
rule's last part first, so it would ask every element of every page where it stands among
its parent's children, and from then on restyle the children that follow whenever one is
added before them. And why the blocks below, not the first ones: a rule about what is inside
a marked block (site.css turns transitions off there) is then passed over at once, by the
browser's filter of ancestors' attributes, for every element of the first screen.
"""

import re

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

FIRST_SCREEN = 12  # a 1280 x 900 window shows up to 11 blocks (exercises), a phone up to 10
MARK = " data-below-first-screen"

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
    """For each element directly inside ``html``, but scripts and styles (not blocks: never
    drawn), where its start tag's attributes end (before the ``>``, or the ``/>`` of a
    self-closed tag)."""
    attributes_ends, depth = [], 0
    for match in TOKEN.finditer(html):
        if match.group(1):  # a script or style: one element, its text not parsed
            continue
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


def mark_blocks_below(html):
    """Add MARK to the blocks directly inside the page's article after its first FIRST_SCREEN."""
    article = ARTICLE.search(html)
    if article is None:
        return html
    begin, end = article.end(), html.find("</article>", article.end())
    if end < 0:
        raise ValueError("expected </article> after the article's start tag, got none")
    out, position = [], begin
    for attributes_end in top_level_tags(html[begin:end])[FIRST_SCREEN:]:
        out += [html[position : begin + attributes_end], MARK]
        position = begin + attributes_end
    return html[:begin] + "".join(out) + html[position:]


def marked(html, where):
    """mark_blocks_below, with a malformed page failing the build by name."""
    try:
        return mark_blocks_below(html)
    except ValueError as error:
        raise PluginError(f"{where}: {error}") from None


@event_priority(-110)  # after hooks/katex.py, which finds math by its exact tags
def on_post_page(output, page, config):
    return marked(output, page.file.src_uri)


def on_post_template(output_content, template_name, config):
    """The 404 page: a template, not a page."""
    return marked(output_content, template_name)
