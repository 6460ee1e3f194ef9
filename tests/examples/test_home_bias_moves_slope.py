"""The bias changes the slope in w: the script's printed slopes, checked."""

from snippets.dataset import W0
from tests.examples.exercise_checks import neuron_cost, nudge, rounds_to

# Checked by test_printed_slopes_match_nudging_w_with_b_held below.
EXPECTED = """\
b = -3.0:  ∂C/∂w at w = 0.5 is -0.1789
b = -1.5:  ∂C/∂w at w = 0.5 is -0.2147
b = +0.0:  ∂C/∂w at w = 0.5 is -0.0840
b = +1.5:  ∂C/∂w at w = 0.5 is -0.1131
"""
ROWS = [(float(line.split()[2].rstrip(":")), line.split()[-1]) for line in EXPECTED.splitlines()]


def test_one_line_per_bias_all_at_the_marked_w(printed):
    assert printed("home_bias_moves_slope") == EXPECTED
    assert W0 == 0.5
    assert [b for b, _ in ROWS] == [-3.0, -1.5, 0.0, 1.5]


def test_printed_slopes_match_nudging_w_with_b_held():
    """Each literal: nudge w on the cost written with the math module, b held fixed."""
    for b, slope in ROWS:
        assert rounds_to(nudge(lambda w, b=b: neuron_cost(w, b), W0), slope, slack=1e-9), b


def test_the_bias_changes_the_slope_in_w():
    slopes = [float(slope) for _, slope in ROWS]
    # The point of the script: ∂z/∂w = a_prev has no b in it, yet ∂C/∂w depends on b.
    assert len(set(slopes)) == len(slopes)
    assert max(slopes) - min(slopes) > 0.1
