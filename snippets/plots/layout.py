"""How big a figure is shown, and when it needs a phone layout of its own.

A figure is drawn at a natural size (its SVG's width in CSS px), and the page shrinks it to
the width of the text column. On a 360 px phone that column is COLUMN px wide, so a figure
drawn for a wide screen (922 px) is shown at a third of its size, its labels about 4 px
tall. The rule: no figure is shown below MIN_SCALE of its natural size on a 360 px phone. A
figure that would be gets a phone layout, the same panels stacked in one column at
PHONE_WIDTH, which the page shows below BREAKPOINT (tests/web/test_phone_figures.py
measures both in a browser).
"""

import textwrap

from snippets.plots.theme import new_figure

LAYOUTS = ("desktop", "phone")
VIEWPORT = 360  # px: the narrowest phone the site is laid out for
COLUMN = 328  # px: Material's text column at VIEWPORT (measured by tests/web/test_phone_figures.py)
MIN_SCALE = 0.6  # the smallest share of its natural size a figure may be shown at
MIN_TEXT = 9  # px: the smallest text a figure may show at VIEWPORT, in CSS px
# The phone layout is shown up to Material's own phone/tablet breakpoint (44.9375em of 16 px):
# wider than that, the text column shows the wide layout at 0.6 of its size or more.
BREAKPOINT = 719  # px
MEDIA = f"(max-width: {BREAKPOINT}px)"
DPI = 96  # px per inch, as theme.new_figure draws
PHONE_WIDTH = 4.0  # inches: 384 px, shown at 328 / 384 = 0.85 of its size at VIEWPORT
PHONE_LEGEND_SIZE = 9.5  # points: 10.8 CSS px on a 360 px phone
PHONE_TITLE_WIDTH = 32  # characters per line of a title on a phone
COLORBAR = {"desktop": "right", "phone": "bottom"}  # a colour bar under a map keeps it wide


def shown_scale(width, column=COLUMN):
    """The share of its natural ``width`` (px) a figure is shown at in a column ``column`` px
    wide: it shrinks to fit, and never grows."""
    return min(1.0, column / width)


def needs_phone_layout(width):
    """Whether a figure ``width`` px wide would be shown below MIN_SCALE on a phone."""
    return shown_scale(width) < MIN_SCALE


def panels(theme, layout, count, desktop, panel_height, **subplots):
    """A figure of ``count`` panels: side by side in a figure of size ``desktop`` (inches),
    or, for layout="phone", stacked in one column PHONE_WIDTH wide, each ``panel_height``
    inches tall. Returns (figure, axes), as theme.new_figure does."""
    if layout == "phone":
        return new_figure(theme, PHONE_WIDTH, panel_height * count, nrows=count, **subplots)
    if layout != "desktop":
        raise ValueError(f"layout: expected one of {LAYOUTS}, got {layout!r}")
    return new_figure(theme, *desktop, ncols=count, **subplots)


def with_key(theme, layout, desktop, phone_height, key_height):
    """A one-panel figure, and where its legend goes: (figure, axes, key). ``desktop`` is the
    wide figure's size in inches, and the key is the panel itself; on a phone the figure is
    PHONE_WIDTH wide and the key is a row of its own, ``key_height`` inches, under the panel,
    so the legend covers no data."""
    if layout != "phone":
        figure, axes = new_figure(theme, *size(layout, desktop, phone_height))
        return figure, axes, axes
    figure, (axes, key) = new_figure(theme, PHONE_WIDTH, phone_height + key_height, nrows=2,
                                     height_ratios=[phone_height, key_height])
    key.axis("off")
    return figure, axes, key


def size(layout, desktop, phone_height):
    """The size in inches of a one-panel figure: ``desktop``, or PHONE_WIDTH × phone_height."""
    if layout == "phone":
        return PHONE_WIDTH, phone_height
    if layout != "desktop":
        raise ValueError(f"layout: expected one of {LAYOUTS}, got {layout!r}")
    return desktop


def title(axes, text, layout, **options):
    """The axes' title; on a phone, broken into lines of at most PHONE_TITLE_WIDTH characters."""
    if layout == "phone":
        # An equation, or a change "a → b", stays on one line: no break around = and →.
        for sign in (" = ", " → "):
            text = text.replace(sign, sign.replace(" ", "\u00a0"))
        text = "\n".join(textwrap.fill(line, PHONE_TITLE_WIDTH) for line in text.split("\n"))
    axes.set_title(text, **options)


def legend(axes, theme, layout="desktop", *handles_labels, **options):
    """A legend in a box of the page's colour, readable over any curve or map; on a phone its
    text is PHONE_LEGEND_SIZE (or smaller, if asked)."""
    if layout == "phone":
        options["fontsize"] = min(options.get("fontsize", PHONE_LEGEND_SIZE), PHONE_LEGEND_SIZE)
    return axes.legend(*handles_labels, frameon=True, facecolor=theme.background,
                       edgecolor=theme.muted, framealpha=0.95, **options)
