"""MkDocs hook: the footer names the Python, numpy and matplotlib that computed the site.

Every number and figure is computed by the build, and the last digits of some depend on
numpy's version (several example scripts print otherwise under numpy 1.26). The versions
come from the interpreter that runs the build, the one that runs the example scripts and
the notebooks, never from typed text: ``config.extra.built_with``, which
overrides/partials/copyright.html (Material's documented partial) shows in the footer.
"""

import platform
from importlib.metadata import version


def on_config(config):
    config.extra["built_with"] = {
        "Python": platform.python_version(),
        "numpy": version("numpy"),
        "matplotlib": version("matplotlib"),
    }
    return config
