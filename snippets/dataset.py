"""The small fixed dataset every page uses: six (input, target) examples.

The targets follow a soft S-shape, so that one sigmoid neuron fits them well
but not perfectly: C(w, b) then has a clear lowest point to walk towards.
Examples are numbered from 0, as in the lecture (whose C_0 is the cost of
example 0) and in Python. Example 0 is the one that the one-example pages
follow; the other five are in order of their input.
"""

import numpy as np

# --8<-- [start:dataset]
A_PREV = np.array([2.0, -2.0, -1.0, 0.0, 1.0, 3.0])  # inputs a^{L-1}, examples 0 to 5
Y = np.array([0.85, 0.05, 0.25, 0.35, 0.75, 0.95])  # targets y
# --8<-- [end:dataset]

# The point the home page marks on the cost surface, with b held at B0.
W0, B0 = 0.5, -1.5
