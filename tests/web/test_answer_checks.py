"""Answer checks and predictions, in the browser (issue 22).

Typed answers get their verdicts: right, a named mistake (with that mistake's explanation),
close, unreadable. "Another one" brings the next set of exported numbers; progress is kept
in localStorage and forgotten on request; predictions commit on one click and open the
answer. Without JavaScript the questions and the folded answers stay; the script loads only
on pages that have a check; axe finds nothing with verdicts shown, at 1280 and 360 px.
"""

import gzip
import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from bs4 import BeautifulSoup

from tests.web.browser import SCHEMES
from tests.web.conftest import PAGES

pytestmark = pytest.mark.browser

SCRIPT = "assets/checks/checks.js"
MAX_SCRIPT_GZIP_BYTES = 4_000  # the checks' script, as a static host sends it (gzip)


def built_page(site, path):
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def page_sets(page, box):
    """The exported sets of numbers of a box: [({name: value}, {mistake: value})]."""
    data = json.loads(box.get_attribute("data-answer-check"))
    return [(dict(zip(data["names"], values, strict=True)),
             dict(zip(data["mistakes"], wrong, strict=True))) for values, wrong in data["bank"]]


def answer(box, typed):
    box.locator("input").fill(typed)
    box.locator("[data-check]").click()
    return box.get_attribute("data-verdict"), box.locator(".answer-check__verdict").inner_text()


def words(text):
    """Text with the line breaks MathML puts between its tokens removed, for comparing."""
    return re.sub(r"\s+", "", text)


@pytest.fixture
def home(open_page):
    return open_page("")


PAGES_WITH_CHECKS = ["", "derivatives/partial/", "derivatives/bias-changes-slope/",
                     "derivatives/total/", "backprop/one-neuron/", "backprop/chain/",
                     "backprop/descent/", "backprop/many-neurons/", "backprop/gradient-check/",
                     "exercises/"]


@pytest.mark.parametrize("path", PAGES_WITH_CHECKS)
def test_every_check_takes_its_answer_and_names_each_mistake(open_page, path):
    visit = open_page(path)
    boxes = visit.page.locator("[data-answer-check]")
    assert boxes.count() >= 1
    for i in range(boxes.count()):
        box = boxes.nth(i)
        values, mistakes = page_sets(visit.page, box)[0]
        verdict, said = answer(box, repr(values["answer"]))
        assert verdict == "right", (box.get_attribute("id"), said)
        for name, value in mistakes.items():
            verdict, said = answer(box, f"{value:.6f}")
            assert verdict == "mistake", (box.get_attribute("id"), name, said)
            explanation = box.locator(f'[data-says="{name}"]').inner_text()
            assert words(explanation) in words(said), (name, said)
    assert visit.errors == []


@pytest.mark.parametrize(("typed", "verdict"), [
    ("-0.225", "right"), ("−0.2250", "right"), ("-2.25e-1", "right"), ("-9/40", "right"),
    (" -0,225 ", "right"), ("-0.2253", "right"),
    ("-0.1125", "mistake"), ("0.225", "mistake"), ("-0.9", "mistake"),
    ("-0.2262", "wrong"), ("5", "wrong"),
    ("abc", "unreadable"), ("1/0", "unreadable"), ("--1", "unreadable"), ("1e999", "unreadable"),
])
def test_typed_answers_get_their_verdicts(home, typed, verdict):
    """The home page's ∂C_0/∂b for example 5: z = 0, so 1 · 0.25 · 2(0.5 − 0.95) = −0.225."""
    box = home.page.locator("#check-home-bias-slope")
    got, said = answer(box, typed)
    assert got == verdict, said
    invalid = box.locator("input").get_attribute("aria-invalid")
    assert (invalid == "true") == (verdict == "unreadable")
    if verdict == "right":
        assert said.startswith("Right: the answer is -0.2250")


def test_a_named_mistake_is_said_with_its_reason_and_link(home):
    box = home.page.locator("#check-home-bias-slope")
    _, said = answer(box, "-0.9")
    assert said.startswith("Not yet: -0.9000 is what you get if")
    assert "is left out" in said
    link = box.locator(".answer-check__verdict a")
    assert link.count() == 1
    assert link.get_attribute("href").endswith("backprop/one-neuron/")
    # Two mistakes that give one number are both named.
    _, said = answer(box, "-0.1125")
    assert "factor 2" in said
    assert "or if the cost is taken as" in said


def test_the_verdict_is_announced_politely_and_focus_stays_in_the_field(home):
    box = home.page.locator("#check-home-bias-slope")
    verdict = box.locator(".answer-check__verdict")
    assert verdict.get_attribute("role") == "status"
    assert verdict.get_attribute("aria-live") == "polite"
    field = box.locator("input")
    field.fill("-0.225")
    field.press("Enter")  # Enter checks, as the button does
    assert box.get_attribute("data-verdict") == "right"
    assert home.page.evaluate("document.activeElement.id") == field.get_attribute("id")
    home.page.keyboard.press("Tab")  # and Tab moves on: nothing traps the focus
    assert home.page.evaluate("document.activeElement.hasAttribute('data-check')")


def test_another_one_brings_fresh_numbers_and_checks_against_them(home):
    box = home.page.locator("#check-home-bias-slope")
    sets = page_sets(home.page, box)
    assert len(sets) == 9
    box.locator("details").evaluate("details => details.open = true")
    box.locator("[data-another]").click()
    values, mistakes = sets[1]
    assert box.locator('[data-value="w"]').first.inner_text() == f"{values['w']:g}"
    assert box.locator('[data-value="answer"]').text_content() == f"{values['answer']:.4f}"
    assert box.locator("details").get_attribute("open") is None  # the answer folds again
    assert "New numbers" in box.locator(".answer-check__verdict").inner_text()
    assert answer(box, "-0.225")[0] != "right"  # the old answer no longer counts
    assert answer(box, f"{values['answer']:.4f}")[0] == "right"
    name, value = next(iter(mistakes.items()))
    assert answer(box, f"{value:.4f}")[0] == "mistake", name
    for _ in range(8):  # round the bank, back to the page's own numbers
        box.locator("[data-another]").click()
    assert answer(box, "-0.225")[0] == "right"


def test_progress_is_kept_in_this_browser_and_can_be_forgotten(open_page):
    visit = open_page("")
    page = visit.page
    box = page.locator("#check-home-bias-slope")
    forget = box.locator(".answer-check__forget")
    assert forget.is_hidden()  # nothing to forget yet
    answer(box, "-0.225")
    page.reload(wait_until="networkidle")
    progress = box.locator(".answer-check__progress")
    assert "You have solved this one before" in progress.inner_text()
    assert "Right answers on this site: 1" in progress.inner_text()
    other = page.locator("#check-home-weight-slope .answer-check__progress")
    assert "solved this one before" not in other.inner_text()
    assert json.loads(page.evaluate("localStorage.getItem('answer-checks')")) == {
        "check-home-bias-slope": True}
    box.locator(".answer-check__forget").click()
    assert page.evaluate("localStorage.getItem('answer-checks')") is None
    assert "Right answers on this site: 0" in progress.inner_text()
    assert box.locator(".answer-check__forget").is_hidden()
    assert page.evaluate("document.activeElement.tagName") == "INPUT"  # focus not lost
    assert "forgotten" in box.locator(".answer-check__verdict").inner_text()


@pytest.mark.parametrize("path", ["derivatives/partial/", "derivatives/bias-changes-slope/",
                                  "derivatives/total/", "backprop/descent/", "explorer/"])
def test_a_prediction_commits_on_one_click_and_opens_its_answer(open_page, path):
    visit = open_page(path)
    prediction = visit.page.locator("[data-prediction]").first
    buttons = prediction.locator("button[data-right]")
    wrong = prediction.locator("button[data-right='false']").first
    wrong.click()
    assert wrong.get_attribute("aria-pressed") == "true"
    said = prediction.locator(".prediction__verdict").inner_text()
    assert said.startswith("Not so. ")
    assert said == "Not so. " + wrong.get_attribute("data-reply")
    assert prediction.locator("details").get_attribute("open") is not None
    right = prediction.locator("button[data-right='true']")
    assert right.count() == 1
    assert buttons.count() >= 2
    right.click()
    assert prediction.locator(".prediction__verdict").inner_text().startswith("Right. ")
    assert wrong.get_attribute("aria-pressed") == "false"
    assert visit.errors == []


def test_without_javascript_the_questions_and_folded_answers_stay(open_page):
    visit = open_page("", java_script_enabled=False)
    page = visit.page
    box = page.locator("#check-home-bias-slope")
    assert "Check yourself." in box.inner_text()
    assert "needs JavaScript" in box.inner_text()
    box.locator("summary").click()  # details open without any script
    worked = box.locator("details").inner_text()
    assert "-0.2250" in worked
    assert "Typical wrong answers" in worked
    assert "is left out" in worked


def test_the_script_loads_only_on_pages_with_checks_and_is_small(site):
    with_checks = set()
    for path in PAGES:
        soup = built_page(site, path) if path else BeautifulSoup(
            (site / "index.html").read_text(encoding="utf-8"), "html.parser")
        has_checks = bool(soup.select("[data-answer-check], [data-prediction]"))
        scripts = [tag["src"] for tag in soup.find_all("script", src=True)
                   if tag["src"].endswith(SCRIPT.rsplit("/", 1)[1])]
        assert (len(scripts) == 1) == has_checks, path
        if has_checks:
            with_checks.add(path)
    assert with_checks >= set(PAGES_WITH_CHECKS) | {"explorer/"}
    assert len(gzip.compress((site / SCRIPT).read_bytes())) < MAX_SCRIPT_GZIP_BYTES


def test_checks_mount_after_instant_navigation(open_page):
    visit = open_page("backprop/one-neuron/")
    page = visit.page
    assert page.evaluate("answerChecks.live") == 3
    page.locator(".md-nav__link[href$='backprop/chain/']").first.click()
    page.wait_for_url("**/backprop/chain/")
    page.wait_for_function("answerChecks.live === 1")
    box = page.locator("#check-chain-first-bias")
    values, _ = page_sets(page, box)[0]
    assert answer(box, f"{values['answer']:.4f}")[0] == "right"
    assert visit.errors == []


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", [1280, 360])
def test_axe_is_clean_with_verdicts_and_answers_shown(open_page, scheme, width):
    visit = open_page("exercises/", scheme, width=width)
    page = visit.page
    boxes = page.locator("[data-answer-check]")
    answer(boxes.nth(0), "nonsense")
    answer(boxes.nth(1), "-0.9")
    boxes.nth(2).locator("details").evaluate("details => details.open = true")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_is_clean_with_a_prediction_made(open_page, scheme):
    visit = open_page("derivatives/bias-changes-slope/", scheme, width=360)
    visit.page.locator("[data-prediction] button[data-right='false']").first.click()
    results = Axe().run(visit.page)
    assert results.violations_count == 0, results.generate_report()


def test_the_parser_reads_what_the_box_says_it_reads(home):
    cases = {"-0.222": -0.222, "−0.222": -0.222, "-2.22e-1": -0.222, "-2/9": -2 / 9,
             "0,5": 0.5, "(−1.5)": -1.5, "2.5×10^-1": 0.25, ".5": 0.5, "+3": 3}
    url = home.page.url + SCRIPT
    parsed = home.page.evaluate(
        "async ([url, texts]) => { const m = await import(url);"
        " return texts.map((t) => m.parseAnswer(t)); }", [url, list(cases)])
    for (text, expected), got in zip(cases.items(), parsed, strict=True):
        assert got == pytest.approx(expected), text
    refused = home.page.evaluate(
        "async ([url, texts]) => { const m = await import(url);"
        " return texts.map((t) => Number.isNaN(m.parseAnswer(t))); }",
        [url, ["", "1/2/3", "e5", "1,000.5", "0x10", "Infinity", "1/0"]])
    assert all(refused)
