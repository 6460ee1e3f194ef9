"""Icons no reader can see as a page loads (site.css) wait until they show, and stay until
they have gone from view."""

import pytest

pytestmark = pytest.mark.browser

PAGE = "backprop/many-neurons/"  # a section of the navigation is open, so a chevron shows
TABS_PAGE = "derivatives/partial/"
DRAWER_ICONS = [
    ".md-sidebar--primary .md-nav__icon",  # a section's chevron, and its title's back arrow
    ".md-sidebar--primary .md-nav__link[for='__toc'] .md-icon",  # the table of contents
]
TAB_BUTTON = ".tabbed-control--next .tabbed-button"
# The image an element's ::after masks its colour with: "url" (an icon) or "none".
MASK = "e => getComputedStyle(e, '::after').maskImage.startsWith('url(') ? 'url' : 'none'"
MASKS = f"els => els.map({MASK})"


def test_the_closed_drawer_loads_its_icons_only_when_it_opens(browser, served_site):
    page = browser.new_page(viewport={"width": 360, "height": 800})
    try:
        page.goto(served_site + PAGE)
        icons = page.query_selector_all(", ".join(DRAWER_ICONS))
        closed = page.evaluate(MASKS, icons)
        page.click(".md-header label[for='__drawer']")
        opened = page.evaluate(MASKS, icons)
        # Closed and read in one task, so the check cannot come after the slide has ended.
        closing = page.evaluate(
            f"els => {{ document.querySelector('.md-overlay').click(); return els.map({MASK}); }}",
            icons,
        )
        assert len(closed) >= 3, "expected a chevron, a back arrow and the contents icon"
        assert set(closed) == {"none"}, "no icon image while the drawer is closed"
        assert set(opened) == {"url"}, "every icon as soon as the drawer opens"
        assert set(closing) == {"url"}, "the icons stay while the drawer slides out"
        page.wait_for_function(f"els => els.every(e => ({MASK})(e) === 'none')", arg=icons)
    finally:
        page.close()


def test_the_navigation_beside_the_page_shows_its_icons(browser, served_site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(served_site + PAGE)
        masks = page.eval_on_selector_all(".md-sidebar--primary .md-nav__icon", MASKS)
    finally:
        page.close()
    assert masks, "expected a chevron in the navigation"
    assert set(masks) == {"url"}


def test_a_tab_scroll_button_loads_its_icon_only_when_it_shows(browser, served_site):
    page = browser.new_page(viewport={"width": 360, "height": 800})
    try:
        page.goto(served_site + TABS_PAGE)
        page.wait_for_selector(TAB_BUTTON, state="attached")
        button = page.locator(TAB_BUTTON).first
        control = page.locator(".tabbed-control--next").first

        def mask():
            return button.evaluate(MASK)

        hidden = mask()
        control.evaluate("e => { e.hidden = false; }")
        shown = mask()
        fading = control.evaluate(  # hidden and read in one task, as the fade has just begun
            f"(e, button) => {{ e.hidden = true; return ({MASK})(button); }}",
            button.element_handle(),
        )
        assert hidden == "none", "no icon image while the button is hidden"
        assert shown == "url", "the icon as soon as the button shows"
        assert fading == "url", "the icon stays while the button fades out"
        page.wait_for_function(f"e => ({MASK})(e) === 'none'", arg=button.element_handle())
    finally:
        page.close()
