"""Light and dark colour schemes for figures, matched to the site's palette, and the one
visual language every figure and the explorer share.

What a colour means is fixed site-wide, here (``Theme.w_slice`` and the other roles):
blue is the w direction (the slice b = b₀, a curve in w, and its slope ∂C/∂w), orange
the b direction (the slice w = w₀ and ∂C/∂b). No figure uses those two for anything
else; the explorer's stylesheet holds the same values (tests/plots/test_theme.py reads
both). The cost is coloured with one colour map, the same in both schemes, darker for
lower cost.

Every colour used for a line or a label passes WCAG AA contrast for text (4.5:1) against
the page background of its scheme (checked in tests/plots/test_theme.py).
"""

import itertools
from dataclasses import dataclass

# One colour map for the cost C, in light and dark, in every figure and in the explorer:
# dark purple for the lowest cost, through blue and green, to yellow for the highest.
COST_COLORMAP = "viridis"
# Contour lines over the colour map: whichever of these two reads better on the colours
# either side of the line, the same in both schemes (the map is the same).
CONTOUR_DARK, CONTOUR_LIGHT = "#161b22", "#ffffff"


# What each colour means, on every figure (theme.w_slice is theme.blue, and so on), and the
# word alt texts use for it. Only these roles use the palette's blue and orange.
ROLES = {
    "w_slice": "blue",  # the w direction: the slice b = b₀ (a curve in w), its line, ∂C/∂w
    "b_slice": "orange",  # the b direction: the slice w = w₀ (a curve in b), its line, ∂C/∂b
    "squared_error": "green",  # computed with, or trained on, the squared-error cost
    "cross_entropy": "purple",  # computed with, or trained on, the cross-entropy cost
    "forward": "green",  # the forward pass: values from the input up, forward passes counted
    "backward": "purple",  # the backward pass: δ and the gradients, from the cost down
}


@dataclass(frozen=True)
class Theme:
    name: str
    background: str  # the page background the figure sits on
    foreground: str  # text, axes, ticks
    muted: str  # grid lines
    blue: str
    orange: str
    green: str
    purple: str
    colormap: str = COST_COLORMAP

    def __getattr__(self, role):
        """A role's colour (theme.w_slice, ...): the palette colour that ROLES names."""
        if role in ROLES:
            return getattr(self, ROLES[role])
        raise AttributeError(f"{type(self).__name__!r} has no attribute {role!r}")

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
)

THEMES = {theme.name: theme for theme in (LIGHT, DARK)}


def relative_luminance(colour):
    """WCAG 2.x relative luminance of a colour (anything matplotlib reads)."""
    from matplotlib.colors import to_rgb

    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(colour)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first, second):
    """WCAG contrast ratio of two colours, from 1 to 21."""
    darker, lighter = sorted([relative_luminance(first), relative_luminance(second)])
    return (lighter + 0.05) / (darker + 0.05)


def contour_line_colour(*under):
    """The contour-line colour (CONTOUR_DARK or CONTOUR_LIGHT) that reads best on all of the
    colours ``under`` it: the one whose smallest contrast with them is the larger."""
    return max((CONTOUR_DARK, CONTOUR_LIGHT),
               key=lambda line: min(contrast_ratio(line, colour) for colour in under))


def cost_map(figure, axes, w, b, C, levels, label=None, norm=None, lines=True,
             location="right"):
    """Filled contours of the cost C over the (w, b) plane, in COST_COLORMAP, with (if
    ``lines``) a contour line on each band edge and, given a ``label``, a colour bar at
    ``location``; returns the filled set."""
    filled = axes.contourf(w, b, C, levels=levels, cmap=COST_COLORMAP, norm=norm)
    filled.set_rasterized(True)  # as vectors, the filled bands would weigh ~300 KB
    if lines:
        bands = [filled.cmap(filled.norm(value)) for value in filled.layers]
        edges = [contour_line_colour(low, high) for low, high in itertools.pairwise(bands)]
        axes.contour(w, b, C, levels=filled.levels[1:-1], colors=edges, linewidths=0.5)
    if label is not None:
        figure.colorbar(filled, ax=axes, label=label, location=location)
    return filled


def outlined(theme):
    """A halo in the page colour, so that a line stays visible on any part of the colour map."""
    from matplotlib import patheffects

    return [patheffects.Stroke(linewidth=5, foreground=theme.background), patheffects.Normal()]


def new_figure(theme, width, height, **subplots):
    """A figure of fixed size in inches (at 96 dpi), with the theme's colours."""
    import matplotlib

    matplotlib.use("Agg")  # headless; imported here so that listing figures stays cheap
    import matplotlib.pyplot as plt

    with plt.rc_context(theme.rc):
        return plt.subplots(figsize=(width, height), layout="constrained", **subplots)
