"""Cross-entropy's slope a - y, by the formula, by nudging z and by the complex step."""

import math

from tests.examples.conftest import assert_matches
from tests.examples.exercise_checks import nudge, rounds_to, sigma

# Checked by test_a_minus_y_is_the_measured_slope_of_the_cross_entropy below.
EXPECTED = """\
z = -3.0:  a - y = -0.2025741268   nudging z: -0.2025741269   complex step: -0.2025741268
z = +0.0:  a - y = +0.2500000000   nudging z: +0.2500000000   complex step: +0.2500000000
z = +2.0:  a - y = +0.6307970780   nudging z: +0.6307970779   complex step: +0.6307970780
z = +6.0:  a - y = +0.7475273768   nudging z: +0.7475273769   complex step: +0.7475273768
"""
# z, a - y, nudged, complex step:
ROWS = [[line.split()[i] for i in (2, 7, 10, 13)] for line in EXPECTED.splitlines()]


def test_a_minus_y_matches_nudging_and_the_complex_step(printed):
    # Nudging is good to about 1e-10: its tenth decimal may round either way elsewhere.
    assert_matches(printed("cost_cross_entropy"), EXPECTED, noise=2e-10)
    for _, delta, _, stepped in ROWS:
        assert stepped == delta  # the complex step is exact to rounding


def test_a_minus_y_is_the_measured_slope_of_the_cross_entropy():
    """Each literal: σ(z) - 1/4 with the math module, and the slope of the cross-entropy
    measured by nudging z, no calculus. With ln σ(z) = -ln(1 + e^-z) and ln(1 - σ(z)) =
    -z - ln(1 + e^-z), C_0 = -[y ln σ + (1 - y) ln(1 - σ)] = ln(1 + e^-z) + (1 - y)z, a form
    that keeps its digits where 1 - σ(z) is small."""
    y = 0.25

    def C0(z):
        return math.log1p(math.exp(-z)) + (1 - y) * z

    for z, delta, nudged, _ in ROWS:
        z = float(z.rstrip(":"))
        assert rounds_to(sigma(z) - y, delta, slack=1e-14), z
        assert rounds_to(nudge(C0, z), delta, slack=3e-10), z
        assert abs(float(nudged) - float(delta)) <= 2e-10, z
