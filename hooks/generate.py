"""MkDocs hook: run the content layer (hooks/content.py) before every build.

``python -m hooks.content`` does the same without MkDocs; this hook only makes `mkdocs
serve` redraw figures and rerun examples after an edit to snippets/, as it rebuilds. A page
that cannot be published stops the build with the content layer's one-line reason.
"""

from mkdocs.exceptions import PluginError

from hooks import content


def on_pre_build(config):
    try:
        content.generate()
    except content.ContentError as error:
        raise PluginError(str(error)) from None
