"""The textbook cross-entropy overflows once σ(z) rounds to 1; the form in z does not."""

import re
import runpy
from pathlib import Path

import snippets.examples

SCRIPT = Path(snippets.examples.__file__).with_name("cost_stable.py")


def output(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    return capsys.readouterr().out


def test_the_textbook_form_overflows_and_ours_does_not(capsys):
    rows = re.findall(r"z =\s+(\d+):  a = (\S+)   from a:\s+(\S+)   from z:\s+(\S+)",
                      output(capsys))
    assert [int(r[0]) for r in rows] == [10, 40, 1000]
    assert rows[0][2] == rows[0][3]  # both forms agree while a < 1
    for _, a, naive, stable in rows[1:]:
        assert a == "1.00000000000000000"
        assert naive == "inf"
        assert stable != "inf"
    assert [float(r[3]) for r in rows[1:]] == [40.0, 1000.0]
