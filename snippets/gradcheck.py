"""Checking an analytic gradient against numbers: finite differences and the complex step.

``f`` maps an array ``x`` to one finite number. Each check returns the gradient
∂f/∂x with the shape of ``x``, one entry per coordinate, the others held fixed.

Each check nudges one entry of a single copy of ``x`` at a time and puts it back, so
its cost is its calls of f (2 per entry for central differences, 1 for the complex
step). ``f`` gets that same array every time: it must not change it or keep it.
At most MAX_ENTRIES entries are nudged in one check; more are refused before f is
ever called.
"""

import numpy as np

from snippets.checks import (
    as_array,
    as_choice,
    as_list,
    as_positive,
    one_number_function,
    same_shape,
    within_limit,
)

MAX_ENTRIES = 100_000  # entries of x (of all the arrays, for the *_arrays checks) per check
METHODS = ("central", "complex")


def _inputs(f, x, h, complex_step=False):
    """Check f, x and h once, at the entry point: (f, checked at each call; x; h)."""
    x, h = as_array(x, "x", max_size=MAX_ENTRIES), as_positive(h, "h")
    if complex_step and np.iscomplexobj(x):
        raise TypeError(f"x: expected real numbers, got dtype {x.dtype}")
    real = not (complex_step or np.iscomplexobj(x))
    return one_number_function(f, "f", real=real, imaginary=complex_step), x, h


def _read_only(array):
    view = array.view()
    view.flags.writeable = False
    return view


# --8<-- [start:central_difference]
def central_difference(f, x, h=1e-6):
    """∂f/∂x_i ≈ (f(x + h e_i) - f(x - h e_i)) / 2h; the error shrinks like h^2."""
    f, x, h = _inputs(f, x, h)
    grad = np.zeros_like(x)
    nudged = x.copy()  # one copy: each entry is nudged in place, then put back
    for i in np.ndindex(x.shape):
        nudged[i] = x[i] + h
        f_plus = f(_read_only(nudged))
        nudged[i] = x[i] - h
        f_minus = f(_read_only(nudged))
        nudged[i] = x[i]
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad
# --8<-- [end:central_difference]


# --8<-- [start:complex_step]
def complex_step(f, x, h=1e-20):
    """∂f/∂x_i = Im f(x + ih e_i) / h, exact to rounding: nothing is subtracted.

    Works for any f built from analytic operations: no abs, and no branch that depends
    on the tiny imaginary part (a branch on the real part alone is fine).
    """
    f, x, h = _inputs(f, x, h, complex_step=True)
    grad = np.zeros_like(x)
    nudged = x.astype(np.complex128)  # one copy: each entry is nudged in place, then put back
    for i in np.ndindex(x.shape):
        nudged[i] = x[i] + 1j * h
        grad[i] = np.imag(f(_read_only(nudged))) / h
        nudged[i] = x[i]
    return grad
# --8<-- [end:complex_step]


# --8<-- [start:relative_error]
def relative_error(g_analytic, g_numeric):
    """|g_a - g_n| / max(|g_a|, |g_n|), elementwise; 0 where both are 0.

    CS231n's rule of thumb in float64: above 1e-2 the gradient is wrong,
    around 1e-7 or below it is right.
    """
    g_analytic, g_numeric = as_array(g_analytic, "g_analytic"), as_array(g_numeric, "g_numeric")
    same_shape(g_analytic=g_analytic, g_numeric=g_numeric)
    scale = np.maximum(np.abs(g_analytic), np.abs(g_numeric))
    difference = np.abs(g_analytic - g_numeric)
    return np.divide(difference, scale, out=np.zeros_like(scale), where=scale > 0)
# --8<-- [end:relative_error]


def central_difference_arrays(f, arrays, h=1e-6):
    """Central differences for a function of several arrays, such as a network's parameters.

    ``f(arrays)`` takes a list of arrays and returns one number. Returns a list of
    gradients shaped like ``arrays``: each entry of each array is nudged alone, by ±h,
    with every other entry held fixed. That is 2P calls of f for P entries in all.
    """
    arrays = _arrays(f, arrays)
    grads = []
    for i, x in enumerate(arrays):
        def f_i(x_i, i=i):
            return f([*arrays[:i], x_i, *arrays[i + 1:]])
        grads.append(central_difference(f_i, x, h))
    return grads


def complex_step_arrays(f, arrays, h=1e-20):
    """The complex-step gradient of ``f(arrays)``, one array at a time (see complex_step)."""
    arrays = _arrays(f, arrays)
    grads = []
    for i, x in enumerate(arrays):
        def f_i(x_i, i=i):
            return f([*arrays[:i], x_i, *arrays[i + 1:]])
        grads.append(complex_step(f_i, x, h))
    return grads


def gradient_error(g_analytic, g_numeric):
    """‖g_a - g_n‖ / max(‖g_a‖, ‖g_n‖) over a whole array: one number, 0 if both are 0.

    Unlike the elementwise relative_error, tiny entries (where rounding dominates
    the numerical estimate) cannot blow it up; a wrong array still scores near 1.
    """
    g_analytic, g_numeric = as_array(g_analytic, "g_analytic"), as_array(g_numeric, "g_numeric")
    same_shape(g_analytic=g_analytic, g_numeric=g_numeric)
    scale = max(np.linalg.norm(g_analytic), np.linalg.norm(g_numeric))
    return float(np.linalg.norm(g_analytic - g_numeric) / scale) if scale > 0 else 0.0


def _arrays(f, arrays, name="arrays"):
    one_number_function(f, "f", real=False)  # a function (each call is checked where it is made)
    arrays = as_list(arrays, name)
    arrays = [as_array(x, f"{name}[{i}]", max_size=MAX_ENTRIES) for i, x in enumerate(arrays)]
    within_limit(sum(x.size for x in arrays), MAX_ENTRIES, name, "entries in all")
    return arrays


def _check_lists(cost, weights, biases, dC_dW, dC_db, method):
    """Check every argument of check_network_gradients, before the cost is ever called."""
    as_choice(method, "method", METHODS)
    lists = {"weights": weights, "biases": biases, "dC_dW": dC_dW, "dC_db": dC_db}
    lists = {name: as_list(arrays, name) for name, arrays in lists.items()}
    weights, biases, dC_dW, dC_db = lists.values()
    if not len(weights) == len(biases) == len(dC_dW) == len(dC_db):
        raise ValueError(
            f"expected one array per layer in each list, got {len(weights)} weights, "
            f"{len(biases)} biases, {len(dC_dW)} dC_dW and {len(dC_db)} dC_db"
        )
    checked = {}
    for name, symbol in (("weights", "W"), ("biases", "b"), ("dC_dW", "dC_dW"), ("dC_db", "dC_db")):
        checked[name] = [as_array(x, f"{symbol}^{n}", max_size=MAX_ENTRIES)
                         for n, x in enumerate(lists[name], start=1)]
    for n in range(len(weights)):
        same_shape(**{f"W^{n + 1}": checked["weights"][n], f"dC_dW^{n + 1}": checked["dC_dW"][n]})
        same_shape(**{f"b^{n + 1}": checked["biases"][n], f"dC_db^{n + 1}": checked["dC_db"][n]})
    entries = sum(x.size for x in [*checked["weights"], *checked["biases"]])
    within_limit(entries, MAX_ENTRIES, "weights and biases", "entries in all")
    imaginary = method == "complex"
    return one_number_function(cost, "cost", not imaginary, imaginary), *checked.values()


# --8<-- [start:check_network_gradients]
def check_network_gradients(cost, weights, biases, dC_dW, dC_db, method="central"):
    """Compare a network's gradients with numerical ones, one array at a time.

    cost(weights, biases) returns C; dC_dW and dC_db hold the gradients to
    check, one array per layer. Returns {"W^1": error, "b^1": error, …}: the
    gradient_error of each weight matrix and, on its own, each bias vector.
    method: "central" (central differences) or "complex" (the complex step).
    """
    cost, weights, biases, dC_dW, dC_db = _check_lists(cost, weights, biases, dC_dW, dC_db, method)
    L = len(weights)

    def f(arrays):  # the cost as a function of one list of all 2L arrays
        return cost(arrays[:L], arrays[L:])

    if method == "central":
        numeric = central_difference_arrays(f, [*weights, *biases])
    else:
        numeric = complex_step_arrays(f, [*weights, *biases])
    errors = {}
    for n in range(L):
        errors[f"W^{n + 1}"] = gradient_error(dC_dW[n], numeric[n])
        errors[f"b^{n + 1}"] = gradient_error(dC_db[n], numeric[L + n])
    return errors
# --8<-- [end:check_network_gradients]
