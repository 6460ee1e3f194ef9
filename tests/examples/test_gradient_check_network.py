"""Checks at a healthy and a saturated point: the central differences' false alarm."""

from tests.examples.conftest import table_rows

HEADER = (r"| network, check | weights \(W^1\) | biases \(b^1\) | weights \(W^2\) "
          r"| biases \(b^2\) |")


def test_table(printed):
    out = printed("gradient_check_network")
    assert out.splitlines()[0] == HEADER
    # Every error is rounding noise but one: bounds, not literals.
    rows = {row[0]: [float(v) for v in row[1:]] for row in table_rows(out)}
    assert list(rows) == ["healthy, central differences", "healthy, complex step",
                          "saturated, central differences", "saturated, complex step"]
    assert max(rows["healthy, central differences"]) < 1e-7
    assert max(rows["healthy, complex step"]) < 1e-14
    assert max(rows["saturated, complex step"]) < 1e-14
    assert rows["saturated, central differences"][:3] == [1.0, 1.0, 1.0]
