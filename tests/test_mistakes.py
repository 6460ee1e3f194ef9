"""Every named mistake gives the number it claims: each is checked against its own formula,
written out here in plain math (math.exp, no snippets), and the no-mistake version of each
function against the site's tested code."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from snippets import mistakes
from snippets.chain import gradients as chain_gradients
from snippets.neuron import gradients, sigmoid_prime
from snippets.total import dz2_dw_by_path

weights = st.floats(-3, 3)
inputs = st.floats(-3, 3)
targets = st.floats(0.01, 0.99)
outputs = st.floats(0.001, 0.999)


def s(z):
    return 1 / (1 + math.exp(-z))


def sp(z):
    return s(z) * (1 - s(z))


def neuron_by_hand(wrt, w, b, x, y):
    """Every mistake of mistakes.neuron_slope, as its formula; x is the input a^{L-1}."""
    z = w * x + b
    a = s(z)
    first = {"z": 1, "b": 1, "w": x}[wrt]
    right = first * sp(z) * 2 * (a - y)
    table = {
        None: right,
        "sigma_prime_forgotten": first * 2 * (a - y),
        "sigma_prime_extra": first * sp(z) ** 2 * 2 * (a - y),
        "factor_two_forgotten": first * sp(z) * (a - y),
        "half_squared_error": first * sp(z) * (a - y),
        "wrong_sign": first * sp(z) * 2 * (y - a),
        "bias_left_out_of_z": first * sp(w * x) * 2 * (s(w * x) - y),
    }
    if wrt == "b":
        table["input_for_one"] = x * sp(z) * 2 * (a - y)
    if wrt == "w":
        table["one_for_input"] = sp(z) * 2 * (a - y)
    return table


@given(st.sampled_from("zbw"), weights, weights, inputs, targets)
def test_each_neuron_mistake_is_the_formula_it_names(wrt, w, b, x, y):
    for mistake, expected in neuron_by_hand(wrt, w, b, x, y).items():
        got = mistakes.neuron_slope(wrt, w, b, x, y, mistake)
        assert got == pytest.approx(expected, rel=1e-12, abs=1e-15), mistake


@given(weights, weights, inputs, targets)
def test_the_neuron_slopes_without_a_mistake_are_the_sites(w, b, x, y):
    dC_dw, dC_db, _ = gradients(w, b, [x], [y])
    assert mistakes.neuron_slope("w", w, b, x, y) == pytest.approx(dC_dw, rel=1e-12, abs=1e-15)
    assert mistakes.neuron_slope("b", w, b, x, y) == pytest.approx(dC_db, rel=1e-12, abs=1e-15)


@given(weights, weights)
def test_each_mean_slope_mistake_is_the_formula_it_names(w, b):
    xs, ys = [2.0, -1.0, 0.5], [0.8, 0.1, 0.4]
    per_example = [neuron_by_hand("b", w, b, x, y)[None] for x, y in zip(xs, ys, strict=True)]
    expected = {
        None: sum(per_example) / 3,
        "sum_not_mean": sum(per_example),
        "example_zero_only": per_example[0],
        "sigma_prime_i_forgotten": sum(2 * (s(w * x + b) - y)
                                       for x, y in zip(xs, ys, strict=True)) / 3,
    }
    for mistake, value in expected.items():
        got = mistakes.mean_slope("b", w, b, xs, ys, mistake)
        assert got == pytest.approx(value, rel=1e-12, abs=1e-15), mistake


@given(outputs, targets)
def test_each_output_slope_mistake_is_the_formula_it_names(a, y):
    expected = {None: 2 * (a - y), "factor_two_forgotten": a - y, "half_squared_error": a - y,
                "wrong_sign": 2 * (y - a), "sigma_prime_extra": a * (1 - a) * 2 * (a - y)}
    for mistake, value in expected.items():
        assert mistakes.output_slope(a, y, mistake) == pytest.approx(value, rel=1e-12, abs=1e-15)


@given(st.floats(-20, 20))
def test_each_sigmoid_slope_mistake_is_the_formula_it_names(z):
    inner_forgotten = -((1 + math.exp(-z)) ** -2)  # d/dz of (1 + e^{-z})^{-1}, no -e^{-z}
    expected = {None: sp(z), "sigmoid_for_slope": s(z), "wrong_sign": -sp(z),
                "inner_slope_forgotten": inner_forgotten}
    for mistake, value in expected.items():
        assert mistakes.sigmoid_slope(z, mistake) == pytest.approx(value, rel=1e-12, abs=1e-15)
    assert mistakes.sigmoid_slope(z) == pytest.approx(float(sigmoid_prime(z)), rel=1e-12)


@given(weights, weights, inputs)
def test_each_output_mistake_is_the_formula_it_names(w, b, x):
    expected = {None: s(w * x + b), "bias_left_out_of_z": s(w * x),
                "exponent_sign_flipped": 1 / (1 + math.exp(w * x + b)),
                "sigmoid_forgotten": w * x + b}
    for mistake, value in expected.items():
        assert mistakes.output(w, b, x, mistake) == pytest.approx(value, rel=1e-12, abs=1e-15)


@given(weights, st.floats(-1, 1), st.floats(-1, 1), st.floats(0.1, 10))
def test_each_step_mistake_is_the_formula_it_names(p, own, other, rate):
    expected = {None: p - rate * own, "uphill_step": p + rate * own, "rate_forgotten": p - own,
                "other_parameter_slope": p - rate * other}
    for mistake, value in expected.items():
        got = mistakes.descent_step(p, own, other, rate, mistake)
        assert got == pytest.approx(value, rel=1e-12, abs=1e-15)


@given(weights, weights, weights, weights, inputs, targets)
def test_each_chain_mistake_is_the_formula_it_names(w1, w2, b1, b2, x, y):
    z1 = w1 * x + b1
    z2 = w2 * s(z1) + b2
    out = 2 * (s(z2) - y)
    expected = {
        None: sp(z1) * w2 * sp(z2) * out,
        "weight_forgotten": sp(z1) * sp(z2) * out,
        "sigma_prime_layer1_forgotten": w2 * sp(z2) * out,
        "sigma_prime_layer2_extra": sp(z1) * w2 * sp(z2) ** 2 * out,
        "factor_two_forgotten": sp(z1) * w2 * sp(z2) * out / 2,
        "wrong_sign": -sp(z1) * w2 * sp(z2) * out,
    }
    for mistake, value in expected.items():
        got = mistakes.chain_bias_slope([w1, w2], [b1, b2], x, y, mistake)
        assert got == pytest.approx(value, rel=1e-10, abs=1e-15), mistake
    _, dC_db = chain_gradients([w1, w2], [b1, b2], x, y)
    assert expected[None] == pytest.approx(dC_db[0], rel=1e-10, abs=1e-15)


@given(weights, weights, inputs)
def test_each_used_twice_mistake_is_the_formula_it_names(w, b, x):
    direct, through = s(w * x + b), w * sp(w * x + b) * x
    expected = {None: direct + through, "paths_not_added": direct,
                "direct_path_forgotten": through, "sigma_prime_pass1_forgotten": direct + w * x}
    for mistake, value in expected.items():
        got = mistakes.used_twice_slope(w, b, x, mistake)
        assert got == pytest.approx(value, rel=1e-12, abs=1e-15), mistake
    assert sum(dz2_dw_by_path(w, b, x)) == pytest.approx(direct + through, rel=1e-12, abs=1e-15)


def test_each_difference_mistake_is_the_formula_it_names():
    plus, minus, here, h = 0.30, 0.10, 0.18, 0.1
    expected = {None: 1.0, "difference_over_h": 2.0, "one_sided_difference": 1.2,
                "wrong_sign": -1.0}
    for mistake, value in expected.items():
        got = mistakes.central_estimate(plus, minus, here, h, mistake)
        assert got == pytest.approx(value), mistake


def test_a_mistake_a_function_does_not_make_is_refused_by_name():
    with pytest.raises(ValueError, match="mistake: expected None or one of"):
        mistakes.output_slope(0.5, 0.2, "sum_not_mean")
    with pytest.raises(ValueError, match="wrt: expected one of"):
        mistakes.neuron_slope("y", 1, 0, 1, 0.5)
    with pytest.raises(ValueError, match="wrt: expected one of"):
        mistakes.mean_slope("z", 1, 0, [1.0], [0.5])
    with pytest.raises(ValueError, match="expected matching shapes"):
        mistakes.mean_slope("b", 1, 0, [1.0, 2.0], [0.5])


# Where a question has more than one sigmoid, or an index on z, the sigmoid-slope mistakes
# name the z of that question (the one its worked answer shows), and the functions refuse the
# generic σ'(z) mistakes, whose wording would name the wrong z.
SIGMOID_SLOPE_WORDING = {
    "sigma_prime_forgotten": r"\(\sigma'(z)\) is left out: the sigmoid sits between \(z\) "
    r"and \(a^L\)",
    "sigma_prime_i_forgotten": r"\(\sigma'(z_i)\) is left out of each example's slope: the "
    r"sigmoid sits between \(z_i\) and \(a_i\)",
    "sigma_prime_layer1_forgotten": r"\(\sigma'(z^1)\) is left out: the first layer's sigmoid "
    r"sits between \(z^1\) and \(a^1\)",
    "sigma_prime_layer2_extra": r"\(\sigma'(z^2)\) is multiplied in twice: \(\delta^2\) "
    "already holds it",
    "sigma_prime_pass1_forgotten": r"\(\sigma'(z_1)\) is left out of the path through "
    r"\(a_1\): the sigmoid sits between \(z_1\) and \(a_1\)",
}


@pytest.mark.parametrize("name", sorted(SIGMOID_SLOPE_WORDING))
def test_each_sigmoid_slope_mistake_names_its_own_z(name):
    assert mistakes.CATALOGUE[name].says.startswith(SIGMOID_SLOPE_WORDING[name])


def test_the_generic_sigmoid_slope_mistakes_are_refused_where_z_has_another_name():
    with pytest.raises(ValueError, match="mistake: expected None or one of"):
        mistakes.mean_slope("b", 1, 0, [1.0], [0.5], "sigma_prime_forgotten")
    for generic in ("sigma_prime_forgotten", "sigma_prime_extra"):
        with pytest.raises(ValueError, match="mistake: expected None or one of"):
            mistakes.chain_bias_slope([1, 1], [0, 0], 1, 0.5, generic)
    with pytest.raises(ValueError, match="mistake: expected None or one of"):
        mistakes.used_twice_slope(1, 0, 1, "sigma_prime_forgotten")


def test_every_mistake_names_a_page_the_site_has():
    docs = mistakes.__file__.rsplit("/snippets/", 1)[0] + "/docs/"
    for name, mistake in mistakes.CATALOGUE.items():
        path = mistake.see.split("#")[0]
        assert path in mistakes.PAGES, name
        with open(docs + path, encoding="utf-8"):
            pass
