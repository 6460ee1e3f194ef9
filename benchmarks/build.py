"""Time site builds: clean (empty cache), warm (nothing changed), and after touching one page.

Run with the project's venv (``make bench`` or ``.venv/bin/python benchmarks/build.py``);
mkdocs is invoked as ``sys.executable -m mkdocs`` so the same interpreter's packages are used.
Uses only the standard library. More benchmarks can be added as functions to ``BENCHMARKS``:
each takes a :class:`Context` and returns a list of :class:`Row`.
"""

from __future__ import annotations

import argparse
import os
import re
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
    return mkdocs_build_logged(site_dir, cache_dir)[0]


def mkdocs_build_logged(site_dir: Path, cache_dir: Path, cwd: Path = ROOT) -> tuple[float, str]:
    """Like :func:`mkdocs_build`, in the repository at ``cwd``; returns (seconds, build log)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "BUILD_CACHE": str(cache_dir)}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)]
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"mkdocs build failed with exit code {proc.returncode}")
    return elapsed, proc.stdout + proc.stderr


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


# hooks/notebooks.py logs this line on every build.
NOTEBOOK_RUNS = re.compile(r"notebooks: executed (\d+) of (\d+)")
# A snippets module that a notebook imports (docs/notebooks/backprop_by_hand.py).
EDITED_MODULE = Path("snippets/chain.py")
NOT_COPIED = (
    *(".git", ".venv", "node_modules", "site", ".cache", "__pycache__", "*.egg-info"),
    *(".pytest_cache", ".hypothesis", ".ruff_cache", ".coverage*"),
)


def notebook_runs(log: str) -> str:
    """The "executed N of M" of a build log."""
    match = NOTEBOOK_RUNS.search(log)
    if match is None:
        raise SystemExit("the build log has no 'notebooks: executed N of M' line")
    return f"executed {match[1]} of {match[2]} notebooks"


def bench_notebooks(ctx: Context) -> list[Row]:
    """A warm rebuild runs no notebook; a snippets edit re-runs the notebooks that import it.

    The edit is made in a copy of the repository (so the working tree is never written);
    the copy builds into the same cache, whose keys hash file contents, not their paths.
    """
    warm, warm_log = mkdocs_build_logged(ctx.site_dir, ctx.cache_dir)
    copy = ctx.site_dir.parent / "repo"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*NOT_COPIED))
    (copy / "node_modules").symlink_to(ROOT / "node_modules")
    module = copy / EDITED_MODULE
    module.write_text(module.read_text(encoding="utf-8") + "\n# edited by the benchmark\n")
    edited, edited_log = mkdocs_build_logged(ctx.site_dir, ctx.cache_dir, cwd=copy)
    again, again_log = mkdocs_build_logged(ctx.site_dir, ctx.cache_dir, cwd=copy)
    ctx.timings.update(notebooks_warm=warm, notebooks_edited=edited)
    return [
        Row(f"warm, {notebook_runs(warm_log)}", warm),
        Row(f"{EDITED_MODULE.as_posix()} edited, {notebook_runs(edited_log)}", edited),
        Row(f"warm again after the edit, {notebook_runs(again_log)}", again),
    ]


BENCHMARKS: list[Callable[[Context], list[Row]]] = [bench_site_builds, bench_notebooks]


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
