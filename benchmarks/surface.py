"""Time the cost surface on a 200×200 grid: broadcasting against a Python loop over grid points.

Run with the project's venv: ``.venv/bin/python benchmarks/surface.py``. The loop calls
``neuron.cost`` once per grid point, as a first attempt would; the vectorised version is
``surface.cost_grid``, one call for the whole grid. Both use the site's six-example dataset.
Prints the best of several repeats for each, and their ratio (goal: at least 100×).
"""

from __future__ import annotations

import argparse
import sys
import timeit

import numpy as np

from snippets.dataset import A_PREV, Y
from snippets.neuron import cost
from snippets.surface import cost_grid, gradient_grid

DEFAULT_GOAL = 100.0


def loop_over_points(w, b):
    """C on the grid, one neuron.cost call per point: shape (k, m), like cost_grid."""
    C = np.empty((b.size, w.size))
    for i, b_i in enumerate(b):
        for j, w_j in enumerate(w):
            C[i, j] = cost(w_j, b_i, A_PREV, Y)
    return C


def best_time(function, repeat, number):
    """The fastest of ``repeat`` runs of ``number`` calls, in seconds per call."""
    return min(timeit.repeat(function, repeat=repeat, number=number)) / number


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200, help="grid points per axis (200)")
    parser.add_argument("--goal", type=float, default=DEFAULT_GOAL, help="speed-up goal (100)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the goal is missed")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    w = np.linspace(-3.0, 4.0, args.size)
    b = np.linspace(-4.0, 3.0, args.size)

    # Same numbers first: a fast wrong answer is no answer.
    looped = loop_over_points(w, b)
    vectorised = cost_grid(w, b, A_PREV, Y)
    if not np.allclose(looped, vectorised, rtol=1e-14, atol=0):
        print("error: the loop and cost_grid disagree", file=sys.stderr)
        return 2

    loop_seconds = best_time(lambda: loop_over_points(w, b), repeat=3, number=1)
    grid_seconds = best_time(lambda: cost_grid(w, b, A_PREV, Y), repeat=7, number=5)
    gradient_seconds = best_time(lambda: gradient_grid(w, b, A_PREV, Y), repeat=7, number=5)
    ratio = loop_seconds / grid_seconds
    met = ratio >= args.goal

    points = args.size * args.size
    print(f"C(w, b) on a {args.size}×{args.size} grid ({points} points, {A_PREV.size} examples)")
    print()
    print("| method | seconds | µs per point |")
    print("| --- | ---: | ---: |")
    print(f"| Python loop, neuron.cost per point | {loop_seconds:.4f} | "
          f"{1e6 * loop_seconds / points:.2f} |")
    print(f"| cost_grid (broadcasting) | {grid_seconds:.4f} | {1e6 * grid_seconds / points:.3f} |")
    print(f"| gradient_grid (both slopes) | {gradient_seconds:.4f} | "
          f"{1e6 * gradient_seconds / points:.3f} |")
    print()
    print(f"cost_grid is {ratio:.0f}× faster than the loop "
          f"(goal ≥ {args.goal:.0f}×: {'met' if met else 'NOT met'})")
    return 1 if args.check and not met else 0


if __name__ == "__main__":
    raise SystemExit(main())
