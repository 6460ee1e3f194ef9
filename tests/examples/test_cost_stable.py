"""The textbook cross-entropy overflows once σ(z) rounds to 1; the form in z does not."""

import re


def test_the_textbook_form_overflows_and_ours_does_not(printed):
    rows = re.findall(r"z =\s+(\d+):  a = (\S+)   from a:\s+(\S+)   from z:\s+(\S+)",
                      printed("cost_stable"))
    assert [int(r[0]) for r in rows] == [10, 40, 1000]
    # Both forms agree while a < 1: ln(1 + e^10) = 10.0000453989…, by a calculator.
    assert rows[0][2] == rows[0][3] == "10.000045"
    for _, a, naive, stable in rows[1:]:
        assert a == "1.00000000000000000"
        assert naive == "inf"
        assert stable != "inf"
    # With y = 0 the cost is ln(1 + e^z), which is z to 17 digits once z > 37.
    assert [r[3] for r in rows[1:]] == ["40.000000", "1000.000000"]
