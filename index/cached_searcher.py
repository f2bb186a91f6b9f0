"""One open searcher of one generation with the caches that make searches fast, and set
algebra on them: document sets per filter, per-document arrays (facets, sort keys, flags,
lengths), words' postings as arrays, the date and import orders.

A searcher serves one thread at a time (``SearcherPool``); its caches hold until a commit
makes ``refresh`` reopen it.
"""

from __future__ import annotations

import heapq
import itertools
import threading
from collections import Counter
from collections.abc import Collection
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Iterable

import numpy as np
from whoosh import query as wq

from catalog.spellings import FOLDED_FACETS, value_key
from index import ranking
from index.compiler import TAGS
from index.docvalues import (
    FacetArray,
    Selection,
    concatenate_facets,
    concatenate_numbers,
    oldest_first_keys,
)
from index.facet_counts import FacetCounts
from index.matchers import ColumnQuery, DateRange, Flag
from index.phrases import PhraseQuery
from index.postings import read_doc_ids
from index.readers import open_searcher
from index.recent import Recent
from index.rights_filter import RightsColumns, RightsTest
from index.schema import FACET_NAMES, tag
from index.storage import open_index

if TYPE_CHECKING:
    from index.searcher_pool import SearcherPool

# Per searcher: filter document sets recently used, up to this many documents in all
# (about 40 MB); words' postings as arrays, up to this many postings (8 bytes each, about
# 64 MB).
_CACHED_DOCUMENTS = 500_000
_CACHED_POSTINGS = 8_000_000


class CachedSearcher:
    """One open searcher of one generation, with caches valid until it is refreshed."""

    def __init__(self, pool: SearcherPool, generation: str):
        self.pool = pool
        self.generation = generation
        self.ix = open_index(pool.generations.path(generation))
        self.searcher, self.commit = open_searcher(self.ix)
        self._reset()

    def _reset(self) -> None:
        reader = self.searcher.reader()
        # An index with no segment yet reads through an EmptyReader, which has no segment.
        self.leaves: list[tuple[Any, int]] = [
            (leaf, offset) for leaf, offset in reader.leaf_readers() if leaf.segment() is not None
        ]
        # An index with no documents yet has one EmptyReader leaf without a segment.
        self.segment_ids = {leaf.segment().segment_id() for leaf, _ in self.leaves if leaf.segment() is not None}
        self._lock = threading.Lock()
        self._docsets = Recent(_CACHED_DOCUMENTS)
        self._leaf_scores = Recent(_CACHED_POSTINGS)
        self._years: list[int] | None = None
        self._spellings: dict[str, dict[str, tuple[str, ...]]] = {}
        self._average_length: float | None = None
        self._all: frozenset[int] | None = None
        self._all_array: np.ndarray | None = None
        self._facets: dict[str, FacetArray] = {}
        self._flag_counts: Counter[int] | None = None  # flags column value -> documents
        self._keys: dict[str, Any] = {}
        self._rights: RightsColumns | None = None
        self._orders: dict[str, list[int]] = {}
        self.facet_counts = FacetCounts(self)

    def refresh(self) -> bool:
        """Catch up with commits made since this searcher opened (cheap when there are none); whether it reopened."""
        if self.ix.latest_generation() == self.commit:
            return False
        self.searcher, self.commit = open_searcher(self.ix, self.searcher)
        self._reset()
        return True

    def close(self) -> None:
        """Release the searcher's files."""
        self.searcher.close()

    def stamps(self) -> dict[str, str]:
        """Every asset id in this generation with the ``record_stamp`` it was indexed at."""
        found: dict[str, str] = {}
        for reader, _offset in self.searcher.reader().leaf_readers():
            if not reader.has_column("record"):
                continue
            deleted = reader.is_deleted if reader.has_deletions() else None
            for docnum, value in enumerate(reader.column_reader("record")):
                if value and not (deleted and deleted(docnum)):
                    asset_id, stamp = value.decode("ascii").split(" ")
                    found[asset_id] = stamp
        return found

    def stamps_of(self, asset_ids: Iterable[str]) -> dict[str, str]:
        """The ``record_stamp`` each of these ids was indexed at, for those in this generation (a few lookups)."""
        found: dict[str, str] = {}
        column = None
        for asset_id in asset_ids:
            docnum = self.searcher.document_number(id=asset_id)
            if docnum is None:
                continue
            if column is None:
                column = self.searcher.reader().column_reader("record")
            value = column[docnum]
            if value:
                found[asset_id] = value.decode("ascii").split(" ")[1]
        return found

    def warm(self) -> None:
        """Load every facet, sort and flag array now, so the first search is fast."""
        for name in FACET_NAMES:
            self.facet(name)
            self.facet_counts.by_period(name)
        for sort in ("newest", "oldest", "imported"):
            self.sort_keys(sort)
            self.all_in_order(sort)
        for column in ("flags", "text_words"):
            self.numbers(column)
        self.rights_columns()
        self.all_docs()
        self.years()

    def years(self) -> list[int]:
        """The years some picture in this generation is dated."""
        if self._years is None:
            prefix = tag("date", "")
            terms = self.searcher.reader().expand_prefix(TAGS, prefix)
            self._years = sorted(
                int(term[len(prefix) :]) for term in (t.decode("utf-8") for t in terms) if len(term) == len(prefix) + 4
            )
        return self._years

    def spellings(self, name: str, value: str) -> tuple[str, ...]:
        """The ``tags`` terms of every spelling of ``value`` under tag ``name`` that this index holds
        ("country=usa", "country=united states"): empty for a tag whose spellings are not folded."""
        if name not in FOLDED_FACETS:
            return ()
        with self._lock:
            grouped = self._spellings.get(name)
        if grouped is None:
            prefix = tag(name, "")
            found: dict[str, list[str]] = {}
            for term in self.searcher.reader().expand_prefix(TAGS, prefix):
                text = term.decode("utf-8")
                found.setdefault(value_key(name, text[len(prefix):]), []).append(text)
            grouped = {key: tuple(terms) for key, terms in found.items()}
            with self._lock:
                self._spellings[name] = grouped
        return grouped.get(value_key(name, value), ())

    def all_docs(self) -> frozenset[int]:
        """Every live document number."""
        if self._all is None:
            self._all = frozenset(self.searcher.reader().all_doc_ids())
        return self._all

    def all_docs_array(self) -> np.ndarray:
        """Every live document number, ascending, as an array."""
        if self._all_array is None:
            self._all_array = np.array(sorted(self.all_docs()), dtype=np.int32)
        return self._all_array

    def docset(self, query: wq.Query) -> frozenset[int]:
        """The documents matching a filter query (cached while this searcher lives)."""
        if isinstance(query, RightsTest):
            # decided against the time of each search: never the same set twice, so not cached
            return self._column_docs(query)
        found = self._docsets.get(query)
        if found is not None:
            return found
        # Set algebra in C on cached parts beats stepping Whoosh's union and intersection
        # matchers document by document (a date range is an Or of up to ~70 terms).
        if isinstance(query, ColumnQuery):
            found = self._column_docs(query)
        elif isinstance(query, wq.Not):
            found = self.all_docs() - self.docset(query.query)
        elif isinstance(query, DateRange):
            found = self.docset(query.tag_query()) if query.terms else frozenset()
        elif isinstance(query, wq.Or):
            found = frozenset().union(*(self.docset(q) for q in query.subqueries))
        elif isinstance(query, wq.And):
            parts = sorted((self.docset(q) for q in query.subqueries), key=len)
            found = parts[0].intersection(*parts[1:])
        elif type(query) is wq.Term:
            found = frozenset(itertools.chain.from_iterable(
                map(offset.__add__, read_doc_ids(leaf, query.fieldname, query.text)) if offset
                else read_doc_ids(leaf, query.fieldname, query.text)
                for leaf, offset in self.leaves
            ))
        else:
            found = frozenset(self.searcher.docs_for_query(query))
        self._docsets.put(query, found, len(found))
        return found

    def _column_docs(self, query: ColumnQuery) -> frozenset[int]:
        if isinstance(query, RightsTest):
            every = self.all_docs_array()
            return frozenset(every[query.passing(self.rights_columns(), every)].tolist())
        passed = np.flatnonzero(query.accepts_all(self.vector(query.column)))
        return frozenset(passed.tolist()) & self.all_docs()

    def within(self, test: DateRange | ColumnQuery, docs: AbstractSet[int] | None) -> AbstractSet[int]:
        """The documents of ``docs`` (None: all) passing a date range or column test: a look
        at each document's column value, or a set operation when ``docs`` is the larger."""
        if docs is None:
            return self.docset(test)
        if self._look_at_each(test, docs):
            return set(self._passing(test, Selection(docs).numbers).tolist())
        return docs & self.docset(test)

    def within_array(self, test: DateRange | ColumnQuery, docs: np.ndarray) -> np.ndarray:
        """``within`` for a sorted array of documents, which stays one."""
        if self._look_at_each(test, docs):
            return self._passing(test, docs)
        return members(docs, self.docset(test))

    def _look_at_each(self, test: DateRange | ColumnQuery, docs: Collection[int]) -> bool:
        # Testing each document's value is cheaper than building the test's document set.
        return len(docs) <= self.estimate(test) and test not in self._docsets

    def _passing(self, test: DateRange | ColumnQuery, docs: np.ndarray) -> np.ndarray:
        if isinstance(test, DateRange):
            return docs[test.contains_all(self.vector("date_key")[docs])]
        if isinstance(test, RightsTest):
            return docs[test.passing(self.rights_columns(), docs.astype(np.int64, copy=False))]
        return docs[test.accepts_all(self.vector(test.column)[docs])]

    def estimate(self, test: DateRange | ColumnQuery) -> int:
        """About how many documents pass a date range or column test (deleted ones included)."""
        if isinstance(test, DateRange):
            return test.estimate_size(self.searcher.reader())
        if isinstance(test, Flag):
            combinations = self._flag_combinations()
            present = sum(count for flags, count in combinations.items() if flags & test.bit)
            return present if test.present else sum(combinations.values()) - present
        return len(self.all_docs())

    def _flag_combinations(self) -> Counter[int]:
        with self._lock:
            found = self._flag_counts
        if found is None:
            # Deleted documents still have their flags: a rare overcount, and only an estimate.
            found = Counter(self.numbers("flags"))
            with self._lock:
                self._flag_counts = found
        return found

    def has_no_deletions(self) -> bool:
        """True when no segment has deleted documents (document frequencies are then exact)."""
        return not any(leaf.has_deletions() for leaf, _ in self.leaves)

    def intersect(self, queries: list[wq.Query]) -> set[int] | frozenset[int] | None:
        """Documents matching every filter query, or None when there are none."""
        if not queries:
            return None
        sets = sorted((self.docset(q) for q in queries), key=len)
        result: frozenset[int] | set[int] = sets[0]
        for other in sets[1:]:
            result = result & other
        return result

    def union(self, queries: list[wq.Query]) -> frozenset[int] | set[int] | None:
        """Documents matching any exclusion query, or None when there are none."""
        if not queries:
            return None
        result: frozenset[int] | set[int] = frozenset()
        for query in queries:
            result = result | self.docset(query)
        return result

    def facet(self, name: str) -> FacetArray:
        """One facet's values for every document of this searcher."""
        found = self._facets.get(name)
        if found is None:
            found = concatenate_facets(
                (offset, self.pool.segment_values(leaf).facets(leaf)[name]) for leaf, offset in self.leaves
            )
            self._facets[name] = found
        return found

    def leaf_scores(self, query: wq.Query, only: np.ndarray | None = None) -> ranking.Scored:
        """Frequencies and idf of one ranking leaf (word, prefix or phrase), kept a while.

        With ``only`` (words only), just those documents are read, and nothing is kept.
        """
        if only is not None:
            return ranking.term_scores(self.searcher, self.leaves, query.fieldname, query.text, only=only)
        found = self._leaf_scores.get(query)
        if found is not None:
            return found
        if isinstance(query, PhraseQuery):
            found = ranking.phrase_scores(self.searcher, self.leaves, query)
        elif isinstance(query, wq.Prefix):
            found = ranking.prefix_scores(self.searcher, self.leaves, query.fieldname, query.text)
        else:
            found = ranking.term_scores(self.searcher, self.leaves, query.fieldname, query.text)
        self._leaf_scores.put(query, found, len(found))
        return found

    def lengths(self) -> Any:
        """Each document's number of searchable words (BM25's document length)."""
        return self.numbers("text_words")

    def average_length(self) -> float:
        """The average number of searchable words per document."""
        if self._average_length is None:
            lengths = self.lengths()
            self._average_length = (sum(lengths) / len(lengths) if lengths else 0.0) or 1.0
        return self._average_length

    def numbers(self, column: str) -> Any:
        """A numeric column for every document of this searcher."""
        found = self._keys.get(column)
        if found is None:
            found = concatenate_numbers(
                self.pool.segment_values(leaf).numbers(leaf, column) for leaf, _ in self.leaves
            )
            self._keys[column] = found
        return found

    def vector(self, column: str) -> np.ndarray:
        """A numeric column as a numpy array (sharing the cached array's memory)."""
        return np.frombuffer(self.numbers(column), dtype=np.int64)

    def rights_columns(self) -> RightsColumns:
        """The rights arrays of every document (``index.rights_filter``), read once per searcher."""
        with self._lock:
            found = self._rights
        if found is None:
            size = sum(leaf.doc_count_all() for leaf, _ in self.leaves)
            found = RightsColumns(self.leaves, size, lambda asset_id: list(self.searcher.document_numbers(id=asset_id)))
            with self._lock:
                self._rights = found
        return found

    def sort_keys(self, sort: str) -> Any:
        """Sort keys for ``newest``/``oldest``/``imported``, one per document."""
        if sort == "imported":
            return self.numbers("imported_key")
        if sort == "oldest":
            found = self._keys.get("oldest")
            if found is None:
                found = self._keys["oldest"] = oldest_first_keys(self.numbers("date_key"))
            return found
        return self.numbers("date_key")

    def top(self, docs: AbstractSet[int], sort: str, limit: int) -> list[int]:
        """The first ``limit`` of ``docs`` in date or import order."""
        if 4 * len(docs) >= len(self.all_docs()):
            # Many documents: walk the whole index in order; a match comes every few steps.
            picked = []
            for doc in self.all_in_order(sort):
                if doc in docs:
                    picked.append(doc)
                    if len(picked) == limit:
                        break
            return picked
        keys = self.sort_keys(sort)
        pick = heapq.nsmallest if sort == "oldest" else heapq.nlargest
        # Ties keep the set's iteration order, which is the same for the same query on the
        # same searcher, so page 2 always continues page 1.
        return pick(limit, docs, key=keys.__getitem__)

    def all_in_order(self, sort: str) -> list[int]:
        """Every document in date or import order (kept: the unfiltered browse is common)."""
        found = self._orders.get(sort)
        if found is None:
            keys = self.sort_keys(sort)
            # Sorted by number first, so equal dates keep document order in every sort.
            found = sorted(sorted(self.all_docs()), key=keys.__getitem__, reverse=sort != "oldest")
            self._orders[sort] = found
        return found


def members(docs: np.ndarray, group: AbstractSet[int], keep: bool = True) -> np.ndarray:
    """The documents of ``docs`` inside ``group`` (or outside it, ``keep=False``), in order."""
    inside = np.fromiter(map(group.__contains__, docs.tolist()), dtype=bool, count=len(docs))
    return docs[inside if keep else ~inside]
