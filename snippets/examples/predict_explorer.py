"""At the marked point, does a step of descent move b? A prediction for the explorer."""

from snippets.answer_check import prediction
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.exercise import fill
from snippets.neuron import gradients
from snippets.verify import claim

if __name__ == "__main__":
    _, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    claim(bool(dC_db < -0.01), "that ∂C/∂b is negative at the marked point, so b goes up")
    print(prediction(
        "explorer-bias-step",
        fill(r"Put the point at \((w, b) = ($w, $b)\), the home page's point, and press the "
             r"descent button once. What happens to \(b\)?", w=str(W0), b=str(B0)),
        [("b goes up", True, "∂C/∂b is negative there, and a step moves against the slope."),
         ("b goes down", False, "A step moves against the slope, and ∂C/∂b is negative "
          "there, so b goes up."),
         ("b stays put: b disappears from the slope", False,
          "b disappears from ∂z/∂w, not from the cost: b has a slope of its own, ∂C/∂b, "
          "and the step moves b by it.")],
        fill(r"\(\partial C/\partial b \approx $dC_db\) at that point, so the step "
             r"\(b - \eta\,\partial C/\partial b\) raises \(b\). Try it below: the \(b\) slice "
             r"tilts downhill to the right.", dC_db=dC_db),
    ))
