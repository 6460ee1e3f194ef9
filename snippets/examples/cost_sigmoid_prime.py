"""The sigmoid's slope σ'(z) is at most 1/4 (at z = 0) and tiny far from 0."""

from snippets.neuron import sigmoid_prime

# --8<-- [start:sigmoid_prime]
for z in (0.0, 2.0, 4.0, 6.0, 10.0):
    print(f"σ'({z:4.1f}) = {sigmoid_prime(z):.6f}")
# --8<-- [end:sigmoid_prime]
