"""Portability: Zensical, Material's successor, reads the same Markdown extensions but not
MkDocs hooks. How far does the site carry over today, with the newest Zensical installable
here (pinned in requirements.txt)?

It builds every Markdown page: the text, the includes (pymdownx.snippets), admonitions, tabs
and the glossary's tooltips carry over. What the hooks make does not: figures, printed
outputs and tables (`{{ … }}` directives), MathML (formulas stay TeX) and the notebooks. The
strict xfail below names that gap; the day it closes, the test passes and the suite fails,
so that the xfail is removed.
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.web.conftest import ROOT

pytestmark = pytest.mark.build
ZENSICAL = Path(sys.executable).with_name("zensical")
SOURCES = ("docs", "mkdocs.yml", "snippets", "overrides", "tests")


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory):
    project = tmp_path_factory.mktemp("zensical")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, project / name)
    result = subprocess.run(
        [str(ZENSICAL), "build", "-f", "mkdocs.yml"],
        cwd=project, capture_output=True, text=True, check=False, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def markdown_pages():
    docs = ROOT / "docs"
    return sorted(
        p.relative_to(docs).with_suffix("").as_posix()
        for p in docs.rglob("*.md")
        if "includes" not in p.parts
    )


def built(site, page):
    return (site / ("index.html" if page == "index" else f"{page}/index.html")).read_text(
        encoding="utf-8"
    )


def test_zensical_builds_every_markdown_page_with_its_text_includes_and_tooltips(zensical_site):
    for page in markdown_pages():
        html = built(zensical_site, page)
        assert "<h1" in html, page
    home = BeautifulSoup(built(zensical_site, "index"), "html.parser")
    assert "A_PREV = np.array(" in home.get_text(), "an include of snippets/ (the dataset)"
    assert home.find("abbr"), "the glossary's tooltips"


@pytest.mark.xfail(
    strict=True,
    reason="Zensical 0.0.73 runs no MkDocs hooks: figures, outputs, tables and MathML are "
    "made by hooks/, so pages keep {{ … }} directives and TeX",
)
def test_zensical_renders_figures_outputs_and_math(zensical_site):
    for page in markdown_pages():
        html = built(zensical_site, page)
        assert not re.search(r"\{\{ (figure|output|table)\(", html), page
        assert not re.search(r'class="arithmatex">\s*\\[(\[]', html), page
