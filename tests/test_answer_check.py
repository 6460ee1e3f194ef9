"""The Markdown of snippets/answer_check.py: links from pages at any depth, banks of variants,
answer checks (refused where a mistake could pass for the answer) and predictions.

What each page prints is tested in tests/examples/test_answer_checks.py; here the functions
are called directly, with literal numbers.
"""

import html
import json
import posixpath
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from snippets.answer_check import MAX_DRAWS_PER_VARIANT, answer_check, link, prediction, variants
from snippets.mistakes import PAGES
from snippets.questions import (
    BIAS_SLOPE,
    CENTRAL_DIFFERENCE,
    CHAIN_BIAS_SLOPE,
    OUTPUT_SLOPE,
    SIGMOID_SLOPE,
    STEP_B,
    TOLERANCE,
    USED_TWICE,
    Kind,
    Solved,
)

# --- link ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "page", "expected"),
    [
        ("derivatives/total.md#two-paths", "index.md",
         "[The total derivative](derivatives/total.md#two-paths)"),
        ("index.md#two-chain-rules", "backprop/chain.md", "[Home](../index.md#two-chain-rules)"),
        ("backprop/descent.md", "backprop/chain.md", "[Gradient descent](descent.md)"),
        ("backprop/descent.md", "backprop/descent.md", "[Gradient descent](descent.md)"),
        ("backprop/one-neuron.md", "derivatives/partial.md",
         "[One neuron](../backprop/one-neuron.md)"),
        ("exercises.md#12-from-the-input-to-the-output", "notes/deep/page.md",
         "[Exercises](../../exercises.md#12-from-the-input-to-the-output)"),
    ],
)
def test_link_is_relative_to_the_page(target, page, expected):
    assert link(target, page) == expected


SEGMENTS = st.text("abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=8)


@given(st.sampled_from(sorted(PAGES)), st.lists(SEGMENTS, max_size=4), SEGMENTS)
def test_link_from_any_depth_leads_to_its_target(target, folders, name):
    page = "/".join([*folders, f"{name}.md"])
    text = link(target, page)
    title, relative = re.fullmatch(r"\[(.+)\]\((.+)\)", text).groups()
    assert title == PAGES[target]
    assert relative.count("../") == len(folders)  # up to docs/, then down to the target
    assert posixpath.normpath(posixpath.join(posixpath.dirname(page), relative)) == target


# --- variants -----------------------------------------------------------------------------


def exported(solved_list):
    return [(solved.values, solved.mistakes) for solved in solved_list]


@given(seed=st.integers(0, 10**6))
def test_variants_are_the_same_for_the_same_seed(seed):
    first = variants(SIGMOID_SLOPE, 3, seed, groups=3)
    assert exported(first) == exported(variants(SIGMOID_SLOPE, 3, seed, groups=3))


def test_other_seeds_give_other_variants():
    banks = {tuple(one.values["z"] for one in variants(SIGMOID_SLOPE, 4, seed, groups=3))
             for seed in range(5)}
    assert len(banks) == 5


@pytest.mark.parametrize(("kind", "groups"), [(SIGMOID_SLOPE, 3), (OUTPUT_SLOPE, 3),
                                              (BIAS_SLOPE, 6), (STEP_B, 3), (USED_TWICE, 3)])
@pytest.mark.parametrize("count", [0, 1, 5])
def test_variants_gives_count_askable_variants(kind, groups, count):
    bank = variants(kind, count, 7, groups)
    assert len(bank) == count
    for solved in bank:
        assert solved.askable()
        assert len(solved.groups()) == groups
        assert abs(solved.answer) > 2 * TOLERANCE  # never 0 to type


def test_variants_never_ask_for_an_answer_of_0():
    # A made-up kind whose answer is 0 at half its draws, askable all the same: a reader
    # cannot show which side of 0 they meant, so variants passes those draws over.
    kind = Kind(label="x", ask="Take $x.", worked="$answer", places={"x": None, "answer": 4},
                draw=lambda rng: {"x": float(rng.choice([0.0, 1.0]))},
                solve=lambda numbers: Solved({**numbers, "answer": numbers["x"]},
                                             {"wrong_sign": 2.0}))
    assert [solved.answer for solved in variants(kind, 10, 0, groups=1)] == [1.0] * 10


@pytest.mark.parametrize(("kind", "groups"), [(SIGMOID_SLOPE, 99), (OUTPUT_SLOPE, 1)])
def test_variants_refuses_when_it_cannot_find_enough(kind, groups):
    # SIGMOID_SLOPE's three mistakes never make 99 groups; OUTPUT_SLOPE's make one group
    # only where a = y, where the answer is 0.
    with pytest.raises(ValueError, match=rf"^count: expected 2 askable variants whose mistakes "
                       rf"fall into {groups} groups, found 0 in {2 * MAX_DRAWS_PER_VARIANT} draws"):
        variants(kind, 2, 0, groups)


# --- answer_check ---------------------------------------------------------------------------

BOX = re.compile(r'<div class="answer-check" id="check-([\w-]+)" data-answer-check="([^"]+)"')


def data_of(markdown):
    check_id, attribute = BOX.match(markdown).groups()
    return check_id, json.loads(html.unescape(attribute))


@pytest.mark.parametrize(
    ("kind", "numbers"),
    [(OUTPUT_SLOPE, {"a": 0.3, "y": 0.8}), (BIAS_SLOPE, {"w": 0.5, "b": -1.0, "a_prev": 2.0,
                                                          "y": 0.8}),
     (CHAIN_BIAS_SLOPE, {"w1": 1.0, "b1": -0.5, "w2": -2.0, "b2": 0.5, "a0": 0.5, "y": 0.3}),
     (CENTRAL_DIFFERENCE, {"w": 0.5, "b": -1.5})],
)
@pytest.mark.parametrize("count", [0, 3])
def test_the_data_attribute_is_json_of_names_mistakes_and_bank(kind, numbers, count):
    markdown = answer_check("a-check", kind, numbers, "backprop/one-neuron.md", count=count)
    check_id, data = data_of(markdown)
    assert check_id == "a-check"
    solved = kind.solve(numbers)
    assert data["tolerance"] == TOLERANCE
    assert data["names"] == list(kind.places)
    assert data["places"] == list(kind.places.values())
    assert data["mistakes"] == list(solved.mistakes)
    assert len(data["mistakes"]) >= 3
    assert len(data["bank"]) == 1 + count  # the page's own numbers, then the variants
    for values, wrong in data["bank"]:
        assert len(values) == len(data["names"])
        assert len(wrong) == len(data["mistakes"])
    page_values, page_wrong = data["bank"][0]
    shown = dict(zip(data["names"], page_values, strict=True))
    assert {name: shown[name] for name in numbers} == numbers
    assert shown["answer"] == pytest.approx(solved.answer, abs=1e-9)
    assert page_wrong == pytest.approx(list(solved.mistakes.values()), abs=1e-9)
    assert ("data-another" in markdown) == (count > 0)


def test_the_box_shows_the_question_the_worked_answer_and_the_mistakes():
    markdown = answer_check("slope-1", OUTPUT_SLOPE, {"a": 0.3, "y": 0.8}, "backprop/chain.md")
    assert '<label for="answer-slope-1">Your ∂C₀/∂aᴸ</label>' in markdown
    assert '<input id="answer-slope-1" type="text"' in markdown
    assert r'\(a^L\) = <span data-value="a">0.3</span>' in markdown
    assert '<span data-value="answer">-1.0000</span>' in markdown  # 2(0.3 - 0.8)
    assert '<span data-value="mistake:factor_two_forgotten">-0.5000</span>' in markdown
    assert '<span data-value="mistake:sigma_prime_extra">-0.2100</span>' in markdown  # 0.21·-1
    assert "(see [The cost is a choice](../derivatives/cost-choice.md))" in markdown
    assert markdown.endswith("</div>\n")


@pytest.mark.parametrize(
    ("numbers", "too_close"),
    [
        # a - y = 0.0004: the answer 0.0008 and the mistake without the 2, 0.0004
        ({"a": 0.5004, "y": 0.5}, "the answer 0.000800 and factor_two_forgotten/"
                                  "half_squared_error 0.000400"),
        # a = y: every number is 0
        ({"a": 0.5, "y": 0.5}, "the answer 0.000000 and factor_two_forgotten/"
                               "half_squared_error/sigma_prime_extra/wrong_sign 0.000000"),
    ],
)
def test_answer_check_refuses_numbers_where_a_mistake_passes_for_the_answer(numbers, too_close):
    with pytest.raises(ValueError, match=r"^numbers: expected numbers at which the answer and "
                       r"the named mistakes' numbers all lie more than 2·0.0005 apart") as raised:
        answer_check("close", OUTPUT_SLOPE, numbers, "index.md")
    assert too_close in str(raised.value)
    assert "check close" in str(raised.value)


@given(st.floats(0.01, 0.99), st.floats(-2 * TOLERANCE, 2 * TOLERANCE))
def test_answer_check_refuses_every_output_slope_within_2_tolerances(a, gap):
    # ∂C_0/∂a = 2(a - y) and the mistake without the 2, a - y, lie |a - y| apart
    with pytest.raises(ValueError, match=r"^numbers: expected numbers at which"):
        answer_check("close", OUTPUT_SLOPE, {"a": a, "y": a + gap}, "index.md")


def test_answer_check_takes_numbers_just_far_enough_apart():
    # a - y = 0.005: the closest two numbers, a - y and 2(a - y)·a(1 - a), lie 0.0025 apart
    _, data = data_of(answer_check("far", OUTPUT_SLOPE, {"a": 0.505, "y": 0.5}, "index.md"))
    shown = dict(zip(data["names"], data["bank"][0][0], strict=True))
    assert shown["answer"] == pytest.approx(0.01)


# --- prediction -----------------------------------------------------------------------------

UP = ("Up", True, 'It goes "up" <there>.')
DOWN = ("Down", False, "No: against the slope.")


def test_prediction_marks_the_one_right_choice():
    markdown = prediction("first-step", "Which way?", [UP, DOWN], "Up, **because**…")
    assert markdown.startswith('<div class="prediction" id="predict-first-step" '
                               "data-prediction markdown>")
    assert ('<button type="button" class="md-button" aria-pressed="false" data-right="true" '
            'data-reply="It goes &quot;up&quot; &lt;there&gt;.">Up</button>') in markdown
    assert 'data-right="false" data-reply="No: against the slope.">Down</button>' in markdown
    assert '??? question "The answer"\n\n    Up, **because**…\n' in markdown


@pytest.mark.parametrize(
    ("choices", "right"),
    [([UP, ("Down", True, "Also.")], "['Up', 'Down']"),
     ([("Up", False, "No."), DOWN], "[]"),
     ([("Left", False, "No."), ("Right", False, "No."), DOWN], "[]")],
)
def test_prediction_refuses_zero_or_two_right_choices(choices, right):
    with pytest.raises(ValueError, match=re.escape(
            f"choices: expected exactly one right choice, got {right}")):
        prediction("p", "Which way?", choices, "Up.")
