"""Finite differences, counted: 2P forward passes for P parameters."""

import runpy
from pathlib import Path

import snippets.examples
from snippets.layers import parameter_count

SCRIPT = Path(snippets.examples.__file__).with_name("why_backwards_counts.py")


def test_two_forward_passes_per_parameter(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    P = parameter_count((3, 4, 2))
    assert P == 3 * 4 + 4 + 4 * 2 + 2
    assert capsys.readouterr().out == (
        f"network (3, 4, 2): P = {P} parameters, {2 * P} forward passes\n"
    )
