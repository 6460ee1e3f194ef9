"""b = 0 does not make ∂C/∂b = 0: the script's values, checked by nudging b."""

import re
import runpy
from pathlib import Path

import snippets.examples
from snippets.gradcheck import central_difference
from snippets.neuron import cost

SCRIPT = Path(snippets.examples.__file__).with_name("partial_b_zero.py")
ROW = re.compile(r"w = ([+-]\d\.\d), b = 0\.0:  ∂z/∂b = 1,  ∂C/∂b = ([+-]\d\.\d{4})")


def test_dC_db_is_not_zero_at_b_zero(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    rows = [ROW.fullmatch(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 4
    assert all(rows)
    for row in rows:
        w = float(row[1])
        nudged = central_difference(lambda b, w=w: cost(w, b, 1.0, 0.0), 0.0)
        assert row[2] == f"{nudged:+.4f}"
        assert abs(float(row[2])) > 0.05
