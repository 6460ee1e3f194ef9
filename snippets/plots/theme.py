"""Light and dark colour schemes for figures, matched to the site's palette.

Every colour used for a line or a label passes WCAG AA contrast against the
page background of its scheme (checked in tests/plots/test_theme.py).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    name: str
    background: str  # the page background the figure sits on
    foreground: str  # text, axes, ticks
    muted: str  # grid lines and contour lines
    blue: str
    orange: str
    green: str
    purple: str
    colormap: str

    @property
    def rc(self):
        """matplotlib settings for this scheme: fixed size, font and colours."""
        return {
            "figure.dpi": 96,
            "savefig.dpi": 96,
            "font.family": "DejaVu Sans",
            "font.size": 11,
            "figure.facecolor": "none",
            "axes.facecolor": "none",
            "savefig.facecolor": "none",
            "savefig.transparent": True,
            "text.color": self.foreground,
            "axes.labelcolor": self.foreground,
            "axes.edgecolor": self.foreground,
            "xtick.color": self.foreground,
            "ytick.color": self.foreground,
            "grid.color": self.muted,
            "legend.frameon": False,
            "svg.fonttype": "path",
            "path.simplify": True,
        }


LIGHT = Theme(
    name="light",
    background="#ffffff",
    foreground="#1f2328",
    muted="#6e7781",
    blue="#0b5cad",
    orange="#b33f00",
    green="#1a7f37",
    purple="#6f42c1",
    colormap="viridis",
)

DARK = Theme(
    name="dark",
    background="#1e2129",
    foreground="#e6edf3",
    muted="#9ba6b2",
    blue="#6cb6ff",
    orange="#ffa657",
    green="#56d364",
    purple="#d2a8ff",
    colormap="cividis",
)

THEMES = {theme.name: theme for theme in (LIGHT, DARK)}


def new_figure(theme, width, height, **subplots):
    """A figure of fixed size in inches (at 96 dpi), with the theme's colours."""
    import matplotlib

    matplotlib.use("Agg")  # headless; imported here so that listing figures stays cheap
    import matplotlib.pyplot as plt

    with plt.rc_context(theme.rc):
        return plt.subplots(figsize=(width, height), layout="constrained", **subplots)
