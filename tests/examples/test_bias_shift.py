"""Lifting C by a constant keeps both slopes; moving b changes them."""

from snippets.dataset import B0, W0
from tests.examples.exercise_checks import neuron_cost, nudge, rounds_to

# Checked by test_the_values_and_slopes_are_the_costs_worked_by_hand below.
EXPECTED = """\
C at (w0, b0)       value 0.117165   ∂/∂w -0.214678   ∂/∂b -0.118342
C + k at (w0, b0)   value 0.417165   ∂/∂w -0.214678   ∂/∂b -0.118342
C at (w0, b0 + k)   value 0.083574   ∂/∂w -0.187510   ∂/∂b -0.104195
"""
K = 0.3


def test_shift_keeps_slopes_bias_changes_them(printed):
    assert printed("bias_shift") == EXPECTED
    base, lifted, moved = (line.split()[-5::2] for line in EXPECTED.splitlines())
    assert base[1:] == lifted[1:]  # the same slopes
    assert round(float(lifted[0]) - float(base[0]), 6) == K
    assert moved[1] != base[1]


def test_the_values_and_slopes_are_the_costs_worked_by_hand():
    """Each row's value and both slopes, nudged, on the cost written with the math module."""
    rows = [(0.0, W0, B0), (K, W0, B0), (0.0, W0, B0 + K)]
    for line, (lift, w, b) in zip(EXPECTED.splitlines(), rows, strict=True):
        value, dC_dw, dC_db = line.split()[-5::2]
        assert rounds_to(neuron_cost(w, b) + lift, value), line
        assert rounds_to(nudge(lambda w, b=b: neuron_cost(w, b), w), dC_dw, slack=1e-9), line
        assert rounds_to(nudge(lambda b, w=w: neuron_cost(w, b), b), dC_db, slack=1e-9), line
