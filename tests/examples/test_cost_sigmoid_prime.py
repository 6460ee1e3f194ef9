"""σ'(z) ≤ 1/4, largest at z = 0 and tiny far from it: the script's values, checked."""

import re
import runpy
from pathlib import Path

import snippets.examples
from snippets.neuron import sigmoid_prime

SCRIPT = Path(snippets.examples.__file__).with_name("cost_sigmoid_prime.py")


def output(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    return capsys.readouterr().out


def test_sigmoid_prime_is_at_most_a_quarter_and_tiny_far_out(capsys):
    rows = re.findall(r"σ'\(\s*([\d.]+)\) = ([\d.]+)", output(capsys))
    assert [float(z) for z, _ in rows] == [0.0, 2.0, 4.0, 6.0, 10.0]
    for z, value in rows:
        assert value == f"{sigmoid_prime(float(z)):.6f}"
    values = [float(v) for _, v in rows]
    assert values[0] == 0.25
    assert values == sorted(values, reverse=True)
    assert values[-1] < 1e-4
