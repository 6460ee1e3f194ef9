"""The input checks: what they accept, and a clear error for everything else."""

import numpy as np
import pytest

from snippets.checks import (
    as_array,
    as_choice,
    as_list,
    as_positive,
    as_real,
    as_real_array,
    as_scalar,
    as_whole_number,
    one_number_function,
    same_shape,
    within_limit,
)

# --- as_array: accepted input ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "shape"),
    [(3, ()), ([1, 2, 3], (3,)), ([[1, 2], [3, 4]], (2, 2)), (np.arange(6, dtype=np.int8), (6,))],
)
def test_as_array_turns_integers_and_lists_into_float64(x, shape):
    array = as_array(x, "x")
    assert array.dtype == np.float64
    assert array.shape == shape
    np.testing.assert_array_equal(array, np.asarray(x, dtype=np.float64))


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.uint16, np.int64])
def test_as_array_widens_every_real_dtype_to_float64(dtype):
    array = as_array(np.array([1, 2], dtype=dtype), "x")
    assert array.dtype == np.float64
    np.testing.assert_array_equal(array, [1.0, 2.0])


def test_as_array_keeps_complex_input_complex():
    array = as_array([1 + 2j, 3], "x")
    assert array.dtype == np.complex128
    np.testing.assert_array_equal(array, [1 + 2j, 3 + 0j])
    assert as_array(np.complex64(1j), "x").dtype == np.complex128


def test_as_array_accepts_a_0d_number():
    array = as_array(np.float64(2.5), "x")
    assert array.shape == ()
    assert array == 2.5


def test_as_array_returns_a_copy_not_a_view_of_float64_input():
    original = np.array([1.0, 2.0])
    array = as_array(original, "x")
    array[0] = 99.0
    assert original[0] == 1.0


# --- as_array: rejected input ---------------------------------------------------------------


@pytest.mark.parametrize(
    "x",
    [
        [1.0, np.nan],
        [np.inf, 0.0],
        -np.inf,
        complex(np.nan, 0.0),
        complex(0.0, np.nan),
        complex(0.0, np.inf),
        np.array([1.0, np.nan], dtype=np.float32),
    ],
)
def test_as_array_rejects_nan_and_inf(x):
    with pytest.raises(ValueError, match=r"^a_prev: expected finite numbers, got NaN or inf"):
        as_array(x, "a_prev")


@pytest.mark.parametrize("x", [[], np.empty((0, 3)), np.array([], dtype=np.complex128)])
def test_as_array_rejects_an_empty_array(x):
    shape = np.shape(x)
    with pytest.raises(ValueError, match=rf"^y: expected at least one value, got .*{shape}"):
        as_array(x, "y")


@pytest.mark.parametrize(
    ("x", "dtype", "typename"),
    [
        ("0.5", "<U3", "str"),
        (["1", "2"], "<U1", "list"),
        (b"1", "|S1", "bytes"),
        (np.array([1.0, None]), "object", "ndarray"),
        (None, "object", "NoneType"),
        ([1.0, "a"], "<U32", "list"),
    ],
)
def test_as_array_rejects_strings_and_objects(x, dtype, typename):
    message = rf"^w: expected real or complex numbers, got dtype {dtype} \({typename}\)$"
    with pytest.raises(TypeError, match=message):
        as_array(x, "w")


@pytest.mark.parametrize("x", [True, [True, False], np.array([0, 1], dtype=bool)])
def test_as_array_rejects_booleans(x):
    # A mask passed by mistake must not become 0.0 / 1.0 silently.
    with pytest.raises(TypeError, match=r"^b: expected real or complex numbers, got dtype bool"):
        as_array(x, "b")


def test_as_array_rejects_dates():
    with pytest.raises(TypeError, match=r"got dtype datetime64\[D\]"):
        as_array(np.array(["2024-01-01"], dtype="datetime64[D]"), "a")


@pytest.mark.parametrize("x", [[[1.0, 2.0], [3.0]], [1.0, [2.0, 3.0]]])
def test_as_array_rejects_ragged_lists(x):
    message = r"^a_prev: expected a rectangular array of numbers, got \["
    with pytest.raises(ValueError, match=message) as caught:
        as_array(x, "a_prev")
    assert isinstance(caught.value.__cause__, ValueError)


# --- as_scalar --------------------------------------------------------------------------------


@pytest.mark.parametrize(("x", "expected"), [(2, 2.0), (-0.5, -0.5), (np.float32(1.5), 1.5)])
def test_as_scalar_accepts_one_number(x, expected):
    scalar = as_scalar(x, "w")
    assert scalar.shape == ()
    assert scalar.dtype == np.float64
    assert scalar == expected


def test_as_scalar_keeps_a_complex_number_complex():
    scalar = as_scalar(1 + 1e-20j, "w")
    assert scalar.dtype == np.complex128
    assert scalar.imag == 1e-20


@pytest.mark.parametrize(("x", "shape"), [([1.0], (1,)), ([1.0, 2.0], (2,)), ([[3.0]], (1, 1))])
def test_as_scalar_rejects_arrays(x, shape):
    message = rf"^w: expected a single number, got an array of shape {re_shape(shape)}$"
    with pytest.raises(ValueError, match=message):
        as_scalar(x, "w")


@pytest.mark.parametrize(
    ("x", "error", "message"),
    [
        (np.nan, ValueError, "expected finite numbers"),
        ("1", TypeError, "expected real or complex numbers"),
        (True, TypeError, "expected real or complex numbers"),
        ([], ValueError, "expected at least one value"),
    ],
)
def test_as_scalar_applies_every_as_array_check(x, error, message):
    with pytest.raises(error, match=rf"^b: {message}"):
        as_scalar(x, "b")


# --- same_shape -------------------------------------------------------------------------------


def test_same_shape_returns_the_shared_shape():
    assert same_shape(a=np.zeros((2, 3)), y=np.ones((2, 3)), z=np.zeros((2, 3))) == (2, 3)
    assert same_shape(a=1.0, y=2.0) == ()
    assert same_shape(only=np.zeros(4)) == (4,)


@pytest.mark.parametrize(
    ("a", "y"),
    [
        (np.zeros(6), np.zeros(5)),
        (np.zeros(6), np.zeros((6, 1))),  # would broadcast to (6, 6)
        (np.zeros(3), np.float64(1.0)),  # would broadcast silently
        (np.zeros((2, 3)), np.zeros((3, 2))),
    ],
)
def test_same_shape_rejects_mismatches_and_names_both_shapes(a, y):
    message = rf"^expected matching shapes, got a {re_shape(a.shape)}, y {re_shape(np.shape(y))}$"
    with pytest.raises(ValueError, match=message):
        same_shape(a=a, y=y)


def test_same_shape_names_every_array_when_one_of_three_differs():
    with pytest.raises(ValueError, match=r"a \(2,\), y \(2,\), z \(3,\)"):
        same_shape(a=np.zeros(2), y=np.zeros(2), z=np.zeros(3))


def test_same_shape_with_no_arrays_says_so():
    # It used to raise StopIteration, which a generator would swallow.
    with pytest.raises(TypeError, match=r"^same_shape: expected at least one named array"):
        same_shape()


# --- size limits ------------------------------------------------------------------------------


def test_as_array_refuses_more_values_than_max_size_before_copying():
    assert as_array(np.zeros(4), "x", max_size=4).shape == (4,)
    with pytest.raises(ValueError, match=r"^x: expected at most 4 values, got 5$"):
        as_array(np.zeros(5), "x", max_size=4)
    with pytest.raises(ValueError, match=r"^x: expected at most 1,000 values, got 1,001$"):
        as_array(np.zeros(1001), "x", max_size=1000)


def test_within_limit():
    within_limit(10, 10, "n", "points")
    with pytest.raises(ValueError, match=r"^n: expected at most 10 points, got 11$"):
        within_limit(11, 10, "n", "points")


def test_as_array_lets_nan_through_only_when_asked():
    array = as_array([np.nan, np.inf], "value", finite=False)
    assert np.isnan(array[0])
    assert np.isinf(array[1])
    with pytest.raises(TypeError, match=r"^value: expected real or complex numbers"):
        as_array("nan", "value", finite=False)


# --- real numbers, positive numbers, whole numbers --------------------------------------------


def test_as_real_array_refuses_complex_numbers():
    np.testing.assert_array_equal(as_real_array([1, 2], "steps"), [1.0, 2.0])
    with pytest.raises(TypeError, match=r"^steps: expected real numbers, got dtype complex128$"):
        as_real_array([1j], "steps")


@pytest.mark.parametrize(("x", "expected"), [(2, 2.0), (np.float32(0.5), 0.5), (-1.5, -1.5)])
def test_as_real_returns_a_float(x, expected):
    value = as_real(x, "w")
    assert type(value) is float
    assert value == expected


def test_as_real_refuses_complex_numbers():
    with pytest.raises(TypeError, match=r"^w: expected a real number, got 1j \(complex\)$"):
        as_real(1j, "w")


@pytest.mark.parametrize(
    ("x", "error", "message"),
    [
        (0.0, ValueError, r"^h: expected a positive number, got 0\.0$"),
        (-2, ValueError, r"^h: expected a positive number, got -2\.0$"),
        (np.nan, ValueError, r"^h: expected finite numbers"),
        (np.inf, ValueError, r"^h: expected finite numbers"),
        (1j, TypeError, r"^h: expected a real number"),
        ([1.0, 2.0], ValueError, r"^h: expected a single number"),
        (None, TypeError, r"^h: expected real or complex numbers"),
    ],
)
def test_as_positive_refuses_everything_but_a_finite_positive_number(x, error, message):
    with pytest.raises(error, match=message):
        as_positive(x, "h")
    assert as_positive(1e-300, "h") == 1e-300


@pytest.mark.parametrize("x", [3, np.int64(3), np.uint8(3), np.int32(3)])
def test_as_whole_number_accepts_every_integer_type(x):
    value = as_whole_number(x, "n")
    assert type(value) is int
    assert value == 3


@pytest.mark.parametrize(
    ("x", "typename"),
    [(True, "bool"), (np.True_, "bool"), (3.0, "float"), (2.7, "float"), ("3", "str"),
     (None, "NoneType"), (np.float64(3.0), "float64"), ([3], "list"), (np.array(3), "ndarray")],
)
def test_as_whole_number_refuses_bools_floats_and_strings(x, typename):
    with pytest.raises(TypeError, match=rf"^n: expected a whole number \(an int\), got .* "
                                        rf"\({typename}\)$"):
        as_whole_number(x, "n")


def test_as_whole_number_states_its_range():
    assert as_whole_number(5, "n", minimum=5, maximum=5) == 5
    with pytest.raises(ValueError, match=r"^n: expected a whole number ≥ 1, got -2$"):
        as_whole_number(-2, "n", minimum=1)
    with pytest.raises(ValueError, match=r"^n: expected a whole number from 2 to 100,000, "
                                         r"got 100,000,000$"):
        as_whole_number(10**8, "n", minimum=2, maximum=100_000)


# --- lists and functions ----------------------------------------------------------------------


@pytest.mark.parametrize("x", ["mse", None, 3, ["mean"], np.array(["mean", "sum"])])
def test_as_choice_refuses_anything_but_one_of_its_strings(x):
    assert as_choice("sum", "reduction", ("mean", "sum")) == "sum"
    with pytest.raises(ValueError, match=r"^reduction: expected one of \('mean', 'sum'\), got "):
        as_choice(x, "reduction", ("mean", "sum"))


def test_as_list():
    assert as_list((1, 2), "weights") == [1, 2]
    with pytest.raises(TypeError, match=r"^weights: expected a list of arrays, got int$"):
        as_list(5, "weights")
    with pytest.raises(TypeError, match=r"^weights: expected a list of arrays, got ndarray$"):
        as_list(np.zeros((2, 2)), "weights")
    with pytest.raises(ValueError, match=r"^weights: expected at least one array, got an empty "
                                         r"list$"):
        as_list([], "weights")


def test_one_number_function_passes_one_finite_number_through_unchanged():
    value = np.float64(2.5)
    assert one_number_function(lambda x: value, "f")(0) is value
    assert one_number_function(lambda x, y: x + y, "f")(1, 2) == 3
    assert one_number_function(lambda x: 1j, "f", real=False)(0) == 1j
    assert one_number_function(lambda x: np.array(1.5), "f")(0) == 1.5


@pytest.mark.parametrize(
    ("result", "error", "message"),
    [
        (np.nan, ValueError, r"^f: expected f\(…\) to return a finite number, got nan$"),
        (np.inf, ValueError, r"^f: expected f\(…\) to return a finite number, got inf$"),
        (np.zeros(2), TypeError, r"^f: expected f\(…\) to return one real number, got array"),
        ([1.0], TypeError, r"^f: expected f\(…\) to return one real number, got \[1\.0\] "),
        ("1", TypeError, r"^f: expected f\(…\) to return one real number, got '1' \(str\)$"),
        (None, TypeError, r"^f: expected f\(…\) to return one real number, got None"),
        (True, TypeError, r"^f: expected f\(…\) to return one real number, got True \(bool\)$"),
        (1j, TypeError, r"^f: expected f\(…\) to return one real number, got 1j$"),
    ],
)
def test_one_number_function_refuses_everything_else(result, error, message):
    with pytest.raises(error, match=message):
        one_number_function(lambda x: result, "f")(0)


def test_one_number_function_can_demand_a_complex_result():
    assert one_number_function(lambda x: 1 + 2j, "f", real=False, imaginary=True)(0) == 1 + 2j
    message = (r"^f: expected f\(x \+ ih\) to return a complex number, got 1\.5 \(float\), "
               r"which has lost the imaginary part \(abs, \.real, float\(\)\?\) and would read "
               r"as a slope of 0$")
    with pytest.raises(TypeError, match=message):
        one_number_function(lambda x: 1.5, "f", real=False, imaginary=True)(0)


def test_one_number_function_refuses_what_cannot_be_called():
    with pytest.raises(TypeError, match=r"^cost: expected a function, got 'C' \(str\)$"):
        one_number_function("C", "cost")


def re_shape(shape):
    """A shape tuple as a regular expression matching its repr."""
    return repr(tuple(shape)).replace("(", r"\(").replace(")", r"\)")
