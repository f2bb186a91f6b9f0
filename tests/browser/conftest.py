"""Browser fixtures shared by the article tests: a tab on the module's own ``desk`` server."""

from __future__ import annotations

from typing import Iterator

import pytest


@pytest.fixture
def tab(browser, desk: str) -> Iterator[object]:
    """A fresh Chromium tab (own cookies) on the module's ``desk``: the base URL of the server it starts."""
    context = browser.new_context(base_url=desk, viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    yield page
    context.close()
