"""The questions of snippets/questions.py: what Solved groups and calls askable, that every
Kind solves to the right answer, names at least 3 catalogued mistakes, and draws numbers a
reader can type and answer.

Every expected answer is worked here by hand, with math.exp and the literal numbers of the
question (and the six examples typed out), never with the snippets function that solves it.
"""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from snippets import dataset, mistakes, questions
from snippets.questions import SAME, TOLERANCE, Kind, Solved

# The site's six examples (input, target), typed out; test_the_examples_are_the_sites checks.
EXAMPLES = [(2.0, 0.85), (-2.0, 0.05), (-1.0, 0.25), (0.0, 0.35), (1.0, 0.75), (3.0, 0.95)]


def s(z):
    return 1 / (1 + math.exp(-z))


def sp(z):
    return s(z) * (1 - s(z))


def mean_slopes(w, b):
    """∂C/∂w and ∂C/∂b of C = the mean of (σ(w x + b) - y)^2 over EXAMPLES, by hand."""
    deltas = [sp(w * x + b) * 2 * (s(w * x + b) - y) for x, y in EXAMPLES]
    return (sum(x * d for (x, _), d in zip(EXAMPLES, deltas, strict=True)) / 6,
            sum(deltas) / 6)


def mean_cost(w, b):
    return sum((s(w * x + b) - y) ** 2 for x, y in EXAMPLES) / 6


def test_the_examples_are_the_sites():
    assert [tuple(pair) for pair in zip(dataset.A_PREV, dataset.Y, strict=True)] == EXAMPLES


# --- Solved: groups and askable ------------------------------------------------------------


def test_groups_names_equal_numbers_together_in_order():
    solved = Solved({"answer": 1.0}, {"factor_two_forgotten": 0.5, "wrong_sign": -1.0,
                                      "half_squared_error": 0.5 * (1 + SAME / 2)})
    assert solved.answer == 1.0
    assert solved.groups() == [(0.5, ["factor_two_forgotten", "half_squared_error"]),
                               (-1.0, ["wrong_sign"])]


def test_groups_keep_apart_numbers_just_beyond_SAME():
    solved = Solved({"answer": 1.0}, {"factor_two_forgotten": 0.5,
                                      "half_squared_error": 0.5 + 2 * SAME})
    assert [names for _, names in solved.groups()] == [["factor_two_forgotten"],
                                                       ["half_squared_error"]]


@pytest.mark.parametrize(
    ("answer", "wrong", "askable"),
    [
        (1.0, {"wrong_sign": -1.0, "factor_two_forgotten": 0.5}, True),
        (0.0, {"wrong_sign": 0.0011}, True),  # just more than 2·TOLERANCE = 0.001 away
        (0.0, {"wrong_sign": 0.001}, False),  # exactly 2·TOLERANCE: a reader could hit both
        (0.2, {"wrong_sign": 0.2004}, False),  # a mistake within 2·TOLERANCE of the answer
        # two mistakes close to each other, both far from the answer: one number, two names
        (1.0, {"wrong_sign": 0.5, "factor_two_forgotten": 0.5006}, False),
        # ... unless they are the same number: then they are named together
        (1.0, {"wrong_sign": 0.5, "factor_two_forgotten": 0.5}, True),
    ],
)
def test_askable_means_every_number_more_than_two_tolerances_apart(answer, wrong, askable):
    assert Solved({"answer": answer}, wrong).askable() is askable


def test_askable_takes_another_tolerance():
    solved = Solved({"answer": 0.0}, {"wrong_sign": 0.01})
    assert solved.askable(0.004)
    assert not solved.askable(0.005)


@given(st.floats(-10, 10), st.floats(-6 * TOLERANCE, 6 * TOLERANCE))
def test_askable_is_the_gap_between_answer_and_one_mistake(answer, gap):
    wrong = answer + gap  # gap near 2·TOLERANCE, where it matters
    solved = Solved({"answer": answer}, {"wrong_sign": wrong})
    assert solved.askable() == (abs(wrong - answer) > 0.001)


# --- every Kind: the right answer, by hand --------------------------------------------------

KINDS = {name: value for name, value in vars(questions).items() if isinstance(value, Kind)}


def neuron(w, b, x, y):
    z = w * x + b
    return {"z": z, "a": s(z), "sigma_prime": sp(z), "output_slope": 2 * (s(z) - y)}


def chain(w1, b1, w2, b2, a0, y):
    z1 = w1 * a0 + b1
    z2 = w2 * s(z1) + b2
    delta2 = sp(z2) * 2 * (s(z2) - y)
    return {"a1": s(z1), "a2": s(z2), "delta2": delta2, "sigma_prime_1": sp(z1),
            "answer": w2 * delta2 * sp(z1)}


def central(w, b, h):
    shown = {"cost_plus": round(mean_cost(w + h, b), 6),
             "cost_minus": round(mean_cost(w - h, b), 6), "cost_here": round(mean_cost(w, b), 6)}
    return {**shown, "answer": (shown["cost_plus"] - shown["cost_minus"]) / (2 * h)}


Z0 = {"w": 0.5, "b": -1.0, "a_prev": 2.0, "y": 0.8}  # z = 0: a = 1/2, σ'(z) = 1/4, 2(a - y) = -0.6
Z15 = {"w": 1.0, "b": 0.5, "a_prev": 1.0, "y": 0.2}  # z = 1.5
TWO_LAYERS = {"w1": 1.0, "b1": -0.5, "w2": -2.0, "b2": 0.5, "a0": 0.5, "y": 0.3}  # z1 = 0

# (Kind, the question's numbers, every value the solved question shows, worked by hand)
HAND = [
    ("BIAS_SLOPE", Z0, {"z": 0.0, "a": 0.5, "sigma_prime": 0.25, "output_slope": -0.6,
                        "answer": -0.15}),
    ("BIAS_SLOPE", Z15, {**neuron(1.0, 0.5, 1.0, 0.2), "answer": sp(1.5) * 2 * (s(1.5) - 0.2)}),
    ("WEIGHT_SLOPE", Z0, {"z": 0.0, "a": 0.5, "answer": -0.3}),
    ("WEIGHT_SLOPE", Z15, {"answer": 1.0 * sp(1.5) * 2 * (s(1.5) - 0.2)}),
    ("DELTA", Z0, {"sigma_prime": 0.25, "answer": -0.15}),
    ("DELTA", {**Z15, "a_prev": -2.0}, {"z": -1.5, "answer": sp(-1.5) * 2 * (s(-1.5) - 0.2)}),
    ("OUTPUT", {"w": 1.0, "b": 0.5, "a_prev": 1.0}, {"z": 1.5, "answer": 1 / (1 + math.exp(-1.5))}),
    ("OUTPUT", {"w": 0.5, "b": -1.0, "a_prev": 2.0}, {"z": 0.0, "answer": 0.5}),
    ("OUTPUT_SLOPE", {"a": 0.3, "y": 0.8}, {"answer": -1.0}),
    ("SIGMOID_SLOPE", {"z": 0.0}, {"a": 0.5, "answer": 0.25}),
    ("SIGMOID_SLOPE", {"z": 1.0}, {"a": 1 / (1 + math.exp(-1.0)),
                                   "answer": math.exp(-1.0) / (1 + math.exp(-1.0)) ** 2}),
    ("MEAN_BIAS_SLOPE", {"w": 0.5, "b": -1.5},
     {"slope_0": sp(-0.5) * 2 * (s(-0.5) - 0.85),
      "slope_sum": 6 * mean_slopes(0.5, -1.5)[1], "answer": mean_slopes(0.5, -1.5)[1]}),
    ("MEAN_WEIGHT_SLOPE", {"w": 0.5, "b": -1.5},
     {"slope_0": 2.0 * sp(-0.5) * 2 * (s(-0.5) - 0.85), "answer": mean_slopes(0.5, -1.5)[0]}),
    ("MEAN_WEIGHT_SLOPE", {"w": -1.0, "b": 0.5}, {"answer": mean_slopes(-1.0, 0.5)[0]}),
    ("STEP_W", {"w": 0.5, "b": -1.5, "rate": 2.0},
     {"dC_dw": mean_slopes(0.5, -1.5)[0], "dC_db": mean_slopes(0.5, -1.5)[1],
      "answer": 0.5 - 2.0 * mean_slopes(0.5, -1.5)[0]}),
    ("STEP_B", {"w": 0.5, "b": -1.5, "rate": 4.0},
     {"answer": -1.5 - 4.0 * mean_slopes(0.5, -1.5)[1]}),
    ("CHAIN_BIAS_SLOPE", TWO_LAYERS,
     {**chain(**TWO_LAYERS), "a1": 0.5, "sigma_prime_1": 0.25}),
    ("USED_TWICE", {"w": 0.5, "b": -1.0, "a0": 2.0},  # z1 = 0: a1 = 1/2, w σ'(z1) a0 = 1/4
     {"direct": 0.5, "through_a1": 0.25, "answer": 0.75}),
    ("USED_TWICE", {"w": 1.0, "b": 0.5, "a0": -1.0},
     {"direct": s(-0.5), "through_a1": -sp(-0.5), "answer": s(-0.5) - sp(-0.5)}),
    ("CENTRAL_DIFFERENCE", {"w": 0.5, "b": -1.5}, {"h": 0.1, **central(0.5, -1.5, 0.1)}),
]


@pytest.mark.parametrize(("kind", "numbers", "expected"), HAND,
                         ids=[f"{kind}-{i}" for i, (kind, _, _) in enumerate(HAND)])
def test_each_kind_solves_to_the_answer_worked_by_hand(kind, numbers, expected):
    solved = KINDS[kind].solve(numbers)
    assert {name: solved.values[name] for name in numbers} == numbers  # shown as given
    for name, value in expected.items():
        assert solved.values[name] == pytest.approx(value, rel=1e-12, abs=1e-15), name
    assert solved.answer == solved.values["answer"]


def test_every_kind_is_worked_by_hand():
    assert {kind for kind, _, _ in HAND} == set(KINDS)


def test_the_central_difference_from_shown_costs_is_the_one_from_exact_costs():
    # The answer uses the costs as the page shows them (six decimals); it stays within
    # TOLERANCE / 10 of the estimate from exact costs, so that either working counts.
    estimate = KINDS["CENTRAL_DIFFERENCE"].solve({"w": 0.5, "b": -1.5}).answer
    exact = (mean_cost(0.6, -1.5) - mean_cost(0.4, -1.5)) / 0.2
    assert estimate != exact
    assert estimate == pytest.approx(exact, abs=TOLERANCE / 10)
    difference = estimate * 2 * 0.1  # C(w + h) - C(w - h), of two six-decimal costs
    assert difference == pytest.approx(round(difference, 6), abs=1e-12)


def test_the_mistakes_at_z_equal_0_are_the_numbers_they_claim():
    # At z = 0 every factor is a plain number: σ'(0) = 1/4, 2(a - y) = 2(1/2 - 0.8) = -0.6.
    wrong = KINDS["BIAS_SLOPE"].solve(Z0).mistakes
    assert wrong == pytest.approx({
        "sigma_prime_forgotten": -0.6, "sigma_prime_extra": -0.0375,
        "factor_two_forgotten": -0.075, "half_squared_error": -0.075, "wrong_sign": 0.15,
        "input_for_one": -0.3,  # a^{L-1} = 2 in place of 1
        "bias_left_out_of_z": sp(1.0) * 2 * (s(1.0) - 0.8),  # z = 0.5·2 = 1 without b
    }, rel=1e-12)


# --- every Kind names at least 3 catalogued mistakes -----------------------------------------

NEURON = {"sigma_prime_forgotten", "sigma_prime_extra", "factor_two_forgotten",
          "half_squared_error", "wrong_sign"}
MEAN = {"sum_not_mean", "example_zero_only", "sigma_prime_i_forgotten", "factor_two_forgotten",
        "half_squared_error", "wrong_sign"}
STEP = {"uphill_step", "rate_forgotten", "other_parameter_slope"}
NAMED = {
    "BIAS_SLOPE": NEURON | {"bias_left_out_of_z", "input_for_one"},
    "WEIGHT_SLOPE": NEURON | {"bias_left_out_of_z", "one_for_input"},
    "DELTA": NEURON,
    "OUTPUT": {"bias_left_out_of_z", "exponent_sign_flipped", "sigmoid_forgotten"},
    "OUTPUT_SLOPE": {"factor_two_forgotten", "half_squared_error", "wrong_sign",
                     "sigma_prime_extra"},
    "SIGMOID_SLOPE": {"sigmoid_for_slope", "wrong_sign", "inner_slope_forgotten"},
    "MEAN_BIAS_SLOPE": MEAN | {"input_for_one"},
    "MEAN_WEIGHT_SLOPE": MEAN | {"one_for_input"},
    "STEP_W": STEP,
    "STEP_B": STEP,
    "CHAIN_BIAS_SLOPE": {"weight_forgotten", "sigma_prime_layer1_forgotten",
                         "sigma_prime_layer2_extra", "factor_two_forgotten", "wrong_sign"},
    "USED_TWICE": {"paths_not_added", "direct_path_forgotten", "sigma_prime_pass1_forgotten"},
    "CENTRAL_DIFFERENCE": {"difference_over_h", "one_sided_difference", "wrong_sign"},
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_names_at_least_3_catalogued_mistakes(kind):
    numbers = KINDS[kind].draw(np.random.default_rng(0))
    named = set(KINDS[kind].solve(numbers).mistakes)
    assert named == NAMED[kind]
    assert len(named) >= 3
    assert named <= set(mistakes.CATALOGUE)


# --- draw: numbers a reader can type, and askable questions ----------------------------------

RATES = {1.0, 2.0, 4.0, 8.0}


@pytest.mark.parametrize("kind", sorted(KINDS))
@given(seed=st.integers(0, 2**32 - 1))
def test_draw_gives_the_numbers_solve_takes_as_short_decimals(kind, seed):
    numbers = KINDS[kind].draw(np.random.default_rng(seed))
    shown_as_given = {name for name, places in KINDS[kind].places.items() if places is None}
    assert set(numbers) <= shown_as_given  # every drawn number is shown as it is
    for name, value in numbers.items():
        assert isinstance(value, float), name
        assert value != 0, name
        assert round(value, 2) == value, (name, value)  # at most two decimals
        assert abs(value) <= 3 or (name == "rate" and value in RATES), (name, value)
    KINDS[kind].solve(numbers)  # and solve takes them


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_most_draws_are_askable(kind):
    """Fresh numbers are drawn until a variant is askable: most draws must be, so that a bank
    of variants takes a few draws each (at most 200, MAX_DRAWS_PER_VARIANT)."""
    rng = np.random.default_rng(2024)
    solved = [KINDS[kind].solve(KINDS[kind].draw(rng)) for _ in range(100)]
    assert sum(one.askable() for one in solved) >= 60


@given(seed=st.integers(0, 2**32 - 1))
def test_draw_is_the_same_for_the_same_seed(seed):
    for kind in KINDS.values():
        assert kind.draw(np.random.default_rng(seed)) == kind.draw(np.random.default_rng(seed))
