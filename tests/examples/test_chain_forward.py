"""The chain's forward trace: the stated input and target, then z^l and a^l for l = 1, 2, 3.

Expected lines are reviewed literals (worked by hand with a calculator), not re-derived.
"""

import runpy
from pathlib import Path

import snippets.examples

SCRIPT = Path(snippets.examples.__file__).with_name("chain_forward.py")
EXPECTED = [
    r"The input is \(a^0 = 0.5\) and the target \(y = 0.9\); the cost of this one example is "
    r"\(C_0 = (a^3 - y)^2 \approx 0.089063\).",
    "",
    r"| layer \(l\) | weight \(w^l\) | bias \(b^l\) | weighted input "
    r"\(z^l = w^l a^{l-1} + b^l\) | activation \(a^l = \sigma(z^l)\) |",
    "|:-:|--:|--:|--:|--:|",
    "| 0 (input) | | | | 0.500000 |",
    "| 1 | 1.5 | 0.5 | 1.250000 | 0.777300 |",
    "| 2 | -2 | 1 | -0.554600 | 0.364798 |",
    "| 3 | 2.5 | -0.5 | 0.411995 | 0.601566 |",
]


def test_the_forward_trace_states_its_input_and_target_then_every_layer(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    assert capsys.readouterr().out.splitlines() == EXPECTED
