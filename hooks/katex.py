"""MkDocs hook: serve KaTeX from our own site, straight out of the pinned npm package.

The files are added to the build from node_modules/ (installed by `npm ci`),
so the site never asks another host for its math. Only the woff2 fonts are
shipped: every browser that runs KaTeX's JavaScript reads woff2.
"""

from build_cache import ROOT
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

DIST = ROOT / "node_modules" / "katex" / "dist"
ASSETS = ("katex.min.js", "katex.min.css", "contrib/auto-render.min.js")


def on_files(files, config):
    if not DIST.is_dir():
        raise PluginError(f"expected KaTeX in {DIST}; run `npm ci` (or `make setup`) first")
    wanted = [*ASSETS, *(f"fonts/{font.name}" for font in sorted((DIST / "fonts").glob("*.woff2")))]
    for name in wanted:
        files.append(File.generated(config, f"assets/katex/{name}", abs_src_path=str(DIST / name)))
    return files
