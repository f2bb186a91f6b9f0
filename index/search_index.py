"""The search index: batched writes, atomic rebuilds, and searches with facets and highlights.

``SearchIndex`` is the ``catalog.protocols.Indexer`` the ingest driver and ``check`` use, and
the ``search()`` the CLI and the web page call. One instance serves many threads: searchers
are pooled and refreshed after commits, never opened per request: a new one's first search
with facet counts takes ~350 ms (docs/performance.md#opening-a-searcher).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import os
import re
import shutil
import threading
from array import array
from collections import Counter
from pathlib import Path
from typing import AbstractSet as Set
from typing import Any, Collection, Iterable, Iterator, Mapping, Sequence

import numpy as np
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.index import LockError

from catalog.asset import Asset
from catalog.errors import ConfigurationError, ImportLockedError
from index.compiler import TAGS, Plan, QueryCompiler, date_range_query, highlight_terms
from index.dates import parse_period
from index.docvalues import (
    NO_VALUE,
    FacetArray,
    SegmentValues,
    Selection,
    ValueTable,
    concatenate_facets,
    concatenate_numbers,
    oldest_first_keys,
)
from index.documents import asset_document
from index.generations import Generations
from index.highlight import highlight_caption
from index.matchers import ColumnQuery, DateRange, Flag
from index.phrases import PhraseQuery
from index.postings import read_doc_ids
from index.postings_codec import CODEC
from index.query import ParsedQuery, parse_query
from index.recent import Recent
from index import ranking
from index.readers import open_searcher
from index.results import SORTS, Hit, SearchResults
from index.schema import FACET_NAMES, SCHEMA_VERSION, build_schema, tag
from index.spelling import suggest_query

log = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 200
FACET_LIMIT = 20
BULK_BUILD_THRESHOLD = 5_000  # below this many assets a rebuild is not worth extra processes
_BUILD_MEMORY_MB = 768  # per build process, for sorting postings
# Per searcher: filter document sets recently used, up to this many documents in all
# (about 40 MB); words' postings as arrays, up to this many postings (8 bytes each, about
# 64 MB); facet counts of the last 64 searches.
_CACHED_DOCUMENTS = 500_000
_CACHED_POSTINGS = 8_000_000
_FACET_CACHE_SIZE = 64
# Whoosh's file names in a generation folder (index name "MAIN"): what a commit leaves.
_TOC = re.compile(r"^_MAIN_(\d+)\.toc$")
_TOC_TEMPORARY = re.compile(r"^_MAIN_\d+\.toc\..+")  # written, then renamed to the .toc
_SEGMENT_FILE = re.compile(r"^(MAIN_[0-9a-z]+)\.[A-Za-z0-9_.]+$")
_WHOOSH_TEMPORARY = "MAIN.tmp"

# The search page's facet filters: parameter -> exact tag name (schema: ``tags``)
FILTER_TAGS: dict[str, str] = {
    "agency": "agency",
    "photographer": "photographer",
    "country": "country",
    "city": "city",
    "restrictions": "restriction",
    "restriction": "restriction",
    "source": "source",
    "year": "date",
}
DATE_FILTERS = ("from", "to")
SCHEMA_FILE = "PHOTODESK-SCHEMA"  # in each generation folder: the schema version it was built with


class SearchIndex:
    """Photodesk's Whoosh index under one directory (``Settings.index_dir``)."""

    def __init__(
        self, index_dir: str | os.PathLike[str], *, lock_timeout: float | None = None, max_searchers: int = 2
    ):
        """Use the index in ``index_dir``; writers wait for each other (at most ``lock_timeout`` s).

        At most ``max_searchers`` searches run at once; more threads wait their turn.
        """
        self.generations = Generations(Path(index_dir))
        self.lock_timeout = lock_timeout
        self.max_searchers = max(1, max_searchers)
        self._schema = build_schema()
        self._pool: list[_Handle] = []
        self._handles: set[_Handle] = set()
        self._pool_lock = threading.RLock()
        self._pool_available = threading.Condition(self._pool_lock)
        self._segments: dict[str, SegmentValues] = {}
        self._tables = {name: ValueTable() for name in FACET_NAMES}
        self._closed = False

    # --- writing (catalog.protocols.Indexer) --------------------------------------------

    @contextlib.contextmanager
    def writer(self) -> Iterator["BatchWriter"]:
        """One writer for one batch: commits on success, cancels if the block raises."""
        with self.generations.write_lock(self.lock_timeout):
            ix = self._open_current_for_writing()
            try:
                whoosh_writer = ix.writer(codec=CODEC)
            except LockError:
                raise ImportLockedError(
                    f"{self.generations.root}: the search index is locked by another writer"
                ) from None
            batch = BatchWriter(whoosh_writer)
            try:
                yield batch
            except BaseException:
                whoosh_writer.cancel()
                raise
            else:
                whoosh_writer.commit()
            finally:
                ix.close()

    def index(self, assets: Iterable[Asset]) -> None:
        """Add or replace these assets' documents in one batch (one writer, one commit)."""
        with self.writer() as batch:
            for asset in assets:
                batch.add(asset)

    def remove(self, ids: Iterable[str]) -> None:
        """Delete these asset ids' documents in one batch."""
        with self.writer() as batch:
            for asset_id in ids:
                batch.remove(asset_id)

    def rebuild(self, assets: Iterable[Asset], *, procs: int | None = None) -> int:
        """Build a whole new generation from ``assets``, switch to it atomically; return the count.

        Searches keep answering from the old generation meanwhile. Imports wait for the
        rebuild and then write into the new generation, so nothing they add is lost.
        Large rebuilds use ``procs`` processes (default: up to 2) and keep one segment per
        process: merging them at the end would eat the gain (docs/performance.md#building-the-index-in-processes).
        """
        with self.generations.write_lock(self.lock_timeout):
            name = self.generations.create()
            try:
                count = self._build(self.generations.path(name), iter(assets), procs)
            except BaseException:
                self.generations.discard(name)
                raise
            self.generations.switch_to(name)
            _remove(self.generations.leftovers())  # of rebuilds killed before this one
        log.info("rebuilt the search index: %d assets in %s", count, name)
        return count

    def temporary_files(self) -> list[Path]:
        """What killed writes left in the index: dead generations, pointer and Whoosh temporary files.

        Empty while another process writes (its files in progress are not leftovers).
        """
        if not self.generations.root.is_dir():
            return []
        with self.generations.write_lock_if_free() as free:
            return self._leftovers() if free else []

    def clean_temporary(self) -> int:
        """Remove what killed writes left (nothing while another process writes); the count removed."""
        if not self.generations.root.is_dir():
            return 0
        with self.generations.write_lock_if_free() as free:
            return _remove(self._leftovers()) if free else 0

    def _leftovers(self) -> list[Path]:
        found = self.generations.leftovers()
        current = self.generations.current()
        if current is not None:
            found += _unused_whoosh_files(self.generations.path(current))
        return found

    def _build(self, path: Path, assets: Iterator[Asset], procs: int | None) -> int:
        ix = _create(path, self._schema)
        head = list(itertools.islice(assets, BULK_BUILD_THRESHOLD))
        processes = procs if procs is not None else min(2, os.cpu_count() or 1)
        if len(head) < BULK_BUILD_THRESHOLD or processes <= 1:
            writer = ix.writer(codec=CODEC, limitmb=_BUILD_MEMORY_MB)
        else:
            # Each process sorts its postings in memory: with the default 128 MB it spilled
            # runs to disk and merged them, a third slower at 50 000 documents each.
            writer = ix.writer(
                procs=processes, multisegment=True, limitmb=_BUILD_MEMORY_MB, batchsize=1000, codec=CODEC
            )
        count = 0
        try:
            for asset in itertools.chain(head, assets):
                writer.add_document(**asset_document(asset))
                count += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        ix.close()
        return count

    def _open_current_for_writing(self) -> Any:
        name = self.generations.current()
        if name is None:
            name = self.generations.create()
            _create(self.generations.path(name), self._schema).close()
            self.generations.switch_to(name)
        return _open(self.generations.path(name))

    # --- reading ------------------------------------------------------------------------

    def stamps(self) -> dict[str, str]:
        """Every indexed asset id with the ``record_stamp`` it was indexed at (drift checks)."""
        found: dict[str, str] = {}
        with self._borrow() as handle:
            if handle is None:
                return found
            for reader, _offset in handle.searcher.reader().leaf_readers():
                if not reader.has_column("record"):
                    continue
                deleted = reader.is_deleted if reader.has_deletions() else None
                for docnum, value in enumerate(reader.column_reader("record")):
                    if value and not (deleted and deleted(docnum)):
                        asset_id, stamp = value.decode("ascii").split(" ")
                        found[asset_id] = stamp
        return found

    def count(self) -> int:
        """How many assets the index holds."""
        with self._borrow() as handle:
            return 0 if handle is None else handle.searcher.doc_count()

    def warm(self) -> None:
        """Open a searcher and load facet and sort arrays now, so the first search is fast."""
        with self._borrow() as handle:
            if handle is not None:
                for name in FACET_NAMES:
                    handle.facet(name)
                    handle._period_counts(name)
                for sort in ("newest", "oldest", "imported"):
                    handle.sort_keys(sort)
                    handle.all_in_order(sort)
                for column in ("flags", "text_words"):
                    handle.numbers(column)
                handle.all_docs()
                handle.years()

    def search(
        self,
        query: str = "",
        *,
        page: int = 1,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort: str = "relevance",
        filters: Mapping[str, Any] | None = None,
        facets: bool | Sequence[str] = False,
        facet_limit: int = FACET_LIMIT,
    ) -> SearchResults:
        """One page of hits for ``query`` (the query language of docs/search.md); never raises on bad input.

        ``filters`` are the search page's facet filters: agency, photographer, country,
        city, year, restrictions, source (a value or a list of values, any of which may
        match) and ``from``/``to`` dates. ``facets`` is True for all facets or the names
        wanted. A query that cannot be read as typed is repaired; ``message`` says how.
        """
        page = max(1, int(page))
        page_size = min(MAX_PAGE_SIZE, max(1, int(page_size)))
        wanted = _facet_names(facets)
        parsed = parse_query(query)
        problems: list[str] = []  # about the filters and sort; the query's own are in ``parsed``
        if sort not in SORTS:
            problems.append(f'There is no sort order "{sort}"; sorted by relevance.')
            sort = "relevance"
        with self._borrow() as handle:
            if handle is None:
                return _results(parsed, problems, 0, page, page_size, sort, (), {}, None)
            plan = self._plan(handle, parsed, filters, problems)
            found = _Found.run(handle, plan, sort, page * page_size)
            terms, prefixes = highlight_terms(parsed.node)
            hits = tuple(
                _hit(handle.searcher, doc, score, terms, prefixes)
                for score, doc in found.ranked[(page - 1) * page_size :]
            )
            if not wanted:
                facet_counts = {}
            elif found.matched is None:
                assert found.date_range is not None
                facet_counts = handle.date_facet_counts(found.date_range, wanted, facet_limit)
            else:
                facet_counts = handle.facet_counts(plan, wanted, found.matched, facet_limit)
            suggestion = suggest_query(parsed, handle.searcher)
        return _results(parsed, problems, found.total, page, page_size, found.sort, hits, facet_counts, suggestion)

    def search_ids(
        self, query: str = "", *, sort: str = "relevance", filters: Mapping[str, Any] | None = None
    ) -> list[str]:
        """The ids of every asset matching ``query``, in ``sort`` order (``export QUERY``)."""
        parsed = parse_query(query)
        with self._borrow() as handle:
            if handle is None:
                return []
            plan = self._plan(handle, parsed, filters, [])
            found = _Found.run(handle, plan, sort if sort in SORTS else "relevance", None)
            return [handle.searcher.stored_fields(doc)["id"] for _score, doc in found.ranked]

    def _plan(
        self, handle: "_Handle", parsed: ParsedQuery, filters: Mapping[str, Any] | None, problems: list[str]
    ) -> Plan:
        plan = QueryCompiler(handle.years).plan(parsed.node)
        plan.filters.extend(_filter_queries(filters or {}, handle.years, problems))
        return plan

    # --- searcher pool ------------------------------------------------------------------

    @contextlib.contextmanager
    def _borrow(self) -> Iterator["_Handle | None"]:
        generation = self.generations.current()
        if generation is None:
            yield None
            return
        handle = self._take(generation)
        try:
            yield handle
        finally:
            with self._pool_available:
                if self._closed or handle.generation != self.generations.current():
                    self._retire(handle)
                else:
                    self._pool.append(handle)
                self._pool_available.notify()

    def _take(self, generation: str) -> "_Handle":
        # At most ``max_searchers`` searchers: each holds its own copy of the stored fields
        # (Whoosh copies a compound file's part into memory on first use), and Python runs
        # one search at a time per process anyway. Other threads wait for a free one.
        reused = None
        with self._pool_available:
            while reused is None:
                while self._pool and reused is None:
                    candidate = self._pool.pop()
                    if candidate.generation == generation:
                        reused = candidate
                    else:
                        self._retire(candidate)
                if reused is None and len(self._handles) < self.max_searchers:
                    placeholder = _Opening()
                    self._handles.add(placeholder)
                    break
                if reused is None:
                    self._pool_available.wait()
        if reused is not None:
            reused.refresh()
            return reused
        try:
            handle = _Handle(self, generation)
        except BaseException:
            with self._pool_available:
                self._handles.discard(placeholder)
                self._pool_available.notify()
            raise
        with self._pool_available:
            self._handles.discard(placeholder)
            self._handles.add(handle)
        return handle

    def _retire(self, handle: "_Handle") -> None:
        self._handles.discard(handle)
        handle.close()
        self._forget_segments()

    def segment_values(self, reader: Any) -> SegmentValues:
        """The cached bulk values of one segment (by segment id: segments never change)."""
        key = reader.segment().segment_id()
        values = self._segments.get(key)
        if values is None:
            values = self._segments.setdefault(key, SegmentValues(self._tables))
        return values

    def value_names(self, facet: str) -> list[str]:
        """Facet value ids to names."""
        return self._tables[facet].values

    def _forget_segments(self) -> None:
        live = set().union(*(handle.segment_ids for handle in self._handles)) if self._handles else set()
        for key in [k for k in self._segments if k not in live]:
            del self._segments[key]

    def close(self) -> None:
        """Close every pooled searcher (searches still running finish first)."""
        with self._pool_available:
            self._closed = True
            while self._pool:
                self._retire(self._pool.pop())
            self._pool_available.notify_all()

    def __enter__(self) -> "SearchIndex":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _Opening:
    """Holds a searcher's place in the pool while it opens (outside the lock: ~200 ms)."""

    segment_ids: frozenset[str] = frozenset()


class BatchWriter:
    """Adds and removes documents inside one ``SearchIndex.writer()`` batch."""

    def __init__(self, whoosh_writer: Any):
        self._writer = whoosh_writer

    def add(self, asset: Asset) -> None:
        """Add the asset's document, replacing any earlier one with the same id."""
        self._writer.update_document(**asset_document(asset))

    def remove(self, asset_id: str) -> None:
        """Delete the asset's document if it is indexed."""
        self._writer.delete_by_term("id", asset_id)


class _Handle:
    """One open searcher of one generation, with caches valid until it is refreshed."""

    def __init__(self, owner: SearchIndex, generation: str):
        self.owner = owner
        self.generation = generation
        self.ix = _open(owner.generations.path(generation))
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
        self._facet_cache = Recent(_FACET_CACHE_SIZE)
        self._years: list[int] | None = None
        self._average_length: float | None = None
        self._all: frozenset[int] | None = None
        self._all_array: np.ndarray | None = None
        self._facets: dict[str, FacetArray] = {}
        self._totals: dict[str, Counter[int]] = {}
        self._periods: dict[str, dict[str, Counter[int]]] = {}
        self._flag_counts: Counter[int] | None = None  # flags column value -> documents
        self._keys: dict[str, Any] = {}
        self._orders: dict[str, list[int]] = {}

    def refresh(self) -> None:
        """Catch up with commits made since this searcher opened (cheap when there are none)."""
        if self.ix.latest_generation() != self.commit:
            self.searcher, self.commit = open_searcher(self.ix, self.searcher)
            self._reset()
            with self.owner._pool_lock:
                self.owner._forget_segments()

    def close(self) -> None:
        """Release the searcher's files."""
        self.searcher.close()

    def years(self) -> list[int]:
        """The years some picture in this generation is dated."""
        if self._years is None:
            prefix = tag("date", "")
            terms = self.searcher.reader().expand_prefix(TAGS, prefix)
            self._years = sorted(
                int(term[len(prefix) :]) for term in (t.decode("utf-8") for t in terms) if len(term) == len(prefix) + 4
            )
        return self._years

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
        passed = np.flatnonzero(query.accepts_all(self.vector(query.column)))
        return frozenset(passed.tolist()) & self.all_docs()

    def within(self, test: "DateRange | ColumnQuery", docs: Set[int] | None) -> Set[int]:
        """The documents of ``docs`` (None: all) passing a date range or column test: a look
        at each document's column value, or a set operation when ``docs`` is the larger."""
        if docs is None:
            return self.docset(test)
        if self._look_at_each(test, docs):
            return set(self._passing(test, Selection(docs).numbers).tolist())
        return docs & self.docset(test)

    def within_array(self, test: "DateRange | ColumnQuery", docs: np.ndarray) -> np.ndarray:
        """``within`` for a sorted array of documents, which stays one."""
        if self._look_at_each(test, docs):
            return self._passing(test, docs)
        return _members(docs, self.docset(test))

    def _look_at_each(self, test: "DateRange | ColumnQuery", docs: Collection[int]) -> bool:
        # Testing each document's value is cheaper than building the test's document set.
        return len(docs) <= self.estimate(test) and test not in self._docsets

    def _passing(self, test: "DateRange | ColumnQuery", docs: np.ndarray) -> np.ndarray:
        if isinstance(test, DateRange):
            return docs[test.contains_all(self.vector("date_key")[docs])]
        return docs[test.accepts_all(self.vector(test.column)[docs])]

    def estimate(self, test: "DateRange | ColumnQuery") -> int:
        """About how many documents pass a date range or column test (deleted ones included)."""
        if isinstance(test, DateRange):
            return test.estimate_size(self.searcher.reader())
        if isinstance(test, Flag):
            combinations = self._flag_combinations()
            present = sum(count for flags, count in combinations.items() if flags & test.bit)
            return present if test.present else sum(combinations.values()) - present
        return len(self.all_docs())

    def _flag_combinations(self) -> "Counter[int]":
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

    def date_facet_counts(
        self, date_range: DateRange, wanted: tuple[str, ...], limit: int
    ) -> dict[str, list[tuple[str, int]]]:
        """Facet counts over a date range, summed from per-year, per-month and per-day counts."""
        counts: dict[str, list[tuple[str, int]]] = {}
        for name in wanted:
            periods = self._period_counts(name)
            tally: Counter[int] = Counter()
            for term in date_range.terms:
                part = periods.get(term)
                if part is None:  # a single day: few pictures, counted directly
                    part = self.facet(name).count(self.docset(wq.Term(TAGS, tag("date", term))))
                tally.update(part)
            counts[name] = self._best(name, tally, limit)
        return counts

    def _period_counts(self, name: str) -> dict[str, Counter[int]]:
        # One pass over every document: its facet values counted by year and by month.
        with self._lock:
            found = self._periods.get(name)
        if found is not None:
            return found
        keys = self.numbers("date_key")
        years = array("q", (key // 10**10 for key in keys))
        months = array("q", (key // 10**8 for key in keys))
        facet = self.facet(name)
        by_year, by_month = Counter(zip(years, facet.first)), Counter(zip(months, facet.first))
        for doc, more in facet.more.items():
            for value in more:
                by_year[(years[doc], value)] += 1
                by_month[(months[doc], value)] += 1
        found = {}
        for (year, value), count in by_year.items():
            if year and value != NO_VALUE:
                found.setdefault(f"{year:04d}", Counter())[value] += count
        for (month, value), count in by_month.items():
            if month % 100 and value != NO_VALUE:
                found.setdefault(f"{month // 100:04d}-{month % 100:02d}", Counter())[value] += count
        with self._lock:
            self._periods[name] = found
        return found

    def _best(self, name: str, tally: "Counter[int]", limit: int) -> list[tuple[str, int]]:
        names = self.owner.value_names(name)
        best = heapq.nsmallest(limit, tally.items(), key=lambda item: (-item[1], names[item[0]]))
        return [(names[value], count) for value, count in best if count > 0]

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
                (offset, self.owner.segment_values(leaf).facets(leaf)[name]) for leaf, offset in self.leaves
            )
            self._facets[name] = found
        return found

    def leaf_scores(self, query: wq.Query, only: np.ndarray | None = None) -> "ranking.Scored":
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
                self.owner.segment_values(leaf).numbers(leaf, column) for leaf, _ in self.leaves
            )
            self._keys[column] = found
        return found

    def vector(self, column: str) -> np.ndarray:
        """A numeric column as a numpy array (sharing the cached array's memory)."""
        return np.frombuffer(self.numbers(column), dtype=np.int64)

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

    def top(self, docs: Set[int], sort: str, limit: int) -> list[int]:
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

    def _facet_totals(self, name: str) -> "Counter[int]":
        with self._lock:
            found = self._totals.get(name)
        if found is None:
            found = self.facet(name).count(self.all_docs())
            with self._lock:
                self._totals[name] = found
        return found

    def facet_counts(
        self, plan: Plan, wanted: tuple[str, ...], matched: Iterable[int] | np.ndarray, limit: int
    ) -> dict[str, list[tuple[str, int]]]:
        """``(value, count)`` pairs per facet over the matched documents, most first."""
        key = (plan.ranking, tuple(plan.filters), tuple(plan.exclusions), wanted, limit)
        cached = self._facet_cache.get(key)
        if cached is not None:
            return cached
        docs = matched if isinstance(matched, (set, frozenset, np.ndarray)) else set(matched)
        everything = self.all_docs()
        size = len(self.lengths())  # documents in every segment, deleted ones included
        # Most of the index matched: count the few that did not, and subtract.
        if 2 * len(docs) > len(everything):
            if isinstance(docs, np.ndarray):
                every = self.all_docs_array()
                rest = Selection(every[~Selection(docs, size).mask[every]], size)
            else:
                rest = Selection(everything - docs, size)
            tallies = {name: self._facet_totals(name) - self.facet(name).count(rest) for name in wanted}
        else:
            selected = Selection(docs, size)
            tallies = {name: self.facet(name).count(selected) for name in wanted}
        counts = {name: self._best(name, tally, limit) for name, tally in tallies.items()}
        self._facet_cache.put(key, counts)
        return counts


class _Found:
    """The documents a plan matches, and the first of them in the requested order."""

    def __init__(
        self, matched: Set[int] | np.ndarray | None, total: int, ranked: list[tuple[float | None, int]], sort: str
    ):
        self.matched, self.total, self.ranked, self.sort = matched, total, ranked, sort
        self.date_range: DateRange | None = None  # when ``matched`` is None: what matched

    @classmethod
    def run(cls, handle: "_Handle", plan: Plan, sort: str, limit: int | None) -> "_Found":
        """Match, then rank the first ``limit`` (None: all) by relevance or date."""
        # Date ranges and column tests are applied last, to whatever is matched by then.
        tests = [f for f in plan.filters if isinstance(f, (DateRange, ColumnQuery))]
        if plan.ranking is None and len(tests) == len(plan.filters) == 1 and not plan.exclusions:
            if isinstance(tests[0], DateRange):
                wide = _Found._wide_range(handle, tests[0], "newest" if sort == "relevance" else sort, limit)
                if wide is not None:
                    return wide
        allowed = handle.intersect([f for f in plan.filters if not isinstance(f, (DateRange, ColumnQuery))])
        excluded = handle.union(plan.exclusions)
        matched: Set[int] | None = None
        if plan.ranking is None:
            if sort == "relevance":
                sort = "newest"  # nothing to rank by: newest pictures first
        elif ranking.rankable(plan.ranking) and ranking.prefixes_are_small(plan.ranking, handle.searcher):
            return cls._ranked(handle, plan, sort, limit, allowed, excluded, tests)
        else:
            matched = set(handle.searcher.docs_for_query(plan.ranking))
        if matched is not None and allowed is not None:
            matched = matched & allowed
        elif matched is None:
            matched = allowed
        for test in sorted(tests, key=handle.estimate):
            matched = handle.within(test, matched)
        if matched is None:
            matched = handle.all_docs()
        browsing_all = matched is handle.all_docs() and not excluded
        if excluded:
            matched = matched - excluded
        total = len(matched)
        count = total if limit is None else min(limit, total)
        ranked: list[tuple[float | None, int]]
        if count == 0:
            ranked = []
        elif sort == "relevance":
            # Only the set matched so far may rank; without filters whoosh needs no check.
            restricted = allowed is not None or bool(excluded) or bool(tests)
            results = handle.searcher.search(
                plan.ranking, limit=count, filter=set(matched) if restricted else None
            )
            ranked = list(results.top_n)
        elif browsing_all:
            ranked = [(None, doc) for doc in handle.all_in_order(sort)[:count]]
        else:
            ranked = [(None, doc) for doc in handle.top(matched, sort, count)]
        return cls(matched, total, ranked, sort)

    @classmethod
    def _ranked(
        cls, handle: "_Handle", plan: Plan, sort: str, limit: int | None,
        allowed: Set[int] | None, excluded: Set[int] | None, tests: list["DateRange | ColumnQuery"],
    ) -> "_Found":
        # Words, phrases and prefixes: the hits stay a sorted array from matching to ranking.
        hits, scored = ranking.match(plan.ranking, handle.leaf_scores, handle.searcher)
        if allowed is not None:
            hits = _members(hits, allowed)
        for test in sorted(tests, key=handle.estimate):
            hits = handle.within_array(test, hits)
        if excluded:
            hits = _members(hits, excluded, keep=False)
        total = len(hits)
        count = total if limit is None else min(limit, total)
        ranked: list[tuple[float | None, int]]
        if sort == "relevance":
            ranked = list(ranking.top(hits, scored, handle.vector("text_words"), handle.average_length(), count))
        else:
            ranked = [(None, doc) for doc in handle.top(set(hits.tolist()), sort, count)]
        return cls(hits, total, ranked, sort)

    @staticmethod
    def _wide_range(handle: "_Handle", date_range: DateRange, sort: str, limit: int | None) -> "_Found | None":
        # A date range alone covering much of the index: count it from the terms' document
        # frequencies, take the first pictures walking the index in date order, and leave
        # the facets to per-period counts (``facet_counts``). Nothing is read per picture.
        searcher = handle.searcher
        size = date_range.estimate_size(searcher.reader())
        if 4 * size < searcher.doc_count() or not handle.has_no_deletions():
            return None
        count = size if limit is None else min(limit, size)
        keys, contains = handle.numbers("date_key"), date_range.contains
        picked: list[tuple[float | None, int]] = []
        for doc in handle.all_in_order(sort):
            if len(picked) >= count:
                break
            if contains(keys[doc]):
                picked.append((None, doc))
        found = _Found(None, size, picked, sort)
        found.date_range = date_range
        return found


def _members(docs: np.ndarray, group: Set[int], keep: bool = True) -> np.ndarray:
    """The documents of ``docs`` inside ``group`` (or outside it, ``keep=False``), in order."""
    inside = np.fromiter(map(group.__contains__, docs.tolist()), dtype=bool, count=len(docs))
    return docs[inside if keep else ~inside]


def _create(path: Path, schema: Any) -> Any:
    ix = whoosh_index.create_in(str(path), schema)
    (path / SCHEMA_FILE).write_text(f"{SCHEMA_VERSION}\n", encoding="ascii")
    return ix


def _open(path: Path) -> Any:
    # An index written by another version of the schema would fail in odd ways (missing
    # fields, other analysers): say so once, plainly, and how to fix it.
    try:
        version = int((path / SCHEMA_FILE).read_text(encoding="ascii"))
    except (OSError, ValueError):
        version = None
    if version != SCHEMA_VERSION:
        raise ConfigurationError(
            f"{path.parent}: the search index was built by another version of Photodesk; "
            "run `photodesk reindex` to rebuild it from the catalog"
        )
    return whoosh_index.open_dir(str(path))


def _unused_whoosh_files(folder: Path) -> list[Path]:
    """Whoosh files of a generation its latest table of contents does not use (a writer killed mid-commit).

    Whoosh removes unused segment files at its next commit, but never its own temporary
    table-of-contents files or what its temporary folder holds.
    """
    try:
        ix = whoosh_index.open_dir(str(folder))
    except (whoosh_index.EmptyIndexError, OSError):
        return []
    try:
        generation = ix.latest_generation()
        used = {segment.segment_id() for segment in ix._segments()}
    finally:
        ix.close()
    unused = []
    for path in folder.iterdir():
        toc, segment = _TOC.match(path.name), _SEGMENT_FILE.match(path.name)
        if (
            (toc and int(toc.group(1)) != generation)
            or _TOC_TEMPORARY.match(path.name)
            or path.name == _WHOOSH_TEMPORARY
            or (segment and segment.group(1) not in used)
        ):
            unused.append(path)
    return sorted(unused)


def _remove(paths: list[Path]) -> int:
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    return len(paths)


def _facet_names(facets: bool | Sequence[str] | None) -> tuple[str, ...]:
    if facets is True:
        return FACET_NAMES
    if not facets:
        return ()
    unknown = [name for name in facets if name not in FACET_NAMES]
    if unknown:
        raise ValueError(f"unknown facets {unknown}; facets are {', '.join(FACET_NAMES)}")
    return tuple(facets)


def _filter_queries(
    filters: Mapping[str, Any], years: Any, problems: list[str]
) -> list[wq.Query]:
    queries: list[wq.Query] = []
    for name, raw in filters.items():
        values = [raw] if isinstance(raw, str) else list(raw or ())
        values = [str(v).strip() for v in values if v is not None and str(v).strip()]
        if not values:
            continue
        if name in DATE_FILTERS:
            continue
        if name not in FILTER_TAGS:
            raise ValueError(f"unknown filter {name!r}; filters are {', '.join([*FILTER_TAGS, *DATE_FILTERS])}")
        if name == "year":
            bad = [v for v in values if not (len(v) == 4 and v.isdigit())]
            if bad:
                problems.append(f'"{bad[0]}" is not a year; the year filter was left out.')
                continue
        terms = [wq.Term(TAGS, tag(FILTER_TAGS[name], value)) for value in values]
        queries.append(terms[0] if len(terms) == 1 else wq.Or(terms))
    date_range = _date_filter(filters, years, problems)
    if date_range is not None:
        queries.append(date_range)
    return queries


def _date_filter(filters: Mapping[str, Any], years: Any, problems: list[str]) -> wq.Query | None:
    bounds = []
    for name in DATE_FILTERS:
        text = str(filters.get(name) or "").strip()
        period = parse_period(text) if text else None
        if text and period is None:
            problems.append(f'"{text}" is not a date; write 2017, 2017-03 or 2017-03-17. The "{name}" date was left out.')
        bounds.append(period)
    low, high = bounds
    if low is None and high is None:
        return None
    return date_range_query(low.first_day if low else None, high.last_day if high else None, years())


def _hit(searcher: Any, docnum: int, score: float | None, terms: frozenset[str], prefixes: tuple[str, ...]) -> Hit:
    stored = searcher.stored_fields(docnum)
    caption = stored.get("caption")
    width, height = stored.get("size") or (None, None)
    return Hit(
        id=stored["id"],
        score=score,
        caption=caption,
        highlight=highlight_caption(caption or stored.get("headline"), terms, prefixes),
        credit=stored.get("credit_line"),
        date_created=stored.get("date_created"),
        headline=stored.get("headline"),
        agency=stored.get("agency"),
        photographers=tuple(stored.get("photographers") or ()),
        city=stored.get("city"),
        country=stored.get("country"),
        restrictions=tuple(stored.get("restrictions") or ()),
        width=width,
        height=height,
    )


def _results(
    parsed: ParsedQuery,
    problems: list[str],
    total: int,
    page: int,
    page_size: int,
    sort: str,
    hits: tuple[Hit, ...],
    facets: dict[str, list[tuple[str, int]]],
    suggestion: str | None,
) -> SearchResults:
    return SearchResults(
        query=parsed.text,
        effective_query=parsed.effective,
        total=total,
        page=page,
        page_size=page_size,
        sort=sort,
        hits=hits,
        facets=facets,
        suggestion=suggestion,
        message=parsed.message(problems),
    )
