"""Every answer check and prediction the pages include, read back from what the scripts print.

For each check, every set of numbers it exports (the page's own and each variant) is
re-solved here: the answer by the plain formulas of tests/test_mistakes.py, and every named
mistake's number by that mistake's formula, so that a page can only say "that is what you
get if …" when it is.
"""

import html
import json
import re

import pytest

from snippets.dataset import A_PREV, Y
from snippets.mistakes import CATALOGUE
from snippets.questions import TOLERANCE
from tests.examples.conftest import EXAMPLES, ROOT
from tests.test_mistakes import neuron_by_hand, s, sp
from tests.web.conftest import markdown_pages

DIRECTIVE = re.compile(r'--8<-- "docs/generated/tables/((?:checks|predict|exercises)_\w+)\.md"')
BOX = re.compile(r'<div class="answer-check" id="check-([\w-]+)" data-answer-check="([^"]+)"')
PREDICTION = re.compile(r'<div class="prediction" id="predict-([\w-]+)" data-prediction')


def scripts_on_pages():
    """{script name: [pages that include it]} for the scripts that print checks."""
    found = {}
    for page in markdown_pages():
        for name in DIRECTIVE.findall(page.read_text(encoding="utf-8")):
            found.setdefault(name, []).append(page.relative_to(ROOT / "docs").as_posix())
    return found


SCRIPTS = scripts_on_pages()


@pytest.fixture(scope="module")
def boxes():
    """{check id: (exported data, the printed Markdown of the box)} over every page."""
    import runpy
    from contextlib import redirect_stdout
    from io import StringIO

    found = {}
    for name in SCRIPTS:
        out = StringIO()
        with redirect_stdout(out):
            runpy.run_path(str(EXAMPLES / f"{name}.py"), run_name="__main__")
        text = out.getvalue()
        for match in BOX.finditer(text):
            following = BOX.search(text, match.end())
            end = following.start() if following else len(text)
            found[match[1]] = (json.loads(html.unescape(match[2])), text[match.start():end])
        for prediction in PREDICTION.findall(text):
            found[f"predict:{prediction}"] = (None, text)
    return found


def instances(data):
    """Each exported set of numbers as ({name: value}, {mistake: value})."""
    for values, wrong in data["bank"]:
        yield (dict(zip(data["names"], values, strict=True)),
               dict(zip(data["mistakes"], wrong, strict=True)))


# What each check asks, so that its numbers can be worked here by hand. A new check must be
# added: test_every_check_is_worked_by_hand fails until it is.
ASKS = {
    "home-bias-slope": "neuron b", "home-weight-slope": "neuron w",
    "partial-weight-slope": "neuron w", "one-neuron-sigmoid-slope": "sigmoid slope",
    "one-neuron-output-slope": "output slope", "one-neuron-delta": "neuron z",
    "many-neurons-mean-bias-slope": "mean b", "bias-changes-weight-slope": "mean w",
    "chain-first-bias": "chain", "descent-step-w": "step w", "descent-step-b": "step b",
    "total-used-twice": "used twice", "gradient-check-central": "central difference",
    "exercise-1-2": "output", "exercise-1-3": "sigmoid slope", "exercise-1-4": "output slope",
    "exercise-1-5": "neuron b", "exercise-1-6": "neuron w", "exercise-2-1-w": "mean w",
    "exercise-2-1-b": "mean b", "exercise-2-3": "step b", "exercise-3-6": "used twice",
}


def mean_by_hand(wrt, w, b):
    """The right slope and each mistake's, over the six examples, from neuron_by_hand."""
    tables = [neuron_by_hand(wrt, w, b, x, y) for x, y in zip(A_PREV, Y, strict=True)]
    mean = {name: sum(t[name] for t in tables) / len(tables) for name in tables[0]}
    right = mean.pop(None)
    mean["sigma_prime_i_forgotten"] = mean.pop("sigma_prime_forgotten")  # σ'(z_i), each example
    return right, {**mean, "sum_not_mean": right * len(tables),
                   "example_zero_only": tables[0][None]}


def by_hand(asks, v):
    """The right answer and every mistake's number, from the plain formulas."""
    kind, _, wrt = asks.partition(" ")
    if kind == "neuron":
        table = neuron_by_hand(wrt, v["w"], v["b"], v["a_prev"], v["y"])
        return table.pop(None), table
    if kind == "mean":
        return mean_by_hand(wrt, v["w"], v["b"])
    if kind == "step":
        own, _ = mean_by_hand(wrt, v["w"], v["b"])
        other, _ = mean_by_hand("b" if wrt == "w" else "w", v["w"], v["b"])
        p, rate = v[wrt], v["rate"]
        return p - rate * own, {"uphill_step": p + rate * own, "rate_forgotten": p - own,
                                "other_parameter_slope": p - rate * other}
    if asks == "sigmoid slope":
        z = v["z"]
        return sp(z), {"sigmoid_for_slope": s(z), "wrong_sign": -sp(z),
                       "inner_slope_forgotten": -(s(z) ** 2)}
    if asks == "output slope":
        a, y = v["a"], v["y"]
        return 2 * (a - y), {"factor_two_forgotten": a - y, "half_squared_error": a - y,
                             "wrong_sign": 2 * (y - a),
                             "sigma_prime_extra": a * (1 - a) * 2 * (a - y)}
    if asks == "output":
        z = v["w"] * v["a_prev"] + v["b"]
        return s(z), {"bias_left_out_of_z": s(v["w"] * v["a_prev"]),
                      "exponent_sign_flipped": s(-z), "sigmoid_forgotten": z}
    if asks == "chain":
        z1 = v["w1"] * v["a0"] + v["b1"]
        z2 = v["w2"] * s(z1) + v["b2"]
        out = 2 * (s(z2) - v["y"])
        right = sp(z1) * v["w2"] * sp(z2) * out
        return right, {"weight_forgotten": right / v["w2"],
                       "sigma_prime_layer1_forgotten": right / sp(z1),
                       "sigma_prime_layer2_extra": right * sp(z2),
                       "factor_two_forgotten": right / 2, "wrong_sign": -right}
    if asks == "used twice":
        z1 = v["w"] * v["a0"] + v["b"]
        direct, through = s(z1), v["w"] * sp(z1) * v["a0"]
        return direct + through, {"paths_not_added": direct, "direct_path_forgotten": through,
                                  "sigma_prime_pass1_forgotten": direct + v["w"] * v["a0"]}
    assert asks == "central difference"
    w, b, h = v["w"], v["b"], v["h"]
    for name, at in (("cost_plus", w + h), ("cost_minus", w - h), ("cost_here", w)):
        cost = sum((s(at * x + b) - y) ** 2 for x, y in zip(A_PREV, Y, strict=True)) / len(Y)
        assert v[name] == round(cost, 6)
    plus, minus, here = v["cost_plus"], v["cost_minus"], v["cost_here"]
    return (plus - minus) / (2 * h), {"difference_over_h": (plus - minus) / h,
                                      "one_sided_difference": (plus - here) / h,
                                      "wrong_sign": (minus - plus) / (2 * h)}


def test_the_pages_have_at_least_20_checks_and_5_predictions(boxes):
    checks = [key for key, (data, _) in boxes.items() if data is not None]
    predictions = [key for key, (data, _) in boxes.items() if data is None]
    assert len(checks) >= 20, checks
    assert len(predictions) >= 5, predictions
    exercises = {key.rsplit("-", 1)[0] if key.count("-") > 2 else key
                 for key in checks if key.startswith("exercise-")}
    assert len(exercises) >= 8, exercises
    for key in checks:
        if key.startswith("exercise-"):
            assert len(boxes[key][0]["bank"]) >= 9, key  # the page's numbers and 8 variants


def test_every_check_names_at_least_3_catalogued_mistakes(boxes):
    for key, (data, markdown) in boxes.items():
        if data is None:
            continue
        assert len(data["mistakes"]) >= 3, key
        for name in data["mistakes"]:
            assert name in CATALOGUE, (key, name)
            assert f'data-says="{name}"' in markdown, (key, name)


def test_every_check_is_worked_by_hand(boxes):
    assert {key for key, (data, _) in boxes.items() if data is not None} == set(ASKS)


def test_every_exported_number_is_what_its_formula_gives(boxes):
    """The answer, and every mistake the page names, in every set of numbers it exports."""
    for key, (data, _) in boxes.items():
        if data is None:
            continue
        for values, wrong in instances(data):
            answer, expected = by_hand(ASKS[key], values)
            assert values["answer"] == pytest.approx(answer, abs=1e-8), key
            assert set(wrong) <= set(expected), key
            for name, value in wrong.items():
                assert value == pytest.approx(expected[name], abs=1e-8), (key, name)


def test_no_exported_mistake_can_be_taken_for_the_answer(boxes):
    for key, (data, _) in boxes.items():
        if data is None:
            continue
        for values, wrong in instances(data):
            for name, value in wrong.items():
                assert abs(value - values["answer"]) > 2 * TOLERANCE, (key, name, values)


def test_the_worked_answer_shows_the_page_numbers(boxes):
    """The first exported set is the one the page prints, digit for digit."""
    data, markdown = boxes["home-bias-slope"]
    values, _ = next(instances(data))
    assert values["answer"] == pytest.approx(-0.225)  # z = 0.5·3 − 1.5 = 0: 0.25 · 2(0.5 − 0.95)
    assert '<span data-value="answer">-0.2250</span>' in markdown
    assert '<span data-value="mistake:sigma_prime_forgotten">-0.9000</span>' in markdown



# What a wrong answer says names the sigmoid's input the way its question does: σ'(z) for one
# neuron, σ'(z_i) for one example of the six, σ'(z^1) and σ'(z^2) for the chain's layers,
# σ'(z_1) for the first pass of the neuron applied twice.
MEAN_SAYS = [r"\(\sigma'(z_i)\) is left out of each example's slope: the sigmoid sits "
             r"between \(z_i\) and \(a_i\)"]
USED_TWICE_SAYS = [r"\(\sigma'(z_1)\) is left out of the path through \(a_1\): the sigmoid "
                   r"sits between \(z_1\) and \(a_1\)"]
SIGMOID_SLOPE_SAYS = {
    "home-bias-slope": [r"\(\sigma'(z)\) is left out: the sigmoid sits between \(z\) and "
                        r"\(a^L\)"],
    "many-neurons-mean-bias-slope": MEAN_SAYS, "bias-changes-weight-slope": MEAN_SAYS,
    "exercise-2-1-w": MEAN_SAYS, "exercise-2-1-b": MEAN_SAYS,
    "chain-first-bias": [r"\(\sigma'(z^1)\) is left out: the first layer's sigmoid sits "
                         r"between \(z^1\) and \(a^1\)",
                         r"\(\sigma'(z^2)\) is multiplied in twice: \(\delta^2\) already "
                         "holds it"],
    "total-used-twice": USED_TWICE_SAYS, "exercise-3-6": USED_TWICE_SAYS,
}
SAYS = re.compile(r'<span data-says="(\w+)">(.*?)</span>', re.DOTALL)
SIGMA_PRIME = re.compile(r"\\\((\\sigma'\([^)]*\))\\\)")  # \(\sigma'(…)\) -> \sigma'(…)


@pytest.mark.parametrize("key", sorted(SIGMOID_SLOPE_SAYS))
def test_a_forgotten_sigmoid_slope_is_named_by_the_questions_z(boxes, key):
    _, markdown = boxes[key]
    for says in SIGMOID_SLOPE_SAYS[key]:
        assert says in markdown, key
    if key != "home-bias-slope":  # one neuron's plain z would be another z here
        for name, says in SAYS.findall(markdown):
            assert r"\sigma'(z)" not in says, (key, name)


def test_every_forgotten_sigmoid_slope_is_one_the_box_shows(boxes):
    """The σ'(…) a wrong answer says was left out appears in the question or worked answer."""
    for key, (data, markdown) in boxes.items():
        if data is None:
            continue
        shown = SAYS.sub("", markdown)
        for name, says in SAYS.findall(markdown):
            if name.startswith("sigma_prime") and name.endswith("_forgotten"):
                named = SIGMA_PRIME.match(says)
                assert named, (key, name, says)
                assert named[1] in shown, (key, name, named[1])
