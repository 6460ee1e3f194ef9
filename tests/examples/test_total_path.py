"""dC/dt along the path: the two chain-rule terms add up to the measured slope."""

import re
import runpy
from pathlib import Path

import pytest

import snippets.examples
from snippets.dataset import A_PREV, Y
from snippets.gradcheck import complex_step
from snippets.neuron import cost, gradients
from snippets.total import path, path_velocity

SCRIPT = Path(snippets.examples.__file__).with_name("total_path.py")


def output(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    return capsys.readouterr().out.splitlines()


def test_prints_the_point_and_velocity_on_the_path(capsys):
    header = output(capsys)[0]
    w, b = path(0.5)
    dw_dt, db_dt = path_velocity(0.5)
    assert header == (f"t = 0.5:  w = {w:.4f}, b = {b:.4f},  "
                      f"dw/dt = {dw_dt:.4f}, db/dt = {db_dt:.4f}")


def test_the_terms_add_up_to_the_measured_slope(capsys):
    numbers = [float(re.search(r"([+-]\d\.\d{10})$", line)[1]) for line in output(capsys)[1:]]
    term_w, term_b, total, nudged = numbers
    w, b = path(0.5)
    dC_dw, dC_db, _ = gradients(w, b, A_PREV, Y)
    dw_dt, db_dt = path_velocity(0.5)
    assert term_w == pytest.approx(dC_dw * dw_dt, abs=1e-10)
    assert term_b == pytest.approx(dC_db * db_dt, abs=1e-10)
    assert total == pytest.approx(term_w + term_b, abs=2e-10)
    exact = complex_step(lambda t: cost(*path(t), A_PREV, Y), 0.5)
    assert total == pytest.approx(exact, abs=1e-10)
    assert nudged == pytest.approx(exact, abs=1e-9)
