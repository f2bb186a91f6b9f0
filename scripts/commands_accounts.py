"""``photodesk user``, ``token`` and ``activity``: who may use the catalog, API tokens, and who did what.

Passwords are read from the terminal without echo (asked twice), or from standard input
with ``--password-stdin``; never from an argument, which other users of the machine could
read in the process list (docs/accounts.md).
"""

from __future__ import annotations

import getpass
import sys
from typing import Any, Callable, TypeVar

import click

from catalog.accounts import ROLES
from catalog.errors import ConfigurationError
from catalog.settings import Settings
from scripts.options import data_option
from scripts.terminal import json_text, printable

_ROLE = click.Choice(ROLES)
T = TypeVar("T")


@click.group("user")
def user_group() -> None:
    """Accounts: photodesk user add|list|remove|passwd|role (with none, serve is for this machine only)."""


def _change(settings: Settings, change: Callable[..., T], *arguments: Any) -> T:
    """Run one of ``catalog.account_changes`` on the catalog as the person at this terminal."""
    from catalog.activity import Actor
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        return change(desk.catalog, Actor.command_line(), *arguments)


def read_password(from_stdin: bool) -> str:
    """The new password: one line of standard input, or asked twice on the terminal without echo."""
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise ConfigurationError("no password on standard input (--password-stdin reads one line)")
        return password
    if not sys.stdin.isatty():
        raise ConfigurationError("no terminal to ask for the password: give it on standard input with --password-stdin")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise ConfigurationError("the two passwords differ: nothing was changed")
    return first


@user_group.command("add")
@click.argument("name")
@click.option("--role", type=_ROLE, required=True, help="viewer: search and view; editor: also change; admin: also manage.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (one line) instead of asking.")
@data_option
def user_add_command(settings: Settings, name: str, role: str, password_stdin: bool) -> None:
    """Create an account with a role; its password is asked on the terminal (or read with --password-stdin)."""
    from catalog.account_changes import add_user
    from catalog.accounts import check_name, check_password
    from catalog.activity import Actor
    from catalog.desk import Desk

    check_name(name)
    password = check_password(read_password(password_stdin))
    with Desk.open(settings) as desk:
        first = not desk.catalog.has_accounts()
        user = add_user(desk.catalog, Actor.command_line(), name, role, password)
    click.echo(printable(f"{user.name}: {user.role} account created"))
    if first:
        click.echo("The catalog has an account now: every page and API call needs a login.", err=True)


@user_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the accounts as a JSON array.")
@data_option
def user_list_command(settings: Settings, as_json: bool) -> None:
    """List the accounts with their roles."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        users = desk.catalog.users()
    if as_json:
        click.echo(json_text([user.to_record() for user in users]))
        return
    for user in users:
        click.echo(printable(f"{user.name}  {user.role}  created {user.created_at[:19]}"))
    if not users:
        click.echo("No accounts: photodesk user add NAME --role admin creates the first.", err=True)


@user_group.command("remove")
@click.argument("name")
@data_option
def user_remove_command(settings: Settings, name: str) -> None:
    """Remove an account, ending its sessions and revoking its tokens (not the last admin)."""
    from catalog.account_changes import remove_user

    user = _change(settings, remove_user, name)
    click.echo(printable(f"{user.name}: account removed"))


@user_group.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (one line) instead of asking.")
@data_option
def user_passwd_command(settings: Settings, name: str, password_stdin: bool) -> None:
    """Set an account's password; its open sessions end."""
    from catalog.account_changes import change_password
    from catalog.accounts import check_password

    user = _change(settings, change_password, name, check_password(read_password(password_stdin)))
    click.echo(printable(f"{user.name}: password changed, open sessions ended"))


@user_group.command("role")
@click.argument("name")
@click.argument("role", type=_ROLE)
@data_option
def user_role_command(settings: Settings, name: str, role: str) -> None:
    """Give an account another role (the last admin stays admin)."""
    from catalog.account_changes import change_role

    user = _change(settings, change_role, name, role)
    click.echo(printable(f"{user.name}: now {user.role}"))


@click.group("token")
def token_group() -> None:
    """API tokens: photodesk token create|list|revoke; clients send Authorization: Bearer TOKEN."""


@token_group.command("create")
@click.argument("name")
@click.option("--label", help="What the token is for (shown by token list), e.g. the client's name.")
@data_option
def token_create_command(settings: Settings, name: str, label: str | None) -> None:
    """Make an API token acting for account NAME with its role; printed once, only its hash is kept."""
    from catalog.account_changes import create_token

    token, secret = _change(settings, create_token, name, label)
    click.echo(secret)
    click.echo(printable(f"token {token.id} for {token.user_name}: shown this once, keep it secret "
                         f"(photodesk token revoke {token.id} ends it)"), err=True)


@token_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the tokens as a JSON array.")
@data_option
def token_list_command(settings: Settings, as_json: bool) -> None:
    """List API tokens: id, account, label, made and last used (never the tokens themselves)."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        tokens = desk.catalog.tokens()
    if as_json:
        click.echo(json_text([token.to_record() for token in tokens]))
        return
    for token in tokens:
        used = f"last used {token.last_used[:19]}" if token.last_used else "never used"
        click.echo(printable(f"{token.id}  {token.user_name}  {token.label or '-'}  made {token.created_at[:19]}  {used}"))


@token_group.command("revoke")
@click.argument("token_id")
@data_option
def token_revoke_command(settings: Settings, token_id: str) -> None:
    """Revoke an API token by its id: requests carrying it are refused from now on."""
    from catalog.account_changes import revoke_token

    token = _change(settings, revoke_token, token_id)
    click.echo(printable(f"token {token.id} of {token.user_name} revoked"))


@click.command("activity")
@click.option("--user", help="Only what this account did (cli:NAME for the command line).")
@click.option("--since", help="Only since this time: ISO 8601 (2026-05-01, 2026-05-01T14:00+02:00) or an age (30m, 2h, 7d).")
@click.option("--action", help="Only this action (login, login_failed, link, unlink, kill, original_download, …).")
@click.option("--limit", type=click.IntRange(1), help="At most this many entries, newest first.")
@click.option("--json", "as_json", is_flag=True, help="Print the entries as a JSON array, newest first.")
@data_option
def activity_command(settings: Settings, user: str | None, since: str | None, action: str | None,
                     limit: int | None, as_json: bool) -> None:
    """The activity log, newest first: who did what and when (logins, account changes, links, kills, downloads…)."""
    from catalog.activity import ACTIONS, parse_since
    from catalog.desk import Desk

    try:
        moment = parse_since(since) if since else None
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--since") from None
    if action is not None and action not in ACTIONS:
        raise click.BadParameter(f"{action!r} is not an action: one of {', '.join(ACTIONS)}", param_hint="--action")
    with Desk.open(settings) as desk:
        entries = desk.catalog.activity(user=user, since=moment, action=action, limit=limit)
    if as_json:
        click.echo(json_text([entry.to_record() for entry in entries]))
        return
    for entry in entries:
        details = "; ".join(f"{key}: {value}" for key, value in sorted(entry.details.items()))
        parts = [entry.at[:19], entry.who or "(no account)", entry.action, entry.target or "", details,
                 f"from {entry.address}" if entry.address else ""]
        click.echo(printable("  ".join(part for part in parts if part)))


COMMANDS = (user_group, token_group, activity_command)
