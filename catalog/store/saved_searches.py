"""Saved-search records: the searches (name, words, filters, sort, owner, shared) and when each person last looked."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from catalog.saved_searches import SavedSearch, SavedSearchError
from catalog.store.connection import now_iso
from catalog.store.rights import RightsRecords


class SavedSearchRecords(RightsRecords):
    """Saved searches, unique by name in any case, and each viewer's last look at each."""

    def save_search(self, search: SavedSearch, *, replace: bool = False) -> SavedSearch:
        """Record a saved search; with ``replace``, one of the same name (its owner's) is changed in place.

        ``SavedSearchError`` when the name is taken (and not ``replace``) or the owner is no account.
        """
        created = search.created_at or now_iso()
        values = (search.name, search.query, json.dumps([list(pair) for pair in search.filters], ensure_ascii=False),
                  search.sort, search.owner, int(search.shared), created)
        try:
            with self.transaction():
                if search.owner is not None and self._db.execute(
                        "SELECT 1 FROM users WHERE name = ?", (search.owner,)).fetchone() is None:
                    raise SavedSearchError(f"no account named {search.owner!r} to own the saved search")
                if replace and self.saved_search(search.name) is not None:
                    self._db.execute(
                        "UPDATE saved_searches SET query = ?, filters = ?, sort = ?, shared = ? WHERE name = ?",
                        (*values[1:4], values[5], search.name))
                else:
                    self._db.execute(
                        "INSERT INTO saved_searches (name, query, filters, sort, owner, shared, created_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", values)
        except sqlite3.IntegrityError:  # on either backend (catalog.store.postgres raises sqlite3's class)
            raise SavedSearchError(f"a saved search named {search.name!r} exists already") from None
        found = self.saved_search(search.name)
        assert found is not None
        return found

    def saved_search(self, name: str) -> SavedSearch | None:
        """The saved search of this name (any case), or None."""
        row = self._db.execute("SELECT * FROM saved_searches WHERE name = ?", (name.strip(),)).fetchone()
        return _saved_search(row) if row else None

    def saved_searches(self) -> list[SavedSearch]:
        """Every saved search, by name."""
        return [_saved_search(row) for row in self._db.execute("SELECT * FROM saved_searches ORDER BY name")]

    def remove_saved_search(self, name: str) -> SavedSearch:
        """Delete a saved search and its viewers' last looks; ``SavedSearchError`` when there is none."""
        with self.transaction():
            found = self.saved_search(name)
            if found is None:
                raise SavedSearchError(f"no saved search named {name!r} (photodesk saved-search list shows them)")
            self._db.execute("DELETE FROM saved_searches WHERE name = ?", (found.name,))
        return found

    def last_looked(self, name: str, viewer: str) -> str | None:
        """When ``viewer`` (an account name, or ``ANYONE``) last opened the saved search; None: never."""
        row = self._db.execute("SELECT seen_at FROM saved_search_views WHERE search = ? AND viewer = ?",
                               (name, viewer.casefold())).fetchone()
        return row[0] if row else None

    def mark_looked(self, name: str, viewer: str, at: str) -> None:
        """Remember that ``viewer`` opened the saved search at ``at`` (UTC, ISO 8601)."""
        with self.transaction():
            self._db.execute(
                "INSERT INTO saved_search_views (search, viewer, seen_at) VALUES ((SELECT name FROM saved_searches "
                "WHERE name = ?), ?, ?) ON CONFLICT (search, viewer) DO UPDATE SET seen_at = excluded.seen_at",
                (name, viewer.casefold(), at))


def _saved_search(row: Any) -> SavedSearch:
    return SavedSearch(name=row["name"], query=row["query"],
                       filters=tuple((str(name), str(value)) for name, value in json.loads(row["filters"])),
                       sort=row["sort"], owner=row["owner"], shared=bool(row["shared"]), created_at=row["created_at"])
