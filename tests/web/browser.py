"""Finding and launching Chromium for the browser tests (Debian's, or Playwright's own)."""

import os
import shutil
from pathlib import Path

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
