"""Every built page in a real browser: no errors, no other hosts, math typeset, images, axe."""

import json
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

    def render_everything(self):
        """Draw the blocks that content-visibility skips off screen, so checks see them all."""
        self.page.add_style_tag(
            content=".md-content__inner * { content-visibility: visible !important; }"
        )

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
            ".arithmatex", "nodes => nodes.filter(n => !n.querySelector('.katex')).length"
        )
        katex_errors = page.locator(".katex-error").count()
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
        visit.render_everything()
        results = Axe().run(page)

        assert not visit.errors, f"console errors: {visit.errors}"
        assert not visit.failed, f"failed requests: {visit.failed}"
        assert not visit.foreign, f"requests to other hosts: {visit.foreign}"
        assert untypeset == 0, f"{untypeset} math elements not typeset"
        assert katex_errors == 0, "KaTeX reported an error"
        assert not broken, f"images that did not load: {broken}"
        assert not bad_alt, f"images without real alt text: {bad_alt}"
        assert results.violations_count == 0, results.generate_report()
    finally:
        visit.close()


@pytest.mark.parametrize("path", PAGES)
def test_colour_contrast_as_lighthouse_sees_the_page(browser, served_site, path, scheme):
    """Axe on a phone-sized page as loaded, blocks below the first screen still skipped.

    Where a skipped block's text lies beyond the block's placeholder height, axe reads the
    colour behind the text from whatever is drawn there; it must not be the dark footer.
    """
    visit = PageVisit(browser, served_site + path, scheme, width=412)
    try:
        results = Axe().run(visit.page, options={"runOnly": ["color-contrast"]})
        assert results.violations_count == 0, results.generate_report()
    finally:
        visit.close()


def test_text_that_reaches_the_footer_passes_axe(browser, served_site, scheme):
    """The margin behind the test above. Asked where a skipped block's text is, the browser
    lays it out at its real height, beyond the block's 12em, and near the end of a page that
    can reach into the footer. The footer is drawn over the article (site.css), so axe finds
    such text covered, not drawn on the footer's dark background. Here a block 0 px tall,
    with text, links and formulas, stands in for the skipped one."""
    visit = PageVisit(browser, served_site + "derivatives/notation/", scheme, width=412)
    try:
        reach = visit.page.evaluate(
            """() => {
              const block = document.createElement("div");
              block.style.height = "0";
              for (let line = 0; line < 60; line++) {
                const text = document.createElement("p");
                const link = document.createElement("a");
                Object.assign(link, {href: "#", textContent: "a link"});
                const formula = document.querySelector(".katex").cloneNode(true);
                text.append("Text beyond its block, ", link, " and ", formula);
                block.append(text);
              }
              document.querySelector(".md-content__inner").append(block);
              const range = document.createRange();
              range.selectNodeContents(block);
              const footer = document.querySelector(".md-footer").getBoundingClientRect();
              return range.getBoundingClientRect().bottom - footer.bottom;
            }"""
        )
        results = Axe().run(visit.page, options={"runOnly": ["color-contrast"]})
    finally:
        visit.close()
    assert reach > 0, "the stand-in block reaches through the whole footer"
    assert results.violations_count == 0, results.generate_report()


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
        assert page.locator(".arithmatex:not(:has(.katex))").count() == 0
        assert not visit.errors
    finally:
        visit.close()


@pytest.mark.parametrize("path", PAGES)
def test_page_fits_a_phone(browser, served_site, path):
    """At 360 px nothing scrolls sideways as a whole; wide things scroll inside their box."""
    visit = PageVisit(browser, served_site + path, "light", width=360)
    visit.render_everything()  # content-visibility would clip what overflows
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
    """A skipped block is drawn at its real height only once it is found on screen: the
    first screen's blocks are drawn from the start (hooks/first_screen.py), so nothing below
    them jumps."""
    visit = PageVisit(browser, served_site + path, "light", width=width)
    try:
        moved = visit.page.evaluate(MOVED_BLOCKS)
    finally:
        visit.close()
    assert not moved, f"{path} at {width}px: {moved}"


def test_blocks_below_the_first_screen_wait_until_the_reader_scrolls_to_them(
    browser, served_site
):
    visit = PageVisit(browser, served_site + "backprop/many-neurons/", "light", width=360)
    try:
        # What content-visibility skips is inside the block: ask about each paragraph's
        # children (visible as far as everything but content-visibility goes).
        drawn = """selector => [...document.querySelectorAll(selector)]
          .filter(e => e.checkVisibility())
          .map(e => e.checkVisibility({contentVisibilityAuto: true}))"""
        unmarked = ".md-content__inner > p:not([data-below-first-screen]) > *"
        marked = ".md-content__inner > p[data-below-first-screen] > *"
        first_screen = visit.page.evaluate(drawn, unmarked)
        first = visit.page.evaluate(drawn, marked)
        visit.page.evaluate(
            "selector => [...document.querySelectorAll(selector)]"
            ".filter(e => e.checkVisibility()).at(-1).scrollIntoView()",
            marked,
        )
        visit.page.evaluate(
            "new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
        )
        scrolled = visit.page.evaluate(drawn, marked)
    finally:
        visit.close()
    assert first_screen
    assert all(first_screen), "the first screen's paragraphs are drawn at once"
    assert first[0], "the next paragraph, near the first screen, is drawn at once too"
    assert not first[-1], "the last paragraph waits"
    assert scrolled[-1], "and is drawn once the reader reaches it"
    assert not scrolled[0], "while the first, now far above, is skipped again"


def test_what_waits_below_the_first_screen_is_read_by_screen_readers(browser, served_site):
    """Skipped blocks stay in the accessibility tree, and every formula's MathML with them
    (but not KaTeX's copy of the TeX source: see hooks/katex.py).

    Chromium builds its whole accessibility tree only once assistive technology asks for it,
    as the flag does here. A skipped block's nodes then come without layout, but they come.
    """
    reader = launch(browser.browser_type, "--force-renderer-accessibility")
    try:
        page = reader.new_page(viewport={"width": 360, "height": 900})
        page.goto(served_site + "backprop/many-neurons/", wait_until="networkidle")
        last = page.locator(".md-content__inner > p[data-below-first-screen]:has(.katex)").last
        last_text = last.evaluate("p => p.firstChild.textContent.trim()")
        skipped = not last.evaluate(
            "p => p.querySelector('.katex').checkVisibility({contentVisibilityAuto: true})"
        )
        formulas = page.locator(".md-content__inner .katex-mathml > math").count()
        nodes = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    finally:
        reader.close()
    shown = [node for node in nodes if not node.get("ignored")]
    texts = " ".join(
        node.get("name", {}).get("value", "") for node in shown
        if node.get("role", {}).get("value") == "StaticText"
    )
    maths = [node for node in shown if node.get("role", {}).get("value") == "MathMLMath"]
    children = {node["nodeId"]: node.get("childIds", []) for node in shown}
    names = {node["nodeId"]: node.get("name", {}).get("value", "") for node in shown}

    def read_aloud(node_id):
        return names[node_id] + "".join(read_aloud(c) for c in children[node_id] if c in names)

    tex = [said for node in maths if "\\" in (said := read_aloud(node["nodeId"]))]
    assert skipped, "the last paragraph with a formula waits for the reader"
    assert len(last_text) > 10
    assert last_text in texts, "yet a screen reader reads it"
    assert formulas > 100
    assert len(maths) == formulas, "and every formula, drawn or waiting, as MathML"
    assert not tex, f"without its TeX source, which would be read aloud too: {tex[:2]}"


def restyled_elements(browser, page, change):
    """How many elements the browser restyles to apply ``change`` to the settled page.

    The trace is browser-wide and the page may restyle on its own (a font arriving, a timer):
    count only what is restyled on the page's thread between two marks set by one script,
    which first forces any pending restyle, so that all that is left between them is ``change``.
    """
    browser.start_tracing(page=page, categories=["devtools.timeline"])
    page.evaluate(
        f"""() => {{ document.body.offsetHeight; console.timeStamp("change-begins");
          {change}; document.body.offsetHeight; console.timeStamp("change-ends"); }}"""
    )
    events = json.loads(browser.stop_tracing())["traceEvents"]
    marks = {
        event["args"]["data"]["message"]: event
        for event in events
        if event.get("name") == "TimeStamp"
        and event["args"]["data"].get("message", "").startswith("change-")
    }
    begins, ends = marks["change-begins"], marks["change-ends"]
    return sum(
        event["args"].get("elementCount", 0)
        for event in events
        if event.get("name") == "UpdateLayoutTree"
        and event.get("ph") == "X"
        and (event["pid"], event["tid"]) == (begins["pid"], begins["tid"])
        and begins["ts"] <= event["ts"] <= ends["ts"]
    )


@pytest.mark.parametrize(
    "change",
    [
        # what Material does to every set of tabs as it starts: two scroll buttons...
        "for (const set of sets) set.append(Object.assign(document.createElement('div'), "
        "{hidden: true}))",
        # ...and, then and at each switch, the place of the underline
        "for (const set of sets) set.style.setProperty('--md-indicator-x', '7px')",
    ],
    ids=["add-a-child", "move-the-underline"],
)
def test_a_change_to_a_set_of_tabs_restyles_only_what_it_touches(browser, served_site, change):
    visit = PageVisit(browser, served_site + "backprop/many-neurons/", "light", width=360)
    try:
        visit.render_everything()  # every formula could be restyled: none may be
        total = visit.page.evaluate("document.querySelectorAll('.tabbed-set *').length")
        restyled = restyled_elements(
            browser, visit.page, f"const sets = document.querySelectorAll('.tabbed-set'); {change}"
        )
    finally:
        visit.close()
    assert total > 1000
    assert restyled < 50, f"{restyled} of the tab sets' {total} elements were restyled"


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


def test_a_malformed_section_link_raises_no_error(browser, served_site):
    visit = PageVisit(browser, served_site + "backprop/many-neurons/#100%zz", "light")
    try:
        visit.page.evaluate("window.scrollTo(0, 3000)")  # blocks are drawn: the keeper runs
        visit.page.wait_for_timeout(500)
    finally:
        visit.close()
    assert not visit.errors


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
