"""What one app holds: the desk (catalog, index and media store, changed together) and its recent assets."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Iterable

from flask import current_app

from catalog.asset import Asset
from catalog.desk import Desk
from catalog.settings import Settings
from catalog.store import CatalogStore
from index import SearchIndex
from media.store import MediaStore

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
        self._kept: OrderedDict[str, tuple[str, Asset]] = OrderedDict()
        self._lock = threading.Lock()

    def get_many(self, asset_ids: Iterable[str]) -> dict[str, Asset]:
        """The current assets with these ids that exist, by id."""
        stamps = self.catalog.stamps_of(asset_ids)
        found: dict[str, Asset] = {}
        with self._lock:
            for asset_id, stamp in stamps.items():
                kept = self._kept.get(asset_id)
                if kept is not None and kept[0] == stamp:
                    self._kept.move_to_end(asset_id)
                    found[asset_id] = kept[1]
        missing = [asset_id for asset_id in stamps if asset_id not in found]
        if missing:
            fresh = self.catalog.get_many(missing)
            found.update(fresh)
            with self._lock:
                for asset_id, asset in fresh.items():
                    self._kept[asset_id] = (stamps[asset_id], asset)
                    self._kept.move_to_end(asset_id)
                while len(self._kept) > self.size:
                    self._kept.popitem(last=False)
        return found


@dataclass(frozen=True)
class Components:
    """Opened once per app and shared by its worker threads: every change goes through ``desk``."""

    desk: Desk
    recent: RecentAssets = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "recent", RecentAssets(self.desk.catalog))

    @property
    def catalog(self) -> CatalogStore:
        """The catalog, for reading."""
        return self.desk.catalog

    @property
    def index(self) -> SearchIndex:
        """The search index, for searching."""
        return self.desk.index

    @property
    def media(self) -> MediaStore:
        """The media store, for serving files."""
        return self.desk.media


def open_components(settings: Settings) -> Components:
    """The desk of one data directory, opened, with an empty cache of recent assets."""
    return Components(Desk.open(settings))


def components() -> Components:
    """The components of the app handling the current request."""
    return current_app.extensions["photodesk"]
