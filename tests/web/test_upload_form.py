"""The upload form without script (POST /upload, multipart/form-data): its files streamed to disk and imported,
each one's result listed on a page the form redirects to (a reload sends nothing again); the CSRF token checked
before any file is kept; the same size limit as an upload."""

from __future__ import annotations

import http.cookiejar
import re
import urllib.request
from pathlib import Path
from typing import Iterator
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Response

from catalog.settings import Settings
from media.embed import EmbeddedMetadata
from tests.helpers.accounts import PASSWORD, USERS, add_accounts, logged_in_client
from tests.helpers.photo_files import write_photo
from tests.helpers.web_fixtures import answer_to_a_body_declared_too_large, serving_photodesk
from tests.web.test_intake_pages import UnreadableBody, page_token
from web import create_app

LIMIT = 2**20  # the file-size limit these tests serve with: 1 MB
BOUNDARY = "----photodesk-test-boundary"


def multipart(fields: list[tuple[str, str | tuple[str, bytes]]]) -> bytes:
    """A multipart/form-data body as a browser sends it: each field in order, a file as (file name, bytes)."""
    body = b""
    for name, value in fields:
        body += f"--{BOUNDARY}\r\n".encode()
        if isinstance(value, tuple):
            body += (f'Content-Disposition: form-data; name="{name}"; filename="{value[0]}"\r\n'
                     "Content-Type: application/octet-stream\r\n\r\n").encode() + value[1] + b"\r\n"
        else:
            body += f'Content-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
    return body + f"--{BOUNDARY}--\r\n".encode()


CONTENT_TYPE = f"multipart/form-data; boundary={BOUNDARY}"


def token_in(html: str) -> str:
    """The CSRF token in a page's upload form."""
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def results_of(html: str) -> dict[str, object]:
    """The result page's listed files by name."""
    return {item["data-upload-file"]: item for item in BeautifulSoup(html, "html.parser").select("[data-upload-results] li")}


@pytest.fixture(scope="module")
def upload_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``photodesk serve`` over an empty catalog with accounts and a 1 MB file-size limit; its base URL."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("upload-form") / "data")
    add_accounts(settings)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PHOTODESK_MAX_FILE_MB", "1")
        with serving_photodesk(settings) as url:
            yield url


@pytest.mark.slow  # a server process, and an import in worker processes
def test_the_form_posted_to_the_real_server_imports_refuses_and_flags_each_file(upload_server: str, tmp_path: Path) -> None:
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    login_page = browser.open(f"{upload_server}/login", timeout=30).read().decode()
    signed_in = browser.open(f"{upload_server}/login", data=urlencode({
        "csrf_token": token_in(login_page), "name": USERS["editor"], "password": PASSWORD, "next": "/upload"}).encode(),
        timeout=30)
    upload_page = signed_in.read().decode()
    assert "data-upload-zone" in upload_page  # the login led back to the upload page
    credited = write_photo(tmp_path / "harbour.jpg", seed=41).read_bytes()
    bare = write_photo(tmp_path / "reader.jpg", seed=42, metadata=EmbeddedMetadata(keywords=("storm",))).read_bytes()
    body = multipart([("csrf_token", token_in(upload_page)), ("file", ("harbour.jpg", credited)),
                      ("file", ("reader.jpg", bare)), ("file", ("notes.jpg", b"<html><body>call the desk</body></html>"))])
    request = urllib.request.Request(f"{upload_server}/upload", data=body, headers={"Content-Type": CONTENT_TYPE})
    with browser.open(request, timeout=120) as answer:  # the 303 followed with a GET, as a browser does
        assert answer.status == 200
        result_page = answer.url
        results = results_of(answer.read().decode())
    assert re.fullmatch(rf"{re.escape(upload_server)}/upload/results/[\w-]{{20,}}", result_page)

    assert list(results) == ["harbour.jpg", "reader.jpg", "notes.jpg"]  # in the order sent
    assert results["harbour.jpg"]["data-status"] == "imported"
    assert not results["harbour.jpg"].select("[data-upload-missing]")
    link = results["harbour.jpg"].select_one("[data-upload-link]")["href"]
    assert browser.open(f"{upload_server}{link}", timeout=30).status == 200
    assert results["reader.jpg"]["data-status"] == "imported"
    flag = results["reader.jpg"].select_one("[data-upload-missing]")
    assert flag.get_text(" ", strip=True).startswith("No credit and no caption")
    assert flag.select_one("[data-upload-edit]")["href"].endswith("#edit")
    assert results["notes.jpg"]["data-status"] == "failed"
    assert "not an image" in results["notes.jpg"].select_one("[data-upload-reason]").get_text()

    intake = browser.open(f"{upload_server}/intake", timeout=30).read().decode()
    assert "upload by eddie" in intake and "notes.jpg" in intake

    # A reload asks for the result page again: the same results, nothing sent or imported again
    # (a post sent again would list the two pictures as already in the catalog).
    again = results_of(browser.open(result_page, timeout=30).read().decode())
    assert {name: item["data-status"] for name, item in again.items()} == \
        {"harbour.jpg": "imported", "reader.jpg": "imported", "notes.jpg": "failed"}
    assert browser.open(f"{upload_server}/intake", timeout=30).read().decode().count("notes.jpg") == \
        intake.count("notes.jpg")


@pytest.mark.slow  # a server process
def test_the_real_server_refuses_a_form_declaring_more_than_the_limit_without_receiving_it(upload_server: str) -> None:
    answer = answer_to_a_body_declared_too_large(upload_server, "/upload", CONTENT_TYPE)
    assert answer.startswith("HTTP/1.1 413"), answer[:200]


@pytest.fixture
def form_app(tmp_path: Path, clock):
    """The app over an empty data directory with a 1 MB file-size limit (no accounts: editors' routes open),
    on the test's clock."""
    settings = Settings(data_dir=tmp_path / "data", max_file_bytes=LIMIT)
    app = create_app(settings, TESTING=True, PHOTODESK_CLOCK=clock)
    yield app
    app.extensions["photodesk"].desk.close()


def kept(app) -> list[Path]:
    """What the uploads folder holds: nothing once a form is refused or imported."""
    folder = app.config["PHOTODESK_SETTINGS"].uploads_dir
    return sorted(folder.rglob("*")) if folder.exists() else []


def post_form(client, body: bytes):
    return client.post("/upload", data=body, content_type=CONTENT_TYPE)


@pytest.mark.parametrize("fields", [
    [("file", ("a.jpg", b"\xff\xd8 a picture"))],
    [("file", ("a.jpg", b"\xff\xd8 a picture")), ("csrf_token", "TOKEN")],
    [("csrf_token", "not the session's"), ("file", ("a.jpg", b"\xff\xd8 a picture"))],
], ids=["no-token", "token-after-the-file", "wrong-token"])
def test_a_form_whose_first_part_is_not_the_session_token_is_refused_and_nothing_kept(form_app, fields) -> None:
    client = form_app.test_client()
    token = page_token(client)
    fields = [(name, token if value == "TOKEN" else value) for name, value in fields]
    answer = post_form(client, multipart(fields))
    assert answer.status_code == 400
    assert "did not come from Photodesk" in answer.get_data(as_text=True)
    assert kept(form_app) == []


def test_a_form_declaring_more_than_the_limit_is_refused_before_its_body_is_read(form_app) -> None:
    client = form_app.test_client()
    token = page_token(client)
    environ = EnvironBuilder(path="/upload", method="POST", headers={
        "Cookie": f"session={client.get_cookie('session').value}", "Content-Type": CONTENT_TYPE}).get_environ()
    environ.update({"CONTENT_LENGTH": str(50 * 2**20), "wsgi.input": UnreadableBody()})
    answer = Response.from_app(form_app.wsgi_app, environ)
    assert answer.status_code == 413
    assert answer.headers["Connection"] == "close"
    problem = BeautifulSoup(answer.get_data(as_text=True), "html.parser").select_one("[data-upload-problem]")
    assert "50 MB is larger than the 1 MB limit of one upload" in problem.get_text()
    assert token  # the session had its token: the length alone refused it


def test_a_form_that_runs_past_the_limit_without_declaring_its_length_is_cut_off_and_nothing_kept(form_app) -> None:
    client = form_app.test_client()
    body = multipart([("csrf_token", page_token(client)), ("file", ("small.jpg", b"\xff\xd8" * 100)),
                      ("file", ("big.tif", bytes(LIMIT + 100 * 1024)))])
    environ = EnvironBuilder(path="/upload", method="POST", data=body, headers={
        "Cookie": f"session={client.get_cookie('session').value}", "Content-Type": CONTENT_TYPE}).get_environ()
    del environ["CONTENT_LENGTH"]
    environ["wsgi.input_terminated"] = True  # a chunked body: its length is known only at its end
    answer = Response.from_app(form_app.wsgi_app, environ)
    assert answer.status_code == 413
    assert "nothing was kept" in answer.get_data(as_text=True)
    assert kept(form_app) == []  # the small file received first is gone too


def test_a_file_over_the_limit_in_a_form_within_it_is_refused_with_its_reason(form_app) -> None:
    client = form_app.test_client()
    body = multipart([("csrf_token", page_token(client)), ("file", ("big.tif", bytes(LIMIT + 1)))])
    answer = client.post("/upload", data=body, content_type=CONTENT_TYPE, follow_redirects=True)
    assert answer.status_code == 200
    [(name, item)] = results_of(answer.get_data(as_text=True)).items()
    assert (name, item["data-status"]) == ("big.tif", "failed")
    assert "1 MB file-size limit" in item.select_one("[data-upload-reason]").get_text()
    assert kept(form_app) == []


def test_a_form_without_a_chosen_file_asks_for_one(form_app) -> None:
    client = form_app.test_client()
    answer = post_form(client, multipart([("csrf_token", page_token(client)), ("file", ("", b""))]))
    assert answer.status_code == 400
    assert "Choose at least one picture" in answer.get_data(as_text=True)


def test_a_body_that_is_not_a_multipart_form_is_refused(form_app) -> None:
    client = form_app.test_client()
    page_token(client)
    answer = client.post("/upload", data=b"just bytes", content_type="application/octet-stream")
    assert answer.status_code == 400
    whole = multipart([("csrf_token", page_token(client)), ("file", ("a.jpg", b"\xff\xd8 a picture"))])
    broken = post_form(client, whole[:-20])  # the body ends in the middle of the file
    assert broken.status_code == 400
    assert "The form could not be read" in broken.get_data(as_text=True)
    assert kept(form_app) == []


def results_section(html: str) -> str:
    """The result page's list of files, as markup."""
    return str(BeautifulSoup(html, "html.parser").select_one("[data-upload-results]"))


def intake_rows(app) -> int:
    """Files the intake has recorded: one more for every file an upload form brings in."""
    return len(app.extensions["photodesk"].catalog.intake_entries())


def test_the_form_answers_with_a_redirect_to_its_results_which_a_reload_shows_again_without_importing(
        form_app, clock) -> None:
    client = form_app.test_client()
    body = multipart([("csrf_token", page_token(client)), ("file", ("memo.jpg", b"<html>call the desk</html>")),
                      ("file", ("big.tif", bytes(LIMIT + 1)))])
    answer = post_form(client, body)
    assert answer.status_code == 303  # See Other: the browser asks for the results with a GET
    result_page = answer.headers["Location"]
    assert re.fullmatch(r"/upload/results/[\w-]{20,}", result_page)
    assert intake_rows(form_app) == 1  # memo.jpg, refused by the import; big.tif was never received whole
    first = client.get(result_page)
    assert first.status_code == 200
    listed = {name: item["data-status"] for name, item in results_of(first.get_data(as_text=True)).items()}
    assert listed == {"memo.jpg": "failed", "big.tif": "failed"}
    again = client.get(result_page)  # a reload
    assert again.get_data(as_text=True) == first.get_data(as_text=True)
    assert intake_rows(form_app) == 1 and kept(form_app) == []

    # Kept in the catalog: the server started again shows them; a day later they are gone.
    restarted = create_app(form_app.config["PHOTODESK_SETTINGS"], TESTING=True, PHOTODESK_CLOCK=clock)
    try:
        shown = restarted.test_client().get(result_page).get_data(as_text=True)  # another browser session
        assert results_section(shown) == results_section(first.get_data(as_text=True))
    finally:
        restarted.extensions["photodesk"].desk.close()
    clock.advance(days=1, seconds=1)
    expired = client.get(result_page)
    assert expired.status_code == 404
    assert "not kept any more" in expired.get_data(as_text=True) and not results_of(expired.get_data(as_text=True))
    assert client.get("/upload/results/not-a-result").status_code == 404


def test_upload_results_are_shown_only_to_the_account_that_uploaded(accounts_app) -> None:
    editor = logged_in_client(accounts_app, "editor")
    body = multipart([("csrf_token", page_token(editor)), ("file", ("memo.jpg", b"<html>call the desk</html>"))])
    result_page = post_form(editor, body).headers["Location"]
    assert editor.get(result_page).status_code == 200
    admin = logged_in_client(accounts_app, "admin")
    refused = admin.get(result_page)
    assert refused.status_code == 404 and "memo.jpg" not in refused.get_data(as_text=True)


def test_only_editors_may_post_the_upload_form(accounts_app) -> None:
    viewer = logged_in_client(accounts_app, "viewer")
    with viewer.session_transaction() as session:
        token = session["csrf_token"]
    answer = post_form(viewer, multipart([("csrf_token", token), ("file", ("a.jpg", b"\xff\xd8 a picture"))]))
    assert answer.status_code == 403
    assert kept(accounts_app) == []
