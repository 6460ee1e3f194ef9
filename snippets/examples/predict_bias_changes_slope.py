"""Does b change ∂C/∂w? A prediction before the page shows it."""

from snippets.answer_check import prediction
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.exercise import fill
from snippets.neuron import gradients
from snippets.verify import claim

B_MOVED = B0 + 1.0

if __name__ == "__main__":
    before, _, _ = gradients(W0, B0, A_PREV, Y)
    after, _, _ = gradients(W0, B_MOVED, A_PREV, Y)
    claim(bool(abs(after - before) > 0.01), "that moving b changes ∂C/∂w")
    print(prediction(
        "bias-changes-slope",
        fill(r"Hold \(w = $w\) and move \(b\) from $b to $b_moved. Does \(\partial C/\partial w\), "
             r"the slope in the \(w\) direction, change?", w=str(W0), b=str(B0),
             b_moved=str(B_MOVED)),
        [("Yes, it changes", True,
          "b sits inside z, so σ′(z) and 2(a − y) change with it, and ∂C/∂w is built from them."),
         ("No: ∂z/∂w has no b in it", False,
          "∂z/∂w = a has no b, but it is only the first factor of ∂C/∂w; the other two, "
          "σ′(z) and 2(a − y), depend on z = wa + b.")],
        fill(r"It changes: \(\partial C/\partial w \approx $before\) at \(b = $b\), and "
             r"\(\approx $after\) at \(b = $b_moved\). The formula "
             r"\(\partial z/\partial w = a^{L-1}\) has no \(b\), but the value of "
             r"\(\partial C/\partial w\) does, through \(\sigma'(z)\) and \(2(a^L - y)\).",
             before=before, after=after, b=str(B0), b_moved=str(B_MOVED)),
    ))
