"""``photodesk hosts``: the hosts following a shared catalog's change feed, and forgetting one that is gone.

Each host whose index follows the feed records itself in the catalog (docs/postgresql.md#pruning-the-feed);
a host taken out of service stays recorded until it is forgotten here.
"""

from __future__ import annotations

from dataclasses import asdict

import click

from catalog.settings import Settings
from scripts.options import data_option
from scripts.terminal import json_text, printable


@click.group("hosts")
def hosts_group() -> None:
    """Hosts following the shared catalog's change feed: photodesk hosts list|forget HOST."""


@hosts_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the hosts as a JSON array.")
@data_option
def hosts_list_command(settings: Settings, as_json: bool) -> None:
    """List the hosts following the change feed, furthest behind first, with their ids and when each was last seen."""
    from catalog import replica
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        hosts = desk.following_hosts()
    if as_json:
        click.echo(json_text([asdict(host) for host in hosts]))
        return
    for host in hosts:
        click.echo(printable(f"{host.host}  {replica.describe_host(host, settings.host_stale_days)}"))
    if not hosts:
        click.echo("No host follows the change feed (hosts serving or watching a shared catalog do).", err=True)


@hosts_group.command("forget")
@click.argument("host")
@click.option("--force", is_flag=True,
              help="Forget a host seen within the stale limit too (PHOTODESK_HOST_STALE_DAYS): it may still be running.")
@data_option
def hosts_forget_command(settings: Settings, host: str, force: bool) -> None:
    """Stop listing a host that is gone (HOST: its id or name, as hosts list shows them); it no longer holds changes back."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        forgotten = desk.forget_host(host, force=force)
    click.echo(printable(f"host {forgotten.name} ({forgotten.host}): forgotten, last seen {forgotten.seen_at}"))


COMMANDS = (hosts_group,)
