"""The mixed partial at the marked point: formula, nudging b, complex step, nudging w."""

import re
import runpy
from pathlib import Path

import pytest

import snippets.examples
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.mixed import d2C_db_dw

SCRIPT = Path(snippets.examples.__file__).with_name("bias_mixed.py")


def output(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    return capsys.readouterr().out.splitlines()


def test_mixed_partial_three_ways_agree(capsys):
    lines = output(capsys)
    assert lines[0] == f"at (w, b) = ({W0}, {B0}):"
    assert len(lines) == 5
    values = [float(re.search(r"([+-]\d\.\d{12})$", line)[1]) for line in lines[1:]]
    exact = d2C_db_dw(W0, B0, A_PREV, Y)
    assert values[0] == pytest.approx(exact, abs=1e-12)
    assert values[2] == pytest.approx(exact, abs=1e-12)  # complex step
    assert values[1] == pytest.approx(exact, abs=1e-9)  # nudging b
    assert values[3] == pytest.approx(exact, abs=1e-9)  # nudging w: the other order
    assert abs(exact) > 0.01
