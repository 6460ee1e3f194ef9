"""A saturated start (Nielsen's example): squared error learns slowly, cross-entropy does not."""

from snippets.descent import cost_at, descend, gradient_at
from snippets.gradcheck import central_difference
from snippets.neuron import forward, sigmoid_prime
from snippets.verify import agree

# --8<-- [start:start]
w, b = 2.0, 2.0  # weight and bias 2
a_prev, y = [1.0], [0.0]  # one example: input 1, target 0
z, a = forward(w, b, a_prev)
print(f"z = {z[0]:.1f}, output a = σ(z) = {a[0]:.4f}, "
      f"σ'(z) = {sigmoid_prime(z)[0]:.4f}")
for cost in ("squared_error", "cross_entropy"):
    dC_dw, dC_db = gradient_at(w, b, a_prev, y, cost)
    print(f"{cost:>13}:  ∂C/∂w = {dC_dw:.4f},  ∂C/∂b = {dC_db:.4f}")
# --8<-- [end:start]
for cost in ("squared_error", "cross_entropy"):  # the same slopes, measured
    nudged = central_difference(lambda p, cost=cost: cost_at(*p, a_prev, y, cost), [w, b])
    agree(f"∂C/∂w, ∂C/∂b ({cost})", gradient_at(w, b, a_prev, y, cost), nudged)

print()

# --8<-- [start:train]
eta, steps = 0.15, 300  # learning rate η and number of steps
print("step   output a (squared error)   output a (cross-entropy)")
paths = [descend(w, b, a_prev, y, eta, steps, cost)
         for cost in ("squared_error", "cross_entropy")]
for step in (0, 10, 50, 100, 150, 300):
    outputs = [forward(*path[step], a_prev)[1][0] for path in paths]
    print(f"{step:4d}   {outputs[0]:24.4f}   {outputs[1]:24.4f}")
# --8<-- [end:train]
