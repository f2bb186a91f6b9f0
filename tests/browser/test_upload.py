"""Uploading from the browser, logged in as an editor: three files (one not a picture) give two imported
pictures and one refusal with its reason; a file over the size limit is refused without the server
receiving it all."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import pytest

from catalog.settings import Settings
from media.embed import EmbeddedMetadata
from tests.helpers.accounts import add_accounts, sign_in_page
from tests.helpers.photo_files import write_photo
from tests.helpers.web_fixtures import serving_photodesk

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

LIMIT_MB = 1


@pytest.fixture(scope="module")
def upload_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An empty catalog with accounts, served with a 1 MB file-size limit; its base URL."""
    root = tmp_path_factory.mktemp("upload-browser")
    settings = Settings(data_dir=root / "data")
    add_accounts(settings)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PHOTODESK_MAX_FILE_MB", str(LIMIT_MB))
        with serving_photodesk(settings) as url:
            yield url


@pytest.fixture
def editor_tab(browser, upload_desk: str) -> Iterator[object]:
    context = browser.new_context(base_url=upload_desk, viewport={"width": 1440, "height": 1000})
    tab = context.new_page()
    tab.goto("/upload")  # to the login form first, and back
    sign_in_page(tab, "editor")
    yield tab
    context.close()


def test_three_files_give_two_pictures_and_one_refusal_with_its_reason(editor_tab, tmp_path: Path) -> None:
    tab = editor_tab
    credited = write_photo(tmp_path / "harbour.jpg", seed=31)
    bare = write_photo(tmp_path / "reader.jpg", seed=32, metadata=EmbeddedMetadata(keywords=("storm",)))
    notes = tmp_path / "notes.jpg"
    notes.write_text("<html><body>Call the desk about the storm pictures</body></html>")
    tab.goto("/upload")
    tab.set_input_files("[data-upload-input]", [str(credited), str(bare), str(notes)])
    items = tab.locator("[data-upload-file]")
    expect(items).to_have_count(3)
    expect(tab.locator("[data-upload-file][data-status]")).to_have_count(3, timeout=60_000)
    expect(tab.locator('[data-upload-file="harbour.jpg"]')).to_have_attribute("data-status", "imported")
    expect(tab.locator('[data-upload-file="reader.jpg"]')).to_have_attribute("data-status", "imported")
    refused = tab.locator('[data-upload-file="notes.jpg"]')
    expect(refused).to_have_attribute("data-status", "failed")
    expect(refused.locator("[data-upload-reason]")).to_contain_text("not an image")
    flag = tab.locator('[data-upload-file="reader.jpg"] [data-upload-missing]')
    expect(flag).to_contain_text("No credit and no caption")
    assert tab.locator('[data-upload-file="harbour.jpg"] [data-upload-missing]').count() == 0

    flag.locator("[data-upload-edit]").click()  # the flag leads to the picture's edit form
    expect(tab.locator("#edit")).to_be_visible()
    tab.goto("/intake")
    expect(tab.locator("[data-intake-failures]")).to_contain_text("notes.jpg")
    expect(tab.locator("[data-intake-failures]")).to_contain_text("not an image")


def test_a_file_over_the_limit_is_refused_in_the_page(editor_tab, tmp_path: Path) -> None:
    big = tmp_path / "big.tif"
    big.write_bytes(b"II*\x00" + bytes(3 * 2**20))
    editor_tab.goto("/upload")
    editor_tab.set_input_files("[data-upload-input]", [str(big)])
    item = editor_tab.locator('[data-upload-file="big.tif"]')
    expect(item).to_have_attribute("data-status", "failed", timeout=60_000)
    expect(item.locator("[data-upload-reason]")).to_contain_text(f"{LIMIT_MB} MB file-size limit")


def test_the_server_refuses_an_upload_over_the_limit_from_its_headers_without_receiving_the_body(
    upload_desk: str,
) -> None:
    address = urlsplit(upload_desk)
    declared = 200 * 2**20  # 200 MB declared; only 64 KB are ever sent
    with socket.create_connection((address.hostname, address.port), timeout=30) as connection:
        connection.sendall((f"POST /api/uploads?name=huge.tif HTTP/1.1\r\nHost: {address.netloc}\r\n"
                            f"Content-Type: application/octet-stream\r\nContent-Length: {declared}\r\n\r\n").encode())
        connection.sendall(bytes(64 * 1024))
        answer = connection.recv(4096).decode("latin-1")  # arrives although the body is far from complete
    assert answer.startswith("HTTP/1.1 413"), answer[:200]
