"""b = 0 does not make ∂C/∂b = 0: the script's values, checked by nudging b."""

from tests.examples.exercise_checks import neuron_cost, nudge, rounds_to

# Checked by test_each_slope_is_the_measured_slope_of_the_cost below.
EXPECTED = """\
w = -1.0, b = 0.0:  ∂z/∂b = 1,  ∂C/∂b = +0.1058
w = +0.0, b = 0.0:  ∂z/∂b = 1,  ∂C/∂b = +0.2500
w = +1.0, b = 0.0:  ∂z/∂b = 1,  ∂C/∂b = +0.2875
w = +2.0, b = 0.0:  ∂z/∂b = 1,  ∂C/∂b = +0.1850
"""


def test_dC_db_is_not_zero_at_b_zero(printed):
    assert printed("partial_b_zero") == EXPECTED
    assert all(abs(float(line.split()[-1])) > 0.05 for line in EXPECTED.splitlines())


def test_each_slope_is_the_measured_slope_of_the_cost():
    """Each literal: nudge b around 0 on (σ(w·1 + b) - 0)², written with the math module."""
    for line in EXPECTED.splitlines():
        w, slope = float(line.split()[2].rstrip(",")), line.split()[-1]
        measured = nudge(lambda b, w=w: neuron_cost(w, b, data=[(1.0, 0.0)]), 0.0)
        assert rounds_to(measured, slope, slack=1e-9), line
