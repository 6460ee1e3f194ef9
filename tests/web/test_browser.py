"""Every built page in a real browser: no errors, no other hosts, math typeset, images, axe."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.web.browser import SCHEMES
from tests.web.conftest import PAGES

pytestmark = pytest.mark.browser

PLACEHOLDER_ALT = "No description has been provided for this image"


@pytest.fixture(params=SCHEMES)
def scheme(request):
    return request.param


@pytest.mark.parametrize("path", [*PAGES, "404.html"])
def test_page_is_clean(open_page, path, scheme):
    visit = open_page(path, scheme)
    page = visit.page
    untypeset = page.eval_on_selector_all(
        ".arithmatex", "nodes => nodes.filter(n => !n.querySelector('math')).length"
    )
    page.evaluate(
        "async () => { for (const img of document.images) {"
        " img.loading = 'eager'; img.scrollIntoView();"
        " if (img.checkVisibility()) await img.decode().catch(() => {}); } }"
    )
    images = page.eval_on_selector_all(
        "img",
        "imgs => imgs.map(i => ({src: i.currentSrc || i.src, alt: i.alt,"
        " visible: i.checkVisibility(), loaded: i.complete && i.naturalWidth > 0}))",
    )
    broken = [i["src"] for i in images if i["visible"] and not i["loaded"]]
    for image in images:
        assert page.request.get(image["src"]).ok, f"image not served: {image['src']}"
    bad_alt = [
        i["src"] for i in images if len(i["alt"].strip()) < 15 or PLACEHOLDER_ALT in i["alt"]
    ]
    results = Axe().run(page)

    assert not visit.errors, f"console errors: {visit.errors}"
    assert not visit.failed, f"failed requests: {visit.failed}"
    assert not visit.foreign, f"requests to other hosts: {visit.foreign}"
    assert untypeset == 0, f"{untypeset} math elements not typeset"
    assert not broken, f"images that did not load: {broken}"
    assert not bad_alt, f"images without real alt text: {bad_alt}"
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("path", PAGES)
def test_colour_contrast_as_lighthouse_sees_the_page(open_page, path, scheme):
    """Axe's colour-contrast rule on a phone-sized page as loaded, as Lighthouse runs it."""
    visit = open_page(path, scheme, width=412)
    results = Axe().run(visit.page, options={"runOnly": ["color-contrast"]})
    assert results.violations_count == 0, results.generate_report()


def test_math_is_typeset_after_instant_navigation(open_page, served_site):
    if len(PAGES) < 2:
        pytest.skip("instant navigation needs a second page")
    visit = open_page("")
    page = visit.page
    page.evaluate("window.notReloaded = true")
    target = PAGES[1]
    page.locator(f".md-nav--primary a.md-nav__link[href$='{target}']").first.click()
    page.wait_for_url(served_site + target)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.notReloaded === true"), "the page was reloaded, not instant"
    assert page.locator(".md-content math").count() > 0
    assert page.locator(".arithmatex:not(:has(math))").count() == 0
    assert not visit.errors


@pytest.mark.parametrize("path", PAGES)
def test_page_fits_a_phone(open_page, path):
    """At 360 px nothing scrolls sideways as a whole; wide things scroll inside their box."""
    visit = open_page(path, width=360)
    # Measure the settled page, as a reader sees it: fonts loaded, two frames drawn.
    overflow, culprits = visit.page.evaluate(
        """async () => {
          await document.fonts.ready;
          await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
          const width = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll("body *")]
            .filter(e => e.getBoundingClientRect().right > width + 0.5)
            .map(e => e.tagName.toLowerCase() + "." + e.className).slice(0, 5);
          return [document.documentElement.scrollWidth - width, wide];
        }"""
    )
    assert overflow <= 0, f"{path} is {overflow}px wider than a 360px phone: {culprits}"


# The article's own blocks and headings that moved after they were first drawn, with the score
# of each shift (the layout-shift entries the browser buffered since the page began).
MOVED_BLOCKS = """() => new Promise((done) => {
  setTimeout(() => done([]), 1000);  // no entry: the observer is never called
  new PerformanceObserver((list) => done(list.getEntries().flatMap((shift) => shift.sources
    .filter((source) => source.node && source.node.parentElement
      && source.node.parentElement.matches(".md-content__inner"))
    .map((source) => `${source.node.tagName} "${source.node.textContent.slice(0, 30)}" `
      + `${source.previousRect.top}->${source.currentRect.top} (${shift.value.toFixed(4)})`))))
    .observe({type: "layout-shift", buffered: true});
})"""


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("path", PAGES)
def test_the_first_screen_does_not_move_as_the_page_appears(open_page, path, width):
    """Nothing in the article moves once drawn: formulas are MathML from the start, figures
    carry their size, and the math font is preloaded."""
    moved = open_page(path, width=width).page.evaluate(MOVED_BLOCKS)
    assert not moved, f"{path} at {width}px: {moved}"


def test_screen_readers_meet_every_formula_as_mathml_without_its_tex(
    open_page, accessibility_browser
):
    """Each formula is one <math> element, which screen readers read; its TeX source is not
    in the page, so it is never read aloud after the formula.

    Chromium builds its whole accessibility tree only once assistive technology asks for it,
    as accessibility_browser's flag does.
    """
    page = open_page("backprop/many-neurons/", width=360, browser=accessibility_browser).page
    # Formulas folded in a closed <details> (an answer not yet opened) are out of the
    # tree until it opens, as they should be.
    formulas = page.evaluate(
        "[...document.querySelectorAll('.md-content math')]"
        ".filter((math) => !math.closest('details:not([open])')).length"
    )
    nodes = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    shown = [node for node in nodes if not node.get("ignored")]
    maths = [node for node in shown if node.get("role", {}).get("value") == "MathMLMath"]
    children = {node["nodeId"]: node.get("childIds", []) for node in shown}
    names = {node["nodeId"]: node.get("name", {}).get("value", "") for node in shown}

    def read_aloud(node_id):
        return names[node_id] + "".join(read_aloud(c) for c in children[node_id] if c in names)

    tex = [said for node in maths if "\\" in (said := read_aloud(node["nodeId"]))]
    assert formulas > 100
    assert len(maths) == formulas, "every formula reaches the accessibility tree as MathML"
    assert not tex, f"no formula is read with TeX in it: {tex[:2]}"


@pytest.mark.parametrize("width", [360, 1280])
def test_a_link_to_a_section_far_down_a_long_page_lands_on_it(open_page, served_site, width):
    """The blocks around the section are drawn after the jump; the section must stay put."""
    path = "backprop/many-neurons/"
    page = open_page(path, width=width).page
    ids = page.eval_on_selector_all(
        ".md-content__inner h2[id]", "headings => headings.map(h => h.id)"
    )
    misses = []
    for section in ids[1:]:
        page.goto("about:blank")
        page.goto(f"{served_site}{path}#{section}", wait_until="networkidle")
        page.wait_for_timeout(1000)
        landed, jumped = page.evaluate(
            """id => { const h = document.getElementById(id);
              const landed = h.getBoundingClientRect().top;
              h.scrollIntoView();
              return [landed, h.getBoundingClientRect().top]; }""",
            section,
        )
        if abs(landed - jumped) > 2:
            misses.append((section, round(landed), round(jumped)))
    assert not misses, f"(section, landed at, a fresh jump puts it at): {misses}"


def test_figures_follow_the_colour_scheme(open_page, scheme):
    shown = open_page("", scheme).page.eval_on_selector_all(
        "img.figure", "imgs => imgs.filter(i => i.checkVisibility()).map(i => i.src)"
    )
    assert shown, "the home page shows no figure"
    assert all(f"-{scheme}." in src for src in shown), shown


@pytest.mark.parametrize("path", [p for p in PAGES if p.startswith("notebooks/")])
def test_notebook_plots_follow_the_colour_scheme(open_page, path, scheme):
    shown, total = open_page(path, scheme).page.eval_on_selector_all(
        "img.notebook-plot",
        "imgs => [imgs.filter(i => i.checkVisibility()).map(i => i.getAttribute('src')),"
        " imgs.length]",
    )
    wanted = "#only-light" if scheme == "light" else "#only-dark"
    assert shown, f"{path} shows no plot"
    assert len(shown) * 2 == total  # one of each pair
    assert all(src.endswith(wanted) for src in shown), shown
