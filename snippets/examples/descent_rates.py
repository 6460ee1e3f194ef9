"""The descent page's three runs, stated in words, and the classical bound on the learning rate.

Near a minimum the cost is close to a bowl; gradient descent on a bowl shrinks every step's
error only while η < 2/λ_max, where λ_max is the bowl's steepest curvature (the largest
eigenvalue of the matrix of second derivatives). Beyond it, each step overshoots.
"""

import numpy as np

from snippets.dataset import A_PREV, Y
from snippets.descent import LEARNING_RATES, START, STEPS, descend, gradient_at
from snippets.gradcheck import central_difference
from snippets.mixed import d2C_db_dw
from snippets.verify import agree, claim

# --8<-- [start:curvature]
minimum = descend(*START, A_PREV, Y, LEARNING_RATES[0], 20_000)[-1]  # walk to the bottom


def slope(i):  # ∂C/∂w (i = 0) or ∂C/∂b (i = 1), as a function of the point (w, b)
    return lambda point: gradient_at(*point, A_PREV, Y)[i]


# Second derivatives, measured: how fast each slope changes along w and along b.
curvatures = np.array([central_difference(slope(i), minimum) for i in (0, 1)])
largest = np.linalg.eigvalsh(curvatures).max()  # the steepest curvature of the bowl
# --8<-- [end:curvature]

agree("∂²C/∂b∂w at the minimum", d2C_db_dw(*minimum, A_PREV, Y), curvatures[0, 1],
      "nudging b and watching ∂C/∂w", tolerance=1e-6)
steepness = np.hypot(*gradient_at(*minimum, A_PREV, Y))
claim(steepness < 1e-9, f"the walk reached the bottom (slope {steepness:.1e} there)")
bound = 2 / largest
named = [f"\\(\\eta = {eta:g}\\)" for eta in LEARNING_RATES]
rates = ", ".join(named[:-1]) + f" and {named[-1]}"
claim(LEARNING_RATES[1] < bound < LEARNING_RATES[2],
      f"η = {LEARNING_RATES[1]:g} is inside the bound 2/λ_max = {bound:.1f} and "
      f"η = {LEARNING_RATES[2]:g} beyond it")
w0, b0 = START
print(f"All three runs start at \\((w_0, b_0) = ({w0:g}, {b0:g})\\) and take {STEPS} steps, "
      f"with learning rates {rates}.")
print()
print(f"The lowest point of this surface is at about \\((w, b) = ({minimum[0]:.2f}, "
      f"{minimum[1]:.2f})\\). There the bowl's steepest curvature is "
      f"\\(\\lambda_{{\\max}} \\approx {largest:.4f}\\), so the classical bound is "
      f"\\(\\eta < 2/\\lambda_{{\\max}} \\approx {bound:.1f}\\): {named[1]} is inside it, "
      f"and {named[2]} is beyond it.")
