"""Saving a search in Chromium, then reading its Atom feed with a feed parser and seeing a picture imported
after the save, counted as new on the saved-searches page."""

from __future__ import annotations

import re
from pathlib import Path

import feedparser
import pytest

from catalog.settings import Settings
from tests.helpers.web_fixtures import import_files, make_news_jpeg

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect


def test_save_a_search_then_a_new_picture_shows_in_its_feed_and_as_new(tab, accounts_settings: Settings,
                                                                         tmp_path: Path) -> None:
    from media.embed import EmbeddedMetadata

    tab.goto("/search?q=storm&sort=newest")
    tab.get_by_text("Save this search").click()
    tab.get_by_label("Name this search").fill("Storm watch")
    tab.get_by_role("button", name="Save", exact=True).click()
    expect(tab).to_have_url(re.compile(r"/saved-searches$"))
    row = tab.locator('[data-saved-search="Storm watch"]')
    expect(row).to_contain_text("“storm” · sorted newest")
    feed_url = row.locator("[data-feed-url]").get_attribute("href")
    before = len(feedparser.parse(tab.request.get(feed_url).body()).entries)

    # A picture arrives after the save: imported while the server runs.
    picture = make_news_jpeg(tmp_path / "new" / "gale.jpg", EmbeddedMetadata(
        caption="A storm gale topples trees in Bergen. (AP Photo/Kari Nordmann)", headline="Gale hits Bergen",
        credit="AP", creators=("Kari Nordmann",), city="Bergen", country="Norway"))
    assert [outcome.status.value for outcome in import_files(accounts_settings, [picture])] == ["imported"]

    feed = feedparser.parse(tab.request.get(feed_url).body())
    assert not feed.bozo, feed.bozo_exception
    assert len(feed.entries) == before + 1
    newest = feed.entries[0]
    assert newest.title == "Gale hits Bergen"
    assert newest.summary == "A storm gale topples trees in Bergen. (AP Photo/Kari Nordmann)"
    assert newest.author == "AP Photo/Kari Nordmann"
    thumb = next(link.href for link in newest.links if link.rel == "enclosure")
    assert tab.request.get(thumb).headers["content-type"] == "image/jpeg"

    tab.reload()
    expect(row.locator("[data-new-count]")).to_have_attribute("data-new-count", re.compile(r"^[1-9]"))
    expect(row).to_contain_text("new since you last looked")
    row.get_by_role("link", name="Storm watch").click()
    expect(tab).to_have_url(re.compile(r"/search\?q=storm&sort=newest$"))
    expect(tab.locator("li.tile .tile-title", has_text="Gale hits Bergen")).to_be_visible()
