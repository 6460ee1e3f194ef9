"""Exercises, section 1: one neuron and one example, with school calculus.

The neuron is z = w·a^{L-1} + b, a^L = σ(z), and the cost of one example is
C_0 = (a^L - y)^2. Prints the section as Markdown for the exercises page.
"""

import numpy as np

from snippets.answer_check import answer_check
from snippets.cost import squared_error, squared_error_prime
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.exercise import Exercise, fill, num, section_markdown
from snippets.gradcheck import central_difference
from snippets.neuron import cost, forward, gradients, partials_of_z, sigmoid, sigmoid_prime
from snippets.questions import BIAS_SLOPE, OUTPUT, OUTPUT_SLOPE, SIGMOID_SLOPE, WEIGHT_SLOPE
from snippets.verify import agree

# The home page's marked point (w, b), and example 0 of its six.
W, B = W0, B0
A_IN, Y_OUT = A_PREV[0], Y[0]
GIVEN = {"w": W, "b": B, "a_prev": A_IN}
B_SHIFT = 1.0  # how far exercise 1.6 moves b
PAGE = "exercises.md"
VARIANTS = 8  # fresh sets of numbers behind each answer check's "Another one"


def check(number, kind, numbers):
    """The answer check of exercise ``number`` (such as "1.2"), at the exercise's numbers."""
    seed = int(number.replace(".", ""))
    return answer_check(f"exercise-{number.replace('.', '-')}", kind, numbers, PAGE,
                        count=VARIANTS, seed=seed)


def given_text():
    return {name: num(value, None) for name, value in GIVEN.items()}


def slopes_of_z():
    dz_dw, dz_db, dz_da_prev = partials_of_z(W, B, A_IN)

    def z(w, b, a_prev):
        return forward(w, b, a_prev)[0]

    agree("dz_dw", dz_dw, central_difference(lambda w: z(w, B, A_IN), W), "nudging w")
    agree("dz_db", dz_db, central_difference(lambda b: z(W, b, A_IN), B), "nudging b")
    agree("dz_da_prev", dz_da_prev, central_difference(lambda a: z(W, B, a), A_IN), "nudging a")
    return Exercise(
        title="The three slopes of z",
        statement=fill(
            r"""
            Take \(z = w\,a^{L-1} + b\). Find its three partial derivatives
            \(\partial z/\partial w\), \(\partial z/\partial b\) and
            \(\partial z/\partial a^{L-1}\): for each one, let that input move and hold the
            other two fixed. Then evaluate them at \(w = $w\), \(b = $b\), \(a^{L-1} = $a_prev\).
            """,
            **given_text(),
        ),
        solution=fill(
            r"""
            Hold \(b\) and \(a^{L-1}\) fixed: then \(z\) is a straight line in \(w\) with
            slope \(a^{L-1}\), and the term \(b\) is a constant, whose slope is \(0\). Each
            input in turn:

            \[
            \begin{gathered}
            \frac{\partial z}{\partial w} = a^{L-1} = $dz_dw, \\
            \frac{\partial z}{\partial b} = 1, \\
            \frac{\partial z}{\partial a^{L-1}} = w = $dz_da_prev.
            \end{gathered}
            \]

            The value of \(b\) is in none of them: a slope does not depend on where the line
            starts. That is why \(b\) "disappears" from \(\partial z/\partial w\).
            """,
            dz_dw=num(dz_dw, None),
            dz_da_prev=num(dz_da_prev, None),
        ),
        given=GIVEN,
        answers={"dz_dw": dz_dw, "dz_db": dz_db, "dz_da_prev": dz_da_prev},
    )


def forward_pass():
    z, a = forward(W, B, A_IN)
    return Exercise(
        title="From the input to the output",
        statement=fill(
            r"""
            With the same numbers (\(w = $w\), \(b = $b\), \(a^{L-1} = $a_prev\)), compute
            \(z\) and the neuron's output \(a^L = \sigma(z)\), where
            \(\sigma(z) = 1/(1 + e^{-z})\) is the sigmoid.
            """,
            **given_text(),
        ),
        solution=fill(
            r"""
            \[
            \begin{gathered}
            z = $w \times $a_prev + ($b) = $z, \\
            a^L = \frac{1}{1 + e^{-($z)}} \approx $a.
            \end{gathered}
            \]
            """,
            **given_text(),
            z=num(z, None),
            a=a,
        ),
        check=check("1.2", OUTPUT, {"w": W, "b": B, "a_prev": A_IN}),
        given=GIVEN,
        answers={"z": z, "a": a},
    )


def sigmoid_slope():
    z, a = forward(W, B, A_IN)
    slope = sigmoid_prime(z)
    agree("σ'(z)", slope, central_difference(sigmoid, z), "nudging z")
    return Exercise(
        title="The slope of the sigmoid",
        statement=fill(
            r"""
            Show that \(\sigma'(z) = \sigma(z)\,\bigl(1 - \sigma(z)\bigr)\), then use it to
            find \(\partial a^L/\partial z\) at the \(z = $z\) of the last exercise.
            """,
            z=num(z, None),
        ),
        solution=fill(
            r"""
            Write \(\sigma(z) = (1 + e^{-z})^{-1}\) and use the chain rule, the inside
            function being \(1 + e^{-z}\) with derivative \(-e^{-z}\):

            \[
            \begin{aligned}
            \sigma'(z) &= -(1 + e^{-z})^{-2} \cdot (-e^{-z}) \\
                       &= \frac{1}{1 + e^{-z}} \cdot \frac{e^{-z}}{1 + e^{-z}} \\
                       &= \sigma(z)\,\bigl(1 - \sigma(z)\bigr),
            \end{aligned}
            \]

            since \(1 - \sigma(z) = e^{-z}/(1 + e^{-z})\). No new exponential is needed once
            \(a^L = \sigma(z)\) is known:

            \[
            \begin{aligned}
            \frac{\partial a^L}{\partial z} &= a^L (1 - a^L) \\
              &\approx $a \times (1 - $a) \approx $slope.
            \end{aligned}
            \]
            """,
            a=a,
            slope=slope,
        ),
        check=check("1.3", SIGMOID_SLOPE, {"z": float(z)}),
        given={"z": z},
        answers={"sigmoid_prime": slope},
    )


def cost_slope():
    _, a = forward(W, B, A_IN)
    C0 = squared_error(a, Y_OUT)
    dC0_da = squared_error_prime(a, Y_OUT)
    agree("∂C_0/∂a", dC0_da, central_difference(lambda a: squared_error(a, Y_OUT), a))
    return Exercise(
        title="How the cost responds to the output",
        statement=fill(
            r"""
            The cost of this one example is \(C_0 = (a^L - y)^2\), with target \(y = $y\).
            Find \(C_0\) and \(\partial C_0/\partial a^L\) at the output \(a^L = $a\) of
            exercise 1.2.
            """,
            y=num(Y_OUT, None),
            a=a,
        ),
        solution=fill(
            r"""
            \(y\) is held fixed, so the power rule (with the chain rule on \(a^L - y\), whose
            slope is \(1\)) gives

            \[
            \begin{gathered}
            C_0 \approx ($a - $y)^2 \approx $C0, \\
            \frac{\partial C_0}{\partial a^L} = 2(a^L - y) \approx $dC0_da.
            \end{gathered}
            \]

            The slope is negative: a larger output would bring \(a^L\) closer to \(y\) and
            lower the cost.
            """,
            a=a,
            y=num(Y_OUT, None),
            C0=C0,
            dC0_da=dC0_da,
        ),
        check=check("1.4", OUTPUT_SLOPE, {"a": round(float(a), 4), "y": Y_OUT}),
        given={"a": a, "y": Y_OUT},
        answers={"C0": C0, "dC0_da": dC0_da},
    )


def bias_slope():
    z, a = forward(W, B, A_IN)
    _, dC0_db, _ = gradients(W, B, np.array([A_IN]), np.array([Y_OUT]))
    # One example, so the mean over examples inside `gradients` is this example's slope.
    chain = [1.0, sigmoid_prime(z), squared_error_prime(a, Y_OUT)]
    agree("∂C_0/∂b", dC0_db, np.prod(chain), "the three links multiplied")
    agree("∂C_0/∂b", dC0_db, central_difference(lambda b: cost(W, b, A_IN, Y_OUT), B))
    return Exercise(
        title="The bias's own slope",
        statement=fill(
            r"""
            Use the chain rule to find \(\partial C_0/\partial b\) for the neuron of
            exercises 1.1 to 1.4 (\(w = $w\), \(b = $b\), \(a^{L-1} = $a_prev\), \(y = $y\)).
            Which way should \(b\) move to lower the cost?
            """,
            **given_text(),
            y=num(Y_OUT, None),
        ),
        solution=fill(
            r"""
            The bias reaches the cost through \(z\) and then \(a^L\). Multiply the three
            links you found in exercises 1.1, 1.3 and 1.4:

            \[
            \begin{aligned}
            \frac{\partial C_0}{\partial b}
              &= \frac{\partial z}{\partial b} \cdot \frac{\partial a^L}{\partial z}
                \cdot \frac{\partial C_0}{\partial a^L} \\
              &\approx $dz_db \times $da_dz \times ($dC0_da) \approx $dC0_db.
            \end{aligned}
            \]

            It is negative, so increasing \(b\) lowers the cost: gradient descent moves \(b\)
            up. The bias is not ignored; it has its own slope.
            """,
            dz_db=num(chain[0], None),
            da_dz=chain[1],
            dC0_da=chain[2],
            dC0_db=dC0_db,
        ),
        check=check("1.5", BIAS_SLOPE, {**GIVEN, "y": Y_OUT}),
        given={**GIVEN, "y": Y_OUT},
        answers={"dC0_db": dC0_db},
    )


def weight_slope():
    data = np.array([A_IN]), np.array([Y_OUT])
    dC0_dw, dC0_db, _ = gradients(W, B, *data)
    dC0_dw_shifted, _, _ = gradients(W, B + B_SHIFT, *data)
    for b, slope in ((B, dC0_dw), (B + B_SHIFT, dC0_dw_shifted)):
        nudged = central_difference(lambda w, b=b: cost(w, b, A_IN, Y_OUT), W)
        agree(f"∂C_0/∂w at b = {b}", slope, nudged, "nudging w")
    return Exercise(
        title="The weight's slope, and where b shows up in it",
        statement=fill(
            r"""
            Find \(\partial C_0/\partial w\) for the same neuron. Then find it again with
            \(b = $b_shifted\) instead of \(b = $b\). Does the bias change the slope in the
            \(w\) direction?
            """,
            b=num(B, None),
            b_shifted=num(B + B_SHIFT, None),
        ),
        solution=fill(
            r"""
            Only the first link differs from exercise 1.5: \(\partial z/\partial w = a^{L-1}\).
            So \(\partial C_0/\partial w = a^{L-1} \cdot \partial C_0/\partial b\):

            \[
            \begin{aligned}
            \frac{\partial C_0}{\partial w}
              &= a^{L-1}\,\sigma'(z)\cdot 2(a^L - y) \\
              &\approx $a_prev \times ($dC0_db) \approx $dC0_dw.
            \end{aligned}
            \]

            With \(b = $b_shifted\), \(z\) and \(a^L\) change, and so do \(\sigma'(z)\) and
            \(2(a^L - y)\): \(\partial C_0/\partial w \approx $dC0_dw_shifted\). So yes. The formula
            for \(\partial z/\partial w\) has no \(b\) in it, but the *value* of
            \(\partial C_0/\partial w\) depends on \(b\), through \(z\).
            """,
            a_prev=num(A_IN, None),
            dC0_db=dC0_db,
            dC0_dw=dC0_dw,
            b_shifted=num(B + B_SHIFT, None),
            dC0_dw_shifted=dC0_dw_shifted,
        ),
        check=check("1.6", WEIGHT_SLOPE, {**GIVEN, "y": Y_OUT}),
        given={**GIVEN, "y": Y_OUT, "b_shifted": B + B_SHIFT},
        answers={"dC0_dw": dC0_dw, "dC0_dw_shifted": dC0_dw_shifted},
    )


def exercises():
    return [
        slopes_of_z(),
        forward_pass(),
        sigmoid_slope(),
        cost_slope(),
        bias_slope(),
        weight_slope(),
    ]


if __name__ == "__main__":
    print(section_markdown(1, exercises()))
