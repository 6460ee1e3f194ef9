"""The home page's two partial derivatives: the script's printed numbers, checked."""

import re
import runpy
from pathlib import Path

import snippets.examples
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.neuron import cost, gradients

SCRIPT = Path(snippets.examples.__file__).with_name("home_partials.py")
NUMBER = r"([+-]?\d+\.\d+)"


def run_script(capsys):
    """Run the script as the build does; return what it printed."""
    runpy.run_path(str(SCRIPT), run_name="__main__")
    return capsys.readouterr().out


def parse(output):
    header, line_w, line_b = output.splitlines()
    point = re.fullmatch(rf"at \(w, b\) = \({NUMBER}, {NUMBER}\):  C = {NUMBER}", header)
    w_values = re.fullmatch(rf"∂C/∂w = {NUMBER}   nudging w: {NUMBER}", line_w)
    b_values = re.fullmatch(rf"∂C/∂b = {NUMBER}   nudging b: {NUMBER}", line_b)
    assert point, output
    assert w_values, output
    assert b_values, output
    return point.group(1, 2, 3), w_values.group(1, 2), b_values.group(1, 2)


def test_prints_the_marked_point_and_its_cost(capsys):
    (w, b, C), _, _ = parse(run_script(capsys))
    assert (float(w), float(b)) == (W0, B0)
    assert C == f"{cost(W0, B0, A_PREV, Y):.6f}"


def test_analytic_and_nudged_slopes_agree_to_the_printed_digits(capsys):
    _, (dC_dw, slope_w), (dC_db, slope_b) = parse(run_script(capsys))
    assert len(dC_dw.split(".")[1]) == 8
    # Central differences are good to ~1e-10 here; at most the last printed digit may round
    # the other way, and at the marked point it doesn't.
    assert dC_dw == slope_w
    assert dC_db == slope_b


def test_printed_slopes_are_the_gradients_of_the_neuron(capsys):
    _, (dC_dw, _), (dC_db, _) = parse(run_script(capsys))
    expected_w, expected_b, _ = gradients(W0, B0, A_PREV, Y)
    assert dC_dw == f"{expected_w:+.8f}"
    assert dC_db == f"{expected_b:+.8f}"
    assert float(dC_dw) < 0  # printed with its sign
