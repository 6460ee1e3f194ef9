"""Two interleaved moons: shapes, classes, the curves they lie on, and reproducibility."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from snippets import moons
from snippets.moons import MAX_POINTS, two_moons


@given(n=st.integers(2, 500), seed=st.integers(0, 2**32 - 1))
def test_shapes_and_classes(n, seed):
    x, y = two_moons(n, seed=seed)
    assert x.shape == (2, n)
    assert y.shape == (1, n)
    assert x.dtype == y.dtype == np.float64
    assert set(np.unique(y)) <= {0.0, 1.0}
    assert np.sum(y == 0) == n // 2
    assert np.all(y[0, : n // 2] == 0)
    assert np.all(y[0, n // 2 :] == 1)


def test_without_noise_each_class_lies_on_its_half_circle():
    x, y = two_moons(400, noise=0.0, seed=3)
    upper, lower = x[:, y[0] == 0], x[:, y[0] == 1]
    np.testing.assert_allclose(np.hypot(*upper), 1.0, rtol=1e-12)
    assert np.all(upper[1] >= 0)
    np.testing.assert_allclose(np.hypot(lower[0] - 1, lower[1] - 0.5), 1.0, rtol=1e-12)
    assert np.all(lower[1] <= 0.5)


def test_the_moons_interleave_so_no_straight_line_separates_them():
    x, y = two_moons(400, noise=0.0, seed=3)
    upper, lower = x[:, y[0] == 0], x[:, y[0] == 1]
    # Each moon's tip reaches past the other's centre line, into its hollow.
    assert upper[0].min() < 0 < lower[0].min() < upper[0].max() < lower[0].max()
    assert lower[1].max() > upper[1].min()


def test_noise_has_the_requested_spread():
    clean, _ = two_moons(20_000, noise=0.0, seed=5)
    noisy, _ = two_moons(20_000, noise=0.2, seed=5)
    assert np.std(noisy - clean) == pytest.approx(0.2, rel=0.02)


def test_the_same_seed_gives_the_same_points_and_another_seed_does_not():
    first, second, other = two_moons(50, seed=7), two_moons(50, seed=7), two_moons(50, seed=8)
    np.testing.assert_array_equal(first[0], second[0])
    assert not np.allclose(first[0], other[0])


@pytest.mark.parametrize("n", [1, 0, -3, 10**8, MAX_POINTS + 1])
def test_n_must_be_a_whole_number_from_two_to_the_limit(n):
    with pytest.raises(ValueError, match=r"^n: expected a whole number from 2 to 100,000, got "):
        two_moons(n)


@pytest.mark.parametrize("n", [2.5, 10.0, "10", True, None])
def test_n_must_be_an_integer_not_a_float_string_or_bool(n):
    with pytest.raises(TypeError, match=r"^n: expected a whole number \(an int\), got "):
        two_moons(n)


def test_numpy_integers_are_whole_numbers_too():
    x, y = two_moons(np.int64(3), seed=np.uint8(7))  # used to be refused
    np.testing.assert_array_equal(x, two_moons(3, seed=7)[0])
    assert y.shape == (1, 3)


def test_too_many_points_are_refused_before_any_is_drawn(monkeypatch):
    def no_drawing(seed):
        raise AssertionError("drew numbers for a refused data set")

    monkeypatch.setattr(moons.np.random, "default_rng", no_drawing)
    with pytest.raises(ValueError, match=r"^n: expected a whole number from 2 to 100,000, "
                                         r"got 100,000,000$"):
        two_moons(10**8)


@pytest.mark.parametrize(("seed", "error"), [(-1, ValueError), (1.5, TypeError),
                                             ("0", TypeError), (None, TypeError)])
def test_seed_must_be_a_whole_number(seed, error):
    with pytest.raises(error, match=r"^seed: expected a whole number"):
        two_moons(10, seed=seed)


def test_a_noise_of_minus_zero_is_a_noise_of_zero():
    # numpy's normal refused -0.0 ("scale < 0"), without naming noise.
    for one, other in zip(two_moons(10, noise=-0.0), two_moons(10, noise=0.0), strict=True):
        np.testing.assert_array_equal(one, other)


def test_noise_must_not_be_negative():
    with pytest.raises(ValueError, match=r"noise: expected a standard deviation ≥ 0, got -0\.1"):
        two_moons(10, noise=-0.1)


@pytest.mark.parametrize(
    ("noise", "error", "message"),
    [
        (np.nan, ValueError, "noise: expected finite numbers"),
        ([0.1, 0.2], ValueError, "noise: expected a single number"),
        ("loud", TypeError, "noise: expected real or complex numbers"),
        (0.1j, TypeError, "noise: expected a real number"),
    ],
)
def test_noise_must_be_one_finite_number(noise, error, message):
    with pytest.raises(error, match=message):
        two_moons(10, noise=noise)
