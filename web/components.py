"""The real collaborators one app uses: the catalog store, the search index and the media store."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import current_app

from catalog.settings import Settings
from catalog.store import CatalogStore
from index import SearchIndex
from media.store import MediaStore
from web.recent_assets import RecentAssets


@dataclass(frozen=True)
class Components:
    """Opened once per app and shared by its worker threads."""

    catalog: CatalogStore
    index: SearchIndex
    media: MediaStore
    recent: RecentAssets = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "recent", RecentAssets(self.catalog))


def open_components(settings: Settings) -> Components:
    """Open the catalog, index and media store of one data directory."""
    return Components(
        catalog=CatalogStore(settings.catalog_path),
        index=SearchIndex(settings.index_dir),
        media=MediaStore(settings.media_dir),
    )


def components() -> Components:
    """The components of the app handling the current request."""
    return current_app.extensions["photodesk"]
