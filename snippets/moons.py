"""Two interleaved half-moons: a little problem in the plane that no straight line can solve.

Class 0 lies on the upper half of the unit circle, class 1 on a lower half-circle shifted
right and down, so that each moon reaches into the other's hollow:

    class 0:  (cos t, sin t),              t uniform on [0, π]
    class 1:  (1 - cos t, 1/2 - sin t),    t uniform on [0, π]

plus Gaussian noise of standard deviation ``noise`` on both coordinates. The examples
come as columns, the layout of snippets.layers: inputs x of shape (2, n), targets y of
shape (1, n), with 0 or 1 in y. The same seed gives the same points. At most
MAX_POINTS points: more are refused before any is drawn.
"""

import numpy as np

from snippets.checks import as_real, as_whole_number

MAX_POINTS = 100_000  # points of one data set (the site's notebook draws 200)


def _checked(n, noise, seed):
    n = as_whole_number(n, "n", minimum=2, maximum=MAX_POINTS)
    noise = as_real(noise, "noise") + 0.0  # -0.0 is 0 (numpy's normal refuses -0.0)
    if noise < 0:
        raise ValueError(f"noise: expected a standard deviation ≥ 0, got {noise}")
    return n, noise, as_whole_number(seed, "seed")


def two_moons(n, noise=0.15, seed=0):
    """(x, y): n points, shape (2, n), and their classes, shape (1, n); n // 2 are class 0."""
    n, noise, seed = _checked(n, noise, seed)
    rng = np.random.default_rng(seed)
    n0 = n // 2
    t = rng.uniform(0, np.pi, n)
    x = np.where(
        np.arange(n) < n0,
        [np.cos(t), np.sin(t)],  # class 0: the upper moon
        [1 - np.cos(t), 0.5 - np.sin(t)],  # class 1: the lower moon
    )
    x = x + rng.normal(0, noise, x.shape)
    y = (np.arange(n) >= n0).astype(np.float64)[np.newaxis, :]
    return x, y
