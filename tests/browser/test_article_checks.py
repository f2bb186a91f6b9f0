"""The credit check and the suggestions as an editor sees them, in Debian's Chromium against
``photodesk serve --allow-private-fetch --images DIR`` on 127.0.0.1.

The story, served from a local HTTP server, prints four pictures whose publisher (another
host) cannot be reached: three wire photos with the wire's captions and a right, a wrong and
no credit, and a flat red picture. The catalog holds the wire photos and a dozen flat-colour
pictures. The editor's folder holds the story's images, so the page shows them.
"""

from __future__ import annotations

import re
import socket
from pathlib import Path
from typing import Iterator

import pytest
from PIL import Image

from tests.browser.test_article_lookup import all_images_loaded
from tests.helpers.article_stories import WIRE_PHOTOS
from tests.helpers.local_http import LocalServer
from tests.helpers.photo_files import published_copy
from tests.helpers.web_fixtures import import_files, serving_photodesk

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

# stem -> the credit the story prints beside the wire's own caption
PRINTED = {"burial": "AP Photo/Felipe Dana", "checkpoint": "Reuters/Sam Ortiz", "market": None}


def unreachable_host() -> str:
    """http://127.0.0.1:PORT where nothing listens: the publisher's image server, down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


@pytest.fixture(scope="module")
def folder(wire, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The editor's folder of the story's images; the catalog gets a dozen flat-colour pictures too."""
    plain = tmp_path_factory.mktemp("plain")
    for number in range(12):
        Image.new("RGB", (800, 533), (number * 20, 180 - number * 10, 60 + number * 5)).save(
            plain / f"plain-{number}.jpg", quality=90)
    assert all(outcome.status.value == "imported" for outcome in import_files(wire.settings, [plain]))
    images = tmp_path_factory.mktemp("saved-images")
    for stem in PRINTED:
        with Image.open(wire.folder / f"{stem}.jpg") as original:
            (images / f"story-{stem}-1200x800.jpg").write_bytes(published_copy(original))
    Image.new("RGB", (1200, 800), (200, 30, 30)).save(images / "story-red-1200x800.jpg", quality=70)
    return images


@pytest.fixture(scope="module")
def story(newsroom_site: LocalServer) -> str:
    """The story's URL; its images are on a host that cannot be reached."""
    images = unreachable_host()

    def figure(stem: str) -> str:
        caption = WIRE_PHOTOS[stem][1].caption.rsplit(" (", 1)[0] if stem in WIRE_PHOTOS else ""
        credit = f" ({PRINTED[stem]})" if PRINTED.get(stem) else ""
        return f'<figure><img src="{images}/uploads/story-{stem}-1200x800.jpg" alt=""><figcaption>{caption}{credit}</figcaption></figure>'

    newsroom_site.add("/credits-checked/", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Three photos and a red square – The Local Ledger</title>
<meta property="og:site_name" content="The Local Ledger"></head><body><article>
<h1>Three photos and a red square</h1><p class="byline">By Dana Whitfield</p>
{figure("burial")}{figure("checkpoint")}{figure("market")}{figure("red")}
<p>The story.</p></article></body></html>""")
    # its AMP page, naming the story as its canonical URL
    canonical = newsroom_site.url("/credits-checked/")
    amp = newsroom_site.routes["/credits-checked/"].body.decode().replace(
        "<title>", f'<link rel="canonical" href="{canonical}"><title>', 1)
    newsroom_site.add("/credits-checked/amp/", amp)
    return canonical


@pytest.fixture(scope="module")
def desk(wire, folder: Path) -> Iterator[str]:
    with serving_photodesk(wire.settings, "--allow-private-fetch", "--images", str(folder)) as url:
        yield url


def test_one_credit_verdict_per_photo_and_no_false_suggestion_for_a_flat_colour(
    tab, wire, story: str, screenshots_dir: Path
) -> None:
    tab.goto("/articles")
    tab.locator("#article-lookup-url").fill(story)
    tab.get_by_role("button", name="Read article").click()
    expect(tab).to_have_url(re.compile(r"/articles/[0-9a-f]{16}$"))
    expect(tab.locator('[data-flash="ok"]')).to_have_text(
        "Read the article: 4 photos, 3 linked, 0 with suggestions to confirm.")
    photos = tab.locator("section.story-photo")
    expect(photos).to_have_count(4)

    # a right, a wrong and a missing credit: one verdict each, with one explanation
    expected = [
        ("burial", "ok", "Credit OK", "The story credits the same source as the file."),
        ("checkpoint", "wrong", "Wrong credit", "The story credits Reuters, the file AP."),
        ("market", "missing", "Missing credit", "The story prints no credit with this photo."),
    ]
    for number, (stem, status, label, reason) in enumerate(expected):
        section = photos.nth(number)
        expect(section.locator(f'a[data-asset-link="{wire.ids[stem]}"]').first).to_be_visible()
        check = section.locator("[data-credit-check]")
        expect(check).to_have_attribute("data-credit-check", status)
        expect(check).to_have_text(f"{label} {reason}")
        evidence = section.locator(".match .evidence li").all_inner_texts()
        assert any(line.startswith("the published picture looks the same") for line in evidence), evidence
        # the bug: "the credit agrees" in the evidence beside "Wrong credit"
        if status == "wrong":
            assert not any("credit" in line for line in evidence), evidence
    burial_evidence = photos.nth(0).locator(".match .evidence li").all_inner_texts()
    assert "the caption matches 100% of the asset's; the credit agrees (Credit OK)" in burial_evidence

    # the flat red picture: said to be too plain to compare, and not one suggestion
    red = photos.nth(3)
    expect(red.locator("[data-not-linked]")).to_contain_text("Not linked: not compared by picture:")
    expect(red.locator("[data-not-linked]")).to_contain_text("too little detail to compare")
    expect(red.locator("[data-image-problem]")).to_have_count(0)  # said once, in the note
    expect(red.locator("[data-suggestion]")).to_have_count(0)
    expect(tab.locator("[data-suggestion]")).to_have_count(0)

    # the publisher's host is down: the page shows the editor's copies, never a broken image
    expect(tab.locator("img[data-published-image][data-local-copy]")).to_have_count(4)
    all_images_loaded(tab, "img[data-published-image]")
    tab.screenshot(path=str(screenshots_dir / "article-checks.png"), full_page=True)


def test_a_link_made_on_the_asset_page_offers_to_read_the_story_and_then_shows_its_title(tab, wire, story: str) -> None:
    amp = story + "amp/"
    tab.goto(f"/assets/{wire.ids['harbor-fire']}")
    tab.locator("#article-url").fill(amp)
    tab.get_by_role("button", name="Link", exact=True).click()
    used = tab.locator(f'[data-articles] li[data-article-url="{amp}"]')
    expect(used).to_contain_text("not read yet")
    expect(used.locator("[data-article-title]")).to_have_text(amp)

    used.get_by_role("button", name="Read article").click()
    expect(tab).to_have_url(re.compile(r"/articles/[0-9a-f]{16}$"))
    expect(tab.locator("[data-story-title]")).to_have_text("Three photos and a red square")
    tab.goto(f"/assets/{wire.ids['harbor-fire']}")
    titled = tab.locator("[data-articles] li")
    expect(titled).to_have_count(1)
    expect(titled).to_have_attribute("data-article-url", story)
    expect(titled.locator("[data-article-title]")).to_have_text("Three photos and a red square")
    expect(titled.get_by_role("button", name="Read article")).to_have_count(0)
