"""The one error handler on the real app: a page for pages, JSON for the API, never a traceback."""

from __future__ import annotations

import logging

import pytest
from flask import Flask, abort

from catalog.errors import DiskFullError
from web.errors import PLAIN_MESSAGES, not_found


@pytest.fixture
def failing(app: Flask) -> Flask:
    """The real app with routes that fail in each way a request can."""
    def crash() -> str:
        raise RuntimeError("secret detail /srv/photodesk/catalog.sqlite")

    def ours() -> str:
        raise DiskFullError("no space left on the disk holding the catalog (/data)")

    def missing() -> str:
        raise not_found("article")

    def plain_404() -> str:
        abort(404)

    for prefix in ("", "/api"):
        app.add_url_rule(f"{prefix}/test-crash", f"crash{prefix}", crash)
        app.add_url_rule(f"{prefix}/test-ours", f"ours{prefix}", ours)
        app.add_url_rule(f"{prefix}/test-missing", f"missing{prefix}", missing)
        app.add_url_rule(f"{prefix}/test-404", f"plain_404{prefix}", plain_404)
    return app


def test_an_unexpected_error_is_a_plain_page_and_its_traceback_goes_to_the_log(failing: Flask, caplog) -> None:
    with caplog.at_level(logging.ERROR, logger="web.errors"):
        response = failing.test_client().get("/test-crash")
    text = response.get_data(as_text=True)
    assert response.status_code == 500 and response.mimetype == "text/html"
    assert PLAIN_MESSAGES[500] in text
    assert "secret detail" not in text and "Traceback" not in text
    assert "GET /test-crash failed" in caplog.text and "secret detail" in caplog.text


def test_the_api_answers_every_error_as_a_json_object(failing: Flask) -> None:
    client = failing.test_client()
    answers = {path: client.get(f"/api/{path}") for path in ("test-crash", "test-ours", "test-missing", "test-404")}
    assert {path: (r.status_code, r.get_json()) for path, r in answers.items()} == {
        "test-crash": (500, {"error": {"status": 500, "title": "Internal Server Error", "message": PLAIN_MESSAGES[500]}}),
        "test-ours": (500, {"error": {"status": 500, "title": "Internal Server Error",
                                      "message": "no space left on the disk holding the catalog (/data)"}}),
        "test-missing": (404, {"error": {"status": 404, "title": "Not Found",
                                         "message": "There is no such article in the catalog."}}),
        "test-404": (404, {"error": {"status": 404, "title": "Not Found", "message": PLAIN_MESSAGES[404]}}),
    }
    assert client.get("/api/no-such-route").get_json()["error"]["status"] == 404


def test_pages_show_our_words_for_each_error_not_werkzeugs(failing: Flask) -> None:
    client = failing.test_client()
    missing = client.get("/test-missing")
    assert missing.status_code == 404 and "There is no such article in the catalog." in missing.get_data(as_text=True)
    assert PLAIN_MESSAGES[404] in client.get("/test-404").get_data(as_text=True)
    assert "no space left on the disk" in client.get("/test-ours").get_data(as_text=True)
    unsafe = client.delete("/test-404")  # no form token: refused before any route runs
    assert unsafe.status_code == 400
    assert "This form has expired or did not come from Photodesk." in unsafe.get_data(as_text=True)
