"""What the tests of snippets/examples/ share: running a script, and reading what it printed.

- ``printed("NAME")`` (a fixture) runs snippets/examples/NAME.py as the build does
  (hooks/outputs.py): as ``__main__``, from the repository's root, to its end, with its own
  checks (``snippets.verify``, which raise ``Disagreement``) included, and returns its
  standard output. It runs in the test's process, so a test can monkeypatch a ``snippets``
  function that the script imports.
- ``table_rows(text)``: the body rows of the Markdown tables in ``text``, as lists of cells.
- ``assert_matches(text, expected, noise)``: a snapshot comparison that lets a measured
  number (a central difference printed to 10 or more decimals) differ by rounding noise.
- ``check_exercise_page(text, section, number, count)``: what every exercises script prints.

Expected values in these tests are literals that were checked once without the code they
test (``tests/examples/exercise_checks.py`` holds that plain math), never strings rebuilt
with the function the script calls.
"""

import re
import runpy
from pathlib import Path
from textwrap import indent

import pytest

import snippets.examples

EXAMPLES = Path(snippets.examples.__file__).parent
ROOT = EXAMPLES.parents[1]  # where the build runs the scripts from
SEPARATOR = re.compile(r"\|(?: *:?-+:? *\|)+")  # a table's |---|:-:|--:| line
NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?")


@pytest.fixture
def printed(capsys, monkeypatch):
    """``printed("NAME")``: what snippets/examples/NAME.py prints, run as the build runs it."""
    monkeypatch.chdir(ROOT)

    def run(name):
        capsys.readouterr()  # only what this script prints
        runpy.run_path(str(EXAMPLES / f"{name}.py"), run_name="__main__")
        return capsys.readouterr().out

    return run


def table_rows(text):
    """The body rows of every Markdown table in ``text``, each a list of its stripped cells.

    Header rows (the line above a ``|---|`` line), separator rows and every line that is
    not part of a table are left out.
    """
    lines = text.splitlines()
    return [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line, below in zip(lines, [*lines[1:], ""], strict=True)
        if line.startswith("|") and not SEPARATOR.fullmatch(line)
        and not SEPARATOR.fullmatch(below)
    ]


def assert_matches(text, expected, noise=0.0):
    """Assert ``text == expected``, except that each number may differ by up to ``noise``.

    Use a ``noise`` above zero only for outputs that print a measurement (central
    differences) to more digits than it is good for: its last digit may round either way
    on another machine. Words, layout and every other number must match to the letter.
    """
    if text == expected:
        return
    numbers = list(zip(NUMBER.findall(text), NUMBER.findall(expected), strict=False))
    same_shape = NUMBER.sub("#", text) == NUMBER.sub("#", expected)
    if not (same_shape and all(abs(float(a) - float(e)) <= noise for a, e in numbers)):
        assert text == expected  # pytest shows the difference, line by line


def check_exercise_page(text, section, number, count):
    """Check that an exercises script printed exercises number.1 … number.count, each
    statement with its solution folded under a "Solution" block."""
    numbers = [f"{number}.{i}" for i in range(1, count + 1)]
    assert re.findall(r"^### (\d\.\d) ", text, re.M) == numbers
    assert text.count('??? success "Solution"') == count
    for exercise in section.exercises():
        assert exercise.statement in text
        assert indent(exercise.solution, "    ") in text  # indented under the block
