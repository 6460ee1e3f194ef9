"""Turn a registered figure into bytes, identically on every build, in every layout it needs."""

import io
from dataclasses import dataclass, field

from snippets.plots.layout import needs_phone_layout
from snippets.plots.theme import THEMES


@dataclass(frozen=True)
class FigureSpec:
    """One figure on the site: its id, the function that draws it, and what it shows.

    ``function(theme, **params)`` returns a matplotlib Figure. ``alt`` is the
    text a screen reader speaks instead of the picture. A figure too wide to show on a phone
    (layout.needs_phone_layout) is drawn a second time by ``function(theme, **params,
    layout="phone")``, with its panels stacked.
    """

    id: str
    function: object
    alt: str
    params: dict = field(default_factory=dict)
    format: str = "svg"


def render(spec, scheme, layout="desktop"):
    """Return (bytes, (width_px, height_px)) of ``spec`` drawn in ``scheme`` ("light"/"dark"),
    in ``layout`` ("desktop", or "phone" for the stacked one)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    theme = THEMES[scheme]
    params, salt = spec.params, f"{spec.id}-{scheme}"
    if layout != "desktop":
        params, salt = params | {"layout": layout}, f"{spec.id}-{layout}-{scheme}"
    rc = theme.rc | {"svg.hashsalt": salt}
    with plt.rc_context(rc):
        figure = spec.function(theme, **params)
        width, height = (figure.get_size_inches() * figure.dpi).round().astype(int)
        buffer = io.BytesIO()
        metadata = {"Date": None} if spec.format == "svg" else {"Software": None}
        figure.savefig(buffer, format=spec.format, metadata=metadata)
        plt.close(figure)
    return buffer.getvalue(), (int(width), int(height))


def render_layouts(spec, scheme):
    """``spec`` in ``scheme``, in every layout it needs: {"desktop": (bytes, size)}, and
    "phone" too if the desktop figure would be shown below layout.MIN_SCALE on a phone."""
    drawn = {"desktop": render(spec, scheme)}
    if needs_phone_layout(drawn["desktop"][1][0]):
        drawn["phone"] = render(spec, scheme, "phone")
    return drawn
