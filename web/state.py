"""The search page's state, all of it in the URL: query, filters, dates, sort and page.

One place parses request arguments into a ``SearchState`` and turns a state back into a
URL, so every link on the page (facets, chips, sort, pages, suggestion) is shareable.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Mapping
from urllib.parse import urlencode

from flask import request

from index.query import clip_query
from index.results import SORTS

# URL parameter -> label shown in the sidebar and on chips. Order = sidebar order.
# Each parameter is also the index's filter name (``index.filters.FILTER_TAGS``).
FILTER_PARAMS: Mapping[str, str] = {
    "agency": "Agency",
    "photographer": "Photographer",
    "restriction": "Restrictions",
    "year": "Year",
    "country": "Country",
    "city": "City",
}
# URL parameter -> the index facet whose counts the sidebar shows for it.
FACET_OF_PARAM: Mapping[str, str] = {"restriction": "restrictions"}
# The index's sorts, in its order -> the label of their link (a sort without one fails here).
_LABELS = {"relevance": "Relevance", "newest": "Newest", "oldest": "Oldest", "imported": "Recently imported"}
SORT_LABELS: Mapping[str, str] = {name: _LABELS[name] for name in SORTS}
DEFAULT_SORT = "relevance"
PAGE_SIZE = 48  # hits per search page: 2, 3, 4, 6 or 8 tiles a row all fill the last row
MAX_PAGE = 10_000
# Bounds on one request's search: every facet link repeats the whole state, so 5,000 filter
# values made pages of gigabytes (a MemoryError); no editor's search comes near these.
MAX_FILTERS = 24
MAX_VALUE_CHARS = 200


@dataclass(frozen=True)
class SearchState:
    """What the editor asked for; ``filters`` keeps (parameter, value) pairs in URL order."""

    query: str = ""
    filters: tuple[tuple[str, str], ...] = ()
    date_from: str = ""
    date_to: str = ""
    sort: str = DEFAULT_SORT
    page: int = 1
    cleared_now: bool = False  # only pictures usable now on the web and in print (docs/rights.md)
    problems: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def from_args(cls, args: Mapping[str, str] | object) -> "SearchState":
        """Parse request arguments; values that make no sense are dropped with a note."""
        getlist = getattr(args, "getlist", None)
        get = getattr(args, "get")

        def values(name: str) -> list[str]:
            found = getlist(name) if getlist else ([get(name)] if get(name) is not None else [])
            return [value.strip() for value in found if value and value.strip()]

        problems: list[str] = []
        filters: list[tuple[str, str]] = []
        for name in FILTER_PARAMS:
            for value in values(name):
                if len(value) > MAX_VALUE_CHARS:
                    _note(problems, f"A filter value longer than {MAX_VALUE_CHARS} characters was left out.")
                elif len(filters) >= MAX_FILTERS:
                    _note(problems, f"Only the first {MAX_FILTERS} filters were used.")
                elif (name, value) not in filters:
                    filters.append((name, value))
        # Cut here too, not only in the index: every facet link repeats the query.
        query, cut = clip_query((get("q") or "").strip())
        if cut:
            problems.append(cut)
        # Dates and sort are checked by the index, whose message explains what it left out.
        date_from = (get("from") or "").strip()[:MAX_VALUE_CHARS]
        date_to = (get("to") or "").strip()[:MAX_VALUE_CHARS]
        sort = (get("sort") or DEFAULT_SORT).strip()[:MAX_VALUE_CHARS] or DEFAULT_SORT
        page = _valid_page(get("page") or "1", problems)
        return cls(
            query=query,
            filters=tuple(filters),
            date_from=date_from,
            date_to=date_to,
            sort=sort,
            page=page,
            cleared_now=(get("cleared") or "").strip() in ("1", "yes", "on", "true"),
            problems=tuple(problems),
        )

    def index_filters(self) -> dict[str, Any]:
        """The filters as the index takes them."""
        filters: dict[str, Any] = {name: list(self.filter_values(name)) for name in FILTER_PARAMS
                                   if self.filter_values(name)}
        if self.date_from:
            filters["from"] = self.date_from
        if self.date_to:
            filters["to"] = self.date_to
        if self.cleared_now:
            filters["cleared"] = "1"
        return filters

    def filter_values(self, name: str) -> tuple[str, ...]:
        """The active values of one filter parameter."""
        return tuple(value for param, value in self.filters if param == name)

    def has_filter(self, name: str, value: str) -> bool:
        """True when ``name=value`` is an active filter."""
        return (name, value) in self.filters

    def toggled(self, name: str, value: str) -> "SearchState":
        """The state with ``name=value`` added, or removed when active; back to page 1."""
        pair = (name, value)
        filters = tuple(p for p in self.filters if p != pair) if pair in self.filters else self.filters + (pair,)
        return replace(self, filters=filters, page=1)

    def without(self, name: str, values: Iterable[str]) -> "SearchState":
        """The state without these values of one filter; back to page 1."""
        dropped = {(name, value) for value in values}
        return replace(self, filters=tuple(pair for pair in self.filters if pair not in dropped), page=1)

    def without_dates(self) -> "SearchState":
        """The state with no date range; back to page 1."""
        return replace(self, date_from="", date_to="", page=1)

    def cleared(self) -> "SearchState":
        """The same query and sort, with no filters or dates."""
        return replace(self, filters=(), date_from="", date_to="", cleared_now=False, page=1)

    def args(self) -> list[tuple[str, str]]:
        """The URL arguments for this state, defaults left out so URLs stay short."""
        pairs: list[tuple[str, str]] = []
        if self.query:
            pairs.append(("q", self.query))
        pairs.extend(self.kept_args())
        if self.page > 1:
            pairs.append(("page", str(self.page)))
        return pairs

    def kept_args(self, without_dates: bool = False) -> list[tuple[str, str]]:
        """Filters, *Cleared now*, dates and sort: what a new query typed in the box keeps."""
        pairs = list(self.filters)
        if self.cleared_now:
            pairs.append(("cleared", "1"))
        if not without_dates:
            if self.date_from:
                pairs.append(("from", self.date_from))
            if self.date_to:
                pairs.append(("to", self.date_to))
            if self.sort != DEFAULT_SORT:
                pairs.append(("sort", self.sort))
        elif self.sort != DEFAULT_SORT:
            pairs.append(("sort", self.sort))
        return pairs

    def url(self, **changes: object) -> str:
        """The search page URL of this state (or of it with ``changes``).

        Built by hand, like ``presentation.asset_url``: a page holds ~50 of these links.
        """
        state = replace(self, **changes) if changes else self
        return f"{request.script_root}/search" + _query_string(state.args())


def _query_string(pairs: Iterable[tuple[str, str]]) -> str:
    encoded = urlencode(list(pairs))
    return f"?{encoded}" if encoded else ""


def _note(problems: list[str], sentence: str) -> None:
    if sentence not in problems:
        problems.append(sentence)


def _valid_page(text: str, problems: list[str]) -> int:
    try:
        page = int(text[:20])
    except ValueError:
        problems.append(f"Page “{text[:20]}” is not a number: showing page 1.")
        return 1
    return min(max(page, 1), MAX_PAGE)
