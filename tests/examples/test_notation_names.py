"""∂, d, Δ and ∇ as variable names: the printed slope, nudge, prediction and change."""

import re
import runpy
from pathlib import Path

import snippets.examples
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.neuron import cost, gradients

SCRIPT = Path(snippets.examples.__file__).with_name("notation_names.py")


def values(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    text = capsys.readouterr().out
    grad = re.search(r"∇C    = \(([+-][\d.]+), ([+-][\d.]+)\)", text)
    named = dict(re.findall(r"^(dC_db|db|dC|ΔC)\s+= ([+-][\d.]+)", text, re.M))
    return grad, named


def test_the_gradient_holds_both_slopes(capsys):
    grad, named = values(capsys)
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    assert grad.groups() == (f"{dC_dw:+.6f}", f"{dC_db:+.6f}")
    assert named["dC_db"] == f"{dC_db:+.6f}"


def test_the_nudge_prediction_and_measured_change(capsys):
    _, named = values(capsys)
    db = float(named["db"])
    assert db == 0.001
    _, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    assert named["dC"] == f"{dC_db * db:+.9f}"
    actual = cost(W0, B0 + db, A_PREV, Y) - cost(W0, B0, A_PREV, Y)
    assert named["ΔC"] == f"{actual:+.9f}"
    # The prediction is close, not equal: the slope is for an infinitely small nudge.
    assert named["dC"] != named["ΔC"]
    assert abs(float(named["dC"]) - actual) < 1e-3 * abs(actual)
