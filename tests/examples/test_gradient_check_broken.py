"""A broken bias gradient: caught in its own row, missed by a weights-only check."""

import runpy
from pathlib import Path

import snippets.examples

SCRIPT = Path(snippets.examples.__file__).with_name("gradient_check_broken.py")


def test_verdicts(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in lines[4:]]
    verdicts = {name: (float(error), verdict) for name, error, verdict in rows}
    assert verdicts[r"\(b^1\) on its own"][1] == "**wrong**"
    for name in (r"\(W^1\) on its own", r"\(W^2\) on its own", r"\(b^2\) on its own",
                 "the weights only, lumped together"):
        assert verdicts[name][1] == "right"
    lumped = verdicts["all 2,410 parameters lumped together"]
    assert lumped[1] == "**wrong**"
    assert lumped[0] < verdicts[r"\(b^1\) on its own"][0]  # diluted by the correct weights
