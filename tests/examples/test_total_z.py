"""The total differential of z: predicted dz, actual Δz, and a residual of exactly Δw·Δa_prev."""

import pytest

HEADER = ["Δw", "Δb", "Δa_prev", "actual", "Δz", "predicted", "dz", "residual", "Δw·Δa_prev"]


def rows(text):
    header, *lines = text.splitlines()
    assert header.split() == HEADER
    return [[float(x) for x in line.split()] for line in lines]


def test_three_shrinking_nudges(printed):
    table = rows(printed("total_z"))
    assert [row[:3] for row in table] == [[0.1, -0.2, 0.3], [0.01, -0.02, 0.03],
                                          [0.001, -0.002, 0.003]]


def test_prediction_is_the_total_differential_and_residual_is_dw_times_da(printed):
    # z = w·a_prev + b at w = 0.5, a_prev = 2, by hand: dz = a_prev·dw + 1·db + w·da_prev.
    w, a_prev = 0.5, 2.0
    for dw, db, da, actual, predicted, residual, product in rows(printed("total_z")):
        assert predicted == pytest.approx(a_prev * dw + db + w * da, abs=1e-8)
        assert actual == pytest.approx(predicted + dw * da, abs=1e-8)
        assert residual == pytest.approx(dw * da, rel=1e-4)
        assert product == pytest.approx(dw * da, rel=1e-4)
