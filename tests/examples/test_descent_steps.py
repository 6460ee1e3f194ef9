"""The first steps of descent: each row's (w, b) is the last row's minus η times its slopes."""

import runpy
from itertools import pairwise
from pathlib import Path

import pytest

import snippets.examples
from snippets.dataset import A_PREV, Y
from snippets.descent import LEARNING_RATES, START, cost_at, gradient_at

SCRIPT = Path(snippets.examples.__file__).with_name("descent_steps.py")


def test_rows_follow_the_update_rule(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    rows = [[float(c) for c in line.strip("|").split("|")] for line in lines[4:]]
    assert [r[0] for r in rows] == list(range(6))
    eta = LEARNING_RATES[1]
    assert rows[0][1:3] == list(START)
    for before, after in pairwise(rows):
        assert after[1] == pytest.approx(before[1] - eta * before[4], abs=2e-4)
        assert after[2] == pytest.approx(before[2] - eta * before[5], abs=2e-4)
        assert after[3] < before[3]  # downhill
    w, b = START
    assert rows[0][3:] == [round(cost_at(w, b, A_PREV, Y), 5),
                           *(round(g, 5) for g in gradient_at(w, b, A_PREV, Y))]
