"""The explorer's accuracy table: printed numbers equal the measured errors, all accepted."""

import re
import runpy
from pathlib import Path

import pytest

import snippets.examples
from snippets.explorer_data import (
    COST_LABELS,
    QUANTUM,
    SPACING,
    TOLERANCE,
    decode,
    encode,
    surface_data,
    worst_errors,
)

SCRIPT = Path(snippets.examples.__file__).with_name("explorer_accuracy.py")
NUMBER = r"(\d+\.\d+)"
ROW = re.compile(rf"\| ([a-z -]+) \| {NUMBER} \| {NUMBER} \| {NUMBER} \| (\S+) \|")


@pytest.fixture
def printed(capsys):
    """Run the script as the build does; return what it printed."""
    runpy.run_path(str(SCRIPT), run_name="__main__")
    return capsys.readouterr().out


def table_rows(output):
    rows = {}
    for line in output.splitlines():
        match = ROW.fullmatch(line)
        if match:
            rows[match[1]] = [match[2], match[3], match[4], match[5]]
    return rows


def test_prints_the_grid_and_a_markdown_table(printed):
    lines = printed.splitlines()
    size = surface_data()["w"].size
    assert lines[0] == (
        f"Grid: {size} × {size} points, {SPACING:g} apart in w and in b; "
        f"values stored to the nearest {QUANTUM:g}."
    )
    assert lines[1] == ""
    assert lines[2].startswith("| cost | largest error in C |")
    assert lines[3] == "|---|---|---|---|---|"
    assert len(lines) == 4 + len(COST_LABELS)


def test_printed_errors_are_the_measured_ones_and_below_the_accepted_error(printed):
    rows = table_rows(printed)
    errors = worst_errors(decode(encode(surface_data())))
    assert set(rows) == set(COST_LABELS.values())
    for cost, label in COST_LABELS.items():
        *cells, accepted = rows[label]
        expected = [f"{errors[cost][name]:.5f}" for name in ("C", "dC_dw", "dC_db")]
        assert cells == expected
        assert float(accepted) == TOLERANCE
        assert all(0 < float(cell) < TOLERANCE for cell in cells)
