"""Per-document values read in bulk: facet values and sort keys as flat arrays.

Whoosh's own facet collectors call Python code for every matching document (facets cost
many times a plain search, docs/performance.md#facet-counts). Instead each segment's ``facets`` and sort-key
columns are read once into arrays indexed by document number, cached by segment id (a
segment never changes after it is written, so an import only loads its new segments), and
counting a facet is one ``numpy.bincount`` over the selected documents (``FacetArray.count``).
"""

from __future__ import annotations

import threading
from array import array
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from catalog.spellings import value_key
from index.documents import unpack_facets
from index.schema import FACET_NAMES
from index.whoosh_internals import read_numeric_column

NO_VALUE = -1
LATEST = 2**62  # sort key of an undated picture when sorting oldest first: it goes last


class ValueTable:
    """Facet values interned as small integers, shared by every segment of an index, each with
    the key its spellings share (``catalog.spellings.value_key``; the value itself when not folded)."""

    def __init__(self, facet: str = "") -> None:
        self.facet = facet
        self.values: list[str] = []
        self.keys: list[str] = []
        self._ids: dict[str, int] = {}
        self._lock = threading.Lock()

    def id_of(self, value: str) -> int:
        """The integer standing for ``value`` (assigned on first sight)."""
        found = self._ids.get(value)
        if found is not None:
            return found
        with self._lock:
            found = self._ids.get(value)
            if found is None:
                found = len(self.values)
                self.keys.append(value_key(self.facet, value))
                self.values.append(value)
                self._ids[value] = found
            return found


class Selection:
    """A set of document numbers as numpy arrays, made once per search and shared by its facets."""

    def __init__(self, docs: Collection[int] | np.ndarray, size: int = 0):
        self.size = size
        if isinstance(docs, np.ndarray):
            self.numbers = docs
        else:
            self.numbers = np.fromiter(docs, dtype=np.int64, count=len(docs))
        self._mask: np.ndarray | None = None

    @property
    def mask(self) -> np.ndarray:
        """One boolean per document of the index (``size`` of them): selected or not."""
        if self._mask is None:
            self._mask = np.zeros(self.size, dtype=bool)
            self._mask[self.numbers] = True
        return self._mask


@dataclass
class FacetArray:
    """One facet over a run of documents: the first value's id, and any further values."""

    first: array  # array('i'): value id per document, NO_VALUE when none
    more: dict[int, tuple[int, ...]]  # document -> ids of its second, third... values

    def __post_init__(self) -> None:
        self._vectors: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def count(self, docs: Collection[int] | Selection) -> Counter[int]:
        """How many of ``docs`` carry each value id."""
        if not isinstance(docs, Selection):
            docs = Selection(docs, len(self.first))
        first, more_docs, more_values = self._arrays()
        # Shifted by one so that NO_VALUE (-1) lands in bin 0, which is dropped.
        tally = np.bincount(first[docs.numbers] + 1)
        if len(more_docs):
            extra = more_values[docs.mask[more_docs]]
            if len(extra):
                tally = _add(tally, np.bincount(extra + 1))
        present = np.flatnonzero(tally[1:])
        return Counter(dict(zip(present.tolist(), tally[present + 1].tolist())))

    def _arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        # numpy copies of ``first`` and of ``more`` flattened to (document, value) pairs
        if self._vectors is None:
            first = np.array(self.first, dtype=np.int64)
            pairs = [(doc, value) for doc, values in self.more.items() for value in values]
            flat = np.array(pairs, dtype=np.int64).reshape(-1, 2)
            self._vectors = (first, flat[:, 0].copy(), flat[:, 1].copy())
        return self._vectors


def _add(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if len(a) < len(b):
        a, b = b, a
    a = a.copy()
    a[: len(b)] += b
    return a


class SegmentValues:
    """The bulk values of one segment, loaded lazily and kept while the segment lives."""

    def __init__(self, tables: dict[str, ValueTable]):
        self._tables = tables
        self._facets: dict[str, FacetArray] | None = None
        self._keys: dict[str, array] = {}
        self._lock = threading.Lock()

    def facets(self, reader: Any) -> dict[str, FacetArray]:
        """Facet arrays for this segment's documents (``reader``: an open reader of it)."""
        with self._lock:
            if self._facets is None:
                self._facets = self._load_facets(reader)
            return self._facets

    def numbers(self, reader: Any, column: str) -> array:
        """A numeric column (sort keys, flags, width, word counts) as an array('q') by document."""
        with self._lock:
            if column not in self._keys:
                size = reader.doc_count_all()
                if reader.has_column(column):
                    values = read_numeric_column(reader.column_reader(column, translate=False), size)
                else:
                    values = array("q", bytes(8 * size))
                self._keys[column] = values
            return self._keys[column]

    def _load_facets(self, reader: Any) -> dict[str, FacetArray]:
        size = reader.doc_count_all()
        arrays = {name: FacetArray(array("i", [NO_VALUE]) * size, {}) for name in FACET_NAMES}
        if not reader.has_column("facets"):
            return arrays
        ordered = [(arrays[name], self._tables[name].id_of) for name in FACET_NAMES]
        for doc, packed in enumerate(reader.column_reader("facets")):
            if not packed:
                continue
            for (facet, id_of), values in zip(ordered, unpack_facets(packed)):
                if values:
                    facet.first[doc] = id_of(values[0])
                    if len(values) > 1:
                        facet.more[doc] = tuple(id_of(v) for v in values[1:])
        return arrays


def concatenate_facets(parts: Iterable[tuple[int, FacetArray]]) -> FacetArray:
    """One facet array for a whole index from its segments' arrays and document offsets."""
    first = array("i")
    more: dict[int, tuple[int, ...]] = {}
    for offset, part in parts:
        first.extend(part.first)
        more.update((offset + doc, ids) for doc, ids in part.more.items())
    return FacetArray(first, more)


def concatenate_numbers(parts: Iterable[array]) -> array:
    """One numeric column for a whole index from its segments' arrays."""
    keys = array("q")
    for part in parts:
        keys.extend(part)
    return keys


def oldest_first_keys(keys: array) -> array:
    """Sort keys where an undated picture sorts after every dated one."""
    return array("q", (key if key else LATEST for key in keys))
