"""Exercises for the exercises page: a statement, a worked solution, and the numbers in both.

Scripts in ``snippets/examples/exercises_*.py`` build exercises from the site's own
functions and print them as Markdown; the page inserts that text. The solution goes in a
collapsible block (pymdownx.details), for the reader to open after trying. ``given`` and
``answers`` keep every number as a number, so that the tests can check each one.

Statements and solutions are ``string.Template`` text: ``$name`` marks a number, so the
braces of LaTeX need no escaping.
"""

from dataclasses import dataclass, field
from string import Template
from textwrap import dedent, indent

import numpy as np

from snippets.checks import as_scalar


def num(x, places=4):
    """``x`` rounded to ``places`` decimals, as text; never "-0.0000".

    ``places=None`` writes the shortest form (``0.5``, ``-1.5``, ``2``): for given numbers.
    """
    x = float(as_scalar(x, "x").real)
    text = f"{x:g}" if places is None else f"{x:.{places}f}"
    return text[1:] if float(text) == 0 and text.startswith("-") else text


def fill(template, **values):
    """Dedent ``template`` and put each value in place of ``$name``.

    Numbers are written with :func:`num` (4 decimals); pass text, e.g. ``num(x, 6)``,
    for another precision. A placeholder without a value raises KeyError.
    """
    text = {name: value if isinstance(value, str) else num(value) for name, value in values.items()}
    return Template(dedent(template).strip()).substitute(text)


@dataclass(frozen=True)
class Exercise:
    """One exercise: a title (plain text: headings show no math), the statement, the solution.

    ``given`` maps names to the numbers the statement gives, ``answers`` to the numbers
    the solution finds.
    """

    title: str
    statement: str
    solution: str
    given: dict = field(default_factory=dict)
    answers: dict = field(default_factory=dict)

    def __post_init__(self):
        if any(mark in self.title for mark in ("\\(", "\\[", "$")):
            raise ValueError(
                f"title: expected plain text (headings show no math), got {self.title!r}"
            )
        for name, value in {**self.given, **self.answers}.items():
            if not np.all(np.isfinite(value)):
                raise ValueError(f"{name}: expected finite numbers, got {value!r}")

    def markdown(self, number):
        """A level-3 heading "``number`` title", the statement, and the collapsible solution."""
        return (
            f"### {number} {self.title}\n\n{self.statement}\n\n"
            f'??? success "Solution"\n\n{indent(self.solution, "    ")}\n'
        )


def section_markdown(section, exercises):
    """The exercises of one section, numbered ``section.1``, ``section.2``, …, as Markdown."""
    if not exercises:
        raise ValueError(f"section {section}: expected at least one exercise, got none")
    parts = [exercise.markdown(f"{section}.{i}") for i, exercise in enumerate(exercises, 1)]
    return "\n".join(parts)
