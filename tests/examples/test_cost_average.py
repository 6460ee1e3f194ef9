"""C is the mean of the C_0s: the per-example table and its means, checked."""

import math

from snippets.dataset import B0, W0
from tests.examples.exercise_checks import DATA, rounds_to, sigma

# Checked by test_every_number_worked_by_hand below.
EXPECTED = """\
example   a_prev     y        a   squared error   cross-entropy
      0    +2.0   0.85   0.3775        0.223218        0.899077
      1    -2.0   0.05   0.0759        0.000669        0.203890
      2    -1.0   0.25   0.1192        0.017108        0.626928
      3    +0.0   0.35   0.1824        0.028081        0.726413
      4    +1.0   0.75   0.2689        0.231417        1.063262
      5    +3.0   0.95   0.5000        0.202500        0.693147
mean C (n = 6)                    0.117165        0.702119
neuron.cost(w0, b0) gives the same squared-error C: True
"""
ROWS = [line.split() for line in EXPECTED.splitlines()[1:7]]


def test_per_example_costs_and_their_means(printed):
    assert printed("cost_average") == EXPECTED


def test_every_number_worked_by_hand():
    """Each example's a = σ(w0 a_prev + b0), (a - y)² and -[y ln a + (1 - y) ln(1 - a)] with
    the math module, then the two means."""
    squared, cross = [], []
    for i, (row, (a_prev, y)) in enumerate(zip(ROWS, DATA, strict=True)):
        a = sigma(W0 * a_prev + B0)
        squared.append((a - y) ** 2)
        cross.append(-(y * math.log(a) + (1 - y) * math.log(1 - a)))
        assert [int(row[0]), float(row[1]), float(row[2])] == [i, a_prev, y]
        assert rounds_to(a, row[3]), i
        assert rounds_to(squared[-1], row[4]), i
        assert rounds_to(cross[-1], row[5]), i
    means = EXPECTED.splitlines()[7].split()[-2:]
    assert rounds_to(sum(squared) / 6, means[0])
    assert rounds_to(sum(cross) / 6, means[1])


def test_the_two_costs_do_not_compare():
    # The page: values of different costs don't compare; here cross-entropy is always larger.
    assert all(float(row[5]) > float(row[4]) for row in ROWS)
