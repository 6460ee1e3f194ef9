"""Backprop's six slopes for the chain agree with nudging, each parameter on its own."""

import re

from tests.examples.exercise_checks import chain_cost, nudge_entry, rounds_to

W, B, A0, Y = [1.5, -2.0, 2.5], [0.5, 1.0, -0.5], 0.5, 0.9  # as chain_forward prints them
ROW = re.compile(r"∂C0/∂([wb])\^(\d): backprop ([+-]\d\.\d{9})   nudging ([+-]\d\.\d{9})"
                 r"   relative error (\d\.\de-\d\d)")
# Checked by test_each_slope_is_the_measured_slope_of_the_chain below.
BACKPROP = {
    ("w", 1): "+0.014346011", ("b", 1): "+0.028692022",
    ("w", 2): "-0.064418509", ("b", 2): "-0.082874721",
    ("w", 3): "-0.052187939", ("b", 3): "-0.143059866",
}


def test_six_slopes_agree(printed):
    matches = [ROW.fullmatch(line) for line in printed("chain_check").splitlines()]
    assert all(matches)
    assert [(m[1], int(m[2])) for m in matches] == list(BACKPROP)  # w^1, b^1, …, b^3
    for m in matches:
        assert m[3] == BACKPROP[m[1], int(m[2])]
        assert m[4] == m[3]  # nudging agrees to every printed digit
        assert float(m[5]) < 1e-7  # the relative error is rounding noise: not a literal


def test_each_slope_is_the_measured_slope_of_the_chain():
    """Each literal: nudge that one parameter of the chain's cost, written with the math
    module, every other parameter held fixed (good to about 1e-10)."""
    for (name, layer), slope in BACKPROP.items():
        if name == "w":
            measured = nudge_entry(lambda w: chain_cost(w, B, A0, Y), W, layer - 1)
        else:
            measured = nudge_entry(lambda b: chain_cost(W, b, A0, Y), B, layer - 1)
        assert rounds_to(measured, slope, slack=2e-10), (name, layer)
