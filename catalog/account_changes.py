"""Changes to accounts and tokens, each recorded in the activity log in the same transaction."""

from __future__ import annotations

from catalog import activity
from catalog.accounts import (
    Token,
    User,
    check_name,
    check_role,
    hash_password,
    new_token,
)
from catalog.activity import Actor
from catalog.store import CatalogStore


def add_user(store: CatalogStore, actor: Actor, name: str, role: str, password: str) -> User:
    """Create an account with a role and a password (hashed before it is kept)."""
    check_name(name)
    check_role(role)
    password_hash = hash_password(password)  # outside the transaction: argon2 takes a while on purpose
    with store.transaction():
        user = store.add_user(name, role, password_hash)
        store.record_activity(actor.name, activity.USER_ADD, user.name, {"role": role}, address=actor.address)
    return user


def remove_user(store: CatalogStore, actor: Actor, name: str) -> User:
    """Remove an account, its sessions and its tokens (refused for the last admin)."""
    with store.transaction():
        user = store.remove_user(name)
        store.record_activity(actor.name, activity.USER_REMOVE, user.name, {"role": user.role}, address=actor.address)
    return user


def change_password(store: CatalogStore, actor: Actor, name: str, password: str) -> User:
    """Give an account a new password; its open sessions end."""
    password_hash = hash_password(password)
    with store.transaction():
        user = store.set_password_hash(name, password_hash)
        store.record_activity(actor.name, activity.USER_PASSWORD, user.name, address=actor.address)
    return user


def change_role(store: CatalogStore, actor: Actor, name: str, role: str) -> User:
    """Give an account another role (refused when it would leave no admin)."""
    with store.transaction():
        before = store.user(name)
        user = store.set_role(name, role)
        store.record_activity(actor.name, activity.USER_ROLE, user.name,
                              {"old": before.role if before else None, "new": role}, address=actor.address)
    return user


def create_token(store: CatalogStore, actor: Actor, user_name: str, label: str | None = None) -> tuple[Token, str]:
    """A new API token acting for an account: (its public facts, the token itself, to show once)."""
    token_id, secret = new_token()
    with store.transaction():
        token = store.add_token(token_id, secret, user_name, label=label)
        store.record_activity(actor.name, activity.TOKEN_CREATE, token.id,
                              {"user": token.user_name, "label": label}, address=actor.address)
    return token, secret


def revoke_token(store: CatalogStore, actor: Actor, token_id: str) -> Token:
    """Revoke an API token: requests carrying it are refused from now on."""
    with store.transaction():
        token = store.revoke_token(token_id)
        store.record_activity(actor.name, activity.TOKEN_REVOKE, token.id, {"user": token.user_name},
                              address=actor.address)
    return token
