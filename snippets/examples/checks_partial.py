"""Partial derivatives: ∂C_0/∂w once b has moved, where leaving b out of z is the trap."""

from snippets.answer_check import answer_check
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.questions import WEIGHT_SLOPE

PAGE = "derivatives/partial.md"
B_MOVED = B0 + 1.0

if __name__ == "__main__":
    numbers = {"w": W0, "b": B_MOVED, "a_prev": float(A_PREV[0]), "y": float(Y[0])}
    print(answer_check("partial-weight-slope", WEIGHT_SLOPE, numbers, PAGE, count=8, seed=3))
