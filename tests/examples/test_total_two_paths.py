"""The two-path trap: only the sum of both paths matches the measured dz2/dw."""

from tests.examples.conftest import assert_matches
from tests.examples.exercise_checks import nudge, rounds_to, sigma

# Checked by test_each_path_worked_by_hand below.
EXPECTED = """\
one path only (∂z2/∂w, a1 held fixed): 0.3775406688
the other path (through a1):           0.2350037122
both paths added (dz2/dw):             0.6125443810
nudging w and measuring z2:            0.6125443810
"""
ONE, OTHER, BOTH, MEASURED = (line.split()[-1] for line in EXPECTED.splitlines())


def test_one_path_is_wrong_and_both_paths_are_right(printed):
    # Nudging w is good to about 1e-10: its tenth decimal may round either way elsewhere.
    assert_matches(printed("total_two_paths"), EXPECTED, noise=2e-10)
    assert abs(float(ONE) - float(MEASURED)) > 0.1


def test_each_path_worked_by_hand():
    """z1 = w a0 + b = 0.5·2 - 1.5 = -0.5, a1 = σ(z1), z2 = w a1 + b, with the math module:
    the direct path is ∂z2/∂w = a1, the other w·σ'(z1)·a0; and z2(w) nudged in w."""
    a1 = sigma(-0.5)
    assert rounds_to(a1, ONE, slack=1e-15)
    assert rounds_to(0.5 * a1 * (1 - a1) * 2.0, OTHER, slack=1e-15)
    assert rounds_to(a1 + a1 * (1 - a1), BOTH, slack=1e-15)
    measured = nudge(lambda w: w * sigma(w * 2.0 - 1.5) - 1.5, 0.5)
    assert rounds_to(measured, MEASURED, slack=2e-10)
    assert rounds_to(measured, BOTH, slack=2e-10)
