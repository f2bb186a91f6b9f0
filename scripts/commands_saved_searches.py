"""``photodesk saved-search``: save a search under a name, list the saved ones, show one's newest pictures, remove one."""

from __future__ import annotations

import click

from catalog.saved_searches import FILTER_NAMES, SavedSearchError, saved_search
from catalog.settings import Settings
from index.results import SORTS
from scripts.options import data_option
from scripts.terminal import json_text, printable


@click.group("saved-search")
def saved_search_group() -> None:
    """Saved searches: photodesk saved-search save|list|show|remove (each has an Atom feed, /feeds/NAME.atom)."""


def _filter_pair(text: str) -> tuple[str, str]:
    name, equals, value = text.partition("=")
    if not equals or not value.strip():
        raise SavedSearchError(f"--filter {text!r}: write NAME=VALUE, e.g. country=USA")
    return name.strip(), value.strip()


@saved_search_group.command("save")
@click.argument("name")
@click.argument("query", nargs=-1)
@click.option("--filter", "filters", multiple=True, metavar="NAME=VALUE",
              help=f"A filter of the search page ({', '.join(FILTER_NAMES)}); repeat for more.")
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True, help="Order of the results.")
@click.option("--owner", help="The account it belongs to (default: the desk's, seen by everyone).")
@click.option("--share", is_flag=True, help="Let every account see it and read its feed (with --owner).")
@click.option("--replace", is_flag=True, help="Change the saved search of this name instead of refusing.")
@data_option
def save_command(settings: Settings, name: str, query: tuple[str, ...], filters: tuple[str, ...], sort: str,
                 owner: str | None, share: bool, replace: bool) -> None:
    """Save QUERY (the search page's query language) and its filters under NAME."""
    from catalog.desk import Desk

    search = saved_search(name, query=" ".join(query), filters=[_filter_pair(text) for text in filters], sort=sort,
                          owner=owner, shared=share)
    with Desk.open(settings) as desk:
        saved = desk.catalog.save_search(search, replace=replace)
        total = desk.saved_search_results(saved, limit=1).total
    click.echo(printable(f"saved {saved.name!r}: {saved.describe()} ({_pictures(total)} now)"))


@saved_search_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the saved searches as a JSON array.")
@data_option
def list_command(settings: Settings, as_json: bool) -> None:
    """List the saved searches: name, what they search, owner, and how many pictures each finds."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        found = [(search, desk.saved_search_results(search, limit=1).total) for search in desk.catalog.saved_searches()]
    if as_json:
        click.echo(json_text([{**search.to_record(), "total": total} for search, total in found]))
        return
    for search, total in found:
        whose = f"{search.owner}{', shared' if search.shared else ''}" if search.owner else "the desk's"
        click.echo(printable(f"{search.name}  {search.describe()}  ({whose}; {_pictures(total)})"))


@saved_search_group.command("show")
@click.argument("name")
@click.option("--limit", "-n", type=click.IntRange(1, 200), default=20, show_default=True,
              help="How many of the newest pictures to list.")
@click.option("--json", "as_json", is_flag=True, help="Print the search and its newest pictures as JSON.")
@data_option
def show_command(settings: Settings, name: str, limit: int, as_json: bool) -> None:
    """Show a saved search and its newest pictures, last imported first (what its feed holds)."""
    from catalog.desk import Desk
    from scripts.commands_search import print_results, search_json

    with Desk.open(settings) as desk:
        search = desk.catalog.saved_search(name)
        if search is None:
            raise SavedSearchError(f"no saved search named {name!r} (photodesk saved-search list shows them)")
        results = desk.saved_search_results(search, limit=limit)
    if as_json:
        click.echo(json_text({**search.to_record(), "results": search_json(results)}))
        return
    click.echo(printable(f"{search.name}: {search.describe()}  (feed: /feeds/{search.name}.atom)"))
    print_results(results, show_facets=False)


@saved_search_group.command("remove")
@click.argument("name")
@data_option
def remove_command(settings: Settings, name: str) -> None:
    """Remove a saved search (its feed ends)."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        removed = desk.catalog.remove_saved_search(name)
    click.echo(printable(f"removed the saved search {removed.name!r}"))


def _pictures(count: int) -> str:
    return f"{count} picture{'' if count == 1 else 's'}"


COMMANDS = (saved_search_group,)
