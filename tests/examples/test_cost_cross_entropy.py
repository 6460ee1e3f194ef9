"""Cross-entropy's slope a - y, by the formula, by nudging z and by the complex step."""

import re
import runpy
from pathlib import Path

import pytest

import snippets.examples
from snippets.neuron import sigmoid

SCRIPT = Path(snippets.examples.__file__).with_name("cost_cross_entropy.py")


def output(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    return capsys.readouterr().out


def test_a_minus_y_matches_nudging_and_the_complex_step(capsys):
    rows = re.findall(r"z = ([+-]\d\.\d):  a - y = (\S+)   nudging z: (\S+)   complex step: (\S+)",
                      output(capsys))
    assert [float(r[0]) for r in rows] == [-3.0, 0.0, 2.0, 6.0]
    for z, delta, nudged, exact in rows:
        expected = sigmoid(float(z)) - 0.25
        assert delta == f"{expected:+.10f}"
        assert exact == delta
        assert float(nudged) == pytest.approx(expected, abs=2e-10)
