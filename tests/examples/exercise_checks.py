"""What the three exercise test files share: finding an exercise, measuring a slope,
and checking the page an exercises script prints."""

import re
import runpy
from textwrap import indent


def exercises_by_title(section):
    return {exercise.title: exercise for exercise in section.exercises()}


def find(exercises, words):
    """The one exercise whose title contains ``words``."""
    (title,) = [title for title in exercises if words in title]
    return exercises[title]


# --8<-- [start:finite_differences]
def nudge(f, x, h=1e-6):
    """The slope of f at x, measured: (f(x + h) - f(x - h)) / 2h, no calculus involved."""
    return (f(x + h) - f(x - h)) / (2 * h)
# --8<-- [end:finite_differences]


def printed_exercises(capsys, section, number, count):
    """Run the section's script and check it prints exercises number.1 … number.count,
    each statement with its solution folded under a "Solution" block."""
    runpy.run_path(section.__file__, run_name="__main__")
    out = capsys.readouterr().out
    numbers = [f"{number}.{i}" for i in range(1, count + 1)]
    assert re.findall(r"^### (\d\.\d) ", out, re.M) == numbers
    assert out.count('??? success "Solution"') == count
    for exercise in section.exercises():
        assert exercise.statement in out
        assert indent(exercise.solution, "    ") in out  # indented under the block
