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
from textwrap import dedent, indent, shorten

from snippets.checks import as_array, as_real, as_whole_number

MAX_PLACES = 17  # float64 holds about 16 significant digits


def _text(x, name):
    if not isinstance(x, str):
        raise TypeError(f"{name}: expected text (a str), got {x!r} ({type(x).__name__})")
    return x


def num(x, places=4):
    """``x`` rounded to ``places`` decimals, as text; never "-0.0000".

    ``places=None`` writes the shortest form (``0.5``, ``-1.5``, ``2``): for given numbers.
    ``x`` is one real number; ``places`` a whole number from 0 to MAX_PLACES, or None.
    """
    x = as_real(x, "x")
    if places is not None:
        places = as_whole_number(places, "places", minimum=0, maximum=MAX_PLACES)
    text = f"{x:g}" if places is None else f"{x:.{places}f}"
    return text[1:] if float(text) == 0 and text.startswith("-") else text


def fill(template, **values):
    """Dedent ``template`` and put each value in place of ``$name``.

    Numbers are written with :func:`num` (4 decimals); pass text, e.g. ``num(x, 6)``,
    for another precision. A placeholder without a value raises ValueError naming it.
    """
    template = _text(template, "template")
    text = {name: value if isinstance(value, str) else num(as_real(value, name))
            for name, value in values.items()}
    try:
        return Template(dedent(template).strip()).substitute(text)
    except KeyError as error:
        raise ValueError(
            f"template: expected a value for ${error.args[0]}, got none (pass {error.args[0]}=…)"
        ) from error
    except ValueError as error:  # "$" followed by something that is not a name
        raise ValueError(f"template: expected $name placeholders only, got {error}") from error


@dataclass(frozen=True)
class Exercise:
    """One exercise: a title (plain text: headings show no math), the statement, the solution.

    ``given`` maps names to the numbers the statement gives, ``answers`` to the numbers
    the solution finds. ``check`` is Markdown shown between the statement and the solution:
    an answer check (snippets.answer_check), or nothing.
    """

    title: str
    statement: str
    solution: str
    given: dict = field(default_factory=dict)
    answers: dict = field(default_factory=dict)
    check: str = ""

    def __post_init__(self):
        for name in ("title", "statement", "solution", "check"):
            _text(getattr(self, name), name)
        for name in ("given", "answers"):
            if not isinstance(getattr(self, name), dict):
                raise TypeError(f"{name}: expected a dict of named numbers, got "
                                f"{type(getattr(self, name)).__name__}")
        if self.check and not (self.check.startswith('<div class="answer-check"')
                               and self.check.endswith("</div>\n")):
            raise ValueError(f"check: expected the Markdown of answer checks "
                             f"(snippets.answer_check.answer_check) or \"\", got "
                             f"{shorten(self.check, 60, placeholder=' …')!r}")
        if any(mark in self.title for mark in ("\\(", "\\[", "$")):
            raise ValueError(
                f"title: expected plain text (headings show no math), got {self.title!r}"
            )
        for name, value in {**self.given, **self.answers}.items():
            as_array(value, name)

    def markdown(self, number):
        """A level-3 heading "``number`` title", the statement, and the collapsible solution."""
        _text(number, "number")
        return (
            f"### {number} {self.title}\n\n{self.statement}\n\n"
            + (f"{self.check}\n" if self.check else "")
            + f'??? success "Solution"\n\n{indent(self.solution, "    ")}\n'
        )


def section_markdown(section, exercises):
    """The exercises of one section, numbered ``section.1``, ``section.2``, …, as Markdown.

    ``section`` is a whole number ≥ 1; ``exercises`` a list of Exercise.
    """
    section = as_whole_number(section, "section", minimum=1)
    if not isinstance(exercises, list | tuple):
        raise TypeError(f"exercises: expected a list of Exercise, got {type(exercises).__name__}")
    if not exercises:
        raise ValueError(f"section {section}: expected at least one exercise, got none")
    for i, exercise in enumerate(exercises):
        if not isinstance(exercise, Exercise):
            raise TypeError(f"exercises[{i}]: expected an Exercise, got {type(exercise).__name__}")
    parts = [exercise.markdown(f"{section}.{i}") for i, exercise in enumerate(exercises, 1)]
    return "\n".join(parts)
