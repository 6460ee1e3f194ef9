"""Every built page in a real browser: no errors, no other hosts, math typeset, images, axe."""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.web.browser import launch
from tests.web.conftest import PAGES

pytestmark = pytest.mark.browser

SCHEMES = ["light", "dark"]
PLACEHOLDER_ALT = "No description has been provided for this image"


class PageVisit:
    """A page opened in a fresh context, recording console errors and every request."""

    def __init__(self, browser, url, scheme, width=1280):
        self.errors, self.failed, self.foreign = [], [], []
        self.context = browser.new_context(
            color_scheme=scheme, viewport={"width": width, "height": 900}
        )
        self.context.route("**/*", self._only_loopback)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("requestfailed", lambda request: self.failed.append(request.url))
        self.page.on("response", self._response)
        self.page.goto(url, wait_until="networkidle")

    def _only_loopback(self, route):
        if urlsplit(route.request.url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def _console(self, message):
        if message.type == "error":
            self.errors.append(message.text)

    def _response(self, response):
        if response.status >= 400:
            self.failed.append(f"{response.status} {response.url}")

    def close(self):
        self.context.close()


@pytest.fixture(params=SCHEMES)
def scheme(request):
    return request.param


@pytest.mark.parametrize("path", [*PAGES, "404.html"])
def test_page_is_clean(browser, served_site, path, scheme):
    visit = PageVisit(browser, served_site + path, scheme)
    page = visit.page
    try:
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
    finally:
        visit.close()


@pytest.mark.parametrize("path", PAGES)
def test_colour_contrast_as_lighthouse_sees_the_page(browser, served_site, path, scheme):
    """Axe's colour-contrast rule on a phone-sized page as loaded, as Lighthouse runs it."""
    visit = PageVisit(browser, served_site + path, scheme, width=412)
    try:
        results = Axe().run(visit.page, options={"runOnly": ["color-contrast"]})
        assert results.violations_count == 0, results.generate_report()
    finally:
        visit.close()


def test_math_is_typeset_after_instant_navigation(browser, served_site):
    if len(PAGES) < 2:
        pytest.skip("instant navigation needs a second page")
    visit = PageVisit(browser, served_site, "light")
    page = visit.page
    try:
        page.evaluate("window.notReloaded = true")
        target = PAGES[1]
        page.locator(f".md-nav--primary a.md-nav__link[href$='{target}']").first.click()
        page.wait_for_url(served_site + target)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.notReloaded === true"), "the page was reloaded, not instant"
        assert page.locator(".arithmatex").count() > 0
        assert page.locator(".arithmatex:not(:has(math))").count() == 0
        assert not visit.errors
    finally:
        visit.close()


@pytest.mark.parametrize("path", PAGES)
def test_page_fits_a_phone(browser, served_site, path):
    """At 360 px nothing scrolls sideways as a whole; wide things scroll inside their box."""
    visit = PageVisit(browser, served_site + path, "light", width=360)
    try:
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
    finally:
        visit.close()


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
def test_the_first_screen_does_not_move_as_the_page_appears(browser, served_site, path, width):
    """Nothing in the article moves once drawn: formulas are MathML from the start, figures
    carry their size, and the math font is preloaded."""
    visit = PageVisit(browser, served_site + path, "light", width=width)
    try:
        moved = visit.page.evaluate(MOVED_BLOCKS)
    finally:
        visit.close()
    assert not moved, f"{path} at {width}px: {moved}"


def test_screen_readers_meet_every_formula_as_mathml_without_its_tex(browser, served_site):
    """Each formula is one <math> element, which screen readers read; its TeX source is not
    in the page, so it is never read aloud after the formula.

    Chromium builds its whole accessibility tree only once assistive technology asks for it,
    as the flag does here.
    """
    reader = launch(browser.browser_type, "--force-renderer-accessibility")
    try:
        page = reader.new_page(viewport={"width": 360, "height": 900})
        page.goto(served_site + "backprop/many-neurons/", wait_until="networkidle")
        # Formulas folded in a closed <details> (an answer not yet opened) are out of the
        # tree until it opens, as they should be.
        formulas = page.evaluate(
            "[...document.querySelectorAll('.md-content .arithmatex > math')]"
            ".filter((math) => !math.closest('details:not([open])')).length"
        )
        nodes = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    finally:
        reader.close()
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
def test_a_link_to_a_section_far_down_a_long_page_lands_on_it(browser, served_site, width):
    """The blocks around the section are drawn after the jump; the section must stay put."""
    path = served_site + "backprop/many-neurons/"
    visit = PageVisit(browser, path, "light", width=width)
    try:
        ids = visit.page.eval_on_selector_all(
            ".md-content__inner h2[id]", "headings => headings.map(h => h.id)"
        )
        misses = []
        for section in ids[1:]:
            visit.page.goto("about:blank")
            visit.page.goto(f"{path}#{section}", wait_until="networkidle")
            visit.page.wait_for_timeout(1000)
            landed, jumped = visit.page.evaluate(
                """id => { const h = document.getElementById(id);
                  const landed = h.getBoundingClientRect().top;
                  h.scrollIntoView();
                  return [landed, h.getBoundingClientRect().top]; }""",
                section,
            )
            if abs(landed - jumped) > 2:
                misses.append((section, round(landed), round(jumped)))
    finally:
        visit.close()
    assert not misses, f"(section, landed at, a fresh jump puts it at): {misses}"


def test_figures_follow_the_colour_scheme(browser, served_site, scheme):
    visit = PageVisit(browser, served_site, scheme)
    try:
        shown = visit.page.eval_on_selector_all(
            "img.figure", "imgs => imgs.filter(i => i.checkVisibility()).map(i => i.src)"
        )
        assert shown, "the home page shows no figure"
        assert all(f"-{scheme}." in src for src in shown), shown
    finally:
        visit.close()


@pytest.mark.parametrize("path", [p for p in PAGES if p.startswith("notebooks/")])
def test_notebook_plots_follow_the_colour_scheme(browser, served_site, path, scheme):
    visit = PageVisit(browser, served_site + path, scheme)
    try:
        shown, total = visit.page.eval_on_selector_all(
            "img.notebook-plot",
            "imgs => [imgs.filter(i => i.checkVisibility()).map(i => i.getAttribute('src')),"
            " imgs.length]",
        )
        wanted = "#only-light" if scheme == "light" else "#only-dark"
        assert shown, f"{path} shows no plot"
        assert len(shown) * 2 == total  # one of each pair
        assert all(src.endswith(wanted) for src in shown), shown
    finally:
        visit.close()
