"""The saturated start: tiny gradients for squared error, and the two learning runs."""

import runpy
from pathlib import Path

import snippets.examples
from snippets.descent import descend, gradient_at
from snippets.neuron import forward

SCRIPT = Path(snippets.examples.__file__).with_name("cost_saturation.py")


def output(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    return capsys.readouterr().out.split("\n\n")  # the start, then the two runs


def test_the_start_and_its_gradients(capsys):
    start = output(capsys)[0].splitlines()
    assert start[0] == "z = 4.0, output a = σ(z) = 0.9820, σ'(z) = 0.0177"
    for line, cost in zip(start[1:], ("squared_error", "cross_entropy"), strict=True):
        dC_dw, dC_db = gradient_at(2.0, 2.0, [1.0], [0.0], cost)
        assert line == f"{cost:>13}:  ∂C/∂w = {dC_dw:.4f},  ∂C/∂b = {dC_db:.4f}"
    # Squared error's gradient carries σ'(4) ≈ 0.018; cross-entropy's does not.
    squared, cross = (gradient_at(2.0, 2.0, [1.0], [0.0], c)[0] for c in
                      ("squared_error", "cross_entropy"))
    assert squared < cross / 20


def test_learning_runs(capsys):
    lines = output(capsys)[1].strip().splitlines()
    assert lines[0] == "step   output a (squared error)   output a (cross-entropy)"
    paths = [descend(2.0, 2.0, [1.0], [0.0], 0.15, 300, c)
             for c in ("squared_error", "cross_entropy")]
    for line in lines[1:]:
        step, squared, cross = line.split()
        step = int(step)
        assert squared == f"{forward(*paths[0][step], 1.0)[1]:.4f}"
        assert cross == f"{forward(*paths[1][step], 1.0)[1]:.4f}"
    at_50 = next(line.split() for line in lines if line.split()[0] == "50")
    assert float(at_50[1]) > 0.9 > 0.2 > float(at_50[2])
