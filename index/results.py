"""What a search returns: the page of hits with highlight spans, the total, facet counts, suggestion and message."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

SORTS = ("relevance", "newest", "oldest", "imported")


@dataclass(frozen=True)
class Span:
    """A piece of a highlighted extract: plain text (never escaped), and whether the query matched it."""

    text: str
    matched: bool = False


@dataclass(frozen=True, kw_only=True)
class Hit:
    """One matching picture as a result list shows it.

    ``highlight`` is the caption's extract (else the headline's) as ``Span``s, the matched
    words marked (``index.highlight``); empty when there is neither. ``score`` is the
    relevance score, None when sorted by date.
    """

    id: str
    score: float | None
    caption: str | None
    highlight: tuple[Span, ...]
    credit: str | None  # the credit line to print (caption credit, else the Credit field)
    date_created: str | None
    headline: str | None = None
    agency: str | None = None
    photographers: tuple[str, ...] = ()
    city: str | None = None
    country: str | None = None
    restrictions: tuple[str, ...] = ()
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True, kw_only=True)
class SearchResults:
    """One page of a search.

    ``facets`` maps each requested facet (agency, photographer, country, city, year,
    restrictions) to ``(value, count)`` pairs, most pictures first. ``message`` explains a
    query that could not be read as typed; ``effective_query`` is what ran instead.
    ``suggestion`` is a corrected query when some word matched nothing.
    """

    query: str
    effective_query: str
    total: int
    page: int
    page_size: int
    sort: str  # the order actually used ("relevance" falls back to "newest" without words)
    hits: tuple[Hit, ...] = ()
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestion: str | None = None
    message: str | None = None

    @property
    def pages(self) -> int:
        """How many pages of ``page_size`` the hits fill (at least 1)."""
        return max(1, math.ceil(self.total / self.page_size))
