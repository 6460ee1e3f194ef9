"""The one-neuron factor table: every value printed, and each product equal to its nudged slope."""

import math

from tests.examples.conftest import table_rows
from tests.examples.exercise_checks import nudge, rounds_to, sigma

# Checked by test_every_value_worked_by_hand below.
EXPECTED = r"""| quantity | formula | value (measured by nudging) |
|---|---|--:|
| \(a^{L-1}\), \(y\) | one example from the data set | 2, 0.85 |
| \(w\), \(b\) | the neuron's weight and bias | 0.5, -1.5 |
| \(z\) | \(w\,a^{L-1} + b\) | -0.500000 |
| \(a\) | \(\sigma(z)\) | 0.377541 |
| \(C_0\) | \((a - y)^2\) | 0.223218 |
| \(\partial z/\partial w\) | \(a^{L-1}\) | 2.000000 |
| \(\partial z/\partial b\) | \(1\) | 1.000000 |
| \(\partial z/\partial a^{L-1}\) | \(w\) | 0.500000 |
| \(\partial a/\partial z\) | \(\sigma'(z)\) | 0.235004 |
| \(\partial C_0/\partial a\) | \(2(a - y)\) | -0.944919 |
| \(\partial C_0/\partial w\) | \(a^{L-1}\cdot\sigma'(z)\cdot 2(a-y)\) | -0.444119 (-0.444119) |
| \(\partial C_0/\partial b\) | \(1\cdot\sigma'(z)\cdot 2(a-y)\) | -0.222059 (-0.222059) |
| \(\partial C_0/\partial a^{L-1}\) | \(w\cdot\sigma'(z)\cdot 2(a-y)\) | -0.111030 (-0.111030) |
"""
VALUES = {quantity: value for quantity, _, value in table_rows(EXPECTED)}
PRODUCTS = (r"\(\partial C_0/\partial w\)", r"\(\partial C_0/\partial b\)",
            r"\(\partial C_0/\partial a^{L-1}\)")


def test_every_factor_and_product_is_printed(printed):
    assert printed("one_neuron_factors") == EXPECTED


def test_every_value_worked_by_hand():
    """Example 0 (a_prev = 2, y = 0.85) at (w, b) = (0.5, -1.5), with the math module; each
    product's slope also measured by nudging C_0 = (σ(w a_prev + b) - y)² written by hand."""
    w, b, a_prev, y = 0.5, -1.5, 2.0, 0.85
    z = w * a_prev + b
    a = sigma(z)
    by_hand = {
        r"\(z\)": z, r"\(a\)": a, r"\(C_0\)": (a - y) ** 2,
        r"\(\partial z/\partial w\)": a_prev, r"\(\partial z/\partial b\)": 1.0,
        r"\(\partial z/\partial a^{L-1}\)": w, r"\(\partial a/\partial z\)": math.exp(-z) * a**2,
        r"\(\partial C_0/\partial a\)": 2 * (a - y),
    }
    for name, value in by_hand.items():
        assert rounds_to(value, VALUES[name]), name

    def C0(w, b, a_prev):
        return (sigma(w * a_prev + b) - y) ** 2

    measured = (nudge(lambda w: C0(w, b, a_prev), w), nudge(lambda b: C0(w, b, a_prev), b),
                nudge(lambda a_prev: C0(w, b, a_prev), a_prev))
    for name, slope in zip(PRODUCTS, measured, strict=True):
        value, nudged = VALUES[name].split()
        assert rounds_to(slope, value, slack=1e-9), name
        assert nudged == f"({value})"


def test_the_products_are_the_factors_multiplied():
    """A reader who multiplies the printed factors gets the printed product, to its digits."""
    da_dz, dC0_da = (float(VALUES[name]) for name in (r"\(\partial a/\partial z\)",
                                                      r"\(\partial C_0/\partial a\)"))
    for first, name in zip((2.0, 1.0, 0.5), PRODUCTS, strict=True):
        assert abs(first * da_dz * dC0_da - float(VALUES[name].split()[0])) < 2e-6, name
