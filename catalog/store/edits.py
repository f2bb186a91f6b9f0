"""Edit records: the desk's values per asset, each save a numbered version, and the history of changes.

``record`` always holds the asset as shown (so export, reindex, stamps and every reader see
the desk's corrections); ``file_record`` keeps the file's own record while the desk has
edited it. A record written again from the file (an import) has the desk's values laid
over it in the same transaction, so corrections survive it (docs/editing.md).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Iterable, Mapping

from catalog.asset import Asset, record_stamp
from catalog.editing import (
    Change,
    DeskValue,
    EditConflictError,
    HistoryEntry,
    Saved,
    Value,
    apply_layer,
    next_layer,
)
from catalog.store.assets import asset_from_record, record_text
from catalog.store.rights import RightsRecords


class EditRecords(RightsRecords):
    """The desk's edits beside the assets they correct."""

    def upsert(self, asset: Asset, *, renditions: Iterable[str] = ()) -> Asset:
        """Record the file's ``asset`` (see ``AssetRecords.upsert``), the desk's values laid over it."""
        with self.transaction():
            layer = self.desk_layer(asset.id)
            stored = super().upsert(apply_layer(asset, layer), renditions=renditions)
            if layer:  # without desk values file_record is already NULL (a save that empties them clears it)
                self._db.execute("UPDATE assets SET file_record = ? WHERE id = ?", (record_text(asset), asset.id))
        return stored

    def desk_layer(self, asset_id: str) -> dict[str, DeskValue]:
        """The desk's values on this asset, by field (empty: not edited)."""
        rows = self._db.execute("SELECT field, value, user_name FROM desk_values WHERE asset_id = ?", (asset_id,))
        return {row["field"]: DeskValue(value=_value(row["value"]), user=row["user_name"]) for row in rows}

    def file_asset(self, asset_id: str) -> Asset | None:
        """The asset as its file has it, without the desk's values (None: no such asset)."""
        row = self._db.execute("SELECT record, file_record FROM assets WHERE id = ?", (asset_id,)).fetchone()
        if row is None:
            return None
        return asset_from_record(row["file_record"] or row["record"], self._article_refs(asset_id))

    def edit_version(self, asset_id: str) -> tuple[int, str | None, str | None]:
        """``(version, who saved it, when)``: how many saves the asset has had, and the last one's author."""
        row = self._db.execute(
            "SELECT version, user_name, at FROM edits WHERE asset_id = ? ORDER BY version DESC LIMIT 1", (asset_id,)
        ).fetchone()
        return (0, None, None) if row is None else (row["version"], row["user_name"], row["at"])

    def edit_versions(self, asset_ids: Iterable[str]) -> dict[str, int]:
        """The version of each of these assets (0: never edited)."""
        ids = list(dict.fromkeys(asset_ids))
        found = dict.fromkeys(ids, 0)
        for start in range(0, len(ids), 500):  # SQLite's limit on bound values
            part = ids[start:start + 500]
            rows = self._db.execute(
                f"SELECT asset_id, max(version) AS version FROM edits WHERE asset_id IN ({','.join('?' * len(part))}) "
                "GROUP BY asset_id", part)
            found.update({row["asset_id"]: row["version"] for row in rows})
        return found

    def save_edit(self, asset_id: str, changes: Mapping[str, Value], *, user: str,
                  base_version: int | None = None) -> Saved:
        """Save the desk's new values for some fields of one asset, as one new version.

        ``base_version`` is the version the editor saw; when the asset has been saved since,
        ``EditConflictError`` names who saved it and when, and nothing is written. ``None``
        saves over whatever is current (the command line's batch). A save that changes
        nothing shown writes nothing. Raises ``KeyError`` for an unknown asset.
        """
        with self.transaction():
            file_asset = self.file_asset(asset_id)
            if file_asset is None:
                raise KeyError(asset_id)
            version, last_user, last_at = self.edit_version(asset_id)
            if base_version is not None and base_version != version:
                raise EditConflictError(asset_id, version=version, user=last_user, at=last_at)
            layer = self.desk_layer(asset_id)
            shown = apply_layer(file_asset, layer)
            after = next_layer(file_asset, layer, changes, user)
            found = tuple(
                Change(field=name, old=getattr(shown, name), new=value, restored=name not in after)
                for name, value in changes.items() if value != getattr(shown, name)
            )
            if not found:
                return Saved(asset=shown, version=version)
            return Saved(asset=self._write_edit(file_asset, after, found, user, version + 1), version=version + 1,
                         changes=found)

    def history(self, asset_id: str) -> list[HistoryEntry]:
        """Every field change saved on this asset, oldest first."""
        rows = self._db.execute(
            """
            SELECT edits.version, edits.at, edits.user_name, changes.field, changes.old, changes.new, changes.restored
            FROM edits JOIN edit_changes AS changes ON changes.edit_id = edits.id
            WHERE edits.asset_id = ? ORDER BY edits.version, changes.rowid
            """,
            (asset_id,),
        )
        return [HistoryEntry(edit=row["version"], at=row["at"], user=row["user_name"], field=row["field"],
                             old=_value(row["old"]), new=_value(row["new"]), restored=bool(row["restored"]))
                for row in rows]

    def _write_edit(self, file_asset: Asset, layer: Mapping[str, DeskValue], changes: tuple[Change, ...],
                    user: str, version: int) -> Asset:
        asset_id = file_asset.id
        edit_id = self._db.execute(
            "INSERT INTO edits (asset_id, version, user_name, at) VALUES (?, ?, ?, ?) RETURNING id",
            # to the millisecond: ``revert --to TIME`` tells saves made within one second apart
            (asset_id, version, user, datetime.now(timezone.utc).isoformat(timespec="milliseconds")),
        ).fetchone()[0]
        self._db.executemany(
            "INSERT INTO edit_changes (edit_id, field, old, new, restored) VALUES (?, ?, ?, ?, ?)",
            [(edit_id, change.field, _json(change.old), _json(change.new), int(change.restored)) for change in changes],
        )
        for change in changes:
            if change.restored:
                self._db.execute("DELETE FROM desk_values WHERE asset_id = ? AND field = ?", (asset_id, change.field))
            else:
                self._db.execute(
                    """
                    INSERT INTO desk_values (asset_id, field, value, user_name, edit_id) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (asset_id, field) DO UPDATE SET
                        value = excluded.value, user_name = excluded.user_name, edit_id = excluded.edit_id
                    """,
                    (asset_id, change.field, _json(change.new), user, edit_id),
                )
        shown = apply_layer(file_asset, layer)
        self._db.execute(
            "UPDATE assets SET record = ?, file_record = ?, stamp = ? WHERE id = ?",
            (record_text(shown), record_text(file_asset) if layer else None, record_stamp(shown), asset_id),
        )
        return shown


def _json(value: Value) -> str:
    return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)


def _value(text: str | None) -> Value:
    value = json.loads(text) if text is not None else None
    return tuple(value) if isinstance(value, list) else value
