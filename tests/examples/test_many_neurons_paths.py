"""Three paths out of a^1_1: their sum is the measured slope, and the last path alone is not."""

import math

from snippets.layers import SEED, SIZES, X, Y, init_network
from tests.examples.conftest import table_rows
from tests.examples.exercise_checks import nudge_entry, rounds_to, sigma

# Checked by test_every_number_is_a_measured_slope below.
ROWS = table_rows(r"""
| neuron \(j = 1\) of layer 2 | -1.339700 | -0.043459 | 0.058222 |
| neuron \(j = 2\) of layer 2 | -0.573157 | 0.032509 | -0.018632 |
| neuron \(j = 3\) of layer 2 | -0.156956 | -0.073800 | 0.011583 |
| **sum over the 3 paths** | | | **0.051173** |
| measured by nudging \(a^1_1\) | | | 0.051173 |
| last path only (`=` in place of `+=`) | | | 0.011583 |
""")
TERMS = [float(row[3]) for row in ROWS[:3]]


def test_the_three_paths_and_their_sum(printed):
    assert table_rows(printed("many_neurons_paths")) == ROWS


def test_every_number_is_a_measured_slope():
    """The page's network (init_network(SIZES, SEED): its parameters are data here) run
    again with the math module on its one example: δ^2_j = ∂C_0/∂z^2_j and ∂C_0/∂a^1_1
    measured by nudging z^2_j, or a^1_1, alone and running only the layers above it."""
    (W1, W2, W3), (b1, b2, b3) = init_network(SIZES, SEED)
    x, y = X[:, 0].tolist(), Y[0, 0]

    def layer(W, b, a):
        return [W[j] @ a + b[j] for j in range(len(b))]

    def cost_above_z2(z2):
        a3 = sigma(layer(W3, b3, [sigma(z) for z in z2])[0])
        return (a3 - y) ** 2

    a1 = [sigma(z) for z in layer(W1, b1, x)]
    z2 = layer(W2, b2, a1)
    for j, row in enumerate(ROWS[:3]):
        delta = nudge_entry(cost_above_z2, z2, j)
        assert rounds_to(W2[j, 0], row[1]), j
        assert rounds_to(delta, row[2], slack=1e-9), j
        assert rounds_to(W2[j, 0] * delta, row[3], slack=1e-9), j
    measured = nudge_entry(lambda a1: cost_above_z2(layer(W2, b2, a1)), a1, 0)
    assert rounds_to(measured, ROWS[4][3], slack=1e-9)
    assert rounds_to(measured, ROWS[3][3].strip("*"), slack=1e-9)
    assert ROWS[5][3] == ROWS[2][3]  # the last path's term


def test_the_paths_pull_both_ways_and_the_last_alone_is_far_off():
    assert abs(sum(TERMS) - float(ROWS[3][3].strip("*"))) <= 1.5e-6  # the sum of the terms
    assert not math.isclose(TERMS[-1], float(ROWS[4][3]), rel_tol=0.1)
    assert min(TERMS) < 0 < max(TERMS)
