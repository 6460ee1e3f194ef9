"""The three partials of z = w·a_prev + b: the script's printed values, checked."""

import re
import runpy
from pathlib import Path

import snippets.examples
from snippets.neuron import partials_of_z

SCRIPT = Path(snippets.examples.__file__).with_name("partial_z.py")
ROW = re.compile(r"∂z/∂(\w+)\s+= (\S+)\s+= ([\d.]+)    nudging (\w+)\s+alone: ([\d.]+)")


def output(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    return capsys.readouterr().out.splitlines()


def test_prints_the_point_and_z(capsys):
    assert output(capsys)[0] == "at w = 0.5, b = -1.5, a_prev = 2.0:  z = -0.5"


def test_each_partial_is_its_formula_and_matches_nudging_that_input_alone(capsys):
    rows = [ROW.fullmatch(line) for line in output(capsys)[1:]]
    assert all(rows)
    expected = dict(zip(["w", "b", "a_prev"], partials_of_z(0.5, -1.5, 2.0), strict=True))
    formulas = {"w": "a_prev", "b": "1", "a_prev": "w"}
    assert [row[1] for row in rows] == ["w", "b", "a_prev"]
    for name, formula, value, nudged_name, nudged in (row.groups() for row in rows):
        assert formula == formulas[name]
        assert nudged_name == name
        assert float(value) == expected[name]
        assert abs(float(nudged) - expected[name]) < 1e-8
