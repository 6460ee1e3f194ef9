"""MkDocs hook: typeset every formula at build time as MathML, with the pinned Temml.

pymdownx.arithmatex (generic mode) marks math as ``<span class="arithmatex">\\(…\\)</span>``
and ``<div class="arithmatex">\\[…\\]</div>``; the notebook hook uses the same markup. This
hook replaces the TeX inside each with Temml's MathML Core, rendered by Node from
``node_modules/temml`` (installed by `npm ci`). Browsers draw MathML themselves and screen
readers read it, so no math JavaScript runs in the reader's browser, and a formula is one
``<math>`` element with a few children, not the hundreds of spans of an HTML rendering.
Rendered formulas are cached by content hash; a TeX error fails the build.

Temml's stylesheet draws primes (and script letters) in its own small font, Temml.woff2,
which is cut down the same way.

The formulas are drawn in Noto Sans Math (an OpenType font with the MATH table that MathML
needs for fractions, roots and stretchy brackets), served by the site itself and cut down
with fontTools to the characters the site's formulas use, with the glyphs the MATH table
reaches from them (bigger brackets and sums).
"""

import hashlib
import html
import io
import json
import re
import subprocess
from pathlib import Path

from build_cache import CACHE, ROOT, write_atomic
from fontTools import subset
from fontTools import version as fonttools_version
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

TEMML = ROOT / "node_modules" / "temml"
FONT = ROOT / "node_modules/@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff2"
RENDERER = ROOT / "hooks" / "mathml_render.js"
TEMML_CSS = "assets/math/Temml-Local.css"  # Temml's own stylesheet, as shipped
FONT_URI = "assets/math/noto-sans-math.woff2"
TEMML_FONT = TEMML / "dist" / "Temml.woff2"  # Temml-Local.css finds it beside itself
MATH = re.compile(r'<(?P<tag>span|div) class="arithmatex">(?P<tex>.*?)</(?P=tag)>', re.S)
DELIMITERS = {"\\(": ("\\)", False), "\\[": ("\\]", True), "$$": ("$$", True), "$": ("$", False)}
TOKEN_TEXT = re.compile(r"<(m[ino]|mtext)\b[^>]*>([^<]*)</\1>")
TEMML_TEXT = re.compile(r'<(m[ino])\b[^>]*class="[^"]*\b(?:tml-prime|mathscr)\b[^>]*>([^<]*)</\1>')
# MathML Core draws a one-letter <mi> in its Mathematical Italic form (text-transform:
# math-auto): those code points must be in the font too.
ITALIC = "".join(map(chr, [*range(0x1D434, 0x1D468), 0x210E, *range(0x1D6E2, 0x1D71C)]))

cache = {}  # key -> MathML, loaded from and saved to .cache/temml-<version>.json
state = {"node": None, "dirty": False}
characters = set()  # every character this build's formulas draw
temml_characters = set()  # the ones Temml's own font draws (primes)


def cache_path():
    version = json.loads((TEMML / "package.json").read_text())["version"]
    return CACHE / f"temml-{version}.json"


def on_pre_build(config):
    for needed in (TEMML, FONT):
        if not needed.exists():
            raise PluginError(f"expected {needed}; run `npm ci` (or `make setup`) first")
    cache.clear()
    characters.clear()
    temml_characters.clear()
    if cache_path().exists():
        cache.update(json.loads(cache_path().read_text(encoding="utf-8")))


def on_files(files, config):
    source = TEMML / "dist" / Path(TEMML_CSS).name
    files.append(File.generated(config, TEMML_CSS, abs_src_path=str(source)))
    return files  # the font is written cut down, once every page is typeset


def render(tex, display):
    key = hashlib.sha256(f"{display}\0{tex}".encode()).hexdigest()
    if key not in cache:
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
            raise PluginError(f"Temml cannot typeset {tex!r}: {reply['error']}")
        cache[key] = reply["mathml"]
        state["dirty"] = True
    return cache[key]


def split_delimiters(source):
    text = html.unescape(source).strip()
    for opening, (closing, display) in DELIMITERS.items():
        if text.startswith(opening) and text.endswith(closing) and len(text) > 2 * len(opening):
            return text[len(opening) : -len(closing)], display
    raise PluginError(f"math without delimiters: {text!r}")


def font_subset(source, text):
    """The woff2 font ``source`` with only the glyphs for ``text`` (and what its MATH table
    reaches from them), cached by content."""
    key = hashlib.sha256(source.read_bytes() + text.encode() + fonttools_version.encode())
    cached = CACHE / "math-fonts" / f"{source.stem}-{key.hexdigest()[:16]}.woff2"
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


@event_priority(-100)  # after every hook that produces arithmatex markup
def on_post_page(output, page, config):
    def typeset(match):
        tex, display = split_delimiters(match["tex"])
        try:
            mathml = render(tex, display)
        except PluginError as error:
            raise PluginError(f"{page.file.src_uri}: {error}") from None
        characters.update("".join(html.unescape(text) for _, text in TOKEN_TEXT.findall(mathml)))
        temml_characters.update("".join(text for _, text in TEMML_TEXT.findall(mathml)))
        return f'<{match["tag"]} class="arithmatex">{mathml}</{match["tag"]}>'

    return MATH.sub(typeset, output)


def on_post_build(config):
    if state["node"] is not None:
        state["node"].stdin.close()
        state["node"].wait()
        state["node"] = None
    if state["dirty"]:
        write_atomic(cache_path(), json.dumps(cache, sort_keys=True).encode())
        state["dirty"] = False
    font = Path(config.site_dir) / FONT_URI
    font.parent.mkdir(parents=True, exist_ok=True)
    font.write_bytes(font_subset(FONT, "".join(sorted(characters)) + ITALIC))
    temml_font = font.with_name(TEMML_FONT.name)
    temml_font.write_bytes(font_subset(TEMML_FONT, "".join(sorted(temml_characters)) or "′"))
