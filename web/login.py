"""The login page and logout: a session kept in the catalog, its id rotated at login (docs/accounts.md)."""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from catalog.accounts import VIEWER
from catalog.logins import LoginError, log_in, log_out
from web.access import (
    PUBLIC,
    SESSION_KEY,
    current_user,
    has_accounts,
    idle_seconds,
    now,
    requires,
)
from web.components import components
from web.security import csrf_token

blueprint = Blueprint("login", __name__)


@blueprint.get("/login")
@requires(PUBLIC)
def login_page() -> Response | str:
    """The login form (with no accounts, there is nothing to log in to: back to the search page)."""
    if not has_accounts() or current_user() is not None:
        return redirect(_next_page(), code=303)
    return render_template("login.html", next=_next_page(), name="")


@blueprint.post("/login")
@requires(PUBLIC)
def login() -> Response | tuple[str, int]:
    """Check the name and password; on success a new session (new cookie, new CSRF token) and on to ``next``."""
    name = request.form.get("name", "").strip()[:100]
    password = request.form.get("password", "")
    try:
        found = log_in(components().catalog, name, password, address=request.remote_addr, at=now())
    except LoginError as error:
        status = 429 if error.throttled else 401
        return render_template("login.html", next=_next_page(), name=name, problem=str(error)), status
    # Sessions nobody came back to would otherwise stay in the catalog until their cookie returned.
    components().catalog.close_idle_sessions(seen_before=now() - timedelta(seconds=idle_seconds()))
    # A new session: nothing from before the login carries over (session fixation), not even the CSRF token.
    session.clear()
    session[SESSION_KEY] = found.session_id
    csrf_token()
    return redirect(_next_page(), code=303)


@blueprint.post("/logout")
@requires(VIEWER)
def logout() -> Response:
    """End the session on the server and forget the cookie's contents."""
    user = current_user()
    if user is not None and session.get(SESSION_KEY):
        log_out(components().catalog, session[SESSION_KEY], user, address=request.remote_addr, at=now())
    session.clear()
    return redirect(url_for("login.login_page"), code=303)


def _next_page() -> str:
    """Where to go after logging in: a path on this site only (never another host: an open redirect)."""
    target = request.values.get("next", "")
    # Browsers drop tabs and newlines from a URL and read "\\" as "/": "/\t/evil.example" would leave the site.
    if (not target.startswith("/") or "\\" in target or any(ord(char) < 0x21 or ord(char) == 0x7f for char in target)
            or target.startswith("//")):
        return url_for("search.search_page")
    return target

