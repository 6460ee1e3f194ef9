"""MkDocs hook: make at build time what Material's JavaScript does as it starts; lighten the rest.

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

With ``content.lazy``, the bundle mounts a code block (its copy button, and a tab stop if
it scrolls sideways) only when the block comes into view: measuring every block at start-up
forced the whole page to be laid out. A keyboard reader tabbing down the page would skip
the blocks not yet seen, so the build makes every code block a tab stop, and Material
drops the stop from a block that turns out not to scroll as it mounts it.

The bundle also adds a ``<meta name="color-scheme">`` and then sets it. Chromium restyles
the whole page each time such a meta is inserted or set, even to the value it had. So
``overrides/main.html`` writes that meta, with the right value, before the body exists,
and keeps it in step when the reader switches; the patched bundle leaves it alone.

The bundle fetches the search index (55 KB compressed, over a quarter of a first visit) as
every page starts, for search and to highlight the words searched for on a page opened from a
result. The patched bundle fetches it once the reader opens search or opens such a page.

For instant navigation, the bundle makes every relative URL absolute as it starts, and a
stylesheet given a new URL is loaded and parsed again (Material's own is 138 KB). The page's
stylesheets keep their URLs, and when the next page's ``<head>`` is compared with this one's,
the patched bundle knows a stylesheet by the absolute URL it was loaded from. The body's URLs
are made absolute only when the reader follows a link (``overrides/main.html`` already did
the head's): setting the href of every link (49 on notation) took about 6 ms of the bundle's
35 ms first run, and more in Lighthouse's trace, which records a JavaScript stack at each
change. And instant navigation is set up in a task of its own: with those links, it was 22 ms
of the 35, as it ran much of RxJS for the first time.

``overrides/main.html`` loads the bundle once the page's first paint is on screen, which
can be after DOMContentLoaded, the event Material starts on; the patched bundle then starts
in the next task.

A comment at the top of the bundle (one of Chromium's explicit compile hints) has V8 compile
all of it as it streams in, off the main thread, rather than each function the first time it
runs, on the main thread.

Last, the bundle mounts all its components (header, sidebars, tabs, search, ...) in the one
task that handles DOMContentLoaded. The patched bundle mounts each in a task of its own, so
the browser can paint and answer input between them.
"""

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

TABLE_CLASS = "md-data-table"
WRAP_OPEN = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
WRAP_CLOSE = "</div></div>"

# Material's two merges of its components' observables (control$, and content$ in a defer),
# each as its start, the end of the merge and the text that follows. Each argument of a merge
# is `...me("kind").map(e=>mount(e))`.
COMPONENT_MERGES = [("Hs=L(", ")", ",$s=H(()=>"), ("$s=H(()=>L(", "))", ",Ki=ct.pipe(")]
# merge(...) of functions that mount components, each called and subscribed to in a later
# task of its own: RxJS's defer (H), subscribeOn (et) and async scheduler (pe).
EACH_IN_ITS_OWN_TASK = "((...a)=>L(...a.map(o=>H(o).pipe(et(pe)))))("


MOUNTS = re.compile(r'\.\.\.me\("[a-z-]+"\)\.map\(e=>')


def top_level_arguments(code):
    """Split minified JavaScript arguments at the commas outside brackets and strings."""
    arguments, depth, start, quote = [], 0, 0, None
    for position, char in enumerate(code):
        if quote:
            quote = None if char == quote else quote
        elif char in "\"'`":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            arguments.append(code[start:position])
            start = position + 1
    if depth or quote:
        raise ValueError(f"unbalanced brackets or quotes in {code[:60]!r}...")
    return [*arguments, code[start:]]


def start_each_component_in_its_own_task(text):
    """Material mounts all its components in one task; make that one task per component."""
    for start, closing, after in COMPONENT_MERGES:
        first = text.find(start)
        last = text.find(closing + after, first)
        if text.count(start) != 1 or last < 0:
            raise PluginError(f"expected one {start!r}...{closing + after!r} in Material's bundle")
        try:
            arguments = top_level_arguments(text[first + len(start) : last])
        except ValueError as error:
            raise PluginError(f"expected {start!r}...{closing + after!r}: {error}") from None
        if not all(MOUNTS.match(argument) for argument in arguments):
            raise PluginError(f'expected only ...me("kind").map(e=>mount(e)) in {start!r}')
        # e=>mount(e) becomes e=>()=>mount(e): a function that mounts it later.
        later = ",".join(MOUNTS.sub(r"\g<0>()=>", argument, count=1) for argument in arguments)
        text = text[:first] + start.removesuffix("L(") + EACH_IN_ITS_OWN_TASK + later + text[last:]
    return text


# Material's assets, by a glob of their hashed file names: the (old, new) texts to replace,
# or a function that changes the text.
PATCHES = {
    "stylesheets/main.*.min.css": [
        ("table:not([class])", f"table:is(:not([class]),.{TABLE_CLASS})"),
    ],
    "stylesheets/palette.*.min.css": [
        (
            "[data-md-color-switching] *,[data-md-color-switching] :after,"
            "[data-md-color-switching] :before{transition-duration:0s!important}",
            "",
        ),
    ],
    "javascripts/bundle.*.min.js": [
        # V8 compiles every function of the bundle as it streams it in, off the main thread,
        # instead of each function on the main thread the first time it runs (Chromium's
        # explicit compile hints): the bundle's first run fell from 16-21 ms to 10-13 ms.
        ('"use strict";(()=>{', '//# allFunctionsCalledOnLoad\n"use strict";(()=>{'),
        # The bundle is loaded once the first paint is on screen (overrides/main.html), which
        # can be after DOMContentLoaded, the event it starts on: then it starts in the next task.
        (
            'return h(document,"DOMContentLoaded",{once:!0}).subscribe(()=>e.next(document)),e',
            'return document.readyState==="loading"?h(document,"DOMContentLoaded",{once:!0})'
            ".subscribe(()=>e.next(document)):setTimeout(()=>e.next(document)),e",
        ),
        # The palette's meta becomes a plain object: setting its "content" changes nothing.
        (
            'let o=x("meta",{name:"color-scheme"});document.head.appendChild(o);',
            "let o={};",
        ),
        # The search index (about 55 KB compressed, then indexed in the worker) is fetched
        # once the reader opens search, as Material already does on a file:// site, and not
        # on every page load ...
        (
            'L($(location.protocol!=="file:"),Je("search")).pipe(Re(o=>o),b(()=>t))',
            'Je("search").pipe(Re(o=>o),b(()=>t))',
        ),
        # ... or once a page is opened from a search result (its address has "?h=", the
        # words to highlight): the highlighter needs the index only then.
        (
            'z([t,r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")))])',
            'r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")),b(n=>t.pipe(m(o=>[o,n]))))',
        ),
        # Each component is mounted in a task of its own, so the main thread can paint
        # and answer input between them, instead of mounting all of them in one long task.
        start_each_component_in_its_own_task,
        # Instant navigation needs absolute URLs, but a stylesheet given one is loaded and
        # parsed again: the page's own stylesheets keep theirs (as overrides/main.html
        # does). SVG is left alone too: an SVG element's href is read-only, and the
        # explorer's SVG is in the page by the time the reader follows a link ...
        (
            'function vi(e){for(let t of M("[href], [src]",e))',
            'function vi(e){for(let t of M(e===document?":is([href], [src])'
            ':not(link[rel=stylesheet], svg *)":"[href], [src]",e))',
        ),
        # ... and when the next page's <head> is compared with this one's, element by
        # element, a stylesheet is known by the absolute URL it was loaded from.
        (
            'function bi(e){let t=new Map;for(let r of M(":scope > *",e.head))'
            "t.set(r.outerHTML,r);return t}",
            'function bi(e){let t=new Map;for(let r of M(":scope > *",e.head))'
            't.set(r.sheet&&r.sheet.href&&r.sheet.href!==r.getAttribute("href")?'
            '(c=>(c.setAttribute("href",r.sheet.href),c.outerHTML))(r.cloneNode()):'
            "r.outerHTML,r);return t}",
        ),
        # This page's URLs are made absolute when the reader follows a link, before the
        # address changes (the header stays, and must still lead where it did), not at start.
        ('$(document).subscribe(vi);let n=', "let n="),
        (
            'n.pipe(te(r)).subscribe(([a,{offset:c}])=>{history.replaceState(c,""),',
            'n.pipe(te(r)).subscribe(([a,{offset:c}])=>{vi(document),history.replaceState(c,""),',
        ),
        # Instant navigation is set up in a task of its own.
        (
            'V("navigation.instant")&&gi({sitemap$:qi,location$:Kt,viewport$:ke,progress$:uo})'
            ".subscribe(ct);",
            'V("navigation.instant")&&setTimeout(()=>gi({sitemap$:qi,location$:Kt,viewport$:ke,'
            "progress$:uo}).subscribe(ct));",
        ),
    ],
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


CODE_BLOCK = re.compile(r"(<pre\b[^>]*>(?:<span></span>)?<code)>")


def focusable_code_blocks(html):
    """Give each code block's <code> the tab stop Material gives a block that scrolls."""
    return CODE_BLOCK.sub(r'\1 tabindex="0">', html)


def on_post_page(output, page, config):
    try:
        return focusable_code_blocks(wrap_tables(output))
    except ValueError as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from None


PATCHED = "\n/* patched by hooks/material_onload.py */\n"


def patch_asset(text, replacements, name):
    if text.endswith(PATCHED):  # a rebuild that kept the already-patched copy
        return text
    for replacement in replacements:
        if callable(replacement):
            text = replacement(text)
            continue
        old, new = replacement
        if old not in text:
            raise PluginError(f"expected {old!r} in Material's {name}; has Material changed?")
        text = text.replace(old, new)
    return text + PATCHED


def on_post_build(config):
    folder = Path(config.site_dir) / "assets"
    for pattern, replacements in PATCHES.items():
        assets = sorted(folder.glob(pattern))
        if len(assets) != 1:
            raise PluginError(f"expected one {pattern} in {folder}, got {len(assets)}")
        asset = assets[0]
        text = patch_asset(asset.read_text("utf-8"), replacements, asset.name)
        asset.write_text(text, "utf-8")
