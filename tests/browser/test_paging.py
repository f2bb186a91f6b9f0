"""Paging in Chromium: from a filtered search to a picture, next and previous through the results, back to the
same results; and a tile's credit copied with the keyboard."""

from __future__ import annotations

import re
from typing import Iterator
from urllib.parse import parse_qsl, urlsplit

import pytest

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect


@pytest.fixture
def clip_tab(browser, desk: str) -> Iterator[object]:
    """A tab that may read what it copied."""
    context = browser.new_context(base_url=desk, viewport={"width": 1440, "height": 1000})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=desk)
    yield context.new_page()
    context.close()


def test_page_through_the_results_and_back_to_the_same_search(clip_tab) -> None:
    tab = clip_tab
    search = "/search?year=2026&sort=oldest"
    tab.goto(search)
    titles = tab.locator("li.tile .tile-title").all_inner_texts()
    assert len(titles) >= 4
    tab.locator("li.tile .tile-title").nth(1).click()
    paging = tab.locator("[data-paging]")
    expect(paging.locator("[data-position]")).to_have_text(f"2 of {len(titles)}")
    expect(tab.locator(".asset-headline")).to_have_text(titles[1])
    paging.get_by_role("link", name="Next ›").click()
    paging.get_by_role("link", name="Next ›").click()
    expect(paging.locator("[data-position]")).to_have_text(f"4 of {len(titles)}")
    expect(tab.locator(".asset-headline")).to_have_text(titles[3])
    paging.get_by_role("link", name="‹ Previous").click()
    expect(tab.locator(".asset-headline")).to_have_text(titles[2])

    tab.get_by_role("link", name="‹ Search").click()
    back = urlsplit(tab.url)
    assert (back.path, sorted(parse_qsl(back.query))) == ("/search", [("sort", "oldest"), ("year", "2026")])
    expect(tab.locator('.chip[data-chip="year"]')).to_contain_text("2026")
    assert tab.locator("li.tile .tile-title").all_inner_texts() == titles


def test_copy_a_tiles_credit_with_the_keyboard(clip_tab) -> None:
    tab = clip_tab
    tab.goto("/search?sort=oldest")
    tile = tab.locator("li.tile").first
    credit = tile.locator(".tile-credit").inner_text()
    tile.locator(".tile-title").focus()
    tab.keyboard.press("Tab")
    button = tile.get_by_role("button", name=re.compile("^Copy credit of "))
    expect(button).to_be_focused()
    tab.keyboard.press("Enter")
    expect(button).to_have_text("Copied")
    assert tab.evaluate("navigator.clipboard.readText()") == credit


def test_the_arrow_keys_follow_previous_and_next_but_not_from_the_caption_field(tab) -> None:
    tab.goto("/search?year=2026&sort=oldest")
    titles = tab.locator("li.tile .tile-title").all_inner_texts()
    assert len(titles) >= 4
    tab.locator("li.tile .tile-title").nth(1).click()
    position = tab.locator("[data-paging] [data-position]")
    expect(position).to_have_text(f"2 of {len(titles)}")
    expect(tab.locator("[data-keyboard-help]")).to_contain_text("← → previous, next result")

    tab.keyboard.press("ArrowRight")
    expect(position).to_have_text(f"3 of {len(titles)}")
    expect(tab.locator(".asset-headline")).to_have_text(titles[2])
    tab.keyboard.press("ArrowLeft")
    expect(position).to_have_text(f"2 of {len(titles)}")

    caption = tab.locator('[data-edit-field="caption"] textarea')
    caption.focus()
    tab.evaluate("document.activeElement.setSelectionRange(0, 0)")
    tab.keyboard.press("ArrowRight")  # moves the caret in the caption, not to the next picture
    tab.keyboard.press("Shift+ArrowRight")
    assert tab.evaluate("[document.activeElement.selectionStart, document.activeElement.selectionEnd]") == [1, 2]
    caption.evaluate("field => field.blur()")
    tab.keyboard.press("Shift+ArrowRight")  # with a modifier the key is not ours
    tab.keyboard.press("ArrowRight")
    # Had a key in the field or with a modifier paged, this would be 4 of N or more.
    expect(position).to_have_text(f"3 of {len(titles)}")
    expect(tab.locator(".asset-headline")).to_have_text(titles[2])
