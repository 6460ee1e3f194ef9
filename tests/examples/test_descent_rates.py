"""The descent page's three runs in words, and the learning-rate bound: reviewed literals."""

import math

import numpy as np

from tests.examples.exercise_checks import descend_by_hand, neuron_slopes, nudge, rounds_to

FIRST = (
    r"All three runs start at \((w_0, b_0) = (2.5, -2)\) and take 30 steps, with learning "
    r"rates \(\eta = 1\), \(\eta = 8\) and \(\eta = 40\)."
)


def test_the_runs_and_the_bound_are_stated(printed):
    first, blank, second = printed("descent_rates").splitlines()
    assert first == FIRST
    assert blank == ""
    assert r"\((w, b) = (1.13, -0.32)\)" in second
    assert r"\(\lambda_{\max} \approx 0.0643\)" in second
    assert r"\(\eta < 2/\lambda_{\max} \approx 31.1\)" in second


def test_the_minimum_and_its_curvature_worked_by_hand():
    """The three printed numbers above: walk to the bottom with the neuron worked by hand
    (3000 steps of η = 8), measure the four second derivatives there by nudging its slopes,
    and take the larger eigenvalue of that 2 × 2 matrix by the quadratic formula."""
    w, b = descend_by_hand(2.5, -2.0, 8.0, 3000)[-1]
    assert max(abs(slope) for slope in neuron_slopes(w, b)) < 1e-12  # at the bottom
    assert (round(w, 2), round(b, 2)) == (1.13, -0.32)
    ww = nudge(lambda w: neuron_slopes(w, b)[0], w)
    wb = nudge(lambda b: neuron_slopes(w, b)[0], b)
    bw = nudge(lambda w: neuron_slopes(w, b)[1], w)
    bb = nudge(lambda b: neuron_slopes(w, b)[1], b)
    largest = (ww + bb) / 2 + math.sqrt(((ww - bb) / 2) ** 2 + wb * bw)
    assert rounds_to(largest, "0.0643")
    assert rounds_to(2 / largest, "31.1")


def test_beyond_the_bound_the_steps_overshoot_and_inside_it_they_do_not():
    """The bound is what it claims: just inside 2/λ the walk settles, just beyond it does not."""
    for eta, settles in ((30.0, True), (32.5, False)):
        path = descend_by_hand(1.13, -0.32, eta, 400)
        tail = np.abs(np.diff(path[-50:], axis=0)).max()
        assert (tail < 1e-6) == settles, (eta, tail)
