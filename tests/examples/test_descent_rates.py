"""The descent page's three runs in words, and the learning-rate bound: reviewed literals."""

import runpy
from pathlib import Path

import numpy as np

import snippets.examples
from snippets.dataset import A_PREV, Y
from snippets.descent import descend

SCRIPT = Path(snippets.examples.__file__).with_name("descent_rates.py")


def test_the_runs_and_the_bound_are_stated(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    first, blank, second = capsys.readouterr().out.splitlines()
    assert first == (
        r"All three runs start at \((w_0, b_0) = (2.5, -2)\) and take 30 steps, with learning "
        r"rates \(\eta = 1\), \(\eta = 8\) and \(\eta = 40\)."
    )
    assert blank == ""
    assert r"\((w, b) = (1.13, -0.32)\)" in second
    assert r"\(\lambda_{\max} \approx 0.0643\)" in second
    assert r"\(\eta < 2/\lambda_{\max} \approx 31.1\)" in second


def test_beyond_the_bound_the_steps_overshoot_and_inside_it_they_do_not():
    """The bound is what it claims: just inside 2/λ the walk settles, just beyond it does not."""
    for eta, settles in ((30.0, True), (32.5, False)):
        path = descend(1.13, -0.32, A_PREV, Y, eta, 400)
        tail = np.abs(np.diff(path[-50:], axis=0)).max()
        assert (tail < 1e-6) == settles, (eta, tail)
