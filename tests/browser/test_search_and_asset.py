"""What an editor sees, in Debian's Chromium on the real server over a catalog of the corpus.

Search, narrow by a facet, open a photo, read and copy its credit line, link an article and
see it under "where used", follow a keyword; markup in a caption shows as text; a malformed
query shows a message. Screenshots of the search and asset pages go to tests/screenshots/.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from catalog.settings import Settings
from catalog.store import CatalogStore
from index import SearchIndex
from tests.helpers.web_fixtures import MARKUP_CAPTION

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect


@pytest.fixture(scope="module")
def corpus_assets(browser_settings: Settings) -> list:
    """Every asset of the browser catalog."""
    with CatalogStore(browser_settings.catalog_path) as store:
        return list(store.iter_assets())


def credited(assets: list) -> list:
    """Assets with a credit line, an agency and keywords, biggest JPEGs first: what an editor opens."""
    found = [a for a in assets if a.credit_line and a.agency and a.keywords and a.filename != "markup-caption.jpg"]
    return sorted(found, key=lambda a: (a.format != "JPEG", -(a.width or 0) * (a.height or 0), a.id))


def test_search_filter_open_copy_and_link(page, corpus_assets, browser_settings: Settings, screenshots_dir: Path) -> None:
    target = credited(corpus_assets)[0]
    word = next(w for w in re.findall(r"[A-Za-z]{5,}", target.caption or target.headline or "") if w)

    # the whole catalog, newest first, with every facet: the reviewer's screenshot
    page.goto("/")
    expect(page.locator("#q")).to_be_focused()
    expect(page.locator(".results-count")).to_contain_text("photos in the catalog")
    page.wait_for_function("() => [...document.querySelectorAll('li.tile img')].slice(0, 12).every(i => i.complete && i.naturalWidth > 0)")
    page.screenshot(path=str(screenshots_dir / "search.png"), full_page=False)

    # search: the box keeps the query, tiles show thumbnails that really loaded
    page.locator("#q").fill(word)
    page.locator("#q").press("Enter")
    expect(page).to_have_url(re.compile(rf"[?&]q={word}"))
    expect(page.locator("#q")).to_have_value(word)
    tiles = page.locator("li.tile")
    expect(tiles.first).to_be_visible()
    expect(page.locator(".results-count")).to_contain_text("for “" + word)
    first_thumb = tiles.first.locator("img")
    expect(first_thumb).to_have_attribute("width", re.compile(r"\d+"))
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=first_thumb.element_handle())

    # filter by a facet: the agency of our target
    page.locator(f'[data-facet="agency"] a[data-value="{target.agency}"]').click()
    expect(page.locator('.chip[data-chip="agency"]')).to_contain_text(target.agency)
    expect(page.locator(f'li.tile[data-asset-id="{target.id}"]')).to_be_visible()
    page.screenshot(path=str(screenshots_dir / "search-filtered.png"), full_page=False)
    # the count shown is the index's own for the word and the agency
    total_filtered = int(page.locator(".results-count").get_attribute("data-total"))
    with SearchIndex(browser_settings.index_dir) as index:
        assert total_filtered == index.search(word, filters={"agency": target.agency}).total

    # open the asset
    page.locator(f'li.tile[data-asset-id="{target.id}"] a.tile-title').click()
    expect(page).to_have_url(re.compile(rf"/assets/{target.id}\?search="))  # with the search it came from
    credit = page.locator("[data-credit-line]")
    expect(credit).to_have_text(target.credit_line)
    page.wait_for_function("() => { const i = document.querySelector('.preview img'); return i.complete && i.naturalWidth > 0; }")

    # copy the credit line, then read the clipboard back
    page.get_by_role("button", name="Copy credit").click()
    expect(page.get_by_role("button", name="Copied")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == target.credit_line

    # link an article URL: it shows under "where used"
    page.locator("#article-url").fill("https://www.example-news.com/world/2024/story-with-this-photo?utm_campaign=x")
    page.get_by_role("button", name="Link", exact=True).click()
    used = page.locator("[data-articles] li")
    expect(used).to_have_count(1)
    expect(used.first).to_have_attribute("data-article-url", "https://www.example-news.com/world/2024/story-with-this-photo")
    expect(page.locator('[data-flash="ok"]')).to_contain_text("Linked")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(screenshots_dir / "asset.png"), full_page=False)
    page.screenshot(path=str(screenshots_dir / "asset-full.png"), full_page=True)

    # unlink it again, so the catalog is as we found it
    page.locator("[data-articles] li").first.get_by_role("button", name="Unlink").click()
    expect(page.locator("[data-articles] li")).to_have_count(0)


def test_follow_a_keyword_to_its_search(page, corpus_assets) -> None:
    target = next(a for a in credited(corpus_assets) if any(" " not in k and k.isalpha() for k in a.keywords))
    keyword = next(k for k in target.keywords if " " not in k and k.isalpha())
    page.goto(f"/assets/{target.id}")
    page.locator("a[data-keyword]", has_text=re.compile(rf"^{re.escape(keyword)}$")).first.click()
    expect(page.locator("#q")).to_have_value(f'keyword:"{keyword}"')
    expect(page.locator(f'li.tile[data-asset-id="{target.id}"]')).to_be_visible()


def test_markup_in_a_caption_shows_as_text(page, corpus_assets) -> None:
    markup = next(a for a in corpus_assets if a.filename == "markup-caption.jpg")
    page.goto(f"/assets/{markup.id}")
    expect(page.locator("[data-caption]")).to_have_text(MARKUP_CAPTION)
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator(".asset-caption script, .asset-caption b, .asset-caption img").count() == 0
    page.goto("/search?q=protesters")
    expect(page.locator(f'li.tile[data-asset-id="{markup.id}"]')).to_be_visible()
    expect(page.locator(f'li.tile[data-asset-id="{markup.id}"] .tile-snippet')).to_contain_text("<script>")
    assert page.evaluate("window.__pwned === undefined")


def test_malformed_query_shows_a_message(page) -> None:
    page.goto("/")
    page.locator("#q").fill('"unclosed phrase AND (')
    page.locator("#q").press("Enter")
    expect(page.locator("[data-query-message]")).to_be_visible()
    expect(page.locator("#q")).to_have_value('"unclosed phrase AND (')


def test_slash_key_focuses_the_search_box(page, corpus_assets) -> None:
    page.goto(f"/assets/{corpus_assets[0].id}")
    expect(page.locator("#q")).not_to_be_focused()
    page.locator("body").press("/")
    expect(page.locator("#q")).to_be_focused()
