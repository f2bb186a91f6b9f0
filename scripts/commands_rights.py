"""``photodesk agreements``, ``rights``, ``kill`` and ``unkill``: may the desk publish a picture, where, and how."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from catalog.settings import Settings
from scripts.options import EXIT_FAILED, data_option
from scripts.terminal import json_text, printable

_VERDICT_WORDS = {"allowed": "allowed", "allowed_with_duties": "allowed with duties", "forbidden": "FORBIDDEN",
                  "unknown": "unknown"}


@click.group("agreements")
def agreements_group() -> None:
    """Supplier agreements: which channels, term, fee and credit each contract allows."""


@agreements_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@data_option
def agreements_import_command(settings: Settings, file: Path) -> None:
    """Import agreements from a TOML file, replacing those with the same id (a bad file changes nothing, exit 2)."""
    from catalog.desk import Desk
    from catalog.rights import read_agreement_file

    found = read_agreement_file(file)
    with Desk.open(settings) as desk:
        added, replaced = desk.import_agreements(found, source=str(file))
    parts = [f"{len(added)} added" + (f" ({', '.join(added)})" if added else ""),
             f"{len(replaced)} replaced" + (f" ({', '.join(replaced)})" if replaced else "")]
    if found.desk is not None:
        parts.append(f"desk rules set (time zone {found.desk.timezone}, {len(found.desk.own)} own-picture rules)")
    click.echo(printable(f"{file}: " + ", ".join(parts)))


@agreements_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the agreements and the desk rules as JSON.")
@data_option
def agreements_list_command(settings: Settings, as_json: bool) -> None:
    """List the agreements on file and the desk's own rules."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        agreements, rules = desk.catalog.agreements(), desk.catalog.desk_rules()
    if as_json:
        click.echo(json_text({"agreements": [a.to_record() for a in agreements], "desk": rules.to_record()}, indent=2))
        return
    for agreement in agreements:
        term = agreement.starts.isoformat() + " to " + (agreement.ends.isoformat() if agreement.ends else "open end")
        fee = (f"per use {agreement.price:g} {agreement.currency}" if agreement.fee == "per-use" else agreement.fee)
        extra = [f"retention {agreement.retention_days} days" if agreement.retention_days is not None else "",
                 f"credit {agreement.credit}" if agreement.credit else ""]
        click.echo(printable(f"{agreement.id}  {agreement.supplier}  [{', '.join(map(str, agreement.matches))}]  "
                             f"{', '.join(agreement.channels)}  {term}  {fee}"
                             + "".join(f"  {part}" for part in extra if part)))
    if not agreements:
        click.echo("No agreements on file: photodesk agreements import FILE records them.", err=True)
    own = ", ".join(map(str, rules.own)) or "none"
    click.echo(printable(f"desk: time zone {rules.timezone}; own pictures: {own}"))


class _RightsGroup(click.Group):
    """``rights ID`` decides on one picture; ``rights problems`` and ``rights usage`` are reports."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["decide", *args]
        return super().parse_args(ctx, args)


@click.group("rights", cls=_RightsGroup, invoke_without_command=False)
def rights_group() -> None:
    """Rights: photodesk rights ID [--at TIME] [--json] decides per channel; problems and usage report uses.

    \b
    photodesk rights ID [--at ISO-8601] [--json]
    photodesk rights problems [--json]
    photodesk rights usage --from DATE --to DATE [--supplier S] [--format csv|json]
    """


@rights_group.command("decide", hidden=True)
@click.argument("asset_id")
@click.option("--at", "at", metavar="ISO-8601",
              help="The planned publication time (default: now); without an offset, the desk's time zone.")
@click.option("--json", "as_json", is_flag=True, help="Print the decision as JSON.")
@data_option
def rights_decide_command(settings: Settings, asset_id: str, at: str | None, as_json: bool) -> None:
    """May the desk publish this picture, on which channels, with which duties (at --at, else now)."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        try:
            decision = desk.decide(_asset_key(desk, asset_id), at)
        except KeyError:
            click.echo(printable(f"photodesk: no asset with id {asset_id}"), err=True)
            sys.exit(EXIT_FAILED)
        zone = desk.rights_book().zone
    if as_json:
        click.echo(json_text(decision.to_record()))  # one line, as search --json: 10,000 of them in ~1 s
        return
    _print_decision(decision.to_record(), zone)


def _asset_key(desk: Any, text: str) -> str:
    key = text.strip().lower()
    if len(key) == 64:  # the full sha256
        asset = desk.catalog.get_by_sha256(key)
        return asset.id if asset else key
    return key


def _print_decision(record: dict[str, Any], zone: Any) -> None:
    from catalog.rights.times import instant, shown

    at = instant(record["at"], zone)
    head = f"{record['id']}  supplier: {record['supplier'] or '(none named)'}"
    head += f" · agreement {record['agreement']}" if record["agreement"] else (" · own picture" if record["own"] else
                                                                              " · no agreement")
    click.echo(printable(f"{head} · at {shown(at, zone) if at else record['at']}"))
    if record["killed"]:
        click.echo(printable(f"  KILLED on {record['killed']['killed_at']}: {record['killed']['reason']}"))
    for channel, verdict in record["channels"].items():
        until = ""
        if verdict["until"]:
            lifted = instant(verdict["until"], zone)
            until = f" until {shown(lifted, zone)}" if lifted else ""
        click.echo(printable(f"  {channel:<11} {_VERDICT_WORDS[verdict['verdict']]}{until}"))
        for reason in verdict["reasons"]:
            click.echo(printable(f"      because {reason}"))
        for duty in verdict["duties"]:
            click.echo(printable(f"      must {duty}"))


@rights_group.command("problems")
@click.option("--json", "as_json", is_flag=True, help="Print the problems as JSON.")
@data_option
def rights_problems_command(settings: Settings, as_json: bool) -> None:
    """Uses that break a decision when they happened or now: embargo, term, retention, channel, kill, credit."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        problems = desk.rights_problems()
    if as_json:
        click.echo(json_text({"problems": [problem.to_record() for problem in problems]}, indent=2))
        return
    for problem in problems:
        use = problem.use
        click.echo(printable(f"{use.asset_id}  {use.article_title or '(untitled)'} <{use.article_url}>  "
                             f"{use.at.isoformat()}  [{', '.join(problem.kinds)}]"))
        for reason in problem.reasons:
            click.echo(printable(f"    {reason}"))
    click.echo(f"{len(problems)} problem{'' if len(problems) == 1 else 's'}", err=True)


@rights_group.command("usage")
@click.option("--from", "start", required=True, type=click.DateTime(["%Y-%m-%d"]), metavar="DATE",
              help="First day of the report (at the desk).")
@click.option("--to", "end", required=True, type=click.DateTime(["%Y-%m-%d"]), metavar="DATE",
              help="Last day of the report (included).")
@click.option("--supplier", help="Only this supplier (its name or agreement id, any case).")
@click.option("--format", "output_format", type=click.Choice(["csv", "json"]), default="csv", show_default=True,
              help="CSV (one row per use, then totals per supplier) or JSON.")
@data_option
def rights_usage_command(settings: Settings, start: Any, end: Any, supplier: str | None, output_format: str) -> None:
    """The usage report: one row per use with supplier, agreement, fee, article URL and date; totals per supplier."""
    from catalog.desk import Desk
    from catalog.rights.usage import usage_csv

    if end < start:
        raise click.BadParameter("--to is before --from", param_hint="--to")
    with Desk.open(settings) as desk:
        report = desk.usage_report(start.date(), end.date(), supplier=supplier)
    if output_format == "json":
        click.echo(json_text(report.to_record(), indent=2))
    else:
        click.echo(usage_csv(report), nl=False)


@click.command("kill")
@click.argument("asset_id")
@click.option("--reason", required=True, help="Why the supplier withdrew the picture (shown to every editor).")
@data_option
def kill_command(settings: Settings, asset_id: str, reason: str) -> None:
    """Record a kill notice: the picture is forbidden everywhere, and its articles are listed as problems."""
    from catalog.desk import Desk

    if not reason.strip():
        raise click.BadParameter("give the kill notice's reason", param_hint="--reason")
    with Desk.open(settings) as desk:
        key = _asset_key(desk, asset_id)
        try:
            desk.kill(key, reason.strip())
        except KeyError:
            click.echo(printable(f"photodesk: no asset with id {asset_id}"), err=True)
            sys.exit(EXIT_FAILED)
        articles = desk.catalog.articles_for(key)
    click.echo(printable(f"{key} killed: {reason.strip()}"))
    for article in articles:
        click.echo(printable(f"  fix: {article.title or '(untitled)'} <{article.url}> publishes it"))


@click.command("unkill")
@click.argument("asset_id")
@data_option
def unkill_command(settings: Settings, asset_id: str) -> None:
    """Lift a picture's kill notice."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        key = _asset_key(desk, asset_id)
        lifted = desk.unkill(key)
    if not lifted:
        click.echo(printable(f"photodesk: {asset_id} has no kill notice"), err=True)
        sys.exit(EXIT_FAILED)
    click.echo(printable(f"{key}: kill notice lifted"))


COMMANDS = (agreements_group, rights_group, kill_command, unkill_command)
