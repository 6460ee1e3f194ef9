"""Slopes of the two slices through the marked point: chords converge to the partials."""

import re
import runpy
from pathlib import Path

import snippets.examples
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.neuron import cost, gradients

SCRIPT = Path(snippets.examples.__file__).with_name("partial_slices.py")
NUMBER = r"([+-]\d\.\d{10})"


def output(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    return capsys.readouterr().out.splitlines()


def test_prints_the_marked_point(capsys):
    assert output(capsys)[0] == f"marked point: w0 = {W0}, b0 = {B0}"


def test_chord_slopes_are_those_of_the_slices(capsys):
    lines = output(capsys)
    rows = [re.fullmatch(rf"(\de-0\d)\s+{NUMBER}\s+{NUMBER}", line) for line in lines[2:6]]
    assert all(rows)
    for row in rows:
        h = float(row[1])
        along_w = (cost(W0 + h, B0, A_PREV, Y) - cost(W0 - h, B0, A_PREV, Y)) / (2 * h)
        along_b = (cost(W0, B0 + h, A_PREV, Y) - cost(W0, B0 - h, A_PREV, Y)) / (2 * h)
        assert row[2] == f"{along_w:+.10f}"
        assert row[3] == f"{along_b:+.10f}"


def test_chords_approach_the_formulas(capsys):
    lines = output(capsys)
    formula = re.fullmatch(rf"formula    ∂C/∂w = {NUMBER}     ∂C/∂b = {NUMBER}", lines[-1])
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    assert formula[1] == f"{dC_dw:+.10f}"
    assert formula[2] == f"{dC_db:+.10f}"
    chords = [re.findall(NUMBER, line) for line in lines[2:6]]
    errors_w = [abs(float(c[0]) - dC_dw) for c in chords]
    assert errors_w == sorted(errors_w, reverse=True)  # smaller h, closer chord
    assert errors_w[-1] < 1e-9
    assert abs(float(chords[-1][1]) - dC_db) < 1e-9
