"""The one error handler: an HTML page for pages, a JSON error object for ``/api/``; never a traceback."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import (
    HTTPException,
    InternalServerError,
    NotFound,
    ServiceUnavailable,
)

from catalog.errors import CatalogUnavailableError, PhotodeskError

log = logging.getLogger(__name__)

# What an editor reads for each status; the technical description stays in the log.
PLAIN_MESSAGES = {
    400: "That request could not be understood.",
    404: "There is no such page or photo in the catalog.",
    405: "That action is not allowed here.",
    413: "That upload is too large.",
    500: "Something went wrong on our side. The problem has been logged.",
    503: "The catalog is not answering right now (its database is restarting or out of reach). Try again in a moment.",
}
RETRY_AFTER_SECONDS = 5  # the catalog's connection timeout: by then it is back, or the next try says so again


def is_api_request() -> bool:
    """True when the request is for the JSON API (which answers errors in JSON)."""
    return request.path == "/api" or request.path.startswith("/api/")


def handle_error(error: Exception) -> tuple[Response | str, int, list[tuple[str, str]]]:
    """Answer any error: JSON for the API, the error page otherwise; log what is unexpected."""
    if isinstance(error, HTTPException):
        http_error = error
        message = _described(error)
    elif isinstance(error, CatalogUnavailableError):  # a catalog server down: say so, and when to retry
        log.warning("%s %s: %s", request.method, request.path, error)
        http_error = ServiceUnavailable(retry_after=RETRY_AFTER_SECONDS)
        message = PLAIN_MESSAGES[503]
    elif isinstance(error, PhotodeskError):
        log.warning("%s %s: %s", request.method, request.path, error)
        http_error = InternalServerError()
        message = str(error)
    else:
        log.error("%s %s failed", request.method, request.path, exc_info=error)
        http_error = InternalServerError()
        message = PLAIN_MESSAGES[500]
    status = http_error.code or 500
    # The error's own headers (WWW-Authenticate of a 401, Allow of a 405) go with our body.
    headers = [(name, value) for name, value in http_error.get_headers() if name.lower() != "content-type"]
    if is_api_request():
        response = jsonify(error={"status": status, "title": http_error.name, "message": message})
        return response, status, headers
    page = render_template("error.html", status=status, title=http_error.name, message=message)
    return page, status, headers


def _described(error: HTTPException) -> str:
    # Werkzeug's default descriptions are written for developers; keep ours, replace theirs.
    default = type(error).description
    if error.description and error.description != default:
        return error.description
    return PLAIN_MESSAGES.get(error.code or 500, error.name)


def not_found(what: str = "photo") -> NotFound:
    """A 404 naming what was not found, for pages and API alike."""
    return NotFound(description=f"There is no such {what} in the catalog.")


def install_error_handler(app: Flask) -> None:
    """Register the one handler for every exception."""
    app.register_error_handler(Exception, handle_error)
