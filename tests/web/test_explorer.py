"""The cost-surface explorer in a real browser: what it shows equals what snippets computes.

Every position is reached the way a reader would reach it (arrow keys, mouse drag, touch
drag, the descent button); the test then reads the numbers the page displays and compares
them with snippets.neuron (squared error) or the pointwise cross-entropy, within the
tolerance that snippets.explorer_data states and tests/test_explorer_data.py verifies.
"""

import gzip
import json
import re
import time

import numpy as np
import pytest
from axe_playwright_python.sync_playwright import Axe

from snippets.cost import cross_entropy, mean_cost
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.descent import LEARNING_RATES
from snippets.explorer_data import (
    B_RANGE,
    LEARNING_RATE,
    TOLERANCE,
    W_RANGE,
    encode,
    surface_data,
)
from snippets.gradcheck import complex_step
from snippets.neuron import cost, forward, gradients
from snippets.plots.theme import DARK, LIGHT

pytestmark = pytest.mark.browser

PATH = "explorer/"
READY = "[data-cost-explorer][data-explorer-state='ready']"
QUANTITIES = ("C", "dC_dw", "dC_db")
BUDGET = 300_000  # bytes, gzip, every response of a first visit (issue 6)


@pytest.fixture
def open_explorer(open_page):
    """Opens the explorer page (``open_page``'s arguments, but the path), ready to use."""

    def open_explorer(scheme="light", width=1280, **options):
        visit = open_page(PATH, scheme, width, **options)
        visit.page.wait_for_selector(READY)
        return visit

    return open_explorer


# --- what the page shows, and what it should show -------------------------------------------


def number(text):
    return float(text.replace("\u2212", "-"))


def shown(page):
    """The displayed w, b, C, ∂C/∂w, ∂C/∂b, and the exact w and b behind them."""
    values = page.eval_on_selector_all(
        "[data-explorer-value]",
        "nodes => nodes.map(n => [n.dataset.explorerValue, n.textContent, n.dataset.value])",
    )
    result = {key: number(text) for key, text, _ in values}
    result["w_exact"], result["b_exact"] = (
        float(full) for key, _, full in values if key in ("w", "b")
    )
    return result


def cross_entropy_cost(w, b):
    z, _ = forward(w, b, A_PREV)
    return mean_cost(cross_entropy(z, Y))


def exact(cost_name, w, b):
    """(C, ∂C/∂w, ∂C/∂b) from snippets at one point, no grid involved."""
    if cost_name == "squared_error":
        dC_dw, dC_db, _ = gradients(w, b, A_PREV, Y)
        return float(cost(w, b, A_PREV, Y)), float(dC_dw), float(dC_db)
    slopes = complex_step(lambda p: cross_entropy_cost(p[0], p[1]), np.array([w, b]))
    return float(cross_entropy_cost(w, b)), float(slopes[0]), float(slopes[1])


def assert_matches_snippets(values, cost_name):
    w, b = values["w_exact"], values["b_exact"]
    assert W_RANGE[0] <= w <= W_RANGE[1]
    assert B_RANGE[0] <= b <= B_RANGE[1]
    assert values["w"] == pytest.approx(w, abs=5e-5)  # four decimals, rounded
    assert values["b"] == pytest.approx(b, abs=5e-5)
    expected = dict(zip(QUANTITIES, exact(cost_name, w, b), strict=True))
    for name in QUANTITIES:
        assert abs(values[name] - expected[name]) < TOLERANCE, (name, w, b, values, expected)


def choose_cost(page, cost_name):
    page.locator(f"input[type=radio][value={cost_name}]").check()


# --- moving the point -----------------------------------------------------------------------


def show_map(page):
    """Scroll the map to the middle of the window, clear of Material's sticky header."""
    page.locator(".explorer__map").evaluate("map => map.scrollIntoView({block: 'center'})")


def map_box(page):
    return page.locator(".explorer__map .explorer__frame").bounding_box()


def screen_position(page, w, b):
    box = map_box(page)
    x = box["x"] + (w - W_RANGE[0]) / (W_RANGE[1] - W_RANGE[0]) * box["width"]
    y = box["y"] + (B_RANGE[1] - b) / (B_RANGE[1] - B_RANGE[0]) * box["height"]
    return x, y


def point_position(page):
    box = page.locator(".explorer__map .explorer__point circle").bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def drag_with_mouse(page, x, y):
    page.mouse.move(*point_position(page))
    page.mouse.down()
    page.mouse.move(x, y, steps=6)
    page.mouse.up()


def drag_with_finger(page, x, y, steps=6):
    """A one-finger drag from the point to (x, y): real touch events, through DevTools."""
    cdp = page.context.new_cdp_session(page)
    x0, y0 = point_position(page)
    start = {"x": x0, "y": y0}
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [start]})
    for k in range(1, steps + 1):
        point = {"x": x0 + (x - x0) * k / steps, "y": y0 + (y - y0) * k / steps}
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


# --- tests ----------------------------------------------------------------------------------


def test_starts_at_the_marked_point_with_the_home_page_slopes(open_explorer):
    visit = open_explorer()
    values = shown(visit.page)
    assert (values["w_exact"], values["b_exact"]) == (W0, B0)
    assert_matches_snippets(values, "squared_error")
    assert not visit.errors


@pytest.mark.parametrize("cost_name", ["squared_error", "cross_entropy"])
def test_keyboard_moves_match_snippets(open_explorer, cost_name):
    visit = open_explorer()
    page = visit.page
    choose_cost(page, cost_name)
    w_slider = page.get_by_label("weight w", exact=True)
    b_slider = page.get_by_label("bias b", exact=True)
    moves = [
        (w_slider, ["ArrowRight"] * 3, (W0 + 0.15, B0)),
        (b_slider, ["ArrowUp"] * 5, (W0 + 0.15, B0 + 0.25)),
        (w_slider, ["ArrowLeft"] * 27, (W0 + 0.15 - 1.35, B0 + 0.25)),
        (b_slider, ["ArrowDown"] * 31, (W0 + 0.15 - 1.35, B0 + 0.25 - 1.55)),
        (w_slider, ["End", "ArrowLeft"], (W_RANGE[1] - 0.05, B0 + 0.25 - 1.55)),
        (b_slider, ["Home"], (W_RANGE[1] - 0.05, B_RANGE[0])),
    ]
    for slider, keys, (w, b) in moves:
        slider.focus()
        for key in keys:
            page.keyboard.press(key)
        values = shown(page)
        assert values["w_exact"] == pytest.approx(w, abs=1e-9)
        assert values["b_exact"] == pytest.approx(b, abs=1e-9)
        assert_matches_snippets(values, cost_name)
    assert not visit.errors


@pytest.mark.parametrize("cost_name", ["squared_error", "cross_entropy"])
def test_mouse_drags_match_snippets(open_explorer, cost_name):
    visit = open_explorer()
    page = visit.page
    choose_cost(page, cost_name)
    show_map(page)
    pixel = (W_RANGE[1] - W_RANGE[0]) / map_box(page)["width"]  # w units per CSS pixel
    for w, b in [(-1.37, 0.81), (2.93, -3.12), (1.1, -0.3), (-2.5, 2.6), (3.3, 1.7)]:
        drag_with_mouse(page, *screen_position(page, w, b))
        values = shown(page)
        assert values["w_exact"] == pytest.approx(w, abs=pixel)
        assert values["b_exact"] == pytest.approx(b, abs=pixel)
        assert_matches_snippets(values, cost_name)
    assert not visit.errors


def test_clamps_at_the_edge_of_the_grid_instead_of_extrapolating(open_explorer):
    visit = open_explorer()
    page = visit.page
    choose_cost(page, "cross_entropy")  # the steeper cost: extrapolation would show most
    show_map(page)
    box = map_box(page)
    # Drag far past the top-right corner of the map: the point stops at (4, 3).
    drag_with_mouse(page, box["x"] + box["width"] + 60, box["y"] - 40)
    values = shown(page)
    assert (values["w_exact"], values["b_exact"]) == (W_RANGE[1], B_RANGE[1])
    assert_matches_snippets(values, "cross_entropy")

    # A huge descent step from near the bottom-left edge stays on the map too.
    page.get_by_label("weight w", exact=True).focus()
    page.keyboard.press("Home")
    page.keyboard.press("ArrowRight")
    page.get_by_label("bias b", exact=True).focus()
    page.keyboard.press("Home")
    page.get_by_label("learning rate η").fill("20")
    for _ in range(3):
        page.get_by_role("button", name="Take one gradient-descent step").click()
        values = shown(page)
        assert_matches_snippets(values, "cross_entropy")
    grid = surface_data()["costs"]["cross_entropy"]
    for name in QUANTITIES:  # nothing shown lies beyond what the grid holds
        assert grid[name].min() - TOLERANCE <= values[name] <= grid[name].max() + TOLERANCE
    assert not visit.errors


def test_a_descent_step_moves_against_the_gradient(open_explorer):
    visit = open_explorer()
    page = visit.page
    eta = 1.5
    page.get_by_label("learning rate η").fill(str(eta))
    w, b = W0, B0
    for _ in range(3):
        _, dC_dw, dC_db = exact("squared_error", w, b)
        before = shown(page)
        page.get_by_role("button", name="Take one gradient-descent step").click()
        after = shown(page)
        # The page steps with its interpolated gradient, good to TOLERANCE.
        assert after["w_exact"] == pytest.approx(w - eta * dC_dw, abs=eta * TOLERANCE)
        assert after["b_exact"] == pytest.approx(b - eta * dC_db, abs=eta * TOLERANCE)
        assert after["C"] < before["C"]
        assert_matches_snippets(after, "squared_error")
        w, b = after["w_exact"], after["b_exact"]
    page.get_by_role("button", name="Back to the start").click()
    values = shown(page)
    assert (values["w_exact"], values["b_exact"]) == (W0, B0)
    assert not visit.errors


# --- the learning rate: refused values are named, and never used ---------------------------

RATE = "learning rate η"
STEP = "Take one gradient-descent step"
PROBLEM = ".explorer__rate-problem"
RANGE = ".explorer__rate-range"
LIVE = ".explorer__widget [aria-live='polite']"

# What a reader types, and how the message must name it. Chromium keeps letters other than
# "e" out of a number field, so "abc" and "NaN" leave it empty; "1e" and "--1" get in, and
# the field's value is then "" with validity.badInput set.
BAD_RATES = [
    ("", r"η is empty"),
    ("abc", r"η is empty"),
    ("NaN", r"η is empty"),
    ("1e", r"η is not a number"),
    ("--1", r"η is not a number"),
    ("0", r"η = 0 would not move the point"),
    ("-1", r"η = \u22121 is negative, so the step would go uphill"),
    ("0.001", r"η = 0.001 is too small"),
    ("41", r"η = 41 is too large"),
    ("1e308", r"η = 1e308 is too large"),
]


def accepted_range(page):
    """The field's own min and max attributes, as the page's words must quote them."""
    field = page.get_by_label(RATE)
    return field.get_attribute("min"), field.get_attribute("max")


def type_rate(page, text):
    """Replace the learning rate with `text`, keystroke by keystroke, as a reader would."""
    field = page.get_by_label(RATE)
    field.fill("")
    field.focus()
    page.keyboard.type(text)


def position(page):
    values = shown(page)
    return values["w_exact"], values["b_exact"]


def problem_message(page):
    problem = page.locator(PROBLEM)
    return problem.text_content() if problem.is_visible() else None


@pytest.mark.parametrize(("typed", "named"), BAD_RATES, ids=[t or "empty" for t, _ in BAD_RATES])
def test_a_refused_learning_rate_is_named_and_never_used(open_explorer, typed, named):
    visit = open_explorer()
    page = visit.page
    field = page.get_by_label(RATE)
    low, high = accepted_range(page)
    accepted = f"use a number from {low} to {high}."
    type_rate(page, typed)
    page.keyboard.press("Tab")  # done typing: the field loses focus, to the step button
    message = problem_message(page)
    assert message is not None, typed
    assert re.match(named, message), message
    assert message.endswith(accepted), message
    assert field.get_attribute("aria-invalid") == "true"
    problem_id = page.locator(PROBLEM).get_attribute("id")
    assert problem_id in field.get_attribute("aria-describedby").split()

    # Pressing the step button, from the keyboard and with the mouse, moves nothing:
    # the message stays, is spoken, and the focus stays on the button.
    step = page.get_by_role("button", name=STEP)
    before = position(page)
    assert page.evaluate("document.activeElement.textContent") == STEP
    page.keyboard.press("Enter")
    step.click()
    assert position(page) == before
    assert problem_message(page) == message
    assert field.get_attribute("aria-invalid") == "true"
    assert page.evaluate("document.activeElement.textContent") == STEP
    page.wait_for_function(
        "([live, message]) => document.querySelector(live).textContent === message",
        arg=[LIVE, message],
    )

    # A good value clears the message at once, with no need to leave the field; and
    # then the step moves the point.
    field.fill("1.5")
    assert problem_message(page) is None
    assert page.locator(PROBLEM).text_content() == ""  # nothing left to describe the field
    assert field.get_attribute("aria-invalid") is None
    step.click()
    assert position(page) != before
    assert not visit.errors


def test_the_message_waits_until_the_reader_has_typed_then_follows_each_key(open_explorer):
    visit = open_explorer()
    page = visit.page
    field = page.get_by_label(RATE)
    type_rate(page, "0")  # on its way to 0.5: no message yet
    assert problem_message(page) is None
    assert field.get_attribute("aria-invalid") is None
    page.keyboard.type(".5")
    page.keyboard.press("Tab")
    assert problem_message(page) is None

    type_rate(page, "45")
    page.keyboard.press("Tab")
    assert problem_message(page) == "η = 45 is too large: use a number from 0.01 to 40."
    field.focus()
    page.keyboard.press("End")
    page.keyboard.type("0")  # once shown, the message follows each keystroke
    assert problem_message(page).startswith("η = 450 is too large")
    page.keyboard.press("Backspace")
    assert problem_message(page).startswith("η = 45 is too large")
    page.keyboard.press("Backspace")  # "4": good, cleared on the keystroke
    assert problem_message(page) is None
    assert field.get_attribute("aria-invalid") is None
    page.keyboard.type("00")  # "400": not yet said to be wrong, so no message yet
    assert problem_message(page) is None
    page.keyboard.press("Tab")
    assert problem_message(page).startswith("η = 400 is too large")
    assert not visit.errors


def test_the_accepted_range_is_stated_beside_the_field(open_explorer):
    visit = open_explorer()
    page = visit.page
    field = page.get_by_label(RATE)
    low, high = accepted_range(page)
    assert (float(low), float(high)) == (0.01, 40.0)
    assert field.get_attribute("step") == "any"  # any number in the range, any decimals
    # The starting η, and every rate the descent page shows, can be replayed here.
    for eta in (LEARNING_RATE, *LEARNING_RATES):
        assert float(low) <= eta <= float(high), eta
    assert float(field.input_value()) == LEARNING_RATE
    hint = page.locator(RANGE)
    assert hint.is_visible()
    assert hint.text_content() == f"a number from {low} to {high}"
    assert hint.get_attribute("id") in field.get_attribute("aria-describedby").split()
    assert field.get_attribute("aria-invalid") is None
    assert problem_message(page) is None
    # The page's own words quote the same range.
    words = page.locator("article").text_content()  # below the first screen too
    assert re.search(f"takes any .* from {re.escape(low)} to {re.escape(high)}, ", words)
    # The largest rate is a good value: it steps.
    before = position(page)
    field.fill(high)
    page.get_by_role("button", name=STEP).click()
    assert position(page) != before
    assert problem_message(page) is None
    assert not visit.errors


@pytest.mark.parametrize("width", [1280, 360])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_is_clean_with_the_learning_rate_message_shown(open_explorer, scheme, width):
    visit = open_explorer(scheme, width)
    page = visit.page
    type_rate(page, "1e308")
    page.get_by_role("button", name=STEP).click()
    assert problem_message(page).startswith("η = 1e308 is too large")
    page.locator(PROBLEM).scroll_into_view_if_needed()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    box = page.locator(PROBLEM).bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= width
    assert not visit.errors
    assert not visit.foreign


def test_phone_width_touch_drag_without_horizontal_scroll(open_explorer):
    visit = open_explorer(width=360, has_touch=True, is_mobile=True, device_scale_factor=2)
    page = visit.page
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    widget = page.locator(".explorer__widget").bounding_box()
    assert widget["x"] >= 0
    assert widget["x"] + widget["width"] <= 360
    show_map(page)
    scrolled = page.evaluate("scrollY")
    for w, b in [(2.2, 1.4), (-2.1, -3.3), (0.9, -0.6)]:
        drag_with_finger(page, *screen_position(page, w, b))
        values = shown(page)
        pixel = (W_RANGE[1] - W_RANGE[0]) / map_box(page)["width"]
        assert values["w_exact"] == pytest.approx(w, abs=pixel)
        assert values["b_exact"] == pytest.approx(b, abs=pixel)
        assert_matches_snippets(values, "squared_error")
    assert page.evaluate("scrollY") == scrolled  # the finger dragged, the page stayed
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert not visit.errors


PLACES = """(inFlow) => {
  const sliders = document.querySelector(".explorer__sliders");
  if (inFlow) sliders.style.position = "static";  // where they are when not held on screen
  const places = Object.fromEntries(
    [".explorer__map", ".explorer__sliders", ".explorer__slices"].map((name) => {
      const box = document.querySelector(name).getBoundingClientRect();
      return [name.slice(11), {top: box.top, bottom: box.bottom}];
    }));
  sliders.style.position = "";
  return places;
}"""


def test_on_a_phone_the_sliders_stay_within_a_screen_of_what_they_move(open_explorer):
    """At 360 px the sliders sit between the map and the slices, all three within one screen
    of each other, and they stay on screen while the reader looks at either."""
    height = 740  # a phone's screen, a little less than most
    visit = open_explorer(width=360, height=height)
    page = visit.page
    places = page.evaluate(PLACES, True)
    order = sorted(places, key=lambda name: places[name]["top"])
    assert order == ["map", "sliders", "slices"]
    span = places["slices"]["bottom"] - places["sliders"]["top"]
    assert span <= height, f"sliders to the last slice: {span:.0f}px, a screen is {height}"
    span = places["sliders"]["bottom"] - places["map"]["top"]
    assert span <= height, f"map to the sliders: {span:.0f}px, a screen is {height}"
    # Looking at the map (its top under the header), then at the slices (their bottom at
    # the foot of the screen): the sliders are on screen both times, clear of the header.
    for where, block in (("map", "start"), ("slices", "end")):
        page.locator(f".explorer__{where}").evaluate(
            f"node => node.scrollIntoView({{block: '{block}'}})")
        page.wait_for_timeout(100)
        sliders = page.evaluate(PLACES, False)["sliders"]
        header = page.evaluate(
            "document.querySelector('.md-header').getBoundingClientRect().bottom")
        assert header - 1 <= sliders["top"], (where, sliders)
        assert sliders["bottom"] <= height, (where, sliders)
    # ...and they still work where they are.
    page.get_by_label("bias b", exact=True).focus()
    page.keyboard.press("ArrowRight")
    assert shown(page)["b_exact"] == pytest.approx(B0 + 0.05)


def test_on_a_wide_screen_the_sliders_sit_under_the_map_beside_the_slices(open_explorer):
    visit = open_explorer()
    places = visit.page.evaluate(PLACES, False)
    map_box = visit.page.locator(".explorer__map").bounding_box()
    sliders = visit.page.locator(".explorer__sliders").bounding_box()
    slices = visit.page.locator(".explorer__slices").bounding_box()
    assert places["sliders"]["top"] >= places["map"]["bottom"]
    assert sliders["x"] + sliders["width"] <= slices["x"]  # left column, slices right
    assert abs(sliders["x"] - map_box["x"]) < 60
    assert visit.page.evaluate(
        "getComputedStyle(document.querySelector('.explorer__sliders')).position"
    ) == "static"


def test_values_are_announced_politely_once_the_point_rests(open_explorer):
    visit = open_explorer()
    page = visit.page
    live = page.locator(".explorer__widget [aria-live='polite']")
    assert live.count() == 1
    page.evaluate(
        "() => { window.announcements = 0;"
        " new MutationObserver(() => window.announcements++).observe("
        " document.querySelector(\".explorer__widget [aria-live='polite']\"),"
        " {childList: true, characterData: true, subtree: true}); }"
    )
    page.get_by_label("weight w", exact=True).focus()
    for _ in range(10):  # a reader tapping the key every 0.1 s
        page.keyboard.press("ArrowRight")
        page.wait_for_timeout(100)
    page.wait_for_function("window.announcements > 0")
    page.wait_for_timeout(1000)
    assert page.evaluate("window.announcements") == 1  # ten moves, one announcement
    dC_dw = page.locator("[data-explorer-value=dC_dw]").text_content()
    assert dC_dw in live.text_content()
    assert not visit.errors


SLICE_STROKES = """() => [".explorer__along-w", ".explorer__along-b"].map((name) =>
  getComputedStyle(document.querySelector(`.explorer__slice path${name}:not(.explorer__halo)`))
    .stroke)"""


def css_rgb(hex_colour):
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


def test_follows_the_colour_scheme_toggle(open_explorer):
    visit = open_explorer()
    page = visit.page
    heat = page.locator(".explorer__map image")
    light = heat.get_attribute("href")
    assert page.evaluate(SLICE_STROKES) == [css_rgb(LIGHT.w_slice), css_rgb(LIGHT.b_slice)]
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function(
        "() => document.body.getAttribute('data-md-color-scheme') === 'slate'"
    )
    # The slices take the dark scheme's colours for the w and b directions, as the
    # figures do; the cost's colour map is the same in both schemes.
    assert page.evaluate(SLICE_STROKES) == [css_rgb(DARK.w_slice), css_rgb(DARK.b_slice)]
    assert heat.get_attribute("href") == light
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert not visit.errors


def heat_map_pixels(page):
    """The explorer's heat map as an array of [r, g, b] rows (row 0 at the top), from its PNG."""
    import base64
    import io

    from PIL import Image

    href = page.locator(".explorer__map image").get_attribute("href")
    data = base64.b64decode(href.split(",", 1)[1])
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(float)


def test_the_heat_map_uses_the_figures_colour_map_darkest_for_the_lowest_cost(open_explorer):
    import matplotlib

    from snippets.plots.theme import CONTOUR_DARK, CONTOUR_LIGHT, COST_COLORMAP

    pixels = {}
    for scheme in ("light", "dark"):
        visit = open_explorer(scheme)
        pixels[scheme] = heat_map_pixels(visit.page)
        legend = visit.page.locator(".explorer__legend").inner_text()
        assert legend.split("\n") == ["lower cost", "higher cost"]
        assert "Darker colours mean a lower cost" in visit.page.locator(
            ".explorer__map + .explorer__legend + figcaption").inner_text()
    np.testing.assert_array_equal(pixels["light"], pixels["dark"])  # one map, both schemes
    bands = 14  # explorer.js: BANDS
    colormap = matplotlib.colormaps[COST_COLORMAP]
    expected = [np.array(colormap((k + 0.5) / bands)[:3]) * 255 for k in range(bands)]
    lines = [np.array(matplotlib.colors.to_rgb(c)) * 255 for c in (CONTOUR_DARK, CONTOUR_LIGHT)]
    colours = np.unique(pixels["light"].reshape(-1, 3), axis=0)
    for colour in colours:
        nearest = min(np.abs(colour - e).max() for e in [*expected, *lines])
        assert nearest <= 6, f"{colour} is neither a band of {COST_COLORMAP} nor a contour line"
    assert len(colours) == bands + 2  # every band shows, and both line colours
    # The lowest cost on the grid is in the first (darkest) band, the highest in the last.
    grid = surface_data()
    C = np.asarray(grid["costs"]["squared_error"]["C"])
    size = pixels["light"].shape[0]
    for index, band in ((np.argmin(C), 0), (np.argmax(C), bands - 1)):
        row, column = np.unravel_index(index, C.shape)  # row: b, from the lowest b up
        x = round(column / (C.shape[1] - 1) * (size - 1))
        y = round((1 - row / (C.shape[0] - 1)) * (size - 1))
        assert np.abs(pixels["light"][y, x] - expected[band]).max() <= 6


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_is_clean_with_the_cross_entropy_and_a_moved_point(open_explorer, scheme):
    visit = open_explorer(scheme)
    page = visit.page
    choose_cost(page, "cross_entropy")
    page.get_by_label("bias b", exact=True).focus()
    page.keyboard.press("PageUp")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert not visit.errors
    assert not visit.foreign


def test_without_javascript_the_static_figure_stays(open_page):
    page = open_page(PATH, java_script_enabled=False).page
    figure = page.locator("[data-cost-explorer] img[src*='home_surface_slice-light']")
    figure.scroll_into_view_if_needed()
    assert figure.is_visible()
    assert figure.evaluate("img => img.decode().then(() => img.naturalWidth)") > 0
    assert page.locator(".explorer__widget").count() == 0
    # ...and a note, styled as Material's admonitions are, says why it does not move.
    note = page.locator(".admonition", has_text="needs JavaScript")
    assert note.is_visible()
    assert "JavaScript is off" in note.inner_text()
    note_box, figure_box = note.bounding_box(), figure.bounding_box()
    assert note_box["y"] + note_box["height"] <= figure_box["y"]  # just above the figure


def test_with_javascript_the_note_about_it_stays_hidden(open_explorer):
    visit = open_explorer()
    assert visit.page.get_by_text("needs JavaScript").count() == 0  # in <noscript>: text
    assert not visit.page.locator(".admonition", has_text="needs JavaScript").count()


def test_if_the_data_cannot_load_the_static_figure_comes_back(open_page):
    no_data = {"**/surface.json": lambda route: route.fulfill(status=404, body="")}
    visit = open_page(PATH, routes=no_data)
    page = visit.page
    page.wait_for_selector("[data-cost-explorer][data-explorer-state='failed']")
    figure = page.locator("[data-cost-explorer] img[src*='home_surface_slice-light']")
    figure.scroll_into_view_if_needed()
    assert figure.is_visible()
    assert figure.evaluate("img => img.decode().then(() => img.naturalWidth)") > 0
    assert "could not load" in page.locator("[data-cost-explorer]").text_content()
    assert not page.locator(".admonition", has_text="needs JavaScript").count()
    assert page.locator(".explorer__widget").count() == 0
    assert not visit.uncaught  # a warning in the console, no uncaught error


def test_instant_navigation_mounts_once_and_leaves_nothing_behind(open_page, served_site):
    # Material navigates instantly only to URLs in its sitemap, whose host and port are
    # site_url's; point them at this test server, or every click would be a full reload.
    def sitemap(route):
        response = route.fetch()
        body = re.sub(r"<loc>https?://[^/<]+/", f"<loc>{served_site}", response.text())
        route.fulfill(response=response, body=body)

    visit = open_page("", routes={"**/sitemap.xml": sitemap})
    page = visit.page
    page.evaluate("window.sameDocument = true")
    nav = page.locator(".md-nav--primary")
    for _ in range(2):
        nav.locator("a.md-nav__link[href$='explorer/']").first.click()
        page.wait_for_selector(READY)
        assert page.evaluate("costExplorer.live") == 1
        before = shown(page)["dC_dw"]
        page.get_by_label("bias b", exact=True).focus()
        page.keyboard.press("ArrowUp")
        assert shown(page)["dC_dw"] != before  # the one explorer on the page responds
        nav.locator("a.md-nav__link", has_text="Home").first.click()
        page.wait_for_function("() => costExplorer.live === 0")
        assert page.locator("[data-cost-explorer]").count() == 0
    assert page.evaluate("window.sameDocument")  # never reloaded: all instant navigation
    assert not visit.errors


def test_first_visit_weighs_less_than_300_kb_gzip(open_page):
    sizes = {}

    def record(response):
        try:
            sizes[response.url] = len(gzip.compress(response.body(), 9))
        except Exception:  # a redirect or an aborted request has no body
            sizes.setdefault(response.url, 0)

    page = open_page(PATH, listeners={"response": record}).page
    page.wait_for_selector(READY)
    page.wait_for_load_state("networkidle")
    assert any(url.endswith("surface.json") for url in sizes)
    total = sum(sizes.values())
    assert total <= BUDGET, sorted(sizes.items(), key=lambda item: -item[1])


# Notes, as the explorer mounts, whether Material had started (its document$ exists).
MOUNT_WATCH = """new MutationObserver((records, observer) => {
  if (!document.querySelector("[data-cost-explorer] svg")) return;
  window.explorerMountedAfterMaterial = "document$" in window;
  observer.disconnect();
}).observe(document, {childList: true, subtree: true});"""


def test_mounts_only_once_material_has_started(open_page):
    """On a first visit the module runs before Material's bundle, and must wait for it: it
    mounts on each document$, which instant navigation emits again. Here the bundle arrives
    a second late, so the grid data wins the race."""
    late_bundle = {"**/bundle.*.min.js": lambda route: (time.sleep(1), route.continue_())}
    visit = open_page(PATH, routes=late_bundle, init_script=MOUNT_WATCH)
    visit.page.wait_for_selector(READY)
    assert visit.page.evaluate("window.explorerMountedAfterMaterial") is True
    assert visit.uncaught == []


@pytest.mark.build
def test_the_site_ships_the_snippets_grid_data(site):
    shipped = json.loads((site / "generated/explorer/surface.json").read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(encode(surface_data())))
    html = (site / PATH / "index.html").read_text(encoding="utf-8")
    assert '<script type="module" src="../assets/explorer/explorer.js">' in html
    assert "<noscript>" in html
