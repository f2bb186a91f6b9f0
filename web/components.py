"""What one app holds: the desk (catalog, index and media store, changed together) and its recent assets."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import current_app

from catalog.desk import Desk
from catalog.settings import Settings
from catalog.store import CatalogStore
from index import SearchIndex
from media.store import MediaStore
from web.recent_assets import RecentAssets


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
