"""Correcting a caption and a credit in Chromium, logged in as an editor: the credit line derived again as one
types, saved, and in history; a viewer finds no edit controls and a form posted anyway is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from catalog.settings import Settings
from media.embed import EmbeddedMetadata
from tests.helpers.accounts import USERS, add_accounts, sign_in_page
from tests.helpers.web_fixtures import import_files, make_news_jpeg, serving_photodesk

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

CAPTION = "Flooded street in Leeds after the storm. Photo by reader."


@pytest.fixture(scope="module")
def editing_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A catalog of one reader's photo with a credit read wrong, served; (base URL, asset id)."""
    root = tmp_path_factory.mktemp("editing-browser")
    make_news_jpeg(root / "in" / "reader.jpg", EmbeddedMetadata(caption=CAPTION, credit="Reader"))
    for number in (1, 2):
        make_news_jpeg(root / "in" / f"quake-{number}.jpg", EmbeddedMetadata(
            caption=f"Rescuers in Antakya, picture {number}. (AP Photo/Hussein Malla)", credit="AP"),
            colour=(40 * number, 90, 30))
    settings = Settings(data_dir=root / "data")
    outcomes = import_files(settings, [root / "in"])
    add_accounts(settings)
    with serving_photodesk(settings) as url:
        yield url, next(outcome.asset_id for outcome in outcomes if outcome.path.endswith("reader.jpg"))


@pytest.fixture
def tab(browser, editing_desk: tuple[str, str]) -> Iterator[object]:
    context = browser.new_context(base_url=editing_desk[0], viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    yield page
    context.close()


def log_in(page, role: str, then: str) -> None:
    page.goto(then)
    sign_in_page(page, role)


def test_an_editor_fixes_a_caption_and_a_credit_and_sees_the_credit_line_and_history(
        tab, editing_desk: tuple[str, str], screenshots_dir: Path) -> None:
    page, asset_id = tab, editing_desk[1]
    log_in(page, "editor", f"/assets/{asset_id}")
    form = page.locator("[data-edit-form]")
    expect(form.locator("textarea[name=caption]")).to_have_value(CAPTION)
    form.locator("textarea[name=caption]").fill("Flooded street in Leeds after the storm. (Jane Roe/Leeds Post)")
    expect(form.locator('[data-preview="credit_line"]')).to_have_text("Jane Roe/Leeds Post")  # as one types
    expect(form.locator('[data-preview="photographers"]')).to_have_text("Jane Roe")
    form.locator("input[name=credit]").fill("Leeds Post")
    page.screenshot(path=str(screenshots_dir / "edit-form.png"), full_page=False)
    form.locator("[data-edit-save]").click()

    expect(page.locator("[data-flash=ok]")).to_contain_text("Saved: caption, credit (version 1).")
    expect(page.locator("[data-credit-line]")).to_have_text("Jane Roe/Leeds Post")
    expect(page.locator("[data-caption]")).to_have_text("Flooded street in Leeds after the storm. (Jane Roe/Leeds Post)")
    history = page.locator("[data-history]")
    expect(history.locator('[data-history-field="caption"] [data-history-user]')).to_have_text(USERS["editor"])
    expect(history.locator('[data-history-field="credit"]')).to_contain_text("Reader")
    expect(page.locator('[data-field="caption"] .source')).to_have_text(f"edited by {USERS['editor']}")
    page.screenshot(path=str(screenshots_dir / "edit-saved.png"), full_page=True)


def test_a_viewer_finds_no_edit_controls_and_a_form_posted_anyway_is_refused(tab, editing_desk: tuple[str, str]) -> None:
    page, asset_id = tab, editing_desk[1]
    log_in(page, "viewer", f"/assets/{asset_id}")
    expect(page.locator("[data-edit-panel]")).to_have_count(0)
    expect(page.locator("[data-credit-line]")).to_be_visible()
    status = page.evaluate(
        """async (assetId) => {
            const token = document.querySelector('form[data-logout] input[name=csrf_token]').value;
            const body = new URLSearchParams({csrf_token: token, version: '0', credit: 'Posted anyway', action: 'save'});
            const answer = await fetch(`/assets/${assetId}/edit`, {method: 'POST', body, redirect: 'manual'});
            return answer.status;
        }""",
        asset_id,
    )
    assert status == 403
    page.goto("/search")
    expect(page.locator("[data-edit-selected]")).to_have_count(0)
    page.goto(f"/assets/{asset_id}")
    expect(page.locator("[data-credit-line]")).not_to_have_text("Posted anyway")


def test_an_editor_finds_and_replaces_in_ticked_search_results_previewed_then_applied(
        tab, editing_desk: tuple[str, str]) -> None:
    page = tab
    log_in(page, "editor", "/search?q=antakya")
    boxes = page.locator("[data-select-asset]")
    expect(boxes).to_have_count(2)
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.locator("[data-edit-selected]").click()
    expect(page.locator("h1")).to_have_text("Edit 2 pictures")
    form = page.locator("[data-batch-form]")
    form.locator("select[name=replace_field]").select_option("caption")
    form.get_by_label("Find").fill("Antakya")
    form.get_by_label("Replace with").fill("Hatay")
    form.locator("[data-batch-preview]").click()
    expect(page.locator("[data-batch-summary]")).to_have_text("2 of 2 pictures would change")
    expect(page.locator("[data-batch-table]")).to_contain_text("Rescuers in Hatay, picture 1. (AP Photo/Hussein Malla)")
    page.locator("[data-batch-apply]").click()
    expect(page.locator("[data-flash=ok]")).to_have_text("2 pictures changed.")
    page.goto("/search?q=hatay")
    expect(page.locator("[data-select-asset]")).to_have_count(2)
