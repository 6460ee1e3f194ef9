"""The Markdown of an answer check and of a prediction, for a page to include.

An answer check asks for one number (a snippets.questions Kind at given numbers), takes the
reader's answer in a text field, and says at once whether it is right or which named
mistake it came from. The page's script (docs/assets/checks/checks.js) only compares the
reader's number with the numbers exported here, in the box's ``data-answer-check``
attribute: the right answer, every mistake's number, and a bank of variants with fresh
numbers. Without JavaScript the question, the worked answer and the typical wrong answers
are all still on the page, folded.

A prediction asks a yes-or-no (or this-or-that) question before a figure or a result;
one click commits, and the answer opens.
"""

import html
import json
import posixpath
from string import Template
from textwrap import indent

import numpy as np

from snippets.checks import as_real, as_whole_number
from snippets.exercise import num
from snippets.mistakes import CATALOGUE, PAGES
from snippets.questions import TOLERANCE, Kind, Solved

MAX_VARIANTS = 50
MAX_DRAWS_PER_VARIANT = 200  # fresh numbers are drawn until a variant is askable


def _check_id(check_id, name="check_id"):
    if not isinstance(check_id, str) or not check_id.replace("-", "").isalnum():
        raise ValueError(f"{name}: expected letters, digits and hyphens, got {check_id!r}")
    return check_id


def _page(page):
    """A page's path under docs/: relative, and never outside docs/ (no "..")."""
    if (not isinstance(page, str) or not page.endswith(".md") or posixpath.isabs(page)
            or ".." in page.split("/")):
        raise ValueError(f"page: expected a Markdown path under docs/ (such as "
                         f"'backprop/chain.md'), got {page!r}")
    return page


def link(target, page):
    """A Markdown link to ``target`` (a path under docs/, maybe with #anchor) from ``page``."""
    page = _page(page)
    if not isinstance(target, str) or target.partition("#")[0] not in PAGES:
        raise ValueError(f"target: expected a page of PAGES ({sorted(PAGES)}), got {target!r}")
    path, _, anchor = target.partition("#")
    relative = posixpath.relpath(path, posixpath.dirname(page) or ".")
    return f"[{PAGES[path]}]({relative}{'#' + anchor if anchor else ''})"


def _kind(kind):
    if not isinstance(kind, Kind):
        raise TypeError(f"kind: expected a snippets.questions.Kind, got {type(kind).__name__}")
    return kind


def _drawn(kind, rng):
    """Fresh numbers from ``kind.draw``, or raise naming the kind."""
    numbers = kind.draw(rng)
    if not isinstance(numbers, dict):
        raise TypeError(f"kind: expected kind.draw(rng) to return a dict of numbers, "
                        f"got {numbers!r}")
    return numbers


def _solved(kind, numbers):
    """``kind.solve(numbers)``, or raise naming the kind if it is not a Solved with a value
    for every number ``kind.places`` shows."""
    solved = kind.solve(numbers)
    if not isinstance(solved, Solved):
        raise TypeError(f"kind: expected kind.solve(numbers) to return a "
                        f"snippets.questions.Solved, got {solved!r}")
    missing = sorted(set(kind.places) - set(solved.values))
    if missing:
        raise ValueError(f"kind: expected kind.solve(numbers) to give every number of places, "
                         f"got none for {missing}")
    return solved


def _too_close(solved):
    """The numbers of ``solved`` that lie within 2·TOLERANCE of each other, as text."""
    named = [("the answer", solved.answer),
             *(("/".join(names), value) for value, names in solved.groups())]
    return "; ".join(f"{a} {num(x, 6)} and {b} {num(y, 6)}"
                     for i, (a, x) in enumerate(named) for b, y in named[i + 1:]
                     if abs(x - y) <= 2 * TOLERANCE)


def _text(x, name):
    if not isinstance(x, str):
        raise TypeError(f"{name}: expected text (a str), got {x!r} ({type(x).__name__})")
    return x


def _value_span(name, value, places):
    return f'<span data-value="{name}">{num(value, places)}</span>'


def _fill(template, solved, places):
    spans = {name: _value_span(name, value, places[name]) for name, value in solved.values.items()
             if name in places}
    return Template(template.strip()).substitute(spans)


EXPORTED_PLACES = 9  # far finer than TOLERANCE, and a third of float64's digits to send


def _exported(solved, names, mistakes):
    """What the page's script needs of one solved question, numbers only: its ``names``
    values and its ``mistakes`` numbers, each in that order."""
    return [[round(float(solved.values[name]), EXPORTED_PLACES) for name in names],
            [round(float(solved.mistakes[name]), EXPORTED_PLACES) for name in mistakes]]


def _generic_groups(kind, seed, draws=20):
    """How many groups the mistakes of ``kind`` fall into at most, over a few draws: the
    count where only mistakes that are the same formula give the same number."""
    rng = np.random.default_rng(seed)
    return max(len(_solved(kind, _drawn(kind, rng)).groups()) for _ in range(draws))


def variants(kind, count, seed, groups):
    """``count`` askable variants of ``kind``, with numbers drawn from a seeded generator.

    A variant whose mistakes fall into other than ``groups`` groups is passed over: two
    mistakes that merely happen to give one number there would be named together.
    """
    _kind(kind)
    count = as_whole_number(count, "count", minimum=0, maximum=MAX_VARIANTS)
    groups = as_whole_number(groups, "groups", minimum=1)
    rng = np.random.default_rng(as_whole_number(seed, "seed", minimum=0))
    bank = []
    for _ in range(count * MAX_DRAWS_PER_VARIANT):
        if len(bank) == count:
            break
        solved = _solved(kind, _drawn(kind, rng))
        askable = solved.askable() and len(solved.groups()) == groups
        if askable and abs(solved.answer) > 2 * TOLERANCE:
            bank.append(solved)
    if len(bank) < count:
        raise ValueError(f"count: expected {count} askable variants whose mistakes fall into "
                         f"{groups} groups, found {len(bank)} in "
                         f"{count * MAX_DRAWS_PER_VARIANT} draws")
    return bank


def answer_check(check_id, kind, numbers, page, count=0, seed=0):
    """The Markdown of one answer check on ``page`` (a path under docs/).

    ``numbers`` are the page's own (the first question shown); ``count`` more variants
    with fresh numbers are exported for the "Another one" button. Raises ValueError if the
    page's numbers make an unaskable question (a mistake within 2·TOLERANCE of the answer).
    """
    check_id, page, kind = _check_id(check_id), _page(page), _kind(kind)
    if not isinstance(numbers, dict):
        raise TypeError(f"numbers: expected a dict of the question's numbers, got {numbers!r}")
    count = as_whole_number(count, "count", minimum=0, maximum=MAX_VARIANTS)
    seed = as_whole_number(seed, "seed", minimum=0)
    expected = set(_drawn(kind, np.random.default_rng(0)))  # the names a question takes
    if set(numbers) != expected:
        raise ValueError(f"numbers: expected {sorted(expected)}, got {sorted(numbers, key=str)}")
    numbers = {name: as_real(value, f"numbers[{name!r}]") for name, value in numbers.items()}
    solved = _solved(kind, numbers)
    if not solved.askable():
        raise ValueError(f"numbers: expected numbers at which the answer and the named "
                         f"mistakes' numbers all lie more than 2·{TOLERANCE} apart, got "
                         f"{numbers} for check {check_id}, too close: {_too_close(solved)}; "
                         "choose other numbers")
    bank = [solved, *variants(kind, count, seed, _generic_groups(kind, seed))]
    names, wrong_names = list(kind.places), list(solved.mistakes)
    data = {"tolerance": TOLERANCE, "places": [kind.places[name] for name in names],
            "names": names, "mistakes": wrong_names,
            "bank": [_exported(one, names, wrong_names) for one in bank]}
    field = f"answer-{check_id}"
    another = ('\n<button type="button" class="md-button" data-another>Another one</button>'
               if count else "")
    wrong = "\n".join(
        f'- <span data-value="mistake:{name}">{num(value, kind.places["answer"])}</span>: '
        f'what you get if <span data-says="{name}">{CATALOGUE[name].says} '
        f"(see {link(CATALOGUE[name].see, page)})</span>."
        for name, value in solved.mistakes.items()
    )
    worked = f"{_fill(kind.worked, solved, kind.places)}\n\n**Typical wrong answers**\n\n{wrong}"
    attribute = html.escape(json.dumps(data, separators=(",", ":")), quote=True)
    box = f'<div class="answer-check" id="check-{check_id}" data-answer-check="{attribute}"'
    return f"""{box} markdown>

**Check yourself.** {_fill(kind.ask, solved, kind.places)}

<div class="answer-check__row">
<label for="{field}">Your {kind.label}</label>
<input id="{field}" type="text" autocomplete="off" spellcheck="false"
aria-describedby="{field}-how">
<button type="button" class="md-button md-button--primary" data-check>Check</button>{another}
</div>

<p class="answer-check__how" id="{field}-how">Counts if within {TOLERANCE} of the exact
value. Type a decimal (-0.222 or −0.222), a power of ten (-2.22e-1) or a fraction (-2/9).</p>
<p class="answer-check__verdict" role="status" aria-live="polite"></p>
<p class="answer-check__progress"><span>Right answers are remembered in this browser
only.</span> <button type="button" class="answer-check__forget" hidden>Forget my
answers</button></p>
<noscript><p>Checking an answer on the page needs JavaScript; the answer is folded
below.</p></noscript>

??? success "Answer"

{indent(worked, "    ")}

</div>
"""


def prediction(prediction_id, question, choices, answer):
    """The Markdown of one prediction: ``question`` (Markdown), ``choices`` as a list of
    (button label, right?, reply) with exactly one right choice (the reply is plain text,
    said when that choice is made), and ``answer`` (Markdown), folded until a click."""
    prediction_id = _check_id(prediction_id, "prediction_id")
    question, answer = _text(question, "question"), _text(answer, "answer")
    if not isinstance(choices, list):
        raise TypeError(f"choices: expected a list of (label, right?, reply), got {choices!r}")
    if len(choices) < 2:
        raise ValueError(f"choices: expected a list of at least two choices, got {choices!r}")
    for i, choice in enumerate(choices):
        shape_ok = isinstance(choice, tuple) and len(choice) == 3
        if not shape_ok or not (isinstance(choice[0], str) and isinstance(choice[1], bool)
                                and isinstance(choice[2], str)):
            raise TypeError(f"choices[{i}]: expected (label, right?, reply) as "
                            f"(str, bool, str), got {choice!r}")
    right = [label for label, is_right, _ in choices if is_right]
    if len(right) != 1:
        raise ValueError(f"choices: expected exactly one right choice, got {right}")
    buttons = "\n".join(
        f'<button type="button" class="md-button" aria-pressed="false" '
        f'data-right="{str(bool(is_right)).lower()}" data-reply="{html.escape(reply)}">'
        f"{html.escape(label)}</button>"
        for label, is_right, reply in choices
    )
    return f"""<div class="prediction" id="predict-{prediction_id}" data-prediction markdown>

**Predict first.** {question}

<div class="prediction__choices" role="group" aria-label="Your prediction">
{buttons}
</div>
<p class="prediction__verdict" role="status" aria-live="polite"></p>

??? question "The answer"

{indent(answer.strip(), "    ")}

</div>
"""
