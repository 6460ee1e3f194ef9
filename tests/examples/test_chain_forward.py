"""The chain's forward trace: the stated input and target, then z^l and a^l for l = 1, 2, 3.

Expected lines are reviewed literals (worked by hand with a calculator), not re-derived.
"""

from tests.examples.exercise_checks import chain_cost, rounds_to, sigma

EXPECTED = [
    r"The input is \(a^0 = 0.5\) and the target \(y = 0.9\); the cost of this one example is "
    r"\(C_0 = (a^3 - y)^2 \approx 0.089063\).",
    "",
    r"| layer \(l\) | weight \(w^l\) | bias \(b^l\) | weighted input "
    r"\(z^l = w^l a^{l-1} + b^l\) | activation \(a^l = \sigma(z^l)\) |",
    "|:-:|--:|--:|--:|--:|",
    "| 0 (input) | | | | 0.500000 |",
    "| 1 | 1.5 | 0.5 | 1.250000 | 0.777300 |",
    "| 2 | -2 | 1 | -0.554600 | 0.364798 |",
    "| 3 | 2.5 | -0.5 | 0.411995 | 0.601566 |",
]


def test_the_forward_trace_states_its_input_and_target_then_every_layer(printed):
    assert printed("chain_forward").splitlines() == EXPECTED


def test_the_trace_worked_by_hand():
    """The calculator's work, kept: z^l = w^l a^{l-1} + b^l and a^l = σ(z^l), layer by layer."""
    a = 0.5
    for line in EXPECTED[5:]:
        _, w, b, z, activation = (cell.strip() for cell in line.strip("|").split("|"))
        a_prev, a = a, sigma(float(w) * a + float(b))
        assert rounds_to(float(w) * a_prev + float(b), z)
        assert rounds_to(a, activation)
    assert rounds_to(chain_cost([1.5, -2.0, 2.5], [0.5, 1.0, -0.5], 0.5, 0.9), "0.089063")
