"""Checking an analytic gradient against numbers: finite differences and the complex step.

``f`` maps an array ``x`` to one number. Each check returns the gradient
∂f/∂x with the shape of ``x``, one entry per coordinate, the others held fixed.
"""

import numpy as np

from snippets.checks import as_array, same_shape


# --8<-- [start:central_difference]
def central_difference(f, x, h=1e-6):
    """∂f/∂x_i ≈ (f(x + h e_i) - f(x - h e_i)) / 2h; the error shrinks like h^2."""
    x = as_array(x, "x")
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        step = np.zeros_like(x)
        step[i] = h
        grad[i] = (f(x + step) - f(x - step)) / (2 * h)
    return grad
# --8<-- [end:central_difference]


# --8<-- [start:complex_step]
def complex_step(f, x, h=1e-20):
    """∂f/∂x_i = Im f(x + ih e_i) / h, exact to rounding: nothing is subtracted.

    Works for any f built from analytic operations (no abs, no comparisons on x).
    """
    x = as_array(x, "x")
    if np.iscomplexobj(x):
        raise TypeError(f"x: expected real numbers, got dtype {x.dtype}")
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        step = np.zeros(x.shape, dtype=np.complex128)
        step[i] = 1j * h
        grad[i] = np.imag(f(x + step)) / h
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
