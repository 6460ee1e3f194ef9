"""Stop when a number the site shows disagrees with its own check.

Every example script and notebook that shows a value beside an independent check of it
(nudging, the complex step, a count, a second method) also calls ``agree`` or ``claim``.
A disagreement raises ``Disagreement``: the script stops with a message naming both
values, and the build, which runs every script, refuses to publish the page.
"""

import numpy as np

from snippets.checks import as_array, as_positive, same_shape
from snippets.gradcheck import gradient_error

# A right float64 gradient and its central difference agree to about 1e-9 here; a wrong
# one is off by far more than this.
TOLERANCE = 1e-7


class Disagreement(AssertionError):
    """A shown value and its check disagree beyond the stated tolerance."""


def _inputs(what, value, check, how, tolerance):
    """Check agree's arguments: NaN and inf pass (they are disagreements), nothing else odd."""
    for name, text in (("what", what), ("how", how)):
        if not isinstance(text, str):
            raise TypeError(f"{name}: expected text (a str), got {text!r} ({type(text).__name__})")
    value = as_array(value, "value", finite=False)
    check = as_array(check, "check", finite=False)
    same_shape(value=value, check=check)
    return value, check, as_positive(tolerance, "tolerance")


def _shown(value):
    value = np.asarray(value) + 0.0  # whole numbers print as floats, like the rest
    if value.ndim == 0:
        return f"{value.item():+.10g}"
    return np.array2string(value, precision=10, separator=", ")


# --8<-- [start:agree]
def agree(what, value, check, how="nudging", tolerance=TOLERANCE):
    """Raise Disagreement unless |value - check| ≤ tolerance · max(|value|, |check|).

    ``value`` is what the page shows (a formula's result), ``check`` the independent
    measurement of the same thing, and ``how`` says how it was measured. Arrays are
    compared as wholes, by the norm of the difference. Returns the relative error.
    """
    value, check, tolerance = _inputs(what, value, check, how, tolerance)
    finite = np.all(np.isfinite(value)) and np.all(np.isfinite(check))
    error = gradient_error(value, check) if finite else np.inf
    if not error <= tolerance:
        raise Disagreement(
            f"{what}: the formula gives {_shown(value)}, but {how} gives {_shown(check)} "
            f"(relative error {error:.1e}, allowed {tolerance:.0e})"
        )
    return error
# --8<-- [end:agree]


def claim(holds, statement):
    """Raise Disagreement unless ``holds``: the page's ``statement`` is not true today.

    ``holds`` is True or False (a numpy bool too): an array's truth would be ambiguous.
    """
    if not isinstance(holds, bool | np.bool_):
        raise TypeError(f"holds: expected True or False, got {holds!r} ({type(holds).__name__})")
    if not isinstance(statement, str):
        raise TypeError(f"statement: expected text (a str), got {type(statement).__name__}")
    if not holds:
        raise Disagreement(f"the page says {statement}, and the numbers say otherwise")
