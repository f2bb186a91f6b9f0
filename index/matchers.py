"""Query types Photodesk adds to Whoosh: phrases, one band of the text field, column ranges and flags."""

from __future__ import annotations

import calendar
import math
from datetime import date
import weakref
import itertools
from itertools import accumulate
from bisect import bisect_left, bisect_right
from typing import Any, Iterator, Sequence

import numpy as np
from whoosh import matching
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.query import NullQuery, Or, Query, Term
from whoosh.query.spans import SpanQuery, SpanWrappingMatcher
from whoosh.reading import TermNotFound

from index.recent import Recent
from index.schema import BAND_WIDTH, BANDS, STOP_CODES, TAG_SEPARATOR, decode_positions

_TAGS = "tags"  # the field of exact values (schema)


_K1, _B = 1.2, 0.75  # Whoosh's BM25F defaults, so phrase and word scores compare
# A CompactPositions posting value holding one position: its count, then the position.
_ONE_POSITION_BYTES = 8


class PhraseQuery(Query):
    """Words next to each other in the ``text`` field, optionally only inside one band.

    Whoosh's own phrase query walks its span machinery document by document (the
    benchmark's phrases took 150–750 ms over 100 000 captions). This one reads each word's
    postings a block at a time into arrays (``WordPositions``), intersects the documents,
    compares the words' single positions for all candidates at once (looking one by one
    only where a word occurs twice), and scores the matches with BM25 on the phrase
    frequency. The result is kept per segment for the life of the query object,
    because a search asks for the same matcher twice (counting, then ranking).
    """

    def __init__(self, fieldname: str, words: list[str], band: str | None = None):
        self.fieldname, self.words, self.band = fieldname, list(words), band
        self._found: dict[int, dict[int, int]] = {}

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and (self.fieldname, self.words, self.band) == (
            other.fieldname, other.words, other.band  # type: ignore[attr-defined]
        )

    def __hash__(self) -> int:
        return hash((self.fieldname, tuple(self.words), self.band))

    def __repr__(self) -> str:
        return f"PhraseQuery({self.fieldname!r}, {self.words!r}, band={self.band!r})"

    def is_leaf(self) -> bool:
        """No sub-queries."""
        return True

    def field(self) -> str:
        """The text field."""
        return self.fieldname

    def terms(self, phrases: bool = True) -> Any:
        """The phrase's words as (field, word) terms."""
        for word in self.words:
            yield (self.fieldname, word)

    def estimate_size(self, ixreader: Any) -> int:
        """At most as many documents as its rarest word."""
        return min(ixreader.doc_frequency(self.fieldname, word) for word in self.words)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        """A list matcher of the documents holding the phrase, with their BM25 scores."""
        docnums: list[int] = []
        scores: list[float] = []
        parent = searcher.get_parent() if hasattr(searcher, "get_parent") else searcher
        average = parent.avg_field_length(self.fieldname, 1.0) or 1.0
        for leaf, offset in searcher.reader().leaf_readers():
            found = self.frequencies(leaf)
            if not found:
                continue
            idf = math.log((parent.doc_count_all() or 1) / (len(found) + 1)) + 1
            for docnum, tf in sorted(found.items()):
                length = leaf.doc_field_length(docnum, self.fieldname, 1)
                docnums.append(offset + docnum)
                scores.append(idf * tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * length / average)))
        if not docnums:
            return matching.NullMatcher()
        return matching.ListMatcher(docnums, weights=scores)

    def frequencies(self, leaf: Any) -> dict[int, int]:
        """Documents of one segment holding the phrase, with how often (kept per segment)."""
        key = id(leaf)
        if key not in self._found:
            self._found[key] = self._evaluate(leaf)
        return self._found[key]

    def _evaluate(self, leaf: Any) -> dict[int, int]:
        field = self.fieldname
        frequency = {word: leaf.doc_frequency(field, word) for word in dict.fromkeys(self.words)}
        if not all(frequency.values()):
            return {}
        # Very common words ("the") are checked in the caption's stop map, not read.
        rarest = min(frequency.values())
        stops = {w for w, n in frequency.items() if w in STOP_CODES and n > 8 * rarest}
        if len(stops) == len(frequency):
            stops = set()
        positions: dict[str, WordPositions] = {}
        candidates: np.ndarray | None = None
        for word in sorted((w for w in frequency if w not in stops), key=frequency.__getitem__):
            if candidates is not None and frequency[word] > 8 * len(candidates):
                positions[word] = read_positions(leaf, field, word, only=candidates)
            else:
                positions[word] = _recent_positions(leaf, field, word)
            docs = positions[word].docs
            candidates = docs if candidates is None else np.intersect1d(candidates, docs, assume_unique=True)
            if not len(candidates):
                return {}
        assert candidates is not None
        read = [(offset, positions[word].at(candidates)) for offset, word in enumerate(self.words) if word not in stops]
        # Most words occur once per caption: those documents are checked all at once.
        starts = read[0][1][0] - read[0][0]
        simple = np.ones(len(candidates), dtype=bool)
        for offset, (first, _more) in read:
            simple &= (first >= 0) & (first - offset == starts)
        low, high = _band_range(self.band)
        agreed = simple & (starts >= low) & (starts < high)
        checker = _StopChecker(leaf, field, self.words, stops) if stops else None
        agreed_docs = candidates[agreed]
        if checker is not None and len(agreed_docs):
            agreed_docs = agreed_docs[checker.keep_all(agreed_docs, starts[agreed])]
        found = dict.fromkeys(agreed_docs.tolist(), 1)
        # Where a word occurs more than once, the positions are compared one document at a time.
        repeated = np.logical_or.reduce([more for _, (_first, more) in read])
        for index in np.flatnonzero(repeated).tolist():
            docnum = int(candidates[index])
            common: set[int] | None = None
            for offset, (first, _more) in read:
                places = positions[self.words[offset]].positions(docnum, int(first[index]))
                shifted = {p - offset for p in places}
                common = shifted if common is None else common & shifted
                if not common:
                    break
            common = {start for start in common or () if low <= start < high}
            if common and checker is not None:
                common = checker.keep(docnum, common)
            if common:
                found[docnum] = len(common)
        return found


class WordPositions:
    """One word's positions in one segment, as arrays: its live documents (sorted) and, for
    each, its position when it occurs once (-1 when more often: raw values in ``more``)."""

    def __init__(self, docs: np.ndarray, first: np.ndarray, more: dict[int, bytes]):
        self.docs, self.first, self.more = docs, first, more

    def __len__(self) -> int:
        return len(self.docs)

    def at(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each of ``docs`` (all holding the word): the single position or -1, and
        whether the word occurs there more than once."""
        first = self.first[np.searchsorted(self.docs, docs)]
        return first, first < 0

    def positions(self, docnum: int, first: int) -> Sequence[int]:
        """Every position of the word in one document."""
        return (first,) if first >= 0 else decode_positions(self.more[docnum])


class _StopChecker:
    """Checks a phrase's common words at given positions of one document after another."""

    def __init__(self, leaf: Any, field: str, words: list[str], stops: set[str]):
        self.leaf, self.field = leaf, field
        self.expected = [(offset, word, STOP_CODES[word]) for offset, word in enumerate(words) if word in stops]
        self.column = _stop_column(leaf)
        self.matchers: dict[str, Any] = {}

    def keep(self, docnum: int, starts: set[int]) -> set[int]:
        """The starts at which every common word of the phrase is in place."""
        codes = self.column[docnum] if self.column is not None else b""
        kept = set()
        for start in starts:
            for offset, word, code in self.expected:
                position = start + offset
                if position < BAND_WIDTH:  # the caption band, mapped word by word
                    if position >= len(codes) or codes[position] != code:
                        break
                elif position not in self._positions(word, docnum):
                    break
            else:
                kept.add(start)
        return kept

    def keep_all(self, docs: np.ndarray, starts: np.ndarray) -> np.ndarray:
        """For documents each with one possible start: whether every common word is in place."""
        maps = _stop_maps(self.column)
        if maps is None:
            return np.fromiter(
                (bool(self.keep(doc, {start})) for doc, start in zip(docs.tolist(), starts.tolist())),
                dtype=bool, count=len(docs),
            )
        data, offsets, lengths = maps
        kept = np.ones(len(docs), dtype=bool)
        beyond = np.zeros(len(docs), dtype=bool)
        doc_offsets, doc_lengths = offsets[docs], lengths[docs]
        for offset, _word, code in self.expected:
            position = starts + offset
            in_caption = position < BAND_WIDTH
            beyond |= ~in_caption
            mapped = in_caption & (position < doc_lengths)
            where = np.where(mapped, doc_offsets + position, 0)
            kept &= ~in_caption | (mapped & (data[where] == code))
        # Past the caption band (headline, keywords…) the word's own postings are read.
        for index in np.flatnonzero(kept & beyond).tolist():
            kept[index] = bool(self.keep(int(docs[index]), {int(starts[index])}))
        return kept

    def _positions(self, word: str, docnum: int) -> set[int]:
        # Beyond the caption (headline, keywords…): the word's own postings, read forward.
        matcher = self.matchers.get(word)
        if matcher is None:
            matcher = self.matchers[word] = self.leaf.postings(self.field, word)
        if matcher.is_active():
            matcher.skip_to(docnum)
        if matcher.is_active() and matcher.id() == docnum:
            return set(matcher.value_as("positions"))
        return set()


_STOP_COLUMNS: "weakref.WeakKeyDictionary[Any, Any]" = weakref.WeakKeyDictionary()
_STOP_MAPS: "weakref.WeakKeyDictionary[Any, tuple[np.ndarray, np.ndarray, np.ndarray]]" = weakref.WeakKeyDictionary()
_RECENT_POSITIONS: "weakref.WeakKeyDictionary[Any, Recent]" = weakref.WeakKeyDictionary()
# Per segment reader, the positions of recently used phrase words, up to this many postings
# (8 bytes each: about 16 MB). Phrases share their words ("heavy rain", "heavy flooding").
_RECENT_POSTINGS = 2_000_000


def _recent_positions(leaf: Any, field: str, word: str) -> WordPositions:
    # Unpickling posting blocks with their positions is most of a phrase's cost.
    recent = _RECENT_POSITIONS.get(leaf)
    if recent is None:
        recent = _RECENT_POSITIONS[leaf] = Recent(_RECENT_POSTINGS)
    found = recent.get((field, word))
    if found is None:
        found = read_positions(leaf, field, word)
        recent.put((field, word), found, len(found))
    return found


def _stop_maps(column: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    # A variable-bytes column reader's data, offsets and lengths as arrays over the same
    # memory (the segment file is memory-mapped: nothing is copied), when it exposes them.
    if column is None:
        return None
    found = _STOP_MAPS.get(column)
    if found is None:
        buffer = getattr(getattr(column, "_dbfile", None), "_buf", None)
        offsets, lengths = getattr(column, "_offsets", None), getattr(column, "_lengths", None)
        base = getattr(column, "_basepos", None)
        if buffer is None or offsets is None or lengths is None or base is None:
            return None
        data = np.frombuffer(buffer, dtype=np.uint8)[base:]
        found = _STOP_MAPS[column] = (data, np.array(offsets, dtype=np.int64), np.array(lengths, dtype=np.int64))
    return found


def _stop_column(leaf: Any) -> Any:
    # Opening a variable-length column reads its whole offset table (16 ms per 100 000
    # documents): keep one reader per segment reader. A segment reader serves one
    # searcher, and a searcher one thread at a time.
    found = _STOP_COLUMNS.get(leaf)
    if found is None and leaf.has_column("stops"):
        found = _STOP_COLUMNS[leaf] = leaf.column_reader("stops", translate=False)
    return found


def read_postings(
    leaf: Any, fieldname: str, word: str, *, weights: bool = False, only: set[int] | None = None
) -> dict[int, Any]:
    """One word's postings in one segment, live documents only: document -> raw value (or weight).

    Reads a block (up to 128 postings) at a time through Whoosh's W3 codec internals when
    they are there; any other matcher is read posting by posting. With ``only``, keeps
    just those documents and skips blocks that hold none of them.
    """
    matcher, raw = _postings(leaf, fieldname, word)
    if matcher is None:
        return {}
    if raw is None:
        return _read_slowly(matcher, weights, only)
    found: dict[int, Any] = {}
    wanted = sorted(only) if only is not None else None
    for block_start in _each_block(raw):
        if wanted is None:
            ids, values = _block(raw, weights)
            found.update(zip(ids, values))
            continue
        first, last = bisect_left(wanted, block_start), bisect_right(wanted, raw._maxid)
        if first < last:
            ids, values = _block(raw, weights)
            for docnum in wanted[first:last]:
                index = bisect_left(ids, docnum)
                if index < len(ids) and ids[index] == docnum:
                    found[docnum] = values[index]
    if leaf.has_deletions():
        for docnum in leaf.segment().deleted_docs():
            found.pop(docnum, None)
    return found


def read_weights(leaf: Any, fieldname: str, word: str) -> tuple[np.ndarray, np.ndarray]:
    """One word's live documents in one segment (sorted) and its weight in each, as arrays."""
    matcher, raw = _postings(leaf, fieldname, word)
    if matcher is None:
        return np.empty(0, dtype=np.int32), np.empty(0, dtype=np.float32)
    ids: list[int] = []
    weights: list[float] = []
    if raw is None:
        found = _read_slowly(matcher, True, None)
        ids, weights = list(found), list(found.values())
    else:
        for _ in _each_block(raw):
            block_ids, block_weights = _block(raw, True)
            ids.extend(block_ids)
            weights.extend(block_weights)
    docs, values = np.array(ids, dtype=np.int32), np.array(weights, dtype=np.float32)
    if leaf.has_deletions():
        live = ~np.isin(docs, np.fromiter(leaf.segment().deleted_docs(), dtype=np.int64))
        docs, values = docs[live], values[live]
    return docs, values


def read_positions(leaf: Any, fieldname: str, word: str, only: np.ndarray | None = None) -> WordPositions:
    """One word's positions in one segment (just in the documents ``only``, when given)."""
    found = read_postings(leaf, fieldname, word, only=None if only is None else set(only.tolist()))
    docs = np.fromiter(found.keys(), dtype=np.int32, count=len(found))  # read in order: sorted
    values = list(found.values())
    single = np.fromiter(map(len, values), dtype=np.int64, count=len(values)) == _ONE_POSITION_BYTES
    first = np.full(len(docs), -1, dtype=np.int32)
    if single.all():
        first[:] = np.frombuffer(b"".join(values), dtype="<u4")[1::2]
    elif single.any():
        picked = b"".join(itertools.compress(values, single.tolist()))
        first[single] = np.frombuffer(picked, dtype="<u4")[1::2]
    more = {doc: found[doc] for doc in docs[~single].tolist()}
    return WordPositions(docs, first, more)


def read_doc_ids(leaf: Any, fieldname: str, word: str) -> list[int]:
    """The live documents of one segment holding a word, read a block at a time."""
    matcher, raw = _postings(leaf, fieldname, word)
    if matcher is None:
        return []
    if raw is None:
        return list(matcher.all_ids())
    found: list[int] = []
    for _ in _each_block(raw):
        found.extend(_block(raw, False)[0])
    if leaf.has_deletions():
        deleted = set(leaf.segment().deleted_docs())
        found = [docnum for docnum in found if docnum not in deleted]
    return found


def _postings(leaf: Any, fieldname: str, word: str) -> tuple[Any, Any]:
    # A word's matcher in one segment (None when absent) and the W3 block reader under it
    # (None when it is not one): deletions wrap the leaf matcher.
    try:
        matcher = leaf.postings(fieldname, word)
    except TermNotFound:
        return None, None
    raw = getattr(matcher, "child", matcher)
    return matcher, raw if _has_blocks(raw) else None


def _each_block(raw: Any) -> Iterator[int]:
    # Steps a W3 matcher through its blocks; yields the first document number each may
    # hold. ``_block(raw, …)`` reads the current one; a block not read is not decoded.
    block_start = 0
    while raw.is_active():
        yield block_start
        if raw._lastblock:
            return
        block_start = raw._maxid + 1
        raw._next_block()


def _has_blocks(raw: Any) -> bool:
    return isinstance(raw, W3LeafMatcher) and all(
        hasattr(raw, name) for name in ("_read_data", "_data", "_lastblock", "_maxid", "_blocklength", "_byteids")
    )


def _block(raw: Any, weights: bool) -> tuple[Sequence[int], Sequence[Any]]:
    # The current block's document numbers and values (or weights), decoded in C where
    # Whoosh uses Python generators (delta-decoding ids, expanding a constant weight).
    if raw._data is None:
        raw._read_data()
    ids, block_weights, values = raw._data
    if not raw._byteids:
        ids = tuple(accumulate(ids))
    if not weights:
        return ids, values
    if block_weights is None:
        return ids, (1.0,) * raw._blocklength
    if isinstance(block_weights, float):
        return ids, (block_weights,) * raw._blocklength
    return ids, block_weights


def _read_slowly(matcher: Any, weights: bool, only: set[int] | None) -> dict[int, Any]:
    found: dict[int, Any] = {}
    while matcher.is_active():
        if only is None or matcher.id() in only:
            found[matcher.id()] = matcher.weight() if weights else matcher.value()
        matcher.next()
    return found


def _band_range(band: str | None) -> tuple[int, int]:
    if band is None:
        return 0, len(BANDS) * BAND_WIDTH
    start = BANDS.index(band) * BAND_WIDTH
    return start, start + BAND_WIDTH


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
