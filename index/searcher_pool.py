"""The searcher pool: at most ``max_searchers`` open searchers shared by every thread, each
kept with its caches and refreshed after commits, and the per-segment values they share."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from index.cached_searcher import CachedSearcher
from index.docvalues import SegmentValues, ValueTable
from index.generations import Generations
from index.schema import FACET_NAMES


class SearcherPool:
    """Lends searchers of the current generation; threads beyond ``max_searchers`` wait their turn.

    A searcher of a generation no longer current is closed when it comes back.
    """

    def __init__(self, generations: Generations, max_searchers: int):
        self.generations = generations
        self.max_searchers = max(1, max_searchers)
        self._idle: list[CachedSearcher] = []
        self._handles: set[CachedSearcher | _Opening] = set()  # every searcher open or opening
        self._lock = threading.RLock()
        self._available = threading.Condition(self._lock)
        self._segments: dict[str, SegmentValues] = {}
        self._tables = {name: ValueTable(name) for name in FACET_NAMES}
        self._closed = False

    @contextlib.contextmanager
    def borrow(self) -> Iterator[CachedSearcher | None]:
        """A searcher of the current generation for the block (None when there is no index yet)."""
        generation = self.generations.current()
        if generation is None:
            yield None
            return
        handle = self._take(generation)
        try:
            yield handle
        finally:
            with self._available:
                if self._closed or handle.generation != self.generations.current():
                    self._retire(handle)
                else:
                    self._idle.append(handle)
                self._available.notify()

    def _take(self, generation: str) -> CachedSearcher:
        # At most ``max_searchers`` searchers: each holds its own copy of the stored fields
        # (Whoosh copies a compound file's part into memory on first use), and Python runs
        # one search at a time per process anyway. Other threads wait for a free one.
        reused = None
        with self._available:
            while reused is None:
                while self._idle and reused is None:
                    candidate = self._idle.pop()
                    if candidate.generation == generation:
                        reused = candidate
                    else:
                        self._retire(candidate)
                if reused is None and len(self._handles) < self.max_searchers:
                    placeholder = _Opening()
                    self._handles.add(placeholder)
                    break
                if reused is None:
                    self._available.wait()
        if reused is not None:
            if reused.refresh():
                self.forget_segments()
            return reused
        try:
            handle = CachedSearcher(self, generation)
        except BaseException:
            with self._available:
                self._handles.discard(placeholder)
                self._available.notify()
            raise
        with self._available:
            self._handles.discard(placeholder)
            self._handles.add(handle)
        return handle

    def _retire(self, handle: CachedSearcher) -> None:
        self._handles.discard(handle)
        handle.close()
        self.forget_segments()

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

    def value_keys(self, facet: str) -> list[str]:
        """Facet value ids to the key their spellings share (``catalog.spellings.value_key``)."""
        return self._tables[facet].keys

    def forget_segments(self) -> None:
        """Drop the values of segments no open searcher reads any more."""
        with self._lock:
            live = set().union(*(handle.segment_ids for handle in self._handles)) if self._handles else set()
            for key in [k for k in self._segments if k not in live]:
                del self._segments[key]

    def close(self) -> None:
        """Close every idle searcher; those lent out close when they come back."""
        with self._available:
            self._closed = True
            while self._idle:
                self._retire(self._idle.pop())
            self._available.notify_all()


class _Opening:
    """Holds a searcher's place in the pool while it opens, outside the lock
    (docs/performance.md#opening-a-searcher)."""

    segment_ids: frozenset[str] = frozenset()
