"""``photodesk lightbox create|add|remove|move|note|list|show|export|delete``: the desk's sets of pictures per story.

A lightbox is named by its name (any case) or its id. Unknown picture ids are reported one
per line and the rest is done (exit 1); an unknown lightbox exits 1, a name that is taken
or not allowed 2 (docs/lightboxes.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import click

from catalog.activity import Actor
from catalog.settings import Settings
from scripts.options import EXIT_FAILED, EXIT_USAGE, data_option
from scripts.terminal import json_text, printable

if TYPE_CHECKING:  # imported when a command runs
    from catalog.asset import Asset
    from catalog.desk import Desk
    from catalog.lightboxes import Lightbox

EXPORT_FORMATS = ("zip", "credits", "csv", "json")


@click.group("lightbox")
def lightbox_group() -> None:
    """Lightboxes: named, ordered sets of pictures for a story, shared with the desk."""


@lightbox_group.command("create")
@click.argument("name")
@click.option("--story", help="The story it is for: a slug, an article URL, a line.")
@click.option("--user", "user", help="The account that owns it (with accounts: an editor's). Default: cli:USER.")
@click.option("--json", "as_json", is_flag=True, help="Print the new lightbox as JSON.")
@data_option
def create_command(settings: Settings, name: str, story: str | None, user: str | None, as_json: bool) -> None:
    """Make an empty lightbox named NAME (names are unique, whatever their case)."""
    from catalog.lightboxes import STORY_LIMIT, check_text

    with _desk(settings) as desk:
        lightbox = desk.create_lightbox(name, story=check_text(story, limit=STORY_LIMIT, what="story"),
                                        actor=_actor(desk, user))
    if as_json:
        click.echo(json_text(lightbox.to_record(), indent=2))
    else:
        click.echo(printable(f"lightbox {lightbox.id} “{lightbox.name}” made"))


@lightbox_group.command("add")
@click.argument("name")
@click.argument("asset_ids", nargs=-1, required=True)
@click.option("--at", "at", type=click.IntRange(min=1), help="Put them at this place (1 is first). Default: the end.")
@click.option("--note", help="A note on each picture added.")
@click.option("--user", "user", help="Who adds them (with accounts: an editor's account). Default: cli:USER.")
@click.option("--json", "as_json", is_flag=True, help="Print the lightbox after the change as JSON.")
@data_option
def add_command(settings: Settings, name: str, asset_ids: tuple[str, ...], at: int | None, note: str | None,
                user: str | None, as_json: bool) -> None:
    """Add pictures (ids, or - to read them from stdin) to lightbox NAME; those already in it stay where they are."""
    from catalog.lightboxes import NOTE_LIMIT, check_text

    with _desk(settings) as desk:
        lightbox = desk.catalog.find_lightbox(name)
        known, unknown = _known_ids(desk, _read_ids(asset_ids))
        note = check_text(note, limit=NOTE_LIMIT, what="note")
        before = set(lightbox.asset_ids)
        if known:
            lightbox = desk.change_lightbox(lightbox.id, add=known, add_at=None if at is None else at - 1,
                                            notes={asset_id: note for asset_id in known} if note else None,
                                            actor=_actor(desk, user))
    added = [asset_id for asset_id in known if asset_id not in before]
    if as_json:
        click.echo(json_text(lightbox.to_record(), indent=2))
    else:
        click.echo(printable(f"{len(added)} added to “{lightbox.name}”, {len(known) - len(added)} already in it "
                             f"({len(lightbox.members)} pictures)"))
    _fail_on(unknown)


@lightbox_group.command("remove")
@click.argument("name")
@click.argument("asset_ids", nargs=-1, required=True)
@click.option("--user", "user", help="Who removes them (with accounts: an editor's account). Default: cli:USER.")
@click.option("--json", "as_json", is_flag=True, help="Print the lightbox after the change as JSON.")
@data_option
def remove_command(settings: Settings, name: str, asset_ids: tuple[str, ...], user: str | None, as_json: bool) -> None:
    """Take pictures out of lightbox NAME (they stay in the catalog); ids not in it are reported (exit 1)."""
    with _desk(settings) as desk:
        lightbox = desk.catalog.find_lightbox(name)
        wanted = _read_ids(asset_ids)
        absent = [asset_id for asset_id in wanted if asset_id not in lightbox.asset_ids]
        present = [asset_id for asset_id in wanted if asset_id in lightbox.asset_ids]
        if present:
            lightbox = desk.change_lightbox(lightbox.id, remove=present, actor=_actor(desk, user))
    if as_json:
        click.echo(json_text(lightbox.to_record(), indent=2))
    else:
        click.echo(printable(f"{len(present)} removed from “{lightbox.name}” ({len(lightbox.members)} pictures)"))
    _fail_on(absent, f"not in lightbox “{lightbox.name}”")


@lightbox_group.command("move")
@click.argument("name")
@click.argument("asset_id")
@click.argument("place", type=click.IntRange(min=1))
@click.option("--user", "user", help="Who moves it (with accounts: an editor's account). Default: cli:USER.")
@data_option
def move_command(settings: Settings, name: str, asset_id: str, place: int, user: str | None) -> None:
    """Move one picture of lightbox NAME to PLACE (1 is first; past the end: last)."""
    with _desk(settings) as desk:
        lightbox, asset_id = _member_of(desk, name, asset_id)
        lightbox = desk.change_lightbox(lightbox.id, move=(asset_id, place - 1), actor=_actor(desk, user))
    click.echo(printable(f"{asset_id} is now {lightbox.asset_ids.index(asset_id) + 1} of {len(lightbox.members)}"))


@lightbox_group.command("note")
@click.argument("name")
@click.argument("asset_id")
@click.argument("text")
@click.option("--user", "user", help="Who writes it (with accounts: an editor's account). Default: cli:USER.")
@data_option
def note_command(settings: Settings, name: str, asset_id: str, text: str, user: str | None) -> None:
    """Set the note on one picture of lightbox NAME ("" clears it)."""
    from catalog.lightboxes import NOTE_LIMIT, check_text

    with _desk(settings) as desk:
        lightbox, asset_id = _member_of(desk, name, asset_id)
        desk.change_lightbox(lightbox.id, notes={asset_id: check_text(text, limit=NOTE_LIMIT, what="note")},
                             actor=_actor(desk, user))
    click.echo(printable(f"note {'set' if text.strip() else 'cleared'} on {asset_id}"))


@lightbox_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the lightboxes as JSON.")
@data_option
def list_command(settings: Settings, as_json: bool) -> None:
    """Every lightbox, most recently changed first: id, pictures, owner, name."""
    with _desk(settings) as desk:
        summaries = desk.catalog.lightboxes()
    if as_json:
        click.echo(json_text({"lightboxes": [summary.to_record() for summary in summaries]}, indent=2))
        return
    if not summaries:
        click.echo("no lightboxes yet (photodesk lightbox create NAME)")
    for summary in summaries:
        click.echo(printable(f"{summary.id:>4}  {summary.count:>4} pictures  {summary.owner or '—':<14}  {summary.name}"
                             + (f"  ({summary.story})" if summary.story else "")))


@lightbox_group.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print the lightbox, its pictures and their notes as JSON.")
@data_option
def show_command(settings: Settings, name: str, as_json: bool) -> None:
    """One lightbox: its pictures in order, each with its credit line and note."""
    with _desk(settings) as desk:
        lightbox = desk.catalog.find_lightbox(name)
        assets = desk.catalog.get_many(lightbox.asset_ids)
    if as_json:
        record = lightbox.to_record()
        for member in record["members"]:
            asset = assets.get(member["asset_id"])
            member.update(filename=asset.filename if asset else None, credit_line=asset.credit_line if asset else None)
        click.echo(json_text(record, indent=2))
        return
    click.echo(printable(f"Lightbox {lightbox.id}: {lightbox.name}"))
    if lightbox.story:
        click.echo(printable(f"Story: {lightbox.story}"))
    click.echo(printable(f"Made by {lightbox.owner or '—'} on {lightbox.created_at}; {len(lightbox.members)} pictures"))
    for member in lightbox.members:
        asset = assets.get(member.asset_id)
        credit = (asset.credit_line or "(no credit)") if asset else "(no longer in the catalog)"
        click.echo(printable(f"{member.position + 1:>4}. {member.asset_id}  {asset.filename if asset else ''}  {credit}"))
        if member.note:
            click.echo(printable(f"      note: {member.note}"))


@lightbox_group.command("export")
@click.argument("name")
@click.option("--format", "output_format", type=click.Choice(EXPORT_FORMATS), default="credits", show_default=True,
              help="zip: the pictures with caption and credit embedded; credits: one credit line per picture; "
                   "csv: the credit list; json: the lightbox.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here (needed for zip; default for the others: stdout).")
@click.option("--size", type=click.Choice(("original", "web")), default="original", show_default=True,
              help="zip: the originals or the web-size JPEGs.")
@click.option("--include-forbidden", is_flag=True,
              help="zip: include pictures forbidden now on the web and in print (left out and listed otherwise).")
@data_option
def export_command(settings: Settings, name: str, output_format: str, output: Path | None, size: str,
                   include_forbidden: bool) -> None:
    """Export lightbox NAME in its order: a zip, its credit lines, its credit list (CSV) or JSON."""
    from catalog.lightboxes import credit_lines, credits_csv

    with _desk(settings) as desk:
        lightbox = desk.catalog.find_lightbox(name)
        assets = _assets_of(desk, lightbox)
        if output_format == "zip":
            _export_zip(desk, lightbox, assets, output, size=size, include_forbidden=include_forbidden)
            return
    if output_format == "credits":
        text = "".join(line + "\n" for line in credit_lines(assets))
    elif output_format == "csv":
        text = credits_csv(assets, {member.asset_id: member.note for member in lightbox.members})
    else:
        text = json_text(lightbox.to_record(), indent=2) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        _write_atomically(output, [text.encode("utf-8")])


@lightbox_group.command("delete")
@click.argument("name")
@data_option
def delete_command(settings: Settings, name: str) -> None:
    """Delete lightbox NAME (its pictures stay in the catalog)."""
    with _desk(settings) as desk:
        lightbox = desk.delete_lightbox(desk.catalog.find_lightbox(name).id)
    click.echo(printable(f"lightbox “{lightbox.name}” deleted ({len(lightbox.members)} pictures were in it)"))


# -- helpers ------------------------------------------------------------------------------------


def _desk(settings: Settings) -> Desk:
    from catalog.desk import Desk

    if not settings.has_catalog():  # a PostgreSQL catalog has no file here
        click.echo(f"photodesk: {settings.data_dir}: no catalog here yet; import photos first", err=True)
        sys.exit(EXIT_USAGE)
    return Desk.open(settings)


def _actor(desk: Desk, user: str | None) -> Actor:
    """Who the change is recorded under: ``--user`` (an editor's account, when there are accounts), or cli:USER."""
    return Actor(name=desk.editor_name(user)) if user else Actor.command_line()


def _read_ids(asset_ids: tuple[str, ...]) -> list[str]:
    """The ids given, ``-`` read from stdin (whitespace-separated), lower case, each once, in order."""
    found: list[str] = []
    for text in asset_ids:
        found += sys.stdin.read().split() if text == "-" else [text]
    return list(dict.fromkeys(text.strip().lower() for text in found if text.strip()))


def _known_ids(desk: Desk, wanted: list[str]) -> tuple[list[str], list[str]]:
    """(ids of pictures in the catalog, ids that are not): a full sha256 counts as its asset's id."""
    known, unknown = [], []
    for asset_id in wanted:
        asset = desk.catalog.get(asset_id) or (desk.catalog.get_by_sha256(asset_id) if len(asset_id) == 64 else None)
        (known.append(asset.id) if asset else unknown.append(asset_id))
    return list(dict.fromkeys(known)), unknown


def _fail_on(asset_ids: list[str], reason: str = "no such picture in the catalog") -> None:
    """Name each id with the reason on stderr and exit 1 when there is any."""
    for asset_id in asset_ids:
        click.echo(printable(f"photodesk: {asset_id}: {reason}"), err=True)
    if asset_ids:
        sys.exit(EXIT_FAILED)


def _member_of(desk: Desk, name: str, asset_id: str) -> tuple[Lightbox, str]:
    """The lightbox NAME and the picture's id, when it is in it; else exit 1 saying so."""
    lightbox = desk.catalog.find_lightbox(name)
    asset_id = asset_id.strip().lower()
    if asset_id not in lightbox.asset_ids:
        _fail_on([asset_id], f"not in lightbox “{lightbox.name}”")
    return lightbox, asset_id


def _assets_of(desk: Desk, lightbox: Lightbox) -> list[Asset]:
    assets = desk.catalog.get_many(lightbox.asset_ids)
    return [assets[asset_id] for asset_id in lightbox.asset_ids if asset_id in assets]


def _export_zip(desk: Desk, lightbox: Lightbox, assets: list[Asset], output: Path | None, *, size: str,
                include_forbidden: bool) -> None:
    """Write the lightbox's zip to ``output`` (streamed, then renamed into place); left-out pictures exit 1."""
    from media.archive import picture_archive, sized, zip_stream

    if output is None:
        click.echo("photodesk: lightbox export --format zip needs --output FILE.zip", err=True)
        sys.exit(EXIT_USAGE)
    archive = picture_archive(assets, desk.media, size=size,
                              leave_out={} if include_forbidden else desk.forbidden_now(assets))
    # Sized as the web's (ZIP64 headers only where an entry needs them), though a file needs no length ahead.
    _write_atomically(output, zip_stream(sized(archive.entries) or archive.entries))
    if size == "original":
        desk.record_originals_sent(archive.sent, details={"zip": str(output), "confirmed": include_forbidden})
    click.echo(printable(f"{output}: {len(archive.sent)} pictures of “{lightbox.name}”"
                         + (f", {len(archive.left_out)} left out (listed in left-out.txt)" if archive.left_out else "")))
    for item in archive.left_out:
        click.echo(printable(f"photodesk: {item.asset.id}: left out: {item.reason}"), err=True)
    if archive.left_out:
        sys.exit(EXIT_FAILED)


def _write_atomically(path: Path, chunks: Iterator[bytes] | list[bytes]) -> None:
    """Write ``chunks`` to a temporary name beside ``path``, then rename: nothing half-written is left."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        with open(temporary, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        click.echo(printable(f"photodesk: {path}: cannot write ({error.strerror or error})"), err=True)
        sys.exit(EXIT_FAILED)


COMMANDS = (lightbox_group,)
