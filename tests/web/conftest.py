"""One strict build of the whole site, shared by every test that reads the output."""

import functools
import http.server
import importlib.util
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.web.browser import PageVisit, launch

ROOT = Path(__file__).resolve().parents[2]


def load_by_path(path, name):
    """A hook or benchmark as a module, loaded by path the way mkdocs loads hooks: with
    its own folder on sys.path, so it can import its neighbours (hooks/build_cache.py)."""
    sys.path.insert(0, str(path.parent))
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def build_site(config, destination, cwd=ROOT, **environment):
    """Run a strict `mkdocs build`; return the CompletedProcess (never raises)."""
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1"} | environment
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)]
    return subprocess.run(
        [*command, "-d", str(destination)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
    )


def build_one_page(tmp_path, content, hooks):
    """A strict build of one page, with the site's own config and theme and only ``hooks``
    (file names in hooks/). Its docs/generated/ is the repository's: the content layer
    writes there, and the page's images and script links point into it."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "generated").symlink_to(ROOT / "docs" / "generated", target_is_directory=True)
    (docs / "index.md").write_text(f"# A page\n\n{content}\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    listed = "".join(f"\n  - {ROOT / 'hooks' / name}" for name in hooks)
    watch = "".join(f"\n  - {ROOT / name}" for name in ("snippets", "hooks", "overrides"))
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {docs}\n"
        f"theme:\n  custom_dir: {ROOT / 'overrides'}\nnav:\n  - index.md\n"
        f"hooks:{listed}\nwatch:{watch}\n",
        encoding="utf-8",
    )
    return build_site(config, tmp_path / "site")


@pytest.fixture(scope="session")
def port():
    """A free loopback port, chosen before the build: site_url must name the served address,
    because Material navigates instantly only to pages its sitemap lists under site_url."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def site(tmp_path_factory, port):
    """The built site folder (a strict build of mkdocs.yml)."""
    destination = tmp_path_factory.mktemp("site")
    result = build_site(ROOT / "mkdocs.yml", destination, SITE_URL=f"http://127.0.0.1:{port}/")
    assert result.returncode == 0, result.stderr
    return destination


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="session")
def served_site(site, port):
    """The built site served on loopback; yields its base URL."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def markdown_pages():
    """The Markdown pages' sources: never the files they include (docs/includes/, and the
    content layer's docs/generated/)."""
    docs = ROOT / "docs"
    return sorted(
        path for path in docs.rglob("*.md")
        if not {"includes", "generated"} & set(path.relative_to(docs).parts)
    )


def page_paths():
    """The URL path of every page the docs/ sources should produce, known before building."""
    docs = ROOT / "docs"
    pages = markdown_pages()
    sources = [*pages, *(docs / "notebooks").glob("*.py")]
    paths = []
    for source in sorted(sources):
        relative = source.relative_to(docs).with_suffix("").as_posix()
        if relative == "index":
            paths.append("")
        elif relative.endswith("/index"):
            paths.append(relative.removesuffix("index"))
        else:
            paths.append(relative + "/")
    return paths


PAGES = page_paths()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every browser test (see tests/web/browser.py)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright.chromium)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser, served_site):
    """Opens a page of the served site: ``open_page(path, scheme, width, ...)`` is a
    PageVisit (tests/web/browser.py) of ``served_site + path``, in a fresh context that
    refuses every host but loopback. Other keywords go to PageVisit, and ``browser=`` opens
    it in another browser. Every context it opened is closed when the test ends."""
    visits = []

    def open_page(path="", scheme="light", width=1280, *, browser=browser, **options):
        visit = PageVisit(browser, served_site + path, scheme, width, **options)
        visits.append(visit)
        return visit

    yield open_page
    for visit in visits:
        visit.close()


@pytest.fixture(scope="module")
def accessibility_browser(browser):
    """A second Chromium that builds its whole accessibility tree, as Chromium does only once
    assistive technology asks for it (the flag asks)."""
    reader = launch(browser.browser_type, "--force-renderer-accessibility")
    yield reader
    reader.close()
