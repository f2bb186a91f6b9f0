"""Intake records: the last outcome of every file a watched folder or an upload brought in (docs/intake.md).

One row per file path, replaced when the file is read again. It is what ``photodesk watch``
remembers across restarts (a file whose size and modification time match its row is not
read, and a failure not reported, again) and what the intake status page shows.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Iterable

from catalog.paths import readable_path
from catalog.store.connection import Connection, where_clause


@dataclass(frozen=True, kw_only=True)
class IntakeEntry:
    """One file's intake: where it came from, its size and time when read, and what became of it."""

    path: str  # as the system names it (may hold undecodable bytes as surrogates)
    origin: str  # "folder:/watched/folder" or "upload:account"
    size: int
    modified_ns: int
    status: str  # catalog.ingest.Status value
    at: str  # UTC, ISO 8601
    asset_id: str | None = None
    reason: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def shown_path(self) -> str:
        """The path as valid text, for pages and logs."""
        return readable_path(self.path)


@dataclass(frozen=True)
class IntakeCount:
    """How many files one origin brought in since a time, by what became of them."""

    origin: str
    imported: int = 0
    unchanged: int = 0
    failed: int = 0


class IntakeRecords(Connection):
    """The intake table."""

    def record_intake(self, entries: Iterable[IntakeEntry]) -> None:
        """Write these files' outcomes in one transaction, each replacing the file's earlier row."""
        rows = [(os.fsencode(entry.path), readable_path(entry.path), entry.origin, entry.size, entry.modified_ns,
                 entry.status, entry.asset_id, entry.reason, json.dumps(list(entry.warnings), ensure_ascii=False),
                 entry.at) for entry in entries]
        if not rows:
            return
        with self.transaction():
            self._db.executemany(
                """
                INSERT INTO intake (path_key, path, origin, size, modified_ns, status, asset_id, reason, warnings, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (path_key) DO UPDATE SET
                    path = excluded.path, origin = excluded.origin, size = excluded.size,
                    modified_ns = excluded.modified_ns, status = excluded.status, asset_id = excluded.asset_id,
                    reason = excluded.reason, warnings = excluded.warnings, at = excluded.at
                """,
                rows,
            )

    def intake_states(self) -> dict[str, tuple[int, int]]:
        """Every recorded file's (size, modified_ns) when it was last read, by path."""
        rows = self._db.execute("SELECT path_key, size, modified_ns FROM intake")
        return {os.fsdecode(row["path_key"]): (row["size"], row["modified_ns"]) for row in rows}

    def intake_entries(self, *, since: str | None = None, status: str | None = None,
                       limit: int | None = None) -> list[IntakeEntry]:
        """Files read since a time (ISO 8601, UTC), newest first, optionally only those with one status."""
        where, values = where_clause({"at >= ?": since, "status = ?": status})
        tail = f"LIMIT {int(limit)}" if limit is not None else ""
        rows = self._db.execute(f"SELECT * FROM intake {where} ORDER BY at DESC, rowid DESC {tail}", values)
        return [_entry(row) for row in rows]

    def intake_counts(self, since: str) -> list[IntakeCount]:
        """Per origin, how many files were imported, found unchanged and failed since a time."""
        rows = self._db.execute(
            "SELECT origin, status, count(*) AS n FROM intake WHERE at >= ? GROUP BY origin, status ORDER BY origin",
            (since,),
        )
        counts: dict[str, dict[str, int]] = {}
        for row in rows:
            counts.setdefault(row["origin"], {})[row["status"]] = row["n"]
        return [IntakeCount(origin, **{key: value for key, value in found.items()
                                       if key in ("imported", "unchanged", "failed")})
                for origin, found in counts.items()]


def _entry(row: object) -> IntakeEntry:
    return IntakeEntry(
        path=os.fsdecode(row["path_key"]), origin=row["origin"], size=row["size"],  # type: ignore[index]
        modified_ns=row["modified_ns"], status=row["status"], at=row["at"],  # type: ignore[index]
        asset_id=row["asset_id"], reason=row["reason"],  # type: ignore[index]
        warnings=tuple(json.loads(row["warnings"])),  # type: ignore[index]
    )
