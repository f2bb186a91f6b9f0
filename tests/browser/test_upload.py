"""Uploading from the browser, logged in as an editor: three files (one not a picture) give two imported
pictures and one refusal with its reason; a file over the size limit is refused without the server
receiving it all."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

import pytest

from catalog.settings import Settings
from media.embed import EmbeddedMetadata
from tests.helpers.accounts import add_accounts, sign_in_page
from tests.helpers.photo_files import write_photo
from tests.helpers.web_fixtures import answer_to_a_body_declared_too_large, serving_photodesk

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


def two_pictures_and_a_note(folder: Path, names: tuple[str, str, str], seed: int) -> list[str]:
    """A credited picture, one with neither credit nor caption, and a web page named .jpg; their paths."""
    credited, bare, note = (folder / name for name in names)
    write_photo(credited, seed=seed)
    write_photo(bare, seed=seed + 1, metadata=EmbeddedMetadata(keywords=("storm",)))
    note.write_text("<html><body>Call the desk about the storm pictures</body></html>")
    return [str(credited), str(bare), str(note)]


def expect_imported_flagged_and_refused(tab, items: str, names: tuple[str, str, str]) -> object:
    """The three files' results listed in ``items``: two imported (the second flagged), the note refused; the flag."""
    credited, bare, note = (f'{items}[data-upload-file="{name}"]' for name in names)
    expect(tab.locator(f"{items}[data-status]")).to_have_count(3, timeout=60_000)
    expect(tab.locator(credited)).to_have_attribute("data-status", "imported")
    expect(tab.locator(bare)).to_have_attribute("data-status", "imported")
    expect(tab.locator(note)).to_have_attribute("data-status", "failed")
    expect(tab.locator(f"{note} [data-upload-reason]")).to_contain_text("not an image")
    assert tab.locator(f"{credited} [data-upload-missing]").count() == 0
    flag = tab.locator(f"{bare} [data-upload-missing]")
    expect(flag).to_contain_text("No credit and no caption")
    return flag


def test_three_files_give_two_pictures_and_one_refusal_with_its_reason(editor_tab, tmp_path: Path) -> None:
    tab = editor_tab
    names = ("harbour.jpg", "reader.jpg", "notes.jpg")
    tab.goto("/upload")
    tab.set_input_files("[data-upload-input]", two_pictures_and_a_note(tmp_path, names, seed=31))
    expect(tab.locator("[data-upload-file]")).to_have_count(3)
    flag = expect_imported_flagged_and_refused(tab, "[data-upload-list] ", names)

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
    answer = answer_to_a_body_declared_too_large(upload_desk, "/api/uploads?name=huge.tif", "application/octet-stream")
    assert answer.startswith("HTTP/1.1 413"), answer[:200]


@pytest.fixture
def scriptless_editor_tab(browser, upload_desk: str) -> Iterator[object]:
    """A tab with JavaScript turned off, logged in as the editor."""
    context = browser.new_context(base_url=upload_desk, viewport={"width": 1440, "height": 1000}, java_script_enabled=False)
    tab = context.new_page()
    tab.goto("/upload")
    sign_in_page(tab, "editor")
    yield tab
    context.close()


def test_without_javascript_the_form_uploads_two_pictures_and_lists_the_refusal_and_the_flag(
    scriptless_editor_tab, tmp_path: Path
) -> None:
    tab = scriptless_editor_tab
    names = ("quay.jpg", "pier.jpg", "memo.jpg")
    tab.goto("/upload")
    expect(tab.locator("[data-upload-drop-hint]")).to_be_hidden()  # no drop zone without script
    tab.set_input_files("[data-upload-input]", two_pictures_and_a_note(tmp_path, names, seed=33))
    tab.get_by_role("button", name="Upload").click()

    flag = expect_imported_flagged_and_refused(tab, "[data-upload-results] ", names)
    assert re.search(r"/upload/results/[\w-]{20,}$", tab.url), tab.url  # redirected: the post is not in the history
    result_page = tab.url
    tab.reload()  # asks for the results again; a post sent again would list both pictures as already in the catalog
    flag = expect_imported_flagged_and_refused(tab, "[data-upload-results] ", names)
    edit = flag.locator("[data-upload-edit]").get_attribute("href")
    tab.locator('[data-upload-file="quay.jpg"] [data-upload-link]').click()
    expect(tab.locator("[data-credit-line]")).to_contain_text("AP")
    tab.go_back()  # back to the results, not to a form to post again
    assert tab.url == result_page
    expect_imported_flagged_and_refused(tab, "[data-upload-results] ", names)
    tab.goto(edit)  # the flag leads to the picture's edit form
    expect(tab.locator("#edit")).to_be_visible()
