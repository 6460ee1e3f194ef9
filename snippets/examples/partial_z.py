"""The three partial derivatives of z = w·a_prev + b, each found by nudging one input alone."""

from snippets.neuron import forward, partials_of_z
from snippets.verify import agree

# --8<-- [start:nudge_one]
w, b, a_prev = 0.5, -1.5, 2.0  # one neuron, one example
dz_dw, dz_db, dz_da_prev = partials_of_z(w, b, a_prev)  # (a_prev, 1, w)


def z(w, b, a_prev):
    return forward(w, b, a_prev)[0]


h = 1e-6  # nudge one input by ±h; the other two stay exactly where they are
by_nudging = {
    "w": (z(w + h, b, a_prev) - z(w - h, b, a_prev)) / (2 * h),
    "b": (z(w, b + h, a_prev) - z(w, b - h, a_prev)) / (2 * h),
    "a_prev": (z(w, b, a_prev + h) - z(w, b, a_prev - h)) / (2 * h),
}
formulas = {"w": ("a_prev", dz_dw), "b": ("1", dz_db), "a_prev": ("w", dz_da_prev)}

print(f"at w = {w}, b = {b}, a_prev = {a_prev}:  z = {z(w, b, a_prev)}")
for name, (formula, value) in formulas.items():
    nudged = by_nudging[name]
    print(f"∂z/∂{name:<6} = {formula:<6} = {value:.1f}    "
          f"nudging {name:<6} alone: {nudged:.8f}")
    agree(f"∂z/∂{name}", value, nudged, f"nudging {name}")
# --8<-- [end:nudge_one]
