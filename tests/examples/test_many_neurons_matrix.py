"""The matrix form against the loops and finite differences, one line per array."""

import re

ROW = re.compile(r"∂C/∂([Wb])\^(\d) (\(.*?\)) +matrix - loops: (\S+)   "
                 r"error vs finite differences: (\S+)")


def test_matrix_loops_and_finite_differences_agree(printed):
    matches = [ROW.fullmatch(line) for line in printed("many_neurons_matrix").splitlines()]
    assert all(matches)
    shapes = ["(5, 4)", "(5,)", "(3, 5)", "(3,)", "(2, 3)", "(2,)"]
    assert [m[3] for m in matches] == shapes
    assert [m[1] + m[2] for m in matches] == ["W1", "b1", "W2", "b2", "W3", "b3"]
    for m in matches:
        assert float(m[4]) < 1e-15
        assert float(m[5]) < 1e-7
