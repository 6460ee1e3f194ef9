"""Home: check yourself on both chain rules, for another of the six examples.

Prints two answer checks (snippets.answer_check): ∂C_0/∂b and ∂C_0/∂w of one example, at
the marked point (w, b), with example 5 in place of example 0, and eight fresh sets of
numbers each.
"""

from snippets.answer_check import answer_check
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.questions import BIAS_SLOPE, WEIGHT_SLOPE

PAGE = "index.md"
NUMBERS = {"w": W0, "b": B0, "a_prev": float(A_PREV[5]), "y": float(Y[5])}

if __name__ == "__main__":
    print(answer_check("home-bias-slope", BIAS_SLOPE, NUMBERS, PAGE, count=8, seed=1))
    print(answer_check("home-weight-slope", WEIGHT_SLOPE, NUMBERS, PAGE, count=8, seed=2))
