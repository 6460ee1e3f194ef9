"""The counted-cost table: 2P for finite differences, 2 to 3 forward passes for backprop."""

import runpy
from pathlib import Path

import snippets.examples
from snippets.layers import multiply_adds, parameter_count

SCRIPT = Path(snippets.examples.__file__).with_name("why_backwards_table.py")


def test_rows(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in lines[2:]]
    assert [r[0] for r in rows] == ["3-4-2", "10-10-10", "64-32-10", "784-30-10",
                                    "784-128-64-10"]
    for name, P, forward, backward, finite, backprop in rows:
        sizes = tuple(int(n) for n in name.split("-"))
        count = parameter_count(sizes)
        assert P == f"{count:,}"
        assert finite == f"{2 * count:,}"
        f, b = multiply_adds(sizes)
        assert (forward, backward) == (f"{f:,}", f"{b:,}")
        assert backprop == f"{1 + b / f:.2f}"
        assert 2 <= float(backprop) <= 3
