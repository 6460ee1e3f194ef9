"""Stop when a number the site shows disagrees with its own check.

Every example script and notebook that shows a value beside an independent check of it
(nudging, the complex step, a count, a second method) also calls ``agree`` or ``claim``.
A disagreement raises ``Disagreement``: the script stops with a message naming both
values, and the build, which runs every script, refuses to publish the page.
"""

import numpy as np

from snippets.gradcheck import gradient_error

# A right float64 gradient and its central difference agree to about 1e-9 here; a wrong
# one is off by far more than this.
TOLERANCE = 1e-7


class Disagreement(AssertionError):
    """A shown value and its check disagree beyond the stated tolerance."""


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
    """Raise Disagreement unless ``holds``: the page's ``statement`` is not true today."""
    if not holds:
        raise Disagreement(f"the page says {statement}, and the numbers say otherwise")
