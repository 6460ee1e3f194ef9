"""The two-path trap: only the sum of both paths matches the measured dz2/dw."""

import re
import runpy
from pathlib import Path

import pytest

import snippets.examples
from snippets.gradcheck import complex_step
from snippets.total import used_twice

SCRIPT = Path(snippets.examples.__file__).with_name("total_two_paths.py")


def test_one_path_is_wrong_and_both_paths_are_right(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    labels = [line.split(":")[0] for line in lines]
    assert labels == ["one path only (∂z2/∂w, a1 held fixed)", "the other path (through a1)",
                      "both paths added (dz2/dw)", "nudging w and measuring z2"]
    one, other, both, measured = (float(re.search(r"(-?\d\.\d{10})$", line)[1]) for line in lines)
    exact = complex_step(lambda w: used_twice(w, -1.5, 2.0)[2], 0.5)
    assert both == pytest.approx(one + other, abs=2e-10)
    assert both == pytest.approx(exact, abs=1e-10)
    assert measured == pytest.approx(exact, abs=1e-9)
    assert abs(one - exact) > 0.1
