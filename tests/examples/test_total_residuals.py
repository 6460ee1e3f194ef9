"""The residual table: a Markdown table whose residual column falls like h²."""

import math

from snippets.dataset import B0, W0
from tests.examples.conftest import table_rows
from tests.examples.exercise_checks import neuron_cost, neuron_slopes, rounds_to

# Checked by test_every_number_worked_by_hand below.
EXPECTED = r"""| step \(h = \Delta w = \Delta b\) | actual \(\Delta C\) | predicted \(\frac{\partial C}{\partial w}\Delta w + \frac{\partial C}{\partial b}\Delta b\) | residual | residual \(/\, h^2\) |
| ---: | ---: | ---: | ---: | ---: |
| 1e-01 | -3.091561e-02 | -3.330196e-02 | +2.386e-03 | 0.2386 |
| 1e-02 | -3.309090e-03 | -3.330196e-03 | +2.111e-05 | 0.2111 |
| 1e-03 | -3.328117e-04 | -3.330196e-04 | +2.078e-07 | 0.2078 |
| 1e-04 | -3.329988e-05 | -3.330196e-05 | +2.075e-09 | 0.2075 |
| 1e-05 | -3.330175e-06 | -3.330196e-06 | +2.075e-11 | 0.2075 |

Fitted slope of log |residual| against log h: **2.013**.
"""  # noqa: E501 (the table's header, as the page shows it)
ROWS = table_rows(EXPECTED)


def test_a_markdown_table_of_five_steps_then_the_fitted_slope(printed):
    assert printed("total_residuals") == EXPECTED


def test_every_number_worked_by_hand():
    """Each row with the neuron worked by hand: ΔC = C(w0 + h, b0 + h) - C(w0, b0), the
    prediction (∂C/∂w + ∂C/∂b)·h, their difference, and it over h²; then the least-squares
    slope of log |residual| against log h."""
    dC_dw, dC_db = neuron_slopes(W0, B0)
    x, y = [], []  # log h, log |residual|
    for step, actual, predicted, residual, ratio in ROWS:
        h = float(step)
        change = neuron_cost(W0 + h, B0 + h) - neuron_cost(W0, B0)
        prediction = (dC_dw + dC_db) * h
        assert rounds_to(change, actual), h
        assert rounds_to(prediction, predicted), h
        # ΔC loses about 1e-17 to rounding: a relative 1e-6 of the smallest residual.
        assert rounds_to(change - prediction, residual, slack=1e-16), h
        assert rounds_to((change - prediction) / h**2, ratio, slack=1e-16 / h**2), h
        x.append(math.log(h))
        y.append(math.log(abs(change - prediction)))
    x_mean, y_mean = sum(x) / len(x), sum(y) / len(y)
    slope = (sum((a - x_mean) * (b - y_mean) for a, b in zip(x, y, strict=True))
             / sum((a - x_mean) ** 2 for a in x))
    assert rounds_to(slope, EXPECTED.split("**")[1])
    assert abs(slope - 2) < 0.05
