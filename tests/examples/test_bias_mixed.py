"""The mixed partial at the marked point: formula, nudging b, complex step, nudging w."""

import pytest

from snippets.dataset import B0, W0
from tests.examples.exercise_checks import DATA, neuron_cost, sigma

MIXED = "+0.075015346529"  # checked by test_the_mixed_partial_worked_by_hand below
LABELS = [
    "∂²C/∂b∂w by the formula:",
    "nudging b, watching ∂C/∂w:",
    "complex step in b, watching ∂C/∂w:",
    "nudging w, watching ∂C/∂b (∂²C/∂w∂b):",
]


def test_mixed_partial_three_ways_agree(printed):
    first, *lines = printed("bias_mixed").splitlines()
    assert first == "at (w, b) = (0.5, -1.5):"
    rows = [line.rsplit(maxsplit=1) for line in lines]
    assert [label.strip() for label, _ in rows] == LABELS
    formula, nudged_b, stepped, nudged_w = (value for _, value in rows)
    assert formula == stepped == MIXED  # the complex step is exact to rounding
    # Nudging a slope is good to about 1e-10: the last digits may differ.
    assert float(nudged_b) == pytest.approx(float(MIXED), abs=1e-9)
    assert float(nudged_w) == pytest.approx(float(MIXED), abs=1e-9)  # the other order


def test_the_mixed_partial_worked_by_hand():
    """∂/∂b of ∂C/∂w = (1/n) Σ_i 2(σ_i - y_i)σ_i(1 - σ_i)·a_i, differentiated by hand:
    d/dz [(σ - y)σ(1 - σ)] = σ(1 - σ)·[σ(1 - σ) + (σ - y)(1 - 2σ)]."""
    by_hand = 0.0
    for a, y in DATA:
        s = sigma(W0 * a + B0)
        slope = s * (1 - s)
        by_hand += 2 * a * slope * (slope + (s - y) * (1 - 2 * s)) / len(DATA)
    assert f"{by_hand:+.12f}" == MIXED
    # The hand-worked formula itself, against four values of the cost and no calculus:
    h, C = 1e-3, neuron_cost
    second = (C(W0 + h, B0 + h) - C(W0 + h, B0 - h) - C(W0 - h, B0 + h) + C(W0 - h, B0 - h))
    assert second / (4 * h * h) == pytest.approx(by_hand, rel=1e-5)
    assert abs(by_hand) > 0.01
