"""Questions a reader answers with a number: the right answer and the named wrong ones.

A Kind is one type of question, such as "∂C_0/∂b of one neuron and one example". Given its
numbers, ``solve`` computes the answer with the site's tested code (snippets.neuron,
snippets.chain, …), every number the worked answer shows, and the number each typical
mistake of snippets.mistakes produces. ``draw`` picks fresh numbers for a variant: one
decimal each, so that a reader can work them with a calculator.

An answer counts when it is within TOLERANCE of the exact value. Every solved question is
checked to be askable: its answer and its named mistakes all lie more than 2·TOLERANCE
apart, except mistakes that give the very same number, which are named together.
"""

from collections.abc import Callable
from dataclasses import dataclass
from string import Template

import numpy as np

from snippets import mistakes
from snippets.chain import gradients as chain_gradients
from snippets.checks import as_positive, as_real, as_whole_number
from snippets.cost import squared_error_prime
from snippets.dataset import A_PREV, Y
from snippets.exercise import MAX_PLACES
from snippets.gradcheck import central_difference
from snippets.neuron import (
    cost,
    forward,
    gradients,
    sigmoid,
    sigmoid_prime,
    squared_error_delta,
)
from snippets.total import dz2_dw_by_path
from snippets.verify import agree, claim

TOLERANCE = 0.0005  # an answer within this of the exact value counts: three decimals suffice
SAME = 1e-12  # two mistakes closer than this give the same number, and are named together


@dataclass(frozen=True)
class Solved:
    """``values``: every number the question and its worked answer show, by name (the
    answer under "answer"); ``mistakes``: the number each named mistake gives."""

    values: dict
    mistakes: dict

    def __post_init__(self):
        for name in ("values", "mistakes"):
            numbers = getattr(self, name)
            if not isinstance(numbers, dict) or not numbers:
                raise TypeError(f"{name}: expected a dict of named numbers, got {numbers!r}")
            for key, value in numbers.items():
                if not isinstance(key, str):
                    raise TypeError(f"{name}: expected names (str) as keys, got {key!r}")
                as_real(value, f"{name}[{key!r}]")
        unknown = sorted(set(self.mistakes) - set(mistakes.CATALOGUE))
        if unknown:
            raise ValueError(f"mistakes: expected names of snippets.mistakes.CATALOGUE, "
                             f"got {unknown}")
        if "answer" not in self.values:
            raise ValueError(f"values: expected an 'answer', got {sorted(self.values)}")

    @property
    def answer(self):
        return self.values["answer"]

    def groups(self):
        """The mistakes as [(number, [names])], names that give the same number together."""
        groups = []
        for name, value in self.mistakes.items():
            for group in groups:
                if abs(group[0] - value) <= SAME * max(1.0, abs(value)):
                    group[1].append(name)
                    break
            else:
                groups.append((value, [name]))
        return groups

    def askable(self, tolerance=TOLERANCE):
        """True when the answer and every group of mistakes lie more than 2·tolerance apart
        (``tolerance`` > 0)."""
        tolerance = as_positive(tolerance, "tolerance")
        numbers = [self.answer, *(value for value, _ in self.groups())]
        gaps = [abs(x - y) for i, x in enumerate(numbers) for y in numbers[i + 1:]]
        return min(gaps) > 2 * tolerance


@dataclass(frozen=True)
class Kind:
    """``label``: the asked quantity in plain Unicode (it names the answer field);
    ``ask`` and ``worked``: Markdown in which
    ``$name`` stands for a number of Solved.values named in ``places``; ``places``: decimals
    shown per name, a whole number from 0 to MAX_PLACES (None: the shortest form, for the
    numbers a question gives); ``solve(numbers)`` returns a Solved with a value for every
    name of ``places``; ``draw(rng)`` returns a dict of fresh numbers, the ones ``solve``
    takes."""

    label: str
    ask: str
    worked: str
    places: dict
    solve: Callable
    draw: Callable

    def __post_init__(self):
        for name in ("label", "ask", "worked"):
            if not isinstance(getattr(self, name), str):
                raise TypeError(f"{name}: expected text (a str), got {getattr(self, name)!r}")
        if not isinstance(self.places, dict) or "answer" not in self.places:
            raise TypeError(f"places: expected a dict with an 'answer', got {self.places!r}")
        for key, shown in self.places.items():
            if not isinstance(key, str):
                raise TypeError(f"places: expected names (str) as keys, got {key!r}")
            if shown is not None:
                as_whole_number(shown, f"places[{key!r}]", minimum=0, maximum=MAX_PLACES)
        for name in ("ask", "worked"):
            template = Template(getattr(self, name))
            if not template.is_valid():
                raise ValueError(f"{name}: expected $name placeholders only, got "
                                 f"{template.template!r}")
            unknown = sorted(set(template.get_identifiers()) - set(self.places))
            if unknown:
                raise ValueError(f"{name}: expected $names of places ({sorted(self.places)}), "
                                 f"got {', '.join('$' + key for key in unknown)}")
        for name in ("solve", "draw"):
            if not callable(getattr(self, name)):
                raise TypeError(f"{name}: expected a function, got {getattr(self, name)!r}")


def _pick(rng, low, high, step=0.1):
    """A number from low to high in steps of ``step``, never 0: a number a reader can type."""
    choices = [x for x in np.round(np.arange(low, high + step / 2, step), 10) if x != 0]
    return float(rng.choice(choices))


def _all_mistakes(function, names, *args):
    return {name: function(*args, mistake=name) for name in sorted(names)}


# One neuron, one example ----------------------------------------------------------------

def _one_example(numbers):
    w, b, a_prev, y = (numbers[name] for name in ("w", "b", "a_prev", "y"))
    z, a = forward(w, b, a_prev)
    return w, b, a_prev, y, float(z), float(a)


def _neuron(wrt):
    names = {"z": mistakes.NEURON_MISTAKES - {"bias_left_out_of_z"},
             "b": mistakes.NEURON_MISTAKES | {"input_for_one"},
             "w": mistakes.NEURON_MISTAKES | {"one_for_input"}}[wrt]

    def solve(numbers):
        w, b, a_prev, y, z, a = _one_example(numbers)
        dC0_dw, dC0_db, _ = gradients(w, b, [a_prev], [y])
        answer = {"z": float(squared_error_delta(z, a, y)), "b": float(dC0_db),
                  "w": float(dC0_dw)}[wrt]
        agree(f"∂C_0/∂{wrt}", answer, mistakes.neuron_slope(wrt, w, b, a_prev, y),
              "the chain of snippets.mistakes, with no mistake")
        values = {**numbers, "z": z, "a": a, "sigma_prime": float(sigmoid_prime(z)),
                  "output_slope": float(squared_error_prime(a, y)), "answer": answer}
        return Solved(values, _all_mistakes(mistakes.neuron_slope, names, wrt, w, b, a_prev, y))

    return solve


def _draw_neuron(rng):
    return {"w": _pick(rng, -1.5, 1.5), "b": _pick(rng, -1.5, 1.5),
            "a_prev": _pick(rng, -2.0, 2.0, 0.5), "y": _pick(rng, 0.1, 0.9)}


_NEURON_PLACES = {"w": None, "b": None, "a_prev": None, "y": None, "z": 4, "a": 4,
                  "sigma_prime": 4, "output_slope": 4, "answer": 4}
_NEURON_ASK = (r"Take one neuron and one example: \(w\) = $w, \(b\) = $b, input "
               r"\(a^{L-1}\) = $a_prev and target \(y\) = $y.")
_NEURON_FORWARD = r"""
- \(z = w\,a^{L-1} + b\) = $z
- \(a^L = \sigma(z)\) ≈ $a
- \(\sigma'(z) = a^L (1 - a^L)\) ≈ $sigma_prime
- \(\partial C_0/\partial a^L = 2(a^L - y)\) ≈ $output_slope
"""


def _neuron_kind(wrt, label, find, last_step):
    """A one-example question on the neuron: find ∂C_0/∂``wrt``; ``find`` ends the
    question, ``last_step`` ends the worked answer (both Markdown)."""
    return Kind(
        label=label,
        ask=f"{_NEURON_ASK} {find}",
        worked=f"{_NEURON_FORWARD}{last_step} ≈ $answer",
        places=_NEURON_PLACES,
        solve=_neuron(wrt),
        draw=_draw_neuron,
    )


BIAS_SLOPE = _neuron_kind(
    "b", "∂C₀/∂b", r"Find \(\partial C_0/\partial b\).",
    r"- \(\partial C_0/\partial b = 1 \cdot \sigma'(z) \cdot 2(a^L - y)\)",
)
WEIGHT_SLOPE = _neuron_kind(
    "w", "∂C₀/∂w", r"Find \(\partial C_0/\partial w\).",
    r"- \(\partial C_0/\partial w = a^{L-1} \cdot \sigma'(z) \cdot 2(a^L - y)\)",
)
DELTA = _neuron_kind(
    "z", "δ", r"Find \(\delta = \partial C_0/\partial z\), the slope of the cost in \(z\).",
    r"- \(\delta = \sigma'(z) \cdot 2(a^L - y)\)",
)


def _solve_output(numbers):
    w, b, a_prev = (numbers[name] for name in ("w", "b", "a_prev"))
    z, a = (float(x) for x in forward(w, b, a_prev))
    agree("a^L", a, mistakes.output(w, b, a_prev), "snippets.mistakes, no mistake")
    names = {"bias_left_out_of_z", "exponent_sign_flipped", "sigmoid_forgotten"}
    return Solved({**numbers, "z": z, "answer": a},
                  _all_mistakes(mistakes.output, names, w, b, a_prev))


OUTPUT = Kind(
    label="output aᴸ",
    ask=r"Take \(w\) = $w, \(b\) = $b and input \(a^{L-1}\) = $a_prev. Find the neuron's "
    r"output \(a^L = \sigma(z)\).",
    worked=r"""
- \(z = w\,a^{L-1} + b\) = $z
- \(a^L = 1/(1 + e^{-z})\) ≈ $answer
""",
    places={"w": None, "b": None, "a_prev": None, "z": 4, "answer": 4},
    solve=_solve_output,
    draw=lambda rng: {name: value for name, value in _draw_neuron(rng).items() if name != "y"},
)


def _solve_output_slope(numbers):
    a, y = numbers["a"], numbers["y"]
    answer = float(squared_error_prime(a, y))
    agree("∂C_0/∂a", answer, mistakes.output_slope(a, y), "snippets.mistakes, no mistake")
    names = {"factor_two_forgotten", "half_squared_error", "wrong_sign", "sigma_prime_extra"}
    return Solved({**numbers, "answer": answer},
                  _all_mistakes(mistakes.output_slope, names, a, y))


OUTPUT_SLOPE = Kind(
    label="∂C₀/∂aᴸ",
    ask=r"The neuron's output is \(a^L\) = $a and the target \(y\) = $y. Find "
    r"\(\partial C_0/\partial a^L\) for the cost \(C_0 = (a^L - y)^2\).",
    worked=r"- \(\partial C_0/\partial a^L = 2(a^L - y)\) ≈ $answer",
    places={"a": None, "y": None, "answer": 4},
    solve=_solve_output_slope,
    draw=lambda rng: {"a": _pick(rng, 0.05, 0.95, 0.05), "y": _pick(rng, 0.1, 0.9)},
)


def _solve_sigmoid_slope(numbers):
    z = numbers["z"]
    answer = float(sigmoid_prime(z))
    agree("σ'(z)", answer, mistakes.sigmoid_slope(z), "snippets.mistakes, no mistake")
    names = {"sigmoid_for_slope", "wrong_sign", "inner_slope_forgotten"}
    a = float(sigmoid(z))
    return Solved({**numbers, "a": a, "answer": answer},
                  _all_mistakes(mistakes.sigmoid_slope, names, z))


SIGMOID_SLOPE = Kind(
    label="σ′(z)",
    ask=r"Find the slope of the sigmoid, \(\sigma'(z)\), at \(z\) = $z.",
    worked=r"""
- \(\sigma(z) = 1/(1 + e^{-z})\) ≈ $a
- \(\sigma'(z) = \sigma(z)\,(1 - \sigma(z))\) ≈ $answer
""",
    places={"z": None, "a": 4, "answer": 4},
    solve=_solve_sigmoid_slope,
    draw=lambda rng: {"z": _pick(rng, -3.0, 3.0)},
)


# One neuron, the six examples -----------------------------------------------------------

def _mean(wrt):
    names = {"sum_not_mean", "example_zero_only", "sigma_prime_i_forgotten",
             "factor_two_forgotten", "half_squared_error", "wrong_sign"}
    names |= {"w": {"one_for_input"}, "b": {"input_for_one"}}[wrt]

    def solve(numbers):
        w, b = numbers["w"], numbers["b"]
        dC_dw, dC_db, _ = gradients(w, b, A_PREV, Y)
        answer = float({"w": dC_dw, "b": dC_db}[wrt])
        agree(f"∂C/∂{wrt}", answer, mistakes.mean_slope(wrt, w, b, A_PREV, Y),
              "snippets.mistakes, no mistake")
        first = A_PREV if wrt == "w" else np.ones_like(A_PREV)
        z, a = forward(w, b, A_PREV)
        slopes = first * squared_error_delta(z, a, Y)
        values = {**numbers, "slope_0": float(slopes[0]), "slope_sum": float(slopes.sum()),
                  "answer": answer}
        return Solved(values, _all_mistakes(mistakes.mean_slope, names, wrt, w, b, A_PREV, Y))

    return solve


def _draw_point(rng):
    return {"w": _pick(rng, -1.5, 2.5), "b": _pick(rng, -2.0, 1.0)}


def _mean_kind(wrt, first):
    return Kind(
        label=f"∂C/∂{wrt}",
        ask=rf"Take the site's six examples and the point \(w\) = $w, \(b\) = $b. Find "
        rf"\(\partial C/\partial {wrt}\), the slope of the mean cost "
        r"\(C = (C_0 + \dots + C_5)/6\).",
        worked=rf"""
- each example's slope is \({first}\,\sigma'(z_i) \cdot 2(a_i - y_i)\); example 0's is
  ≈ $slope_0
- the six add up to ≈ $slope_sum
- \(\partial C/\partial {wrt}\) is their mean, the sum over 6: ≈ $answer
""",
        places={"w": None, "b": None, "slope_0": 4, "slope_sum": 4, "answer": 4},
        solve=_mean(wrt),
        draw=_draw_point,
    )


MEAN_BIAS_SLOPE = _mean_kind("b", "1 \\cdot")
MEAN_WEIGHT_SLOPE = _mean_kind("w", "a^{L-1}_i")


# One step of gradient descent -------------------------------------------------------------

def _step(parameter):
    def solve(numbers):
        w, b, rate = numbers["w"], numbers["b"], numbers["rate"]
        dC_dw, dC_db, _ = gradients(w, b, A_PREV, Y)
        own, other = (dC_dw, dC_db) if parameter == "w" else (dC_db, dC_dw)
        here = numbers[parameter]
        answer = float(here - rate * own)
        agree(f"{parameter} after one step", answer,
              mistakes.descent_step(here, own, other, rate), "snippets.mistakes, no mistake")
        names = {"uphill_step", "rate_forgotten", "other_parameter_slope"}
        values = {**numbers, "dC_dw": float(dC_dw), "dC_db": float(dC_db), "answer": answer}
        return Solved(values, _all_mistakes(mistakes.descent_step, names, here, own, other, rate))

    return solve


def _draw_step(rng):
    return {**_draw_point(rng), "rate": float(rng.choice([1.0, 2.0, 4.0, 8.0]))}


def _step_kind(parameter):
    return Kind(
        label=f"new {parameter}",
        ask=r"At \(w\) = $w, \(b\) = $b, the six examples' cost has slopes "
        r"\(\partial C/\partial w\) ≈ $dC_dw and \(\partial C/\partial b\) ≈ $dC_db. Take one "
        rf"step of gradient descent with learning rate \(\eta\) = $rate: where is "
        rf"\({parameter}\) after it?",
        worked=rf"- \({parameter}_{{\text{{new}}}} = {parameter} - \eta\,"
        rf"\partial C/\partial {parameter}\) ≈ $answer",
        places={"w": None, "b": None, "rate": None, "dC_dw": 4, "dC_db": 4, "answer": 4},
        solve=_step(parameter),
        draw=_draw_step,
    )


STEP_W = _step_kind("w")
STEP_B = _step_kind("b")


# A chain of two layers ----------------------------------------------------------------------

def _solve_chain(numbers):
    w = [numbers["w1"], numbers["w2"]]
    b = [numbers["b1"], numbers["b2"]]
    a0, y = numbers["a0"], numbers["y"]
    _, dC_db = chain_gradients(w, b, a0, y)
    answer = float(dC_db[0])
    agree("∂C_0/∂b^1", answer, mistakes.chain_bias_slope(w, b, a0, y),
          "snippets.mistakes, no mistake")
    z1, a1 = forward(w[0], b[0], a0)
    z2, a2 = forward(w[1], b[1], a1)
    delta2 = float(squared_error_delta(z2, a2, y))
    names = {"weight_forgotten", "sigma_prime_layer1_forgotten", "sigma_prime_layer2_extra",
             "factor_two_forgotten", "wrong_sign"}
    values = {**numbers, "a1": float(a1), "a2": float(a2), "delta2": delta2,
              "sigma_prime_1": float(sigmoid_prime(z1)), "answer": answer}
    return Solved(values, _all_mistakes(mistakes.chain_bias_slope, names, w, b, a0, y))


CHAIN_BIAS_SLOPE = Kind(
    label="∂C₀/∂b¹",
    ask=r"A chain of two one-neuron layers: \(w^1\) = $w1, \(b^1\) = $b1, \(w^2\) = $w2, "
    r"\(b^2\) = $b2, input \(a^0\) = $a0 and target \(y\) = $y. Find "
    r"\(\partial C_0/\partial b^1\), the slope of the cost in the first layer's bias.",
    worked=r"""
- forward: \(a^1 = \sigma(w^1 a^0 + b^1)\) ≈ $a1, \(a^2 = \sigma(w^2 a^1 + b^2)\) ≈ $a2
- \(\delta^2 = \sigma'(z^2) \cdot 2(a^2 - y)\) ≈ $delta2
- \(\sigma'(z^1) = a^1 (1 - a^1)\) ≈ $sigma_prime_1
- \(\partial C_0/\partial b^1 = \delta^1 = w^2 \delta^2 \cdot \sigma'(z^1)\) ≈ $answer
""",
    places={"w1": None, "b1": None, "w2": None, "b2": None, "a0": None, "y": None, "a1": 4,
            "a2": 4, "delta2": 4, "sigma_prime_1": 4, "answer": 4},
    solve=_solve_chain,
    draw=lambda rng: {"w1": _pick(rng, -2.5, 2.5, 0.5), "b1": _pick(rng, -1.0, 1.0, 0.5),
                      "w2": _pick(rng, -2.5, 2.5, 0.5), "b2": _pick(rng, -1.0, 1.0, 0.5),
                      "a0": _pick(rng, -1.0, 1.0, 0.5), "y": _pick(rng, 0.1, 0.9)},
)


# A weight used twice ----------------------------------------------------------------------

def _solve_used_twice(numbers):
    w, b, a0 = numbers["w"], numbers["b"], numbers["a0"]
    direct, through_a1 = (float(x) for x in dz2_dw_by_path(w, b, a0))
    answer = direct + through_a1
    agree("dz_2/dw", answer, mistakes.used_twice_slope(w, b, a0), "snippets.mistakes")
    names = {"paths_not_added", "direct_path_forgotten", "sigma_prime_pass1_forgotten"}
    values = {**numbers, "direct": direct, "through_a1": through_a1, "answer": answer}
    return Solved(values, _all_mistakes(mistakes.used_twice_slope, names, w, b, a0))


USED_TWICE = Kind(
    label="dz₂/dw",
    ask=r"One neuron is applied twice with the same \(w\) = $w and \(b\) = $b: "
    r"\(z_1 = w\,a_0 + b\), \(a_1 = \sigma(z_1)\), \(z_2 = w\,a_1 + b\), with \(a_0\) = $a0. "
    r"Find the total derivative \(dz_2/dw\).",
    worked=r"""
- the direct path, \(a_1\) held fixed: \(\partial z_2/\partial w = a_1\) ≈ $direct
- the path through \(a_1\): \(w\,\sigma'(z_1)\,a_0\) ≈ $through_a1
- \(dz_2/dw\) is their sum: ≈ $answer
""",
    places={"w": None, "b": None, "a0": None, "direct": 4, "through_a1": 4, "answer": 4},
    solve=_solve_used_twice,
    draw=lambda rng: {"w": _pick(rng, -2.0, 2.0, 0.5), "b": _pick(rng, -1.0, 1.0, 0.5),
                      "a0": _pick(rng, -2.0, 2.0, 0.5)},
)


# A gradient check by hand -------------------------------------------------------------------

GRADIENT_CHECK_STEP = 0.1  # h: large enough that the one-sided difference is visibly off


def _solve_central(numbers):
    w, b, h = numbers["w"], numbers["b"], GRADIENT_CHECK_STEP
    costs = {"cost_plus": cost(w + h, b, A_PREV, Y), "cost_minus": cost(w - h, b, A_PREV, Y),
             "cost_here": cost(w, b, A_PREV, Y)}
    shown = {name: round(float(value), 6) for name, value in costs.items()}  # as the page shows
    answer = mistakes.central_estimate(**shown, h=h)
    exact = central_difference(lambda v: cost(v, b, A_PREV, Y), w, h=h)
    claim(abs(answer - exact) < TOLERANCE / 10,
          f"the central difference from six-decimal costs, {answer}, is within {TOLERANCE / 10} "
          f"of the one from exact costs, {exact}")
    names = {"difference_over_h", "one_sided_difference", "wrong_sign"}
    values = {**numbers, "h": h, **shown, "answer": answer}
    return Solved(values, _all_mistakes(mistakes.central_estimate, names, *shown.values(), h))


CENTRAL_DIFFERENCE = Kind(
    label="estimate of ∂C/∂w",
    ask=r"At \(w\) = $w, \(b\) = $b, with \(h\) = $h, the six examples' cost is "
    r"\(C(w + h)\) = $cost_plus, \(C(w - h)\) = $cost_minus and \(C(w)\) = $cost_here. "
    r"Estimate \(\partial C/\partial w\) by the central difference.",
    worked=r"- \(\bigl(C(w + h) - C(w - h)\bigr)/2h\) ≈ $answer",
    places={"w": None, "b": None, "h": None, "cost_plus": 6, "cost_minus": 6, "cost_here": 6,
            "answer": 4},
    solve=_solve_central,
    draw=_draw_point,
)
