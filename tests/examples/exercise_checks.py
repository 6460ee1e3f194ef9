"""Checks that use none of the site's math: what the example and exercise tests measure with.

A number a script prints is checked against these, never against the ``snippets`` function
that printed it: the slope of any function measured by nudging (``nudge``, the check that
the exercises page shows), and the single neuron worked again with the ``math`` module,
one example at a time. The three exercise test files also find their exercises here.
"""

import math
from decimal import Decimal

from snippets.dataset import A_PREV, Y

DATA = list(zip(A_PREV.tolist(), Y.tolist(), strict=True))  # the six examples (a_prev, y)


def exercises_by_title(section):
    return {exercise.title: exercise for exercise in section.exercises()}


def find(exercises, words):
    """The one exercise whose title contains ``words``."""
    (title,) = [title for title in exercises if words in title]
    return exercises[title]


# --8<-- [start:finite_differences]
def nudge(f, x, h=1e-6):
    """The slope of f at x, measured: (f(x + h) - f(x - h)) / 2h, no calculus involved."""
    return (f(x + h) - f(x - h)) / (2 * h)
# --8<-- [end:finite_differences]


def rounds_to(value, text, slack=0.0):
    """Whether ``value`` is ``text`` (a printed decimal such as "-0.2147" or "2.386e-03")
    to its printed digits: within half a unit of its last place, plus ``slack``, the error
    of the check itself (about 1e-10 for ``nudge``)."""
    last_place = Decimal(1).scaleb(Decimal(text).as_tuple().exponent)
    return abs(value - float(text)) <= float(last_place) / 2 + slack


def sigma(z):
    """σ(z) = 1/(1 + e^-z)."""
    return 1 / (1 + math.exp(-z))


def neuron_cost(w, b, data=DATA):
    """C(w, b) = (1/n) Σ_i (σ(w a_i + b) - y_i)², one example at a time."""
    return sum((sigma(w * a + b) - y) ** 2 for a, y in data) / len(data)


def neuron_slopes(w, b, data=DATA, cost="squared_error"):
    """(∂C/∂w, ∂C/∂b) by the chain rule worked by hand: (1/n) Σ_i δ_i·(a_i, 1), where
    δ_i = ∂C_i/∂z_i is 2(σ - y)·σ(1 - σ) for the squared error, σ - y for the cross-entropy."""
    dC_dw = dC_db = 0.0
    for a, y in data:
        s = sigma(w * a + b)
        delta = 2 * (s - y) * s * (1 - s) if cost == "squared_error" else s - y
        dC_dw += delta * a / len(data)
        dC_db += delta / len(data)
    return dC_dw, dC_db


def descend_by_hand(w, b, eta, steps, data=DATA, cost="squared_error"):
    """[(w_0, b_0), …, (w_steps, b_steps)]: each step moves both by -η times their slopes."""
    path = [(w, b)]
    for _ in range(steps):
        dC_dw, dC_db = neuron_slopes(w, b, data, cost)
        w, b = w - eta * dC_dw, b - eta * dC_db
        path.append((w, b))
    return path


def nudge_entry(f, values, i):
    """The slope of f(values) in entry i alone, every other entry held fixed."""
    return nudge(lambda value: f([*values[:i], value, *values[i + 1:]]), values[i])


def chain_cost(w, b, a, y, first=1):
    """C_0 = (a^L - y)² for a chain of one-neuron layers, weights w and biases b, run from
    layer ``first`` (counted from 1) on its input a = a^{first - 1}."""
    for w_l, b_l in zip(w[first - 1:], b[first - 1:], strict=True):
        a = sigma(w_l * a + b_l)
    return (a - y) ** 2
