"""Where does the first step of gradient descent go? A prediction before the paths."""

from snippets.answer_check import prediction
from snippets.dataset import A_PREV, Y
from snippets.descent import START
from snippets.exercise import fill
from snippets.neuron import gradients

if __name__ == "__main__":
    w, b = START
    dC_dw, dC_db, _ = gradients(w, b, A_PREV, Y)

    def way(slope):
        return "down" if slope > 0 else "up"

    right = (way(dC_dw), way(dC_db))
    choices = []
    for w_way in ("up", "down"):
        for b_way in ("up", "down"):
            is_right = (w_way, b_way) == right
            reply = ("Each parameter steps against its own slope: a positive slope sends it "
                     "down, a negative one up.")
            choices.append((f"w goes {w_way}, b goes {b_way}", is_right, reply))
    print(prediction(
        "descent-first-step",
        fill(r"The paths below start at \((w, b) = ($w, $b)\). Which way does the first step "
             r"move each parameter?", w=str(w), b=str(b)),
        choices,
        fill(r"At the start \(\partial C/\partial w \approx $dC_dw\) and "
             r"\(\partial C/\partial b \approx $dC_db\). Each parameter moves against its own "
             r"slope, so \(w\) goes " + right[0] + r" and \(b\) goes " + right[1] + ", whatever "
             r"the learning rate \(\eta\) (how *far* depends on \(\eta\)).",
             dC_dw=dC_dw, dC_db=dC_db),
    ))
