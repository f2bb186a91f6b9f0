"""The catalog store: SQLite in WAL mode or PostgreSQL (docs/postgresql.md), the system of record.

``connection`` opens the file and migrates it (``migrations``); ``assets`` maps asset
records to rows; ``articles`` holds articles and the links to assets; ``rights`` the supplier agreements
and kill notices; ``edits`` the desk's corrections and their history; ``accounts`` the users, sessions,
tokens and the activity log; ``intake`` what watched folders and uploads brought in; ``lightboxes`` the
desk's sets of pictures per story; ``saved_searches`` the saved searches and who last looked at each;
``changes`` the change feed other hosts' indexes follow; ``upload_results`` what each upload form
posted without script brought in, for the page it redirects to. ``CatalogStore`` is all of them over one catalog.
"""

from catalog.store.accounts import AccountRecords
from catalog.store.changes import ChangeRecords
from catalog.store.connection import now_iso
from catalog.store.edits import EditRecords
from catalog.store.intake import IntakeRecords
from catalog.store.lightboxes import LightboxRecords
from catalog.store.migrations import MIGRATIONS, SCHEMA_VERSION
from catalog.store.saved_searches import SavedSearchRecords
from catalog.store.upload_results import UploadResultRecords


class CatalogStore(AccountRecords, EditRecords, IntakeRecords, LightboxRecords, SavedSearchRecords, ChangeRecords,
                   UploadResultRecords):
    """The catalog: assets keyed by sha256, articles, the links between them, agreements, kills and edits,
    accounts, the activity log, intake, lightboxes, saved searches, the change feed (``changes``) and upload
    results."""


__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "CatalogStore", "now_iso"]
