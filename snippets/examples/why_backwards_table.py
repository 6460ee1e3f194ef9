"""The counted cost of one gradient for networks of growing size."""

from snippets.layers import (
    forward_pass_equivalents,
    init_network,
    multiply_adds,
    parameter_count,
)
from snippets.verify import agree

print(
    r"| network | parameters \(P\) | forward multiply-adds | backward multiply-adds "
    r"| finite differences (passes) | backprop (passes) |"
)
print("|:--|--:|--:|--:|--:|--:|")
# --8<-- [start:table]
networks = [(3, 4, 2), (10, 10, 10), (64, 32, 10), (784, 30, 10),
            (784, 128, 64, 10)]
for sizes in networks:
    P = parameter_count(sizes)
    forward, backward = multiply_adds(sizes)  # matrix products, one example
    finite, backprop = forward_pass_equivalents(sizes)  # in forward passes
    name = "-".join(str(n) for n in sizes)
    print(f"| {name} | {P:,} | {forward:,} | {backward:,} | {finite:,} "
          f"| {backprop:.2f} |")
# --8<-- [end:table]
    weights, biases = init_network(sizes)  # counted on real arrays:
    agree(f"P of {name}", P, sum(a.size for a in [*weights, *biases]), "counting the entries")
    agree(f"forward multiply-adds of {name}", forward, sum(W.size for W in weights),
          "one per weight")
