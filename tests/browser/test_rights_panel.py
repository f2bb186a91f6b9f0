"""The licensing panel in Chromium with a clock the test controls: an embargo counts down in the
viewer's zone (UTC beside it) and the panel turns green when it lifts; a download asks first."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import pytest

from catalog.settings import Settings
from tests.helpers.web_fixtures import serving_photodesk

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

LIFTS = datetime(2099, 1, 1, 10, 0, tzinfo=timezone.utc)  # "EMBARGOED UNTIL 10:00 GMT 1 January 2099"


@pytest.fixture(scope="module")
def rights_desk(rights_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The rights catalog served by ``photodesk serve``; its base URL."""
    root = tmp_path_factory.mktemp("rights-browser")
    shutil.copytree(rights_settings.data_dir, root / "data")
    with serving_photodesk(Settings(data_dir=root / "data")) as url:
        yield url


@pytest.fixture
def tokyo_tab(browser, rights_desk: str) -> Iterator[object]:
    """A tab whose viewer is in Tokyo (UTC+9) and whose clock stands ten seconds before the lift."""
    context = browser.new_context(base_url=rights_desk, viewport={"width": 1440, "height": 1000},
                                  timezone_id="Asia/Tokyo", accept_downloads=True)
    page = context.new_page()
    page.clock.install(time=LIFTS - timedelta(minutes=1))  # a minute early: pause_at cannot go back
    page.clock.pause_at(LIFTS - timedelta(seconds=10))
    yield page
    context.close()


def test_the_embargo_counts_down_and_the_panel_turns_green_when_it_lifts(tokyo_tab, picture_ids,
                                                                         screenshots_dir: Path) -> None:
    page = tokyo_tab
    page.goto(f"/assets/{picture_ids['staff_far_embargo']}")
    web = page.locator('[data-verdicts] [data-channel="web"]')
    expect(web).to_have_attribute("data-verdict", "forbidden")
    expect(web).to_have_class("verdict verdict-red")
    expect(web.locator("[data-reasons]")).to_contain_text("embargoed until 2099-01-01 10:00 UTC")
    left = page.locator("[data-time-left]")
    expect(left).to_have_text("00:00:10 left")
    # the viewer's zone (19:00 in Tokyo) with UTC beside it
    expect(page.locator("[data-lifts-local]")).to_contain_text("19:00")
    expect(page.locator("[data-lifts-utc]")).to_have_text("(2099-01-01 10:00 UTC)")
    page.clock.run_for(3000)
    expect(left).to_have_text("00:00:07 left")
    page.screenshot(path=str(screenshots_dir / "rights-countdown.png"), full_page=False)

    page.clock.run_for(7000)
    expect(left).to_have_text("lifted")
    for channel in ("web", "print"):
        box = page.locator(f'[data-verdicts] [data-channel="{channel}"]')
        expect(box).to_have_attribute("data-verdict", "allowed")
        expect(box).to_have_class("verdict verdict-green")
        expect(box.locator("[data-verdict-label]")).to_have_text("Allowed")
    expect(page.locator("a[data-forbidden-reason]")).to_have_count(0)
    expect(page.locator('.licensing .badge[data-restriction="embargoed"]')).to_have_text("Embargo lifted")


def test_a_download_forbidden_now_asks_naming_the_reason(tokyo_tab, picture_ids) -> None:
    page = tokyo_tab
    page.goto(f"/assets/{picture_ids['staff_far_embargo']}")
    original = page.locator(".downloads a", has_text="Original")
    asked: list[str] = []

    def refuse(dialog) -> None:
        asked.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", refuse)
    original.click()
    page.wait_for_function("() => true")
    assert len(asked) == 1 and "embargoed until 2099-01-01 10:00 UTC" in asked[0]
    assert "confirm=yes" not in (original.get_attribute("href") or "")

    def accept(dialog) -> None:
        asked.append(dialog.message)
        dialog.accept()

    page.once("dialog", accept)
    with page.expect_download() as download:
        original.click()
    assert len(asked) == 2
    assert download.value.url.endswith("confirm=yes")
    assert Path(download.value.path()).read_bytes()[:2] == b"\xff\xd8"
