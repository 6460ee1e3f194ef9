"""From the saturated start: tiny squared-error slopes that stall, large cross-entropy ones."""

import runpy
from pathlib import Path

import snippets.examples
from snippets.dataset import A_PREV, Y
from snippets.descent import SATURATED_START, gradient_at

SCRIPT = Path(snippets.examples.__file__).with_name("descent_saturated.py")


def test_table(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    rows = {r[0]: r[1:] for r in ([c.strip() for c in line.strip("|").split("|")]
                                  for line in lines[4:])}
    assert list(rows) == ["squared-error", "cross-entropy"]
    for name, cost in (("squared-error", "squared_error"), ("cross-entropy", "cross_entropy")):
        dC_dw, dC_db = gradient_at(*SATURATED_START, A_PREV, Y, cost)
        assert rows[name][:2] == [f"{dC_dw:+.5f}", f"{dC_db:+.5f}"]
    squared = [float(v) for v in rows["squared-error"][2:]]
    cross = [float(v) for v in rows["cross-entropy"][2:]]
    assert abs(float(rows["cross-entropy"][0])) > 10 * abs(float(rows["squared-error"][0]))
    assert min(squared) > 0.3  # stalled on the plateau
    assert cross[-1] < 0.003  # at the bottom
