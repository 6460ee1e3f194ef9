"""Exercises, section 3: chains of layers, mini-batches, and checking a gradient.

Prints the section as Markdown for the exercises page. The chain is the one the
backpropagation pages trace (snippets.chain); the single neuron is the home page's.
"""

import inspect

import numpy as np

from snippets import chain
from snippets.answer_check import answer_check
from snippets.cost import squared_error_prime
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.exercise import Exercise, fill, num, section_markdown
from snippets.gradcheck import central_difference, relative_error
from snippets.neuron import cost, forward, gradients, sigmoid_prime
from snippets.questions import USED_TWICE
from snippets.total import dz2_dw_by_path, used_twice
from snippets.verify import TOLERANCE, agree, claim

BATCH = [2, 4, 5]  # exercise 3.4: examples 2, 4 and 5 of the dataset (inputs -1, 1, 3)
TWICE_A0 = A_PREV[0]  # exercise 3.6: the input of exercise 1.1


def layer_table(rows):
    """A Markdown table with one column per layer; ``rows`` maps a label to L texts."""
    L = len(chain.W)
    lines = [
        r"| layer \(l\) | " + " | ".join(str(layer) for layer in range(1, L + 1)) + " |",
        "| --- |" + " ---: |" * L,
    ]
    lines += [f"| {label} | " + " | ".join(texts) + " |" for label, texts in rows.items()]
    return "\n".join(lines)


def chain_parameters():
    return layer_table(
        {
            r"weight \(w^l\)": [num(w, None) for w in chain.W],
            r"bias \(b^l\)": [num(b, None) for b in chain.B],
        }
    )


def chain_given():
    return {"a0": num(chain.A0, None), "y": num(chain.Y, None)}


def chain_forward():
    z, a = chain.forward(chain.W, chain.B, chain.A0)
    C0 = chain.cost(chain.W, chain.B, chain.A0, chain.Y)
    return Exercise(
        title="Forward through a chain of three layers",
        statement=fill(
            r"""
            A chain has three layers of one neuron each. Layer \(l\) computes
            \(z^l = w^l a^{l-1} + b^l\) and \(a^l = \sigma(z^l)\), and the cost is
            \(C_0 = (a^3 - y)^2\). Here the superscripts are layer numbers. The input is
            \(a^0 = $a0\), the target \(y = $y\), and

            $parameters

            Compute every \(z^l\) and \(a^l\), and the cost.
            """,
            parameters=chain_parameters(),
            **chain_given(),
        ),
        solution=fill(
            r"""
            Each layer's output is the next layer's input:

            $table

            and \(C_0 = (a^3 - y)^2 \approx $C0\).
            """,
            table=layer_table(
                {
                    r"\(z^l = w^l a^{l-1} + b^l\)": [num(v) for v in z],
                    r"\(a^l = \sigma(z^l)\)": [num(v) for v in a[1:]],
                }
            ),
            C0=C0,
        ),
        given={"w": chain.W, "b": chain.B, "a0": chain.A0, "y": chain.Y},
        answers={"z": z, "a": a[1:], "C0": C0},
    )


def delta_recursion():
    z, a = chain.forward(chain.W, chain.B, chain.A0)
    delta, _, _, _ = chain.backward(chain.W, z, a, chain.Y)
    # δ^l = ∂C_0/∂z^l, and z^l moves with b^l at rate 1: nudging b^l measures δ^l.
    nudged = central_difference(lambda b: chain.cost(chain.W, b, chain.A0, chain.Y), chain.B)
    agree("δ^l", delta, nudged, "nudging each b^l")
    return Exercise(
        title="The delta recursion for three layers",
        statement=fill(
            r"""
            For the chain of exercise 3.1, let \(\delta^l = \partial C_0/\partial z^l\): how
            fast the cost changes when \(z^l\) moves. Derive a formula for \(\delta^3\), then
            for \(\delta^2\) in terms of \(\delta^3\), and for \(\delta^1\) in terms of
            \(\delta^2\). Evaluate all three.
            """
        ),
        solution=fill(
            r"""
            At the top, two links of the chain rule: \(\partial C_0/\partial a^3 = 2(a^3 - y)\)
            and \(\partial a^3/\partial z^3 = \sigma'(z^3)\), so

            \[
            \delta^3 = 2(a^3 - y)\,\sigma'(z^3).
            \]

            Below the top, \(z^l\) reaches the cost only through \(a^l\), and \(a^l\) only
            through \(z^{l+1} = w^{l+1} a^l + b^{l+1}\), whose slope in \(a^l\) is
            \(w^{l+1}\). Three links:

            \[
            \delta^l = \frac{\partial a^l}{\partial z^l} \cdot
                       \frac{\partial z^{l+1}}{\partial a^l} \cdot
                       \frac{\partial C_0}{\partial z^{l+1}}
                     = \sigma'(z^l)\, w^{l+1}\, \delta^{l+1} .
            \]

            That is backpropagation: each \(\delta\) is the one above it, times a weight and a
            sigmoid slope. With the numbers of exercise 3.1:

            $table
            """,
            table=layer_table({r"\(\delta^l\)": [num(d) for d in delta]}),
        ),
        given={"w": chain.W, "b": chain.B, "a0": chain.A0, "y": chain.Y},
        answers={"delta": delta},
    )


def chain_gradients():
    dC_dw, dC_db = chain.gradients(chain.W, chain.B, chain.A0, chain.Y)
    agree("∂C_0/∂w^l", dC_dw, central_difference(
        lambda w: chain.cost(w, chain.B, chain.A0, chain.Y), chain.W), "nudging each w^l")
    agree("∂C_0/∂b^l", dC_db, central_difference(
        lambda b: chain.cost(chain.W, b, chain.A0, chain.Y), chain.B), "nudging each b^l")
    return Exercise(
        title="All six gradients of the chain",
        statement=fill(
            r"""
            Use the \(\delta^l\) of exercise 3.2 to find \(\partial C_0/\partial w^l\) and
            \(\partial C_0/\partial b^l\) for all three layers.
            """
        ),
        solution=fill(
            r"""
            \(z^l = w^l a^{l-1} + b^l\), so, holding everything else fixed,
            \(\partial z^l/\partial w^l = a^{l-1}\) and \(\partial z^l/\partial b^l = 1\):

            \[
            \begin{gathered}
            \frac{\partial C_0}{\partial w^l} = a^{l-1} \delta^l, \\
            \frac{\partial C_0}{\partial b^l} = \delta^l .
            \end{gathered}
            \]

            $table

            Every bias has a gradient of its own, equal to its layer's \(\delta\).
            """,
            table=layer_table(
                {
                    r"\(\partial C_0/\partial w^l\)": [num(v) for v in dC_dw],
                    r"\(\partial C_0/\partial b^l\)": [num(v) for v in dC_db],
                }
            ),
        ),
        given={"w": chain.W, "b": chain.B, "a0": chain.A0, "y": chain.Y},
        answers={"dC_dw": dC_dw, "dC_db": dC_db},
    )


def batch_mean():
    a_prev, y = A_PREV[BATCH], Y[BATCH]
    z, a = forward(W0, B0, a_prev)
    deltas = squared_error_prime(a, y) * sigmoid_prime(z)
    _, dC_db, _ = gradients(W0, B0, a_prev, y)
    m = len(a_prev)
    agree("∂C/∂b", dC_db, central_difference(lambda b: cost(W0, b, a_prev, y), B0), "nudging b")
    agree("∂C/∂b", dC_db, np.mean(deltas), "the mean of the deltas")
    return Exercise(
        title="Why the mini-batch gradient of b is the mean of the deltas",
        statement=fill(
            r"""
            Training often uses a **mini-batch** of \(m\) examples and its mean cost
            \(C = \frac{1}{m} \sum_i C_i\), where \(C_i\) is the cost of example \(i\). Show
            that \(\partial C/\partial b\) is the mean of the examples'
            \(\delta_i = \partial C_i/\partial z_i\). Check it for one neuron at
            \(w = $w\), \(b = $b\) and the mini-batch of $m examples with inputs
            \(a^{L-1} = $inputs\) and targets \(y = $targets\).
            """,
            w=num(W0, None),
            b=num(B0, None),
            m=str(m),
            inputs=", ".join(num(v, None) for v in a_prev),
            targets=", ".join(num(v, None) for v in y),
        ),
        solution=fill(
            r"""
            The derivative of a sum is the sum of the derivatives, and \(\frac{1}{m}\) is a
            constant. Each \(C_i\) depends on \(b\) only through its own \(z_i\), with
            \(\partial z_i/\partial b = 1\). So

            \[
            \begin{aligned}
            \frac{\partial C}{\partial b}
              &= \frac{1}{m} \sum_i \frac{\partial C_i}{\partial z_i}
                               \cdot \frac{\partial z_i}{\partial b} \\
              &= \frac{1}{m} \sum_i \delta_i .
            \end{aligned}
            \]

            The same bias serves every example, so it collects one \(\delta\) from each. Here
            \(\delta_i = 2(a_i - y_i)\,\sigma'(z_i)\) gives \($deltas\), whose mean is
            \($mean\), and the gradient of \(C\) computed directly is
            \(\partial C/\partial b \approx $dC_db\).
            """,
            deltas=", ".join(num(d) for d in deltas),
            mean=num(np.mean(deltas)),
            dC_db=dC_db,
        ),
        given={"w": W0, "b": B0, "a_prev": a_prev, "y": y},
        answers={"deltas": deltas, "dC_db": dC_db},
    )


def buggy_gradients(w, b, a_prev, y):
    """(dC_dw, dC_db) of C(w, b) = mean (σ(w·a_prev + b) - y)^2, with one bug."""
    z, a = forward(w, b, a_prev)
    delta = squared_error_prime(a, y) * sigmoid_prime(z) / a.size
    dC_dw = np.sum(a * delta)
    dC_db = np.sum(delta)
    return dC_dw, dC_db


def power_of_ten(x):
    """A small positive number in LaTeX, one significant digit: 2 \\times 10^{-10}."""
    mantissa, exponent = f"{x:.0e}".split("e")
    return rf"{mantissa} \times 10^{{{int(exponent)}}}"


def gradient_check(gradient_function):
    """Relative errors of (dC_dw, dC_db) from ``gradient_function`` against nudging."""
    dC_dw, dC_db = gradient_function(W0, B0, A_PREV, Y)[:2]
    nudged = central_difference(lambda p: cost(p[0], p[1], A_PREV, Y), [W0, B0])
    return relative_error([dC_dw, dC_db], nudged)


def find_the_bug():
    buggy = gradient_check(buggy_gradients)
    fixed = gradient_check(gradients)
    claim(buggy[0] > 1e-2 and buggy[1] < TOLERANCE,
          f"the check finds ∂C/∂w wrong and ∂C/∂b right (errors {buggy[0]:.1e}, {buggy[1]:.1e})")
    claim(max(fixed) < TOLERANCE, f"the fixed gradients pass the check (errors {fixed})")
    return Exercise(
        title="Find the bug with a gradient check",
        statement=fill(
            r"""
            This function should return \(\partial C/\partial w\) and
            \(\partial C/\partial b\) for one neuron and the six examples of section 2:

            ```python
            $code
            ```

            Check it against central differences at \(w = $w\), \(b = $b\): nudge one
            parameter by \(\pm h\), hold the other fixed, and compare. Which gradient is
            wrong, and which line holds the bug?
            """,
            code=inspect.getsource(buggy_gradients).strip(),
            w=num(W0, None),
            b=num(B0, None),
        ),
        solution=fill(
            r"""
            The relative error \(|g - g_{\text{nudged}}| / \max(|g|, |g_{\text{nudged}}|)\) is
            about \($error_w\) for \(\partial C/\partial w\) and \($error_b\) for
            \(\partial C/\partial b\). Errors near \(10^{-7}\) or below mean agreement; one
            near \(1\) means the gradient is wrong. So \(\partial C/\partial b\) is right,
            and with it \(\delta\), which both lines share. The bug must be in the factor
            that only \(\partial C/\partial w\) uses: \(\partial z/\partial w\) is the
            *input* \(a^{L-1}\), `a_prev`, not the output `a`. With
            `np.sum(a_prev * delta)`, as in the site's `gradients`, the two errors are about
            \($fixed_w\) and \($fixed_b\).
            """,
            error_w=num(buggy[0], 2),
            error_b=power_of_ten(buggy[1]),
            fixed_w=power_of_ten(fixed[0]),
            fixed_b=power_of_ten(fixed[1]),
        ),
        given={"w": W0, "b": B0},
        answers={"buggy_errors": buggy, "fixed_errors": fixed},
    )


def used_twice_exercise():
    _, _, z2 = used_twice(W0, B0, TWICE_A0)
    direct, through_a1 = dz2_dw_by_path(W0, B0, TWICE_A0)
    nudged = central_difference(lambda w: used_twice(w, B0, TWICE_A0)[2], W0)
    agree("dz_2/dw, both paths added", direct + through_a1, nudged, "nudging w")
    return Exercise(
        title="The same weight, used twice",
        statement=fill(
            r"""
            A neuron is applied twice, with the same \(w\) and \(b\):
            \(z_1 = w a_0 + b\), \(a_1 = \sigma(z_1)\), then \(z_2 = w a_1 + b\). Find the
            total derivative \(dz_2/dw\) at \(w = $w\), \(b = $b\), \(a_0 = $a0\). (This is
            what happens in a recurrent network, where one weight is reused at every step.)
            """,
            w=num(W0, None),
            b=num(B0, None),
            a0=num(TWICE_A0, None),
        ),
        solution=fill(
            r"""
            \(w\) reaches \(z_2\) by two paths, and the total derivative adds them. Directly,
            holding \(a_1\) fixed: \(\partial z_2/\partial w = a_1\). And through \(a_1\),
            which was computed with \(w\): \(\partial z_2/\partial a_1 \cdot da_1/dz_1 \cdot
            \partial z_1/\partial w = w\,\sigma'(z_1)\,a_0\). So

            \[
            \begin{aligned}
            \frac{dz_2}{dw} &= a_1 + w\,\sigma'(z_1)\,a_0 \\
                            &\approx $direct + $through \approx $total .
            \end{aligned}
            \]

            The partial derivative \(\partial z_2/\partial w = a_1\) alone would miss the
            second path. This is why the curly \(\partial\) and the straight \(d\) mean
            different things.
            """,
            direct=direct,
            through=through_a1,
            total=direct + through_a1,
        ),
        check=answer_check("exercise-3-6", USED_TWICE, {"w": W0, "b": B0, "a0": TWICE_A0},
                           "exercises.md", count=8, seed=36),
        given={"w": W0, "b": B0, "a0": TWICE_A0},
        answers={"z2": z2, "direct": direct, "through_a1": through_a1},
    )


def exercises():
    return [
        chain_forward(),
        delta_recursion(),
        chain_gradients(),
        batch_mean(),
        find_the_bug(),
        used_twice_exercise(),
    ]


if __name__ == "__main__":
    print(section_markdown(3, exercises()))
