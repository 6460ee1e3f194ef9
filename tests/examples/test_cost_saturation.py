"""The saturated start: tiny gradients for squared error, and the two learning runs."""

from tests.examples.exercise_checks import descend_by_hand, neuron_slopes, rounds_to, sigma

# Checked by test_the_start_and_the_runs_worked_by_hand below.
EXPECTED = """\
z = 4.0, output a = σ(z) = 0.9820, σ'(z) = 0.0177
squared_error:  ∂C/∂w = 0.0347,  ∂C/∂b = 0.0347
cross_entropy:  ∂C/∂w = 0.9820,  ∂C/∂b = 0.9820

step   output a (squared error)   output a (cross-entropy)
   0                     0.9820                     0.9820
  10                     0.9800                     0.7751
  50                     0.9642                     0.0985
 100                     0.7951                     0.0411
 150                     0.2033                     0.0257
 300                     0.0775                     0.0120
"""
START, RUNS = EXPECTED.split("\n\n")
SLOPES = {line.split(":")[0]: (line.split()[3][:-1], line.split()[-1])
          for line in START.splitlines()[1:]}  # cost: (∂C/∂w, ∂C/∂b)
OUTPUTS = [line.split() for line in RUNS.splitlines()[1:]]  # step, squared error, cross-entropy
ONE_EXAMPLE = [(1.0, 0.0)]  # input 1, target 0; w = b = 2


def test_the_start_and_the_learning_runs(printed):
    assert printed("cost_saturation") == EXPECTED


def test_the_start_and_the_runs_worked_by_hand():
    """σ(4) and σ'(4) with the math module, both slopes by the chain rule worked by hand,
    and each run of 300 steps of descent with η = 0.15 taken again with those slopes."""
    assert rounds_to(sigma(4.0), "0.9820")
    assert rounds_to(sigma(4.0) * (1 - sigma(4.0)), "0.0177")
    for cost in ("squared_error", "cross_entropy"):
        dC_dw, dC_db = neuron_slopes(2.0, 2.0, ONE_EXAMPLE, cost)
        assert rounds_to(dC_dw, SLOPES[cost][0]), cost
        assert rounds_to(dC_db, SLOPES[cost][1]), cost
    paths = [descend_by_hand(2.0, 2.0, 0.15, 300, ONE_EXAMPLE, cost)
             for cost in ("squared_error", "cross_entropy")]
    for step, *outputs in OUTPUTS:
        for path, output in zip(paths, outputs, strict=True):
            w, b = path[int(step)]
            assert rounds_to(sigma(w + b), output), step


def test_squared_error_learns_slowly_and_cross_entropy_does_not():
    # Squared error's gradient carries σ'(4) ≈ 0.018; cross-entropy's does not.
    assert float(SLOPES["squared_error"][0]) < float(SLOPES["cross_entropy"][0]) / 20
    at_50 = next(row for row in OUTPUTS if row[0] == "50")
    assert float(at_50[1]) > 0.9 > 0.2 > float(at_50[2])
