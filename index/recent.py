"""A least-recently-used map bounded by the total size of what it holds (``cachetools.LRUCache``)."""

from __future__ import annotations

import threading
from typing import Any

from cachetools import LRUCache


class Recent:
    """A least-recently-used map safe to share between threads, bounded by the total size
    of its values (documents in a filter's set, postings of a word), not their number."""

    def __init__(self, budget: int):
        self._budget = budget
        # Each value is kept with its size; LRUCache is not thread-safe, hence the lock.
        self._items: LRUCache[Any, tuple[Any, int]] = LRUCache(maxsize=budget, getsizeof=_size_of)
        self._lock = threading.Lock()

    def __contains__(self, key: Any) -> bool:
        with self._lock:
            return key in self._items  # a look, not a use

    def get(self, key: Any) -> Any:
        """The value kept for ``key`` (now the most recent), or None."""
        with self._lock:
            found = self._items.get(key)
        return None if found is None else found[0]

    def put(self, key: Any, value: Any, size: int = 1) -> None:
        """Keep ``value`` (of ``size``), forgetting the least recently used."""
        if size > self._budget // 4:
            return  # one huge value would push out everything else
        with self._lock:
            self._items.pop(key, None)  # a replaced value frees its size before any other goes
            self._items[key] = (value, size)


def _size_of(item: tuple[Any, int]) -> int:
    return item[1]
