"""The notebooks' pages on a 360 px phone and on a 1280 px screen, in a real browser.

A notebook's plot is a PNG whose text is drawn at a fixed size, so its text shrinks exactly
as much as the image does. On a phone, in both colour schemes, every plot is shown at
layout.MIN_SCALE (0.6) of the size it has on a wide screen or more, and a wide screen shows it
at its natural size. No displayed formula is cut off or scrolls on a phone: the notebooks
break long displays, as the Markdown pages do.
"""

import pytest

from snippets.plots.layout import COLUMN, MIN_SCALE, VIEWPORT
from tests.web.browser import SCHEMES
from tests.web.conftest import PAGES

pytestmark = pytest.mark.browser

NOTEBOOK_PAGES = [path for path in PAGES if path.startswith("notebooks/")]
WIDE = 1280
# The plots the reader's colour scheme shows, loaded and measured; and every displayed
# formula wider than its box.
MEASURE = """async () => {
  await document.fonts.ready;
  const images = [...document.querySelectorAll(".md-content img.notebook-plot")];
  for (const img of images) img.loading = "eager";
  await Promise.all(images.map((img) => img.decode().catch(() => {})));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const plots = images.filter((img) => img.checkVisibility()).map((img) => ({
    src: img.getAttribute("src"),
    naturalWidth: img.naturalWidth,
    width: img.getBoundingClientRect().width,
  }));
  const cut = [...document.querySelectorAll(".md-content div.arithmatex")]
    .filter((box) => box.scrollWidth > box.clientWidth + 1)
    .map((box) => `${box.textContent.slice(0, 40)}: ${box.scrollWidth} > ${box.clientWidth}`);
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  return {plots, cut, overflow};
}"""


def measure(open_page, path, scheme, width):
    return open_page(path, scheme, width).page.evaluate(MEASURE)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", NOTEBOOK_PAGES)
def test_on_a_phone_every_plot_keeps_0_6_of_its_text_size(open_page, path, scheme):
    phone = measure(open_page, path, scheme, VIEWPORT)
    wide = measure(open_page, path, scheme, WIDE)
    assert phone["plots"], f"{path} shows no plot"
    assert [p["src"] for p in phone["plots"]] == [p["src"] for p in wide["plots"]]
    for small, large in zip(phone["plots"], wide["plots"], strict=True):
        assert small["naturalWidth"] > 0, f"{small['src']} did not load"
        assert large["width"] == pytest.approx(large["naturalWidth"], abs=0.5), (
            f"{large['src']} is not shown at its natural size on a wide screen"
        )
        scale = small["width"] / large["width"]
        assert scale >= MIN_SCALE, (
            f"{small['src']}: its text is shown at {scale:.2f} of its size on a "
            f"{VIEWPORT}px phone; draw it at most {COLUMN / MIN_SCALE:.0f}px wide"
        )


@pytest.mark.parametrize("path", NOTEBOOK_PAGES)
def test_on_a_phone_no_formula_is_cut_off(open_page, path):
    phone = measure(open_page, path, "light", VIEWPORT)
    assert phone["overflow"] <= 0, f"{path} scrolls sideways by {phone['overflow']}px"
    assert not phone["cut"], f"{path}: displays wider than the phone's column: {phone['cut']}"
