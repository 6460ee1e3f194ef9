"""The explorer's grids: equal to the pointwise formulas, compact, and accurate between points."""

import gzip
import json
import tracemalloc

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from snippets.cost import cross_entropy, mean_cost
from snippets.dataset import A_PREV, B0, W0, Y
from snippets.explorer_data import (
    B_RANGE,
    COST_LABELS,
    QUANTITIES,
    QUANTUM,
    SPACING,
    TOLERANCE,
    W_RANGE,
    bilinear,
    decode,
    encode,
    grid_axis,
    surface_data,
    worst_errors,
)
from snippets.gradcheck import complex_step, relative_error
from snippets.neuron import cost, forward, gradients
from snippets.surface import COSTS


@pytest.fixture(scope="module")
def data():
    return surface_data()


@pytest.fixture(scope="module")
def shipped(data):
    """What the page downloads: the grids after encoding and decoding (rounding included)."""
    return decode(json.loads(json.dumps(encode(data))))


def cross_entropy_cost(w, b):
    """C(w, b) for the cross-entropy at one point, from the pointwise formulas."""
    z, _ = forward(w, b, A_PREV)
    return mean_cost(cross_entropy(z, Y))


def exact(cost_name, w, b):
    """(C, ∂C/∂w, ∂C/∂b) at one point, computed without any grid."""
    if cost_name == "squared_error":
        dC_dw, dC_db, _ = gradients(w, b, A_PREV, Y)
        return float(cost(w, b, A_PREV, Y)), float(dC_dw), float(dC_db)
    slopes = complex_step(lambda p: cross_entropy_cost(p[0], p[1]), np.array([w, b]))
    return float(cross_entropy_cost(w, b)), float(slopes[0]), float(slopes[1])


# --- the grids are the snippets' values -----------------------------------------------------


def test_axes_span_the_home_figure_window_with_the_marked_point_on_the_grid(data):
    w, b = data["w"], data["b"]
    assert (w[0], w[-1]) == W_RANGE
    assert (b[0], b[-1]) == B_RANGE
    np.testing.assert_allclose(np.diff(w), SPACING, rtol=1e-12)
    np.testing.assert_allclose(np.diff(b), SPACING, rtol=1e-12)
    assert W0 in w
    assert B0 in b
    assert data["start"] == (W0, B0)


def test_every_grid_has_shape_rows_b_by_columns_w(data):
    assert set(data["costs"]) == set(COSTS)
    for grids in data["costs"].values():
        assert set(grids) == set(QUANTITIES)
        for values in grids.values():
            assert values.shape == (data["b"].size, data["w"].size)
            assert values.dtype == np.float64


@pytest.mark.parametrize("cost_name", COSTS)
def test_grid_values_equal_pointwise_evaluations(data, cost_name):
    rng = np.random.default_rng(6)
    grids = data["costs"][cost_name]
    rows = rng.integers(0, data["b"].size, 25)
    columns = rng.integers(0, data["w"].size, 25)
    corners = [(0, 0), (0, -1), (-1, 0), (-1, -1)]
    for i, j in [*zip(rows, columns, strict=True), *corners]:
        expected = exact(cost_name, data["w"][j], data["b"][i])
        got = [grids[name][i, j] for name in QUANTITIES]
        assert relative_error(np.array(got), np.array(expected)).max() < 1e-12, (i, j)


def test_the_marked_point_has_the_home_page_slopes(data):
    i, j = np.flatnonzero(data["b"] == B0)[0], np.flatnonzero(data["w"] == W0)[0]
    dC_dw, dC_db, _ = gradients(W0, B0, A_PREV, Y)
    grids = data["costs"]["squared_error"]
    assert grids["dC_dw"][i, j] == pytest.approx(dC_dw, rel=1e-13)
    assert grids["dC_db"][i, j] == pytest.approx(dC_db, rel=1e-13)


# --- bilinear interpolation -----------------------------------------------------------------


def test_bilinear_returns_the_grid_values_at_grid_points(data):
    grid = data["costs"]["squared_error"]["dC_dw"]
    w_points, b_points = np.meshgrid(data["w"], data["b"])
    np.testing.assert_allclose(
        bilinear(data["w"], data["b"], grid, w_points, b_points), grid, rtol=0, atol=1e-15
    )


coefficient = st.floats(-5, 5)


@given(coefficient, coefficient, coefficient, coefficient, st.integers(0, 2**32 - 1))
def test_bilinear_is_exact_for_a_bilinear_function(c0, c_w, c_b, c_wb, seed):
    w_axis, b_axis = np.linspace(-3, 4, 8), np.linspace(-4, 3, 6)
    w_grid, b_grid = np.meshgrid(w_axis, b_axis)

    def f(w, b):
        return c0 + c_w * w + c_b * b + c_wb * w * b

    rng = np.random.default_rng(seed)
    w, b = rng.uniform(-3, 4, 50), rng.uniform(-4, 3, 50)
    got = bilinear(w_axis, b_axis, f(w_grid, b_grid), w, b)
    np.testing.assert_allclose(got, f(w, b), rtol=1e-12, atol=1e-12)


@given(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6))
def test_bilinear_clamps_to_the_grid_and_never_extrapolates(data, w, b):
    grid = data["costs"]["cross_entropy"]["C"]
    got = bilinear(data["w"], data["b"], grid, np.array(w), np.array(b))
    clamped = bilinear(
        data["w"],
        data["b"],
        grid,
        np.clip(np.array(w), *W_RANGE),
        np.clip(np.array(b), *B_RANGE),
    )
    assert got == clamped
    assert grid.min() <= got <= grid.max()


def test_bilinear_keeps_the_shape_of_its_points(data):
    grid = data["costs"]["squared_error"]["C"]
    w = np.full((2, 3), 0.3)
    assert bilinear(data["w"], data["b"], grid, w, w).shape == (2, 3)
    assert bilinear(data["w"], data["b"], grid, 0.3, -0.2).shape == ()


# --- accuracy: the error bound the page states ----------------------------------------------


def test_worst_error_over_every_cell_is_below_the_tolerance(shipped):
    errors = worst_errors(shipped)
    assert set(errors) == set(COSTS)
    for cost_name, worst in errors.items():
        for name in QUANTITIES:
            assert 0 < worst[name] < TOLERANCE, (cost_name, name, worst[name])


@pytest.mark.parametrize("cost_name", COSTS)
def test_random_points_between_the_grid_are_within_the_tolerance(shipped, cost_name):
    rng = np.random.default_rng(2024)
    w, b = rng.uniform(*W_RANGE, 200), rng.uniform(*B_RANGE, 200)
    grids = shipped["costs"][cost_name]
    got = np.stack([bilinear(shipped["w"], shipped["b"], grids[n], w, b) for n in QUANTITIES])
    expected = np.array([exact(cost_name, w_k, b_k) for w_k, b_k in zip(w, b, strict=True)]).T
    assert np.abs(got - expected).max() < TOLERANCE


def test_a_grid_twice_as_coarse_would_break_the_tolerance():
    # The accuracy test can fail: halve the resolution and the error quadruples past it.
    coarse = worst_errors(surface_data(spacing=2 * SPACING))
    assert coarse["squared_error"]["dC_dw"] > TOLERANCE


def test_worst_errors_probes_inside_cells():
    # A surface that is 0 on every grid point and 1 between them: only inner probes see it.
    data = {
        "w": np.array([0.0, 1.0]),
        "b": np.array([0.0, 1.0]),
        "a_prev": A_PREV,
        "y": Y,
        "costs": {"squared_error": {name: np.zeros((2, 2)) for name in QUANTITIES}},
    }
    errors = worst_errors(data, refine=2)["squared_error"]
    midpoint = exact("squared_error", 0.5, 0.5)
    assert errors["C"] >= midpoint[0]
    assert errors["dC_dw"] >= abs(midpoint[1])


# --- the file format ------------------------------------------------------------------------


def test_encoding_is_plain_json_and_decodes_to_within_half_a_quantum(data, shipped):
    encoded = encode(data)
    assert json.loads(json.dumps(encoded)) == encoded
    assert encoded["w"] == [*W_RANGE, data["w"].size]
    assert encoded["b"] == [*B_RANGE, data["b"].size]
    assert encoded["start"] == [W0, B0]
    assert encoded["labels"] == COST_LABELS
    assert encoded["tolerance"] == TOLERANCE
    assert all(isinstance(x, int) for x in encoded["costs"]["squared_error"]["dC_db"])
    np.testing.assert_array_equal(shipped["w"], data["w"])
    np.testing.assert_array_equal(shipped["a_prev"], A_PREV)
    np.testing.assert_array_equal(shipped["y"], Y)
    for cost_name in COSTS:
        for name in QUANTITIES:
            difference = shipped["costs"][cost_name][name] - data["costs"][cost_name][name]
            assert np.abs(difference).max() <= QUANTUM / 2 * (1 + 1e-9)


def test_second_differences_undo_exactly():
    values = np.array([[1.0, 2.5, 4.0], [0.5, -3.0, 2.0]])
    data = {
        "w": np.array([0.0, 1.0, 2.0]),
        "b": np.array([0.0, 1.0]),
        "a_prev": A_PREV,
        "y": Y,
        "start": (0.0, 0.0),
        "costs": {"squared_error": {name: values for name in QUANTITIES}},
    }
    encoded = encode(data, quantum=0.5)
    assert encoded["costs"]["squared_error"]["C"] == [2, 3, 3, -1, -10, 7]
    np.testing.assert_array_equal(decode(encoded)["costs"]["squared_error"]["C"], values)


def test_the_file_is_small(data):
    text = json.dumps(encode(data), separators=(",", ":"))
    assert len(gzip.compress(text.encode(), 9)) < 40_000


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("limits", "spacing", "match"),
    [
        ((1.0, 1.0), 0.5, r"limits: expected low < high, got \(1.0, 1.0\)"),
        ((2.0, 1.0), 0.5, r"limits: expected low < high"),
        ((0.0, 1.0), 0.0, r"spacing: expected a positive number, got 0.0"),
        ((0.0, 1.0), -0.25, r"spacing: expected a positive number"),
        ((0.0, 1.0), 0.3, r"spacing: expected a whole number of steps from 0.0 to 1.0, got 0.3"),
        ((0.0, 1.0), 2.0, r"spacing: expected a whole number of steps"),
        ((0.0, np.nan), 0.5, r"limits: expected finite numbers"),
    ],
)
def test_grid_axis_rejects_bad_limits_and_spacings(limits, spacing, match):
    with pytest.raises(ValueError, match=match):
        grid_axis(limits, spacing)


def test_grid_axis_rejects_a_spacing_that_is_not_a_number():
    with pytest.raises(TypeError, match=r"spacing: expected real or complex numbers"):
        grid_axis((0.0, 1.0), "0.5")


AXIS = np.linspace(0.0, 1.0, 3)


@pytest.mark.parametrize(
    ("values", "w", "b", "error", "match"),
    [
        (np.zeros((3, 2)), 0.5, 0.5, ValueError, r"values: expected shape .* = \(3, 3\)"),
        (np.zeros(9), 0.5, 0.5, ValueError, r"got \(9,\)"),
        (np.zeros((3, 3)), np.zeros(2), np.zeros(3), ValueError, r"expected matching shapes"),
        (np.zeros((3, 3)), np.nan, 0.5, ValueError, r"w: expected finite numbers"),
        (np.zeros((3, 3)), 0.5, "b", TypeError, r"b: expected real or complex numbers"),
    ],
)
def test_bilinear_rejects_bad_input(values, w, b, error, match):
    with pytest.raises(error, match=match):
        bilinear(AXIS, AXIS, values, w, b)


def test_bilinear_needs_at_least_two_points_per_axis():
    with pytest.raises(ValueError, match=r"^b_axis: expected a strictly increasing 1-D axis of at "
                                         r"least 2 points, got array\(\[0\.\]\)$"):
        bilinear(AXIS, np.array([0.0]), np.zeros((1, 3)), 0.5, 0.5)


@pytest.mark.parametrize("quantum", [0.0, -1e-4])
def test_encode_rejects_a_quantum_that_is_not_positive(data, quantum):
    with pytest.raises(ValueError, match=r"quantum: expected a positive number"):
        encode(data, quantum=quantum)


def test_decode_rejects_a_grid_of_the_wrong_length(data):
    encoded = encode(data)
    encoded["costs"]["squared_error"]["C"] = encoded["costs"]["squared_error"]["C"][:-1]
    with pytest.raises(ValueError, match=r"expected 113 × 113 = 12769 numbers, got 12768"):
        decode(encoded)


@pytest.mark.parametrize("refine", [1, 0])
def test_worst_errors_rejects_a_bad_refinement(data, refine):
    with pytest.raises(ValueError, match=r"refine: expected a whole number ≥ 2"):
        worst_errors(data, refine=refine)


@pytest.mark.parametrize("refine", [2.0, "4", True])
def test_worst_errors_wants_an_integer_refinement(data, refine):
    with pytest.raises(TypeError, match=r"^refine: expected a whole number \(an int\)"):
        worst_errors(data, refine=refine)


# --- bad input found by issue 19 §3 and the bad-input sweep ----------------------------------


def peak_bytes(call):
    """The most memory that ``call()`` held at once (tracemalloc sees numpy's allocations)."""
    tracemalloc.start()
    try:
        call()
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak


@pytest.mark.parametrize(
    ("axis", "match"),
    [
        (np.array([1.0, 0.5, 0.0]), r"^w_axis: expected a strictly increasing 1-D axis"),
        (np.array([0.0, 0.0, 1.0]), r"^w_axis: expected a strictly increasing 1-D axis"),
        (np.array([0.0, 0.25, 1.0]), r"^w_axis: expected evenly spaced points, got steps from "
                                     r"0\.25 to 0\.75$"),
        (np.zeros((3, 1)), r"^w_axis: expected a strictly increasing 1-D axis"),
        (0.5, r"^w_axis: expected a strictly increasing 1-D axis"),  # diff() failed on 0-d
    ],
)
def test_bilinear_refuses_an_axis_its_arithmetic_cannot_read(axis, match):
    # A decreasing or uneven axis used to give wrong values without a word.
    with pytest.raises(ValueError, match=match):
        bilinear(axis, AXIS, np.zeros((3, 3)), 0.5, 0.5)


def test_bilinear_accepts_the_rounding_of_linspace():
    w_axis = np.linspace(-3.0, 4.0, 113)  # steps differ in their last bits
    assert bilinear(w_axis, AXIS, np.ones((3, 113)), 0.1, 0.5) == pytest.approx(1.0)


@pytest.mark.parametrize("argument", ["w", "b", "w_axis", "values"])
def test_bilinear_refuses_complex_numbers(argument):
    args = {"w_axis": AXIS, "b_axis": AXIS, "values": np.zeros((3, 3)), "w": 0.5, "b": 0.5}
    args[argument] = np.asarray(args[argument]) + 0j
    with pytest.raises(TypeError, match=rf"^{argument}: expected real numbers"):
        bilinear(**args)


def test_a_spacing_finer_than_the_limit_is_refused_before_any_grid_is_made():
    def call():
        with pytest.raises(ValueError, match=r"^spacing: expected at most 500 points from -3\.0 "
                                             r"to 4\.0, got 3585 with spacing 0\.001953125$"):
            surface_data(spacing=1 / 512)

    assert peak_bytes(call) < 100_000


@pytest.mark.parametrize("spacing", [1e-320, 5e-324])
def test_a_vanishing_spacing_is_refused_not_overflowed(spacing):
    with pytest.raises(ValueError, match=r"^spacing: expected at most 500 points"):
        grid_axis((0.0, 1.0), spacing)


@pytest.mark.parametrize(
    ("limits", "error", "match"),
    [
        (None, TypeError, r"^limits: expected real or complex numbers"),
        ((0.0, 1.0, 2.0), ValueError, r"^limits: expected a pair \(low, high\), got shape \(3,\)"),
        ((0.0, 1j), TypeError, r"^limits: expected real numbers"),
        (((0.0, 1.0), 2.0), ValueError, r"^limits: expected a rectangular array"),
    ],
)
def test_grid_axis_wants_a_pair_of_real_limits(limits, error, match):
    with pytest.raises(error, match=match):
        grid_axis(limits, 0.5)


def test_worst_errors_refuses_a_probe_grid_beyond_the_limit_before_making_it(data):
    def call():
        with pytest.raises(ValueError, match=r"^refine: expected at most 2,000,000 values in the "
                                             r"probe grid \(its points × the examples\), got "):
            worst_errors(data, refine=100)  # 11201² points × 6: 750 million

    assert peak_bytes(call) < 1_000_000


@pytest.mark.parametrize(
    ("bad", "error", "match"),
    [
        (None, TypeError, r"^data: expected a dict like surface_data's, got NoneType$"),
        ({}, ValueError, r"^data: expected the keys of surface_data's result, missing \['w', "),
    ],
)
def test_encode_and_worst_errors_want_surface_data(bad, error, match):
    with pytest.raises(error, match=match):
        encode(bad)
    with pytest.raises(error, match=match):
        worst_errors(bad)


def test_encode_names_a_grid_of_the_wrong_shape(data):
    broken = {**data, "costs": {"squared_error": {**data["costs"]["squared_error"],
                                                  "C": np.zeros((3, 3))}}}
    with pytest.raises(ValueError, match=r"^data\['costs'\]\['squared_error'\]\['C'\]: expected "
                                         r"shape \(113, 113\), one value per \(b, w\), got "):
        encode(broken)
    with pytest.raises(ValueError, match=r"^data\['costs'\]\['hinge'\]: expected a cost in"):
        encode({**data, "costs": {"hinge": data["costs"]["squared_error"]}})


def test_encode_refuses_a_quantum_so_small_that_whole_numbers_would_wrap(data):
    # round(value / 1e-300) does not fit in an int64: astype used to wrap it silently.
    with pytest.raises(ValueError, match=r"^quantum: expected a quantum that keeps "
                                         r"\|value / quantum\| below 2\^53, got 1e-300"):
        encode(data, quantum=1e-300)
    # Smaller still, value / quantum overflowed to inf (a RuntimeWarning) before the check.
    with pytest.raises(ValueError, match=r"^quantum: expected a quantum that keeps "
                                         r"\|value / quantum\| below 2\^53, got 1e-320"):
        encode(data, quantum=1e-320)


def test_decode_checks_what_it_reads(data):
    encoded = json.loads(json.dumps(encode(data)))
    with pytest.raises(TypeError, match=r"^encoded: expected a dict like encode's, got list$"):
        decode([])
    with pytest.raises(ValueError, match=r"^encoded: expected the keys of encode's result, "
                                         r"missing \['quantum'"):
        decode({})
    huge = {**encoded, "w": [-3.0, 4.0, 10**9]}  # would make a billion-point axis
    with pytest.raises(ValueError, match=r"^encoded\['w'\] count: expected a whole number from 2 "
                                         r"to 500, got 1,000,000,000$"):
        decode(huge)
    halves = {**encoded, "costs": {"squared_error": {
        **encoded["costs"]["squared_error"],
        "C": [0.5] * len(encoded["costs"]["squared_error"]["C"])}}}
    with pytest.raises(TypeError, match=r"^encoded\['costs'\]\['squared_error'\]\['C'\]: expected "
                                        r"whole numbers"):
        decode(halves)
    with pytest.raises(ValueError, match=r"^encoded\['quantum'\]: expected a positive number"):
        decode({**encoded, "quantum": 0})
    with pytest.raises(ValueError, match=r"^encoded\['b'\]: expected \[first, last, count\], got "
                                         r"\[-4\.0, 3\.0\]$"):
        decode({**encoded, "b": [-4.0, 3.0]})
    with pytest.raises(ValueError, match=r"^encoded\['w'\]: expected first < last, got "
                                         r"\[4\.0, -3\.0, 113\]$"):
        decode({**encoded, "w": [4.0, -3.0, 113]})
