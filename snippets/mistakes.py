"""The typical wrong ways to compute a slope, each one named, explained, and computed.

Every function here computes a number the right way when ``mistake`` is None, and with
exactly one named mistake otherwise: the answer checks (snippets/questions.py) use them to
tell a reader which mistake a wrong number came from, and the tests check every entry of
CATALOGUE against the formula it claims. Only the mistakes a function lists in its
docstring are accepted; any other name raises ValueError.

The neuron is z = w·a_prev + b, a = σ(z), C_0 = (a - y)^2, as everywhere on the site.
"""

from dataclasses import dataclass

import numpy as np

from snippets.checks import as_choice, as_positive, as_real, as_real_array, same_shape
from snippets.neuron import sigmoid

# The pages a mistake's explanation points to, by their titles in the navigation.
PAGES = {
    "index.md": "Home",
    "derivatives/partial.md": "Partial derivatives",
    "derivatives/bias-changes-slope.md": "Does b change ∂C/∂w?",
    "derivatives/total.md": "The total derivative",
    "derivatives/cost-choice.md": "The cost is a choice",
    "backprop/one-neuron.md": "One neuron",
    "backprop/chain.md": "A chain of layers",
    "backprop/descent.md": "Gradient descent",
    "backprop/many-neurons.md": "Many neurons per layer",
    "backprop/gradient-check.md": "Checking gradients",
    "exercises.md": "Exercises",
}


@dataclass(frozen=True)
class Mistake:
    """``says`` finishes "that is what you get if …"; ``see`` is the page (and section)
    that explains the right way, as a path under docs/."""

    says: str
    see: str

    def __post_init__(self):
        for name in ("says", "see"):
            if not isinstance(getattr(self, name), str):
                raise TypeError(f"{name}: expected text (a str), got {getattr(self, name)!r}")
        if self.see.split("#")[0] not in PAGES:
            raise ValueError(f"see: expected a page of PAGES ({sorted(PAGES)}), got {self.see!r}")


CATALOGUE = {
    "sigma_prime_forgotten": Mistake(
        r"\(\sigma'(z)\) is left out: the sigmoid sits between \(z\) and \(a^L\), so its "
        "slope is one of the links",
        "backprop/one-neuron.md",
    ),
    "sigma_prime_extra": Mistake(
        r"one \(\sigma'(z)\) too many is multiplied in: each sigmoid on the path gives one "
        "factor, no more",
        "backprop/one-neuron.md",
    ),
    # The same two mistakes where a question writes the sigmoid's input otherwise (z_i, z^1,
    # z^2, z_1): each names the z its question's worked answer shows, so that the reader
    # learns which sigmoid's slope went missing or was doubled.
    "sigma_prime_i_forgotten": Mistake(
        r"\(\sigma'(z_i)\) is left out of each example's slope: the sigmoid sits between "
        r"\(z_i\) and \(a_i\), so its slope is one of the links",
        "backprop/one-neuron.md",
    ),
    "sigma_prime_layer1_forgotten": Mistake(
        r"\(\sigma'(z^1)\) is left out: the first layer's sigmoid sits between \(z^1\) and "
        r"\(a^1\), so its slope is one of the links",
        "backprop/chain.md",
    ),
    "sigma_prime_layer2_extra": Mistake(
        r"\(\sigma'(z^2)\) is multiplied in twice: \(\delta^2\) already holds it, and each "
        "sigmoid on the path gives one factor, no more",
        "backprop/chain.md",
    ),
    "sigma_prime_pass1_forgotten": Mistake(
        r"\(\sigma'(z_1)\) is left out of the path through \(a_1\): the sigmoid sits between "
        r"\(z_1\) and \(a_1\), so its slope \(da_1/dz_1\) is one of that path's links",
        "derivatives/total.md#two-paths",
    ),
    "factor_two_forgotten": Mistake(
        r"the factor 2 of \(2(a^L - y)\) is forgotten (the power rule brings the square's 2 "
        "down)",
        "index.md#two-chain-rules",
    ),
    "half_squared_error": Mistake(
        r"the cost is taken as \(\tfrac12 (a^L - y)^2\), whose slope is \(a^L - y\); this "
        r"site's cost is \((a^L - y)^2\), with slope \(2(a^L - y)\)",
        "derivatives/cost-choice.md",
    ),
    "input_for_one": Mistake(
        r"\(a^{L-1}\) is used as the bias's first factor: \(\partial z/\partial b = 1\), "
        r"and \(a^{L-1}\) is the *weight's* factor",
        "derivatives/partial.md#bias-chain-rule",
    ),
    "one_for_input": Mistake(
        r"1 is used as the weight's first factor: \(\partial z/\partial w = a^{L-1}\); "
        "1 is the *bias's* factor",
        "derivatives/partial.md#bias-chain-rule",
    ),
    "wrong_sign": Mistake(
        r"the sign is flipped, for example \(2(y - a^L)\) in place of \(2(a^L - y)\)",
        "backprop/one-neuron.md",
    ),
    "bias_left_out_of_z": Mistake(
        r"\(b\) is left out of \(z\): \(\partial z/\partial w\) has no \(b\), but \(z\) does, "
        r"and so do \(\sigma'(z)\) and \(a^L\)",
        "derivatives/bias-changes-slope.md",
    ),
    "exponent_sign_flipped": Mistake(
        r"the sigmoid is taken as \(1/(1 + e^{z})\): its exponent is \(-z\), so that a "
        r"large \(z\) gives an output near 1",
        "exercises.md#12-from-the-input-to-the-output",
    ),
    "sigmoid_forgotten": Mistake(
        r"\(z\) is given as the output: the neuron's output is \(a^L = \sigma(z)\), "
        "squashed between 0 and 1",
        "exercises.md#12-from-the-input-to-the-output",
    ),
    "sigmoid_for_slope": Mistake(
        r"\(\sigma(z)\) is used where its slope \(\sigma'(z) = \sigma(z)(1 - \sigma(z))\) "
        "belongs",
        "exercises.md#13-the-slope-of-the-sigmoid",
    ),
    "inner_slope_forgotten": Mistake(
        r"the chain rule's inner slope, \(-e^{-z}\), is left out of the derivative of "
        r"\((1 + e^{-z})^{-1}\)",
        "exercises.md#13-the-slope-of-the-sigmoid",
    ),
    "sum_not_mean": Mistake(
        r"the examples' slopes are added, not averaged: \(C\) is the *mean* of the "
        "examples' costs, so its slope is the mean of theirs",
        "backprop/many-neurons.md#mini-batches-one-column-per-example",
    ),
    "example_zero_only": Mistake(
        r"only example 0's slope is used: \(C\) averages all six examples",
        "derivatives/partial.md#gradient",
    ),
    "paths_not_added": Mistake(
        r"only one path is counted: \(w\) reaches \(z_2\) along two, and their slopes add",
        "derivatives/total.md#two-paths",
    ),
    "direct_path_forgotten": Mistake(
        r"only the path through \(a_1\) is counted: with \(a_1\) held fixed, "
        r"\(z_2 = w\,a_1 + b\) still moves with \(w\), at slope \(a_1\)",
        "derivatives/total.md#two-paths",
    ),
    "weight_forgotten": Mistake(
        r"the weight that carries \(\delta\) back a layer is left out: "
        r"\(\partial z^{l+1}/\partial a^l = w^{l+1}\)",
        "backprop/chain.md",
    ),
    "uphill_step": Mistake(
        r"the step is added, not subtracted: moving *with* the slope climbs the cost",
        "backprop/descent.md",
    ),
    "rate_forgotten": Mistake(
        r"the learning rate \(\eta\) is left out of the step",
        "backprop/descent.md",
    ),
    "other_parameter_slope": Mistake(
        r"the other parameter's slope is used: \(w\) steps by \(\partial C/\partial w\), "
        r"\(b\) by \(\partial C/\partial b\)",
        "backprop/descent.md",
    ),
    "difference_over_h": Mistake(
        r"the difference is divided by \(h\), not by \(2h\): the two points are \(2h\) apart",
        "backprop/gradient-check.md",
    ),
    "one_sided_difference": Mistake(
        r"the one-sided difference \((C(w + h) - C(w))/h\) is used: its error shrinks like "
        r"\(h\), the central difference's like \(h^2\)",
        "backprop/gradient-check.md",
    ),
}


def _sigmoid(z):
    """σ(z) as a Python float, by the site's overflow-free sigmoid."""
    return float(sigmoid(z))


def _accept(mistake, allowed):
    if mistake is not None and (not isinstance(mistake, str) or mistake not in allowed):
        raise ValueError(f"mistake: expected None or one of {sorted(allowed)}, got {mistake!r}")


def _reals(**values):
    return [as_real(value, name) for name, value in values.items()]


def output_slope(a, y, mistake=None):
    """∂C_0/∂a = 2(a - y). Mistakes: factor_two_forgotten, half_squared_error, wrong_sign,
    sigma_prime_extra (needs no z: the extra factor is σ'(z) = a(1 - a))."""
    _accept(mistake, {"factor_two_forgotten", "half_squared_error", "wrong_sign",
                      "sigma_prime_extra"})
    a, y = _reals(a=a, y=y)
    slope = {"factor_two_forgotten": 1.0, "half_squared_error": 1.0}.get(mistake, 2.0) * (a - y)
    if mistake == "wrong_sign":
        slope = 2.0 * (y - a)
    if mistake == "sigma_prime_extra":
        slope *= a * (1.0 - a)
    return slope


def output(w, b, a_prev, mistake=None):
    """The neuron's output a = σ(w·a_prev + b). Mistakes: bias_left_out_of_z,
    exponent_sign_flipped (1/(1 + e^{z})), sigmoid_forgotten (z itself)."""
    _accept(mistake, {"bias_left_out_of_z", "exponent_sign_flipped", "sigmoid_forgotten"})
    w, b, a_prev = _reals(w=w, b=b, a_prev=a_prev)
    z = w * a_prev + (0.0 if mistake == "bias_left_out_of_z" else b)
    if mistake == "sigmoid_forgotten":
        return z
    return _sigmoid(-z if mistake == "exponent_sign_flipped" else z)


def sigmoid_slope(z, mistake=None):
    """σ'(z) = σ(z)(1 - σ(z)). Mistakes: sigmoid_for_slope (σ(z)), wrong_sign,
    inner_slope_forgotten (-(1 + e^{-z})^{-2} = -σ(z)^2)."""
    _accept(mistake, {"sigmoid_for_slope", "wrong_sign", "inner_slope_forgotten"})
    (z,) = _reals(z=z)
    s = _sigmoid(z)
    return {
        None: s * (1.0 - s),
        "sigmoid_for_slope": s,
        "wrong_sign": -s * (1.0 - s),
        "inner_slope_forgotten": -(s**2),
    }[mistake]


NEURON_MISTAKES = {"sigma_prime_forgotten", "sigma_prime_extra", "factor_two_forgotten",
                   "half_squared_error", "wrong_sign", "bias_left_out_of_z"}


def neuron_slope(wrt, w, b, a_prev, y, mistake=None):
    """∂C_0/∂``wrt`` for one example, ``wrt`` one of "z", "b", "w":
    (∂z/∂wrt)·σ'(z)·2(a - y), with ∂z/∂z = 1, ∂z/∂b = 1, ∂z/∂w = a_prev.

    Mistakes: every one of NEURON_MISTAKES; input_for_one (for "b": a_prev in place of 1);
    one_for_input (for "w": 1 in place of a_prev).
    """
    wrt = as_choice(wrt, "wrt", ("z", "b", "w"))
    extra = {"b": {"input_for_one"}, "w": {"one_for_input"}, "z": set()}[wrt]
    _accept(mistake, NEURON_MISTAKES | extra)
    w, b, a_prev, y = _reals(w=w, b=b, a_prev=a_prev, y=y)
    z = w * a_prev + (0.0 if mistake == "bias_left_out_of_z" else b)
    a = _sigmoid(z)
    first = {"z": 1.0, "b": 1.0, "w": a_prev}[wrt]
    first = {"input_for_one": a_prev, "one_for_input": 1.0}.get(mistake, first)
    slope_of_sigmoid = sigmoid_slope(z)
    links = {"sigma_prime_forgotten": 1.0, "sigma_prime_extra": slope_of_sigmoid**2}
    cost_mistake = mistake if mistake in {"factor_two_forgotten", "half_squared_error",
                                          "wrong_sign"} else None
    return first * links.get(mistake, slope_of_sigmoid) * output_slope(a, y, cost_mistake)


def mean_slope(wrt, w, b, a_prev, y, mistake=None):
    """∂C/∂``wrt`` (``wrt`` "b" or "w") of C, the mean of the examples' costs C_i;
    ``a_prev`` and ``y`` are lists of the examples' numbers.

    Mistakes: sum_not_mean, example_zero_only, sigma_prime_i_forgotten (σ'(z_i) left out
    of every example's slope), and every other mistake neuron_slope accepts for ``wrt``
    (made in every example).
    """
    wrt = as_choice(wrt, "wrt", ("b", "w"))
    _accept(mistake, {"sum_not_mean", "example_zero_only", "sigma_prime_i_forgotten"}
            | NEURON_MISTAKES - {"sigma_prime_forgotten"}
            | {"b": {"input_for_one"}, "w": {"one_for_input"}}[wrt])
    a_prev, y = as_real_array(a_prev, "a_prev"), as_real_array(y, "y")
    if a_prev.ndim != 1:
        raise ValueError(f"a_prev: expected a 1-D list of inputs, got shape {a_prev.shape}")
    same_shape(a_prev=a_prev, y=y)
    per_example = {"sum_not_mean": None, "example_zero_only": None,
                   "sigma_prime_i_forgotten": "sigma_prime_forgotten"}.get(mistake, mistake)
    slopes = [neuron_slope(wrt, w, b, a_i, y_i, per_example)
              for a_i, y_i in zip(a_prev, y, strict=True)]
    if mistake == "sum_not_mean":
        return float(np.sum(slopes))
    if mistake == "example_zero_only":
        return slopes[0]
    return float(np.mean(slopes))


def descent_step(parameter, slope, other_slope, learning_rate, mistake=None):
    """One step of gradient descent: parameter - η·slope, where ``slope`` is the
    parameter's own slope, ``other_slope`` the other parameter's, and η = ``learning_rate`` > 0.
    Mistakes: uphill_step (parameter + η·slope), rate_forgotten (parameter - slope),
    other_parameter_slope (parameter - η·other_slope)."""
    _accept(mistake, {"uphill_step", "rate_forgotten", "other_parameter_slope"})
    parameter, slope, other = _reals(parameter=parameter, slope=slope, other_slope=other_slope)
    rate = as_positive(learning_rate, "learning_rate")
    return {
        None: parameter - rate * slope,
        "uphill_step": parameter + rate * slope,
        "rate_forgotten": parameter - slope,
        "other_parameter_slope": parameter - rate * other,
    }[mistake]


def chain_bias_slope(w, b, a0, y, mistake=None):
    """∂C_0/∂b^1 of a two-layer chain (z^l = w^l a^{l-1} + b^l, a^l = σ(z^l)):
    σ'(z^1)·w^2·σ'(z^2)·2(a^2 - y). ``w`` and ``b`` are pairs (layer 1, layer 2).

    Mistakes: weight_forgotten (w^2 left out), sigma_prime_layer1_forgotten (σ'(z^1) left
    out), sigma_prime_layer2_extra (σ'(z^2) twice), factor_two_forgotten, wrong_sign.
    """
    _accept(mistake, {"weight_forgotten", "sigma_prime_layer1_forgotten",
                      "sigma_prime_layer2_extra", "factor_two_forgotten", "wrong_sign"})
    w, b = as_real_array(w, "w"), as_real_array(b, "b")
    for name, pair in (("w", w), ("b", b)):
        if pair.shape != (2,):
            raise ValueError(f"{name}: expected 2 numbers (layer 1, layer 2), got shape "
                             f"{pair.shape}")
    (w1, w2), (b1, b2) = w, b
    a0, y = _reals(a0=a0, y=y)
    z1 = w1 * a0 + b1
    z2 = w2 * _sigmoid(z1) + b2
    cost_mistake = mistake if mistake in ("factor_two_forgotten", "wrong_sign") else None
    delta2 = output_slope(_sigmoid(z2), y, cost_mistake) * sigmoid_slope(z2)
    if mistake == "sigma_prime_layer2_extra":
        delta2 *= sigmoid_slope(z2)
    carried = delta2 * (1.0 if mistake == "weight_forgotten" else w2)
    return carried * (1.0 if mistake == "sigma_prime_layer1_forgotten" else sigmoid_slope(z1))


def used_twice_slope(w, b, a0, mistake=None):
    """dz_2/dw for one neuron applied twice (z_1 = w·a0 + b, a_1 = σ(z_1), z_2 = w·a_1 + b):
    the direct path a_1 plus the path through a_1, w·σ'(z_1)·a0.

    Mistakes: paths_not_added (the direct path only), direct_path_forgotten (the path
    through a_1 only), sigma_prime_pass1_forgotten (σ'(z_1) left out of the path through a_1).
    """
    _accept(mistake, {"paths_not_added", "direct_path_forgotten", "sigma_prime_pass1_forgotten"})
    w, b, a0 = _reals(w=w, b=b, a0=a0)
    z1 = w * a0 + b
    direct = _sigmoid(z1)
    through_a1 = w * (1.0 if mistake == "sigma_prime_pass1_forgotten" else sigmoid_slope(z1)) * a0
    if mistake == "paths_not_added":
        return direct
    return through_a1 if mistake == "direct_path_forgotten" else direct + through_a1


def central_estimate(cost_plus, cost_minus, cost_here, h, mistake=None):
    """(C(w + h) - C(w - h)) / 2h, from the three costs C(w + h), C(w - h), C(w); h > 0.
    Mistakes: difference_over_h, one_sided_difference, wrong_sign."""
    _accept(mistake, {"difference_over_h", "one_sided_difference", "wrong_sign"})
    plus, minus, here = _reals(cost_plus=cost_plus, cost_minus=cost_minus, cost_here=cost_here)
    h = as_positive(h, "h")
    return {
        None: (plus - minus) / (2 * h),
        "difference_over_h": (plus - minus) / h,
        "one_sided_difference": (plus - here) / h,
        "wrong_sign": (minus - plus) / (2 * h),
    }[mistake]
