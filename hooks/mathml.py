"""Formulas as MathML, typeset at build time with the pinned Temml, in a cut-down math font.

pymdownx.arithmatex (generic mode) marks math as ``<span class="arithmatex">\\(…\\)</span>``
and ``<div class="arithmatex">\\[…\\]</div>``, whichever delimiters the source used. The
Python-Markdown extension below (mkdocs.yml: ``hooks.mathml``, after arithmatex) typesets
each as Temml's MathML Core (see ``typeset``), rendered by Node from ``node_modules/temml``
(installed by `npm ci`). Browsers draw MathML themselves and screen readers read it, so no
math JavaScript runs in the reader's browser, and a formula is one ``<math>`` element with
a few children, not the hundreds of spans of an HTML rendering. A TeX error fails the build.

The content step (``generate``, the layer's last) typesets every formula of the pages and of
the Markdown the other steps wrote (printed tables, notebooks) ahead of the build, into a
cache keyed by the TeX, and writes the fonts cut down to the characters those formulas draw:
Noto Sans Math (an OpenType font with the MATH table that MathML needs for fractions, roots
and stretchy brackets), with the glyphs its MATH table reaches from them (bigger brackets
and sums), and Temml.woff2, in which Temml's stylesheet draws primes.
"""

import hashlib
import html
import io
import json
import re
import subprocess
import threading

from fontTools import subset
from fontTools import version as fonttools_version
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor

from hooks.build_cache import CACHE, ROOT, ContentError, write_atomic

TEMML = ROOT / "node_modules" / "temml"
FONT = ROOT / "node_modules/@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff2"
RENDERER = ROOT / "hooks" / "mathml_render.js"
TEMML_CSS = TEMML / "dist" / "Temml-Local.css"  # Temml's own stylesheet, as shipped
TEMML_FONT = TEMML / "dist" / "Temml.woff2"  # Temml-Local.css finds it beside itself
FONT_NAME = "noto-sans-math.woff2"
MATH = re.compile(r'<(?P<tag>span|div) class="arithmatex">(?P<tex>.*?)</(?P=tag)>', re.S)
DELIMITERS = {"\\(": ("\\)", False), "\\[": ("\\]", True)}  # as arithmatex writes them
IN_MARKDOWN = re.compile(r"\\\((?P<inline>.+?)\\\)|\\\[(?P<display>.+?)\\\]", re.S)
TOKEN_TEXT = re.compile(r"<(m[ino]|mtext)\b[^>]*>([^<]*)</\1>")
TEMML_TEXT = re.compile(r'<(m[ino])\b[^>]*class="[^"]*\b(?:tml-prime|mathscr)\b[^>]*>([^<]*)</\1>')
# MathML Core draws a one-letter <mi> in its Mathematical Italic form (text-transform:
# math-auto): those code points must be in the font too.
ITALIC = "".join(map(chr, [*range(0x1D434, 0x1D468), 0x210E, *range(0x1D6E2, 0x1D71C)]))

cache = {}  # key -> MathML, loaded from and saved to .cache/temml-<version>.json
# MathML -> the TeX it was first typeset from, for the search index (search_text.py). TeX that
# differs only in spacing (∂z/∂w, ∂z / ∂w) gives the same MathML, and is read the same.
tex_of = {}
state = {"node": None, "loaded": False}
lock = threading.Lock()  # one Node process; a generator may convert pages in threads


def cache_path():
    version = json.loads((TEMML / "package.json").read_text())["version"]
    return CACHE / f"temml-{version}.json"


def key(tex, display):
    """TeX reads a run of spaces and newlines as one space: so does the cache's key."""
    return hashlib.sha256(f"{display}\0{' '.join(tex.split())}".encode()).hexdigest()


def load_cache():
    if not state["loaded"]:
        for needed in (TEMML, FONT):
            if not needed.exists():
                raise ContentError(f"expected {needed}; run `npm ci` (or `make setup`) first")
        if cache_path().exists():
            cache.update(json.loads(cache_path().read_text(encoding="utf-8")))
        state["loaded"] = True


def save_cache():
    write_atomic(cache_path(), json.dumps(cache, sort_keys=True).encode())


def render(tex, display):
    """Temml's MathML for ``tex``; raises ValueError with Temml's message for bad TeX."""
    load_cache()
    name = key(tex, display)
    with lock:
        if name not in cache:
            cache[name] = temml(tex, display)
        tex_of.setdefault(cache[name], tex)
    return cache[name]


def temml(tex, display):
    if state["node"] is None:
        state["node"] = subprocess.Popen(
            ["node", str(RENDERER)], cwd=ROOT, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )
    node = state["node"]
    node.stdin.write(json.dumps({"tex": tex, "display": display}) + "\n")
    node.stdin.flush()
    reply = json.loads(node.stdout.readline())
    if "error" in reply:
        raise ValueError(f"Temml cannot typeset {tex!r}: {reply['error']}")
    return reply["mathml"]


def stop_node():
    if state["node"] is not None:
        state["node"].stdin.close()
        state["node"].wait()
        state["node"] = None


def split_delimiters(source):
    text = html.unescape(source).strip()
    for opening, (closing, display) in DELIMITERS.items():
        if text.startswith(opening) and text.endswith(closing) and len(text) > 2 * len(opening):
            return text[len(opening) : -len(closing)], display
    raise ValueError(f"math without delimiters: {text!r}")


def typeset(page_html, where):
    """``page_html`` with every arithmatex element's TeX typeset as MathML.

    A displayed formula keeps its ``<div class="arithmatex">``, the box that scrolls sideways
    on a phone (math.css); an inline one becomes its bare ``<math>``, which flows with the
    line like a word, as the span did.
    """
    before = len(cache)

    def replace(match):
        try:
            mathml = render(*split_delimiters(match["tex"]))
        except ValueError as error:
            raise ValueError(f"{where}: {error}") from None
        if match["tag"] == "span":  # inline: the <math> element alone, one element less
            return mathml
        return f'<div class="arithmatex">{mathml}</div>'

    typeset_html = MATH.sub(replace, page_html)
    if len(cache) > before:  # a formula generate() did not find in the sources
        save_cache()
    return typeset_html


# --- the content step: every formula ahead of the build, and the fonts ----------------------


def formulas():
    """(TeX, display) of every formula in the pages and in the Markdown that the content
    layer wrote (docs/**/*.md)."""
    found = set()
    for page in sorted((ROOT / "docs").rglob("*.md")):
        for match in IN_MARKDOWN.finditer(page.read_text(encoding="utf-8")):
            found.add((match["inline"] or match["display"], match["display"] is not None))
    return sorted(found)


def font_subset(source, text):
    """The woff2 font ``source`` with only the glyphs for ``text`` (and what its MATH table
    reaches from them), cached by content."""
    digest = hashlib.sha256(source.read_bytes() + text.encode() + fonttools_version.encode())
    cached = CACHE / "math-fonts" / f"{source.stem}-{digest.hexdigest()[:16]}.woff2"
    if not cached.exists():
        options = subset.Options(flavor="woff2", layout_features=["*"])
        font = subset.load_font(str(source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        buffer = io.BytesIO()
        subset.save_font(font, buffer, options)
        write_atomic(cached, buffer.getvalue())
    return cached.read_bytes()


def generate(out):
    load_cache()
    before = len(cache)
    characters, temml_characters = set(), set()
    try:
        for tex, display in formulas():
            try:
                mathml = render(tex, display)
            except ValueError:
                continue  # not a formula (TeX quoted in code): the page build judges it
            characters.update(html.unescape(text) for _, text in TOKEN_TEXT.findall(mathml))
            temml_characters.update(text for _, text in TEMML_TEXT.findall(mathml))
    finally:
        stop_node()
    if len(cache) > before:
        save_cache()
    text = "".join(sorted(set("".join(characters))))
    temml_text = "".join(sorted(set("".join(temml_characters)))) or "′"
    return {
        f"math/{FONT_NAME}": font_subset(FONT, text + ITALIC),
        f"math/{TEMML_FONT.name}": font_subset(TEMML_FONT, temml_text),
        f"math/{TEMML_CSS.name}": TEMML_CSS.read_bytes(),
    }


# --- the Python-Markdown extension ----------------------------------------------------------


class MathMLPostprocessor(Postprocessor):
    def run(self, text):
        return typeset(text, "a page")


class MathMLExtension(Extension):
    def extendMarkdown(self, md):
        # Priority 0: after every other postprocessor has put the page's HTML together.
        md.postprocessors.register(MathMLPostprocessor(md), "mathml", 0)


def makeExtension(**kwargs):
    return MathMLExtension(**kwargs)
