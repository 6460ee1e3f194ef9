"""Slopes of the two slices through the marked point: chords converge to the partials."""

from snippets.dataset import B0, W0
from tests.examples.conftest import assert_matches
from tests.examples.exercise_checks import neuron_cost, neuron_slopes, rounds_to

# Checked by test_the_chords_and_the_formulas_worked_by_hand below.
EXPECTED = """\
marked point: w0 = 0.5, b0 = -1.5
step h     chord slope on C(w, b0)   chord slope on C(w0, b)
1e-01      -0.2134936990             -0.1181826334
1e-02      -0.2146660273             -0.1183400065
1e-03      -0.2146778490             -0.1183415815
1e-06      -0.2146779685             -0.1183415973
formula    ∂C/∂w = -0.2146779685     ∂C/∂b = -0.1183415974
"""
CHORDS = [line.split() for line in EXPECTED.splitlines()[2:6]]  # [h, along w, along b]
FORMULA = EXPECTED.splitlines()[-1].split()[3::3]  # [∂C/∂w, ∂C/∂b]


def test_prints_the_chords_then_the_formulas(printed):
    # The chord with h = 1e-6 loses digits to rounding: its tenth decimal may differ.
    assert_matches(printed("partial_slices"), EXPECTED, noise=2e-10)


def test_the_chords_and_the_formulas_worked_by_hand():
    """Each chord on the cost written with the math module; the formulas by the chain rule
    worked by hand. A chord with h = 1e-6 is good to about 1e-10, the others to 1e-13."""
    for h, along_w, along_b in CHORDS:
        h, slack = float(h), 2e-10 if float(h) < 1e-4 else 1e-12
        chord_w = (neuron_cost(W0 + h, B0) - neuron_cost(W0 - h, B0)) / (2 * h)
        chord_b = (neuron_cost(W0, B0 + h) - neuron_cost(W0, B0 - h)) / (2 * h)
        assert rounds_to(chord_w, along_w, slack), h
        assert rounds_to(chord_b, along_b, slack), h
    dC_dw, dC_db = neuron_slopes(W0, B0)
    assert rounds_to(dC_dw, FORMULA[0], slack=1e-13)
    assert rounds_to(dC_db, FORMULA[1], slack=1e-13)


def test_chords_approach_the_formulas():
    errors_w = [abs(float(along_w) - float(FORMULA[0])) for _, along_w, _ in CHORDS]
    assert errors_w == sorted(errors_w, reverse=True)  # smaller h, closer chord
    assert errors_w[-1] < 1e-9
    assert abs(float(CHORDS[-1][2]) - float(FORMULA[1])) < 1e-9
