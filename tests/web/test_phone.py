"""The phone rules at 360 px, at first load (before any scroll): axe finds nothing, and the
page never scrolls sideways as a whole."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.web.browser import SCHEMES
from tests.web.conftest import PAGES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_nothing_at_360_px_at_first_load(open_page, path, scheme):
    results = Axe().run(open_page(path, scheme, width=360).page)
    assert results.violations_count == 0, results.generate_report()
