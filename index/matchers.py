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


class ColumnQuery(Query):
    """Documents whose value in a per-document numeric column passes ``accepts``.

    Used for width/height/orientation ranges and has:/missing:/is: flags, which live in
    columns rather than as postings (eight trie terms per number, a dozen flag terms per
    picture, would slow every build for rarely used queries). Inside a Whoosh query tree
    the column is scanned; ``SearchIndex`` answers top-level ones from cached arrays.
    """

    column = ""

    def key(self) -> tuple:
        """What makes two of these queries the same."""
        raise NotImplementedError

    def accepts(self, value: int) -> bool:
        """Whether a document with this column value matches."""
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.key() == other.key()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.key()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}{self.key()!r}"

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
        docnums: list[int] = []
        for leaf, offset in searcher.reader().leaf_readers():
            if not leaf.has_column(self.column):
                continue
            deleted = leaf.is_deleted if leaf.has_deletions() else None
            for docnum, value in enumerate(leaf.column_reader(self.column)):
                if self.accepts(value) and not (deleted and deleted(docnum)):
                    docnums.append(offset + docnum)
        if not docnums:
            return matching.NullMatcher()
        return matching.ListMatcher(docnums, all_weights=1.0)


class ColumnRange(ColumnQuery):
    """Width, height or orientation in ``[low, high]`` (None: open); 0 means unknown, never matches."""

    def __init__(self, column: str, low: int | None, high: int | None):
        self.column, self.low, self.high = column, low, high

    def key(self) -> tuple:
        """Column and bounds."""
        return (self.column, self.low, self.high)

    def accepts(self, value: int) -> bool:
        """Known and within the bounds."""
        return value > 0 and (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


class Flag(ColumnQuery):
    """``has:NAME`` (``present``) or ``missing:NAME``, or ``is:SHAPE``: one bit of ``flags``."""

    column = "flags"

    def __init__(self, name: str, bit: int, present: bool = True):
        self.name, self.bit, self.present = name, bit, present

    def key(self) -> tuple:
        """Flag and polarity."""
        return (self.name, self.present)

    def accepts(self, value: int) -> bool:
        """The bit is set (``present``) or clear."""
        return bool(value & self.bit) == self.present
