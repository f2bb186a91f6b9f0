"""Asset records: keyed by content (sha256), the record stored as JSON beside a few lookup columns.

Importing the same bytes again, from any path, finds the record that is already there.
Rows are mapped to and from ``Asset`` in one place (``_asset_row`` / ``_asset_from_row``),
so a new ``Asset`` field needs no migration. ``Asset.articles`` is never stored in the
record: it is filled from the links table when an asset is read.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from typing import Any, Iterable, Iterator

from catalog.asset import ASSET_FIELDS, ArticleRef, Asset, Conflict, record_stamp
from catalog.errors import RecordError
from catalog.store.connection import Connection

# Fields that are tuples in ``Asset`` (JSON lists in the row); ``conflicts`` holds structures.
_TUPLE_FIELDS = frozenset(
    f.name for f in dataclasses.fields(Asset) if str(f.type).startswith("tuple")
)
_NOT_STORED = frozenset({"articles"})  # derived from the links table on every read


class AssetRecords(Connection):
    """The assets table; an asset read carries its linked articles, from the links table."""

    # -- assets -----------------------------------------------------------------------

    def upsert(self, asset: Asset, *, renditions: Iterable[str] = ()) -> Asset:
        """Insert or replace the asset with this sha256; returns it as stored (with articles)."""
        names = ",".join(renditions)
        with self.transaction():
            stored = dataclasses.replace(asset, articles=self._article_refs(asset.id))
            try:
                self._db.execute(
                    """
                    INSERT INTO assets (id, sha256, source_path, filename, date_created,
                                        imported_at, renditions, stamp, record)
                    VALUES (:id, :sha256, :source_path, :filename, :date_created,
                            :imported_at, :renditions, :stamp, :record)
                    ON CONFLICT (sha256) DO UPDATE SET
                        source_path = excluded.source_path, filename = excluded.filename,
                        date_created = excluded.date_created, imported_at = excluded.imported_at,
                        renditions = excluded.renditions, stamp = excluded.stamp,
                        record = excluded.record
                    """,
                    {**_asset_row(stored), "renditions": names},
                )
            # A value this record cannot hold (text that is not Unicode, a number the database cannot
            # store, text PostgreSQL refuses, an id already taken by other content): this record fails, not the catalog.
            except (ValueError, TypeError, OverflowError, sqlite3.InterfaceError, sqlite3.IntegrityError,
                    sqlite3.DataError) as error:
                raise RecordError(f"cannot be recorded in the catalog ({error})") from error
        return stored

    def set_renditions(self, sha256: str, renditions: Iterable[str]) -> None:
        """Record which derivatives the media store holds for this file."""
        with self.transaction():
            self._db.execute(
                "UPDATE assets SET renditions = ? WHERE sha256 = ?", (",".join(renditions), sha256)
            )

    def set_perceptual_hash(self, sha256: str, perceptual_hash: str) -> None:
        """Record the perceptual hash of this file's picture (``media.similarity.format_hash`` text)."""
        with self.transaction():
            self._db.execute(
                "UPDATE assets SET perceptual_hash = ? WHERE sha256 = ?", (perceptual_hash, sha256)
            )

    def perceptual_hashes(self) -> dict[str, str]:
        """Every asset id with the perceptual hash recorded for it (assets without one are left out)."""
        rows = self._db.execute("SELECT id, perceptual_hash FROM assets WHERE perceptual_hash IS NOT NULL")
        return {row["id"]: row["perceptual_hash"] for row in rows}

    def lacking_perceptual_hash(self) -> list[str]:
        """The sha256 of every asset that has derivatives but no perceptual hash yet (older imports)."""
        rows = self._db.execute(
            "SELECT sha256 FROM assets WHERE perceptual_hash IS NULL AND renditions != '' ORDER BY id"
        )
        return [row["sha256"] for row in rows]

    def assets_named(self, names: Iterable[str]) -> list[Asset]:
        """Assets whose job id (IPTC 2:103) or file name without extension is one of ``names`` (any case)."""
        found: dict[str, sqlite3.Row] = {}
        for name in dict.fromkeys(n.strip().lower() for n in names if n and n.strip()):
            # The file name without its extension: "name" itself, or "name." followed by anything;
            # "/" sorts right after ".", so the range is exactly the names starting "name.".
            rows = self._db.execute(
                """
                SELECT * FROM assets
                WHERE lower(json_extract(record, '$.job_id')) = :name
                   OR lower(filename) = :name
                   OR (lower(filename) >= :name || '.' AND lower(filename) < :name || '/')
                """,
                {"name": name},
            )
            for row in rows:
                stem = row["filename"].lower()
                if stem != name and stem.rsplit(".", 1)[0] != name:
                    job_id = json.loads(row["record"]).get("job_id") or ""
                    if job_id.lower() != name:
                        continue  # "name.part2.jpg": a longer name that only starts alike
                found.setdefault(row["id"], row)
        return [self._asset(row) for row in found.values()]

    def get(self, asset_id: str) -> Asset | None:
        """The asset with this id (first 16 hex digits of its sha256), or None."""
        row = self._db.execute("SELECT * FROM assets WHERE id = ?", (asset_id,)).fetchone()
        return self._asset(row) if row else None

    def get_by_sha256(self, sha256: str) -> Asset | None:
        """The asset with this content hash, or None."""
        row = self._db.execute("SELECT * FROM assets WHERE sha256 = ?", (sha256,)).fetchone()
        return self._asset(row) if row else None

    def get_many(self, asset_ids: Iterable[str]) -> dict[str, Asset]:
        """The assets with these ids that exist, by id, in two queries (a page of search hits)."""
        ids = list(dict.fromkeys(asset_ids))
        if not ids:
            return {}
        refs = self._refs_by_asset(ids)
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(f"SELECT * FROM assets WHERE id IN ({marks})", ids)
        return {row["id"]: _asset_from_row(row, refs.get(row["id"], ())) for row in rows}

    def renditions(self, sha256: str) -> tuple[str, ...] | None:
        """The derivative names recorded for this file; None when it is not catalogued."""
        row = self._db.execute(
            "SELECT renditions FROM assets WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return None if row is None else _names(row["renditions"])

    def stamp(self, sha256: str) -> tuple[str, str] | None:
        """``(asset id, record stamp)`` for this file; None when it is not catalogued."""
        row = self._db.execute("SELECT id, stamp FROM assets WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else (row["id"], row["stamp"])

    def iter_assets(self, *, page_size: int = 500) -> Iterator[Asset]:
        """Every asset, oldest import first (export, reindex), read a page at a time.

        Pages, not one result set: psycopg holds a whole result in memory, and a reindex of ten million
        pictures must not (docs/postgresql.md). The pages follow (imported_at, id), so an asset imported
        meanwhile comes last and none is read twice; the few without an import time come first, as SQLite
        sorts them.
        """
        pages = (("SELECT * FROM assets WHERE imported_at IS NULL AND id > ? ORDER BY id LIMIT ?",
                  lambda row: (row["id"],), ("",)),
                 ("SELECT * FROM assets WHERE imported_at IS NOT NULL AND (imported_at, id) > (?, ?) "
                  "ORDER BY imported_at, id LIMIT ?", lambda row: (row["imported_at"], row["id"]), ("", "")))
        for sql, key, after in pages:
            while True:
                rows = self._db.execute(sql, (*after, page_size)).fetchall()
                if not rows:
                    break
                refs = self._refs_by_asset([row["id"] for row in rows])
                yield from (_asset_from_row(row, refs.get(row["id"], ())) for row in rows)
                after = key(rows[-1])

    def iter_media(self) -> Iterator[tuple[str, tuple[str, ...], int]]:
        """``(sha256, derivative names, file size)`` of every asset (``check``)."""
        for row in self._db.execute("SELECT sha256, renditions, record FROM assets ORDER BY id"):
            yield row["sha256"], _names(row["renditions"]), json.loads(row["record"])["file_size"]

    def count(self) -> int:
        """How many assets the catalog holds."""
        return self._db.execute("SELECT count(*) FROM assets").fetchone()[0]

    def stamps(self) -> dict[str, str]:
        """Every asset id with its ``record_stamp`` (compare with the index's)."""
        return {row["id"]: row["stamp"] for row in self._db.execute("SELECT id, stamp FROM assets")}

    def stamps_of(self, asset_ids: Iterable[str]) -> dict[str, str]:
        """The ``record_stamp`` of each of these ids that exists (cheap: no record is decoded)."""
        ids = list(dict.fromkeys(asset_ids))
        if not ids:
            return {}
        rows = self._db.execute(f"SELECT id, stamp FROM assets WHERE id IN ({','.join('?' * len(ids))})", ids)
        return {row["id"]: row["stamp"] for row in rows}

    def integrity_problems(self) -> list[str]:
        """What SQLite's own quick check finds wrong with the catalog file (empty: sound)."""
        return self.database.integrity_problems(self._db)

    def delete(self, asset_id: str) -> bool:
        """Remove one asset and its links; True when it existed."""
        with self.transaction():
            cursor = self._db.execute("DELETE FROM assets WHERE id = ?", (asset_id,))
        return cursor.rowcount > 0

    def _asset(self, row: sqlite3.Row) -> Asset:
        return _asset_from_row(row, self._article_refs(row["id"]))

    def _article_refs(self, asset_id: str) -> tuple[ArticleRef, ...]:
        return self._refs_by_asset([asset_id]).get(asset_id, ())

    def _refs_by_asset(self, asset_ids: list[str] | None = None) -> dict[str, tuple[ArticleRef, ...]]:
        """Each asset's linked articles, in link order: for these ids, or for every asset."""
        where, params = "", ()
        if asset_ids is not None:
            where, params = f"WHERE links.asset_id IN ({','.join('?' * len(asset_ids))})", tuple(asset_ids)
        rows = self._db.execute(
            f"""
            SELECT links.asset_id, articles.url, articles.title FROM links
            JOIN articles ON articles.id = links.article_id {where}
            ORDER BY links.asset_id, links.linked_at, articles.id
            """,
            params,
        )
        refs: dict[str, list[ArticleRef]] = {}
        for row in rows:
            refs.setdefault(row["asset_id"], []).append(ArticleRef(url=row["url"], title=row["title"]))
        return {asset_id: tuple(found) for asset_id, found in refs.items()}

    def _restamp(self, asset_id: str) -> None:
        # The stamp covers the whole exported record, articles included, so the index
        # can tell that a linked asset's document is stale.
        row = self._db.execute("SELECT * FROM assets WHERE id = ?", (asset_id,)).fetchone()
        if row is not None:
            self._db.execute(
                "UPDATE assets SET stamp = ? WHERE id = ?",
                (record_stamp(self._asset(row)), asset_id),
            )


# -- rows ⇄ records: the one place that knows how an Asset is stored ---------------------


def record_text(asset: Asset) -> str:
    """The asset as the ``record`` column stores it: JSON, without what is derived on reading."""
    record = asset.to_record()
    for name in _NOT_STORED:
        record.pop(name, None)
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def asset_from_record(text: str, articles: tuple[ArticleRef, ...] = ()) -> Asset:
    """The ``Asset`` a ``record`` column holds, with these linked articles."""
    record = json.loads(text)
    values: dict[str, Any] = {}
    for name in ASSET_FIELDS:
        if name in _NOT_STORED or name not in record:
            continue  # a field added after this row was written keeps its default
        value = record[name]
        if name == "conflicts":
            value = tuple(Conflict(**item) for item in value or ())
        elif name in _TUPLE_FIELDS:
            value = tuple(value or ())
        values[name] = value
    return Asset(**values, articles=articles)


def _asset_row(asset: Asset) -> dict[str, Any]:
    return {
        "id": asset.id,
        "sha256": asset.sha256,
        "source_path": asset.source_path,
        "filename": asset.filename,
        "date_created": asset.date_created,
        "imported_at": asset.imported_at,
        "stamp": record_stamp(asset),
        "record": record_text(asset),
    }


def _asset_from_row(row: sqlite3.Row, articles: tuple[ArticleRef, ...]) -> Asset:
    return asset_from_record(row["record"], articles)


def _names(text: str) -> tuple[str, ...]:
    return tuple(name for name in text.split(",") if name)
