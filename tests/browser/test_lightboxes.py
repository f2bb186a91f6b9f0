"""Lightboxes and batch actions in Chromium, as an editor works a story: a lightbox built from a search, reordered
by keyboard and buttons, its credits copied, its zip checked with exiftool; five results ticked with the keyboard
and linked to an article in one step."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path
from typing import Iterator

import pytest

from catalog.settings import Settings
from catalog.store import CatalogStore
from media.embed import EmbeddedMetadata
from tests.helpers.accounts import add_accounts, sign_in_page
from tests.helpers.web_fixtures import import_files, make_news_jpeg, serving_photodesk

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

COUNT = 7
ARTICLE = "https://news.example.org/2026/11/storm-elin-malaga"


def caption(number: int) -> str:
    return f"Storm Elin reaches Málaga, picture {number}. (AP Photo/Photographer {number})"


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Settings]]:
    """Seven storm pictures, each credited to its own photographer, with accounts, served; (base URL, settings)."""
    root = tmp_path_factory.mktemp("lightbox-browser")
    for number in range(1, COUNT + 1):
        make_news_jpeg(root / "in" / f"storm-{number}.jpg",
                       EmbeddedMetadata(caption=caption(number), credit=f"AP Photo/Photographer {number}", headline=f"Storm Elin {number}",
                                        date_created=f"2026-11-24T10:0{number}:00+01:00"),
                       colour=(30 * number, 120, 200 - 20 * number))
    settings = Settings(data_dir=root / "data")
    import_files(settings, [root / "in"])
    add_accounts(settings)
    with serving_photodesk(settings) as url:
        yield url, settings


@pytest.fixture
def tab(browser, story: tuple[str, Settings]) -> Iterator[object]:
    context = browser.new_context(base_url=story[0], viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=story[0])
    page = context.new_page()
    page.goto("/search")
    sign_in_page(page, "editor")
    yield page
    context.close()


def credit_of(page, asset_id: str) -> str:
    return page.locator(f'li.tile[data-asset-id="{asset_id}"] .tile-credit').inner_text()


def test_a_lightbox_built_from_a_search_is_reordered_its_credits_copied_and_its_zip_carries_them(
        tab, story: tuple[str, Settings], tmp_path: Path, screenshots_dir: Path) -> None:
    page = tab
    page.goto("/search?q=storm&sort=oldest")
    tiles = page.locator("li.tile")
    expect(tiles).to_have_count(COUNT)
    grid = [tiles.nth(n).get_attribute("data-asset-id") for n in range(COUNT)]
    credits = {asset_id: credit_of(page, asset_id) for asset_id in grid}
    tiles.nth(1).locator(".tile-meta").click()  # a click on the tile ticks it
    tiles.nth(3).locator(".tile-meta").click(modifiers=["Shift"])  # shift-click: the range
    expect(page.locator("[data-selection-count]")).to_have_text("3 pictures selected")
    expect(page.locator("li.tile.is-selected")).to_have_count(3)
    page.locator("[data-batch-lightbox-name]").fill("Storm Elin, Málaga")
    page.locator("[data-batch-add]").click()

    expect(page.locator("h1")).to_have_text("Storm Elin, Málaga")
    members = page.locator("li.lightbox-member")
    expect(members).to_have_count(3)
    chosen = grid[1:4]
    assert [members.nth(n).get_attribute("data-asset-id") for n in range(3)] == chosen
    # The third picture to the top with its handle and the arrow keys, then the new first one down a place with its button.
    handle = members.nth(2).locator("[data-drag-handle]")
    handle.focus()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    expect(page.locator("[data-order-status]")).to_contain_text("moved to place 1 of 3")
    order = [chosen[2], chosen[0], chosen[1]]
    expect(page.locator("[data-lightbox]")).to_have_attribute("data-saved-order", " ".join(order))
    members.nth(0).locator('[data-move="down"]').click()
    order = [chosen[0], chosen[2], chosen[1]]
    expect(page.locator("[data-lightbox]")).to_have_attribute("data-saved-order", " ".join(order))
    page.locator(f"#note-{order[0]}").fill("Lead picture: the sea wall")
    with page.expect_navigation():  # the note's form posts and comes back: reloading during that loses the page
        page.locator(f"#picture-{order[0]} .note-form button").click()
    page.reload()
    assert [members.nth(n).get_attribute("data-asset-id") for n in range(3)] == order  # kept by the server
    expect(page.locator(f"#note-{order[0]}")).to_have_value("Lead picture: the sea wall")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(screenshots_dir / "lightbox.png"))

    page.locator("[data-copy-credits]").click()
    expect(page.locator("[data-copy-credits]")).to_have_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.split("\n") == [credits[asset_id] for asset_id in order]
    assert copied.split("\n") == [f"AP Photo/Photographer {grid.index(asset_id) + 1}" for asset_id in order]

    with page.expect_download() as waiting:
        page.locator("[data-download-zip]").click()
    target = tmp_path / "storm.zip"
    waiting.value.save_as(target)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "zip")
    assert len(names) == 3 and all(name.endswith(".jpg") for name in names)
    read = json.loads(subprocess.run(["exiftool", "-json", "-G1", str(tmp_path / "zip")], capture_output=True,
                                     text=True, check=True).stdout)
    by_caption = {item["XMP-dc:Description"]: item for item in read}
    for asset_id in order:
        number = grid.index(asset_id) + 1
        item = by_caption[caption(number)]
        assert item["IPTC:Caption-Abstract"] == caption(number)
        assert item["XMP-photoshop:Credit"] == credits[asset_id] == f"AP Photo/Photographer {number}"


def test_five_results_ticked_with_the_keyboard_are_linked_to_an_article_in_one_step(
        tab, story: tuple[str, Settings]) -> None:
    page = tab
    page.goto("/search?q=storm&sort=oldest")
    tiles = page.locator("li.tile")
    expect(tiles).to_have_count(COUNT)
    grid = [tiles.nth(n).get_attribute("data-asset-id") for n in range(COUNT)]
    tiles.nth(0).locator(".tile-title").focus()
    for number in range(5):
        page.keyboard.press("Space")
        if number < 4:  # Tab on to the next tile's title, past whatever the tile holds
            here = page.evaluate("document.activeElement.closest('li.tile').dataset.assetId")
            for _ in range(8):
                page.keyboard.press("Tab")
                if page.evaluate("""(here) => { const active = document.activeElement;
                        return active.matches('.tile-title') && active.closest('li.tile').dataset.assetId !== here; }""", here):
                    break
    expect(page.locator("[data-selection-count]")).to_have_text("5 pictures selected")
    assert page.evaluate("window.scrollY") < 400  # Space ticked; it did not scroll the page
    page.locator("[data-batch-url]").focus()
    page.keyboard.type(ARTICLE)
    page.keyboard.press("Enter")  # presses its own group's button: Link to article
    expect(page.locator("[data-flash=ok]")).to_contain_text("5 pictures linked to")
    with CatalogStore(story[1].catalog_path) as catalog:
        article = catalog.find_article_by_url(ARTICLE)
        assert sorted(link.asset_id for link in catalog.links_to(article.id)) == sorted(grid[:5])


def test_the_batch_actions_wait_for_a_ticked_picture(tab) -> None:
    """Shown before any tick they only pushed the results down (450 px on a phone); they come with the first tick
    and go with the last, and the hint says what ticking is for."""
    page = tab
    page.goto("/search?q=storm")
    zip_button = page.locator("[data-batch-zip]")
    expect(page.locator("[data-selection-count]")).to_have_text("Tick pictures to download, list, add or link them.")
    expect(zip_button).to_be_hidden()
    expect(page.locator("[data-batch-add]")).to_be_hidden()
    first = page.locator("li.tile").first
    first.locator(".tile-meta").click()
    expect(zip_button).to_be_visible()
    expect(page.locator("[data-batch-url]")).to_be_visible()
    first.locator(".tile-meta").click()
    expect(zip_button).to_be_hidden()
