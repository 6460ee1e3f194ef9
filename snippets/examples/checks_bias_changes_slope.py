"""Does b change ∂C/∂w? ∂C/∂w of the six examples, at a point with another b."""

from snippets.answer_check import answer_check
from snippets.dataset import B0, W0
from snippets.questions import MEAN_WEIGHT_SLOPE

PAGE = "derivatives/bias-changes-slope.md"

if __name__ == "__main__":
    numbers = {"w": W0, "b": B0 + 1.0}
    print(answer_check("bias-changes-weight-slope", MEAN_WEIGHT_SLOPE, numbers, PAGE,
                       count=8, seed=13))
