"""Upload results: what one upload form (posted without script) brought in, kept a short while (docs/intake.md).

The form's answer is a redirect to a page that reads them (Post/Redirect/Get): reloading that
page shows the same results and sends no file again. They are kept in the catalog, not in a
process's memory, so that any process of ``serve --processes N`` — or the server after a
restart — can show them; each belongs to the account that uploaded, and is read back only by it.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta, timezone
from typing import Any

from catalog.store.connection import Connection

RESULTS_KEPT = timedelta(days=1)  # as long as the intake page lists what came in


class UploadResultRecords(Connection):
    """The upload_results table: one row per form posted, its files' results as JSON."""

    def save_upload_results(self, account: str, results: list[dict[str, Any]], *, at: datetime) -> str:
        """Keep one form's results for ``account`` ('' with no accounts) as of ``at``; the unguessable id to show them by.

        Results older than ``RESULTS_KEPT`` go in the same transaction.
        """
        result_id = secrets.token_urlsafe(16)
        with self.transaction():
            self._db.execute("DELETE FROM upload_results WHERE created_at < ?", (_iso(at - RESULTS_KEPT),))
            self._db.execute("INSERT INTO upload_results (id, account, created_at, results) VALUES (?, ?, ?, ?)",
                             (result_id, account, _iso(at), json.dumps(results, ensure_ascii=False)))
        return result_id

    def upload_results(self, result_id: str, account: str, *, at: datetime) -> list[dict[str, Any]] | None:
        """The results kept under ``result_id`` for ``account``; None when unknown, another account's, or expired."""
        row = self._db.execute("SELECT results FROM upload_results WHERE id = ? AND account = ? AND created_at >= ?",
                               (result_id, account, _iso(at - RESULTS_KEPT))).fetchone()
        return None if row is None else json.loads(row[0])


def _iso(moment: datetime) -> str:
    """As the catalog writes times (``catalog.store.now_iso``: UTC, to the second), so that they compare as text."""
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat()
