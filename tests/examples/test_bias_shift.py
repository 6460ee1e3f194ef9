"""Lifting C by a constant keeps both slopes; moving b changes them."""

import re
import runpy
from pathlib import Path

import snippets.examples
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.neuron import cost, gradients

SCRIPT = Path(snippets.examples.__file__).with_name("bias_shift.py")
ROW = re.compile(r"(.+?)\s+value (\d\.\d{6})   ∂/∂w ([+-]\d\.\d{6})   ∂/∂b ([+-]\d\.\d{6})")


def test_shift_keeps_slopes_bias_changes_them(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    rows = [ROW.fullmatch(line) for line in capsys.readouterr().out.splitlines()]
    assert all(rows)
    base, lifted, moved = rows
    assert base[1] == "C at (w0, b0)"
    assert lifted[1] == "C + k at (w0, b0)"
    assert moved[1] == "C at (w0, b0 + k)"
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    assert base.group(3, 4) == lifted.group(3, 4) == (f"{dC_dw:+.6f}", f"{dC_db:+.6f}")
    assert float(lifted[2]) - float(base[2]) == 0.3
    assert base[2] == f"{cost(W0, B0, A_PREV, Y):.6f}"
    moved_w, moved_b, _ = gradients(W0, B0 + 0.3, A_PREV, Y)
    assert moved.group(3, 4) == (f"{moved_w:+.6f}", f"{moved_b:+.6f}")
    assert moved[3] != base[3]
