"""The trap: w reaches z2 by two paths, and a one-path chain rule misses one of them."""

from snippets.total import dz2_dw_by_path, used_twice
from snippets.verify import agree

# --8<-- [start:two_paths]
w, b, a0 = 0.5, -1.5, 2.0
direct, through_a1 = dz2_dw_by_path(w, b, a0)


def z2(w):  # everything else held fixed; w used in both places
    return used_twice(w, b, a0)[2]


h = 1e-6
measured = (z2(w + h) - z2(w - h)) / (2 * h)

print(f"one path only (∂z2/∂w, a1 held fixed): {direct:.10f}")
print(f"the other path (through a1):           {through_a1:.10f}")
print(f"both paths added (dz2/dw):             {direct + through_a1:.10f}")
print(f"nudging w and measuring z2:            {measured:.10f}")
# --8<-- [end:two_paths]
agree("dz2/dw, both paths added", direct + through_a1, measured, "nudging w")
