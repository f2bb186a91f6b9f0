"""The search page (``/``, ``/search``): query box, hits as tiles, facets, chips, sort, pages."""

from __future__ import annotations

import time
from dataclasses import dataclass

from flask import Blueprint, render_template, request
from markupsafe import Markup

from catalog.accounts import VIEWER
from catalog.asset import Asset
from catalog.spellings import value_key
from index import SearchResults
from web.access import requires
from web.components import components
from web.highlights import highlight_markup
from web.paging import asset_link
from web.presentation import restriction_label
from web.state import FACET_OF_PARAM, FILTER_PARAMS, PAGE_SIZE, SORT_LABELS, SearchState

blueprint = Blueprint("search", __name__)

FACET_LIMIT = 12  # values shown per facet, most frequent first
PAGE_WINDOW = 2  # page links shown either side of the current page


@dataclass(frozen=True)
class Tile:
    """One hit: the asset itself and its highlighted caption snippet."""

    asset: Asset
    snippet: Markup
    killed: bool = False  # a kill notice is on file: marked on the tile
    url: str = ""  # the asset page, carrying this search and the hit's place in it (web/paging.py)


@dataclass(frozen=True)
class FacetItem:
    """One facet value with its count and the URL that toggles it."""

    value: str
    label: str
    count: int
    active: bool
    url: str


@dataclass(frozen=True)
class Facet:
    """A sidebar group: the URL parameter, its label and its values."""

    param: str
    label: str
    values: list[FacetItem]


@dataclass(frozen=True)
class Chip:
    """An active filter with the URL that removes it."""

    param: str
    label: str
    value: str
    remove_url: str


@dataclass(frozen=True)
class Link:
    """A labelled URL (sort options, suggestion)."""

    label: str
    url: str
    active: bool = False


@dataclass(frozen=True)
class SearchView:
    """Everything the search page shows, built once per request."""

    state: SearchState
    total: int
    elapsed: float
    tiles: list[Tile]
    facets: list[Facet]
    chips: list[Chip]
    sort_options: list[Link]
    pages: list[tuple[int | None, str]]
    previous_url: str | None
    next_url: str | None
    clear_url: str
    cleared_url: str  # toggles the *Cleared now* filter
    suggestion: Link | None
    message: str | None


def run_search(state: SearchState, page_size: int = PAGE_SIZE) -> tuple[SearchResults, list[Tile], float]:
    """Ask the index for one page of hits and fetch their assets; also the time it took."""
    started = time.perf_counter()
    rights = components().desk.search_rights()
    results = components().index.search(
        state.query,
        page=state.page,
        page_size=page_size,
        sort=state.sort,
        filters=state.index_filters(),
        facets=True,
        rights=rights,
    )
    ids = [hit.id for hit in results.hits]
    assets = components().recent.get_many(ids)
    first = (results.page - 1) * results.page_size + 1
    tiles = [Tile(asset=assets[hit.id], snippet=highlight_markup(hit.highlight), killed=hit.id in rights.killed,
                  url=asset_link(hit.id, state, position))
             for position, hit in enumerate(results.hits, first) if hit.id in assets]
    return results, tiles, time.perf_counter() - started


def build_view(state: SearchState, results: SearchResults, tiles: list[Tile], elapsed: float) -> SearchView:
    """The page's view of one search: facets with toggle URLs, chips, sort, pagination."""
    facets = []
    for param, label in FILTER_PARAMS.items():
        counts = list(results.facets.get(FACET_OF_PARAM.get(param, param), ()))[:FACET_LIMIT]
        # A facet value stands for all its spellings ("USA", "United States"): the filter on any
        # of them makes it active, and removing it removes them all.
        chosen: dict[str, list[str]] = {}
        for value in state.filter_values(param):
            chosen.setdefault(value_key(param, value), []).append(value)
        shown = {value_key(param, value) for value, _ in counts}
        # An active filter stays visible (and removable) even when it fell out of the top values.
        counts += [(values[0], 0) for key, values in chosen.items() if key not in shown]
        items = []
        for value, count in counts:
            spellings = chosen.get(value_key(param, value))
            items.append(FacetItem(
                value=value,
                label=restriction_label(value) if param == "restriction" else value,
                count=count,
                active=bool(spellings),
                url=(state.without(param, spellings) if spellings else state.toggled(param, value)).url(),
            ))
        facets.append(Facet(param=param, label=label, values=items))
    chips = [
        Chip(param=param, label=FILTER_PARAMS[param], value=value, remove_url=state.toggled(param, value).url())
        for param, value in state.filters
    ]
    if state.cleared_now:
        chips.append(Chip(param="cleared", label="Rights", value="Cleared now",
                          remove_url=state.url(cleared_now=False, page=1)))
    if state.date_from or state.date_to:
        span = f"{state.date_from or '…'} – {state.date_to or '…'}"
        chips.append(Chip(param="date", label="Date", value=span, remove_url=state.without_dates().url()))
    pages_count = results.pages
    suggestion = None
    if results.suggestion and results.suggestion != state.query:
        suggestion = Link(label=results.suggestion, url=state.url(query=results.suggestion, page=1))
    return SearchView(
        state=state,
        total=results.total,
        elapsed=elapsed,
        tiles=tiles,
        facets=facets,
        chips=chips,
        sort_options=[Link(label=label, url=state.url(sort=name, page=1), active=name == results.sort) for name, label in SORT_LABELS.items()],
        pages=[(number, state.url(page=number) if number else "") for number in page_numbers(state.page, pages_count)],
        previous_url=state.url(page=state.page - 1) if state.page > 1 else None,
        next_url=state.url(page=state.page + 1) if state.page < pages_count else None,
        clear_url=state.cleared().url(),
        cleared_url=state.url(cleared_now=not state.cleared_now, page=1),
        suggestion=suggestion,
        message=" ".join(filter(None, (results.message, *state.problems))) or None,
    )


def page_numbers(current: int, last: int) -> list[int | None]:
    """Page links to show: first, last and a window around the current page; None marks a gap."""
    wanted = {1, last, *range(current - PAGE_WINDOW, current + PAGE_WINDOW + 1)}
    numbers: list[int | None] = []
    for number in sorted(n for n in wanted if 1 <= n <= last):
        if numbers and number - (numbers[-1] or 0) > 1:
            numbers.append(None)
        numbers.append(number)
    return numbers


@blueprint.get("/")
@blueprint.get("/search")
@requires(VIEWER)
def search_page() -> str:
    """The search page; every bit of state comes from the URL."""
    state = SearchState.from_args(request.args)
    results, tiles, elapsed = run_search(state)
    view = build_view(state, results, tiles, elapsed)
    return render_template(
        "search.html",
        view=view,
        search_query=state.query,
        autofocus_search=not state.query,
    )
