"""The home page's two chain rules: the printed factors and products, as reviewed literals."""

from tests.examples.exercise_checks import nudge, rounds_to, sigma

# Checked by test_the_numbers_are_what_a_calculator_gives below.
EXPECTED = r"""\[
\begin{aligned}
z &= 0.5 \times 2 + (-1.5) = -0.5, \\
a &= \frac{1}{1 + e^{0.5}} \approx 0.377541, \\
\sigma'(z) &= a\,(1 - a) \approx 0.235004, \\
2(a - y) &\approx -0.944919.
\end{aligned}
\]

\[
\begin{aligned}
\frac{\partial C_0}{\partial w} &= \mathbf{a^{L-1}} \cdot \sigma'(z) \cdot 2(a - y) \\
&= 2 \times 0.235004 \times (-0.944919) \\
&\approx -0.444119,
\end{aligned}
\]

\[
\begin{aligned}
\frac{\partial C_0}{\partial b} &= \mathbf{1} \cdot \sigma'(z) \cdot 2(a - y) \\
&= 1 \times 0.235004 \times (-0.944919) \\
&\approx -0.222059.
\end{aligned}
\]

Measured by nudging, each with the other held fixed: -0.444119 for \(w\) and -0.222059 for \(b\).
"""


def test_the_forward_pass_then_both_chain_rules_then_the_measured_slopes(printed):
    out = printed("two_chain_rules")
    assert out == EXPECTED
    assert "===" not in out  # not behind a tab: the page shows it as is


def test_the_two_chain_rules_differ_only_in_the_bold_first_factor():
    _, for_w, for_b, _ = (block.splitlines() for block in EXPECTED.split("\n\n"))
    assert for_w[2].endswith(r"&= \mathbf{a^{L-1}} \cdot \sigma'(z) \cdot 2(a - y) \\")
    assert for_b[2].endswith(r"&= \mathbf{1} \cdot \sigma'(z) \cdot 2(a - y) \\")
    assert for_w[3].removeprefix("&= 2") == for_b[3].removeprefix("&= 1")  # the same factors


def test_the_numbers_are_what_a_calculator_gives():
    """Example 0 (a_prev = 2, y = 0.85) at (w, b) = (0.5, -1.5), with the math module, and
    each product measured by nudging (σ(w·2 + b) - 0.85)², the other parameter held fixed."""
    a = sigma(0.5 * 2 - 1.5)  # z = -0.5
    assert rounds_to(a, "0.377541")
    assert rounds_to(a * (1 - a), "0.235004")
    assert rounds_to(2 * (a - 0.85), "-0.944919")
    slope = a * (1 - a) * 2 * (a - 0.85)
    assert rounds_to(2 * slope, "-0.444119")
    assert rounds_to(slope, "-0.222059")
    assert rounds_to(nudge(lambda w: (sigma(w * 2 - 1.5) - 0.85) ** 2, 0.5), "-0.444119", 1e-9)
    assert rounds_to(nudge(lambda b: (sigma(0.5 * 2 + b) - 0.85) ** 2, -1.5), "-0.222059", 1e-9)
