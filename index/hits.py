"""One page of results: each hit read from the stored fields with its caption highlight,
and the ``SearchResults`` around them."""

from __future__ import annotations

from typing import Any

from index.highlight import highlight_caption
from index.query import ParsedQuery
from index.results import Hit, SearchResults


def read_hit(searcher: Any, docnum: int, score: float | None, terms: frozenset[str], prefixes: tuple[str, ...]) -> Hit:
    """The hit for document ``docnum`` of a Whoosh searcher, its caption (else headline) highlighted."""
    stored = searcher.stored_fields(docnum)
    caption = stored.get("caption")
    width, height = stored.get("size") or (None, None)
    return Hit(
        id=stored["id"],
        score=score,
        caption=caption,
        highlight=highlight_caption(caption or stored.get("headline"), terms, prefixes),
        credit=stored.get("credit_line"),
        date_created=stored.get("date_created"),
        headline=stored.get("headline"),
        agency=stored.get("agency"),
        photographers=tuple(stored.get("photographers") or ()),
        city=stored.get("city"),
        country=stored.get("country"),
        restrictions=tuple(stored.get("restrictions") or ()),
        width=width,
        height=height,
    )


def page_results(
    parsed: ParsedQuery,
    problems: list[str],
    total: int,
    page: int,
    page_size: int,
    sort: str,
    hits: tuple[Hit, ...],
    facets: dict[str, list[tuple[str, int]]],
    suggestion: str | None,
) -> SearchResults:
    """The results of one page; ``message`` explains the query's and the filters' ``problems``."""
    return SearchResults(
        query=parsed.text,
        effective_query=parsed.effective,
        total=total,
        page=page,
        page_size=page_size,
        sort=sort,
        hits=hits,
        facets=facets,
        suggestion=suggestion,
        message=parsed.message(problems),
    )
