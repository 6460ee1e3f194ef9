"""Backprop's six slopes for the chain agree with nudging, each parameter on its own."""

import re
import runpy
from pathlib import Path

import snippets.examples
from snippets.chain import A0, B, W, Y, gradients

SCRIPT = Path(snippets.examples.__file__).with_name("chain_check.py")
ROW = re.compile(r"∂C0/∂([wb])\^(\d): backprop ([+-]\d\.\d{9})   nudging ([+-]\d\.\d{9})"
                 r"   relative error (\d\.\de-\d\d)")


def test_six_slopes_agree(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    matches = [ROW.fullmatch(line) for line in capsys.readouterr().out.splitlines()]
    assert all(matches)
    assert [(m[1], m[2]) for m in matches] == [(n, str(k)) for k in (1, 2, 3) for n in "wb"]
    dC_dw, dC_db = gradients(W, B, A0, Y)
    for m in matches:
        exact = (dC_dw if m[1] == "w" else dC_db)[int(m[2]) - 1]
        assert m[3] == f"{exact:+.9f}"
        assert m[3] == m[4]
        assert float(m[5]) < 1e-7
