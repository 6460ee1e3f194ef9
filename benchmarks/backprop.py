"""Time backprop against the forward pass, and finite differences against backprop.

Run with the project's venv: ``.venv/bin/python benchmarks/backprop.py``. Not a test: the
numbers depend on the machine (and on how many threads its BLAS uses). Everything is float64.
On a busy machine, ``OPENBLAS_NUM_THREADS=1`` gives steadier ratios.

1. A network of sizes [784, 128, 64, 10] and a batch of 256 examples: one forward pass
   against one full backprop (forward + backward). Goal: backprop ≤ 3× the forward pass.
2. A small network: one gradient by central differences (2P forward passes) against one by
   backprop, as a speed-up factor, next to the count 2P / (backprop's forward-pass equivalents).
"""

import argparse
import statistics
import timeit

import numpy as np

from snippets.gradcheck import central_difference_arrays
from snippets.layers import (
    backprop,
    cost,
    forward,
    forward_pass_equivalents,
    init_network,
    parameter_count,
)

GOAL = 3.0


def best_and_median(function, repeat, number):
    """Seconds per call: the best and the median of ``repeat`` runs of ``number`` calls."""
    times = [t / number for t in timeit.repeat(function, repeat=repeat, number=number)]
    return min(times), statistics.median(times)


def batch(sizes, m, seed=0):
    weights, biases = init_network(sizes, seed)
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 1, (sizes[0], m))  # pixel-like inputs, one column per example
    y = np.zeros((sizes[-1], m))
    y[rng.integers(0, sizes[-1], m), np.arange(m)] = 1.0  # one-hot targets
    return weights, biases, x, y


def forward_against_backprop(sizes, m, repeat, number=10):
    """Seconds per call of forward and of backprop, timed in alternation so that both see the
    same load on a shared machine. Returns (forward times, backprop times), one per repeat."""
    weights, biases, x, y = batch(sizes, m)
    assert all(a.dtype == np.float64 for a in [*weights, *biases, x, y])
    forward_times, backprop_times = [], []
    for _ in range(repeat):
        forward_times.append(timeit.timeit(lambda: forward(weights, biases, x), number=number))
        backprop_times.append(timeit.timeit(lambda: backprop(weights, biases, x, y),
                                            number=number))
    return np.array(forward_times) / number, np.array(backprop_times) / number


def finite_differences_against_backprop(sizes, m, repeat):
    weights, biases, x, y = batch(sizes, m)
    L = len(weights)

    def numerical():
        return central_difference_arrays(lambda a: cost(a[:L], a[L:], x, y), [*weights, *biases])

    finite_time = best_and_median(numerical, max(3, repeat // 5), 1)
    backprop_time = best_and_median(lambda: backprop(weights, biases, x, y), repeat, 10)
    return finite_time, backprop_time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="timing runs (default 20)")
    args = parser.parse_args()

    big, m = (784, 128, 64, 10), 256
    forward_times, backprop_times = forward_against_backprop(big, m, args.repeat)
    ratio = backprop_times.min() / forward_times.min()
    paired = np.median(backprop_times / forward_times)
    print(f"Network {list(big)}, batch {m}, float64 ({parameter_count(big):,} parameters)")
    print(f"  forward pass          best {forward_times.min() * 1e3:8.3f} ms   "
          f"median {np.median(forward_times) * 1e3:8.3f} ms")
    print(f"  backprop (fwd + bwd)  best {backprop_times.min() * 1e3:8.3f} ms   "
          f"median {np.median(backprop_times) * 1e3:8.3f} ms")
    print(f"  backprop / forward = {ratio:.2f} (best against best), {paired:.2f} (median of "
          f"the ratios of neighbouring runs); goal ≤ {GOAL:g}: "
          f"{'met' if max(ratio, paired) <= GOAL else 'NOT met'}; counted multiply-adds give "
          f"{forward_pass_equivalents(big)[1]:.2f}")

    small, m_small = (20, 16, 8, 4), 32
    (fd_best, fd_median), (bp_best, bp_median) = finite_differences_against_backprop(
        small, m_small, args.repeat
    )
    finite_passes, backprop_passes = forward_pass_equivalents(small)
    print(f"\nNetwork {list(small)}, batch {m_small}, float64 "
          f"({parameter_count(small):,} parameters)")
    print(f"  central differences   best {fd_best * 1e3:8.3f} ms   "
          f"median {fd_median * 1e3:8.3f} ms")
    print(f"  backprop              best {bp_best * 1e3:8.3f} ms   "
          f"median {bp_median * 1e3:8.3f} ms")
    print(f"  speed-up of backprop over finite differences: {fd_best / bp_best:,.0f}× "
          f"(median {fd_median / bp_median:,.0f}×); counted: "
          f"{finite_passes / backprop_passes:,.0f}× fewer forward-pass equivalents")


if __name__ == "__main__":
    main()
