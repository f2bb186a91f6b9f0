"""Paging through a search's results from the asset page: back to the same results, previous and next.

The search page's tile links carry the search they came from (``search``: the search page's
own query string) and the picture's place in its results (``hit``, from 1). The asset page
reads them back: "‹ Search" returns to that search at the page holding the picture, and
previous/next open its neighbours with the same two arguments. Nothing is kept on the
server or in the browser: the URL is the whole state, so it can be shared and reloaded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping
from urllib.parse import parse_qsl, urlencode

from werkzeug.datastructures import MultiDict

from web.components import components
from web.presentation import asset_url
from web.state import MAX_PAGE, PAGE_SIZE, SearchState

SEARCH_ARG = "search"  # the search page's query string, as the tile link carried it
HIT_ARG = "hit"  # the picture's place in the results, from 1
MAX_SEARCH_CHARS = 4_000  # a search page URL's arguments stay well under this (web/state.py bounds them)


@dataclass(frozen=True)
class Paging:
    """Where the asset page sits in the search it came from."""

    back_url: str  # the search at the page holding this picture
    position: int
    total: int
    previous_url: str | None
    next_url: str | None


def asset_link(asset_id: str, state: SearchState, position: int) -> str:
    """The asset page's URL carrying the search it was opened from and its place in the results."""
    carried = replace(state, page=1).args()  # the position says which page
    return asset_url(asset_id) + "?" + urlencode({SEARCH_ARG: urlencode(carried), HIT_ARG: position})


def search_context(args: Mapping[str, str]) -> tuple[SearchState, int] | None:
    """The search and position a tile link carried, or None when the page was opened some other way."""
    text, hit = args.get(SEARCH_ARG), args.get(HIT_ARG, "")
    # No further than the search page itself goes (MAX_PAGE pages of PAGE_SIZE).
    if text is None or len(text) > MAX_SEARCH_CHARS or not hit.isdigit() or not 0 < int(hit[:9]) <= MAX_PAGE * PAGE_SIZE:
        return None
    return SearchState.from_args(MultiDict(parse_qsl(text, keep_blank_values=False))), int(hit)


def paging_for(asset_id: str, state: SearchState, position: int, page_size: int) -> Paging:
    """Back, previous and next around ``asset_id``, expected at ``position`` of ``state``'s results.

    The results are searched again: when pictures were imported meanwhile and the asset moved,
    it is looked for on the page it was on; when it is not there, only the way back is offered.
    """
    index, rights = components().index, components().desk.search_rights()
    page = (position - 1) // page_size + 1

    def ids_on(number: int) -> tuple[list[str], int]:
        results = index.search(state.query, page=number, page_size=page_size, sort=state.sort,
                               filters=state.index_filters(), rights=rights)
        return [hit.id for hit in results.hits], results.total

    ids, total = ids_on(page)
    offset = (page - 1) * page_size
    expected = position - 1 - offset
    if not (0 <= expected < len(ids) and ids[expected] == asset_id):
        if asset_id not in ids:
            return Paging(back_url=state.url(page=page) + f"#tile-{asset_id}", position=position, total=total,
                          previous_url=None, next_url=None)
        expected = ids.index(asset_id)
        position = offset + expected + 1
    previous_id = ids[expected - 1] if expected > 0 else None
    next_id = ids[expected + 1] if expected + 1 < len(ids) else None
    if previous_id is None and page > 1:
        before = ids_on(page - 1)[0]
        previous_id = before[-1] if before else None
    if next_id is None and position < total:
        following = ids_on(page + 1)[0]
        next_id = following[0] if following else None
    return Paging(
        back_url=state.url(page=page) + f"#tile-{asset_id}",
        position=position,
        total=total,
        previous_url=asset_link(previous_id, state, position - 1) if previous_id else None,
        next_url=asset_link(next_id, state, position + 1) if next_id else None,
    )

