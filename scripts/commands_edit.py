"""``photodesk edit``, ``history`` and ``revert``: the desk's corrections to captions and credits (docs/editing.md)."""

from __future__ import annotations

import sys
from typing import Any, Iterable

import click

from catalog.settings import Settings
from scripts.options import EXIT_FAILED, data_option
from scripts.terminal import json_text, printable


@click.command("edit")
@click.argument("asset_ids", nargs=-1, required=True, metavar="ID…")
@click.option("--set", "sets", multiple=True, metavar="FIELD=VALUE",
              help="Set a field (lists: items separated by ';'; empty: clear it).")
@click.option("--append", "appends", multiple=True, metavar="FIELD=VALUE",
              help="Append to a field: text after a space, or list items.")
@click.option("--replace", "replaces", multiple=True, nargs=3, metavar="FIELD OLD NEW",
              help="Replace the exact text OLD with NEW in a field (in each item of a list).")
@click.option("--user", "user", required=True, metavar="NAME",
              help="Who makes the correction (kept in history); with accounts, an editor's account.")
@click.option("--dry-run", is_flag=True, help="Show what would change, with the credit derived again; save nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print each picture's changes as JSON.")
@data_option
def edit_command(settings: Settings, asset_ids: tuple[str, ...], sets: tuple[str, ...], appends: tuple[str, ...],
                 replaces: tuple[tuple[str, str, str], ...], user: str, dry_run: bool, as_json: bool) -> None:
    """Correct caption, credit and other fields of one or many pictures (ID… or '-': ids from stdin).

    \b
    The file is never changed: the desk's values are kept beside it and win over it.
    Operations apply in this order: every --set, then --append, then --replace.
    Editable: caption headline credit creators keywords city state country
    special_instructions usage_terms copyright.
    """
    from catalog.desk import Desk
    from catalog.editing import Operation, check_user, parse_assignment

    user = check_user(user)
    operations = [Operation(kind="set", field=field, value=value) for field, value in map(parse_assignment, sets)]
    operations += [Operation(kind="append", field=field, value=value) for field, value in map(parse_assignment, appends)]
    operations += [Operation(kind="replace", field=field, old=old, new=new) for field, old, new in replaces]
    if not operations:
        raise click.UsageError("nothing to do: give --set, --append or --replace")
    wanted = _asset_ids(asset_ids)
    with Desk.open(settings) as desk:
        user = desk.editor_name(user)
        plans = desk.plan_edits(wanted, operations, user=user)
        if not dry_run:
            desk.edit({found.asset_id: found.changes for found in plans if found.changes}, user=user,
                      base_versions={found.asset_id: found.version for found in plans})
    missing = sorted(set(wanted) - {found.asset_id for found in plans})
    changed = [found for found in plans if found.changes]
    if as_json:
        click.echo(json_text([found.to_record() for found in plans]))
    else:
        for found in changed:
            _print_plan(found)
    for asset_id in missing:
        click.echo(printable(f"photodesk: no asset with id {asset_id}"), err=True)
    verb = "would change" if dry_run else "changed"
    click.echo(f"{len(changed)} {'picture' if len(changed) == 1 else 'pictures'} {verb}, "
               f"{len(plans) - len(changed)} unchanged, {len(missing)} not found", err=True)
    if missing:
        sys.exit(EXIT_FAILED)


@click.command("history")
@click.argument("asset_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help='Print [{"at", "user", "field", "old", "new", "edit"}].')
@data_option
def history_command(settings: Settings, asset_id: str, as_json: bool) -> None:
    """Every correction the desk saved on a picture: when, who, which field, before and after."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        try:
            entries = desk.history(asset_id.strip().lower())
        except KeyError:
            click.echo(printable(f"photodesk: no asset with id {asset_id}"), err=True)
            sys.exit(EXIT_FAILED)
    if as_json:
        click.echo(json_text([entry.to_record() for entry in entries]))
        return
    for entry in entries:
        click.echo(printable(f"{entry.at}  edit {entry.edit}  {entry.user}  {entry.field}: "
                             f"{_shown(entry.old)} → {_shown(entry.new)}"
                             + ("  (the file's value)" if entry.restored else "")))
    if not entries:
        click.echo("No corrections: the picture shows its file's metadata.", err=True)


@click.command("revert")
@click.argument("asset_id", metavar="ID")
@click.option("--to", "to", required=True, metavar="TIME|EDIT",
              help="An edit number from history (0: the file's values) or a time (ISO 8601, UTC unless it says).")
@click.option("--user", "user", required=True, metavar="NAME", help="Who reverts (kept in history).")
@data_option
def revert_command(settings: Settings, asset_id: str, to: str, user: str) -> None:
    """Bring a picture's corrections back to how they were after an edit or at a time (itself kept in history)."""
    from catalog.desk import Desk
    from catalog.editing import parse_revert_target

    target = parse_revert_target(to)
    with Desk.open(settings) as desk:
        try:
            saved = desk.revert(asset_id.strip().lower(), target, user=desk.editor_name(user))
        except KeyError:
            click.echo(printable(f"photodesk: no asset with id {asset_id}"), err=True)
            sys.exit(EXIT_FAILED)
    for change in saved.changes:
        click.echo(printable(f"{saved.asset.id}  {change.field}: {_shown(change.old)} → {_shown(change.new)}"))
    click.echo(f"{len(saved.changes)} fields reverted (now edit {saved.version})" if saved.changes
               else "nothing to revert: the picture already shows those values", err=True)


def _asset_ids(arguments: Iterable[str]) -> list[str]:
    """The ids given, ``-`` standing for those read from stdin (whitespace separated)."""
    found: list[str] = []
    for argument in arguments:
        found += sys.stdin.read().split() if argument == "-" else [argument]
    return list(dict.fromkeys(text.strip().lower() for text in found if text.strip()))


def _print_plan(found: Any) -> None:
    record = found.to_record()
    for change in record["changes"]:
        click.echo(printable(f"{found.asset_id}  {change['field']}: {_shown(change['old'])} → {_shown(change['new'])}"))
    before, after = found.before, found.after
    if (before.credit_line, before.agency, before.photographers) != (after.credit_line, after.agency, after.photographers):
        click.echo(printable(f"{found.asset_id}  credit line {_shown(after.credit_line)}, agency {_shown(after.agency)}, "
                             f"photographers {_shown(after.photographers)}"))


def _shown(value: object) -> str:
    if value is None or value == ():
        return "(empty)"
    if isinstance(value, (tuple, list)):
        return "; ".join(map(str, value))
    text = str(value)
    return f'"{text if len(text) <= 120 else text[:117] + "…"}"'


COMMANDS = (edit_command, history_command, revert_command)
