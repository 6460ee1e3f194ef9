"""Time site builds: clean (empty cache), warm (nothing changed), and after touching one page.

Run with the project's venv (``make bench`` or ``.venv/bin/python benchmarks/build.py``);
mkdocs is invoked as ``sys.executable -m mkdocs`` so the same interpreter's packages are used.
Uses only the standard library. More benchmarks can be added as functions to ``BENCHMARKS``:
each takes a :class:`Context` and returns a list of :class:`Row`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOUCHED_PAGE = ROOT / "docs" / "index.md"
DEFAULT_GOAL = 0.35


@dataclass
class Row:
    """One line of the results table."""

    name: str
    seconds: float


@dataclass
class Context:
    """What benchmarks share: where to build, and timings other benchmarks may compare to."""

    site_dir: Path
    cache_dir: Path
    timings: dict[str, float] = field(default_factory=dict)


def mkdocs_build(site_dir: Path, cache_dir: Path) -> float:
    """Run ``mkdocs build --strict -d site_dir`` in the repo root; return wall-clock seconds.

    The build caches into ``cache_dir`` (BUILD_CACHE), so a clean build leaves .cache/ alone.
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "BUILD_CACHE": str(cache_dir)}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)]
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"mkdocs build failed with exit code {proc.returncode}")
    return elapsed


def bench_site_builds(ctx: Context) -> list[Row]:
    """Clean build (cache removed), warm rebuild, and rebuild after touching docs/index.md."""
    shutil.rmtree(ctx.cache_dir, ignore_errors=True)
    clean = mkdocs_build(ctx.site_dir, ctx.cache_dir)
    warm = mkdocs_build(ctx.site_dir, ctx.cache_dir)
    os.utime(TOUCHED_PAGE)  # bump mtime to "now": one Markdown page changed
    touched = mkdocs_build(ctx.site_dir, ctx.cache_dir)
    ctx.timings.update(clean=clean, warm=warm, touched=touched)
    return [
        Row("clean (empty cache)", clean),
        Row("warm (nothing changed)", warm),
        Row(f"one page touched ({TOUCHED_PAGE.relative_to(ROOT).as_posix()})", touched),
    ]


BENCHMARKS: list[Callable[[Context], list[Row]]] = [bench_site_builds]


def format_table(rows: list[Row], clean: float) -> str:
    """Render rows as a Markdown table with each time relative to the clean build."""
    lines = ["| build | seconds | × clean |", "| --- | ---: | ---: |"]
    for row in rows:
        ratio = row.seconds / clean if clean > 0 else float("nan")
        lines.append(f"| {row.name} | {row.seconds:.2f} | {ratio:.2f} |")
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=(
            "Time `mkdocs build --strict` of the site: clean (with an empty cache), "
            "warm (nothing changed) and after touching docs/index.md. Prints a Markdown table."
        )
    )
    parser.add_argument(
        "--goal",
        type=float,
        default=DEFAULT_GOAL,
        help="target for the warm/clean time ratio (default: %(default)s)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit with status 1 when the warm/clean ratio misses the goal",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not (ROOT / "mkdocs.yml").is_file():
        print(f"error: no mkdocs.yml in {ROOT}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        ctx = Context(site_dir=Path(tmp) / "site", cache_dir=Path(tmp) / "cache")
        rows: list[Row] = []
        for bench in BENCHMARKS:
            rows.extend(bench(ctx))
    clean = ctx.timings["clean"]
    ratio = ctx.timings["warm"] / clean if clean > 0 else float("inf")
    met = ratio <= args.goal
    print(format_table(rows, clean))
    print()
    print(f"warm/clean = {ratio:.2f} (goal ≤ {args.goal:.2f}: {'met' if met else 'NOT met'})")
    return 1 if args.check and not met else 0


if __name__ == "__main__":
    raise SystemExit(main())
