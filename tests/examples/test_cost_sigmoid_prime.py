"""σ'(z) ≤ 1/4, largest at z = 0 and tiny far from it: the script's values, checked."""

from tests.examples.exercise_checks import nudge, rounds_to, sigma

# Checked by test_each_value_is_the_measured_slope_of_the_sigmoid below.
EXPECTED = """\
σ'( 0.0) = 0.250000
σ'( 2.0) = 0.104994
σ'( 4.0) = 0.017663
σ'( 6.0) = 0.002467
σ'(10.0) = 0.000045
"""
ROWS = [(float(line[3:7]), line.split()[-1]) for line in EXPECTED.splitlines()]


def test_prints_the_sigmoid_slope_at_five_points(printed):
    assert printed("cost_sigmoid_prime") == EXPECTED


def test_each_value_is_the_measured_slope_of_the_sigmoid():
    """Each literal: σ(1 - σ) with the math module, and σ's slope measured by nudging z."""
    for z, value in ROWS:
        assert rounds_to(sigma(z) * (1 - sigma(z)), value, slack=1e-12), z
        assert rounds_to(nudge(sigma, z), value, slack=1e-9), z


def test_sigmoid_prime_is_at_most_a_quarter_and_tiny_far_out():
    values = [float(value) for _, value in ROWS]
    assert [z for z, _ in ROWS] == [0.0, 2.0, 4.0, 6.0, 10.0]
    assert values[0] == 0.25
    assert values == sorted(values, reverse=True)
    assert values[-1] < 1e-4
