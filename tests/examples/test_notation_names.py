"""∂, d, Δ and ∇ as variable names: the printed slope, nudge, prediction and change."""

from snippets.dataset import B0, W0
from tests.examples.exercise_checks import neuron_cost, neuron_slopes, rounds_to

# Checked by test_the_numbers_are_the_neurons_worked_by_hand below.
EXPECTED = """\
∇C    = (-0.214678, -0.118342)  (both slopes)
dC_db = -0.118342    (a slope: cost per unit of bias)
db    = +0.001000    (a nudge to the bias)
dC    = -0.000118342 (predicted by the slope)
ΔC    = -0.000118325 (measured)
"""
GRADIENT = EXPECTED.split("(")[1].split(")")[0].split(", ")  # ["-0.214678", "-0.118342"]
NAMED = {line.split()[0]: line.split()[2] for line in EXPECTED.splitlines()[1:]}  # dC_db … ΔC


def test_prints_the_gradient_the_slope_the_nudge_the_prediction_and_the_change(printed):
    assert printed("notation_names") == EXPECTED


def test_the_numbers_are_the_neurons_worked_by_hand():
    """∇C by the chain rule worked by hand, dC = ∂C/∂b·db, ΔC from the hand-written cost."""
    dC_dw, dC_db = neuron_slopes(W0, B0)
    assert rounds_to(dC_dw, GRADIENT[0])
    assert rounds_to(dC_db, GRADIENT[1])
    assert NAMED["dC_db"] == GRADIENT[1]
    db = float(NAMED["db"])
    assert db == 0.001
    assert rounds_to(dC_db * db, NAMED["dC"])
    actual = neuron_cost(W0, B0 + db) - neuron_cost(W0, B0)
    assert rounds_to(actual, NAMED["ΔC"])
    # The prediction is close, not equal: the slope is for an infinitely small nudge.
    assert NAMED["dC"] != NAMED["ΔC"]
    assert abs(float(NAMED["dC"]) - actual) < 1e-3 * abs(actual)
