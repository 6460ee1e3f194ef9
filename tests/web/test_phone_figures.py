"""The site's figures on a phone and on a wide screen, in a real browser.

At 360 px, on every page and in both colour schemes, every figure is shown at
layout.MIN_SCALE (0.6) of its natural size or more, exactly one variant of it is displayed
(its scheme's, in its phone layout when it has one), and nothing scrolls sideways. At 1280 px
the wide layout is shown. Each figure keeps its space before its image arrives, so nothing
jumps when it does.
"""

import re

import pytest

from snippets.plots.layout import COLUMN, MIN_SCALE, VIEWPORT
from snippets.plots.registry import FIGURES
from snippets.plots.render import render_layouts
from tests.web.browser import SCHEMES
from tests.web.conftest import PAGES

pytestmark = pytest.mark.browser

WIDE = 1280
# Every registered figure's images (never the notebooks' plots: hooks/notebooks.py writes
# those), loaded, drawn, and measured: which file each shows, at what size.
FIGURES_SHOWN = """async () => {
  await document.fonts.ready;
  const images = [...document.querySelectorAll(".md-content img.figure")]
    .filter((img) => new URL(img.src).pathname.includes("/figures/"));
  for (const img of images) img.loading = "eager";
  await Promise.all(images.map((img) => img.decode().catch(() => {})));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return images.map((img) => {
    const box = img.getBoundingClientRect();
    const name = (url) => new URL(url, location.href).pathname.split("/").pop();
    return {
      src: img.getAttribute("src"),
      file: name(img.currentSrc || img.src),
      shown: img.checkVisibility(),
      layoutClass: ["figure-phone", "figure-wide"].find((c) => img.classList.contains(c)) ?? null,
      naturalWidth: img.naturalWidth,
      naturalHeight: img.naturalHeight,
      width: box.width,
      height: box.height,
    };
  });
}"""
OVERFLOW = """() => document.documentElement.scrollWidth - document.documentElement.clientWidth"""


def figure_id(src):
    return re.search(r"figures/([a-z0-9_]+?)(?:-phone)?-(light|dark)\.", src)[1]


@pytest.fixture(scope="module")
def has_phone_layout():
    """The ids of the figures the build draws a phone layout for."""
    return {i for i, spec in FIGURES.items() if "phone" in render_layouts(spec, "light")}


def visit_figures(open_page, path, scheme, width):
    page = open_page(path, scheme, width).page
    return page.evaluate(FIGURES_SHOWN), page.evaluate(OVERFLOW)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", PAGES)
def test_on_a_phone_every_figure_is_shown_at_0_6_of_its_size_or_more(
    open_page, path, scheme, has_phone_layout
):
    images, overflow = visit_figures(open_page, path, scheme, VIEWPORT)
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {VIEWPORT}px"
    by_figure = {}
    for image in images:
        by_figure.setdefault(figure_id(image["src"]), []).append(image)
    for name, variants in by_figure.items():
        shown = [image for image in variants if image["shown"]]
        assert len(shown) == 1, f"{name}: {len(shown)} of its {len(variants)} images show"
        (image,) = shown
        assert image["src"].endswith(f"#only-{scheme}")
        layout = "-phone" if name in has_phone_layout else ""
        assert image["file"] == f"{name}{layout}-{scheme}.svg"
        assert image["layoutClass"] == ("figure-phone" if name in has_phone_layout else None)
        assert image["naturalWidth"] > 0, f"{image['file']} did not load"
        scale = image["width"] / image["naturalWidth"]
        assert scale >= MIN_SCALE, f"{image['file']} is shown at {scale:.2f} of its size"
        ratio = image["naturalHeight"] / image["naturalWidth"]
        assert image["height"] / image["width"] == pytest.approx(ratio, rel=0.01)  # not squashed


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", PAGES)
def test_on_a_wide_screen_the_wide_layout_shows(open_page, path, scheme):
    images, overflow = visit_figures(open_page, path, scheme, WIDE)
    assert overflow <= 0
    for image in images:
        name = figure_id(image["src"])
        if image["shown"]:
            assert image["file"] == f"{name}-{scheme}.svg"
            assert image["width"] / image["naturalWidth"] >= MIN_SCALE
    shown = [figure_id(image["src"]) for image in images if image["shown"]]
    assert sorted(shown) == sorted({figure_id(image["src"]) for image in images})


def test_the_text_column_on_a_phone_is_as_wide_as_the_layout_assumes(open_page):
    column = open_page("derivatives/partial/", "light", VIEWPORT).page.evaluate(
        "document.querySelector('.md-content__inner').getBoundingClientRect().width"
    )
    assert column == pytest.approx(COLUMN, abs=1)  # snippets/plots/layout.py: COLUMN


@pytest.mark.parametrize("width", [VIEWPORT, WIDE])
def test_a_figure_keeps_its_space_before_its_image_arrives(open_page, width):
    """Each layout's <img> carries its width and height, so the box a figure gets before it
    loads is the one it has after: nothing below it jumps."""
    boxes = {}
    for arrives in (False, True):
        routes = {} if arrives else {"**/figures/*": lambda route: route.abort()}
        page = open_page("derivatives/partial/", "light", width, routes=routes).page
        figure = page.locator("img[src*='partial_slices'][src$='#only-light'] >> visible=true")
        figure.evaluate("img => { img.loading = 'eager'; return img.decode().catch(() => {}); }")
        boxes[arrives] = figure.bounding_box()
    assert boxes[False]["height"] > 100  # a placeholder of the figure's size, not 0
    assert boxes[False]["width"] == pytest.approx(boxes[True]["width"], abs=1)
    assert boxes[False]["height"] == pytest.approx(boxes[True]["height"], abs=1)


def test_instant_navigation_brings_the_phone_layout_too(open_page, served_site):
    """Material swaps the next page in without a reload: the phone layout's relative links
    must still name the right files."""

    def sitemap(route):  # Material navigates instantly only within its sitemap's host
        response = route.fetch()
        body = re.sub(r"<loc>https?://[^/<]+/", f"<loc>{served_site}", response.text())
        route.fulfill(response=response, body=body)

    visit = open_page("derivatives/partial/", "light", VIEWPORT, routes={"**/sitemap.xml": sitemap})
    page = visit.page
    page.evaluate("window.notReloaded = true")
    page.evaluate("document.querySelector('a[href$=\"bias-changes-slope/\"]').click()")
    page.wait_for_url(served_site + "derivatives/bias-changes-slope/")
    page.wait_for_load_state("networkidle")
    page.wait_for_selector(".md-content img.figure[src*='bias_w_slices']", state="attached")
    assert page.evaluate("window.notReloaded === true"), "the page was reloaded"
    images = page.evaluate(FIGURES_SHOWN)
    shown = {image["file"]: image for image in images if image["shown"]}
    assert set(shown) == {"bias_w_slices-phone-light.svg", "shift_versus_bias-phone-light.svg"}
    assert all(image["naturalWidth"] > 0 for image in shown.values())
    assert not visit.failed, visit.failed


SCROLL_THROUGH = """async () => {
  for (let y = 0; y < document.body.scrollHeight; y += 300) {
    window.scrollTo(0, y);
    await new Promise((done) => setTimeout(done, 30));
  }
}"""


@pytest.mark.parametrize(("width", "layout"), [(VIEWPORT, "-phone"), (WIDE, "")])
@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_reader_downloads_only_the_images_shown(open_page, width, layout, scheme):
    """A figure with a phone layout has four images; the three not shown (display: none)
    are lazy, so the browser never fetches them, even after scrolling past them."""
    fetched = []
    listeners = {"request": lambda request: fetched.append(request.url)}
    page = open_page("derivatives/bias-changes-slope/", scheme, width, listeners=listeners).page
    page.evaluate(SCROLL_THROUGH)
    page.wait_for_load_state("networkidle")
    names = sorted({url.rsplit("/", 1)[1] for url in fetched if "/figures/" in url})
    shown = [f"{figure}{layout}-{scheme}.svg" for figure in ("bias_w_slices", "shift_versus_bias")]
    assert names == shown
