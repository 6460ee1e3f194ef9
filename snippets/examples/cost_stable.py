"""The cross-entropy from a breaks once σ(z) rounds to 1; computed from z it does not."""

import numpy as np

from snippets.cost import cross_entropy
from snippets.neuron import sigmoid
from snippets.verify import agree

# --8<-- [start:stable]
y = 0.0
for z in (10.0, 40.0, 1000.0):
    a = sigmoid(z)  # rounds to exactly 1.0 once z > 37
    with np.errstate(divide="ignore", invalid="ignore"):  # fail quietly: ln 0
        naive = -(y * np.log(a) + (1 - y) * np.log(1 - a))
    stable = cross_entropy(z, y)
    print(f"z = {z:6.0f}:  a = {a:.17f}   "
          f"from a: {naive:10.6f}   from z: {stable:10.6f}")
# --8<-- [end:stable]
    # With y = 0 the cost is ln(1 + e^z) = z + ln(1 + e^-z), exactly, for z > 0:
    agree(f"the cross-entropy at z = {z}", stable, z + np.log1p(np.exp(-z)), "z + ln(1 + e^-z)")
