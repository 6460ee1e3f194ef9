"""Bad input fails clearly, in every public function of snippets/*.py (issue 19 §3).

The project's standard: a shape mismatch, NaN, an empty array or the wrong dtype raises
ValueError or TypeError, naming the argument, what was expected and what was got; sizes
beyond a documented limit are refused before anything of that size is made.

One table, CASES, lists every public function with valid arguments and, for each argument,
the bad values it must refuse. ``test_every_bad_value_is_refused_naming_its_argument`` runs
them all; hypothesis then draws more bad values of each kind (NaN or inf anywhere in an
array of any shape, empty arrays, strings, objects, bools, ragged lists, wrong shapes,
wrong whole numbers). Any other exception (AssertionError, ZeroDivisionError, StopIteration,
IndexError, KeyError, a numpy warning: pytest turns warnings into errors) fails the test.

Size limits are not timed (speed belongs in benchmarks): each refusal is shown to happen
before the large allocation, by the most memory the call held (tracemalloc sees numpy's
allocations).
"""

import dataclasses
import inspect
import re
import tracemalloc
from dataclasses import dataclass, field

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import array_shapes, arrays

from snippets import (
    answer_check,
    chain,
    checks,
    cost,
    descent,
    exercise,
    explorer_data,
    gradcheck,
    layers,
    mistakes,
    mixed,
    moons,
    neuron,
    questions,
    surface,
    total,
    verify,
)

# --- bad values, by kind of argument ------------------------------------------------------------


def _returns(value):
    def f(*args):
        return value

    return f


NOT_NUMBERS = [None, "1.0", ["a", "b"], object(), {"a": 1.0}, np.array([1.0, None]),
               [True, False], True, np.array(["2024-01-01"], dtype="datetime64[D]")]
NOT_FINITE = [np.nan, np.inf, -np.inf, [1.0, np.nan], complex(np.nan, 0.0)]
EMPTY = [[], np.empty((0, 2))]
RAGGED = [[[1.0, 2.0], [3.0]]]
ARRAY = [*NOT_NUMBERS, *NOT_FINITE, *EMPTY, *RAGGED]  # numbers, real or complex
SCALAR = [*ARRAY, [1.0, 2.0], np.ones((2, 2))]  # one number
REAL = [*SCALAR, 1j]  # one real number
POSITIVE = [*REAL, 0.0, -1.0]  # one real number > 0
WHOLE = [2.7, 3.0, np.float64(3.0), "3", True, np.True_, None, [3], -1]  # a whole number ≥ 0
CHOICE = ["nope", None, 3, ["mean"], np.array(["mean"])]  # one of a few strings
FUNCTION = [None, 3, "f", _returns(np.nan), _returns(np.inf), _returns(np.zeros(2)),
            _returns("1.0"), _returns(None)]  # a function returning one finite number
LIST = [None, 3, [], np.zeros((2, 2)), "ab"]  # a list of arrays
TEXT = [None, 3, b"bytes", ["a"]]  # a str
MISTAKE = ["nope", 3, b"wrong_sign", ["wrong_sign"], np.array(["wrong_sign"]),
           np.array(["wrong_sign", "sum_not_mean"]), "sum_not_mean"]  # None or a mistake's name
IDENTIFIER = [*TEXT, "", "-", "a b", "a_b", "<a>"]  # letters, digits and hyphens


# --- valid arguments ------------------------------------------------------------------------------

A_PREV = np.array([2.0, -1.0, 0.5])
Y = np.array([0.8, 0.1, 0.4])
W_AXIS = np.linspace(-1.0, 1.0, 5)
B_AXIS = np.linspace(-1.0, 1.0, 4)
WEIGHTS, BIASES = layers.init_network([2, 3, 1], seed=1)
X = np.array([[1.0, -0.5], [0.5, 2.0]])
Y_NET = np.array([[0.2, 0.9]])
ZS, ACTIVATIONS = layers.forward(WEIGHTS, BIASES, X)
DC_DW, DC_DB = layers.backprop(WEIGHTS, BIASES, X, Y_NET)
CHAIN_Z, CHAIN_A = chain.forward(chain.W, chain.B, chain.A0)


def net_cost(weights, biases):
    return layers.cost(weights, biases, X, Y_NET)


def small_data():
    """surface_data's layout on a 5 × 4 grid, so that encode and worst_errors run fast."""
    costs = {}
    for name in surface.COSTS:
        dC_dw, dC_db = surface.gradient_grid(W_AXIS, B_AXIS, A_PREV, Y, name)
        costs[name] = {"C": surface.cost_grid(W_AXIS, B_AXIS, A_PREV, Y, name),
                       "dC_dw": dC_dw, "dC_db": dC_db}
    return {"w": W_AXIS, "b": B_AXIS, "a_prev": A_PREV, "y": Y, "start": (0.0, 0.0),
            "costs": costs}


EXERCISE_FIELDS = {"title": "A slope", "statement": "Find it.", "solution": "It is 1.",
                   "given": {"w": 0.5}, "answers": {"slope": 0.25}}
AN_EXERCISE = exercise.Exercise(**EXERCISE_FIELDS)
# The Markdown of an answer check, as exercises_*.py put under an exercise's statement.
A_CHECK = answer_check.answer_check("a-check", questions.OUTPUT_SLOPE, {"a": 0.3, "y": 0.8},
                                    "exercises.md")
KIND_FIELDS = {f.name: getattr(questions.OUTPUT_SLOPE, f.name)
               for f in dataclasses.fields(questions.Kind)}
SOLVED_FIELDS = {"values": {"a": 0.3, "y": 0.8, "answer": -1.0},
                 "mistakes": {"factor_two_forgotten": -0.5, "wrong_sign": 1.0}}
A_SOLVED = questions.Solved(**SOLVED_FIELDS)
# Kinds whose solve or draw return the wrong thing: refused when answer_check calls them.
DRAWS_NONE = questions.Kind(**(KIND_FIELDS | {"draw": _returns(None)}))
SOLVES_TO_DICT = questions.Kind(**(KIND_FIELDS | {"solve": _returns({"answer": 1.0})}))
SOLVES_WITHOUT_SHOWN = questions.Kind(  # solve gives no "a", which places shows
    **(KIND_FIELDS | {"solve": _returns(questions.Solved({"y": 0.8, "answer": -1.0},
                                                         {"wrong_sign": 1.0}))}))
BAD_KINDS = [None, "OUTPUT_SLOPE", questions.OUTPUT_SLOPE.solve, DRAWS_NONE, SOLVES_TO_DICT,
             SOLVES_WITHOUT_SHOWN]
CHOICES = [("Up", True, "Yes."), ("Down", False, "No.")]


@dataclass
class Case:
    """One public function: valid keyword arguments, and bad values for each argument.

    ``names`` lists, for an argument, the names a message may call it by (a weight list's
    entries are W^1, W^2, …); by default its own name.
    """

    function: object
    valid: dict
    bad: dict
    names: dict = field(default_factory=dict)

    @property
    def id(self):
        return f"{self.function.__module__.split('.')[-1]}.{self.function.__qualname__}"


def markdown(number):
    return AN_EXERCISE.markdown(number)


markdown.__qualname__ = "Exercise.markdown"
markdown.__module__ = "snippets.exercise"


def askable(tolerance):
    return A_SOLVED.askable(tolerance)


askable.__qualname__ = "Solved.askable"
askable.__module__ = "snippets.questions"

CASES = [
    # checks
    Case(checks.as_array, {"x": [1.0], "name": "x"}, {"x": ARRAY}),
    Case(checks.as_real_array, {"x": [1.0], "name": "x"}, {"x": [*ARRAY, [1j]]}),
    Case(checks.as_scalar, {"x": 1.0, "name": "x"}, {"x": SCALAR}),
    Case(checks.as_real, {"x": 1.0, "name": "x"}, {"x": REAL}),
    Case(checks.as_positive, {"x": 1.0, "name": "x"}, {"x": POSITIVE}),
    Case(checks.as_whole_number, {"x": 3, "name": "x"}, {"x": WHOLE}),
    Case(checks.as_choice, {"x": "mean", "name": "x", "choices": ("mean", "sum")},
         {"x": CHOICE}),
    Case(checks.as_list, {"x": [1.0], "name": "x"}, {"x": [None, 3, [], (), np.zeros(2), "ab"]}),
    Case(checks.one_number_function, {"f": np.sum, "name": "f"}, {"f": [None, 3, "f"]}),
    # chain
    Case(chain.forward, {"w": chain.W, "b": chain.B, "a0": chain.A0},
         {"w": [*ARRAY, np.ones((3, 1))], "b": [*ARRAY, chain.B[:2]], "a0": SCALAR}),
    Case(chain.cost, {"w": chain.W, "b": chain.B, "a0": chain.A0, "y": chain.Y},
         {"w": ARRAY, "b": ARRAY, "a0": SCALAR, "y": SCALAR}),
    Case(chain.backward, {"w": chain.W, "z": CHAIN_Z, "a": CHAIN_A, "y": chain.Y},
         {"w": [*ARRAY, 1.5], "z": [*ARRAY, CHAIN_Z[:2]], "a": [*ARRAY, CHAIN_A[:3]],
          "y": SCALAR}),
    Case(chain.gradients, {"w": chain.W, "b": chain.B, "a0": chain.A0, "y": chain.Y},
         {"w": ARRAY, "b": [*ARRAY, chain.B[:1]], "a0": SCALAR, "y": SCALAR}),
    # cost
    Case(cost.squared_error, {"a": A_PREV, "y": Y}, {"a": ARRAY, "y": [*ARRAY, Y[:2], 0.5]}),
    Case(cost.squared_error_prime, {"a": A_PREV, "y": Y}, {"a": ARRAY, "y": [*ARRAY, Y[:2]]}),
    Case(cost.mean_cost, {"costs": Y}, {"costs": ARRAY}),
    Case(cost.softplus, {"z": A_PREV}, {"z": ARRAY}),
    Case(cost.cross_entropy, {"z": A_PREV, "y": Y}, {"z": ARRAY, "y": [*ARRAY, Y[:2], Y + 1]}),
    Case(cost.cross_entropy_delta, {"a": Y, "y": Y},
         {"a": [*ARRAY, Y + 1], "y": [*ARRAY, Y[:2], -Y]}),
    # descent
    Case(descent.cost_at, {"w": 0.5, "b": -1.0, "a_prev": A_PREV, "y": Y},
         {"w": REAL, "b": REAL, "a_prev": [*ARRAY, A_PREV[:, None]], "y": [*ARRAY, Y[:1]],
          "cost": CHOICE}),
    Case(descent.gradient_at, {"w": 0.5, "b": -1.0, "a_prev": A_PREV, "y": Y},
         {"w": REAL, "b": REAL, "a_prev": ARRAY, "y": [*ARRAY, Y[:1]], "cost": CHOICE}),
    Case(descent.descend, {"w": 0.5, "b": -1.0, "a_prev": A_PREV, "y": Y, "learning_rate": 1.0,
                           "steps": 2},
         {"w": REAL, "b": REAL, "a_prev": ARRAY, "y": [*ARRAY, Y[:1]],
          "learning_rate": POSITIVE, "steps": [*WHOLE, 10**8], "cost": CHOICE}),
    Case(descent.path_costs, {"path": [[0.5, -1.0], [0.4, -0.9]], "a_prev": A_PREV, "y": Y},
         {"path": [*ARRAY, [0.5, -1.0], np.ones((2, 3)), [[1j, 0.0]]], "a_prev": ARRAY,
          "y": [*ARRAY, Y[:1]], "cost": CHOICE}),
    # exercise
    Case(exercise.num, {"x": 0.5}, {"x": REAL, "places": [*WHOLE[:6], *WHOLE[7:], 18]}),
    Case(exercise.fill, {"template": "w = $w", "w": 0.5},  # text values are used as they are
         {"template": [*TEXT, "w = $w and $missing", "costs $5"],
          "w": [v for v in REAL if not isinstance(v, str)]}),
    Case(exercise.Exercise, EXERCISE_FIELDS,
         {"title": [*TEXT, r"The slope \(b\)"], "statement": TEXT, "solution": TEXT,
          "given": [None, [0.5], "w", {"w": np.nan}, {"w": "0.5"}, {"w": []}],
          "answers": [None, [0.5], {"slope": np.inf}, {"slope": None}],
          "check": [*TEXT, "Check it.", A_CHECK.rstrip("\n"), "\n" + A_CHECK]},
         {"given": ("given", "w"), "answers": ("answers", "slope")}),
    Case(markdown, {"number": "1.2"}, {"number": [None, 1.2, ["1"]]}),
    Case(exercise.section_markdown, {"section": 1, "exercises": [AN_EXERCISE]},
         {"section": [*WHOLE, 0], "exercises": [None, [], AN_EXERCISE, ["text"], [None]]},
         {"exercises": ("exercises", "section 1")}),
    # explorer_data
    Case(explorer_data.grid_axis, {"limits": (0.0, 1.0), "spacing": 0.25},
         {"limits": [*ARRAY, (1.0, 0.0), (0.0, 1.0, 2.0), (0.0, 1j)],
          "spacing": [*POSITIVE, 0.3, 1e-320]}),
    Case(explorer_data.surface_data, {"spacing": 0.5},
         {"a_prev": [*ARRAY, A_PREV[:2], np.zeros(20_000)], "y": [*ARRAY, Y[:2]],
          "spacing": [*POSITIVE, 1 / 512]},
         {"a_prev": ("a_prev", "y"), "y": ("y", "a_prev")}),
    Case(explorer_data.bilinear, {"w_axis": W_AXIS, "b_axis": B_AXIS, "values": np.zeros((4, 5)),
                                  "w": [0.1, 0.2], "b": [0.3, 0.4]},
         {"w_axis": [*ARRAY, W_AXIS[::-1], W_AXIS**3, [0.0], 0.5],
          "b_axis": [*ARRAY, B_AXIS[::-1], B_AXIS**3, 0.5],
          "values": [*ARRAY, np.zeros((5, 4)), np.zeros(20)],
          "w": [*ARRAY, [1j]], "b": [*ARRAY, [0.3]]}),
    Case(explorer_data.encode, {"data": small_data()},
         {"data": [None, {}, [1.0], {**small_data(), "w": W_AXIS[::-1]},
                   {**small_data(), "costs": {}}, {**small_data(), "start": None}],
          "quantum": [*POSITIVE, 1e-300, 1e-320]}),
    Case(explorer_data.decode, {"encoded": explorer_data.encode(small_data())},
         {"encoded": [None, {}, [], {**explorer_data.encode(small_data()), "w": [0, 1, 10**9]},
                      {**explorer_data.encode(small_data()), "quantum": -1},
                      {**explorer_data.encode(small_data()), "costs": None}]}),
    Case(explorer_data.worst_errors, {"data": small_data()},
         {"data": [None, {}, {**small_data(), "b": np.zeros(4)}], "refine": [*WHOLE, 1, 10**4]}),
    # gradcheck
    Case(gradcheck.central_difference, {"f": np.sum, "x": A_PREV},
         {"f": FUNCTION, "x": [*ARRAY, np.zeros(100_001)], "h": POSITIVE}),
    Case(gradcheck.complex_step, {"f": np.sum, "x": A_PREV},
         {"f": [*FUNCTION, lambda x: np.sum(np.abs(x)), _returns(1.0)],  # real: Im lost
          "x": [*ARRAY, [1j], np.zeros(100_001)], "h": POSITIVE}),
    Case(gradcheck.relative_error, {"g_analytic": A_PREV, "g_numeric": Y},
         {"g_analytic": ARRAY, "g_numeric": [*ARRAY, Y[:2]]}),
    Case(gradcheck.gradient_error, {"g_analytic": A_PREV, "g_numeric": Y},
         {"g_analytic": ARRAY, "g_numeric": [*ARRAY, Y[:2]]}),
    Case(gradcheck.central_difference_arrays, {"f": lambda arrays: 0.0, "arrays": [A_PREV, Y]},
         {"f": FUNCTION, "arrays": [*LIST, [A_PREV, np.nan], [A_PREV, "1"]], "h": POSITIVE}),
    Case(gradcheck.complex_step_arrays, {"f": lambda arrays: np.sum(arrays[0] * arrays[1]),
                                         "arrays": [A_PREV, Y]},
         {"f": FUNCTION, "arrays": [*LIST, [A_PREV, []]], "h": POSITIVE}),
    Case(gradcheck.check_network_gradients,
         {"cost": net_cost, "weights": WEIGHTS, "biases": BIASES, "dC_dW": DC_DW, "dC_db": DC_DB},
         {"cost": FUNCTION, "weights": [*LIST, WEIGHTS[:1], [WEIGHTS[0], WEIGHTS[1] * np.nan]],
          "biases": [*LIST, [BIASES[0], "b"]], "dC_dW": [*LIST, [DC_DW[0], DC_DW[1].T]],
          "dC_db": [*LIST, [DC_DB[0][:1], DC_DB[1]]], "method": CHOICE},
         {"weights": ("weights", "W^"), "biases": ("biases", "b^"),
          "dC_dW": ("dC_dW",), "dC_db": ("dC_db",)}),
    # layers
    Case(layers.layer_sizes, {"sizes": [2, 1]},
         {"sizes": [None, 5, "34", [3], [2.7, 3], ["3", "4"], [True, 3], [3, 0], [3, None]]}),
    Case(layers.init_network, {"sizes": [2, 1]},
         {"sizes": [None, 5, [2.7, 3], [True, 3], [3, -1], [10_000, 10_000, 1]],
          "seed": WHOLE}),
    Case(layers.check_network, {"weights": WEIGHTS, "biases": BIASES},
         {"weights": [*LIST, [WEIGHTS[0], WEIGHTS[1].T], [np.full((3, 2), np.inf), WEIGHTS[1]]],
          "biases": [*LIST, BIASES[:1], [BIASES[0][:2], BIASES[1]], [BIASES[0], "b"]]},
         {"weights": ("weights", "W^", "weight matrices"),
          "biases": ("biases", "b^", "bias vectors")}),
    Case(layers.check_batch, {"weights": WEIGHTS, "x": X, "y": Y_NET},
         {"weights": [None, [], [np.ones(3)]], "x": [*ARRAY, X.T[:1], X[0]],
          "y": [*ARRAY, Y_NET.T, Y_NET[0]]},
         {"weights": ("weights", "W^")}),
    Case(layers.forward, {"weights": WEIGHTS, "biases": BIASES, "x": X},
         {"weights": [*LIST, [WEIGHTS[0].T, WEIGHTS[1]]], "biases": [*LIST, BIASES[::-1]],
          "x": [*ARRAY, np.ones((3, 2)), np.ones(2)]},
         {"weights": ("weights", "W^", "weight matrices"),
          "biases": ("biases", "b^", "bias vectors")}),
    Case(layers.cost, {"weights": WEIGHTS, "biases": BIASES, "x": X, "y": Y_NET},
         {"x": ARRAY, "y": [*ARRAY, Y_NET.T], "reduction": CHOICE}),
    Case(layers.backward,
         {"weights": WEIGHTS, "zs": ZS, "activations": ACTIVATIONS, "y": Y_NET},
         {"weights": [*LIST, [WEIGHTS[0].T, WEIGHTS[1]]],
          "zs": [*LIST, ZS[:1], [ZS[0] * np.inf, ZS[1]], [ZS[0][:, :1], ZS[1]]],
          "activations": [*LIST, ACTIVATIONS[1:], [ACTIVATIONS[0], ACTIVATIONS[1] * np.inf,
                                                   ACTIVATIONS[2]]],
          "y": [*ARRAY, Y_NET.T, Y_NET[0]], "reduction": CHOICE},
         {"weights": ("weights", "W^"), "zs": ("zs", "Z^"), "activations": ("activations", "A^"),
          "y": ("y",)}),
    Case(layers.backprop, {"weights": WEIGHTS, "biases": BIASES, "x": X, "y": Y_NET},
         {"weights": LIST, "biases": LIST, "x": ARRAY, "y": [*ARRAY, Y_NET.T],
          "reduction": CHOICE},
         {"weights": ("weights", "W^", "weight matrices"),
          "biases": ("biases", "b^", "bias vectors")}),
    Case(layers.backprop_loops, {"weights": WEIGHTS, "biases": BIASES, "x": X, "y": Y_NET},
         {"weights": LIST, "biases": LIST, "x": [*ARRAY, np.zeros((2, 600_000))],
          "y": [*ARRAY, Y_NET.T], "reduction": CHOICE},
         {"weights": ("weights", "W^", "weight matrices"),
          "biases": ("biases", "b^", "bias vectors"), "x": ("x", "y")}),
    Case(layers.parameter_count, {"sizes": [2, 1]}, {"sizes": [None, 5, [3], [-1, 5], [2.5, 1]]}),
    Case(layers.multiply_adds, {"sizes": [2, 1]},
         {"sizes": [None, [3], [0, 1]], "m": [*WHOLE, 0, -2]}),
    Case(layers.forward_pass_equivalents, {"sizes": [2, 1]}, {"sizes": [None, 5, [3], [3, 0]]}),
    # mistakes
    Case(mistakes.Mistake, {"says": "the sign is flipped", "see": "index.md#two-chain-rules"},
         {"says": TEXT, "see": [*TEXT, "nope.md", "index", "/index.md", "nope.md#index"]}),
    Case(mistakes.output_slope, {"a": 0.3, "y": 0.8}, {"a": REAL, "y": REAL, "mistake": MISTAKE}),
    Case(mistakes.output, {"w": 0.5, "b": -1.0, "a_prev": 2.0},
         {"w": REAL, "b": REAL, "a_prev": REAL, "mistake": MISTAKE}),
    Case(mistakes.sigmoid_slope, {"z": 1.0}, {"z": REAL, "mistake": MISTAKE}),
    Case(mistakes.neuron_slope, {"wrt": "b", "w": 0.5, "b": -1.0, "a_prev": 2.0, "y": 0.8},
         {"wrt": [*CHOICE, "y"], "w": REAL, "b": REAL, "a_prev": REAL, "y": REAL,
          "mistake": [*MISTAKE, "one_for_input"]}),
    Case(mistakes.mean_slope, {"wrt": "w", "w": 0.5, "b": -1.0, "a_prev": A_PREV, "y": Y},
         {"wrt": [*CHOICE, "z"], "w": REAL, "b": REAL,
          "a_prev": [*ARRAY, [1j, 0.5, 0.5], A_PREV[:, None], 2.0], "y": [*ARRAY, Y[:2], 0.5],
          "mistake": [*MISTAKE[:-1], "input_for_one", np.array([], dtype=str)]}),
    Case(mistakes.descent_step,
         {"parameter": 0.5, "slope": 0.1, "other_slope": -0.2, "learning_rate": 1.0},
         {"parameter": REAL, "slope": REAL, "other_slope": REAL, "learning_rate": POSITIVE,
          "mistake": MISTAKE}),
    Case(mistakes.chain_bias_slope, {"w": [1.0, -2.0], "b": [0.5, 0.0], "a0": 1.0, "y": 0.3},
         {"w": [*ARRAY, [1j, 1.0], [1.0], [1.0, 2.0, 3.0], np.ones((2, 2)), 1.0],
          "b": [*ARRAY, [0.5], [[0.5, 0.0]]], "a0": REAL, "y": REAL, "mistake": MISTAKE}),
    Case(mistakes.used_twice_slope, {"w": 0.5, "b": -1.0, "a0": 2.0},
         {"w": REAL, "b": REAL, "a0": REAL, "mistake": MISTAKE}),
    Case(mistakes.central_estimate,
         {"cost_plus": 0.30, "cost_minus": 0.10, "cost_here": 0.18, "h": 0.1},
         {"cost_plus": REAL, "cost_minus": REAL, "cost_here": REAL, "h": POSITIVE,
          "mistake": MISTAKE}),
    # mixed
    Case(mixed.sigmoid_second, {"z": A_PREV}, {"z": ARRAY}),
    Case(mixed.d2C_db_dw, {"w": 0.5, "b": -1.0, "a_prev": A_PREV, "y": Y},
         {"w": SCALAR, "b": SCALAR, "a_prev": ARRAY, "y": [*ARRAY, Y[:2]]}),
    # moons
    Case(moons.two_moons, {"n": 10},
         {"n": [*WHOLE, 1, 10**8], "noise": [*REAL, -0.1], "seed": WHOLE}),
    # neuron
    Case(neuron.sigmoid, {"z": A_PREV}, {"z": ARRAY}),
    Case(neuron.sigmoid_prime, {"z": A_PREV}, {"z": ARRAY}),
    Case(neuron.squared_error_delta, {"z": A_PREV, "a": Y, "y": Y},
         {"z": [*ARRAY, Y[:2]], "a": [*ARRAY, Y[:2]], "y": [*ARRAY, Y[:2]]}),
    Case(neuron.forward, {"w": 0.5, "b": -1.0, "a_prev": A_PREV},
         {"w": SCALAR, "b": SCALAR, "a_prev": ARRAY}),
    Case(neuron.partials_of_z, {"w": 0.5, "b": -1.0, "a_prev": A_PREV},
         {"w": SCALAR, "b": SCALAR, "a_prev": ARRAY}),
    Case(neuron.cost, {"w": 0.5, "b": -1.0, "a_prev": A_PREV, "y": Y},
         {"w": SCALAR, "b": SCALAR, "a_prev": ARRAY, "y": [*ARRAY, Y[:2]]}),
    Case(neuron.gradients, {"w": 0.5, "b": -1.0, "a_prev": A_PREV, "y": Y},
         {"w": SCALAR, "b": SCALAR, "a_prev": ARRAY, "y": [*ARRAY, Y[:2]]}),
    # questions
    Case(questions.Solved, SOLVED_FIELDS,
         {"values": [None, {}, [("answer", 1.0)], {"a": 0.3}, {"answer": np.nan},
                     {"answer": "1.0"}, {"answer": [1.0, 2.0]}, {"answer": 1.0, 3: 0.5}],
          "mistakes": [None, {}, [("wrong_sign", 1.0)], {"wrong_sign": np.inf},
                       {"wrong_sign": None}, {"made_up": 1.0}, {3: 1.0}]}),
    Case(askable, {"tolerance": 0.0005}, {"tolerance": POSITIVE}),
    Case(questions.Kind, KIND_FIELDS,
         {"label": TEXT, "ask": [*TEXT, "Find $nope.", "It costs $5."],
          "worked": [*TEXT, "- $answer and $nope", "$"],
          "places": [None, [], {}, {"a": None, "y": None}, {**KIND_FIELDS["places"], "answer": "4"},
                     {**KIND_FIELDS["places"], "answer": -1},
                     {**KIND_FIELDS["places"], "answer": 18},
                     {**KIND_FIELDS["places"], "answer": True},
                     {**KIND_FIELDS["places"], 3: None}],
          "solve": [None, 3, "solve"], "draw": [None, 3, "draw"]}),
    # answer_check
    Case(answer_check.link,
         {"target": "derivatives/total.md#two-paths", "page": "backprop/chain.md"},
         {"target": [*TEXT, "nope.md", "index", "/index.md", "nope.md#index"],
          "page": [*TEXT, "index", "index.html", "/docs/index.md", "../index.md", "a/../b.md"]}),
    Case(answer_check.variants,
         {"kind": questions.OUTPUT_SLOPE, "count": 1, "seed": 0, "groups": 3},
         {"kind": BAD_KINDS, "count": [*WHOLE, 51], "seed": WHOLE, "groups": [*WHOLE, 0]}),
    Case(answer_check.answer_check,
         {"check_id": "a-check", "kind": questions.OUTPUT_SLOPE, "numbers": {"a": 0.3, "y": 0.8},
          "page": "backprop/one-neuron.md"},
         {"check_id": IDENTIFIER, "kind": BAD_KINDS,
          "numbers": [None, [], [("a", 0.3), ("y", 0.8)], {}, {"a": 0.3},
                      {"a": 0.3, "y": 0.8, "w": 1.0}, {"a": 0.3, "y": 0.8, "answer": -1.0},
                      {"a": np.nan, "y": 0.8}, {"a": "0.3", "y": 0.8}, {"a": 0.3, "y": [0.8]},
                      {"a": 0.5, "y": 0.5}, {"a": 0.5004, "y": 0.5}],
          "page": [*TEXT, "index", "/docs/index.md", "../index.md"],
          "count": [*WHOLE, 51], "seed": WHOLE}),
    Case(answer_check.prediction,
         {"prediction_id": "p-1", "question": "Up or down?", "choices": CHOICES,
          "answer": "Up."},
         {"prediction_id": IDENTIFIER, "question": TEXT, "answer": TEXT,
          "choices": [None, "ab", [], tuple(CHOICES), CHOICES[:1],
                      [CHOICES[0], ("Down", True, "Also.")],
                      [("Up", False, "No."), CHOICES[1]],
                      [("Up", 1, "Yes."), CHOICES[1]], [list(CHOICES[0]), CHOICES[1]],
                      [("Up", True), ("Down", False)], [("Up", True, None), CHOICES[1]],
                      [CHOICES[0], None]]}),
    # surface
    Case(surface.check_examples, {"a_prev": A_PREV, "y": Y},
         {"a_prev": [*ARRAY, np.ones((3, 1))], "y": [*ARRAY, Y[:2]], "cost": CHOICE}),
    Case(surface.cost_grid, {"w": W_AXIS, "b": B_AXIS, "a_prev": A_PREV, "y": Y},
         {"w": [*ARRAY, np.ones((2, 2)), np.zeros(200_000)], "b": [*ARRAY, 0.5, np.zeros(200_000)],
          "a_prev": ARRAY, "y": [*ARRAY, Y[:2]], "cost": CHOICE},
         {"w": ("w",), "b": ("b",)}),
    Case(surface.gradient_grid, {"w": W_AXIS, "b": B_AXIS, "a_prev": A_PREV, "y": Y},
         {"w": [*ARRAY, np.zeros(200_000)], "b": [*ARRAY, np.zeros(200_000)], "a_prev": ARRAY,
          "y": [*ARRAY, Y[:2]], "cost": CHOICE}),
    # total
    Case(total.total_differential, {"partials": A_PREV, "changes": Y},
         {"partials": ARRAY, "changes": [*ARRAY, Y[:2]]}),
    Case(total.linearisation_residuals,
         {"f": np.sum, "partials": [1.0, 1.0], "point": [0.5, -1.0], "direction": [1.0, 0.0],
          "steps": [0.1, 0.01]},
         {"f": FUNCTION, "partials": [*ARRAY, [1.0]], "point": ARRAY,
          "direction": [*ARRAY, [1.0]], "steps": [*ARRAY, [0.1, 0.1], [-0.1], [[0.1]], [1j],
                                                  np.full(10_001, 0.1)]}),
    Case(total.loglog_slope, {"steps": [0.1, 0.01], "values": [1e-2, 1e-4]},
         {"steps": [*ARRAY, [0.1, 0.1], [0.1, 0.0], [0.1], [1j, 0.1]],
          "values": [*ARRAY, [1e-2, 0.0], [1e-2]]}),
    Case(total.used_twice, {"w": 0.5, "b": -1.0, "a0": 2.0},
         {"w": SCALAR, "b": SCALAR, "a0": SCALAR}),
    Case(total.dz2_dw_by_path, {"w": 0.5, "b": -1.0, "a0": 2.0},
         {"w": SCALAR, "b": SCALAR, "a0": SCALAR}),
    Case(total.path, {"t": 0.5}, {"t": SCALAR}),
    Case(total.path_velocity, {"t": 0.5}, {"t": SCALAR}),
    # verify: NaN and inf are disagreements by design (Disagreement), not bad input
    Case(verify.agree, {"what": "x", "value": 1.0, "check": 1.0},
         {"what": TEXT, "value": [*NOT_NUMBERS, *EMPTY, *RAGGED],
          "check": [*NOT_NUMBERS, *EMPTY, *RAGGED, [1.0, 1.0]], "how": TEXT,
          "tolerance": POSITIVE}),
    Case(verify.claim, {"holds": True, "statement": "x"},
         {"holds": [None, 1, "yes", np.array([True, False]), []], "statement": TEXT}),
]

# Functions with no arguments to refuse, and names that are not functions of data.
NOT_SWEPT = {"checks.within_limit", "checks.same_shape", "exercise.Exercise.markdown"}


def names_argument(message, names):
    """True if the message names one of ``names`` as an argument: at its start, or followed
    by a shape, a colon, an index or a list of shapes ("got a (3,), y (2,)")."""
    for name in names:
        pattern = rf"(?<![\w^$]){re.escape(name)}(?=:|\[| \(|,| and | of shape|\^|\d|$)"
        if re.search(pattern, message) or message.startswith(name):
            return True
    return False


def call(case, argument, value):
    return case.function(**(case.valid | {argument: value}))


SWEEP = [
    pytest.param(case, argument, value, id=f"{case.id}-{argument}-{i}")
    for case in CASES
    for argument, values in case.bad.items()
    for i, value in enumerate(values)
]


# --- the table is complete and its valid arguments are valid ---------------------------------


def public_functions():
    modules = [answer_check, chain, checks, cost, descent, exercise, explorer_data, gradcheck,
               layers, mistakes, mixed, moons, neuron, questions, surface, total, verify]
    for module in modules:
        for name, value in vars(module).items():
            exception = inspect.isclass(value) and issubclass(value, Exception)
            if name.startswith("_") or not callable(value) or exception:
                continue
            if getattr(value, "__module__", None) == module.__name__:
                yield f"{module.__name__.split('.')[-1]}.{name}"


def test_every_public_function_is_in_the_table():
    swept = {case.id for case in CASES} | NOT_SWEPT
    assert set(public_functions()) - swept == set()


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_the_valid_arguments_are_valid(case):
    case.function(**case.valid)  # so that a refusal below is caused by the bad argument


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_every_argument_with_bad_values_is_an_argument(case):
    parameters = inspect.signature(case.function).parameters
    takes_any = any(p.kind is p.VAR_KEYWORD for p in parameters.values())
    assert takes_any or set(case.bad) <= set(parameters)


# --- every bad value is refused, naming its argument ----------------------------------------


@pytest.mark.parametrize(("case", "argument", "value"), SWEEP)
def test_every_bad_value_is_refused_naming_its_argument(case, argument, value):
    with pytest.raises((ValueError, TypeError)) as raised:
        call(case, argument, value)
    names = case.names.get(argument, (argument,))
    assert names_argument(str(raised.value), names), (
        f"{case.id}({argument}={value!r}): the message does not name {names}: {raised.value}"
    )


def test_same_shape_with_no_arrays_is_a_type_error():
    with pytest.raises(TypeError, match=r"^same_shape: expected at least one named array"):
        checks.same_shape()


# --- hypothesis: more bad values of each kind ---------------------------------------------------

SHAPES = array_shapes(min_dims=0, max_dims=3, min_side=1, max_side=4)


@st.composite
def with_a_non_finite_entry(draw):
    """A float array of any small shape, with NaN, inf or -inf at one drawn place."""
    array = draw(arrays(np.float64, SHAPES, elements=st.floats(-10, 10)))
    index = draw(st.sampled_from(list(np.ndindex(array.shape))))
    array[index] = draw(st.sampled_from([np.nan, np.inf, -np.inf]))
    return array


NOT_NUMBER_VALUES = st.one_of(
    st.none(),
    st.text(max_size=5),
    st.booleans(),
    st.lists(st.text(max_size=3), min_size=1, max_size=4),
    arrays(np.bool_, SHAPES),
    st.builds(lambda shape: np.full(shape, None, dtype=object), SHAPES),
    st.dictionaries(st.text(max_size=2), st.floats(), max_size=2),
)
EMPTY_ARRAYS = st.builds(
    np.empty,
    st.lists(st.integers(0, 3), min_size=1, max_size=3).filter(lambda shape: 0 in shape),
)
RAGGED_LISTS = st.lists(st.lists(st.floats(-1, 1), min_size=1, max_size=3), min_size=2,
                        max_size=4).filter(lambda rows: len({len(row) for row in rows}) > 1)
BAD_ARRAYS = st.one_of(with_a_non_finite_entry(), NOT_NUMBER_VALUES, EMPTY_ARRAYS, RAGGED_LISTS)
BAD_SCALARS = st.one_of(BAD_ARRAYS, arrays(np.float64, array_shapes(min_dims=1, max_side=4),
                                           elements=st.floats(-1, 1)))
BAD_WHOLE_NUMBERS = st.one_of(  # too large ones: see the size limits below
    st.floats(allow_nan=True), st.text(max_size=3), st.booleans(), st.none(),
    st.integers(max_value=-1), st.builds(np.float64, st.integers(0, 10)),
)
KINDS = {"array": BAD_ARRAYS, "scalar": BAD_SCALARS, "whole": BAD_WHOLE_NUMBERS}

# Which arguments take which kind: read from the table (an argument whose bad values
# include the whole ARRAY list is an array argument, and so on). Arguments whose names
# must be refused at every size (huge whole numbers included) are whole-number ones.
DRAWN = [
    pytest.param(case, argument, kind, id=f"{case.id}-{argument}-{kind}")
    for case in CASES
    for argument, values in case.bad.items()
    for kind, listed in (("scalar", SCALAR), ("array", ARRAY), ("whole", WHOLE))
    if all(any(v is w for v in values) for w in listed)
    and not (kind == "array" and all(any(v is w for v in values) for w in SCALAR))
    and case.function is not verify.agree  # NaN there is a Disagreement, by design
    and not (kind == "whole" and argument in {"places", "x"})  # no upper limit there
]


@pytest.mark.parametrize(("case", "argument", "kind"), DRAWN)
@settings(max_examples=25)
@given(data=st.data())
def test_drawn_bad_values_are_refused_naming_their_argument(case, argument, kind, data):
    value = data.draw(KINDS[kind], label=argument)
    with pytest.raises((ValueError, TypeError)) as raised:
        call(case, argument, value)
    names = case.names.get(argument, (argument,))
    assert names_argument(str(raised.value), names), str(raised.value)


PAIRS = [("a", "y"), ("a_prev", "y"), ("z", "y"), ("g_analytic", "g_numeric"),
         ("partials", "changes"), ("steps", "values")]
MATCHED = [
    pytest.param(case, pair, id=f"{case.id}-{pair[0]}-{pair[1]}")
    for case in CASES
    for pair in PAIRS
    if set(pair) <= set(case.bad) and set(pair) <= set(case.valid)
    and np.shape(case.valid[pair[0]]) == np.shape(case.valid[pair[1]])
    and np.ndim(case.valid[pair[0]]) > 0  # one number each: refused as not one number above
]


@pytest.mark.parametrize(("case", "pair"), MATCHED)
@settings(max_examples=25)
@given(data=st.data())
def test_drawn_mismatched_shapes_are_refused_naming_both(case, pair, data):
    # The second array of each pair gets another shape: nothing may broadcast silently.
    first, second = pair
    shape = np.shape(case.valid[first])
    other = data.draw(SHAPES.filter(lambda s: s != shape), label="other shape")
    with pytest.raises(ValueError, match=r"expected|got") as raised:
        call(case, second, np.full(other, 0.5))
    message = str(raised.value)
    assert names_argument(message, (first,)), message
    assert names_argument(message, (second,)), message


# --- size limits: refused before anything of that size is made ---------------------------------


def peak_bytes(function, *args, **kwargs):
    """Call ``function``, expecting ValueError; return it and the most memory held at once."""
    tracemalloc.start()
    try:
        with pytest.raises(ValueError, match=r"expected at most|expected a whole number") as raised:
            function(*args, **kwargs)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return raised.value, peak


ONE_MB = 1_000_000
HUGE_X = np.zeros(200_000)  # made here, so that its own 1.6 MB is not counted
WIDE_AXIS = np.zeros(4000)
MANY_COLUMNS = np.zeros((2, 600_000))
MANY_TARGETS = np.zeros((1, 600_000))
MANY_STEPS = np.full(10_001, 0.1)
MANY_ROWS = np.zeros((100_002, 2))
LONG_CHAIN = np.zeros(10_001)
WIDE_LAYER, WIDE_BIASES = [np.zeros((10_000, 1))], [np.zeros(10_000)]  # 10 000 neurons
A_BATCH = np.zeros((1, 1000))  # Z^1 would hold 10 000 × 1000 values


@pytest.mark.parametrize(
    ("function", "args", "kwargs", "message"),
    [
        (gradcheck.central_difference, (np.sum, HUGE_X), {}, r"^x: expected at most 100,000"),
        (gradcheck.complex_step, (np.sum, HUGE_X), {}, r"^x: expected at most 100,000"),
        (gradcheck.central_difference_arrays, (lambda a: 0.0, [HUGE_X]), {},
         r"^arrays\[0\]: expected at most 100,000"),
        (descent.descend, (0.5, -1.0, A_PREV, Y, 1.0, 10**8), {},
         r"^steps: expected a whole number from 0 to 100,000"),
        (descent.path_costs, (MANY_ROWS, A_PREV, Y), {}, r"^path: expected at most"),
        (surface.cost_grid, (WIDE_AXIS, WIDE_AXIS, A_PREV, Y), {},
         r"^w, b and a_prev: expected at most 2,000,000 grid values"),
        (surface.gradient_grid, (WIDE_AXIS, WIDE_AXIS, A_PREV, Y), {},
         r"^w, b and a_prev: expected at most 2,000,000 grid values"),
        (explorer_data.surface_data, (), {"spacing": 1 / 512}, r"^spacing: expected at most 500"),
        (explorer_data.worst_errors, (small_data(), 10**4), {}, r"^refine: expected at most"),
        (moons.two_moons, (10**8,), {}, r"^n: expected a whole number from 2 to 100,000"),
        (layers.init_network, ([10_000, 10_000, 1],), {}, r"^sizes: expected at most 1,000,000"),
        # The limit of backprop_loops is on time (Python loops), not memory: x and y are
        # checked (copied) first, then refused before any pass; the allowance is their copies.
        (layers.backprop_loops, (WEIGHTS, BIASES, MANY_COLUMNS, MANY_TARGETS), {},
         r"^weights and x: expected at most 1,000,000 loop steps"),
        (total.linearisation_residuals, (np.sum, [1.0], [0.0], [1.0], MANY_STEPS), {},
         r"^steps: expected at most 10,000"),
        (chain.forward, (LONG_CHAIN, LONG_CHAIN, 0.5), {}, r"^w: expected at most 10,000"),
        (layers.forward, (WIDE_LAYER, WIDE_BIASES, A_BATCH), {},
         r"^weights and x: expected at most 4,000,000 values in Z\^1"),
    ],
    ids=lambda x: getattr(x, "__qualname__", None) if callable(x) else None,
)
def test_sizes_beyond_a_limit_are_refused_before_allocating(function, args, kwargs, message):
    error, peak = peak_bytes(function, *args, **kwargs)
    assert re.search(message, str(error)), str(error)
    copies = MANY_COLUMNS.nbytes + MANY_TARGETS.nbytes if function is layers.backprop_loops else 0
    assert peak < ONE_MB + copies, f"{peak:,} bytes held before refusing"
