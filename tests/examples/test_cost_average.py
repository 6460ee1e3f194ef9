"""C is the mean of the C_0s: the per-example table and its means, checked."""

import runpy
from pathlib import Path

import numpy as np
import pytest

import snippets.examples
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.neuron import cost, forward
from snippets.surface import cost_grid

SCRIPT = Path(snippets.examples.__file__).with_name("cost_average.py")


def test_per_example_costs_and_their_means(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["example", "a_prev", "y", "a", "squared", "error", "cross-entropy"]
    rows = np.array([[float(x) for x in line.split()] for line in lines[1:7]])
    _, a = forward(W0, B0, A_PREV)
    np.testing.assert_array_equal(rows[:, 0], np.arange(6))
    np.testing.assert_array_equal(rows[:, 1], A_PREV)
    np.testing.assert_array_equal(rows[:, 2], Y)
    np.testing.assert_allclose(rows[:, 3], a, atol=5e-5)
    np.testing.assert_allclose(rows[:, 4], (a - Y) ** 2, atol=5e-7)
    cross = -(Y * np.log(a) + (1 - Y) * np.log(1 - a))
    np.testing.assert_allclose(rows[:, 5], cross, atol=5e-7)
    assert np.all(rows[:, 5] > rows[:, 4])  # the page: values of different costs don't compare
    means = lines[7].split()[-2:]
    assert float(means[0]) == pytest.approx(cost(W0, B0, A_PREV, Y), abs=5e-7)
    assert float(means[1]) == pytest.approx(
        cost_grid([W0], [B0], A_PREV, Y, cost="cross_entropy")[0, 0], abs=5e-7
    )
    assert lines[8] == "neuron.cost(w0, b0) gives the same squared-error C: True"
