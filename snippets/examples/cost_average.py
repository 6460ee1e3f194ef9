"""The cost C is the mean of the per-example costs C_0, for either choice of C_0."""

import numpy as np

from snippets.cost import cross_entropy, mean_cost, squared_error
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.neuron import cost, forward
from snippets.verify import agree

# --8<-- [start:average]
z, a = forward(W0, B0, A_PREV)  # one z and one output a per example
C0_squared = squared_error(a, Y)  # (a - y)^2, one per example
C0_cross = cross_entropy(z, Y)  # -[y ln a + (1 - y) ln(1 - a)], one per example

print("example   a_prev     y        a   squared error   cross-entropy")
for k in range(len(Y)):
    print(f"{k:7d}  {A_PREV[k]:+6.1f}  {Y[k]:5.2f}  {a[k]:7.4f}  "
          f"{C0_squared[k]:14.6f}  {C0_cross[k]:14.6f}")
print(f"mean C (n = {len(Y)})              {mean_cost(C0_squared):14.6f}"
      f"  {mean_cost(C0_cross):14.6f}")
same = np.isclose(cost(W0, B0, A_PREV, Y), mean_cost(C0_squared))
print(f"neuron.cost(w0, b0) gives the same squared-error C: {same}")
# --8<-- [end:average]
agree("the mean squared error", mean_cost(C0_squared), cost(W0, B0, A_PREV, Y), "neuron.cost")
