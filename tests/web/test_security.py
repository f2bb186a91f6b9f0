"""The web's safety parts on a small Flask app of their own: CSRF tokens, hardening headers, the session key."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from flask import Flask, Response

from web.security import (
    CONTENT_SECURITY_POLICY,
    CSRF_FIELD,
    PUBLISHED_IMAGES_POLICY,
    SECURITY_HEADERS,
    content_security_policy,
    csrf_token,
    hidden_record_fields,
    install_security,
    load_secret_key,
)


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    app = Flask(__name__)
    app.secret_key = load_secret_key(tmp_path)
    install_security(app)

    @app.get("/form")
    def form() -> str:
        return csrf_token()

    @app.post("/form")
    def submit() -> str:
        return "saved"

    @app.get("/published")
    def published() -> Response:
        response = Response("pictures from the publisher")
        response.headers["Content-Security-Policy"] = PUBLISHED_IMAGES_POLICY
        return response

    return app


def test_the_policy_allows_no_inline_code_and_only_own_files() -> None:
    assert "unsafe" not in CONTENT_SECURITY_POLICY and "default-src 'none'" in CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY and "frame-ancestors 'none'" in CONTENT_SECURITY_POLICY
    assert "img-src 'self' data:;" in CONTENT_SECURITY_POLICY
    assert content_security_policy("https:").replace("img-src https:", "img-src 'self' data:") == CONTENT_SECURITY_POLICY
    assert "img-src 'self' data: https: http:" in PUBLISHED_IMAGES_POLICY


def test_every_answer_carries_the_hardening_headers_and_a_page_may_widen_its_image_policy(app: Flask) -> None:
    client = app.test_client()
    headers = client.get("/form").headers
    assert {name: headers[name] for name in SECURITY_HEADERS} == SECURITY_HEADERS
    assert client.get("/published").headers["Content-Security-Policy"] == PUBLISHED_IMAGES_POLICY
    assert client.get("/no-such-page").headers["X-Frame-Options"] == "DENY"


def test_a_form_is_accepted_only_with_its_own_session_token(app: Flask) -> None:
    client, stranger = app.test_client(), app.test_client()
    token = client.get("/form").get_data(as_text=True)
    assert client.get("/form").get_data(as_text=True) == token  # one token per session
    assert len(token) >= 40
    assert client.post("/form", data={CSRF_FIELD: token}).get_data(as_text=True) == "saved"
    assert client.post("/form", data={}).status_code == 400
    assert client.post("/form", data={CSRF_FIELD: token[:-1] + "x"}).status_code == 400
    stranger.get("/form")
    assert stranger.post("/form", data={CSRF_FIELD: token}).status_code == 400  # another browser's token
    assert app.test_client().post("/form", data={CSRF_FIELD: token}).status_code == 400  # no session at all


def test_the_session_key_is_made_once_kept_private_and_a_short_one_replaced(tmp_path: Path) -> None:
    key = load_secret_key(tmp_path / "data")
    path = tmp_path / "data" / "web-secret.key"
    assert len(key) == 32 and path.read_bytes() == key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_secret_key(tmp_path / "data") == key  # a restart keeps forms valid
    path.write_bytes(b"too short")
    replaced = load_secret_key(tmp_path / "data")
    assert replaced != b"too short" and len(replaced) == 32


def test_the_server_file_paths_are_hidden_from_every_request() -> None:
    assert hidden_record_fields() == {"source_path", "source_path_exact"}
