"""The one-neuron factor table: every value printed, and each product equal to its nudged slope."""

import re
import runpy
from pathlib import Path

import pytest

import snippets.examples
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.neuron import cost, forward, gradients, sigmoid_prime

SCRIPT = Path(snippets.examples.__file__).with_name("one_neuron_factors.py")


def rows(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "| quantity | formula | value (measured by nudging) |"
    return {line.split(" | ")[0][2:]: line.strip("| ").split(" | ") for line in lines[2:]}


def test_every_factor_and_product_is_printed(capsys):
    table = rows(capsys)
    a_prev, y = A_PREV[0], Y[0]
    z, a = forward(W0, B0, a_prev)
    dC_dw, dC_db, dC_da_prev = gradients(W0, B0, a_prev, y)
    expected = {
        r"\(z\)": z, r"\(a\)": a, r"\(C_0\)": cost(W0, B0, a_prev, y),
        r"\(\partial z/\partial w\)": a_prev, r"\(\partial z/\partial b\)": 1.0,
        r"\(\partial z/\partial a^{L-1}\)": W0, r"\(\partial a/\partial z\)": sigmoid_prime(z),
        r"\(\partial C_0/\partial a\)": 2 * (a - y), r"\(\partial C_0/\partial w\)": dC_dw,
        r"\(\partial C_0/\partial b\)": dC_db, r"\(\partial C_0/\partial a^{L-1}\)": dC_da_prev,
    }
    for name, value in expected.items():
        assert table[name][2].split(" ")[0] == f"{value:.6f}", name
    assert table[r"\(a^{L-1}\), \(y\)"][2] == f"{a_prev:g}, {y:g}"


def test_products_agree_with_nudging_to_every_printed_digit(capsys):
    table = rows(capsys)
    for name in (r"\(\partial C_0/\partial w\)", r"\(\partial C_0/\partial b\)",
                 r"\(\partial C_0/\partial a^{L-1}\)"):
        value, nudged = re.fullmatch(r"(-?\d\.\d{6}) \((-?\d\.\d{6})\)", table[name][2]).groups()
        assert value == nudged
        assert float(value) != pytest.approx(0, abs=1e-3)
