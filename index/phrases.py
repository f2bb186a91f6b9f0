"""Phrase queries: words next to each other in the ``text`` field, matched on arrays of positions."""

from __future__ import annotations

import math
import weakref
from typing import Any

import numpy as np
from whoosh import matching
from whoosh.query import Query

from index.postings import WordPositions, read_positions
from index.recent import Recent
from index.schema import BAND_WIDTH, BANDS, STOP_CODES
from index.whoosh_internals import variable_column_arrays

_K1, _B = 1.2, 0.75  # Whoosh's BM25F defaults, so phrase and word scores compare


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


_STOP_COLUMNS: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
_STOP_MAPS: weakref.WeakKeyDictionary[Any, tuple[np.ndarray, np.ndarray, np.ndarray]] = weakref.WeakKeyDictionary()
_RECENT_POSITIONS: weakref.WeakKeyDictionary[Any, Recent] = weakref.WeakKeyDictionary()
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
    # The stop column's data, offsets and lengths as arrays (nothing copied), kept per reader.
    if column is None:
        return None
    found = _STOP_MAPS.get(column)
    if found is None:
        found = variable_column_arrays(column)
        if found is None:
            return None
        _STOP_MAPS[column] = found
    return found


def _stop_column(leaf: Any) -> Any:
    # Opening a variable-length column reads its whole offset table (16 ms per 100 000
    # documents): keep one reader per segment reader. A segment reader serves one
    # searcher, and a searcher one thread at a time.
    found = _STOP_COLUMNS.get(leaf)
    if found is None and leaf.has_column("stops"):
        found = _STOP_COLUMNS[leaf] = leaf.column_reader("stops", translate=False)
    return found


def _band_range(band: str | None) -> tuple[int, int]:
    if band is None:
        return 0, len(BANDS) * BAND_WIDTH
    start = BANDS.index(band) * BAND_WIDTH
    return start, start + BAND_WIDTH
