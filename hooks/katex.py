"""MkDocs hook: typeset every formula at build time with the pinned KaTeX.

pymdownx.arithmatex (generic mode) marks math as ``<span class="arithmatex">\\(…\\)</span>``
and ``<div class="arithmatex">\\[…\\]</div>``; the notebook hook uses the same markup.
This hook replaces each with KaTeX's HTML (and MathML, for screen readers), rendered
by Node from ``node_modules/katex`` (installed by `npm ci`). Readers download only
KaTeX's stylesheet and woff2 fonts, served by the site itself: no math JavaScript runs
in the browser, so pages paint at once and do not shift when math appears.
Rendered formulas are cached by content hash; a TeX error fails the build.

Each font is cut down to the characters the site's formulas use (with fontTools), which
halves it: the two fonts every page needs weigh 18 KB instead of 43. A formula that adds a
character changes the set, and the next build cuts the fonts again.
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

KATEX = ROOT / "node_modules" / "katex"
DIST = KATEX / "dist"
RENDERER = ROOT / "hooks" / "katex_render.js"
MATH = re.compile(r'<(?P<tag>span|div) class="arithmatex">(?P<tex>.*?)</(?P=tag)>', re.S)
DELIMITERS = {"\\(": ("\\)", False), "\\[": ("\\]", True), "$$": ("$$", True), "$": ("$", False)}
TAG = re.compile(r"<[^>]*>")
# KaTeX keeps each formula's TeX source in its MathML, for programs that copy formulas. Where
# Chromium exposes MathML it has not styled (in every block below the first screen), a
# screen reader would read that source aloud after the formula, so the build leaves it out.
TEX_ANNOTATION = re.compile(r'<annotation encoding="application/x-tex">[^<]*</annotation>')
# katex.min.css numbers equations with `content: "(" counter(katexEqnNo) ")"`.
EQUATION_NUMBER_CHARACTERS = "()0123456789"

cache = {}  # key -> rendered HTML, loaded from and saved to .cache/katex.json
state = {"node": None, "dirty": False}
characters = set()  # every character this build's formulas draw


def cache_path():
    version = json.loads((KATEX / "package.json").read_text())["version"]
    return CACHE / f"katex-{version}.json"


def on_pre_build(config):
    if not DIST.is_dir():
        raise PluginError(f"expected KaTeX in {DIST}; run `npm ci` (or `make setup`) first")
    path = cache_path()
    cache.clear()
    characters.clear()
    if path.exists():
        cache.update(json.loads(path.read_text(encoding="utf-8")))


def on_files(files, config):
    name = "katex.min.css"  # the fonts are written cut down, once every page is typeset
    files.append(File.generated(config, f"assets/katex/{name}", abs_src_path=str(DIST / name)))
    return files


def drawn_characters(rendered):
    """The characters KaTeX's HTML draws (its MathML, for screen readers, is not seen)."""
    _, _, drawn = rendered.partition('class="katex-html"')
    return set(html.unescape(TAG.sub("", drawn.partition(">")[2])))


def font_subset(font, text):
    """The woff2 font at ``font`` with only the glyphs for ``text``, cached by content."""
    key = hashlib.sha256(
        font.read_bytes() + text.encode() + fonttools_version.encode()
    ).hexdigest()[:16]
    cached = CACHE / "katex-fonts" / f"{font.stem}-{key}.woff2"
    if not cached.exists():
        options = subset.Options(flavor="woff2")
        loaded = subset.load_font(str(font), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(loaded)
        buffer = io.BytesIO()
        subset.save_font(loaded, buffer, options)
        write_atomic(cached, buffer.getvalue())
    return cached.read_bytes()


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
            raise PluginError(f"KaTeX cannot typeset {tex!r}: {reply['error']}")
        cache[key] = reply["html"]
        state["dirty"] = True
    return cache[key]


def split_delimiters(source):
    text = html.unescape(source).strip()
    for opening, (closing, display) in DELIMITERS.items():
        if text.startswith(opening) and text.endswith(closing) and len(text) > 2 * len(opening):
            return text[len(opening) : -len(closing)], display
    raise PluginError(f"math without delimiters: {text!r}")


@event_priority(-100)  # after every hook that produces arithmatex markup
def on_post_page(output, page, config):
    def typeset(match):
        tex, display = split_delimiters(match["tex"])
        try:
            rendered = TEX_ANNOTATION.sub("", render(tex, display))
        except PluginError as error:
            raise PluginError(f"{page.file.src_uri}: {error}") from None
        characters.update(drawn_characters(rendered))
        return f'<{match["tag"]} class="arithmatex">{rendered}</{match["tag"]}>'

    return MATH.sub(typeset, output)


def on_post_build(config):
    if state["node"] is not None:
        state["node"].stdin.close()
        state["node"].wait()
        state["node"] = None
    if state["dirty"]:
        write_atomic(cache_path(), json.dumps(cache, sort_keys=True).encode())
        state["dirty"] = False
    text = "".join(sorted(characters | set(EQUATION_NUMBER_CHARACTERS)))
    fonts = Path(config.site_dir) / "assets" / "katex" / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    for font in sorted((DIST / "fonts").glob("*.woff2")):
        (fonts / font.name).write_bytes(font_subset(font, text))
