"""The step-size table: float64's sweet spot, float32's floor, the complex step's exactness."""

from itertools import pairwise

from tests.examples.conftest import table_rows


def test_errors_behave_as_the_page_says(printed):
    rows = table_rows(printed("gradient_check_steps"))
    steps = [float(r[0]) for r in rows]
    assert steps == [1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-10, 1e-12, 1e-20]
    central64, central32, complex64 = ([float(r[i]) for r in rows] for i in (1, 2, 3))
    best = min(range(len(steps)), key=central64.__getitem__)
    assert 1e-7 <= steps[best] <= 1e-5  # the sweet spot
    assert central64[best] < 1e-9
    assert central64[-1] == 1.0  # h = 1e-20: the two costs are the same number
    assert min(central32) > 1e-6  # float32 never reaches the 1e-7 threshold
    assert complex64[-1] < 1e-15
    assert all(a >= b for a, b in pairwise(complex64[:7]))  # shrinks with h, then stays
