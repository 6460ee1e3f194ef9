"""Exercises, section 2: the cost over six examples, its gradient, and what moves it.

One neuron z = w·a^{L-1} + b, a^L = σ(z), and C(w, b), the mean of the six squared errors
of the site's dataset. Prints the section as Markdown for the exercises page.
"""

import numpy as np

from snippets.answer_check import answer_check
from snippets.cost import cross_entropy, cross_entropy_delta, squared_error_prime
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.descent import descend
from snippets.exercise import Exercise, fill, num, section_markdown
from snippets.gradcheck import central_difference
from snippets.mixed import d2C_db_dw
from snippets.neuron import cost, forward, gradients, sigmoid, sigmoid_prime
from snippets.questions import MEAN_BIAS_SLOPE, MEAN_WEIGHT_SLOPE, STEP_B
from snippets.total import total_differential
from snippets.verify import agree, claim

NUDGE = np.array([0.1, 0.2])  # (Δw, Δb) of exercise 2.2
LEARNING_RATE = 2.0  # η of exercise 2.3 (at η = 1, leaving η out would give the same step)
B_STEP = 0.1  # how far exercise 2.4 moves b
PAGE = "exercises.md"
VARIANTS = 8  # fresh sets of numbers behind each answer check's "Another one"
WRONG_Z, WRONG_Y = -4.0, 1.0  # exercise 2.5: a neuron that is confidently wrong


def given_point():
    return {"w": num(W0, None), "b": num(B0, None)}


def data_table():
    """The six examples as a Markdown table, one column per example."""
    n = len(A_PREV)
    header = "| example | " + " | ".join(str(i) for i in range(n)) + " |"
    rule = "| --- |" + " ---: |" * n
    inputs = r"| input \(a^{L-1}\) | " + " | ".join(num(a, None) for a in A_PREV) + " |"
    targets = r"| target \(y\) | " + " | ".join(num(y, None) for y in Y) + " |"
    return "\n".join([header, rule, inputs, targets])


def per_example_table(w, b):
    """z, a^L and δ = ∂C_0/∂z for every example, as a Markdown table; also returns δ."""
    z, a = forward(w, b, A_PREV)
    delta = squared_error_prime(a, Y) * sigmoid_prime(z)
    rows = [
        r"| example | \(a^{L-1}\) | \(y\) | \(z\) | \(a^L\) "
        r"| \(\delta = \partial C_0/\partial z\) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for i in range(len(A_PREV)):
        cells = [str(i), num(A_PREV[i], None), num(Y[i], None), num(z[i]), num(a[i])]
        rows.append("| " + " | ".join([*cells, num(delta[i])]) + " |")
    return "\n".join(rows), delta


def both_slopes():
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    table, delta = per_example_table(W0, B0)
    n = len(A_PREV)
    nudged = central_difference(lambda p: cost(*p, A_PREV, Y), [W0, B0])
    agree("(∂C/∂w, ∂C/∂b)", [dC_dw, dC_db], nudged, "nudging w, then b")
    agree("∂C/∂b", dC_db, np.mean(delta), "the mean of the table's δ")
    return Exercise(
        title="Both slopes of the cost over six examples",
        statement=fill(
            r"""
            The cost \(C(w, b)\) is the mean of the six examples' costs
            \(C_0 = (a^L - y)^2\), for these inputs and targets:

            $data

            Find \(\partial C/\partial w\) and \(\partial C/\partial b\) at \(w = $w\),
            \(b = $b\). Hint: first find \(\delta = \partial C_0/\partial z\) for each
            example.
            """,
            data=data_table(),
            **given_point(),
        ),
        solution=fill(
            r"""
            For each example, \(\delta = 2(a^L - y)\,\sigma'(z)\), as in exercise 1.5:

            $table

            The derivative of a mean is the mean of the derivatives. Since
            \(\partial z/\partial w = a^{L-1}\) and \(\partial z/\partial b = 1\),

            \[
            \begin{gathered}
            \frac{\partial C}{\partial w} = \frac{1}{$n} \sum a^{L-1} \delta \approx $dC_dw, \\
            \frac{\partial C}{\partial b} = \frac{1}{$n} \sum \delta \approx $dC_db.
            \end{gathered}
            \]
            """,
            table=table,
            n=str(n),
            dC_dw=dC_dw,
            dC_db=dC_db,
        ),
        check="\n".join([
            answer_check("exercise-2-1-w", MEAN_WEIGHT_SLOPE, {"w": W0, "b": B0}, PAGE,
                         count=VARIANTS, seed=211),
            answer_check("exercise-2-1-b", MEAN_BIAS_SLOPE, {"w": W0, "b": B0}, PAGE,
                         count=VARIANTS, seed=212),
        ]),
        given={"w": W0, "b": B0},
        answers={"dC_dw": dC_dw, "dC_db": dC_db, "delta": delta},
    )


def total_change():
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    rows = []
    for scale in (1.0, 0.5):
        dw, db = scale * NUDGE
        predicted = total_differential([dC_dw, dC_db], [dw, db])
        actual = cost(W0 + dw, B0 + db, A_PREV, Y) - cost(W0, B0, A_PREV, Y)
        rows.append((dw, db, predicted, actual, actual - predicted))
    # Halving the nudge should quarter the gap: it is of second order.
    ratio = rows[1][4] / rows[0][4]
    claim(abs(ratio - 0.25) < 0.05, f"the gap shrinks like the nudge squared (ratio {ratio:.3f})")
    table = "\n".join(
        [
            r"| \(\Delta w\) | \(\Delta b\) | predicted \(\Delta C\) | actual \(\Delta C\) "
            "| actual − predicted |",
            "| ---: | ---: | ---: | ---: | ---: |",
            *(
                f"| {num(dw, None)} | {num(db, None)} | {num(p, 6)} | {num(a, 6)} | {num(e, 6)} |"
                for dw, db, p, a, e in rows
            ),
        ]
    )
    return Exercise(
        title="Predict the change of the cost",
        statement=fill(
            r"""
            At \(w = $w\), \(b = $b\), nudge both parameters at once, by
            \(\Delta w = $dw\) and \(\Delta b = $db\). Use the slopes of exercise 2.1 to
            predict the change \(\Delta C\), then compare it with the actual change. Repeat
            with both nudges halved. How does the error of the prediction shrink?
            """,
            **given_point(),
            dw=num(NUDGE[0], None),
            db=num(NUDGE[1], None),
        ),
        solution=fill(
            r"""
            The total differential adds one term per input, each nudge times its partial
            derivative:

            \[
            \Delta C \approx \frac{\partial C}{\partial w}\,\Delta w
                            + \frac{\partial C}{\partial b}\,\Delta b .
            \]

            $table

            Halving the nudges roughly quarters the error (here by a factor of $ratio):
            the prediction is exact up to terms in the *square* of the nudges. Neither term
            can be left out: the \(\Delta b\) term is as real as the \(\Delta w\) term.
            """,
            table=table,
            ratio=num(rows[0][4] / rows[1][4], 1),
        ),
        given={"w": W0, "b": B0, "dw": NUDGE[0], "db": NUDGE[1]},
        answers={
            "predicted": np.array([row[2] for row in rows]),
            "actual": np.array([row[3] for row in rows]),
        },
    )


def one_step():
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    path = descend(W0, B0, A_PREV, Y, learning_rate=LEARNING_RATE, steps=1)
    (w1, b1) = path[1]
    before, after = cost(W0, B0, A_PREV, Y), cost(w1, b1, A_PREV, Y)
    by_hand = [W0 - LEARNING_RATE * dC_dw, B0 - LEARNING_RATE * dC_db]
    agree("(w_1, b_1)", [w1, b1], by_hand, "w - η ∂C/∂w and b - η ∂C/∂b")
    claim(after < before, f"the step lowers the cost (from {before:.6f} to {after:.6f})")
    return Exercise(
        title="One step downhill",
        statement=fill(
            r"""
            Take one step of gradient descent from \(w = $w\), \(b = $b\), with learning rate
            \(\eta = $eta\): both parameters move at once, each against its own slope. Find
            the new \(w\) and \(b\), and the cost before and after the step.
            """,
            **given_point(),
            eta=num(LEARNING_RATE, None),
        ),
        solution=fill(
            r"""
            With the slopes of exercise 2.1, both taken at the old point:

            \[
            \begin{gathered}
            w \leftarrow w - \eta\,\frac{\partial C}{\partial w}
              \approx $w - $eta \times ($dC_dw) \approx $w1, \\
            b \leftarrow b - \eta\,\frac{\partial C}{\partial b}
              \approx $b - $eta \times ($dC_db) \approx $b1 .
            \end{gathered}
            \]

            The cost falls from \(C \approx $before\) to \(C \approx $after\). The $further
            moved further than the $other, because its slope was steeper.
            """,
            **given_point(),
            eta=num(LEARNING_RATE, None),
            dC_dw=dC_dw,
            dC_db=dC_db,
            w1=w1,
            b1=b1,
            before=num(before, 6),
            after=num(after, 6),
            further="weight" if abs(dC_dw) > abs(dC_db) else "bias",
            other="bias" if abs(dC_dw) > abs(dC_db) else "weight",
        ),
        check=answer_check("exercise-2-3", STEP_B, {"w": W0, "b": B0, "rate": LEARNING_RATE}, PAGE,
                           count=VARIANTS, seed=23),
        given={"w": W0, "b": B0, "eta": LEARNING_RATE},
        answers={"w1": w1, "b1": b1, "before": before, "after": after},
    )


def mixed_partial():
    mixed = d2C_db_dw(W0, B0, A_PREV, Y)
    slope_w = gradients(W0, B0, A_PREV, Y)[0]
    slope_w_moved = gradients(W0, B0 + B_STEP, A_PREV, Y)[0]
    nudged = central_difference(lambda b: gradients(W0, b, A_PREV, Y)[0], B0)
    agree("∂²C/∂b∂w", mixed, nudged, "nudging b and watching ∂C/∂w")
    return Exercise(
        title="How the bias changes the slope in the w direction",
        statement=fill(
            r"""
            \(\partial C/\partial w = \frac{1}{n}\sum a^{L-1}\,\sigma'(z)\cdot 2(a^L - y)\)
            (a mean over the \(n = $n\) examples) contains \(b\), through \(z\).
            Differentiate it with respect to \(b\) to find the
            mixed partial derivative \(\partial^2 C/\partial b\,\partial w\), and evaluate it
            at \(w = $w\), \(b = $b\). Use it to predict \(\partial C/\partial w\) at
            \(b = $b_moved\).
            """,
            **given_point(),
            n=str(len(A_PREV)),
            b_moved=num(B0 + B_STEP, None),
        ),
        solution=fill(
            r"""
            Moving \(b\) moves \(z\) at rate \(\partial z/\partial b = 1\). The product rule on
            \(\sigma'(z)\cdot 2(a^L - y)\), with \(\partial a^L/\partial z = \sigma'(z)\),
            gives

            \[
            \begin{aligned}
            \frac{\partial^2 C}{\partial b\,\partial w}
              &= \frac{1}{n}\sum a^{L-1} \cdot 2\bigl[\sigma''(z)\,(a^L - y)
                + \sigma'(z)^2\bigr] \\
              &\approx $mixed,
            \end{aligned}
            \]

            where \(\sigma''(z) = \sigma'(z)\,(1 - 2\sigma(z))\). It is not zero: the bias
            changes the slope in the \(w\) direction. Moving \(b\) by \($step\) should change
            \(\partial C/\partial w\) by about \($step \times $mixed\), from \($slope_w\) to
            about \($predicted\); the actual value at \(b = $b_moved\) is \($slope_w_moved\).
            """,
            mixed=mixed,
            step=num(B_STEP, None),
            slope_w=slope_w,
            predicted=slope_w + B_STEP * mixed,
            b_moved=num(B0 + B_STEP, None),
            slope_w_moved=slope_w_moved,
        ),
        given={"w": W0, "b": B0, "b_moved": B0 + B_STEP},
        answers={"mixed": mixed, "slope_w": slope_w, "slope_w_moved": slope_w_moved},
    )


def cross_entropy_delta_exercise():
    a = sigmoid(WRONG_Z)
    delta_squared = squared_error_prime(a, WRONG_Y) * sigmoid_prime(WRONG_Z)
    delta_cross = cross_entropy_delta(a, WRONG_Y)
    loss = cross_entropy(WRONG_Z, WRONG_Y)
    nudged = central_difference(lambda z: cross_entropy(z, WRONG_Y), WRONG_Z)
    agree("∂C_0/∂z for the cross-entropy", delta_cross, nudged, "nudging z")
    nudged = central_difference(lambda z: (sigmoid(z) - WRONG_Y) ** 2, WRONG_Z)
    agree("∂C_0/∂z for the squared error", delta_squared, nudged, "nudging z")
    return Exercise(
        title="Cross-entropy cancels the slope of the sigmoid",
        statement=fill(
            r"""
            The cross-entropy cost of one example is
            \(C_0 = -\bigl[y \ln a^L + (1 - y) \ln(1 - a^L)\bigr]\). Show that its
            \(\delta = \partial C_0/\partial z\) is simply \(a^L - y\). Then compare it with
            the squared error's \(\delta\) for a neuron that is confidently wrong:
            \(z = $z\), target \(y = $y\).
            """,
            z=num(WRONG_Z, None),
            y=num(WRONG_Y, None),
        ),
        solution=fill(
            r"""
            By the chain rule, \(\partial C_0/\partial z = \partial C_0/\partial a^L \cdot
            \sigma'(z)\), with \(\sigma'(z) = a^L(1 - a^L)\):

            \[
            \begin{gathered}
            \frac{\partial C_0}{\partial a^L} = -\frac{y}{a^L} + \frac{1 - y}{1 - a^L}
              = \frac{a^L - y}{a^L (1 - a^L)}, \\
            \delta = \frac{a^L - y}{a^L (1 - a^L)} \cdot a^L (1 - a^L) = a^L - y .
            \end{gathered}
            \]

            At \(z = $z\), \(a^L \approx $a\) and the cost is \(C_0 \approx $loss\): badly
            wrong. Cross-entropy gives \(\delta = a^L - y \approx $delta_cross\). The squared
            error gives \(\delta = 2(a^L - y)\,\sigma'(z) \approx $delta_squared\), about
            $ratio times smaller, because \(\sigma'(z)\) is tiny out here. So with squared error
            the neuron learns slowest exactly when it is most wrong.
            """,
            z=num(WRONG_Z, None),
            a=a,
            loss=loss,
            delta_cross=delta_cross,
            delta_squared=delta_squared,
            ratio=num(delta_cross / delta_squared, 0),
        ),
        given={"z": WRONG_Z, "y": WRONG_Y},
        answers={"delta_cross": delta_cross, "delta_squared": delta_squared, "loss": loss},
    )


def exercises():
    return [
        both_slopes(),
        total_change(),
        one_step(),
        mixed_partial(),
        cross_entropy_delta_exercise(),
    ]


if __name__ == "__main__":
    print(section_markdown(2, exercises()))
