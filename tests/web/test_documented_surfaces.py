"""Material reaches the site unchanged: its files are served as shipped, and the site
customises it only through documented template blocks, extra CSS and extra JavaScript."""

import re
from pathlib import Path

import material

from tests.web.conftest import ROOT

MATERIAL_ASSETS = Path(material.__file__).parent / "templates" / "assets"
# The blocks of base.html that Material's customisation guide documents.
DOCUMENTED_BLOCKS = {
    "analytics", "announce", "config", "container", "content", "extrahead", "fonts", "footer",
    "header", "hero", "htmltitle", "libs", "outdated", "scripts", "site_meta", "site_nav",
    "styles", "tabs",
}  # fmt: skip


def test_every_material_asset_is_served_byte_for_byte_as_shipped(site):
    shipped = [p for p in MATERIAL_ASSETS.rglob("*") if p.is_file() and p.suffix in (".js", ".css")]
    assert len(shipped) > 10
    for source in shipped:
        served = site / "assets" / source.relative_to(MATERIAL_ASSETS)
        assert served.read_bytes() == source.read_bytes(), f"{served} differs from Material's"


def test_overrides_extend_documented_blocks_and_copy_no_template():
    templates = sorted((ROOT / "overrides").rglob("*.html"))
    assert not [t for t in templates if "partials" in t.parts], "a partial copied whole"
    for template in templates:
        text = template.read_text(encoding="utf-8")
        assert re.search(r'{%\s*extends "(?:base|main)\.html"', text), template
        blocks = set(re.findall(r"{%\s*block (\w+)", text))
        assert blocks <= DOCUMENTED_BLOCKS, f"{template}: undocumented blocks {blocks}"
        assert "replace(" not in text, f"{template} rewrites Material's output"
        assert "block scripts" not in text, f"{template} replaces Material's script loading"
