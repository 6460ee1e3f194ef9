"""Checks at a healthy and a saturated point: the central differences' false alarm."""

import runpy
from pathlib import Path

import snippets.examples

SCRIPT = Path(snippets.examples.__file__).with_name("gradient_check_network.py")


def test_table(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (r"| network, check | weights \(W^1\) | biases \(b^1\) | weights \(W^2\) "
                        r"| biases \(b^2\) |")
    rows = {r[0]: [float(v) for v in r[1:]] for r in
            ([c.strip() for c in line.strip("|").split("|")] for line in lines[2:])}
    assert max(rows["healthy, central differences"]) < 1e-7
    assert max(rows["healthy, complex step"]) < 1e-14
    assert max(rows["saturated, complex step"]) < 1e-14
    assert rows["saturated, central differences"][:3] == [1.0, 1.0, 1.0]
