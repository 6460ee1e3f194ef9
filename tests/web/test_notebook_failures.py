"""A notebook whose cell fails is not published: the build stops with one line per notebook.

Each of the site's notebooks gets a failing cell in a temporary copy of the project (a wrong
number worked "by hand", a check of snippets.verify that fails, a plain error), and the
strict build of that copy must fail, every failing notebook named on one line of the form
``docs/notebooks/<name>.py: not published, because a cell failed: <ename>: <evalue>``,
followed by the cell and its traceback.
"""

import os
import re
import shutil

import pytest

from tests.web.conftest import ROOT, build_site

# What the copy leaves out: generated, installed or not read by the build (node_modules is
# linked, not copied).
SKIP = {".git", ".venv", ".cache", "site", "node_modules", "tests", "__pycache__"}

# (notebook, a line as it is, the line with a failing cell planted, the error's first line
# after "a cell failed: ", as a pattern).
PLANTED = {
    "a wrong number worked by hand": (
        "docs/notebooks/backprop_by_hand.py",
        "z1 = w1 * a0 + b1\n",
        "z1 = w1 * a0 - b1\n",
        r"AssertionError: z\^1: by hand [-+0-9.e]+, snippets [-+0-9.e]+",
    ),
    "a check that fails": (
        "docs/notebooks/train_one_neuron.py",
        "ETA, STEPS = 1.0, 100\n",
        "ETA, STEPS = 1.0, 100\nagree('a planted check', 1.0, 2.0)\n",
        re.escape(
            "Disagreement: a planted check: the formula gives +1, but nudging gives +2 "
            "(relative error 5.0e-01, allowed 1e-07)"
        ),
    ),
    "an error": (
        "docs/notebooks/many_neurons.py",
        "SIZES = [2, 16, 1]\n",
        "SIZES = [2, 16, 1]\n\n# %%\n1 / 0\n",
        re.escape("ZeroDivisionError: division by zero"),
    ),
}


@pytest.fixture(scope="module")
def warm_cache(site, tmp_path_factory):
    """A copy of the cache the `site` build filled: only the planted notebooks run again."""
    cache = tmp_path_factory.mktemp("notebook-failures") / "cache"
    shutil.copytree(os.environ.get("BUILD_CACHE", ROOT / ".cache"), cache)
    return cache


def planted_copy(folder):
    """A copy of the project with a failing cell planted in each notebook of PLANTED."""
    for source in ROOT.iterdir():
        if source.name in SKIP or source.name.endswith(".egg-info"):
            continue
        if source.is_dir():
            shutil.copytree(source, folder / source.name, ignore=shutil.ignore_patterns(*SKIP))
        else:
            shutil.copy(source, folder / source.name)
    (folder / "node_modules").symlink_to(ROOT / "node_modules")
    for file, line, broken, _ in PLANTED.values():
        target = folder / file
        text = target.read_text(encoding="utf-8")
        assert text.count(line) == 1, f"{file} no longer has the line {line!r}: update PLANTED"
        target.write_text(text.replace(line, broken), encoding="utf-8")


@pytest.mark.build
def test_a_failing_cell_in_each_notebook_fails_the_build_one_line_each(tmp_path, warm_cache):
    planted_copy(tmp_path)
    result = build_site(
        tmp_path / "mkdocs.yml",
        tmp_path / "site",
        cwd=tmp_path,
        BUILD_CACHE=str(warm_cache),
        PYTHONPATH=str(tmp_path),
    )
    assert result.returncode != 0, "the build published notebooks whose cells fail"
    assert "ERROR   -  " in result.stderr, result.stderr[-3000:]
    error = result.stderr[result.stderr.index("ERROR   -  ") :]
    lines = error.removeprefix("ERROR   -  ").splitlines()
    expected = {
        file: re.compile(rf"{re.escape(file)}: not published, because a cell failed: {pattern}")
        for file, _, _, pattern in PLANTED.values()
    }
    # The error opens with one notebook's line; every notebook has its own line, then its
    # cell and traceback.
    assert any(pattern.fullmatch(lines[0]) for pattern in expected.values()), error[:2000]
    for file, pattern in expected.items():
        (line,) = [line for line in lines if line.startswith(f"{file}: ")]
        assert pattern.fullmatch(line), line
    assert error.count("Traceback") == len(PLANTED), error
