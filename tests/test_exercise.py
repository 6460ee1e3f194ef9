"""The exercise helpers: number formatting, templates, and the Markdown of a section."""

import numpy as np
import pytest

from snippets.exercise import Exercise, fill, num, section_markdown


@pytest.mark.parametrize(
    ("x", "places", "text"),
    [
        (0.123456, 4, "0.1235"),
        (-0.444119, 4, "-0.4441"),
        (-0.00001, 4, "0.0000"),  # never "-0.0000"
        (0.5, None, "0.5"),
        (-1.5, None, "-1.5"),
        (2.0, None, "2"),
        (-0.0, None, "0"),
        (np.float64(0.25), 2, "0.25"),
    ],
)
def test_num_writes_fixed_or_shortest_decimals(x, places, text):
    assert num(x, places) == text


def test_num_refuses_an_array():
    with pytest.raises(ValueError, match="x: expected a single number, got an array of shape"):
        num([0.1, 0.2])


def test_fill_dedents_and_formats_numbers_but_keeps_latex_braces():
    text = fill(
        r"""
        \(\frac{\partial C}{\partial b} = $slope\) at \(b = $b\)
        """,
        slope=-0.22205939,
        b="-1.5",
    )
    assert text == r"\(\frac{\partial C}{\partial b} = -0.2221\) at \(b = -1.5\)"


def test_fill_names_a_missing_number():
    with pytest.raises(ValueError, match=r"^template: expected a value for \$slope, got none "
                                         r"\(pass slope=…\)$"):
        fill("the slope is $slope")


def exercise(**changes):
    fields = {
        "title": "The slope of b",
        "statement": "Find it.",
        "solution": "Line one.\n\n\\[\nx = 1\n\\]",
        "given": {"b": -1.5},
        "answers": {"slope": 0.25},
    }
    return Exercise(**(fields | changes))


def test_markdown_puts_the_solution_in_a_collapsed_block():
    assert exercise().markdown("2.3") == (
        "### 2.3 The slope of b\n\nFind it.\n\n"
        '??? success "Solution"\n\n    Line one.\n\n    \\[\n    x = 1\n    \\]\n'
    )


@pytest.mark.parametrize("title", [r"The slope \(b\)", r"Display \[x\]", "Costs $5"])
def test_a_title_with_math_is_refused(title):
    with pytest.raises(ValueError, match="title: expected plain text"):
        exercise(title=title)


@pytest.mark.parametrize("where", ["given", "answers"])
@pytest.mark.parametrize("bad", [np.nan, np.inf, [1.0, np.nan]])
def test_a_number_that_is_not_finite_is_refused(where, bad):
    with pytest.raises(ValueError, match="x: expected finite numbers, got"):
        exercise(**{where: {"x": bad}})


def test_section_numbers_its_exercises_in_order():
    first, second = exercise(title="First one"), exercise(title="Second one")
    text = section_markdown(3, [first, second])
    assert text == first.markdown("3.1") + "\n" + second.markdown("3.2")


def test_an_empty_section_is_refused():
    with pytest.raises(ValueError, match="section 2: expected at least one exercise, got none"):
        section_markdown(2, [])


# --- bad input (issue 19 §3, found by tests/test_bad_input.py) --------------------------------


@pytest.mark.parametrize(
    ("places", "error", "message"),
    [
        (-1, ValueError, r"^places: expected a whole number from 0 to 17, got -1$"),
        (2.5, TypeError, r"^places: expected a whole number \(an int\), got 2\.5 \(float\)$"),
        ("4", TypeError, r"^places: expected a whole number \(an int\), got '4' \(str\)$"),
    ],
)
def test_num_wants_a_whole_number_of_places(places, error, message):
    # A bad places used to fail inside the format string ("Format specifier missing precision").
    with pytest.raises(error, match=message):
        num(0.5, places)


def test_num_refuses_a_complex_number_instead_of_dropping_its_imaginary_part():
    with pytest.raises(TypeError, match=r"^x: expected a real number, got \(1\+2j\) \(complex\)$"):
        num(1 + 2j)


def test_fill_names_the_value_and_the_template():
    with pytest.raises(ValueError, match=r"^slope: expected finite numbers"):
        fill("the slope is $slope", slope=np.nan)  # it used to say "x: …"
    with pytest.raises(TypeError, match=r"^template: expected text \(a str\), got None"):
        fill(None)
    with pytest.raises(ValueError, match=r"^template: expected \$name placeholders only, got "):
        fill("costs $5")


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"title": None}, TypeError, r"^title: expected text \(a str\), got None \(NoneType\)$"),
        ({"solution": 3}, TypeError, r"^solution: expected text"),
        ({"given": [0.5]}, TypeError, r"^given: expected a dict of named numbers, got list$"),
        ({"answers": {"slope": "0.25"}}, TypeError, r"^slope: expected real or complex numbers"),
        ({"answers": {"slope": []}}, ValueError, r"^slope: expected at least one value"),
    ],
)
def test_an_exercise_names_its_bad_field(changes, error, message):
    with pytest.raises(error, match=message):
        exercise(**changes)


def test_section_markdown_wants_a_section_number_and_a_list_of_exercises():
    with pytest.raises(ValueError, match=r"^section: expected a whole number ≥ 1, got 0$"):
        section_markdown(0, [exercise()])
    with pytest.raises(TypeError, match=r"^exercises: expected a list of Exercise, got Exercise$"):
        section_markdown(1, exercise())
    with pytest.raises(TypeError, match=r"^exercises\[1\]: expected an Exercise, got str$"):
        section_markdown(1, [exercise(), "text"])
    with pytest.raises(TypeError, match=r"^number: expected text \(a str\), got 2\.1"):
        exercise().markdown(2.1)
