"""A least-recently-used map bounded by the total size of what it holds."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any


class Recent:
    """A least-recently-used map safe to share between threads, bounded by the total size
    of its values (documents in a filter's set, postings of a word), not their number."""

    def __init__(self, budget: int):
        self._budget = budget
        self._used = 0
        self._items: OrderedDict[Any, tuple[Any, int]] = OrderedDict()
        self._lock = threading.Lock()

    def __contains__(self, key: Any) -> bool:
        return key in self._items

    def get(self, key: Any) -> Any:
        """The value kept for ``key`` (now the most recent), or None."""
        with self._lock:
            found = self._items.get(key)
            if found is None:
                return None
            self._items.move_to_end(key)
            return found[0]

    def put(self, key: Any, value: Any, size: int = 1) -> None:
        """Keep ``value`` (of ``size``), forgetting the least recently used."""
        if size > self._budget // 4:
            return  # one huge value would push out everything else
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._used -= old[1]
            self._items[key] = (value, size)
            self._used += size
            while self._used > self._budget:
                _, (_, freed) = self._items.popitem(last=False)
                self._used -= freed
