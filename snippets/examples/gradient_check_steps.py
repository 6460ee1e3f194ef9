"""How the step h changes a numerical slope: float64, float32 and the complex step."""

import numpy as np

from snippets.dataset import A_PREV, B0, W0, Y
from snippets.gradcheck import complex_step, relative_error
from snippets.neuron import cost, gradients
from snippets.verify import TOLERANCE, claim

print(r"| step \(h\) | central difference, float64 | central difference, float32 "
      r"| complex step, float64 |")
print("|--:|--:|--:|--:|")
table = []  # each row's three errors, for the checks below
# --8<-- [start:steps]
exact, _, _ = gradients(W0, B0, A_PREV, Y)  # ∂C/∂w by the chain rule


def cost64(w):
    return cost(w, B0, A_PREV, Y)


def cost32(w):
    """The same cost, every number rounded to float32 (about 7 digits)."""
    a_prev, y, b = A_PREV.astype(np.float32), Y.astype(np.float32), np.float32(B0)
    a = 1 / (1 + np.exp(-(w * a_prev + b)))
    return np.mean((a - y) ** 2)


for h in (1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-10, 1e-12, 1e-20):
    central64 = (cost64(W0 + h) - cost64(W0 - h)) / (2 * h)
    w32, h32 = np.float32(W0), np.float32(h)
    central32 = (cost32(w32 + h32) - cost32(w32 - h32)) / (2 * h32)
    complex64 = complex_step(cost64, W0, h)
    slopes = (central64, float(central32), complex64)
    errors = " | ".join(f"{relative_error(exact, s):.1e}" for s in slopes)
    print(f"| {h:.0e} | {errors} |")
# --8<-- [end:steps]
    table.append([relative_error(exact, s) for s in slopes])

central64, central32, complex64 = np.array(table).T
best64, best32, worst_complex = central64.min(), central32.min(), complex64[-4:].max()
claim(best64 < 1e-9, f"in float64 the central difference gets within 1e-9 (best {best64:.1e})")
claim(best32 > TOLERANCE, f"in float32 it never gets within 1e-7 (best {best32:.1e})")
claim(worst_complex < 1e-14, f"the complex step stays at rounding level ({worst_complex:.1e})")
