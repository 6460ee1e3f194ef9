"""Many neurons: a mini-batch's slope is the mean of the examples' slopes, not their sum."""

from snippets.answer_check import answer_check
from snippets.dataset import B0, W0
from snippets.questions import MEAN_BIAS_SLOPE

PAGE = "backprop/many-neurons.md"

if __name__ == "__main__":
    print(answer_check("many-neurons-mean-bias-slope", MEAN_BIAS_SLOPE, {"w": W0, "b": B0},
                       PAGE, count=8, seed=7))
