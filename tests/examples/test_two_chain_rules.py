"""The home page's two chain rules: the printed factors and products, as reviewed literals."""

import math


def test_the_forward_pass_is_worked_with_example_0_at_the_marked_point(printed):
    out = printed("two_chain_rules")
    assert r"z &= 0.5 \times 2 + (-1.5) = -0.5, \\" in out
    assert r"a &= \frac{1}{1 + e^{0.5}} \approx 0.377541, \\" in out
    assert r"\sigma'(z) &= a\,(1 - a) \approx 0.235004, \\" in out
    assert r"2(a - y) &\approx -0.944919." in out


def test_the_two_chain_rules_differ_only_in_the_bold_first_factor(printed):
    out = printed("two_chain_rules")
    assert r"&= \mathbf{a^{L-1}} \cdot \sigma'(z) \cdot 2(a - y) \\" in out
    assert r"&= \mathbf{1} \cdot \sigma'(z) \cdot 2(a - y) \\" in out
    assert r"&= 2 \times 0.235004 \times (-0.944919) \\" in out
    assert r"&= 1 \times 0.235004 \times (-0.944919) \\" in out
    assert r"&\approx -0.444119," in out
    assert r"&\approx -0.222059." in out


def test_the_products_are_what_a_calculator_gives():
    a = 1 / (1 + math.exp(0.5))  # z = 0.5 * 2 - 1.5 = -0.5
    slope = a * (1 - a) * 2 * (a - 0.85)
    assert f"{2 * slope:.6f}" == "-0.444119"
    assert f"{slope:.6f}" == "-0.222059"


def test_each_product_is_confirmed_by_nudging_and_the_numbers_are_visible(printed):
    out = printed("two_chain_rules")
    assert out.rstrip().endswith(
        "Measured by nudging, each with the other held fixed: -0.444119 for \\(w\\) "
        "and -0.222059 for \\(b\\)."
    )
    assert "===" not in out  # not behind a tab: the page shows it as is
