"""Turn a registered figure into bytes, identically on every build."""

import io
from dataclasses import dataclass, field

from snippets.plots.theme import THEMES


@dataclass(frozen=True)
class FigureSpec:
    """One figure on the site: its id, the function that draws it, and what it shows.

    ``function(theme, **params)`` returns a matplotlib Figure. ``alt`` is the
    text a screen reader speaks instead of the picture.
    """

    id: str
    function: object
    alt: str
    params: dict = field(default_factory=dict)
    format: str = "svg"


def render(spec, scheme):
    """Return (bytes, (width_px, height_px)) of ``spec`` drawn in ``scheme`` ("light"/"dark")."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    theme = THEMES[scheme]
    rc = theme.rc | {"svg.hashsalt": f"{spec.id}-{scheme}"}
    with plt.rc_context(rc):
        figure = spec.function(theme, **spec.params)
        width, height = (figure.get_size_inches() * figure.dpi).round().astype(int)
        buffer = io.BytesIO()
        metadata = {"Date": None} if spec.format == "svg" else {"Software": None}
        figure.savefig(buffer, format=spec.format, metadata=metadata)
        plt.close(figure)
    return buffer.getvalue(), (int(width), int(height))
