"""Account records: users, server-side sessions, API tokens and the append-only activity log."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from catalog.accounts import (
    ADMIN,
    AccountError,
    Token,
    User,
    check_name,
    check_role,
    secret_digest,
)
from catalog.activity import Entry, timestamp, utc_now
from catalog.store.connection import where_clause
from catalog.store.rights import RightsRecords


class AccountRecords(RightsRecords):
    """Who may use the catalog, their open sessions and tokens, and the log of who did what."""

    # -- users ------------------------------------------------------------------------------

    def has_accounts(self) -> bool:
        """True when at least one account exists (then every page and API call needs a login)."""
        return self._db.execute("SELECT EXISTS (SELECT 1 FROM users)").fetchone()[0] == 1

    def has_admin(self) -> bool:
        """True when at least one admin account exists."""
        return self._db.execute("SELECT EXISTS (SELECT 1 FROM users WHERE role = 'admin')").fetchone()[0] == 1

    def users(self) -> list[User]:
        """Every account, by name."""
        return [_user(row) for row in self._db.execute("SELECT * FROM users ORDER BY name")]

    def user(self, name: str) -> User | None:
        """The account of this name (names are matched without regard to case), or None."""
        row = self._db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone()
        return _user(row) if row else None

    def password_hash(self, name: str) -> str | None:
        """The stored password hash of an account, or None when there is no such account."""
        row = self._db.execute("SELECT password_hash FROM users WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def add_user(self, name: str, role: str, password_hash: str, *, at: datetime | None = None) -> User:
        """Create an account; ``AccountError`` when the name is taken or not usable."""
        check_name(name)
        check_role(role)
        moment = timestamp(at or utc_now())
        try:
            with self.transaction():
                self._db.execute(
                    "INSERT INTO users (name, role, password_hash, created_at, password_changed_at) "
                    "VALUES (?, ?, ?, ?, ?)", (name, role, password_hash, moment, moment))
        except sqlite3.IntegrityError:
            raise AccountError(f"an account named {name!r} exists already") from None
        return self._existing_user(name)

    def remove_user(self, name: str) -> User:
        """Remove an account with its sessions, tokens and private saved searches; refused for the last admin."""
        with self.transaction():
            user = self._existing_user(name)
            self._keep_an_admin(user, None)
            # Its private saved searches go with it: left to the desk (the foreign key's SET NULL) they
            # would become visible to everyone. Shared ones stay, as the desk's (docs/search.md).
            self._db.execute("DELETE FROM saved_searches WHERE lower(owner) = lower(?) AND shared = 0", (name,))
            self._db.execute("DELETE FROM users WHERE name = ?", (name,))
        return user

    def set_role(self, name: str, role: str) -> User:
        """Give an account another role; refused when it would leave no admin."""
        check_role(role)
        with self.transaction():
            self._keep_an_admin(self._existing_user(name), role)
            self._db.execute("UPDATE users SET role = ? WHERE name = ?", (role, name))
        return self._existing_user(name)

    def set_password_hash(self, name: str, password_hash: str, *, at: datetime | None = None,
                          end_sessions: bool = True) -> User:
        """Replace an account's password hash; by default its open sessions end (a changed password locks out
        whoever knew the old one)."""
        with self.transaction():
            self._existing_user(name)
            self._db.execute("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE name = ?",
                             (password_hash, timestamp(at or utc_now()), name))
            if end_sessions:
                self._db.execute("DELETE FROM sessions WHERE user_name = ?", (name,))
        return self._existing_user(name)

    def _existing_user(self, name: str) -> User:
        user = self.user(name)
        if user is None:
            raise AccountError(f"no account named {name!r}")
        return user

    def _keep_an_admin(self, user: User, new_role: str | None) -> None:
        if user.role != ADMIN or new_role == ADMIN:
            return
        others = self._db.execute("SELECT COUNT(*) FROM users WHERE role = 'admin' AND name != ?",
                                  (user.name,)).fetchone()[0]
        if others == 0:
            raise AccountError(f"{user.name!r} is the last admin: make another admin first")

    # -- sessions ---------------------------------------------------------------------------

    def open_session(self, session_id: str, user_name: str, *, at: datetime, address: str | None = None) -> None:
        """Record a new login session under the sha256 of its id."""
        moment = timestamp(at)
        with self.transaction():
            self._db.execute(
                "INSERT INTO sessions (id_hash, user_name, created_at, last_seen, address) VALUES (?, ?, ?, ?, ?)",
                (secret_digest(session_id), user_name, moment, moment, address))

    def session_user(self, session_id: str, *, at: datetime, idle_limit: float,
                     touch_after: float = 30.0) -> User | None:
        """The account of a live session, noting it was seen at ``at``; None when unknown or idle too long.

        ``idle_limit`` is in seconds; a session idle longer is ended here. ``last_seen`` is
        written at most every ``touch_after`` seconds, so that a busy page does not write
        the catalog on every request.
        """
        digest = secret_digest(session_id)
        row = self._db.execute("SELECT user_name, last_seen FROM sessions WHERE id_hash = ?", (digest,)).fetchone()
        if row is None:
            return None
        idle = (at - datetime.fromisoformat(row["last_seen"])).total_seconds()
        if idle > idle_limit:
            self.close_session(session_id)
            return None
        if idle > touch_after or idle < 0:
            with self.transaction():
                self._db.execute("UPDATE sessions SET last_seen = ? WHERE id_hash = ?", (timestamp(at), digest))
        return self.user(row["user_name"])

    def close_idle_sessions(self, *, seen_before: datetime) -> int:
        """End every session last seen before ``seen_before`` (those nobody came back to); how many."""
        with self.transaction():
            cursor = self._db.execute("DELETE FROM sessions WHERE last_seen < ?", (timestamp(seen_before),))
        return cursor.rowcount

    def close_session(self, session_id: str) -> bool:
        """End a session (logout); True when it was open."""
        with self.transaction():
            cursor = self._db.execute("DELETE FROM sessions WHERE id_hash = ?", (secret_digest(session_id),))
        return cursor.rowcount > 0

    # -- tokens -----------------------------------------------------------------------------

    def add_token(self, token_id: str, token: str, user_name: str, *, label: str | None = None,
                  at: datetime | None = None) -> Token:
        """Record an API token for an account under the sha256 of the whole token."""
        with self.transaction():
            self._existing_user(user_name)
            self._db.execute(
                "INSERT INTO tokens (id, secret_hash, user_name, label, created_at) VALUES (?, ?, ?, ?, ?)",
                (token_id, secret_digest(token), self._existing_user(user_name).name, label,
                 timestamp(at or utc_now())))
        found = self.token(token_id)
        assert found is not None
        return found

    def tokens(self, user_name: str | None = None) -> list[Token]:
        """Every API token (of one account), oldest first."""
        if user_name is None:
            rows = self._db.execute("SELECT * FROM tokens ORDER BY created_at, id")
        else:
            rows = self._db.execute("SELECT * FROM tokens WHERE user_name = ? ORDER BY created_at, id", (user_name,))
        return [_token(row) for row in rows]

    def token(self, token_id: str) -> Token | None:
        """The token of this id, or None."""
        row = self._db.execute("SELECT * FROM tokens WHERE id = ?", (token_id,)).fetchone()
        return _token(row) if row else None

    def revoke_token(self, token_id: str) -> Token:
        """Delete a token: requests carrying it are refused from now on."""
        with self.transaction():
            token = self.token(token_id)
            if token is None:
                raise AccountError(f"no token {token_id!r} (photodesk token list shows them)")
            self._db.execute("DELETE FROM tokens WHERE id = ?", (token_id,))
        return token

    def token_user(self, token: str, *, at: datetime, touch_after: float = 60.0) -> User | None:
        """The account an API token acts for, noting its use; None for an unknown or revoked token."""
        row = self._db.execute("SELECT id, user_name, last_used FROM tokens WHERE secret_hash = ?",
                               (secret_digest(token),)).fetchone()
        if row is None:
            return None
        last = datetime.fromisoformat(row["last_used"]) if row["last_used"] else None
        if last is None or abs((at - last).total_seconds()) > touch_after:
            with self.transaction():
                self._db.execute("UPDATE tokens SET last_used = ? WHERE id = ?", (timestamp(at), row["id"]))
        return self.user(row["user_name"])

    # -- the activity log -------------------------------------------------------------------

    def record_activity(self, who: str | None, action: str, target: str | None = None,
                        details: dict[str, Any] | None = None, *, address: str | None = None,
                        at: datetime | None = None) -> Entry:
        """Append one entry to the activity log (inside the caller's transaction when one is open)."""
        moment = timestamp(at or utc_now())
        text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, default=str)
        with self.transaction():
            entry_id = self._db.execute(
                "INSERT INTO activity (at, who, action, target, details, address) VALUES (?, ?, ?, ?, ?, ?) "
                "RETURNING id", (moment, who, action, target, text, address)).fetchone()[0]
        return Entry(id=entry_id, at=moment, who=who, action=action, target=target,
                     details=details or {}, address=address)

    def activity(self, *, user: str | None = None, since: datetime | None = None, until: datetime | None = None,
                 action: str | None = None, target: str | None = None, limit: int | None = None) -> list[Entry]:
        """Log entries, newest first, filtered by who (any case), time, action and target."""
        where, values = where_clause({
            "who = ? COLLATE NOCASE": user,
            "at >= ?": None if since is None else timestamp(since),
            "at < ?": None if until is None else timestamp(until),
            "action = ?": action,
            "target = ?": target,
        })
        tail = " LIMIT ?" if limit is not None else ""
        rows = self._db.execute(f"SELECT * FROM activity {where} ORDER BY id DESC{tail}",
                                (*values, *([limit] if limit is not None else [])))
        return [_entry(row) for row in rows]

    def recent_login_failures(self, *, since: datetime, user: str | None, address: str | None) -> tuple[int, int]:
        """Failed logins since ``since``: (for this account, from this address)."""
        moment = timestamp(since)
        by_user = by_address = 0
        if user is not None:
            by_user = self._db.execute(
                "SELECT COUNT(*) FROM activity WHERE action = 'login_failed' AND at >= ? AND who = ? COLLATE NOCASE",
                (moment, user)).fetchone()[0]
        if address is not None:
            by_address = self._db.execute(
                "SELECT COUNT(*) FROM activity WHERE action = 'login_failed' AND at >= ? AND address = ?",
                (moment, address)).fetchone()[0]
        return by_user, by_address


def _user(row: Any) -> User:
    return User(name=row["name"], role=row["role"], created_at=row["created_at"],
                password_changed_at=row["password_changed_at"])


def _token(row: Any) -> Token:
    return Token(id=row["id"], user_name=row["user_name"], label=row["label"], created_at=row["created_at"],
                 last_used=row["last_used"])


def _entry(row: Any) -> Entry:
    return Entry(id=row["id"], at=row["at"], who=row["who"], action=row["action"], target=row["target"],
                 details=json.loads(row["details"]), address=row["address"])
