"""Query types Photodesk adds to Whoosh: one band of the text field, and a numeric column range."""

from __future__ import annotations

from typing import Any

from whoosh import matching
from whoosh.query import Query
from whoosh.query.spans import SpanQuery, SpanWrappingMatcher

from index.schema import BAND_WIDTH, BANDS


class Band(SpanQuery):
    """Matches ``q`` (a term or phrase of the ``text`` field) only inside one field's band.

    ``by:dana`` is ``Band(Term("text", "dana"), "people")``: the word must occur at a
    position between 400 000 and 499 999, where the people's names were indexed.
    """

    def __init__(self, q: Query, band: str):
        self.q = q
        self.band = band
        self.start = BANDS.index(band) * BAND_WIDTH
        self.end = self.start + BAND_WIDTH

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.q == other.q and self.band == other.band  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self.q) ^ hash(self.band)

    def __repr__(self) -> str:
        return f"Band({self.q!r}, {self.band!r})"

    def is_leaf(self) -> bool:
        """A band wraps another query."""
        return False

    def apply(self, fn: Any) -> "Band":
        """The same band around ``fn(q)``."""
        return Band(fn(self.q), self.band)

    def field(self) -> str | None:
        """The wrapped query's field."""
        return self.q.field()

    def estimate_size(self, ixreader: Any) -> int:
        """At most as many documents as the wrapped query."""
        return self.q.estimate_size(ixreader)

    def estimate_min_size(self, ixreader: Any) -> int:
        """Possibly none (the band may hold no match)."""
        return 0

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        """The wrapped matcher, keeping only documents with a match inside the band."""
        child = self.q.matcher(searcher, context)
        if not child.is_active():
            return matching.NullMatcher()
        return _BandMatcher(child, self.start, self.end)


class _BandMatcher(SpanWrappingMatcher):
    def __init__(self, child: Any, start: int, end: int):
        self.start, self.end = start, end
        super().__init__(child)

    def copy(self) -> "_BandMatcher":
        return _BandMatcher(self.child.copy(), self.start, self.end)

    def _replacement(self, newchild: Any) -> "_BandMatcher":
        return _BandMatcher(newchild, self.start, self.end)

    def _get_spans(self) -> list[Any]:
        return [s for s in self.child.spans() if self.start <= s.start and s.end < self.end]


class ColumnRange(Query):
    """Documents whose numeric column (width, height, orientation) lies in ``[low, high]``.

    Read from the per-document column rather than indexed as trie terms: these queries
    are rare, and trie terms would add eight postings per number to every document.
    A stored 0 means unknown and never matches.
    """

    def __init__(self, column: str, low: int | None, high: int | None):
        self.column, self.low, self.high = column, low, high

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and (self.column, self.low, self.high) == (
            other.column, other.low, other.high  # type: ignore[attr-defined]
        )

    def __hash__(self) -> int:
        return hash((self.column, self.low, self.high))

    def __repr__(self) -> str:
        return f"ColumnRange({self.column!r}, {self.low!r}, {self.high!r})"

    def is_leaf(self) -> bool:
        """No sub-queries."""
        return True

    def field(self) -> str | None:
        """Not a term field."""
        return None

    def estimate_size(self, ixreader: Any) -> int:
        """At most every document."""
        return ixreader.doc_count_all()

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        """A list matcher over the matching document numbers of this (sub-)searcher."""
        reader = searcher.reader()
        docnums: list[int] = []
        for leaf, offset in reader.leaf_readers():
            if not leaf.has_column(self.column):
                continue
            deleted = leaf.is_deleted if leaf.has_deletions() else None
            low = 1 if self.low is None else max(1, self.low)
            high = self.high
            for docnum, value in enumerate(leaf.column_reader(self.column)):
                if value >= low and (high is None or value <= high) and not (deleted and deleted(docnum)):
                    docnums.append(offset + docnum)
        if not docnums:
            return matching.NullMatcher()
        return matching.ListMatcher(docnums, all_weights=1.0)
