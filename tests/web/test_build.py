"""The strict build: every page, figure, output and include resolved, nothing external."""

import platform
import re
from importlib.metadata import version

import pytest
from bs4 import BeautifulSoup
from fontTools.ttLib import TTFont

from snippets.plots.registry import FIGURES
from tests.web.conftest import PAGES, ROOT, build_one_page

pytestmark = pytest.mark.build

# Hosts a page may name without requesting anything from them: XML namespaces.
NAMESPACES = ("www.w3.org",)
NOTO_SANS_MATH = (
    ROOT / "node_modules/@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff2"
)
MATH_FONT = "generated/math/noto-sans-math.woff2"


def test_every_source_page_is_built(site):
    built = {p.relative_to(site).as_posix() for p in site.rglob("index.html")}
    assert built == {f"{path}index.html" for path in PAGES}


@pytest.mark.parametrize("figure_id", sorted(FIGURES))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_registered_figure_is_in_the_output(site, figure_id, scheme):
    spec = FIGURES[figure_id]
    path = site / "generated" / "figures" / f"{figure_id}-{scheme}.{spec.format}"
    assert path.stat().st_size > 1000


@pytest.mark.parametrize("page", PAGES)
def test_no_directive_or_include_is_left_unexpanded(site, page):
    html = (site / page / "index.html").read_text(encoding="utf-8")
    for leftover in ("{{", "--8&lt;--", "--8<--"):
        assert leftover not in html, f"{page}: unexpanded {leftover!r}"


@pytest.mark.parametrize("page", PAGES)
def test_the_meta_description_writes_math_as_a_reader_sees_it(site, page):
    """A search result shows the description as it is: aᴸ⁻¹ and C₀, not a^{L-1} and C_0."""
    soup = BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")
    description = soup.select_one('meta[name="description"]')["content"]
    latex = re.findall(r"[\\^{}]|\b[A-Za-zα-ω]_\w+", description)
    assert not latex, f"{page}: {latex} in {description!r}"


@pytest.mark.parametrize("page", PAGES)
def test_the_inline_scripts_carry_no_comments(site, page):
    """Every page would send them: the template's explanations are Jinja comments."""
    html = (site / page / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    assert scripts
    comments = [line for script in scripts for line in script.splitlines()
                if re.search(r"(^|\s)//\s|/\*", line)]  # fmt: skip
    assert not comments, f"{page}: {comments[:3]}"


@pytest.mark.parametrize("page", PAGES)
def test_page_references_no_other_host(site, page):
    html = (site / page / "index.html").read_text(encoding="utf-8")
    hosts = set(re.findall(r'(?:src|href|content)="(?:https?:)?//([^/"]+)', html))
    hosts = {host for host in hosts if not host.startswith("127.0.0.1:")}  # site_url, locally
    assert not hosts - set(NAMESPACES), f"{page} references {hosts}"


def test_assets_reference_no_other_host(site):
    for path in [*site.rglob("*.css"), *site.rglob("*.js")]:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert "fonts.googleapis" not in text, path
        assert "fonts.gstatic" not in text, path


def test_math_font_and_stylesheets_are_served_from_the_site(site):
    assert (site / "generated/math/Temml-Local.css").read_bytes() == (
        ROOT / "node_modules/temml/dist/Temml-Local.css"
    ).read_bytes(), "Temml's stylesheet is served as shipped"
    assert (site / "assets/stylesheets/math.css").is_file()
    assert (site / MATH_FONT).stat().st_size > 2_000


def characters_in_formulas(site):
    """Every character that a formula on a built page shows, in MathML's token elements."""
    characters = set()
    for page in site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for token in soup.select("math :is(mi, mo, mn, mtext)"):
            characters.update(token.get_text())
    return characters


def math_italic(letter):
    """The Mathematical Italic form that MathML Core draws for a one-letter <mi>."""
    if letter == "h":
        return "\u210e"
    if "a" <= letter <= "z":
        return chr(0x1D44E + ord(letter) - ord("a"))
    if "A" <= letter <= "Z":
        return chr(0x1D434 + ord(letter) - ord("A"))
    return letter


def test_the_math_font_keeps_every_character_a_formula_shows(site):
    shown = characters_in_formulas(site)
    assert {"∂", "σ", "∑", "w", "b", "⊤", "∇"} <= shown
    needed = shown | {math_italic(c) for c in shown if c.isascii() and c.isalpha()}
    had = TTFont(NOTO_SANS_MATH).getBestCmap()
    kept = TTFont(site / MATH_FONT).getBestCmap()
    lost = sorted(c for c in needed if ord(c) in had and ord(c) not in kept)
    assert not lost, f"the cut-down font lost {lost}"
    assert "MATH" in TTFont(site / MATH_FONT), "and kept its MATH table, which MathML needs"


def test_the_math_font_is_cut_down(site):
    had = TTFont(NOTO_SANS_MATH).getBestCmap()
    kept = TTFont(site / MATH_FONT).getBestCmap()
    assert len(kept) < len(had) / 4
    assert (site / MATH_FONT).stat().st_size < 0.25 * NOTO_SANS_MATH.stat().st_size


@pytest.mark.parametrize("page", PAGES)
def test_math_is_typeset_by_the_build(site, page):
    html = (site / page / "index.html").read_text(encoding="utf-8")
    raw = re.findall(r'class="arithmatex">\s*(?:\\\(|\\\[|\$)', html)
    assert not raw, f"{page}: {len(raw)} formulas left as TeX"
    soup = BeautifulSoup(html, "html.parser")
    for formula in soup.select(".arithmatex"):
        assert len(formula.find_all("math", recursive=False)) == 1, formula
    assert not soup.select("span.arithmatex"), "an inline formula is its <math> alone"
    assert "<annotation" not in html, f"{page}: MathML that screen readers would read as TeX"


# Each broken page, and a word the build's error must contain.
BROKEN_PAGES = {
    "unknown figure": ('--8<-- "docs/generated/figures/no_such_figure.md"', "no_such_figure"),
    "unknown output": ('--8<-- "docs/generated/outputs/no_such_example.md"', "no_such_example"),
    "missing include": ('```python\n--8<-- "snippets/no_such_file.py"\n```', "no_such_file"),
    "missing region": ('```\n--8<-- "snippets/neuron.py:no_such_region"\n```', "no_such_region"),
    "missing page": ("[a link](no-such-page.md)", "no-such-page.md"),
    "missing anchor": ("[a link](#no-such-anchor)", "no-such-anchor"),
}
VALID_PAGE = '--8<-- "docs/generated/figures/home_surface_slice.md"\n\n[a link](#a-page)'


def build_page(tmp_path, content):
    """A strict build of one page with the site's config, theme and content layer."""
    return build_one_page(tmp_path, content, ("includes.py", "generate.py"))


def test_one_valid_page_builds(tmp_path):
    result = build_page(tmp_path, VALID_PAGE)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("content", "named"), BROKEN_PAGES.values(), ids=BROKEN_PAGES.keys())
def test_strict_build_fails_on_a_broken_reference(tmp_path, content, named):
    result = build_page(tmp_path, content)
    assert result.returncode != 0, f"the build accepted: {content}"
    assert named in result.stderr


@pytest.mark.parametrize("page", [*PAGES, "404.html"])
def test_the_footer_names_the_versions_that_computed_the_numbers(site, page):
    """The last digits of some numbers depend on numpy's version: every page says which
    Python, numpy and matplotlib the build ran, read from the running interpreter."""
    path = site / page if page.endswith(".html") else site / page / "index.html"
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    footer = " ".join(soup.select_one("footer").get_text().split())
    python, numpy, matplotlib = platform.python_version(), version("numpy"), version("matplotlib")
    assert f"The build used Python {python}, numpy {numpy} and matplotlib {matplotlib};" in footer


def test_no_version_is_typed_into_a_template_or_page():
    """The footer's versions come from the build (hooks/versions.py), never from typed text."""
    typed = [version("numpy"), version("matplotlib")]
    sources = [
        *(ROOT / "overrides").rglob("*.html"),
        *(ROOT / "docs").rglob("*.md"),
        ROOT / "mkdocs.yml",
    ]
    found = [
        (path.name, v) for path in sources for v in typed if v in path.read_text(encoding="utf-8")
    ]
    assert not found
