"""Finite differences, counted: 2P forward passes for P parameters."""


def test_two_forward_passes_per_parameter(printed):
    # By hand: P = 3·4 + 4 + 4·2 + 2 = 26 weights and biases, two passes each: 52.
    assert printed("why_backwards_counts") == (
        "network (3, 4, 2): P = 26 parameters, 52 forward passes\n"
    )
