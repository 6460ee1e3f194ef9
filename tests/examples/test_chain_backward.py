"""The chain's backward trace table: read from the top down, each row follows from the one above."""

import runpy
from itertools import pairwise
from pathlib import Path

import pytest

import snippets.examples
from snippets.chain import A0, B, W, Y, backward, forward
from snippets.neuron import sigmoid_prime

SCRIPT = Path(snippets.examples.__file__).with_name("chain_backward.py")


def table(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[2:]]


def test_rows_run_from_the_top_layer_down_to_the_input(capsys):
    rows = table(capsys)
    assert [row[0] for row in rows] == ["3", "2", "1", "0 (input)"]


def test_every_printed_number_is_backwards(capsys):
    rows = table(capsys)
    z, a = forward(W, B, A0)
    delta, dC_dw, dC_db, dC_da = backward(W, z, a, Y)
    for row in rows[:-1]:
        layer = int(row[0])
        i = layer - 1
        assert row[1:] == [f"{v:.6f}" for v in (dC_da[layer], sigmoid_prime(z[i]), delta[i],
                                                  dC_dw[i], dC_db[i])]
    assert rows[-1][1] == f"{dC_da[0]:.6f}"


def test_each_row_follows_from_the_one_above(capsys):
    # δ^l = ∂C/∂a^l · σ'(z^l) in a row, and ∂C/∂a^{l-1} = w^l δ^l in the next: to print precision.
    rows = table(capsys)
    for above, below in pairwise(rows):
        layer = int(above[0])
        dC_da, slope, delta = (float(v) for v in above[1:4])
        assert delta == pytest.approx(dC_da * slope, abs=2e-6)
        assert float(below[1]) == pytest.approx(W[layer - 1] * delta, abs=1e-5)
