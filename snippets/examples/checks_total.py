"""The total derivative: a weight used twice, both paths added."""

from snippets.answer_check import answer_check
from snippets.questions import USED_TWICE

PAGE = "derivatives/total.md"

if __name__ == "__main__":
    numbers = {"w": 1.5, "b": -0.5, "a0": 1.0}
    print(answer_check("total-used-twice", USED_TWICE, numbers, PAGE, count=8, seed=11))
