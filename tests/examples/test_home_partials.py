"""The home page's two partial derivatives: the script's printed numbers, checked."""

from snippets.dataset import B0, W0
from tests.examples.conftest import assert_matches
from tests.examples.exercise_checks import neuron_cost, neuron_slopes, nudge, rounds_to

# Checked by test_the_printed_numbers_are_the_neurons_worked_by_hand below.
EXPECTED = """\
at (w, b) = (0.5, -1.5):  C = 0.117165
∂C/∂w = -0.21467797   nudging w: -0.21467797
∂C/∂b = -0.11834160   nudging b: -0.11834160
"""


def test_prints_the_point_its_cost_and_both_slopes_two_ways(printed):
    # Central differences are good to ~1e-10 here; at most the last printed digit could
    # round the other way, and at the marked point it doesn't: both columns match.
    assert_matches(printed("home_partials"), EXPECTED)


def test_the_printed_numbers_are_the_neurons_worked_by_hand():
    """The literals above, from the math module alone: the cost, the slopes by the chain
    rule worked by hand, and the slopes measured by nudging that hand-written cost."""
    assert (W0, B0) == (0.5, -1.5)
    assert rounds_to(neuron_cost(W0, B0), "0.117165")
    dC_dw, dC_db = neuron_slopes(W0, B0)
    assert rounds_to(dC_dw, "-0.21467797")
    assert rounds_to(dC_db, "-0.11834160")
    assert rounds_to(nudge(lambda w: neuron_cost(w, B0), W0), "-0.21467797", slack=1e-9)
    assert rounds_to(nudge(lambda b: neuron_cost(W0, b), B0), "-0.11834160", slack=1e-9)
