"""The counted cost of one gradient for networks of growing size."""

from snippets.layers import forward_pass_equivalents, multiply_adds, parameter_count

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
