"""benchmarks/audit.py: the CPU slowdown it calibrates matches Lighthouse's calculator."""

import pytest

from tests.web.conftest import ROOT, load_by_path

audit = load_by_path(ROOT / "benchmarks" / "audit.py", "audit")


@pytest.mark.parametrize(
    ("benchmark_index", "slowdown"),
    [(150, 1), (800, 2), (1050, 2.5), (1300, 3), (1533, 4), (1766, 5), (2000, 6)],
)
def test_calibrated_slowdown_follows_lighthouses_calculator(benchmark_index, slowdown):
    assert audit.calibrated_slowdown(benchmark_index) == pytest.approx(slowdown, abs=0.01)
