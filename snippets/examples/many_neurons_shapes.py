"""The shape of every quantity in backprop, read off the arrays themselves."""

import numpy as np

from snippets.layers import backward, forward, init_network
from snippets.verify import claim

# --8<-- [start:shapes]
sizes, m = (3, 4, 2), 5  # n_0 = 3, n_1 = 4, n_2 = 2; a batch of m = 5
weights, biases = init_network(sizes, seed=0)
rng = np.random.default_rng(0)
x, y = rng.normal(size=(3, m)), rng.uniform(size=(2, m))
zs, activations = forward(weights, biases, x)
deltas, dC_dW, dC_db = backward(weights, zs, activations, y)
# --8<-- [end:shapes]

rows = [
    (r"\(W^l\)", r"weights: row \(j\), column \(k\) is \(w^l_{jk}\)", r"\((n_l, n_{l-1})\)",
     weights),
    (r"\(b^l\)", "biases, one per neuron", r"\((n_l,)\)", biases),
    (r"\(A^{l-1}\)", "activations coming in, one column per example", r"\((n_{l-1}, m)\)",
     activations[:-1]),
    (r"\(Z^l\)", r"weighted inputs \(W^l A^{l-1} + b^l\)", r"\((n_l, m)\)", zs),
    (r"\(A^l\)", r"activations \(\sigma(Z^l)\)", r"\((n_l, m)\)", activations[1:]),
    (r"\(\delta^l\)", r"column \(i\) is \(\partial C_i/\partial z^l\)", r"\((n_l, m)\)", deltas),
    (r"\(\partial C/\partial W^l\)", r"\(\tfrac{1}{m}\,\delta^l (A^{l-1})^\top\), like \(W^l\)",
     r"\((n_l, n_{l-1})\)", dC_dW),
    (r"\(\partial C/\partial b^l\)", r"mean of the columns of \(\delta^l\), like \(b^l\)",
     r"\((n_l,)\)", dC_db),
]
print(r"| quantity | what it holds | shape | here, \(l = 1\) | here, \(l = 2\) |")
print("|---|---|:-:|:-:|:-:|")
print(rf"| \(X = A^0\) | the inputs | \((n_0, m)\) | {x.shape} | |")
for symbol, meaning, shape, arrays in rows:
    print(f"| {symbol} | {meaning} | {shape} | {arrays[0].shape} | {arrays[1].shape} |")
print(rf"| \(Y\) | the targets | \((n_L, m)\) | | {y.shape} |")
for W, b, gW, gb in zip(weights, biases, dC_dW, dC_db, strict=True):
    claim(gW.shape == W.shape and gb.shape == b.shape, "each gradient is shaped like its parameter")
