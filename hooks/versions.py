"""MkDocs hook: the footer names the Python, numpy and matplotlib that computed the site.

Every number and figure is computed by the build, and the last digits of some depend on
numpy's version (several example scripts print otherwise under numpy 1.26). The versions
come from the interpreter that runs the build, the one that runs the example scripts and
the notebooks, never from typed text. They are added to ``copyright`` (MkDocs's own
setting), which Material shows in every page's footer.
"""

import platform
from importlib.metadata import version


def on_config(config):
    python, numpy, matplotlib = (
        platform.python_version(), version("numpy"), version("matplotlib"),
    )
    config.copyright = (
        f"{config.copyright or ''} The build used Python {python}, numpy {numpy} and "
        f"matplotlib {matplotlib}; with other versions, the last digit of some numbers can "
        "differ."
    ).strip()
    return config
