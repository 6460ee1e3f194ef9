"""The total differential and the total derivative: every input's nudge, added up.

For a function f of inputs x_1, …, x_k, the total differential is

    df = ∂f/∂x_1·dx_1 + … + ∂f/∂x_k·dx_k,

one term per input: that input's nudge times that input's partial derivative.
With small finite nudges Δx_i it predicts the change Δf, with an error that
shrinks like the square of the nudge. With rates dx_i/dt along a path it is the
total derivative df/dt, the chain rule for several inputs.

linearisation_residuals calls f once per step size, for at most MAX_STEP_SIZES of them.
"""

import numpy as np

from snippets.checks import (
    as_array,
    as_real_array,
    as_scalar,
    one_number_function,
    same_shape,
)
from snippets.dataset import B0, W0
from snippets.neuron import forward, sigmoid_prime

MAX_STEP_SIZES = 10_000  # step sizes h of one linearisation_residuals call (one call of f each)


def _step_sizes(steps):
    """1-D, positive, distinct real step sizes h, at most MAX_STEP_SIZES of them."""
    steps = as_real_array(steps, "steps", max_size=MAX_STEP_SIZES)
    if steps.ndim != 1 or np.any(steps <= 0) or np.unique(steps).size != steps.size:
        raise ValueError(
            f"steps: expected a 1-D array of distinct positive step sizes, got {steps!r}"
        )
    return steps


def _fit_points(steps, values):
    """At least two distinct positive steps, and as many nonzero values (log |value|)."""
    steps, values = _step_sizes(steps), as_array(values, "values")
    same_shape(steps=steps, values=values)
    if steps.size < 2:
        raise ValueError(f"steps: expected at least two step sizes for a line, got {steps!r}")
    if np.any(values == 0):
        raise ValueError(f"values: expected nonzero values (log |value| is fitted), got {values!r}")
    return steps, values


# --8<-- [start:total_differential]
def total_differential(partials, changes):
    """Σ_i ∂f/∂x_i · change_i: one term per input, added up. Returns a number.

    ``partials`` and ``changes`` have the same shape. With nudges Δx_i this
    is the linear prediction of Δf; with rates dx_i/dt it is df/dt.
    """
    partials = as_array(partials, "partials")
    changes = as_array(changes, "changes")
    same_shape(partials=partials, changes=changes)
    return np.sum(partials * changes)
# --8<-- [end:total_differential]


# --8<-- [start:residuals]
def linearisation_residuals(f, partials, point, direction, steps):
    """How well the total differential predicts f's change, for shrinking nudges.

    For each step size h in ``steps`` (1-D, positive) the nudge is
    Δx = h·direction, and
        actual = f(point + Δx) - f(point),
        predicted = Σ ∂f/∂x_i·Δx_i,
        residual = actual - predicted.
    ``f`` maps an array shaped like ``point`` to one number; ``partials`` and
    ``direction`` are shaped like ``point``.
    Returns four 1-D arrays: (steps, actual, predicted, residual).
    """
    point, direction = as_array(point, "point"), as_array(direction, "direction")
    partials, steps = as_array(partials, "partials"), _step_sizes(steps)
    same_shape(point=point, direction=direction, partials=partials)
    f = one_number_function(f, "f", real=not np.iscomplexobj(point + direction))
    f0 = f(point)
    actual = np.array([f(point + h * direction) - f0 for h in steps])
    predicted = np.array([total_differential(partials, h * direction)
                          for h in steps])
    return steps, actual, predicted, actual - predicted


def loglog_slope(steps, values):
    """The slope p of the best straight line through (log h, log |value|).

    If value ≈ c·h^p, the points lie on a line of slope p. The steps are distinct.
    """
    steps, values = _fit_points(steps, values)
    slope, _ = np.polyfit(np.log(steps), np.log(np.abs(values)), 1)
    return slope
# --8<-- [end:residuals]


# --8<-- [start:two_paths]
def used_twice(w, b, a0):
    """One neuron applied twice, same w and b: returns (z1, a1, z2).

    z1 = w·a0 + b,  a1 = σ(z1),  z2 = w·a1 + b. So w reaches z2 by two
    paths: directly (the w in w·a1), and through a1 (computed with w).
    """
    z1, a1 = forward(w, b, as_scalar(a0, "a0"))
    z2 = as_scalar(w, "w") * a1 + as_scalar(b, "b")
    return z1, a1, z2


def dz2_dw_by_path(w, b, a0):
    """The two paths from w to z2, each a chain rule. Returns (direct, through_a1):

    direct = ∂z2/∂w, a1 held fixed: a1
    through_a1 = ∂z2/∂a1 · da1/dz1 · ∂z1/∂w: w·σ'(z1)·a0
    The total derivative dz2/dw is their sum.
    """
    z1, a1, _ = used_twice(w, b, a0)
    direct = a1
    through_a1 = w * sigmoid_prime(z1) * a0
    return direct, through_a1
# --8<-- [end:two_paths]


# --8<-- [start:path]
def path(t):
    """A curved path: the marked point (W0, B0) at t = 0, near the lowest cost at t = 1.

    w(t) = W0 + 0.6t,  b(t) = B0 + 2.4t - 1.2t^2. Returns (w, b) for a number t.
    """
    t = as_scalar(t, "t")
    return W0 + 0.6 * t, B0 + 2.4 * t - 1.2 * t**2


def path_velocity(t):
    """(dw/dt, db/dt) along ``path``: (0.6, 2.4 - 2.4t), by the power rule.

    db/dt is computed as 2.4(1 - t): near t = 1, 2.4 - 2.4t would subtract two
    numbers near 2.4 and lose digits, while 1 - t is exact there.
    """
    t = as_scalar(t, "t")
    return np.full_like(t, 0.6), 2.4 * (1 - t)
# --8<-- [end:path]
