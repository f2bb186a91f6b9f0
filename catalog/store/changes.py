"""The change feed: numbered asset changes, appended by triggers in the change's own transaction.

Every write holds the catalog's write lock, so numbers are given in commit order: a reader that
has seen change N has seen every change before it (docs/postgresql.md#the-change-feed).
"""

from __future__ import annotations

from catalog.store.connection import Connection


class ChangeRecords(Connection):
    """Reading the change feed (the triggers of migration 12 write it)."""

    def changes_after(self, seq: int, *, limit: int = 1000) -> list[tuple[int, str]]:
        """``(number, asset id)`` of the changes numbered after ``seq``, oldest first, at most ``limit``."""
        rows = self._db.execute("SELECT seq, asset_id FROM changes WHERE seq > ? ORDER BY seq LIMIT ?", (seq, limit))
        return [(row[0], row[1]) for row in rows]

    def last_change(self) -> int:
        """The number of the latest change (0: none yet)."""
        return self._db.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]
