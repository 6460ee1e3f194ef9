"""snippets.verify: a shown value and its check agree, or the script stops naming both."""

import numpy as np
import pytest

from snippets.verify import TOLERANCE, Disagreement, agree, claim


def test_values_within_the_tolerance_agree_and_the_relative_error_is_returned():
    assert agree("∂C/∂w", -0.2146779685, -0.2146779685 * (1 + 1e-9)) == pytest.approx(1e-9)
    assert agree("both", [1.0, 2.0], [1.0, 2.0]) == 0.0


def test_a_disagreement_names_what_both_values_how_and_the_tolerance():
    with pytest.raises(Disagreement) as raised:
        agree("∂C/∂w", -0.0429355937, -0.2146779685, "nudging w")
    assert str(raised.value) == (
        "∂C/∂w: the formula gives -0.0429355937, but nudging w gives -0.2146779685 "
        "(relative error 8.0e-01, allowed 1e-07)"
    )


def test_the_tolerance_is_relative_and_can_be_widened():
    with pytest.raises(Disagreement):
        agree("x", 1.0, 1.0 + 10 * TOLERANCE)
    agree("x", 1.0, 1.0 + 10 * TOLERANCE, tolerance=1e-5)
    agree("tiny", 1e-12, 1e-12 * (1 + 1e-9))  # relative: small values are not waved through
    with pytest.raises(Disagreement):
        agree("tiny", 1e-12, 2e-12)


def test_arrays_are_compared_as_wholes_and_shown_in_full():
    with pytest.raises(Disagreement, match=r"gives \[ ?1\. ?, ?2\. ?\], but nudging gives"):
        agree("∇C", [1, 2], [1.0, 3.0])


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_a_nan_or_inf_on_either_side_is_a_disagreement_not_a_pass(bad):
    with pytest.raises(Disagreement, match="relative error inf"):
        agree("x", bad, 1.0)
    with pytest.raises(Disagreement, match="relative error inf"):
        agree("x", 1.0, bad)


def test_a_claim_that_holds_passes_and_one_that_does_not_says_what_the_page_says():
    claim(True, "anything")
    with pytest.raises(Disagreement, match=r"^the page says the slip fails the check, and"):
        claim(False, "the slip fails the check")


def test_a_disagreement_is_an_assertion_error_so_a_notebook_cell_or_script_stops():
    assert issubclass(Disagreement, AssertionError)


# --- bad input (issue 19 §3): NaN is a disagreement; anything that is not numbers is an error ---


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"value": "1.0"}, TypeError, r"^value: expected real or complex numbers"),
        ({"check": None}, TypeError, r"^check: expected real or complex numbers"),
        ({"check": [1.0, 1.0]}, ValueError, r"^expected matching shapes, got value \(\), "
                                            r"check \(2,\)$"),
        ({"value": []}, ValueError, r"^value: expected at least one value"),
        ({"tolerance": 0.0}, ValueError, r"^tolerance: expected a positive number"),
        ({"tolerance": np.nan}, ValueError, r"^tolerance: expected finite numbers"),
        ({"what": None}, TypeError, r"^what: expected text \(a str\), got None"),
        ({"how": 3}, TypeError, r"^how: expected text \(a str\), got 3"),
    ],
)
def test_agree_refuses_what_is_not_a_value_and_its_check(kwargs, error, message):
    # A string used to fail inside np.isfinite, and a shape mismatch named g_analytic.
    with pytest.raises(error, match=message):
        agree(**({"what": "x", "value": 1.0, "check": 1.0} | kwargs))


@pytest.mark.parametrize("holds", [np.array([True, False]), None, 1, "yes"])
def test_claim_wants_true_or_false(holds):
    with pytest.raises(TypeError, match=r"^holds: expected True or False, got "):
        claim(holds, "anything")
    claim(np.bool_(True), "a numpy bool is fine")


def test_claim_wants_a_statement_in_words():
    with pytest.raises(TypeError, match=r"^statement: expected text \(a str\), got int$"):
        claim(True, 3)
