"""dC/dt along the path: the two chain-rule terms add up to the measured slope."""

from tests.examples.conftest import assert_matches
from tests.examples.exercise_checks import neuron_cost, neuron_slopes, nudge, rounds_to

# Checked by test_the_terms_worked_by_hand below.
EXPECTED = """\
t = 0.5:  w = 0.8000, b = -0.6000,  dw/dt = 0.6000, db/dt = 1.2000
∂C/∂w·dw/dt = -0.0261024685
∂C/∂b·db/dt = -0.0347720365
sum (dC/dt) = -0.0608745051
nudging t:    -0.0608745051
"""
TERM_W, TERM_B, TOTAL, NUDGED = (line.split()[-1] for line in EXPECTED.splitlines()[1:])


def test_prints_the_point_the_velocity_and_the_terms(printed):
    # Nudging t is good to about 1e-10: its tenth decimal may round either way elsewhere.
    assert_matches(printed("total_path"), EXPECTED, noise=2e-10)


def test_the_terms_worked_by_hand():
    """On the path w(t) = 0.5 + 0.6t, b(t) = -1.5 + 2.4t - 1.2t², at t = 1/2:
    w = 0.8, b = -1.5 + 1.2 - 0.3 = -0.6, dw/dt = 0.6 and db/dt = 2.4 - 2.4t = 1.2; the
    slopes there by the chain rule worked by hand, and C(w(t), b(t)) nudged in t."""
    t = 0.5
    w, b, dw_dt, db_dt = 0.5 + 0.6 * t, -1.5 + 2.4 * t - 1.2 * t**2, 0.6, 2.4 - 2.4 * t
    assert EXPECTED.startswith(f"t = {t}:  w = {w:.4f}, b = {b:.4f},  "
                               f"dw/dt = {dw_dt:.4f}, db/dt = {db_dt:.4f}\n")
    dC_dw, dC_db = neuron_slopes(w, b)
    assert rounds_to(dC_dw * dw_dt, TERM_W, slack=1e-14)
    assert rounds_to(dC_db * db_dt, TERM_B, slack=1e-14)
    assert rounds_to(dC_dw * dw_dt + dC_db * db_dt, TOTAL, slack=1e-14)
    measured = nudge(lambda t: neuron_cost(0.5 + 0.6 * t, -1.5 + 2.4 * t - 1.2 * t**2), t)
    assert rounds_to(measured, NUDGED, slack=2e-10)
    assert rounds_to(measured, TOTAL, slack=2e-10)
