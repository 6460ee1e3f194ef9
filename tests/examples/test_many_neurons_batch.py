"""The sum-versus-mean slip in the biases: m times too large, and caught by the check."""

import re


def test_the_bias_slip_is_m_times_too_large_and_caught_on_the_biases_only(printed):
    lines = printed("many_neurons_batch").splitlines()
    assert lines[0] == "C is the mean cost over a batch of m = 8 examples."
    right = [float(e) for e in re.findall(r"\d\.\de-\d\d", lines[2])]
    slip = [float(e) for e in re.findall(r"\d\.\de-\d\d", lines[4])]
    assert len(right) == len(slip) == 4
    assert max(right) < 1e-7
    w1, b1, w2, b2 = slip  # printed in the order W^1 b^1 W^2 b^2
    assert max(w1, w2) < 1e-7  # the weights' slopes are untouched by the slip
    assert min(b1, b2) > 0.8  # 1 - 1/m = 0.875
    right_b = [float(v) for v in re.findall(r"-?\d\.\d+", lines[1].split("=")[1])]
    slip_b = [float(v) for v in re.findall(r"-?\d\.\d+", lines[3].split("=")[1])]
    for r, s in zip(right_b, slip_b, strict=True):
        assert abs(s - 8 * r) < 1e-5
    assert lines[5] == "slip / right for ∂C/∂b^2: [8. 8.], the batch size m"
