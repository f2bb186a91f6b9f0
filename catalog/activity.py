"""The activity log: who did what, when, from where — append-only, in the catalog (docs/accounts.md).

Every change a person makes is recorded as an ``Entry``: logins and failed logins, user and
token changes, links and unlinks, article readings, kills, agreement imports, downloads of
originals, metadata edits. The store writes entries (``CatalogStore.record_activity``, inside
the change's own transaction when there is one) and never updates or deletes them: the
table's triggers refuse to.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

# Action names: the log's vocabulary. A new kind of change adds its name here.
LOGIN = "login"
LOGIN_FAILED = "login_failed"
LOGOUT = "logout"
USER_ADD = "user_add"
USER_REMOVE = "user_remove"
USER_PASSWORD = "user_password"
USER_ROLE = "user_role"
TOKEN_CREATE = "token_create"
TOKEN_REVOKE = "token_revoke"
LINK = "link"
UNLINK = "unlink"
ARTICLE_READ = "article_read"
KILL = "kill"
UNKILL = "unkill"
AGREEMENTS_IMPORT = "agreements_import"
ORIGINAL_DOWNLOAD = "original_download"
EDIT = "edit"
REVERT = "revert"
UPLOAD = "upload"
LIGHTBOX_CREATE = "lightbox_create"
LIGHTBOX_CHANGE = "lightbox_change"
LIGHTBOX_DELETE = "lightbox_delete"

ACTIONS = (
    LOGIN, LOGIN_FAILED, LOGOUT, USER_ADD, USER_REMOVE, USER_PASSWORD, USER_ROLE, TOKEN_CREATE, TOKEN_REVOKE,
    LINK, UNLINK, ARTICLE_READ, KILL, UNKILL, AGREEMENTS_IMPORT, ORIGINAL_DOWNLOAD, EDIT, REVERT,
    UPLOAD,
    LIGHTBOX_CREATE, LIGHTBOX_CHANGE, LIGHTBOX_DELETE,
)


@dataclass(frozen=True)
class Actor:
    """Who makes a change: an account name (or ``cli:USER`` at the command line) and the client's address."""

    name: str | None
    address: str | None = None

    @classmethod
    def command_line(cls) -> Actor:
        """The person at this terminal, known by the operating system's account name."""
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no name for this uid (a bare container)
            user = "unknown"
        return cls(name=f"cli:{user}")


@dataclass(frozen=True)
class Entry:
    """One line of the activity log."""

    id: int
    at: str  # UTC, ISO 8601
    who: str | None
    action: str
    target: str | None
    details: dict[str, Any] = field(default_factory=dict)
    address: str | None = None

    def to_record(self) -> dict[str, Any]:
        """The entry as JSON-ready values (``photodesk activity --json``)."""
        return {"id": self.id, "at": self.at, "who": self.who, "action": self.action, "target": self.target,
                "details": self.details, "address": self.address}


def utc_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(timezone.utc)


def timestamp(moment: datetime) -> str:
    """A moment as the log writes it: UTC, ISO 8601 to the microsecond (entries sort as text)."""
    if moment.tzinfo is None:
        raise ValueError("a naive time is ambiguous; give a time zone")
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """A ``--since`` value: ISO 8601 (date or time; without an offset read as UTC) or an age like ``2h``, ``30m``, ``7d``.

    Raises ``ValueError`` with a message that names the accepted forms.
    """
    text = text.strip()
    units = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
    if len(text) >= 2 and text[-1] in units and text[:-1].isdigit():
        return (now or utc_now()) - timedelta(**{units[text[-1]]: int(text[:-1])})
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a time: give ISO 8601 (2026-05-01 or 2026-05-01T14:00+02:00) "
                         "or an age (30m, 2h, 7d)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
