"""Browser fixtures: a tab on the module's own ``desk`` server (by default the sample catalog, no accounts)."""

from __future__ import annotations

from typing import Iterator

import pytest

from catalog.settings import Settings
from tests.helpers.web_fixtures import serving_photodesk


@pytest.fixture
def desk(accounts_settings: Settings) -> Iterator[str]:
    """``photodesk serve`` over a fresh copy of the sample catalog, no accounts; modules may serve their own."""
    with serving_photodesk(accounts_settings) as url:
        yield url


@pytest.fixture
def tab(browser, desk: str) -> Iterator[object]:
    """A fresh Chromium tab (own cookies) on the module's ``desk``: the base URL of the server it starts."""
    context = browser.new_context(base_url=desk, viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    yield page
    context.close()
