"""A broken bias gradient: caught in its own row, missed by a weights-only check."""

from tests.examples.conftest import table_rows

# 64·32 + 32 + 32·10 + 10 = 2,410 parameters, by hand.
FIRST = "A 64-32-10 network (2,410 parameters), a batch of 8 examples:"


def test_verdicts(printed):
    out = printed("gradient_check_broken")
    assert out.splitlines()[0] == FIRST
    # The errors themselves are rounding noise (the right rows) or depend on the random
    # network: bounds and verdicts, not literals.
    verdicts = {name: (float(error), verdict) for name, error, verdict in table_rows(out)}
    assert verdicts[r"\(b^1\) on its own"][1] == "**wrong**"
    for name in (r"\(W^1\) on its own", r"\(W^2\) on its own", r"\(b^2\) on its own",
                 "the weights only, lumped together"):
        assert verdicts[name][1] == "right"
        assert verdicts[name][0] < 1e-7
    lumped = verdicts["all 2,410 parameters lumped together"]
    assert lumped[1] == "**wrong**"
    assert lumped[0] < verdicts[r"\(b^1\) on its own"][0]  # diluted by the correct weights
