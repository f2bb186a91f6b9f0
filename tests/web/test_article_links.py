"""Article pages with the server's folder of stories' images, and links by hand that get read, through
Flask's test client over a real wire catalog and a story served from 127.0.0.1."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image

from catalog.store import CatalogStore
from tests.helpers.article_stories import serve_story
from tests.web.test_articles import photo_sections, read, token_of


@pytest.fixture
def images(tmp_path: Path) -> Path:
    folder = tmp_path / "saved-images"
    folder.mkdir()
    return folder


@pytest.fixture
def app(wire, images: Path):
    from web import create_app

    return create_app(wire.settings, TESTING=True, PHOTODESK_ALLOW_PRIVATE_FETCH=True, PHOTODESK_ARTICLE_IMAGES=images)


@pytest.fixture
def client(app):
    return app.test_client()


def save_story_images(newsroom_site, slug: str, folder: Path, stems: tuple[str, ...]) -> None:
    """Copy the story's published images into ``folder`` by file name, as an editor saves them."""
    for stem in stems:
        name = f"{slug}-{stem}-1200x800.jpg"
        (folder / name).write_bytes(newsroom_site.routes[f"/{slug}/uploads/{name}"].body)


def test_the_page_shows_the_folder_copies_and_the_publisher_image_only_for_the_others(
    client, wire, newsroom_site, images: Path
) -> None:
    url = serve_story(newsroom_site, wire.folder, "saved")
    save_story_images(newsroom_site, "saved", images, ("burial", "checkpoint"))
    (images / "saved-market-1200x800.jpg").write_text("<html>not a picture</html>", encoding="utf-8")
    posted = read(client, url)
    assert posted.status_code == 303
    html = client.get(posted.headers["Location"]).get_data(as_text=True)
    article = posted.headers["Location"].rsplit("/", 1)[-1]
    burial, checkpoint, market, stranger = photo_sections(html)
    for number, section in ((1, burial), (2, checkpoint), (3, market)):
        assert f'src="/articles/{article}/photos/{number}/copy"' in section and "data-local-copy" in section
    assert f'src="{url}uploads/saved-stranger-1200x800.jpg"' in stranger and "data-local-copy" not in stranger
    # the folder's pictures were compared: the first two linked by picture, as when fetched
    assert 'data-match="similarity"' in burial and 'data-match="similarity"' in checkpoint

    copy = client.get(f"/articles/{article}/photos/1/copy")
    assert (copy.status_code, copy.mimetype) == (200, "image/jpeg")
    with Image.open(io.BytesIO(copy.data)) as picture:
        assert picture.format == "JPEG" and max(picture.size) == 1200
    again = client.get(f"/articles/{article}/photos/1/copy", headers={"If-None-Match": copy.headers["ETag"]})
    assert again.status_code == 304
    broken = client.get(f"/articles/{article}/photos/3/copy")  # not a picture: the placeholder, never its bytes
    assert (broken.status_code, broken.mimetype) == (200, "image/svg+xml") and b"<html>" not in broken.data
    for missing in (4, 5, 0):
        assert client.get(f"/articles/{article}/photos/{missing}/copy").status_code == 404


def test_without_a_folder_there_is_no_copy(wire, newsroom_site) -> None:
    from web import create_app

    client = create_app(wire.settings, TESTING=True, PHOTODESK_ALLOW_PRIVATE_FETCH=True).test_client()
    url = serve_story(newsroom_site, wire.folder, "no-folder")
    article = read(client, url).headers["Location"].rsplit("/", 1)[-1]
    assert "data-local-copy" not in client.get(f"/articles/{article}").get_data(as_text=True)
    assert client.get(f"/articles/{article}/photos/1/copy").status_code == 404


def test_the_files_a_story_was_read_from_are_shown_without_a_server_folder(wire, newsroom_site, tmp_path: Path) -> None:
    """``article add URL --images DIR`` then ``serve`` without --images: the page shows the files read."""
    from catalog.desk import Desk
    from web import create_app

    url = serve_story(newsroom_site, wire.folder, "read-from-files")
    folder = tmp_path / "editor-images"
    folder.mkdir()
    save_story_images(newsroom_site, "read-from-files", folder, ("burial",))
    with Desk.open(wire.settings) as desk:
        reading = desk.read_article(url, images_dir=folder, allow_private=True)
    assert reading.matches[0].image_file == str((folder / "read-from-files-burial-1200x800.jpg").resolve())
    assert reading.matches[1].image_file is None
    client = create_app(wire.settings, TESTING=True).test_client()
    page = f"/articles/{reading.article.id}"
    burial, checkpoint, *_ = photo_sections(client.get(page).get_data(as_text=True))
    assert f'src="{page}/photos/1/copy"' in burial and "data-local-copy" not in checkpoint
    assert client.get(f"{page}/photos/1/copy").mimetype == "image/jpeg"
    assert str(folder) not in client.get(f"/api/articles?url={url}").get_data(as_text=True)
    (folder / "read-from-files-burial-1200x800.jpg").unlink()  # gone: the publisher's image again
    burial = photo_sections(client.get(page).get_data(as_text=True))[0]
    assert "data-local-copy" not in burial and f'src="{url}uploads/read-from-files-burial-1200x800.jpg"' in burial
    assert client.get(f"{page}/photos/1/copy").status_code == 404


def test_a_link_by_hand_offers_to_read_the_article_and_shows_its_title_once_read(client, wire, newsroom_site) -> None:
    canonical = serve_story(newsroom_site, wire.folder, "handled", title="Harbor fire spreads")
    amp = serve_story(newsroom_site, wire.folder, "handled-amp", title="Harbor fire spreads", canonical=canonical)
    asset_id = wire.ids["market"]
    linked = client.post(f"/assets/{asset_id}/links", data={"url": amp, "csrf_token": token_of(client)})
    assert linked.status_code == 303
    html = client.get(f"/assets/{asset_id}").get_data(as_text=True)
    (item,) = re.findall(rf'<li data-article-url="{re.escape(amp)}">.*?</li>', html, re.S)
    assert "not read yet" in item
    assert re.search(r'<input type="hidden" name="url" value="' + re.escape(amp) + r'">\s*'
                     r'<button type="submit" data-read-article[^>]*>Read article</button>', item)
    with CatalogStore(wire.settings.catalog_path) as store:
        stub = store.find_article_by_url(amp)
    stub_page = client.get(f"/articles/{stub.id}").get_data(as_text=True)
    assert "the page is not read yet" in stub_page and re.search(r"data-read-article[^>]*>Read article<", stub_page)
    assert "not known (not read from the page)" in stub_page

    # the editor presses "Read article": the page is read, not shown as recorded
    posted = read(client, amp)
    assert posted.status_code == 303
    with CatalogStore(wire.settings.catalog_path) as store:
        story = store.find_article_by_url(amp)
        assert story.url == canonical and store.get_article(stub.id) is None
    assert posted.headers["Location"] == f"/articles/{story.id}"
    html = client.get(f"/assets/{asset_id}").get_data(as_text=True)
    (item,) = re.findall(rf'<li data-article-url="{re.escape(canonical)}">.*?</li>', html, re.S)
    assert re.search(r"data-article-title>Harbor fire spreads</a>", item)
    assert amp not in html  # one story, under its canonical URL: the link by hand was folded into it
    assert "data-read-article" not in html and "not read yet" not in html
