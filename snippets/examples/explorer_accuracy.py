"""How far the explorer's values can be from the exact ones, measured over the whole grid."""

from snippets.explorer_data import (
    COST_LABELS,
    QUANTUM,
    TOLERANCE,
    decode,
    encode,
    surface_data,
    worst_errors,
)
from snippets.verify import claim

# --8<-- [start:accuracy]
data = decode(encode(surface_data()))  # exactly what the page downloads, rounding included
errors = worst_errors(data)  # largest |interpolated - exact|, probed inside every cell

rows, columns = data["costs"]["squared_error"]["C"].shape
spacing = data["w"][1] - data["w"][0]
print(f"Grid: {columns} × {rows} points, {spacing:g} apart in w and in b; "
      f"values stored to the nearest {QUANTUM:g}.")
print()
print("| cost | largest error in C | in ∂C/∂w | in ∂C/∂b | accepted |")
print("|---|---|---|---|---|")
for cost, worst in errors.items():
    cells = " | ".join(f"{worst[name]:.5f}" for name in ("C", "dC_dw", "dC_db"))
    print(f"| {COST_LABELS[cost]} | {cells} | {TOLERANCE:g} |")
# --8<-- [end:accuracy]
    claim(max(worst.values()) <= TOLERANCE,
          f"the explorer's {cost} values are within {TOLERANCE:g} of the exact ones")
