"""The chain's backward trace table: read from the top down, each row follows from the one above."""

from itertools import pairwise

import pytest

from tests.examples.conftest import table_rows
from tests.examples.exercise_checks import chain_cost, nudge, nudge_entry, rounds_to, sigma

W, B, A0, Y = [1.5, -2.0, 2.5], [0.5, 1.0, -0.5], 0.5, 0.9  # as chain_forward prints them
# Checked by test_every_number_is_a_measured_slope below; columns: layer, ∂C_0/∂a^l,
# σ'(z^l), δ^l, ∂C_0/∂w^l, ∂C_0/∂b^l.
ROWS = table_rows("""
| 3 | -0.596868 | 0.239684 | -0.143060 | -0.052188 | -0.143060 |
| 2 | -0.357650 | 0.231720 | -0.082875 | -0.064419 | -0.082875 |
| 1 | 0.165749 | 0.173105 | 0.028692 | 0.014346 | 0.028692 |
| 0 (input) | 0.043038 | | | | |
""")


def test_every_printed_number(printed):
    assert table_rows(printed("chain_backward")) == ROWS


def test_every_number_is_a_measured_slope():
    """Each literal, by nudging the chain's cost written with the math module: ∂C_0/∂a^l
    runs only the layers above a^l, and δ^l = ∂C_0/∂z^l = ∂C_0/∂b^l, as z^l moves one for
    one with b^l. σ'(z^l) = a^l(1 - a^l) from the forward pass worked by hand."""
    a = [A0]
    for w, b in zip(W, B, strict=True):
        a.append(sigma(w * a[-1] + b))
    for row in ROWS:
        layer = int(row[0].split()[0])
        message = nudge(lambda a_l, layer=layer: chain_cost(W, B, a_l, Y, first=layer + 1),
                        a[layer])
        assert rounds_to(message, row[1], slack=1e-9), layer
        if layer:
            i = layer - 1
            delta = nudge_entry(lambda b: chain_cost(W, b, A0, Y), B, i)
            dC_dw = nudge_entry(lambda w: chain_cost(w, B, A0, Y), W, i)
            assert rounds_to(a[layer] * (1 - a[layer]), row[2]), layer
            assert rounds_to(delta, row[3], slack=1e-9), layer
            assert rounds_to(dC_dw, row[4], slack=1e-9), layer
            assert rounds_to(delta, row[5], slack=1e-9), layer


def test_each_row_follows_from_the_one_above():
    # δ^l = ∂C/∂a^l · σ'(z^l) in a row, and ∂C/∂a^{l-1} = w^l δ^l in the next: to print precision.
    for above, below in pairwise(ROWS):
        layer = int(above[0])
        dC_da, slope, delta = (float(v) for v in above[1:4])
        assert delta == pytest.approx(dC_da * slope, abs=2e-6)
        assert float(below[1]) == pytest.approx(W[layer - 1] * delta, abs=1e-5)
