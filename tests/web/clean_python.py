"""A reader's Python, made without the network: numpy alone, or numpy and matplotlib alone.

``python -m venv --without-pip`` gives a bare interpreter (no system site-packages, no
`snippets`, no pytest). Into its site-packages go links to what the named distributions
and their dependencies installed in this venv, nothing else. A script that imports
anything more fails in it, as it would on a reader's machine.
"""

import os
import re
import subprocess
import sys
import sysconfig
from importlib.metadata import distribution
from pathlib import Path

from packaging.requirements import Requirement

NUMPY = ("numpy",)
PLOTS = ("numpy", "matplotlib")
IMPORTS_MATPLOTLIB = re.compile(r"^\s*(?:import|from) matplotlib\b", re.M)


def closure(names):
    """The distributions ``names`` need, with their dependencies (extras left out)."""
    found, todo = set(), [*names]
    while todo:
        name = todo.pop().lower()
        if name in found:
            continue
        found.add(name)
        for line in distribution(name).requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return sorted(found)


def make_python(folder, names):
    """A bare venv in ``folder`` that can import ``names`` (and their dependencies) only;
    returns the path of its interpreter."""
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=120
    )
    python = folder / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    ours = Path(sysconfig.get_path("purelib"))
    for name in closure(names):
        tops = {Path(str(path)).parts[0] for path in distribution(name).files}
        for top in sorted(tops - {"..", "__pycache__"}):
            link = Path(purelib) / top
            if not link.exists():
                link.symlink_to(ours / top)
    return python


def run(python, path, workdir, *arguments):
    """Run the file at ``path`` as a reader would: ``python path``, from ``workdir``, with
    no PYTHONPATH and no user site-packages."""
    env = {"PATH": os.environ["PATH"], "MPLBACKEND": "Agg", "HOME": str(workdir)}
    return subprocess.run(
        [str(python), "-I", str(path), *arguments],
        capture_output=True, text=True, cwd=workdir, env=env, timeout=600, check=False,
    )  # fmt: skip


def needs_matplotlib(text):
    return IMPORTS_MATPLOTLIB.search(text) is not None
