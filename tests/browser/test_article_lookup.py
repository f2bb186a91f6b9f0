"""The article lookup in Debian's Chromium against ``photodesk serve --allow-private-fetch`` on 127.0.0.1.

An editor pastes the URL of a story served from a local HTTP server, sees its photos with the
credit check, confirms a suggestion, follows a photo to its asset page and finds the story under
"where used". The article page is saved to tests/screenshots/article.png.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

import pytest

from tests.helpers.article_stories import serve_story
from tests.helpers.web_fixtures import serving_photodesk

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect


@pytest.fixture(scope="module")
def desk(wire) -> Iterator[str]:
    """Photodesk serving the wire catalog, allowed to fetch from the local network."""
    with serving_photodesk(wire.settings, "--allow-private-fetch") as url:
        yield url


def all_images_loaded(tab, selector: str) -> None:
    """Wait until every image matching ``selector`` has really been decoded (not a broken icon)."""
    tab.wait_for_function(
        "s => [...document.querySelectorAll(s)].every(i => i.complete && i.naturalWidth > 0)", arg=selector
    )


def test_paste_a_story_check_its_credits_and_follow_a_photo(tab, wire, newsroom_site, screenshots_dir: Path) -> None:
    _, ids, folder = wire
    url = serve_story(newsroom_site, folder, "mosul-counts-its-dead")

    # paste the story's address on the lookup page
    tab.goto("/articles")
    tab.locator("#article-lookup-url").fill(url)
    tab.get_by_role("button", name="Read article").click()
    expect(tab).to_have_url(re.compile(r"/articles/[0-9a-f]{16}$"))
    expect(tab.locator('[data-flash="ok"]')).to_have_text(
        "Read the article: 4 photos, 3 linked, 1 with suggestions to confirm.")
    expect(tab.locator("[data-story-title]")).to_have_text("Mosul counts its dead")
    expect(tab.locator("[data-byline]")).to_have_text("Dana Whitfield")
    expect(tab.locator("[data-publication]")).to_have_text("The Local Ledger")

    # each photo as published beside its catalog asset, and the credit check
    photos = tab.locator("section.story-photo")
    expect(photos).to_have_count(4)
    checks = tab.locator("[data-credit-check]")
    expect(checks).to_have_count(3)
    assert [checks.nth(n).get_attribute("data-credit-check") for n in range(3)] == ["ok", "wrong", "missing"]
    expect(photos.nth(0).locator("[data-credit-check]")).to_contain_text("Credit OK")
    expect(photos.nth(1).locator("[data-credit-check]")).to_contain_text("The story credits Reuters, the file AP.")
    expect(photos.nth(2).locator("[data-credit-check]")).to_contain_text("Missing credit")
    expect(photos.nth(0).locator('[data-restriction="editorial-only"]')).to_be_visible()
    expect(photos.nth(3).locator(f'[data-suggestion="{ids["harbor-fire"]}"]')).to_be_visible()
    all_images_loaded(tab, "img[data-published-image]")  # from the publisher's server: the policy allows them
    all_images_loaded(tab, ".match-thumb img")
    tab.screenshot(path=str(screenshots_dir / "article.png"), full_page=False)
    tab.screenshot(path=str(screenshots_dir / "article-full.png"), full_page=True)

    # the editor confirms the suggestion: linked by hand, and its credit checked
    photos.nth(3).get_by_role("button", name="Confirm link").click()
    expect(tab).to_have_url(re.compile(r"/articles/[0-9a-f]{16}#photo-4$"))
    expect(photos.nth(3).locator("[data-match]")).to_have_text("Linked by hand")
    expect(photos.nth(3).locator("[data-credit-check]")).to_have_attribute("data-credit-check", "ok")

    # follow the first photo to its asset page: the story is listed under "where used"
    photos.nth(0).locator(f'a[data-asset-link="{ids["burial"]}"]').click()
    expect(tab).to_have_url(re.compile(rf"/assets/{ids['burial']}$"))
    used = tab.locator("[data-articles] li")
    expect(used).to_have_count(1)
    expect(used.first).to_have_attribute("data-article-url", url)
    expect(used.first).to_contain_text("Mosul counts its dead")

    # and back to the story's photos from there
    used.first.locator("[data-article-page]").click()
    expect(tab.locator("[data-story-title]")).to_have_text("Mosul counts its dead")
    tab.get_by_role("link", name="‹ Articles").click()
    expect(tab.locator("[data-recent-articles] tr[data-article-id]")).to_have_count(1)
    expect(tab.locator("[data-recent-articles]")).to_contain_text("4 photos · 4 linked")
    tab.screenshot(path=str(screenshots_dir / "articles.png"), full_page=False)


def test_a_bad_address_is_a_message_on_the_page(tab) -> None:
    tab.goto("/articles")
    tab.locator("#article-lookup-url").fill("javascript:alert(1)")
    tab.get_by_role("button", name="Read article").click()
    expect(tab.locator("[data-problem]")).to_have_text(
        "That is not an article address: not an http(s) URL: 'javascript:alert(1)'.")
    expect(tab.locator("#article-lookup-url")).to_have_value("javascript:alert(1)")
