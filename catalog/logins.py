"""Logging in and out: password checks, failed-login throttling per account and per address, sessions.

Failed logins are counted from the activity log itself (``login_failed`` entries), so the
count holds across server processes and restarts. A login refused for throttling is
recorded too and counts, so an attack that keeps going stays refused (docs/accounts.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from catalog import activity
from catalog.accounts import (
    LOGIN_FAILURE_WINDOW,
    LOGIN_FAILURES_ALLOWED,
    User,
    hash_password,
    needs_rehash,
    new_secret,
    verify_password,
)
from catalog.errors import PhotodeskError
from catalog.store import CatalogStore


class LoginError(PhotodeskError):
    """A login that did not succeed; ``throttled`` when it was refused without checking the password."""

    def __init__(self, message: str, *, throttled: bool = False) -> None:
        super().__init__(message)
        self.throttled = throttled


@dataclass(frozen=True)
class Login:
    """A successful login: the account and the new session's id (for the browser's cookie only)."""

    user: User
    session_id: str


def log_in(store: CatalogStore, name: str, password: str, *, address: str | None, at: datetime) -> Login:
    """Check a name and password and open a session; ``LoginError`` when refused.

    The message never says whether the account exists. Failures are logged under the
    account's name only when the account exists, so a password typed into the name field
    is never written to the log.
    """
    user = store.user(name) if name else None
    who = user.name if user else None
    by_user, by_address = store.recent_login_failures(since=at - LOGIN_FAILURE_WINDOW, user=who, address=address)
    if by_user >= LOGIN_FAILURES_ALLOWED or by_address >= LOGIN_FAILURES_ALLOWED:
        store.record_activity(who, activity.LOGIN_FAILED, who, {"reason": "throttled"}, address=address, at=at)
        raise LoginError("Too many failed logins. Wait a minute and try again.", throttled=True)
    password_hash = store.password_hash(user.name) if user else None
    if user is None or not verify_password(password_hash, password):
        reason = "wrong password" if user else "unknown account"
        store.record_activity(who, activity.LOGIN_FAILED, who, {"reason": reason}, address=address, at=at)
        raise LoginError("Wrong name or password.")
    if password_hash and needs_rehash(password_hash):  # the hasher's defaults grew stronger since
        store.set_password_hash(user.name, hash_password(password), at=at, end_sessions=False)
    session_id = new_secret()
    with store.transaction():
        store.open_session(session_id, user.name, at=at, address=address)
        store.record_activity(user.name, activity.LOGIN, user.name, address=address, at=at)
    return Login(user=user, session_id=session_id)


def log_out(store: CatalogStore, session_id: str, user: User, *, address: str | None, at: datetime) -> None:
    """End a session on the server: its cookie no longer opens anything."""
    with store.transaction():
        store.close_session(session_id)
        store.record_activity(user.name, activity.LOGOUT, user.name, address=address, at=at)
