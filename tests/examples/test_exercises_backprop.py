"""Exercises, section 3: every printed answer, checked against finite differences."""

import functools

import numpy as np
import pytest

from snippets import chain
from snippets.examples import exercises_backprop as section
from snippets.exercise import num
from snippets.neuron import gradients
from tests.examples.conftest import check_exercise_page
from tests.examples.exercise_checks import (
    chain_cost,
    exercises_by_title,
    find,
    neuron_cost,
    nudge,
    nudge_entry,
    sigma,
)

EXERCISES = exercises_by_title(section)
by_title = functools.partial(find, EXERCISES)


def C0(w=chain.W, b=chain.B):
    """The chain's cost, written with the math module (exercise_checks.chain_cost)."""
    return chain_cost(w, b, chain.A0, chain.Y)


def row(label, values, places=4):
    return f"| {label} | " + " | ".join(num(v, places) for v in values) + " |"


def test_the_script_prints_six_numbered_exercises_each_with_a_solution(printed):
    check_exercise_page(printed("exercises_backprop"), section, 3, 6)


def test_the_forward_pass_through_the_chain_layer_by_layer():
    exercise = by_title("Forward through a chain")
    a, z = [exercise.given["a0"]], []
    for w, b in zip(exercise.given["w"], exercise.given["b"], strict=True):
        z.append(w * a[-1] + b)
        a.append(sigma(z[-1]))
    np.testing.assert_allclose(exercise.answers["z"], z, rtol=1e-14)
    np.testing.assert_allclose(exercise.answers["a"], a[1:], rtol=1e-14)
    assert exercise.answers["C0"] == pytest.approx((a[-1] - exercise.given["y"]) ** 2)
    assert row(r"\(z^l = w^l a^{l-1} + b^l\)", z) in exercise.solution
    assert row(r"\(a^l = \sigma(z^l)\)", a[1:]) in exercise.solution
    assert f"\\approx {num(exercise.answers['C0'])}" in exercise.solution
    assert row(r"weight \(w^l\)", chain.W, None) in exercise.statement


def test_each_delta_is_the_measured_slope_of_the_cost_in_that_layers_bias():
    # z^l = w^l a^{l-1} + b^l moves one for one with b^l, so δ^l = ∂C_0/∂z^l = ∂C_0/∂b^l.
    exercise = by_title("delta recursion")
    delta = exercise.answers["delta"]
    for i in range(len(chain.B)):
        measured = nudge_entry(lambda b: C0(b=b), chain.B, i)
        assert delta[i] == pytest.approx(measured, rel=1e-7)
    assert row(r"\(\delta^l\)", delta) in exercise.solution


def test_all_six_gradients_are_the_measured_slopes():
    exercise = by_title("six gradients")
    dC_dw, dC_db = exercise.answers["dC_dw"], exercise.answers["dC_db"]
    for i in range(len(chain.W)):
        assert dC_dw[i] == pytest.approx(nudge_entry(lambda w: C0(w=w), chain.W, i))
        assert dC_db[i] == pytest.approx(nudge_entry(lambda b: C0(b=b), chain.B, i))
    assert row(r"\(\partial C_0/\partial w^l\)", dC_dw) in exercise.solution
    assert row(r"\(\partial C_0/\partial b^l\)", dC_db) in exercise.solution


def test_the_batch_gradient_of_b_is_the_mean_of_the_measured_deltas():
    exercise = by_title("mini-batch")
    w, b = exercise.given["w"], exercise.given["b"]
    a_prev, y = exercise.given["a_prev"], exercise.given["y"]
    deltas = exercise.answers["deltas"]
    assert len(deltas) == len(a_prev) == 3
    for x in range(3):  # δ_x = ∂C_x/∂b, one example's own cost
        measured = nudge(lambda b, x=x: neuron_cost(w, b, [(a_prev[x], y[x])]), b)
        assert deltas[x] == pytest.approx(measured, rel=1e-7)
    batch = nudge(lambda b: neuron_cost(w, b, list(zip(a_prev, y, strict=True))), b)
    assert exercise.answers["dC_db"] == pytest.approx(batch, rel=1e-7)
    assert np.mean(deltas) == pytest.approx(batch, rel=1e-7)
    assert ", ".join(num(d) for d in deltas) in exercise.solution
    assert f"\\approx {num(batch)}" in exercise.solution


def test_the_gradient_check_finds_the_bug_in_the_w_line_only():
    exercise = by_title("Find the bug")
    buggy, fixed = exercise.answers["buggy_errors"], exercise.answers["fixed_errors"]
    assert buggy[0] > 0.1  # ∂C/∂w: wrong
    assert buggy[1] < 1e-7  # ∂C/∂b: right
    assert max(fixed) < 1e-7
    args = section.W0, section.B0, section.A_PREV, section.Y
    dC_dw, dC_db = section.buggy_gradients(*args)
    right_w, right_b, _ = gradients(*args)
    assert dC_db == pytest.approx(right_b, rel=1e-14)
    assert dC_dw != pytest.approx(right_w, rel=0.1)
    assert "dC_dw = np.sum(a * delta)" in exercise.statement
    assert f"about \\({num(buggy[0], 2)}\\)" in exercise.solution


@pytest.mark.parametrize(
    ("x", "text"),
    [(2.4e-10, r"2 \times 10^{-10}"), (5.6e-8, r"6 \times 10^{-8}"), (0.03, r"3 \times 10^{-2}")],
)
def test_power_of_ten_writes_one_significant_digit_in_latex(x, text):
    assert section.power_of_ten(x) == text


def test_the_weight_used_twice_has_two_paths_that_add_up_to_the_measured_slope():
    exercise = by_title("used twice")
    w, b, a0 = exercise.given["w"], exercise.given["b"], exercise.given["a0"]

    def z2(w):
        return w * sigma(w * a0 + b) + b

    answers = exercise.answers
    assert answers["z2"] == pytest.approx(z2(w), rel=1e-14)
    total = answers["direct"] + answers["through_a1"]
    assert total == pytest.approx(nudge(z2, w), rel=1e-8)
    assert answers["direct"] != pytest.approx(nudge(z2, w), rel=0.1)  # one path is not enough
    assert f"\\approx {num(total)}" in exercise.solution
