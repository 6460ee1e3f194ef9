"""Input checks shared by every snippet: fail loudly, never broadcast silently."""

import numpy as np


def as_array(x, name):
    """Return ``x`` as a float64 (or complex128) array, or raise a clear error.

    Complex input is kept complex so that the complex-step check can pass
    ``x + ih`` through the same functions the site teaches.
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
    array = array.astype(np.complex128 if kind == "c" else np.float64)
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name}: expected finite numbers, got NaN or inf in {array!r}")
    return array


def as_scalar(x, name):
    """Return ``x`` as a 0-d array (a parameter such as w or b), or raise."""
    array = as_array(x, name)
    if array.ndim != 0:
        raise ValueError(f"{name}: expected a single number, got an array of shape {array.shape}")
    return array


def same_shape(**arrays):
    """Raise unless every array has the same shape; return that shape."""
    shapes = {name: np.shape(array) for name, array in arrays.items()}
    if len(set(shapes.values())) > 1:
        listed = ", ".join(f"{name} {shape}" for name, shape in shapes.items())
        raise ValueError(f"expected matching shapes, got {listed}")
    return next(iter(shapes.values()))
