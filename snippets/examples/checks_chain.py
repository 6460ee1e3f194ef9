"""A chain of layers: the first bias's slope, two layers down, by the delta recursion."""

from snippets.answer_check import answer_check
from snippets.chain import A0, B, W, Y
from snippets.questions import CHAIN_BIAS_SLOPE

PAGE = "backprop/chain.md"

if __name__ == "__main__":
    # The page's chain, cut after its second layer.
    numbers = {"w1": float(W[0]), "b1": float(B[0]), "w2": float(W[1]), "b2": float(B[1]),
               "a0": A0, "y": Y}
    print(answer_check("chain-first-bias", CHAIN_BIAS_SLOPE, numbers, PAGE, count=8, seed=8))
