"""Upload from the browser (/api/uploads) and the intake status page, through the real app and import."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Response

from catalog.settings import Settings
from media.embed import EmbeddedMetadata
from tests.helpers.accounts import logged_in_client
from tests.helpers.photo_files import write_photo
from web import create_app


class UnreadableBody(io.RawIOBase):
    """A request body that fails the test if the server reads any of it."""

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0  # the test client rewinds the body before sending it

    def readinto(self, buffer: bytearray) -> int:
        raise AssertionError("the server read the body of an upload it should have refused from its length")


@pytest.fixture
def upload_app(tmp_path: Path):
    """The app over an empty data directory with a 1 MB file-size limit (no accounts: editors' routes open)."""
    settings = Settings(data_dir=tmp_path / "data", max_file_bytes=2**20)
    app = create_app(settings, TESTING=True)
    yield app
    app.extensions["photodesk"].desk.close()


def page_token(client) -> str:
    """The CSRF token the upload page gives this browser session."""
    with client.session_transaction() as session:
        token = session.get("csrf_token")
    if not token:
        assert client.get("/upload").status_code == 200
        with client.session_transaction() as session:
            token = session["csrf_token"]
    return token


def upload(client, name: str, body: bytes, *, csrf: bool = True):
    headers = {"X-CSRF-Token": page_token(client)} if csrf else {}
    return client.post(f"/api/uploads?name={name}", data=body, headers=headers,
                       content_type="application/octet-stream")


@pytest.mark.slow  # each upload is imported by a worker process
def test_uploads_are_imported_refused_with_their_reason_and_flagged_when_credit_or_caption_is_missing(
    upload_app, tmp_path: Path
) -> None:
    client = upload_app.test_client()
    good = write_photo(tmp_path / "good.jpg", seed=1).read_bytes()
    bare = write_photo(tmp_path / "bare.jpg", seed=2, metadata=EmbeddedMetadata(keywords=("x",))).read_bytes()

    answer = upload(client, "good.jpg", good)
    assert answer.status_code == 200
    result = answer.get_json()
    assert result["status"] == "imported" and result["missing"] == []
    assert result["url"] == f"/assets/{result['asset_id']}"
    assert client.get(result["url"]).status_code == 200

    flagged = upload(client, "../../bare.jpg", bare).get_json()
    assert flagged["file"] == "bare.jpg"  # no folders from the browser's name
    assert flagged["missing"] == ["credit", "caption"]
    assert flagged["edit_url"] == f"/assets/{flagged['asset_id']}#edit"

    refused = upload(client, "notes.jpg", b"<html><body>not a picture</body></html>")
    assert refused.status_code == 422
    assert refused.get_json()["status"] == "failed"
    assert "not an image" in refused.get_json()["reason"]

    again = upload(client, "copy.jpg", good).get_json()
    assert again["status"] == "unchanged" and again["asset_id"] == result["asset_id"]

    settings = upload_app.config["PHOTODESK_SETTINGS"]
    assert list(settings.uploads_dir.iterdir()) == []  # received files are removed once imported
    page = client.get("/intake").get_data(as_text=True)
    assert "upload by browser" in page
    assert "notes.jpg" in page and "not an image" in page
    assert "good.jpg" in page
    assert str(settings.uploads_dir) not in page  # server paths are for admins only


def test_an_upload_declaring_more_than_the_limit_is_refused_before_its_body_is_read(upload_app) -> None:
    client = upload_app.test_client()
    token = page_token(client)
    environ = EnvironBuilder(path="/api/uploads", method="POST", query_string={"name": "huge.tif"}, headers={
        "X-CSRF-Token": token, "Cookie": f"session={client.get_cookie('session').value}",
        "Content-Type": "application/octet-stream"}).get_environ()
    environ.update({"CONTENT_LENGTH": str(50 * 2**20), "wsgi.input": UnreadableBody()})
    answer = Response.from_app(upload_app.wsgi_app, environ)
    assert answer.status_code == 413
    assert json.loads(answer.get_data())["reason"] == "50 MB is larger than the 1 MB file-size limit"
    assert answer.headers["Connection"] == "close"


def test_an_upload_without_the_csrf_token_is_refused(upload_app) -> None:
    client = upload_app.test_client()
    page_token(client)  # a browser session exists
    answer = upload(client, "a.jpg", b"\xff\xd8", csrf=False)
    assert answer.status_code == 400


@pytest.mark.parametrize("role,status", [("viewer", 403), ("editor", 200)])
def test_only_editors_see_the_upload_and_intake_pages(accounts_app, role: str, status: int) -> None:
    client = logged_in_client(accounts_app, role)
    assert client.get("/upload").status_code == status
    assert client.get("/intake").status_code == status
    if status == 200:
        assert 'data-upload-zone' in client.get("/").get_data(as_text=True)
    else:
        assert 'data-upload-zone' not in client.get("/").get_data(as_text=True)
        assert upload(client, "a.jpg", b"\xff\xd8").status_code == 403
