"""Lightbox records: named sets of pictures for a story, their order and a note per picture (docs/lightboxes.md).

Positions run 0, 1, … without gaps within a lightbox: every change that adds, removes or
moves pictures writes the whole order again in its own transaction (a lightbox holds tens
of pictures, rarely hundreds). A picture removed from the catalog leaves every lightbox.
"""

from __future__ import annotations

import sqlite3
from typing import Iterable, Mapping, Sequence

from catalog.lightboxes import (
    Lightbox,
    LightboxNameTakenError,
    LightboxSummary,
    Member,
    UnknownLightboxError,
    check_name,
    moved,
    placed,
)
from catalog.store.assets import AssetRecords
from catalog.store.connection import now_iso


class LightboxRecords(AssetRecords):
    """Lightboxes and their members, beside the assets they hold."""

    def create_lightbox(self, name: str, *, story: str | None = None, owner: str | None = None) -> Lightbox:
        """A new, empty lightbox; ``LightboxNameTakenError`` (a ``ConfigurationError``) when the name is taken (names ignore case)."""
        name = check_name(name)
        at = now_iso()
        with self.transaction():
            if self._lightbox_row_named(name) is not None:
                raise LightboxNameTakenError(name)
            lightbox_id = self._db.execute(
                "INSERT INTO lightboxes (name, story, owner, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                "RETURNING id", (name, story, owner, at, at)).fetchone()[0]
        return self.get_lightbox(int(lightbox_id))

    def lightboxes(self) -> list[LightboxSummary]:
        """Every lightbox, most recently changed first, with how many pictures it holds and its first four."""
        rows = self._db.execute(
            """
            SELECT lightboxes.*, count(lightbox_members.asset_id) AS count
            FROM lightboxes LEFT JOIN lightbox_members ON lightbox_members.lightbox_id = lightboxes.id
            GROUP BY lightboxes.id ORDER BY lightboxes.updated_at DESC, lightboxes.id DESC
            """).fetchall()
        firsts: dict[int, list[str]] = {}
        for member in self._db.execute(
                "SELECT lightbox_id, asset_id FROM lightbox_members WHERE position < 4 ORDER BY lightbox_id, position"):
            firsts.setdefault(member["lightbox_id"], []).append(member["asset_id"])
        return [LightboxSummary(id=row["id"], name=row["name"], story=row["story"], owner=row["owner"],
                                created_at=row["created_at"], updated_at=row["updated_at"], count=row["count"],
                                first_ids=tuple(firsts.get(row["id"], ()))) for row in rows]

    def get_lightbox(self, lightbox_id: int) -> Lightbox:
        """The lightbox with this id and its pictures in order; ``UnknownLightboxError`` when there is none."""
        row = self._db.execute("SELECT * FROM lightboxes WHERE id = ?", (lightbox_id,)).fetchone()
        if row is None:
            raise UnknownLightboxError(lightbox_id)
        return self._lightbox(row)

    def find_lightbox(self, wanted: str) -> Lightbox:
        """The lightbox named ``wanted`` (any case), or with that id when it is a number; ``UnknownLightboxError`` else."""
        text = " ".join(wanted.split())
        row = self._lightbox_row_named(text)
        if row is None and text.isdigit():
            row = self._db.execute("SELECT * FROM lightboxes WHERE id = ?", (int(text),)).fetchone()
        if row is None:
            raise UnknownLightboxError(wanted)
        return self._lightbox(row)

    def lightboxes_with(self, asset_id: str) -> list[LightboxSummary]:
        """The lightboxes that hold this picture, by name (the asset page lists them)."""
        rows = self._db.execute(
            """
            SELECT lightboxes.* FROM lightboxes JOIN lightbox_members ON lightbox_members.lightbox_id = lightboxes.id
            WHERE lightbox_members.asset_id = ? ORDER BY lightboxes.name
            """, (asset_id,))
        return [LightboxSummary(id=row["id"], name=row["name"], story=row["story"], owner=row["owner"],
                                created_at=row["created_at"], updated_at=row["updated_at"], count=0) for row in rows]

    def add_to_lightbox(self, lightbox_id: int, asset_ids: Sequence[str], *, added_by: str | None = None,
                        at: int | None = None) -> list[str]:
        """Add pictures (at place ``at``, default the end); the ids added, those already in it left where they are.

        Raises ``KeyError`` naming the first id that is no picture of the catalog (nothing is added).
        """
        wanted = list(dict.fromkeys(asset_ids))
        with self.transaction():
            order = self._order(lightbox_id)
            known = self._known_assets(wanted)
            missing = [asset_id for asset_id in wanted if asset_id not in known]
            if missing:
                raise KeyError(missing[0])
            added = [asset_id for asset_id in wanted if asset_id not in order]
            stamp = now_iso()
            for asset_id in added:
                self._db.execute(
                    "INSERT INTO lightbox_members (lightbox_id, asset_id, position, added_by, added_at) "
                    "VALUES (?, ?, ?, ?, ?)", (lightbox_id, asset_id, -1, added_by, stamp))
            place = len(order) if at is None else max(0, min(at, len(order)))
            self._write_order(lightbox_id, order[:place] + added + order[place:])
        return added

    def remove_from_lightbox(self, lightbox_id: int, asset_ids: Iterable[str]) -> list[str]:
        """Take pictures out of the lightbox; the ids that were in it."""
        with self.transaction():
            order = self._order(lightbox_id)
            gone = [asset_id for asset_id in dict.fromkeys(asset_ids) if asset_id in order]
            for asset_id in gone:
                self._db.execute("DELETE FROM lightbox_members WHERE lightbox_id = ? AND asset_id = ?",
                                 (lightbox_id, asset_id))
            if gone:
                self._write_order(lightbox_id, [asset_id for asset_id in order if asset_id not in gone])
        return gone

    def order_lightbox(self, lightbox_id: int, asset_ids: Sequence[str]) -> list[str]:
        """Put the named pictures first, in that order, the others after as they were (``catalog.lightboxes.placed``)."""
        with self.transaction():
            order = placed(self._order(lightbox_id), asset_ids)
            self._write_order(lightbox_id, order)
        return order

    def move_in_lightbox(self, lightbox_id: int, asset_id: str, to: int) -> list[str]:
        """Move one picture to place ``to`` (from 0); the new order. ``KeyError`` when it is not in the lightbox."""
        with self.transaction():
            order = moved(self._order(lightbox_id), asset_id, to)
            self._write_order(lightbox_id, order)
        return order

    def set_lightbox_notes(self, lightbox_id: int, notes: Mapping[str, str | None]) -> list[str]:
        """Set the note on pictures of the lightbox (None clears it); the ids whose note changed."""
        changed = []
        with self.transaction():
            self._order(lightbox_id)  # the lightbox exists
            for asset_id, note in notes.items():
                cursor = self._db.execute(
                    "UPDATE lightbox_members SET note = ? WHERE lightbox_id = ? AND asset_id = ? AND note IS NOT ?",
                    (note, lightbox_id, asset_id, note))
                if cursor.rowcount:
                    changed.append(asset_id)
            if changed:
                self._touch(lightbox_id)
        return changed

    def update_lightbox(self, lightbox_id: int, *, name: str | None = None, story: str | None = None) -> Lightbox:
        """Rename a lightbox or set its story (None leaves a value as it is; an empty story clears it)."""
        with self.transaction():
            current = self.get_lightbox(lightbox_id)
            if name is not None:
                name = check_name(name)
                other = self._lightbox_row_named(name)
                if other is not None and other["id"] != lightbox_id:
                    raise LightboxNameTakenError(name)
            self._db.execute("UPDATE lightboxes SET name = ?, story = ? WHERE id = ?",
                             (name or current.name, current.story if story is None else (story or None), lightbox_id))
            self._touch(lightbox_id)
        return self.get_lightbox(lightbox_id)

    def delete_lightbox(self, lightbox_id: int) -> Lightbox:
        """Delete a lightbox (the pictures stay in the catalog); the lightbox as it was."""
        with self.transaction():
            found = self.get_lightbox(lightbox_id)
            self._db.execute("DELETE FROM lightboxes WHERE id = ?", (lightbox_id,))
        return found

    # -- inside ----------------------------------------------------------------------------

    def _lightbox_row_named(self, name: str) -> sqlite3.Row | None:
        return self._db.execute("SELECT * FROM lightboxes WHERE name = ?", (name,)).fetchone()

    def _lightbox(self, row: sqlite3.Row) -> Lightbox:
        members = tuple(
            Member(asset_id=member["asset_id"], position=member["position"], note=member["note"],
                   added_by=member["added_by"], added_at=member["added_at"])
            for member in self._db.execute(
                "SELECT * FROM lightbox_members WHERE lightbox_id = ? ORDER BY position, asset_id", (row["id"],)))
        return Lightbox(id=row["id"], name=row["name"], story=row["story"], owner=row["owner"],
                        created_at=row["created_at"], updated_at=row["updated_at"], members=members)

    def _order(self, lightbox_id: int) -> list[str]:
        """The lightbox's pictures in order; ``UnknownLightboxError`` when there is no such lightbox."""
        if self._db.execute("SELECT 1 FROM lightboxes WHERE id = ?", (lightbox_id,)).fetchone() is None:
            raise UnknownLightboxError(lightbox_id)
        rows = self._db.execute(
            "SELECT asset_id FROM lightbox_members WHERE lightbox_id = ? ORDER BY position, asset_id", (lightbox_id,))
        return [row["asset_id"] for row in rows]

    def _write_order(self, lightbox_id: int, order: Sequence[str]) -> None:
        self._db.executemany("UPDATE lightbox_members SET position = ? WHERE lightbox_id = ? AND asset_id = ?",
                             [(place, lightbox_id, asset_id) for place, asset_id in enumerate(order)])
        self._touch(lightbox_id)

    def _touch(self, lightbox_id: int) -> None:
        self._db.execute("UPDATE lightboxes SET updated_at = ? WHERE id = ?", (now_iso(), lightbox_id))

    def _known_assets(self, asset_ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(asset_ids), 500):
            part = list(asset_ids[start:start + 500])
            marks = ",".join("?" * len(part))
            found.update(row["id"] for row in self._db.execute(f"SELECT id FROM assets WHERE id IN ({marks})", part))
        return found
