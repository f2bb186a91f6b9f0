"""Who is asking and what they may do: accounts, roles and the server-side check on every route.

Each view declares the least role it needs with ``@requires(...)`` (``PUBLIC`` for the
login page and static files); a view that declares nothing needs ``admin``, so a route
someone forgets to declare is closed, not open. One ``before_request`` hook finds the
caller — an API token (``Authorization: Bearer …``, or ``?token=`` on a feed and its thumbnails) or the
browser's login session — and
refuses: 401 for the API, a redirect to the login page for pages, 403 when the role is too
low. With no account in the catalog nobody logs in and every route is open, as before
accounts existed (``photodesk serve`` then listens on a loopback address only).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Callable, TypeVar
from urllib.parse import urlencode

from flask import (
    Flask,
    abort,
    current_app,
    g,
    has_request_context,
    redirect,
    request,
    session,
)
from flask.sessions import SecureCookieSessionInterface
from werkzeug.exceptions import Unauthorized

from catalog.accounts import ADMIN, ROLES, User, has_role
from catalog.activity import Actor, utc_now
from web.components import components
from web.errors import is_api_request

PUBLIC = "public"
# Feed readers cannot log in or send headers: these read-only endpoints also take the API token
# as ``?token=`` (docs/search.md#feeds says what that costs).
TOKEN_IN_URL_ENDPOINTS = frozenset({"saved_searches.saved_search_feed", "assets.asset_thumb"})
SESSION_KEY = "sid"  # the login session's id in the signed cookie; the catalog keeps its sha256
# Endpoints that are not views of ours.
_ENDPOINT_ROLES = {"static": PUBLIC}

View = TypeVar("View", bound=Callable[..., Any])


def requires(role: str) -> Callable[[View], View]:
    """Declare the least role a view needs (``PUBLIC``, viewer, editor or admin)."""
    if role != PUBLIC and role not in ROLES:
        raise ValueError(f"unknown role {role!r}")

    def declare(view: View) -> View:
        view.photodesk_role = role  # type: ignore[attr-defined]
        return view

    return declare


def endpoint_role(app: Flask, endpoint: str | None) -> str:
    """The least role an endpoint needs; admin when its view declared none."""
    if endpoint in _ENDPOINT_ROLES:
        return _ENDPOINT_ROLES[endpoint]
    view = app.view_functions.get(endpoint or "")
    return getattr(view, "photodesk_role", ADMIN)


def current_user() -> User | None:
    """The logged-in account of this request; None when nobody is (or no accounts exist)."""
    return g.get("photodesk_user")


def has_accounts() -> bool:
    """True when the catalog has accounts, so every request needs a login (cached per request)."""
    if "photodesk_accounts" not in g:
        g.photodesk_accounts = components().catalog.has_accounts()
    return g.photodesk_accounts


def can(role: str) -> bool:
    """True when this request may do what ``role`` may (always, with no accounts)."""
    if not has_accounts():
        return True
    user = current_user()
    return user is not None and has_role(user.role, role)


def require(role: str) -> None:
    """Refuse this request (401 or login, 403) unless the caller has ``role``: for checks finer than a route."""
    if can(role):
        return
    if current_user() is None:
        _refuse_anonymous()
    abort(403, description=f"Your account may not do this: it needs the {role} role.")


def actor() -> Actor:
    """Who this request acts as, for the activity log: the account (None with no accounts) and the address."""
    user = current_user()
    return Actor(name=user.name if user else None, address=request.remote_addr)


def now() -> datetime:
    """The app's clock (tests set ``PHOTODESK_CLOCK`` to one they control)."""
    clock = current_app.config.get("PHOTODESK_CLOCK") or utc_now
    return clock()


def idle_seconds() -> float:
    """How long a login session may stay unused before it ends (``Settings.session_idle_minutes``)."""
    return current_app.config["PHOTODESK_SETTINGS"].session_idle_minutes * 60


def is_token_request() -> bool:
    """True when the request authenticated with an API token (so no cookie, and no CSRF token, is needed)."""
    return g.get("photodesk_via") == "token"


def authenticate() -> None:
    """Find the caller and refuse the request when its role is too low for the route."""
    if request.endpoint is None:  # no such URL: the 404 reveals nothing
        return
    needed = endpoint_role(current_app, request.endpoint)
    if not has_accounts():
        return
    catalog = components().catalog
    header = request.headers.get("Authorization", "")
    if not header and request.endpoint in TOKEN_IN_URL_ENDPOINTS and request.args.get("token"):
        header = f"Bearer {request.args['token']}"
    if header[:7].lower() == "bearer ":
        user = catalog.token_user(header[7:].strip(), at=now())
        if user is None:
            raise Unauthorized(description="That API token is not valid (revoked or mistyped).",
                               www_authenticate=_bearer_challenge())
        g.photodesk_user, g.photodesk_via = user, "token"
    elif session.get(SESSION_KEY):
        user = catalog.session_user(session[SESSION_KEY], at=now(), idle_limit=idle_seconds())
        if user is None:  # ended: logged out, idle too long, password changed, account removed
            session.pop(SESSION_KEY, None)
        g.photodesk_user, g.photodesk_via = user, "session"
    if needed != PUBLIC:
        require(needed)


def _refuse_anonymous() -> None:
    if request.endpoint in TOKEN_IN_URL_ENDPOINTS:  # a feed reader: a login page would read as a broken feed
        raise Unauthorized(description="Feed readers cannot log in: add ?token=YOUR_API_TOKEN to the feed's address "
                                       "(photodesk token create NAME makes one).", www_authenticate=_bearer_challenge())
    if is_api_request() or request.headers.get("Authorization"):
        raise Unauthorized(description="Log in first: send an API token as “Authorization: Bearer …”.",
                           www_authenticate=_bearer_challenge())
    target = request.full_path if request.method == "GET" and request.query_string else request.path
    abort(redirect(f"{request.script_root}/login?{urlencode({'next': target})}", code=303))


def _bearer_challenge() -> Any:
    from werkzeug.datastructures import WWWAuthenticate

    return WWWAuthenticate("bearer", {"realm": "photodesk"})


class SessionCookies(SecureCookieSessionInterface):
    """The signed session cookie, marked ``Secure`` whenever the request came over https (or the settings say so)."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config.get("SESSION_COOKIE_SECURE")) or (has_request_context() and request.is_secure)


def install_access(app: Flask) -> None:
    """Run the access check before every other request hook (CSRF included) and give templates ``can``."""
    app.session_interface = SessionCookies()
    app.before_request(authenticate)
    app.jinja_env.globals["can"] = can
    app.jinja_env.globals["current_user"] = current_user
    app.jinja_env.globals["has_accounts"] = has_accounts
