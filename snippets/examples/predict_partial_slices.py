"""Which slice is steeper at the marked point? A prediction before the slices figure."""

from snippets.answer_check import prediction
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.exercise import fill
from snippets.neuron import gradients

if __name__ == "__main__":
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    w_steeper = bool(abs(dC_dw) > abs(dC_db))
    numbers = {"w": str(W0), "b": str(B0), "dC_dw": dC_dw, "dC_db": dC_db}
    steeper = "w" if w_steeper else "b"
    # The two slopes share every factor but the first: a^{L-1} for w, 1 for b.
    reply = (f"The slice along {steeper} is steeper: |∂C/∂w| ≈ {abs(dC_dw):.4f} against "
             f"|∂C/∂b| ≈ {abs(dC_db):.4f}. The two slopes share every factor but the first, "
             f"the input a for w and 1 for b, and here the inputs tip it to {steeper}.")
    print(prediction(
        "partial-slices",
        fill(r"At the marked point \((w, b) = ($w, $b)\), which slice of the cost is "
             r"steeper: the one along \(w\) (with \(b\) held fixed) or the one along \(b\) "
             r"(with \(w\) held fixed)?", **numbers),
        [("Along w, b held fixed", w_steeper, reply),
         ("Along b, w held fixed", not w_steeper, reply)],
        fill(r"The slopes are \(\partial C/\partial w \approx $dC_dw\) and "
             r"\(\partial C/\partial b \approx $dC_db\): the slice along "
             + ("\\(w\\)" if w_steeper else "\\(b\\)") + r" is the steeper. The figure below "
             r"draws both slices, each with its tangent line.", **numbers),
    ))
