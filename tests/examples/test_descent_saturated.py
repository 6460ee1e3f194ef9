"""From the saturated start: tiny squared-error slopes that stall, large cross-entropy ones."""

from tests.examples.conftest import table_rows
from tests.examples.exercise_checks import descend_by_hand, neuron_cost, neuron_slopes, rounds_to

# Checked by test_the_slopes_and_the_runs_worked_by_hand below.
EXPECTED = r"""From the saturated start \((w_0, b_0) = (-4, -5)\), with \(\eta = 2\) for 300 steps:

| trained on | \(\partial C/\partial w\) at the start | \(\partial C/\partial b\) at the start | squared error after 10 steps | after 100 | after 300 |
|:--|--:|--:|--:|--:|--:|
| squared-error | -0.02846 | +0.01404 | 0.4426 | 0.3938 | 0.3932 |
| cross-entropy | -1.18733 | -0.32861 | 0.0080 | 0.0022 | 0.0022 |
"""  # noqa: E501 (the table's header, as the page shows it)
ROWS = {row[0]: row[1:] for row in table_rows(EXPECTED)}


def test_table(printed):
    assert printed("descent_saturated") == EXPECTED


def test_the_slopes_and_the_runs_worked_by_hand():
    """Both slopes at (-4, -5) by the chain rule worked by hand, then 300 steps of descent
    with η = 2 taken again with them, and the squared error measured along each run."""
    for name, cost in (("squared-error", "squared_error"), ("cross-entropy", "cross_entropy")):
        dC_dw, dC_db, *after = ROWS[name]
        slopes = neuron_slopes(-4.0, -5.0, cost=cost)
        assert rounds_to(slopes[0], dC_dw), name
        assert rounds_to(slopes[1], dC_db), name
        path = descend_by_hand(-4.0, -5.0, 2.0, 300, cost=cost)
        for step, printed_cost in zip((10, 100, 300), after, strict=True):
            assert rounds_to(neuron_cost(*path[step]), printed_cost), (name, step)


def test_squared_error_stalls_and_cross_entropy_does_not():
    squared = [float(v) for v in ROWS["squared-error"][2:]]
    cross = [float(v) for v in ROWS["cross-entropy"][2:]]
    assert abs(float(ROWS["cross-entropy"][0])) > 10 * abs(float(ROWS["squared-error"][0]))
    assert min(squared) > 0.3  # stalled on the plateau
    assert cross[-1] < 0.003  # at the bottom
