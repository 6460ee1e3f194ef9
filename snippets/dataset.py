"""The small fixed dataset every page uses: six (input, target) examples.

The targets follow a soft S-shape, so that one sigmoid neuron fits them well
but not perfectly: C(w, b) then has a clear lowest point to walk towards.
"""

import numpy as np

# --8<-- [start:dataset]
A_PREV = np.array([-2.0, -1.0, 0.0, 1.0, 2.0, 3.0])  # inputs a^{L-1}, one per example
Y = np.array([0.05, 0.25, 0.35, 0.75, 0.85, 0.95])  # targets y
# --8<-- [end:dataset]

# The point the home page marks on the cost surface, with b held at B0.
W0, B0 = 0.5, -1.5
