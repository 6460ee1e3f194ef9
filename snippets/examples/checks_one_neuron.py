"""One neuron: the three factors, one check each (σ'(z), ∂C_0/∂a^L, and δ = ∂C_0/∂z)."""

from snippets.answer_check import answer_check
from snippets.questions import DELTA, OUTPUT_SLOPE, SIGMOID_SLOPE

PAGE = "backprop/one-neuron.md"

if __name__ == "__main__":
    print(answer_check("one-neuron-sigmoid-slope", SIGMOID_SLOPE, {"z": 1.0}, PAGE,
                       count=8, seed=4))
    print(answer_check("one-neuron-output-slope", OUTPUT_SLOPE, {"a": 0.3, "y": 0.8}, PAGE,
                       count=8, seed=5))
    numbers = {"w": 1.0, "b": 0.5, "a_prev": -1.0, "y": 0.2}
    print(answer_check("one-neuron-delta", DELTA, numbers, PAGE, count=8, seed=6))
