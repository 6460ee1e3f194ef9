"""Finding and launching Chromium for the browser tests (Debian's, or Playwright's own), and
opening a page of the site in it (PageVisit; conftest.py's open_page fixture)."""

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path(chromium):
    """The Chromium to use, or None: Debian's first, then Playwright's own download."""
    if DEBIAN_CHROMIUM.exists():
        return str(DEBIAN_CHROMIUM)
    own = Path(chromium.executable_path)
    if own.exists():
        return str(own)
    found = shutil.which("chromium")
    return found


def launch(chromium, *flags):
    """Launch headless Chromium (Playwright's ``chromium`` browser type, with FLAGS and
    ``flags``); skip the test when none exists, unless REQUIRE_BROWSER is set."""
    path = chromium_path(chromium)
    if path is None:
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail("REQUIRE_BROWSER is set, but no Chromium: apt install chromium")
        pytest.skip("no Chromium on this machine")
    return chromium.launch(executable_path=path, args=[*FLAGS, *flags], headless=True)


SCHEMES = ["light", "dark"]
LOOPBACK = ("127.0.0.1", "localhost")


class PageVisit:
    """A page opened in a fresh context, recording console errors and every request; a
    request to any host but loopback is refused and recorded.

    ``errors``: console errors and uncaught exceptions; ``uncaught``: the uncaught exceptions
    alone; ``failed``: requests that failed or got a status of 400 or more; ``foreign``: the
    refused requests. ``context_options`` go to ``browser.new_context`` (``has_touch``,
    ``java_script_enabled``, ...); ``routes`` ({glob: handler}) and ``init_script`` are set
    on the context, and ``listeners`` ({event: handler}) on the page, before it loads.
    """

    def __init__(self, browser, url, scheme, width=1280, *, height=900, routes=None,
                 init_script=None, listeners=None, **context_options):
        self.errors, self.uncaught, self.failed, self.foreign = [], [], [], []
        self.context = browser.new_context(
            color_scheme=scheme, viewport={"width": width, "height": height}, **context_options
        )
        try:
            self.context.route("**/*", self._only_loopback)
            if init_script:
                self.context.add_init_script(init_script)
            for pattern, handler in (routes or {}).items():
                self.context.route(pattern, handler)  # the last added is tried first
            self.page = self.context.new_page()
            self.page.on("console", self._console)
            self.page.on("pageerror", self._page_error)
            self.page.on("requestfailed", lambda request: self.failed.append(request.url))
            self.page.on("response", self._response)
            for event, handler in (listeners or {}).items():
                self.page.on(event, handler)
            self.page.goto(url, wait_until="networkidle")
        except BaseException:
            self.context.close()
            raise

    def _only_loopback(self, route):
        if urlsplit(route.request.url).hostname in LOOPBACK:
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def _console(self, message):
        if message.type == "error":
            self.errors.append(message.text)

    def _page_error(self, error):
        self.errors.append(str(error))
        self.uncaught.append(str(error))

    def _response(self, response):
        if response.status >= 400:
            self.failed.append(f"{response.status} {response.url}")

    def close(self):
        self.context.close()
