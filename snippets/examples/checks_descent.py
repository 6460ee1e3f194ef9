"""Gradient descent: one step from the page's start, at its medium learning rate, for w and b."""

from snippets.answer_check import answer_check
from snippets.descent import LEARNING_RATES, START
from snippets.questions import STEP_B, STEP_W

PAGE = "backprop/descent.md"

if __name__ == "__main__":
    numbers = {"w": START[0], "b": START[1], "rate": LEARNING_RATES[1]}
    print(answer_check("descent-step-w", STEP_W, numbers, PAGE, count=8, seed=9))
    print(answer_check("descent-step-b", STEP_B, numbers, PAGE, count=8, seed=10))
