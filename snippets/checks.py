"""Input checks shared by every snippet: fail loudly, never broadcast silently.

Every message reads "<argument>: expected <what>, got <what>", and every size limit is
checked before anything of that size is made.
"""

import numpy as np


def as_array(x, name, max_size=None, finite=True):
    """Return ``x`` as a float64 (or complex128) array, or raise a clear error.

    Complex input is kept complex so that the complex-step check can pass
    ``x + ih`` through the same functions the site teaches. ``max_size`` refuses
    more values than that before any copy is made; ``finite=False`` lets NaN and
    inf through (for a function whose job is to report them).
    """
    try:
        array = np.asarray(x)
    except ValueError as error:  # ragged nested lists
        message = f"{name}: expected a rectangular array of numbers, got {x!r}"
        raise ValueError(message) from error
    kind = array.dtype.kind
    if kind not in "iufc":
        raise TypeError(
            f"{name}: expected real or complex numbers, "
            f"got dtype {array.dtype} ({type(x).__name__})"
        )
    if array.size == 0:
        raise ValueError(f"{name}: expected at least one value, got an empty array {array.shape}")
    if max_size is not None:
        within_limit(array.size, max_size, name, "values")
    array = array.astype(np.complex128 if kind == "c" else np.float64)
    if finite and not np.all(np.isfinite(array)):
        raise ValueError(f"{name}: expected finite numbers, got NaN or inf in {array!r}")
    return array


def as_real_array(x, name, max_size=None):
    """``as_array``, and refuse complex numbers: for axes, step sizes and other real data."""
    array = as_array(x, name, max_size)
    if np.iscomplexobj(array):
        raise TypeError(f"{name}: expected real numbers, got dtype {array.dtype}")
    return array


def as_scalar(x, name):
    """Return ``x`` as a 0-d array (a parameter such as w or b), or raise."""
    array = as_array(x, name)
    if array.ndim != 0:
        raise ValueError(f"{name}: expected a single number, got an array of shape {array.shape}")
    return array


def as_real(x, name):
    """Return ``x`` as a Python float: one finite real number, or raise."""
    scalar = as_scalar(x, name)
    if np.iscomplexobj(scalar):
        raise TypeError(f"{name}: expected a real number, got {x!r} ({type(x).__name__})")
    return float(scalar)


def as_positive(x, name):
    """Return ``x`` as a Python float: one finite real number > 0 (a step h, a rate η)."""
    value = as_real(x, name)
    if not value > 0:
        raise ValueError(f"{name}: expected a positive number, got {value!r}")
    return value


def as_whole_number(x, name, minimum=0, maximum=None):
    """Return ``x`` as a Python int from ``minimum`` to ``maximum`` (None: no upper limit).

    Any integer type is a whole number (int, np.int64, …). bool, floats (even 3.0) and
    strings are not: they raise TypeError, as a count is never a truth value or a measurement.
    """
    if isinstance(x, bool) or not isinstance(x, int | np.integer):
        raise TypeError(f"{name}: expected a whole number (an int), got {x!r} ({type(x).__name__})")
    value = int(x)
    if value < minimum or (maximum is not None and value > maximum):
        bound = f"≥ {minimum}" if maximum is None else f"from {minimum} to {maximum:,}"
        raise ValueError(f"{name}: expected a whole number {bound}, got {value:,}")
    return value


def within_limit(count, limit, name, what):
    """Raise ValueError unless ``count`` ≤ ``limit``; ``what`` names the things counted.

    Call it before making anything of that size: the refusal then costs nothing.
    """
    if count > limit:
        raise ValueError(f"{name}: expected at most {limit:,} {what}, got {count:,}")


def as_choice(x, name, choices):
    """Return ``x`` if it is one of the strings ``choices`` (a cost, a reduction), or raise."""
    if not isinstance(x, str) or x not in choices:
        raise ValueError(f"{name}: expected one of {choices}, got {x!r}")
    return x


def as_list(x, name):
    """Return ``x`` (a list or tuple of arrays, such as a network's weights) as a list, or raise."""
    if not isinstance(x, list | tuple):
        raise TypeError(f"{name}: expected a list of arrays, got {type(x).__name__}")
    if len(x) == 0:
        raise ValueError(f"{name}: expected at least one array, got an empty {type(x).__name__}")
    return list(x)


def one_number_function(f, name, real=True, imaginary=False):
    """Return ``f`` wrapped so that each call raises unless it returns one finite number.

    ``real=False`` lets complex results through. ``imaginary=True`` demands them (the
    complex step calls f at x + ih): a real result means f dropped the imaginary part,
    as abs, .real or float() do, and would read as a slope of 0. The wrapper returns
    what ``f`` returned, unchanged.
    """
    if not callable(f):
        raise TypeError(f"{name}: expected a function, got {f!r} ({type(f).__name__})")
    kinds = "iuf" if real else "iufc"

    def checked(*args):
        value = f(*args)
        scalar = isinstance(value, int | float | complex | np.number | np.ndarray)
        if isinstance(value, bool) or not scalar or np.ndim(value) != 0:
            raise TypeError(
                f"{name}: expected {name}(…) to return one {'real ' if real else ''}number, "
                f"got {value!r} ({type(value).__name__})"
            )
        if np.asarray(value).dtype.kind not in kinds:
            raise TypeError(f"{name}: expected {name}(…) to return one real number, got {value!r}")
        if not np.isfinite(value):
            raise ValueError(f"{name}: expected {name}(…) to return a finite number, got {value!r}")
        if imaginary and not np.iscomplexobj(value):
            raise TypeError(
                f"{name}: expected {name}(x + ih) to return a complex number, got {value!r} "
                f"({type(value).__name__}), which has lost the imaginary part (abs, .real, "
                "float()?) and would read as a slope of 0"
            )
        return value

    return checked


def same_shape(**arrays):
    """Raise unless every array has the same shape; return that shape."""
    if not arrays:
        raise TypeError("same_shape: expected at least one named array, got none")
    shapes = {name: np.shape(array) for name, array in arrays.items()}
    if len(set(shapes.values())) > 1:
        listed = ", ".join(f"{name} {shape}" for name, shape in shapes.items())
        raise ValueError(f"expected matching shapes, got {listed}")
    return next(iter(shapes.values()))
