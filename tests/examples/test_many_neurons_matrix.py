"""The matrix form against the loops and finite differences, one line per array."""

import re
import runpy
from pathlib import Path

import snippets.examples

SCRIPT = Path(snippets.examples.__file__).with_name("many_neurons_matrix.py")
ROW = re.compile(r"∂C/∂([Wb])\^(\d) (\(.*?\)) +matrix - loops: (\S+)   "
                 r"error vs finite differences: (\S+)")


def test_matrix_loops_and_finite_differences_agree(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    matches = [ROW.fullmatch(line) for line in capsys.readouterr().out.splitlines()]
    assert all(matches)
    shapes = ["(5, 4)", "(5,)", "(3, 5)", "(3,)", "(2, 3)", "(2,)"]
    assert [m[3] for m in matches] == shapes
    assert [m[1] + m[2] for m in matches] == ["W1", "b1", "W2", "b2", "W3", "b3"]
    for m in matches:
        assert float(m[4]) < 1e-15
        assert float(m[5]) < 1e-7
