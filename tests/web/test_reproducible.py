"""Two clean builds give byte-identical pages and figures."""

import filecmp
import os

import pytest

from tests.web.conftest import ROOT, build_site

pytestmark = pytest.mark.build

# Sitemaps carry the build date; the search index is rebuilt from the same pages.
EXPECTED_TO_DIFFER = {"sitemap.xml", "sitemap.xml.gz", "search_index.json"}


def clean_build(tmp_path, name, monkeypatch):
    monkeypatch.setenv("BUILD_CACHE", str(tmp_path / f"cache-{name}"))
    result = build_site(ROOT / "mkdocs.yml", tmp_path / name)
    assert result.returncode == 0, result.stderr
    return tmp_path / name


def all_files(folder):
    return sorted(
        path.relative_to(folder)
        for path in folder.rglob("*")
        if path.is_file() and path.name not in EXPECTED_TO_DIFFER
    )


def test_two_clean_builds_are_byte_identical(tmp_path, monkeypatch):
    first = clean_build(tmp_path, "first", monkeypatch)
    second = clean_build(tmp_path, "second", monkeypatch)
    files = all_files(first)
    assert files == all_files(second)
    assert any(f.parts[:2] == ("generated", "figures") for f in files)
    _, mismatch, errors = filecmp.cmpfiles(first, second, files, shallow=False)
    assert not mismatch, f"differ between builds: {mismatch}"
    assert not errors, f"could not compare: {errors}"
    assert os.environ.get("BUILD_CACHE")  # the builds really used their own empty caches
