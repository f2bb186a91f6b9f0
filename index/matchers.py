"""Query types Photodesk adds to Whoosh besides phrases: one band of the text field, date ranges, column tests."""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

import numpy as np
from whoosh import matching
from whoosh.query import NullQuery, Or, Query, Term
from whoosh.query.spans import SpanQuery

from index.schema import BAND_WIDTH, BANDS, TAG_SEPARATOR
from index.whoosh_internals import BandMatcher

_TAGS = "tags"  # the field of exact values (schema)


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

    def apply(self, fn: Any) -> Band:
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
        return BandMatcher(child, self.start, self.end)


class DateRange(Query):
    """A date range: the date terms that cover it (``dates.range_terms``) for Whoosh, and a
    test on a document's date sort key, so that a wide range need not read its postings.

    ``date:[2008 TO *]`` over a million pictures covers three quarters of them: reading
    and joining those postings took half a second, testing the next twenty documents in
    date order takes microseconds.
    """

    def __init__(self, first: date | None, last: date | None, terms: list[str]):
        self.first, self.last, self.terms = first, last, list(terms)
        self._tag_terms = [f"date{TAG_SEPARATOR}{term}" for term in self.terms]  # as schema.tag writes them
        self._low = _day_number(first) if first else 0
        self._high = _day_number(last) if last else 99_999_999

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and (self.first, self.last) == (other.first, other.last)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.first, self.last))

    def __repr__(self) -> str:
        return f"DateRange({self.first}, {self.last})"

    def is_leaf(self) -> bool:
        """Stands for its terms."""
        return True

    def field(self) -> str:
        """The tags field."""
        return _TAGS

    def tag_query(self) -> Query:
        """The same range as an OR of the tag terms."""
        terms = [Term(_TAGS, tag_term) for tag_term in self._tag_terms]
        if not terms:
            return NullQuery
        return terms[0] if len(terms) == 1 else Or(terms)

    def estimate_size(self, ixreader: Any) -> int:
        """The documents holding any of the terms (exact without deletions: the terms are disjoint)."""
        return sum(ixreader.doc_frequency(_TAGS, tag_term) for tag_term in self._tag_terms)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        """The tag terms' matcher."""
        return self.tag_query().matcher(searcher, context)

    def contains(self, key: int) -> bool:
        """Whether a picture with this ``date_key`` is inside (all of its stated period is)."""
        if not key:
            return False
        year, month, day = key // 10**10, key // 10**8 % 100, key // 10**6 % 100
        if day:
            start = end = year * 10_000 + month * 100 + day
        elif month:
            start = year * 10_000 + month * 100 + 1
            end = year * 10_000 + month * 100 + calendar.monthrange(year, month)[1]
        else:
            start, end = year * 10_000 + 101, year * 10_000 + 1231
        return self._low <= start and end <= self._high

    def contains_all(self, keys: np.ndarray) -> np.ndarray:
        """``contains`` for an array of date keys at once: an array of booleans."""
        year, month, day = keys // 10**10, keys // 10**8 % 100, keys // 10**6 % 100
        leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
        month_days = _MONTH_DAYS[month] + (leap & (month == 2))
        start = year * 10_000 + np.where(month > 0, month * 100 + np.maximum(day, 1), 101)
        end = year * 10_000 + np.where(month > 0, month * 100 + np.where(day > 0, day, month_days), 1231)
        return (keys != 0) & (self._low <= start) & (end <= self._high)


# Days per month (index 0 unused; February without its leap day).
_MONTH_DAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


def _day_number(day: date) -> int:
    return day.year * 10_000 + day.month * 100 + day.day


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

    def accepts_all(self, values: np.ndarray) -> np.ndarray:
        """``accepts`` for an array of column values at once: an array of booleans."""
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

    def accepts_all(self, values: np.ndarray) -> np.ndarray:
        """Known and within the bounds, for each value."""
        passed = values > 0
        if self.low is not None:
            passed &= values >= self.low
        if self.high is not None:
            passed &= values <= self.high
        return passed


class ImportedSince(ColumnQuery):
    """Pictures imported at or after a moment: ``imported_key`` at least ``key`` (``dates.sort_key`` of a UTC
    time, to the second; a picture imported in the very second someone looked counts as new, never as seen)."""

    column = "imported_key"

    def __init__(self, key: int):
        self.since = key

    def key(self) -> tuple:
        """The moment."""
        return (self.since,)

    def accepts(self, value: int) -> bool:
        """Imported at or after the moment."""
        return value >= self.since

    def accepts_all(self, values: np.ndarray) -> np.ndarray:
        """Imported at or after the moment, for each value."""
        return values >= self.since


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

    def accepts_all(self, values: np.ndarray) -> np.ndarray:
        """The bit set (or clear) in each value."""
        return ((values & self.bit) != 0) == self.present
