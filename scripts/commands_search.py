"""``photodesk search`` and ``photodesk reindex``: the search index from the command line."""

from __future__ import annotations

import html
import time
from collections.abc import Sequence
from typing import Any

import click

from catalog.errors import ConfigurationError
from catalog.settings import Settings
from index.results import SORTS, SearchResults, Span
from scripts.options import data_option
from scripts.terminal import json_text, printable


@click.command("search")
@click.argument("query", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print total, hits, facets and suggestion as JSON.")
@click.option("--limit", "-n", type=click.IntRange(1, 200), default=20, show_default=True,
              help="Hits per page.")
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True, help="Which page of hits.")
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True,
              help="Order of the hits (relevance falls back to newest when the query has no words).")
@click.option("--facets", "show_facets", is_flag=True, help="Also list facet counts (always in --json).")
@data_option
def search_command(
    settings: Settings, query: tuple[str, ...], as_json: bool, limit: int, page: int, sort: str, show_facets: bool
) -> None:
    """Search the catalog with the query language of the search page (no QUERY: everything)."""
    text = " ".join(query)
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        results = desk.index.search(text, page=page, page_size=limit, sort=sort, facets=as_json or show_facets,
                                    rights=desk.search_rights())
    if as_json:
        click.echo(json_text(search_json(results)))
        return
    print_results(results, show_facets)


def print_results(results: SearchResults, show_facets: bool) -> None:
    """The hits of one page as numbered lines (bold matches), the suggestion, and the facets when asked."""
    if results.message:
        click.echo(printable(f"photodesk: {results.message}"), err=True)
    if results.suggestion:
        click.echo(printable(f"Did you mean: {results.suggestion}"))
    shown = f'"{results.effective_query}"' if results.effective_query else "everything"
    click.echo(printable(f"{results.total} pictures for {shown} (page {results.page} of {results.pages}, by {results.sort})"))
    first = (results.page - 1) * results.page_size
    for number, hit in enumerate(results.hits, first + 1):
        details = "  ".join(part for part in (hit.date_created, hit.credit) if part)
        click.echo(printable(f"{number:>4}. {hit.id}  {details}"))
        if hit.highlight:
            click.echo(f"      {_terminal_text(hit.highlight)}")
    if show_facets:
        for name, pairs in results.facets.items():
            if pairs:
                counted = ", ".join(f"{value} ({count})" for value, count in pairs)
                click.echo(printable(f"{name}: {counted}"))


def _terminal_text(highlight: Sequence[Span]) -> str:
    # A terminal shows the matches bold (our own escape sequences, added after the
    # caption's own control characters are gone).
    return "".join(
        click.style(printable(span.text), bold=True) if span.matched else printable(span.text) for span in highlight
    )


def search_json(results: SearchResults) -> dict[str, Any]:
    """The ``photodesk search --json`` document (the contract in docs/contracts.md#json-the-commands-print)."""
    return {
        "total": results.total,
        "hits": [
            {
                "id": hit.id,
                "score": None if hit.score is None else round(hit.score, 4),
                "caption": hit.caption,
                "highlight": highlight_html(hit.highlight),
                "credit": hit.credit,
                "date_created": hit.date_created,
            }
            for hit in results.hits
        ],
        "facets": {name: [[value, count] for value, count in pairs] for name, pairs in results.facets.items()},
        "suggestion": results.suggestion,
        "message": results.message,
        "query": results.effective_query,
        "page": results.page,
        "pages": results.pages,
        "sort": results.sort,
    }


def highlight_html(highlight: Sequence[Span]) -> str:
    """The contract's ``highlight``: the text HTML-escaped (``&``, ``<``, ``>``; quotes as they are),
    each matched span in ``<mark>``; empty when there is no extract."""
    return "".join(
        f"<mark>{html.escape(span.text, quote=False)}</mark>" if span.matched else html.escape(span.text, quote=False)
        for span in highlight
    )


@click.command("reindex")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes building a large index (default: up to 2).")
@data_option
def reindex_command(settings: Settings, jobs: int | None) -> None:
    """Rebuild the search index from the catalog; searches keep working until it switches over."""
    if not settings.has_catalog():
        raise ConfigurationError(f"{settings.data_dir}: no catalog here yet; import photos first")
    started = time.monotonic()
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        count = desk.reindex(jobs=jobs)
    click.echo(f"reindexed {count} assets in {time.monotonic() - started:.1f} s")


COMMANDS = (search_command, reindex_command)
