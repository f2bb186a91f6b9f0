"""Web safety: CSRF tokens on every form, a strict Content-Security-Policy, hardening headers, hidden paths."""

from __future__ import annotations

import hmac
import secrets
from pathlib import Path

from typing import Any, Callable, TypeVar

from flask import Flask, Response, abort, current_app, request, session

from web.access import is_token_request

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"  # the same token, for scripts that post JSON from a logged-in page
_UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
FORGED_MESSAGE = "This form has expired or did not come from Photodesk. Reload the page and try again."

View = TypeVar("View", bound=Callable[..., Any])

def content_security_policy(image_sources: str = "'self' data:") -> str:
    """The policy: no inline scripts or styles anywhere, every script and style sheet a file under /static."""
    return "; ".join(
        (
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src {image_sources}",
            "connect-src 'self'",
            "font-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "object-src 'none'",
        )
    )


CONTENT_SECURITY_POLICY = content_security_policy()
# Article pages show the pictures as the story published them, from the publisher's server.
PUBLISHED_IMAGES_POLICY = content_security_policy("'self' data: https: http:")

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


# Where the files lay on the server when they were imported.
_FILE_SYSTEM_FIELDS = frozenset({"source_path", "source_path_exact"})


def hidden_record_fields() -> frozenset[str]:
    """The record fields this request may not see: the server's file system paths.

    Only whoever imported a file may see where it lay on the server. The web does not
    record who imported a file, so nobody here is known to have: the paths are hidden
    from every request (pages leave them out, the API sends null). This is the one place
    that would let importers see them.
    """
    return _FILE_SYSTEM_FIELDS


def csrf_token() -> str:
    """The CSRF token of this browser session, created on first use."""
    token = session.get(CSRF_FIELD)
    if not token:
        token = secrets.token_urlsafe(32)
        session[CSRF_FIELD] = token
    return token


def checks_csrf_itself(view: View) -> View:
    """Mark a view that reads its form as a stream and checks the token itself (``verify_csrf``), not the hook.

    The hook reads ``request.form``, which Werkzeug parses whole and refuses past 64 KB; the
    upload form is larger and must be checked before any of its files is kept (docs/intake.md).
    """
    view.photodesk_checks_csrf = True  # type: ignore[attr-defined]
    return view


def verify_csrf(sent: str | None) -> None:
    """Reject (400) this request unless ``sent`` is this session's token; a request with an API token needs none.

    A browser never adds the ``Authorization`` header by itself, so a request carrying one was not forged.
    """
    if is_token_request():
        return
    expected = session.get(CSRF_FIELD)
    if not expected or not sent or not hmac.compare_digest(str(expected), sent):
        abort(400, description=FORGED_MESSAGE)


def check_csrf() -> None:
    """Reject (400) a state-changing request whose form (or header) does not carry this session's token."""
    if request.method not in _UNSAFE_METHODS or is_token_request():
        return
    sent = request.headers.get(CSRF_HEADER)
    if not sent and request.mimetype == "multipart/form-data" \
            and getattr(current_app.view_functions.get(request.endpoint or ""), "photodesk_checks_csrf", False):
        return  # the view checks the token it reads first from its streamed form; any other body is checked here
    verify_csrf(sent or request.form.get(CSRF_FIELD, ""))


def add_security_headers(response: Response) -> Response:
    """Set the Content-Security-Policy and the other hardening headers on every response."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def load_secret_key(data_dir: Path) -> bytes:
    """The key that signs session cookies, kept in the data directory so restarts keep forms valid."""
    path = data_dir / "web-secret.key"
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except FileNotFoundError:
        pass
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(key)
    temporary.chmod(0o600)
    temporary.replace(path)
    return key


def install_security(app: Flask) -> None:
    """Wire CSRF checking, the template helper and the headers into the app."""
    app.before_request(check_csrf)
    app.after_request(add_security_headers)
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.jinja_env.globals["CSRF_FIELD"] = CSRF_FIELD
