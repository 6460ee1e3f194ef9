"""∂C/∂w at four values of b: the script's numbers, checked."""

from snippets.dataset import W0
from tests.examples.exercise_checks import neuron_cost, nudge, rounds_to

# Checked by test_each_slope_is_the_measured_slope_of_the_cost below.
EXPECTED = """\
b = -3.0:  ∂C/∂w at w = 0.5 is -0.178917
b = -1.5:  ∂C/∂w at w = 0.5 is -0.214678
b = +0.0:  ∂C/∂w at w = 0.5 is -0.084020
b = +1.5:  ∂C/∂w at w = 0.5 is -0.113055
"""


def test_prints_the_slope_in_w_at_four_values_of_b(printed):
    assert printed("bias_slopes") == EXPECTED


def test_each_slope_is_the_measured_slope_of_the_cost():
    """Each literal above: nudge w on the cost written with the math module, b held fixed."""
    for line in EXPECTED.splitlines():
        b, slope = float(line.split()[2].rstrip(":")), line.split()[-1]
        assert rounds_to(nudge(lambda w, b=b: neuron_cost(w, b), W0), slope, slack=1e-9), line


def test_the_slopes_differ_for_each_b():
    assert len({line.split()[-1] for line in EXPECTED.splitlines()}) == 4
