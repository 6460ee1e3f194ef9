"""Portability: Zensical, Material's successor, reads the same Markdown extensions but not
MkDocs hooks. The newest Zensical installable here (pinned in requirements.txt) builds every
Markdown page with its figures, printed outputs, tables, complete-script links and MathML,
from what the content layer writes (``python -m hooks.content``) and the site's two
Python-Markdown extensions (hooks/excerpts.py, hooks/mathml.py).

What it does not do: the notebooks (mkdocs-jupyter is a MkDocs plugin; Zensical copies their
.py sources), and the links that start at the docs folder (``/generated/…``), which MkDocs
makes relative and Zensical keeps as they are: a Zensical site must be served at the root
of its host.
"""

import os
import re
import shutil
import subprocess
import sys
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.web.conftest import ROOT, markdown_pages

pytestmark = pytest.mark.build
SOURCES = ("docs", "mkdocs.yml", "snippets", "overrides", "hooks", "tests", "benchmarks")
DOCS = ROOT / "docs"


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory):
    """The site built by Zensical from a copy of the sources, with nothing generated."""
    project = tmp_path_factory.mktemp("zensical")
    ignore = shutil.ignore_patterns("__pycache__", "generated")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=ignore)
        else:
            shutil.copy(source, project / name)
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    # Run from the copy, so that `hooks` and `snippets` are the copy's (the cache is shared:
    # its keys are content hashes).
    env = os.environ | {"BUILD_CACHE": str(ROOT / ".cache")}
    for command in (["hooks.content"], ["zensical", "build", "-f", "mkdocs.yml"]):
        result = subprocess.run(
            [sys.executable, "-m", *command], cwd=project, env=env,
            capture_output=True, text=True, check=False, timeout=600,
        )  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def page_names():
    return [p.relative_to(DOCS).with_suffix("").as_posix() for p in markdown_pages()]


def built(site, page):
    return (site / ("index.html" if page == "index" else f"{page}/index.html")).read_text(
        encoding="utf-8"
    )


def includes(page, folder):
    source = (DOCS / f"{page}.md").read_text(encoding="utf-8")
    return re.findall(rf'--8<-- "docs/generated/{folder}/([\w-]+)\.md"', source)


@pytest.mark.parametrize("page", page_names())
def test_zensical_renders_every_page_whole(zensical_site, page):
    html = built(zensical_site, page)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("h1"), page
    for leftover in ("{{", "--8<--", "--8&lt;--"):
        assert leftover not in html, f"{page}: unexpanded {leftover!r}"
    assert not re.search(r'class="arithmatex">\s*(?:\\\(|\\\[|\$)', html), f"{page}: TeX"
    for formula in soup.select(".arithmatex"):
        assert len(formula.find_all("math", recursive=False)) == 1, formula
    shown = {title.get_text() for title in soup.select(".filename")}
    for name in includes(page, "outputs"):
        assert f"Output of {name}.py" in shown, f"{page}: no output of {name}.py"
    images = [img["src"] for img in soup.select("img.figure")]
    assert len(images) >= 2 * len(includes(page, "figures")), page
    links = [a["href"] for a in soup.select("a.script-link")] + images
    for link in links:
        path = unquote(urlsplit(link).path)
        assert path.startswith("/generated/"), f"{page}: {link}"  # kept as written
        assert (zensical_site / path.lstrip("/")).is_file(), f"{page}: {link} is missing"


def test_zensical_renders_the_glossary_tooltips_and_the_home_page_figure(zensical_site):
    home = BeautifulSoup(built(zensical_site, "index"), "html.parser")
    assert "A_PREV = np.array(" in home.get_text(), "an include of snippets/ (the dataset)"
    assert home.find("abbr"), "the glossary's tooltips"
    assert home.select_one('img.figure[src$="home_surface_slice-light.svg#only-light"]')
    assert (zensical_site / "generated/math/noto-sans-math.woff2").stat().st_size > 2_000
