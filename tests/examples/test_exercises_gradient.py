"""Exercises, section 2: every printed answer, checked against finite differences."""

import functools
import math

import numpy as np
import pytest

from snippets.examples import exercises_gradient as section
from snippets.exercise import num
from tests.examples.conftest import check_exercise_page
from tests.examples.exercise_checks import exercises_by_title, find, neuron_cost, nudge, sigma

EXERCISES = exercises_by_title(section)
by_title = functools.partial(find, EXERCISES)
A_PREV, Y = section.A_PREV, section.Y


def C(w, b):
    return neuron_cost(w, b, list(zip(A_PREV, Y, strict=True)))  # with the math module


def test_the_script_prints_five_numbered_exercises_each_with_a_solution(printed):
    check_exercise_page(printed("exercises_gradient"), section, 2, 5)


def test_both_slopes_are_the_measured_slopes_and_printed():
    exercise = by_title("Both slopes")
    w, b = exercise.given["w"], exercise.given["b"]
    dC_dw, dC_db = exercise.answers["dC_dw"], exercise.answers["dC_db"]
    assert dC_dw == pytest.approx(nudge(lambda w: C(w, b), w), rel=1e-7)
    assert dC_db == pytest.approx(nudge(lambda b: C(w, b), b), rel=1e-7)
    assert f"\\approx {num(dC_dw)}" in exercise.solution
    assert f"\\approx {num(dC_db)}" in exercise.solution


def test_the_table_of_deltas_holds_each_examples_measured_slope_in_z():
    exercise = by_title("Both slopes")
    w, b = exercise.given["w"], exercise.given["b"]
    delta = exercise.answers["delta"]
    for i, (a_prev, y) in enumerate(zip(A_PREV, Y, strict=True)):
        z = w * a_prev + b
        assert delta[i] == pytest.approx(nudge(lambda z, y=y: (sigma(z) - y) ** 2, z), rel=1e-7)
        row = f"| {i} | {num(a_prev, None)} | {num(y, None)} | {num(z)} | {num(sigma(z))} |"
        assert f"{row} {num(delta[i])} |" in exercise.solution
    assert np.mean(delta) == pytest.approx(exercise.answers["dC_db"], rel=1e-12)


def test_the_predicted_change_is_the_total_differential_and_its_error_is_second_order():
    exercise = by_title("Predict the change")
    w, b, dw, db = (exercise.given[name] for name in ("w", "b", "dw", "db"))
    slope_w, slope_b = nudge(lambda w: C(w, b), w), nudge(lambda b: C(w, b), b)
    for i, scale in enumerate((1.0, 0.5)):
        predicted = slope_w * scale * dw + slope_b * scale * db
        actual = C(w + scale * dw, b + scale * db) - C(w, b)
        assert exercise.answers["predicted"][i] == pytest.approx(predicted, rel=1e-7)
        assert exercise.answers["actual"][i] == pytest.approx(actual, rel=1e-12)
        assert f"| {num(predicted, 6)} | {num(actual, 6)} |" in exercise.solution
    errors = exercise.answers["actual"] - exercise.answers["predicted"]
    ratio = errors[0] / errors[1]
    assert 3 < ratio < 5  # halving the nudge quarters a second-order error
    assert f"by a factor of {num(ratio, 1)}" in exercise.solution


def test_one_step_moves_both_parameters_against_their_measured_slopes():
    exercise = by_title("One step")
    w, b, eta = exercise.given["w"], exercise.given["b"], exercise.given["eta"]
    slope_w, slope_b = nudge(lambda w: C(w, b), w), nudge(lambda b: C(w, b), b)
    answers = exercise.answers
    assert answers["w1"] == pytest.approx(w - eta * slope_w, rel=1e-8)
    assert answers["b1"] == pytest.approx(b - eta * slope_b, rel=1e-8)
    assert answers["before"] == pytest.approx(C(w, b), rel=1e-12)
    assert answers["after"] == pytest.approx(C(answers["w1"], answers["b1"]), rel=1e-12)
    assert answers["after"] < answers["before"]
    for name in ("w1", "b1"):
        assert f"\\approx {num(answers[name])}" in exercise.solution
    further = "weight" if abs(slope_w) > abs(slope_b) else "bias"
    assert f"The {further}\nmoved further" in exercise.solution


def test_the_mixed_partial_is_the_measured_second_difference():
    exercise = by_title("bias changes the slope")
    w, b, h = exercise.given["w"], exercise.given["b"], 1e-3
    # No gradient code at all: four values of C around (w, b).
    second = (C(w + h, b + h) - C(w + h, b - h) - C(w - h, b + h) + C(w - h, b - h)) / (4 * h * h)
    assert exercise.answers["mixed"] == pytest.approx(second, rel=1e-5)
    assert exercise.answers["mixed"] != pytest.approx(0, abs=1e-3)
    b_moved = exercise.given["b_moved"]
    moved = nudge(lambda w: C(w, b_moved), w)
    assert exercise.answers["slope_w_moved"] == pytest.approx(moved, rel=1e-7)
    predicted = exercise.answers["slope_w"] + (b_moved - b) * exercise.answers["mixed"]
    assert predicted == pytest.approx(moved, abs=1e-3)  # a first-order prediction
    assert f"about \\({num(predicted)}\\)" in exercise.solution
    assert f"is \\({num(moved)}\\)" in exercise.solution


def test_cross_entropy_delta_is_a_minus_y_and_far_larger_than_squared_errors():
    exercise = by_title("Cross-entropy")
    z, y = exercise.given["z"], exercise.given["y"]

    def cross_entropy(z):
        a = sigma(z)
        return -(y * math.log(a) + (1 - y) * math.log(1 - a))

    answers = exercise.answers
    assert answers["loss"] == pytest.approx(cross_entropy(z), rel=1e-12)
    assert answers["delta_cross"] == pytest.approx(nudge(cross_entropy, z), rel=1e-7)
    assert answers["delta_cross"] == pytest.approx(sigma(z) - y, rel=1e-12)
    squared = nudge(lambda z: (sigma(z) - y) ** 2, z)
    assert answers["delta_squared"] == pytest.approx(squared, rel=1e-7)
    assert abs(answers["delta_cross"]) > 10 * abs(answers["delta_squared"])
    for name in ("loss", "delta_cross", "delta_squared"):
        assert f"\\approx {num(answers[name])}" in exercise.solution
