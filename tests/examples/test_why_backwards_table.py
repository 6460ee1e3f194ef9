"""The counted-cost table: 2P for finite differences, 2 to 3 forward passes for backprop."""

from itertools import pairwise

from tests.examples.conftest import table_rows

# Checked by test_every_count_worked_by_hand below; columns: network, P, forward and backward
# multiply-adds, finite differences and backprop in forward passes.
ROWS = table_rows("""
| 3-4-2 | 26 | 20 | 28 | 52 | 2.40 |
| 10-10-10 | 220 | 200 | 300 | 440 | 2.50 |
| 64-32-10 | 2,410 | 2,368 | 2,688 | 4,820 | 2.14 |
| 784-30-10 | 23,860 | 23,820 | 24,120 | 47,720 | 2.01 |
| 784-128-64-10 | 109,386 | 109,184 | 118,016 | 218,772 | 2.08 |
""")


def test_rows(printed):
    assert table_rows(printed("why_backwards_table")) == ROWS


def test_every_count_worked_by_hand():
    """P = Σ (n_{l-1} n_l + n_l). Forward: n_{l-1} n_l multiply-adds per layer (W^l a^{l-1}).
    Backward: the same again for δ^l (a^{l-1})ᵀ, plus (W^l)ᵀ δ^l in every layer but the first.
    Backprop costs 1 + backward/forward forward passes; finite differences, 2P."""
    for name, P, forward, backward, finite, backprop in ROWS:
        sizes = [int(n) for n in name.split("-")]
        products = [n_in * n_out for n_in, n_out in pairwise(sizes)]
        count = sum(products) + sum(sizes[1:])
        backward_count = sum(products) + sum(products[1:])
        assert [P, forward, backward, finite] == [
            f"{n:,}" for n in (count, sum(products), backward_count, 2 * count)
        ], name
        assert backprop == f"{1 + backward_count / sum(products):.2f}", name
        assert 2 <= float(backprop) <= 3
