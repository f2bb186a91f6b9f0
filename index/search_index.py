"""The search index: batched writes, atomic rebuilds, and searches with facets and highlights.

``SearchIndex`` is the ``catalog.protocols.Indexer`` the ingest driver and ``check`` use, and
the ``search()`` the CLI and the web page call. One instance serves many threads: searchers
are pooled and refreshed after commits, never opened per request: a new one's first search
with facet counts takes ~350 ms (docs/performance.md#opening-a-searcher).

A facade: the files on disk are ``index.storage``'s, the pool ``index.searcher_pool``'s,
each searcher's caches and set algebra ``index.cached_searcher``'s, matching and ranking
``index.execution``'s, facet counts ``index.facet_counts``'s, the page's filters
``index.filters``' and the hits ``index.hits``'.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Self

import numpy as np

from catalog.asset import Asset
from index import execution, storage
from index.cached_searcher import CachedSearcher
from index.compiler import Plan, QueryCompiler, highlight_terms
from index.filters import facet_names, filter_queries
from index.generations import Generations
from index.hits import page_results, read_hit
from index.postings_codec import CODEC
from index.query import ParsedQuery, parse_query
from index.results import SORTS, SearchResults
from index.rights_filter import RightsNow, is_embargo_flag, no_rights
from index.schema import build_schema
from index.searcher_pool import SearcherPool
from index.spelling import suggest_query
from index.storage import BatchWriter

log = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 200
FACET_LIMIT = 20


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
        self._schema = build_schema()
        self._searchers = SearcherPool(self.generations, max_searchers)

    @property
    def max_searchers(self) -> int:
        """How many searches may run at once."""
        return self._searchers.max_searchers

    # --- writing (catalog.protocols.Indexer) --------------------------------------------

    @contextlib.contextmanager
    def writer(self) -> Iterator[BatchWriter]:
        """One writer for one batch: commits on success, cancels if the block raises."""
        with self.generations.write_lock(self.lock_timeout), storage.batch(self.generations, self._schema, CODEC) as batch:
            yield batch

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
                count = storage.build(self.generations.path(name), self._schema, iter(assets), procs, CODEC)
            except BaseException:
                self.generations.discard(name)
                raise
            self.generations.switch_to(name)
            storage.remove_paths(self.generations.leftovers())  # of rebuilds killed before this one
        log.info("rebuilt the search index: %d assets in %s", count, name)
        return count

    def temporary_files(self) -> list[Path]:
        """What killed writes left in the index: dead generations, pointer and Whoosh temporary files.

        Empty while another process writes (its files in progress are not leftovers).
        """
        if not self.generations.root.is_dir():
            return []
        with self.generations.write_lock_if_free() as free:
            return storage.leftovers(self.generations) if free else []

    def clean_temporary(self) -> int:
        """Remove what killed writes left (nothing while another process writes); the count removed."""
        if not self.generations.root.is_dir():
            return 0
        with self.generations.write_lock_if_free() as free:
            return storage.remove_paths(storage.leftovers(self.generations)) if free else 0

    # --- reading ------------------------------------------------------------------------

    def stamps(self) -> dict[str, str]:
        """Every indexed asset id with the ``record_stamp`` it was indexed at (drift checks)."""
        with self._borrow() as handle:
            return {} if handle is None else handle.stamps()

    def stamps_of(self, ids: Iterable[str]) -> dict[str, str]:
        """The ``record_stamp`` each of these ids was indexed at, for those indexed (cheap for a few ids)."""
        with self._borrow() as handle:
            return {} if handle is None else handle.stamps_of(ids)

    def count(self) -> int:
        """How many assets the index holds."""
        with self._borrow() as handle:
            return 0 if handle is None else handle.searcher.doc_count()

    def warm(self) -> None:
        """Open a searcher and load facet and sort arrays now, so the first search is fast."""
        with self._borrow() as handle:
            if handle is not None:
                handle.warm()

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
        rights: RightsNow | None = None,
    ) -> SearchResults:
        """One page of hits for ``query`` (the query language of docs/search.md); never raises on bad input.

        ``filters`` are the search page's facet filters: agency, photographer, country,
        city, year, restrictions, source (a value or a list of values, any of which may
        match) and ``from``/``to`` dates. ``facets`` is True for all facets or the names
        wanted. A query that cannot be read as typed is repaired; ``message`` says how.
        ``rights`` (the desk's agreements, kill notices and the time) decides ``usable:``,
        the ``cleared`` filter and which embargoes have not lifted yet (docs/rights.md).
        """
        page = max(1, int(page))
        page_size = min(MAX_PAGE_SIZE, max(1, int(page_size)))
        wanted = facet_names(facets)
        parsed = parse_query(query)
        problems: list[str] = []  # about the filters and sort; the query's own are in ``parsed``
        if sort not in SORTS:
            problems.append(f'There is no sort order "{sort}"; sorted by relevance.')
            sort = "relevance"
        with self._borrow() as handle:
            if handle is None:
                return page_results(parsed, problems, 0, page, page_size, sort, (), {}, None)
            rights = rights or no_rights()
            plan = self._plan(handle, parsed, filters, problems, rights)
            found = execution.run(handle, plan, sort, page * page_size)
            terms, prefixes = highlight_terms(parsed.node)
            hits = tuple(
                read_hit(handle.searcher, doc, score, terms, prefixes)
                for score, doc in found.ranked[(page - 1) * page_size :]
            )
            if not wanted:
                facet_counts = {}
            elif found.matched is None:
                assert found.date_range is not None
                facet_counts = handle.facet_counts.of_date_range(found.date_range, wanted, facet_limit)
            else:
                facet_counts = handle.facet_counts.of_matches(plan, wanted, found.matched, facet_limit)
            if "restrictions" in facet_counts:
                facet_counts = {**facet_counts, "restrictions": _embargoes_now(
                    handle, found, facet_counts["restrictions"], rights)}
            suggestion = suggest_query(parsed, handle.searcher)
        return page_results(parsed, problems, found.total, page, page_size, found.sort, hits, facet_counts, suggestion)

    def search_ids(
        self, query: str = "", *, sort: str = "relevance", filters: Mapping[str, Any] | None = None,
        rights: RightsNow | None = None,
    ) -> list[str]:
        """The ids of every asset matching ``query``, in ``sort`` order (``export QUERY``)."""
        parsed = parse_query(query)
        with self._borrow() as handle:
            if handle is None:
                return []
            plan = self._plan(handle, parsed, filters, [], rights or no_rights())
            found = execution.run(handle, plan, sort if sort in SORTS else "relevance", None)
            return [handle.searcher.stored_fields(doc)["id"] for _score, doc in found.ranked]

    def _plan(
        self, handle: CachedSearcher, parsed: ParsedQuery, filters: Mapping[str, Any] | None, problems: list[str],
        rights: RightsNow,
    ) -> Plan:
        plan = QueryCompiler(handle.years, rights).plan(parsed.node)
        plan.filters.extend(filter_queries(filters or {}, handle.years, problems, rights, handle.spellings))
        return plan

    def _borrow(self) -> contextlib.AbstractContextManager[CachedSearcher | None]:
        return self._searchers.borrow()

    def close(self) -> None:
        """Close every pooled searcher (searches still running finish first)."""
        self._searchers.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _embargoes_now(
    handle: CachedSearcher, found: execution.Found, counts: list[tuple[str, int]], rights: RightsNow
) -> list[tuple[str, int]]:
    """The restriction counts with *Embargoed* counting only embargoes not lifted at the time of the search."""
    if not any(is_embargo_flag(value) for value, _ in counts):
        return counts
    if found.matched is None:
        assert found.date_range is not None
        matched: Any = handle.docset(found.date_range)
    else:
        matched = found.matched
    docs = matched if isinstance(matched, np.ndarray) else np.fromiter(matched, dtype=np.int64, count=len(matched))
    active = int(np.count_nonzero(handle.rights_columns().embargoed(rights, docs.astype(np.int64, copy=False))))
    adjusted = [(value, active if is_embargo_flag(value) else count) for value, count in counts]
    return sorted((pair for pair in adjusted if pair[1] > 0), key=lambda pair: (-pair[1], pair[0]))
