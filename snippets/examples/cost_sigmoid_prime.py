"""The sigmoid's slope σ'(z) is at most 1/4 (at z = 0) and tiny far from 0."""

from snippets.gradcheck import complex_step
from snippets.neuron import sigmoid, sigmoid_prime
from snippets.verify import agree

# --8<-- [start:sigmoid_prime]
for z in (0.0, 2.0, 4.0, 6.0, 10.0):
    print(f"σ'({z:4.1f}) = {sigmoid_prime(z):.6f}")
# --8<-- [end:sigmoid_prime]
# Measured on σ itself; nudging by ±h would lose digits where σ(z) is close to 1.
for z in (0.0, 2.0, 4.0, 6.0, 10.0):
    agree(f"σ'({z})", sigmoid_prime(z), complex_step(sigmoid, z), "the complex step")
