"""The three partials of z = w·a_prev + b: the script's printed values, checked."""

# z = 0.5·2 - 1.5 = -0.5; ∂z/∂w = a_prev = 2, ∂z/∂b = 1, ∂z/∂a_prev = w = 0.5, by hand, and
# nudging a straight line by ±h gives its slope to far more than the eight printed decimals.
EXPECTED = """\
at w = 0.5, b = -1.5, a_prev = 2.0:  z = -0.5
∂z/∂w      = a_prev = 2.0    nudging w      alone: 2.00000000
∂z/∂b      = 1      = 1.0    nudging b      alone: 1.00000000
∂z/∂a_prev = w      = 0.5    nudging a_prev alone: 0.50000000
"""


def test_each_partial_is_its_formula_and_matches_nudging_that_input_alone(printed):
    assert printed("partial_z") == EXPECTED
