"""The 404 page works wherever the site is served.

A static host shows 404.html for every missing address, at any depth, so the page's links
and assets cannot be relative to its own address; nor can they name site_url's host, or the
page breaks on any other host. They are absolute paths under site_url's path: the site
served at another port than site_url, and a site built for a subpath (a GitHub Pages
project site) and served under it, both lead every link of the page to a real file.
"""

import contextlib
import functools
import http.server
import shutil
import textwrap
import threading
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.web.conftest import ROOT, QuietHandler, build_site

pytestmark = pytest.mark.build

MISSING = "no/such/page/at/depth/"


class StaticHostHandler(QuietHandler):
    """Serves a built site under ``prefix``, as a static host does: a missing file gets the
    site's 404.html, with status 404."""

    prefix = "/"

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "not-under-the-prefix")
        return super().translate_path("/" + path.removeprefix(self.prefix))

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            super().send_error(code, message, explain)
            return
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def static_host(folder, prefix="/"):
    """Serve ``folder`` under ``prefix`` on a free loopback port; yields the base URL."""
    handler = type("Handler", (StaticHostHandler,), {"prefix": prefix})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def fetch(url):
    """(status, body) of a GET on loopback."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def references(html):
    """Every address the page links or loads: links, stylesheets, icons, scripts, images."""
    soup = BeautifulSoup(html, "html.parser")
    found = [tag["href"] for tag in soup.select("a[href], link[href]")]
    found += [tag["src"] for tag in soup.select("script[src], img[src]")]
    return [ref for ref in found if not ref.startswith(("#", "mailto:", "data:"))]


def check_404_page(base):
    """The 404 page at a deep missing address under ``base``, and every address it names."""
    missing = urljoin(base, MISSING)
    status, body = fetch(missing)
    assert status == 404
    html = body.decode()
    assert "This page does not exist" in html
    refs = references(html)
    content = BeautifulSoup(html, "html.parser").select("article a[href]")
    assert len(content) >= 3
    elsewhere = [ref for ref in refs if urlsplit(ref).netloc]
    assert not elsewhere, f"the 404 page names a host, so it breaks on any other: {elsewhere}"
    for ref in refs:
        url = urljoin(missing, ref)
        assert url.startswith(base), f"{ref} leaves the site at {base}"
        status, _ = fetch(url)
        assert status == 200, f"the 404 page's {ref} is missing (status {status}) at {url}"
    for link in content:
        _, page = fetch(urljoin(missing, link["href"]))
        assert BeautifulSoup(page, "html.parser").select_one("article h1"), link["href"]


def test_the_404_page_works_at_another_port_than_site_url(site, port):
    with static_host(site) as base:
        assert urlsplit(base).port != port
        check_404_page(base)


def test_the_404_page_works_under_the_subpath_of_site_url(tmp_path):
    """A small site built for http://…/repo/ (a project site), served under /repo/."""
    docs = tmp_path / "docs"
    pages = {
        "index.md": "# Home",
        "derivatives/partial.md": "# Partial derivatives",
        "backprop/one-neuron.md": "# One neuron",
    }
    for name, text in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text + "\n", encoding="utf-8")
    for folder in ("images", "stylesheets"):  # the favicon and site.css every page links
        shutil.copytree(ROOT / "docs" / "assets" / folder, docs / "assets" / folder)
    # The math font and stylesheet every page links, written by the repository's content layer.
    (docs / "generated").symlink_to(ROOT / "docs" / "generated", target_is_directory=True)
    config = tmp_path / "mkdocs.yml"
    nav = "".join(f"\n              - {name}" for name in pages)
    config.write_text(
        textwrap.dedent(
            f"""\
            INHERIT: {ROOT / "mkdocs.yml"}
            docs_dir: {docs}
            theme:
              custom_dir: {ROOT / "overrides"}
            nav:{nav}
            hooks:
              - {ROOT / "hooks" / "generate.py"}
            extra_javascript: []
            watch:
              - {ROOT / "hooks"}
            """
        ),
        encoding="utf-8",
    )
    with static_host(tmp_path / "site", "/repo/") as base:
        # site_url names the port the site is served at, as a project site's would.
        result = build_site(config, tmp_path / "site", SITE_URL=base)
        assert result.returncode == 0, result.stderr
        check_404_page(base)
        assert fetch(urljoin(base, "../" + MISSING))[0] == 404  # outside the subpath
