"""The residual table: a Markdown table whose residual column falls like h²."""

import re
import runpy
from pathlib import Path

import numpy as np
import pytest

import snippets.examples
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.neuron import cost, gradients
from snippets.total import loglog_slope

SCRIPT = Path(snippets.examples.__file__).with_name("total_residuals.py")


def output(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    return capsys.readouterr().out.splitlines()


def table(lines):
    rows = [line.strip("|").split("|") for line in lines[2:7]]
    return np.array([[float(cell) for cell in row] for row in rows])


def test_is_a_markdown_table_with_five_rows(capsys):
    lines = output(capsys)
    assert lines[0].startswith("| step \\(h")
    assert lines[1] == "| ---: | ---: | ---: | ---: | ---: |"
    assert lines[7] == ""
    assert table(lines).shape == (5, 5)


def test_rows_are_actual_predicted_and_residual(capsys):
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    for h, actual, predicted, residual, ratio in table(output(capsys)):
        exact = cost(W0 + h, B0 + h, A_PREV, Y) - cost(W0, B0, A_PREV, Y)
        assert actual == pytest.approx(exact, rel=1e-6)
        assert predicted == pytest.approx((dC_dw + dC_db) * h, rel=1e-6)
        assert residual == pytest.approx(exact - (dC_dw + dC_db) * h, rel=1e-3)
        assert ratio == pytest.approx(residual / h**2, rel=1e-3)


def test_prints_the_fitted_slope_near_2(capsys):
    lines = output(capsys)
    slope = re.fullmatch(r"Fitted slope of log \|residual\| against log h: \*\*(\d\.\d{3})\*\*\.",
                         lines[8])
    rows = table(lines)
    assert float(slope[1]) == pytest.approx(loglog_slope(rows[:, 0], rows[:, 3]), abs=2e-3)
    assert float(slope[1]) == pytest.approx(2.0, abs=0.05)
