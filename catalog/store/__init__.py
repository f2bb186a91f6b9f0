"""The catalog store: SQLite in WAL mode, the system of record for assets, articles and links.

``connection`` opens the file and migrates it (``migrations``); ``assets`` maps asset
records to rows; ``articles`` holds articles and the links to assets. ``CatalogStore``
is all of them over one file.
"""

from catalog.store.articles import ArticleRecords
from catalog.store.connection import now_iso
from catalog.store.migrations import MIGRATIONS, SCHEMA_VERSION


class CatalogStore(ArticleRecords):
    """The SQLite catalog: assets keyed by sha256, articles, and the links between them."""


__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "CatalogStore", "now_iso"]
