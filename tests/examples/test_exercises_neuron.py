"""Exercises, section 1: every printed answer, checked against finite differences."""

import functools
import re

import pytest

from snippets.examples import exercises_neuron as section
from snippets.exercise import num
from snippets.neuron import cost
from tests.examples.conftest import check_exercise_page
from tests.examples.exercise_checks import exercises_by_title, find, neuron_cost, nudge, sigma

EXERCISES = exercises_by_title(section)
by_title = functools.partial(find, EXERCISES)


# --8<-- [start:bias_slope_test]
def test_the_bias_slope_is_the_measured_slope_of_the_cost():
    exercise = by_title("bias's own slope")
    w, b, a_prev, y = (exercise.given[name] for name in ("w", "b", "a_prev", "y"))

    measured = nudge(lambda b: cost(w, b, [a_prev], [y]), b)  # w held fixed

    assert exercise.answers["dC0_db"] == pytest.approx(measured, rel=1e-7)
    assert num(exercise.answers["dC0_db"]) in exercise.solution


# --8<-- [end:bias_slope_test]


def test_the_script_prints_six_numbered_exercises_each_with_a_solution(printed):
    check_exercise_page(printed("exercises_neuron"), section, 1, 6)


def test_every_answer_is_printed_in_its_solution():
    for exercise in EXERCISES.values():
        for name, value in exercise.answers.items():
            if name != "dz_db":  # the 1 is in the solution's text as "= 1"
                printed = (num(value), num(value, None))
                assert any(text in exercise.solution for text in printed), (exercise.title, name)


def test_slopes_of_z_are_the_measured_slopes():
    exercise = by_title("three slopes of z")
    w, b, a_prev = exercise.given["w"], exercise.given["b"], exercise.given["a_prev"]

    def z(w, b, a_prev):
        return w * a_prev + b

    answers = exercise.answers
    assert answers["dz_dw"] == pytest.approx(nudge(lambda w: z(w, b, a_prev), w), rel=1e-9)
    assert answers["dz_db"] == pytest.approx(nudge(lambda b: z(w, b, a_prev), b), rel=1e-9)
    assert answers["dz_da_prev"] == pytest.approx(nudge(lambda a: z(w, b, a), a_prev), rel=1e-9)
    assert "= 1, " in exercise.solution


def test_forward_pass_is_the_sigmoid_of_z():
    exercise = by_title("input to the output")
    w, b, a_prev = exercise.given["w"], exercise.given["b"], exercise.given["a_prev"]
    z = w * a_prev + b
    assert exercise.answers["z"] == z
    assert exercise.answers["a"] == pytest.approx(sigma(z), rel=1e-15)


def test_sigmoid_slope_is_the_measured_slope_of_the_sigmoid():
    exercise = by_title("slope of the sigmoid")

    measured = nudge(sigma, exercise.given["z"])
    assert exercise.answers["sigmoid_prime"] == pytest.approx(measured, rel=1e-8)


def test_cost_and_its_slope_in_the_output():
    exercise = by_title("cost responds")
    a, y = exercise.given["a"], exercise.given["y"]
    assert exercise.answers["C0"] == pytest.approx((a - y) ** 2, rel=1e-15)
    measured = nudge(lambda a: (a - y) ** 2, a)
    assert exercise.answers["dC0_da"] == pytest.approx(measured, rel=1e-8)
    assert exercise.answers["dC0_da"] < 0  # the solution says so


def test_the_bias_slope_is_negative_so_b_moves_up():
    exercise = by_title("bias's own slope")
    assert exercise.answers["dC0_db"] < 0
    assert "moves \\(b\\)\nup" in exercise.solution


def test_the_weight_slope_depends_on_b():
    exercise = by_title("weight's slope")
    w, b, a_prev, y = (exercise.given[name] for name in ("w", "b", "a_prev", "y"))
    b_shifted = exercise.given["b_shifted"]
    for b_value, name in ((b, "dC0_dw"), (b_shifted, "dC0_dw_shifted")):
        measured = nudge(lambda w, b_value=b_value: neuron_cost(w, b_value, [(a_prev, y)]), w)
        assert exercise.answers[name] == pytest.approx(measured, rel=1e-7)
    assert num(exercise.answers["dC0_dw"]) != num(exercise.answers["dC0_dw_shifted"])


def test_the_products_in_the_solutions_hold_for_the_printed_numbers():
    """A reader who multiplies the printed factors gets the printed result, to its digits."""
    bias = by_title("bias's own slope").solution
    number = r"(-?\d+\.\d+)"
    pattern = rf"\\approx 1 \\times {number} \\times \({number}\) \\approx {number}"
    factors = re.search(pattern, bias)
    assert factors, bias
    product = float(factors[1]) * float(factors[2])
    assert abs(product - float(factors[3])) <= 1.5e-4
