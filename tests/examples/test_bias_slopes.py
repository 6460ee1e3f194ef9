"""∂C/∂w at four values of b: the script's numbers, checked."""

import re
import runpy
from pathlib import Path

import snippets.examples
from snippets.dataset import A_PREV, W0, Y
from snippets.neuron import gradients

SCRIPT = Path(snippets.examples.__file__).with_name("bias_slopes.py")


def output(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    return capsys.readouterr().out.splitlines()


def test_slopes_in_w_differ_for_each_b(capsys):
    lines = output(capsys)
    assert len(lines) == 4
    rows = [re.fullmatch(r"b = ([+-]\d\.\d):  ∂C/∂w at w = 0\.5 is ([+-]\d\.\d{6})", line)
            for line in lines]
    assert all(rows)
    for row in rows:
        assert row[2] == f"{gradients(W0, float(row[1]), A_PREV, Y)[0]:+.6f}"
    assert len({row[2] for row in rows}) == 4
