"""Three paths out of a^1_1: their sum is the measured slope, and the last path alone is not."""

import runpy
from pathlib import Path

import numpy as np
import pytest

import snippets.examples
from snippets.gradcheck import complex_step
from snippets.layers import SEED, SIZES, X, Y, backward, cost, forward, init_network

SCRIPT = Path(snippets.examples.__file__).with_name("many_neurons_paths.py")


def cells(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    return [[c.strip() for c in line.strip("|").split("|")] for line in lines[2:]]


def test_the_three_paths_and_their_sum(capsys):
    rows = cells(capsys)
    weights, biases = init_network(SIZES, SEED)
    zs, activations = forward(weights, biases, X)
    deltas, _, _ = backward(weights, zs, activations, Y)
    terms = weights[1][:, 0] * deltas[1][:, 0]
    for j, row in enumerate(rows[:3]):
        assert row == [rf"neuron \(j = {j + 1}\) of layer 2", f"{weights[1][j, 0]:.6f}",
                       f"{deltas[1][j, 0]:.6f}", f"{terms[j]:.6f}"]
    assert rows[3][-1] == f"**{terms.sum():.6f}**"
    assert rows[5][-1] == f"{terms[-1]:.6f}"
    # The slope of C with respect to a^1_1, measured exactly by the complex step:
    exact = complex_step(lambda a1: cost(weights[1:], biases[1:], a1, Y), activations[1])[0, 0]
    assert rows[4][-1] == f"{exact:.6f}" == f"{terms.sum():.6f}"
    assert terms[-1] != pytest.approx(exact, rel=0.1)
    assert np.sign(terms).min() < 0 < np.sign(terms).max()  # paths pull both ways
