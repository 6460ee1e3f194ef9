"""MkDocs hook: write the search index's formulas as plain text, and leave code out of it.

The search plugin indexes each page's HTML, where a formula is MathML (hooks/mathml.py),
which it would flatten to ``∂z∂w``; indexed as TeX, a result's preview showed
``\\(\\partial z / \\partial w\\)``. A reader who has never written LaTeX should read
``∂z / ∂w``. So the search plugin is shown each page with every formula written from its TeX
in Unicode (and the page keeps its MathML): Greek letters and operators as symbols,
``\\frac{a}{b}`` as ``a/b``, powers and indices as superscript and subscript characters where
Unicode has them, an underbraced part with its label as ``(∂z/∂w = aᴸ⁻¹)``. A command this
table does not know fails the build: add it here.

Code blocks (excerpts and printed outputs) are marked ``data-search-exclude``, which
Material's search plugin documents: they were a third of the index, which every page loads
on a first visit, and a result's preview is the prose around a formula, not a line of code.
"""

import html
import re
import unicodedata

from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority

from hooks import mathml

SYMBOLS = {
    "partial": "∂", "nabla": "∇", "sum": " Σ",
    "sigma": "σ", "delta": "δ", "Delta": "Δ", "eta": "η", "theta": "θ", "lambda": "λ",
    "cdot": " · ", "times": " × ", "odot": " ⊙ ", "pm": " ± ", "approx": " ≈ ", "ge": " ≥ ",
    "to": " → ", "leftarrow": " ← ", "Longrightarrow": " ⟹ ", "dots": "…",
    "lVert": "‖", "rVert": "‖", "top": "ᵀ",
    ",": " ", ";": " ", " ": " ", "quad": " ", "qquad": " ", "\\": " ",
    # Sizes and styles change how a formula looks, not what it says.
    "left": "", "right": "", "bigl": "", "bigr": "", "Bigl": "", "Bigr": "", "textstyle": "",
}  # fmt: skip
CONTENT_OF = {"text", "operatorname", "mathsf", "mathrm", "mathbf"}  # \text{x} is x
OPERATORS = {"ln", "log", "max", "sin", "cos", "lim", "tanh"}
FRACTIONS = {"frac", "dfrac", "tfrac"}
ACCENTS = {"dot": "\u0307", "ddot": "\u0308"}
# The characters Unicode has small forms of (with \top's ᵀ, a superscript already).
SUPERSCRIPT = dict(
    zip(
        "0123456789+-=()abcdefghijklmnoprstuvwxyzLTᵀ",  # no small q in Unicode
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴸᵀᵀ",
        strict=True,
    )
)
SUBSCRIPT = dict(
    zip("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ", strict=True)
)

# A command, with the spaces after it when a letter follows (\partial w is ∂w), or one
# other character, or a run of spaces.
TOKEN = re.compile(r"\\[A-Za-z]+(?: +(?=[A-Za-z0-9]))?|\\.|\s+|.", re.S)
# A code block: an excerpt, or what a script printed (pymdownx.highlight's markup).
CODE_BLOCK = re.compile(r'<div class="language-[\w-]+ highlight"')
MATHML = re.compile(r"<math\b.*?</math>", re.S)


class Formula:
    """Read a formula's tokens one group at a time."""

    def __init__(self, tex):
        self.tokens = [t.rstrip() if t.startswith("\\") and t[1:2].isalpha() else t
                       for t in TOKEN.findall(tex)]  # fmt: skip
        self.position = 0

    def peek(self):
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def next(self):
        token = self.peek()
        self.position += 1
        return token

    def group(self, closing=None):
        """The text up to ``closing`` (or the end), converted."""
        out = []
        while (token := self.next()) != closing:
            if token is None:
                raise ValueError(f"expected {closing!r} before the end")
            out.append(self.convert(token))
        return "".join(out)

    def argument(self):
        """One argument: a {group} or a single token."""
        if self.peek() is None:
            raise ValueError("expected an argument at the end")
        return self.convert(self.next())

    def convert(self, token):
        if token == "{":
            return self.group("}")
        if token in ("^", "_"):
            return script(self.argument(), SUPERSCRIPT if token == "^" else SUBSCRIPT, token)
        if token == "&":  # an alignment point
            return ""
        if token.isspace():
            return " "
        if not token.startswith("\\"):
            return token
        name = token[1:]
        if name in SYMBOLS:
            return SYMBOLS[name]
        if name in OPERATORS:  # a word of its own: p \log h is "p log h"
            before = self.tokens[self.position - 2] if self.position >= 2 else ""
            after = self.peek() or ""
            space_before = " " if before[-1:].isalnum() or before[-1:] in ")}" else ""
            space_after = " " if after[:1].isalnum() or after[:1] == "\\" else ""
            return space_before + name + space_after
        if name in CONTENT_OF:
            return self.argument()
        if name in FRACTIONS:
            numerator, denominator = self.argument(), self.argument()
            return f"{grouped(numerator)}/{grouped(denominator)}"
        if name in ACCENTS:
            return self.argument() + ACCENTS[name]
        if name == "sqrt":
            return "√" + grouped(self.argument())
        if name == "underbrace":  # the braced part, with what its label says it equals
            braced = self.argument().strip()
            if self.peek() != "_":
                return braced
            self.next()
            return f"({braced} = {self.argument().strip()})"
        if name in ("begin", "end"):  # \begin{aligned}: the lines are read as they come
            self.argument()
            return ""
        raise ValueError(f"unknown command {token!r}")


def grouped(text):
    """``text`` in parentheses when it has more than one term."""
    text = text.strip()
    return f"({text})" if re.search(r"[\s+\-=·×/]", text) else text


def script(text, characters, mark):
    """A power or an index: in Unicode's small characters if it has them all."""
    text = text.strip()
    if text and all(c in characters for c in text):
        return "".join(characters[c] for c in text)
    return mark + (text if len(text) == 1 else f"({text})")


def tex_to_text(tex):
    """A formula in LaTeX, as plain text to read."""
    text = re.sub(r" {2,}", " ", Formula(tex).group()).strip()
    return unicodedata.normalize("NFC", text)  # w and a dot above as one character: ẇ


def unicode_math(page_html, where):
    """``page_html`` with each MathML formula as the plain text of the TeX it came from."""

    def text(match):
        try:
            return html.escape(tex_to_text(mathml.tex_of[match[0]]), quote=False)
        except ValueError as error:
            raise PluginError(f"{where}, search text: {error}") from None

    return MATHML.sub(text, page_html)


typeset = {}  # page -> its HTML with MathML, while the search plugin reads it in Unicode


def without_code(page_html):
    """``page_html`` with each code block marked for the search plugin to leave out."""
    return CODE_BLOCK.sub(lambda match: match[0] + " data-search-exclude", page_html)


@event_priority(10)  # before the search plugin's on_page_context (priority 0) reads the page
def _show_search_unicode(context, page, config, nav):
    typeset[page.file.src_uri] = page.content
    page.content = without_code(unicode_math(page.content, f"docs/{page.file.src_uri}"))
    return context


@event_priority(-10)  # after it
def _give_back_mathml(context, page, config, nav):
    page.content = typeset.pop(page.file.src_uri)
    return context


on_page_context = CombinedEvent(_show_search_unicode, _give_back_mathml)
