"""Checking gradients: a central difference, worked from three costs."""

from snippets.answer_check import answer_check
from snippets.dataset import B0, W0
from snippets.questions import CENTRAL_DIFFERENCE

PAGE = "backprop/gradient-check.md"

if __name__ == "__main__":
    print(answer_check("gradient-check-central", CENTRAL_DIFFERENCE, {"w": W0, "b": B0}, PAGE,
                       count=8, seed=12))
