"""Upload results kept in the catalog (SQLite and PostgreSQL): read back by id and account, for a day."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from catalog.store import CatalogStore
from catalog.store.upload_results import RESULTS_KEPT

POSTED = datetime(2026, 5, 1, 12, 0, tzinfo=timezone.utc)
RESULTS = [{"file": "quay.jpg", "status": "imported", "reason": None, "warnings": ["no date"], "missing": [],
            "asset_id": "a1", "url": "/assets/a1"},
           {"file": "Überschwemmung.tif", "status": "failed", "reason": "larger than the 1 MB file-size limit",
            "warnings": [], "missing": []}]


def test_results_are_read_back_by_their_id_for_their_account_until_a_day_has_passed(catalog_location: str | Path) -> None:
    with CatalogStore(catalog_location) as store:
        result_id = store.save_upload_results("eddie", RESULTS, at=POSTED)
        other = store.save_upload_results("", RESULTS[:1], at=POSTED)  # a catalog without accounts
        assert len(result_id) >= 20 and result_id != other
        assert store.upload_results(result_id, "eddie", at=POSTED + timedelta(hours=23)) == RESULTS
        assert store.upload_results(other, "", at=POSTED) == RESULTS[:1]
        assert store.upload_results(result_id, "ada", at=POSTED) is None  # another account's
        assert store.upload_results("unknown", "eddie", at=POSTED) is None
        assert store.upload_results(result_id, "eddie", at=POSTED + RESULTS_KEPT + timedelta(seconds=1)) is None

        # A later upload removes what is past keeping.
        store.save_upload_results("eddie", [], at=POSTED + RESULTS_KEPT + timedelta(seconds=1))
        assert store.upload_results(result_id, "eddie", at=POSTED) is None
