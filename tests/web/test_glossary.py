"""Every symbol and term of the glossary has its definition wherever a page uses it.

docs/includes/abbreviations.md is appended to every page (pymdownx.snippets auto_append),
and the abbr extension turns each of its words into a tooltip wherever the word appears in
a page's text. Formulas cannot carry a tooltip, so a page that writes a symbol in a formula
must also name it in words (the word then carries the tooltip): "δ (delta)".
"""

import re

import pytest
from bs4 import BeautifulSoup

from tests.web.conftest import ROOT, markdown_pages

DOCS = ROOT / "docs"
ABBREVIATIONS = DOCS / "includes" / "abbreviations.md"
GLOSSARY = DOCS / "glossary.md"
# A symbol written in a page's Markdown source, and the word that names it.
SYMBOLS = {
    "delta": r"\\delta\b",
    "sigma prime": r"\\sigma'|σ′",
    "nabla": r"\\nabla\b",
    "transpose": r"\\top\b|\\mathsf\{?T\}?",
    "superscript": r"[a-zA-Z]\^\{?(?:L|l|l-1|L-1|l\+1|L\+1)\}?(?![a-zA-Z])",
    "subscript": r"[a-zA-Z]\^\{?l\}?_\{?[jk]|[a-z]_\{?(?:j|k|jk)\}?\b",
}
WORDS = ("slice", "tangent plane", "matrix", "mini-batch")
PLURALS = {"superscripts": "superscript", "subscripts": "subscript", "slices": "slice",
           "matrices": "matrix"}


def abbreviations():
    pairs = re.findall(r"^\*\[(.+?)\]: (.+)$", ABBREVIATIONS.read_text(encoding="utf-8"), re.M)
    return dict(pairs)


def built(site, source):
    relative = source.relative_to(DOCS).with_suffix("").as_posix()
    path = "" if relative == "index" else relative + "/"
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_each_tooltip_is_the_first_sentence_of_its_glossary_entry():
    glossary = GLOSSARY.read_text(encoding="utf-8")
    for word, definition in abbreviations().items():
        singular = PLURALS.get(word, word)
        assert abbreviations()[singular] == definition, word
        assert f"\n{definition}\n" in glossary, f"the glossary has no entry starting {definition!r}"


@pytest.mark.parametrize("source", markdown_pages(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_every_symbol_a_page_writes_is_named_with_its_tooltip(site, source):
    text = source.read_text(encoding="utf-8")
    found = built(site, source).find_all("abbr")
    tooltips = {PLURALS.get(abbr.get_text(), abbr.get_text()): abbr["title"] for abbr in found}
    for word, pattern in SYMBOLS.items():
        if re.search(pattern, text):
            assert word in tooltips, f"uses the symbol named {word!r}, but never names it in words"
            assert tooltips[word] == abbreviations()[word]


@pytest.mark.parametrize("source", markdown_pages(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_every_glossary_word_in_a_page_text_carries_its_tooltip(site, source):
    html = built(site, source)
    article = html.find("article")
    for tag in article.find_all(["pre", "code", "abbr"]):
        tag.decompose()  # code is not prose; an abbr already carries its tooltip
    for math in article.select("math, .arithmatex"):
        math.decompose()
    bare = article.get_text(" ")
    for word in WORDS:
        assert not re.search(rf"\b{re.escape(word)}\b", bare), f"{word!r} without its tooltip"
