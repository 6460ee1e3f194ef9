"""hooks/search_text.py: the search index's formulas as plain text, for search previews."""

import json
import re

import pytest
from mkdocs.exceptions import PluginError

from tests.web.conftest import ROOT, load_by_path

hook = load_by_path(ROOT / "hooks" / "search_text.py", "search_text_hook")


@pytest.mark.parametrize(
    ("tex", "text"),
    [
        (r"\partial z / \partial w", "∂z / ∂w"),
        (r"z^L = w^L a^{L-1} + b^L", "zᴸ = wᴸ aᴸ⁻¹ + bᴸ"),
        (r"\frac{\partial C_0}{\partial w}", "∂C₀/∂w"),
        (r"\dfrac{1}{2}\,(a - y)^2", "1/2 (a - y)²"),
        (r"\frac{a + b}{2}", "(a + b)/2"),
        (r"\sigma'(z^L) \cdot 2(a^L - y)", "σ'(zᴸ) · 2(aᴸ - y)"),
        (r"\bigl((W^{l+1})^\top \delta^{l+1}\bigr) \odot \sigma'(z^l)", "((Wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ'(zˡ)"),
        (r"\nabla_a C_x", "∇ₐ Cₓ"),
        (r"\delta = \frac{1}{n}\sum_{i=1}^{n} \delta_i", "δ = 1/n Σᵢ₌₁ⁿ δᵢ"),
        (r"w_{\text{new}} = w - \eta\,\frac{\partial C}{\partial w}", "w_(new) = w - η ∂C/∂w"),
        (r"\begin{aligned} a &= b, \\ c &= d . \end{aligned}", "a = b, c = d ."),
        (r"\underbrace{\frac{\partial z}{\partial w}}_{a^{L-1}}\; x", "(∂z/∂w = aᴸ⁻¹) x"),
        (r"\underbrace{w^3\delta^3}\,dz", "w³δ³ dz"),
        (r"\sigma(z) = \frac{1}{1 + e^{-z}}", "σ(z) = 1/(1 + e⁻ᶻ)"),
        (r"\ln a + \ln(1 + e^z) - \log \sigma(z)", "ln a + ln(1 + eᶻ) - log σ(z)"),
        (r"\log c + p\log h + (1 - y)\ln(a)", "log c + p log h + (1 - y) ln(a)"),
        (r"\lim_{h \to 0} \max(x, y^q)", "lim_(h → 0) max(x, y^q)"),
        (r"\lVert\dot{w}\rVert \approx \sqrt{2}", "‖ẇ‖ ≈ √2"),
        (r"\operatorname{tanh}(z) \ge \left(-1\right)", "tanh(z) ≥ (-1)"),
    ],
)
def test_a_formula_reads_as_plain_text(tex, text):
    assert hook.tex_to_text(tex) == text


@pytest.mark.parametrize(
    ("tex", "message"),
    [
        (r"\mathcal{L}", r"unknown command '\\\\mathcal'"),
        (r"\frac{a}", "expected an argument at the end"),
        (r"x^", "expected an argument at the end"),
        (r"\frac{a", "expected '}' before the end"),
    ],
)
def test_a_formula_it_cannot_read_is_an_error_that_says_why(tex, message):
    with pytest.raises(ValueError, match=message):
        hook.tex_to_text(tex)


def test_a_formula_it_cannot_read_fails_the_build_and_names_the_page(monkeypatch):
    monkeypatch.setitem(hook.mathml.tex_of, "<math><mi>L</mi></math>", r"\mathcal{L}")
    with pytest.raises(PluginError, match=r"^docs/p\.md, search text: unknown command"):
        hook.unicode_math("<p><math><mi>L</mi></math></p>", "docs/p.md")


def test_code_blocks_are_marked_for_the_search_plugin_to_leave_out():
    page = (
        '<p>Prose <code>x</code></p><div class="language-python highlight"><pre>a</pre></div>'
        '<div class="language-text highlight"><span class="filename">Output</span></div>'
    )
    assert hook.without_code(page) == (
        '<p>Prose <code>x</code></p>'
        '<div class="language-python highlight" data-search-exclude><pre>a</pre></div>'
        '<div class="language-text highlight" data-search-exclude>'
        '<span class="filename">Output</span></div>'
    )


@pytest.mark.build
def test_the_search_index_shows_no_latex(site):
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    outside_code = [
        re.sub(r"<code\b.*?</code>", "", doc[field], flags=re.S)
        for doc in index["docs"]
        for field in ("title", "text")
    ]
    assert not [text for text in outside_code if re.search(r"\\[()\[\]]|\\[A-Za-z]+", text)]
    titles = [doc["title"] for doc in index["docs"]]
    assert 'Why does b "disappear" from ∂z / ∂w?' in titles


@pytest.mark.build
def test_the_search_index_holds_the_prose_but_no_code(site):
    """Code blocks are left out (a third of the index, loaded on every first visit); prose
    and its inline code stay, and every page keeps its code blocks."""
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"])
    assert "<pre>" not in text
    assert "def squared_error_delta(" not in text  # neuron.py, on One neuron
    assert "Output of" not in text
    assert "hold everything else fixed" in text
    assert "<code>snippets</code>" in text
    home = (site / "backprop/one-neuron/index.html").read_text(encoding="utf-8")
    assert 'class="language-python highlight"><span class="filename">' in home
    assert "data-search-exclude" not in home
