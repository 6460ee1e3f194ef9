"""The total differential of z: predicted dz, actual Δz, and a residual of exactly Δw·Δa_prev."""

import runpy
from pathlib import Path

import pytest

import snippets.examples

SCRIPT = Path(snippets.examples.__file__).with_name("total_z.py")


def rows(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Δw", "Δb", "Δa_prev", "actual", "Δz", "predicted", "dz",
                                "residual", "Δw·Δa_prev"]
    return [[float(x) for x in line.split()] for line in lines[1:]]


def test_three_shrinking_nudges(capsys):
    table = rows(capsys)
    assert [row[:3] for row in table] == [[0.1, -0.2, 0.3], [0.01, -0.02, 0.03],
                                          [0.001, -0.002, 0.003]]


def test_prediction_is_the_total_differential_and_residual_is_dw_times_da(capsys):
    w, a_prev = 0.5, 2.0
    for dw, db, da, actual, predicted, residual, product in rows(capsys):
        assert predicted == pytest.approx(a_prev * dw + db + w * da, abs=1e-8)
        assert actual == pytest.approx(predicted + dw * da, abs=1e-8)
        assert residual == pytest.approx(dw * da, rel=1e-4)
        assert product == pytest.approx(dw * da, rel=1e-4)
