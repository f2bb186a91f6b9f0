"""Assets recently shown by the web app, kept decoded between requests while their records are unchanged."""

from __future__ import annotations

import threading
from typing import Iterable

from cachetools import LRUCache

from catalog.asset import Asset
from catalog.store import CatalogStore

RECENT_ASSETS = 4096  # ~85 full search pages; a few MB per process


class RecentAssets:
    """Assets recently shown, kept by id with their record stamp.

    A search page shows 48 assets; decoding their records was a third of the page's own
    time (measured on 10,000 assets). The stamp changes with any change to the record
    (links included), so one cheap stamp query tells which kept assets are still current.
    """

    def __init__(self, catalog: CatalogStore, size: int = RECENT_ASSETS) -> None:
        self.catalog = catalog
        self.size = size
        # the least recently used go first; LRUCache is not thread-safe, hence the lock
        self._kept: LRUCache[str, tuple[str, Asset]] = LRUCache(maxsize=size)
        self._lock = threading.Lock()

    def get_many(self, asset_ids: Iterable[str]) -> dict[str, Asset]:
        """The current assets with these ids that exist, by id."""
        stamps = self.catalog.stamps_of(asset_ids)
        found: dict[str, Asset] = {}
        with self._lock:
            for asset_id, stamp in stamps.items():
                kept = self._kept.get(asset_id)  # a hit counts as a use
                if kept is not None and kept[0] == stamp:
                    found[asset_id] = kept[1]
        missing = [asset_id for asset_id in stamps if asset_id not in found]
        if missing:
            fresh = self.catalog.get_many(missing)
            found.update(fresh)
            with self._lock:
                for asset_id, asset in fresh.items():
                    self._kept[asset_id] = (stamps[asset_id], asset)
        return found
