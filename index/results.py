"""What a search returns: the page of hits, the total, facet counts, suggestion and message."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

SORTS = ("relevance", "newest", "oldest", "imported")


@dataclass(frozen=True, kw_only=True)
class Hit:
    """One matching picture as a result list shows it.

    ``highlight`` is HTML-safe: the caption extract escaped, with the matched words in
    ``<mark>…</mark>``. ``score`` is the relevance score, None when sorted by date.
    """

    id: str
    score: float | None
    caption: str | None
    highlight: str
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

    def to_json(self) -> dict[str, Any]:
        """The hit as the ``search --json`` contract writes it."""
        return {
            "id": self.id,
            "score": None if self.score is None else round(self.score, 4),
            "caption": self.caption,
            "highlight": self.highlight,
            "credit": self.credit,
            "date_created": self.date_created,
        }


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

    def to_json(self) -> dict[str, Any]:
        """The ``photodesk search --json`` document (the contract in docs/contracts.md#json-the-commands-print)."""
        return {
            "total": self.total,
            "hits": [hit.to_json() for hit in self.hits],
            "facets": {name: [[value, count] for value, count in pairs] for name, pairs in self.facets.items()},
            "suggestion": self.suggestion,
            "message": self.message,
            "query": self.effective_query,
            "page": self.page,
            "pages": self.pages,
            "sort": self.sort,
        }
