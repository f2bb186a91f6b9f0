"""Accounts: roles, account names, password hashing, API tokens, session ids and login throttling (docs/accounts.md).

Passwords are hashed with argon2id (``argon2-cffi``, the reference implementation's
binding); API tokens and session ids are random 256-bit values, so the catalog keeps only
their sha256 — enough against a stolen catalog file, and cheap to check on every request.
"""

from __future__ import annotations

import functools
import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from catalog.errors import ConfigurationError

VIEWER, EDITOR, ADMIN = "viewer", "editor", "admin"
ROLES = (VIEWER, EDITOR, ADMIN)  # each may do all that the ones before it may
MIN_PASSWORD_CHARS = 8
MAX_PASSWORD_CHARS = 1024  # argon2 takes any length; a bound keeps a login post from costing much
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
TOKEN_PREFIX = "pd_"

# Failed logins: more than this many for one account or from one address within the window
# are refused until the window has passed (docs/accounts.md).
LOGIN_FAILURES_ALLOWED = 10
LOGIN_FAILURE_WINDOW = timedelta(minutes=1)
DEFAULT_IDLE_MINUTES = 60.0

_hasher = PasswordHasher()  # the library's defaults: argon2id, RFC 9106's low-memory profile


class AccountError(ConfigurationError):
    """A request about accounts that cannot be done: unknown user, bad name, weak password, last admin."""


@dataclass(frozen=True)
class User:
    """An account: its name and role (its password hash stays in the store)."""

    name: str
    role: str
    created_at: str
    password_changed_at: str

    def to_record(self) -> dict[str, str]:
        """The account as JSON-ready values (``photodesk user list --json``)."""
        return {"name": self.name, "role": self.role, "created_at": self.created_at,
                "password_changed_at": self.password_changed_at}


@dataclass(frozen=True)
class Token:
    """An API token's public facts: its id, whose it is, its label, when made and last used."""

    id: str
    user_name: str
    label: str | None
    created_at: str
    last_used: str | None

    def to_record(self) -> dict[str, str | None]:
        """The token as JSON-ready values, without its secret (which is never kept)."""
        return {"id": self.id, "user": self.user_name, "label": self.label, "created_at": self.created_at,
                "last_used": self.last_used}


def has_role(role: str | None, needed: str) -> bool:
    """True when ``role`` may do what ``needed`` may (admin ⊇ editor ⊇ viewer)."""
    return role in ROLES and ROLES.index(role) >= ROLES.index(needed)


def check_role(role: str) -> str:
    """The role, or ``AccountError`` naming the three there are."""
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}: choose viewer, editor or admin")
    return role


def check_name(name: str) -> str:
    """An account name: letters, digits and ``. _ @ -``, 1 to 64 characters, starting with a letter or digit."""
    if not _NAME.fullmatch(name or ""):
        raise AccountError(f"{name!r} is not a usable account name: use letters, digits and . _ @ - "
                           "(up to 64, starting with a letter or digit)")
    return name


def check_password(password: str) -> str:
    """A password long enough to keep; ``AccountError`` saying why not."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise AccountError(f"the password is too short: use at least {MIN_PASSWORD_CHARS} characters")
    if len(password) > MAX_PASSWORD_CHARS:
        raise AccountError(f"the password is too long: use at most {MAX_PASSWORD_CHARS} characters")
    return password


def hash_password(password: str) -> str:
    """The argon2id hash to keep for a password (salted; the encoded form names its parameters)."""
    return _hasher.hash(check_password(password))


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when ``password`` matches the hash; an unknown account (None) takes as long and is False."""
    if len(password) > MAX_PASSWORD_CHARS:
        return False
    try:
        return _hasher.verify(password_hash or _unknown_account_hash(), password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@functools.cache
def _unknown_account_hash() -> str:
    """Verified when the account does not exist, so that an unknown name costs as long as a wrong password."""
    return _hasher.hash(secrets.token_urlsafe(16))


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's (rehashed at the next login)."""
    return _hasher.check_needs_rehash(password_hash)


def new_secret() -> str:
    """A random 256-bit value, URL-safe text (session ids and token secrets)."""
    return secrets.token_urlsafe(32)


def new_token() -> tuple[str, str]:
    """A new API token: (its public id, the whole token to hand out once)."""
    token_id = secrets.token_hex(4)
    return token_id, f"{TOKEN_PREFIX}{token_id}_{new_secret()}"


def secret_digest(secret: str) -> str:
    """The sha256 the catalog keeps of a session id or token (hex)."""
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()
