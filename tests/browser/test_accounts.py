"""Logging in, roles and logging out, in Debian's Chromium on the real server.

A viewer logs in, finds no link or original-download controls, and a link form posted
anyway (with the page's own CSRF token) is refused; an editor logs in and links an article;
logging out ends the session. The session cookie is HttpOnly and SameSite=Lax.
"""

from __future__ import annotations

import re
from typing import Iterator

import pytest

from catalog.settings import Settings
from tests.helpers.accounts import add_accounts, sign_in_page
from tests.helpers.web_fixtures import serving_photodesk

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect


@pytest.fixture
def desk(accounts_settings: Settings) -> Iterator[str]:
    """``photodesk serve`` over the sample catalog with a viewer, an editor and an admin (``tab`` opens it)."""
    add_accounts(accounts_settings)
    with serving_photodesk(accounts_settings) as url:
        yield url


def log_in(page, role: str) -> None:
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login\?next="))
    sign_in_page(page, role)


def open_first_asset(page) -> str:
    page.locator("li.tile a").first.click()
    expect(page).to_have_url(re.compile(r"/assets/[0-9a-f]{16}(\?|$)"))  # with the search it came from
    return re.search(r"/assets/([0-9a-f]{16})", page.url).group(1)


def test_a_viewer_finds_no_edit_controls_and_a_posted_form_is_refused(tab) -> None:
    log_in(tab, "viewer")
    cookie = next(c for c in tab.context.cookies() if c["name"] == "session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    asset_id = open_first_asset(tab)
    expect(tab.locator("form.link-form")).to_have_count(0)
    expect(tab.locator("form.unlink-form")).to_have_count(0)
    expect(tab.get_by_role("link", name=re.compile("^Original"))).to_have_count(0)
    expect(tab.get_by_role("link", name="Download web JPEG")).to_be_visible()
    # The form posted anyway, as a page script could, with this session's own CSRF token.
    status = tab.evaluate(
        """async (assetId) => {
            const token = document.querySelector('form[data-logout] input[name=csrf_token]').value;
            const body = new URLSearchParams({csrf_token: token, url: 'https://news.example.org/posted-anyway'});
            const answer = await fetch(`/assets/${assetId}/links`, {method: 'POST', body, redirect: 'manual'});
            return answer.status;
        }""",
        asset_id,
    )
    assert status == 403
    tab.reload()
    expect(tab.locator("[data-article-url='https://news.example.org/posted-anyway']")).to_have_count(0)


def test_an_editor_links_an_article_then_logs_out(tab) -> None:
    log_in(tab, "editor")
    open_first_asset(tab)
    url = "https://news.example.org/2026/browser-linked"
    tab.locator("#article-url").fill(url)
    tab.locator("form.link-form button").click()
    expect(tab.locator(f"[data-article-url='{url}']")).to_be_visible()
    tab.get_by_role("button", name="Log out").click()
    expect(tab).to_have_url(re.compile(r"/login$"))
    tab.goto("/")
    expect(tab).to_have_url(re.compile(r"/login\?next="))
