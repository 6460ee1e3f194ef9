"""The bias changes the slope in w: the script's printed slopes, checked."""

import re
import runpy
from pathlib import Path

import snippets.examples
from snippets.dataset import A_PREV, W0, Y
from snippets.gradcheck import central_difference
from snippets.neuron import cost, gradients

SCRIPT = Path(snippets.examples.__file__).with_name("home_bias_moves_slope.py")
LINE = re.compile(r"b = ([+-]\d+\.\d):  ∂C/∂w at w = ([+-]?\d+\.\d+) is ([+-]\d+\.\d{4})")


def printed_slopes(capsys):
    """Run the script as the build does; return [(b, w, printed ∂C/∂w as text)]."""
    runpy.run_path(str(SCRIPT), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    matches = [LINE.fullmatch(line) for line in lines]
    assert all(matches), lines
    return [(float(m[1]), float(m[2]), m[3]) for m in matches]


def test_one_line_per_bias_all_at_the_marked_w(capsys):
    rows = printed_slopes(capsys)
    assert [b for b, _, _ in rows] == [-3.0, -1.5, 0.0, 1.5]
    assert all(w == W0 for _, w, _ in rows)


def test_printed_slopes_are_the_neurons_gradients(capsys):
    for b, w, slope in printed_slopes(capsys):
        dC_dw, _, _ = gradients(w, b, A_PREV, Y)
        assert slope == f"{dC_dw:+.4f}"


def test_printed_slopes_match_nudging_w_with_b_held(capsys):
    for b, w, slope in printed_slopes(capsys):
        nudged = central_difference(lambda p, b=b: cost(p[0], b, A_PREV, Y), [w])[0]
        assert f"{nudged:+.4f}" == slope


def test_the_bias_changes_the_slope_in_w(capsys):
    slopes = [float(slope) for _, _, slope in printed_slopes(capsys)]
    # The point of the script: ∂z/∂w = a_prev has no b in it, yet ∂C/∂w depends on b.
    assert len(set(slopes)) == len(slopes)
    assert max(slopes) - min(slopes) > 0.1
