"""The catalog store: SQLite in WAL mode, the system of record for assets, articles and links.

Assets are keyed by content (sha256), so importing the same bytes again, from any path,
finds the record that is already there. Rows are mapped to and from ``Asset`` in one place
(``_asset_row`` / ``_asset_from_row``); the record itself is stored as JSON next to a few
columns for lookups, so a new ``Asset`` field needs no migration. ``Asset.articles`` is
never stored in the record: it is filled from the links table when an asset is read.

Schema changes are migration functions, applied in order; ``PRAGMA user_version`` holds the
number applied. Each connection belongs to one thread (web servers use one store from many).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from catalog.articles.article import Article, ArticleLink, LinkMethod
from catalog.asset import ASSET_FIELDS, ArticleRef, Asset, Conflict, record_stamp
from catalog.errors import ConfigurationError, DiskFullError, RecordError, is_disk_full
from catalog.articles.image_urls import rendition_key
from catalog.articles.matching import PhotoMatch

# Fields that are tuples in ``Asset`` (JSON lists in the row); ``conflicts`` holds structures.
_TUPLE_FIELDS = frozenset(
    f.name for f in dataclasses.fields(Asset) if str(f.type).startswith("tuple")
)
_NOT_STORED = frozenset({"articles"})  # derived from the links table on every read
_LINK_STRENGTH = {method: rank for rank, method in enumerate(LinkMethod)}  # 0 = strongest


def _migration_1(db: sqlite3.Connection) -> None:
    """Assets, articles and the links between them."""
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in (
        """
        CREATE TABLE assets (
            id TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            source_path TEXT NOT NULL,
            filename TEXT NOT NULL,
            date_created TEXT,
            imported_at TEXT,
            renditions TEXT NOT NULL DEFAULT '',  -- derivative names in the media store
            stamp TEXT NOT NULL,                  -- record_stamp(asset with its articles)
            record TEXT NOT NULL                  -- the Asset as JSON, without articles
        )
        """,
        "CREATE INDEX assets_imported_at ON assets (imported_at)",
        "CREATE INDEX assets_filename ON assets (filename)",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT,
            byline TEXT NOT NULL DEFAULT '[]',
            publication TEXT,
            published TEXT,
            added_at TEXT
        )
        """,
        "CREATE INDEX articles_added_at ON articles (added_at)",
        """
        CREATE TABLE links (
            asset_id TEXT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            method TEXT NOT NULL,
            linked_at TEXT NOT NULL,
            image_url TEXT,
            credit_printed TEXT,
            PRIMARY KEY (asset_id, article_id)
        )
        """,
        "CREATE INDEX links_article ON links (article_id)",
        "CREATE INDEX links_image_url ON links (image_url)",
    ):
        db.execute(statement)


def _migration_2(db: sqlite3.Connection) -> None:
    """What article matching looks up: perceptual hashes, rendition keys, job ids, file names, aliases."""
    for statement in (
        # format_hash() text of the thumbnail's perceptual hash (media.similarity); NULL until made
        "ALTER TABLE assets ADD COLUMN perceptual_hash TEXT",
        "CREATE INDEX assets_job_id ON assets (lower(json_extract(record, '$.job_id')))",
        "CREATE INDEX assets_filename_folded ON assets (lower(filename))",
        # catalog.articles.image_urls.rendition_key(image_url): other sizes of the same uploaded file
        "ALTER TABLE links ADD COLUMN rendition_key TEXT",
        "CREATE INDEX links_rendition_key ON links (rendition_key)",
        # Other URLs of a recorded article: the AMP page or a syndicated copy it was read from
        """
        CREATE TABLE article_aliases (
            url TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE
        )
        """,
    ):
        db.execute(statement)
    rows = db.execute("SELECT rowid, image_url FROM links WHERE image_url IS NOT NULL").fetchall()
    for row in rows:
        db.execute("UPDATE links SET rendition_key = ? WHERE rowid = ?", (rendition_key(row[1]), row[0]))


def _migration_3(db: sqlite3.Connection) -> None:
    """The photos each article publishes, as last read, with the matcher's verdict on each."""
    db.execute(
        """
        CREATE TABLE article_photos (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,  -- page order, from 0
            image_url TEXT NOT NULL,
            verdict TEXT NOT NULL,      -- catalog.articles.matching.PhotoMatch.to_record() as JSON
            PRIMARY KEY (article_id, position)
        )
        """
    )


def _migration_4(db: sqlite3.Connection) -> None:
    """A canonical URL an article's page names on another site: kept as a claim, never the key."""
    db.execute("ALTER TABLE articles ADD COLUMN claimed_url TEXT")


# MIGRATIONS[n] takes a catalog at version n to version n + 1. Append; never edit.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _migration_1, _migration_2, _migration_3, _migration_4,
)
SCHEMA_VERSION = len(MIGRATIONS)


def now_iso() -> str:
    """The current UTC time, ISO 8601 to the second (the catalog's timestamps)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class CatalogStore:
    """The SQLite catalog: assets keyed by sha256, articles, and the links between them."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._guard = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._migrate(self._db)

    def __enter__(self) -> "CatalogStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close every connection this store opened."""
        with self._guard:
            for connection in self._connections:
                connection.close()
            self._connections.clear()
        self._local = threading.local()

    @property
    def _db(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._connect()
            self._local.connection = connection
            with self._guard:
                self._connections.append(connection)
        return connection

    def _connect(self) -> sqlite3.Connection:
        try:
            connection = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=30.0
            )
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA journal_mode=WAL")
            # NORMAL is durable across process crashes in WAL mode (only power loss can
            # lose the last commits), and it spares an fsync per transaction.
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as error:
            if is_disk_full(error):
                raise self._disk_full() from error
            raise ConfigurationError(f"{self.path}: not a Photodesk catalog ({error})") from error
        return connection

    def _disk_full(self) -> DiskFullError:
        return DiskFullError(f"no space left on the disk holding the catalog ({self.path.parent})")

    def _migrate(self, db: sqlite3.Connection) -> None:
        if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return  # the common case: no write lock needed just to open the catalog
        with self.transaction():  # re-read under the lock: another process may have migrated
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise ConfigurationError(
                    f"{self.path}: the catalog was written by a newer Photodesk "
                    f"(schema {version}, this one knows {SCHEMA_VERSION})"
                )
            for number in range(version, SCHEMA_VERSION):
                MIGRATIONS[number](db)
            if version != SCHEMA_VERSION:
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @property
    def schema_version(self) -> int:
        """The schema version this catalog is at."""
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of writes; nested uses join the outer transaction."""
        db = self._db
        if db.in_transaction:
            yield
            return
        # IMMEDIATE takes the write lock now, so a busy catalog waits here, not mid-batch.
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
            db.execute("COMMIT")
        except BaseException as error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            if is_disk_full(error):
                raise self._disk_full() from error
            raise

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Writes inside the open transaction that are undone alone if they fail (one file of a batch)."""
        db = self._db
        db.execute("SAVEPOINT one_record")
        try:
            yield
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK TO one_record")
                db.execute("RELEASE one_record")
            raise
        db.execute("RELEASE one_record")

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
            # A value this record cannot hold (text that is not Unicode, a number SQLite cannot
            # store, an id already taken by other content): this record fails, not the catalog.
            except (ValueError, TypeError, OverflowError, sqlite3.InterfaceError, sqlite3.IntegrityError) as error:
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

    def iter_assets(self) -> Iterator[Asset]:
        """Every asset, oldest import first (export, reindex)."""
        refs = self._refs_by_asset()
        cursor = self._db.execute("SELECT * FROM assets ORDER BY imported_at, id")
        for row in cursor:
            yield _asset_from_row(row, refs.get(row["id"], ()))

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
        rows = self._db.execute("PRAGMA quick_check").fetchall()
        return [row[0] for row in rows if row[0] != "ok"]

    def delete(self, asset_id: str) -> bool:
        """Remove one asset and its links; True when it existed."""
        with self.transaction():
            cursor = self._db.execute("DELETE FROM assets WHERE id = ?", (asset_id,))
        return cursor.rowcount > 0

    def _asset(self, row: sqlite3.Row) -> Asset:
        return _asset_from_row(row, self._article_refs(row["id"]))

    # -- articles and links -------------------------------------------------------------

    def upsert_article(self, article: Article) -> Article:
        """Record an article by its id; known values are kept when the new one lacks them.

        The claimed URL is the one of the latest reading: a page that stops naming another
        site's URL has no claim any more.
        """
        with self.transaction():
            self._db.execute(
                """
                INSERT INTO articles (id, url, title, byline, publication, published, added_at, claimed_url)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    url = excluded.url,
                    title = coalesce(excluded.title, title),
                    byline = CASE WHEN excluded.byline = '[]' THEN byline ELSE excluded.byline END,
                    publication = coalesce(excluded.publication, publication),
                    published = coalesce(excluded.published, published),
                    claimed_url = excluded.claimed_url
                """,
                (
                    article.id,
                    article.url,
                    article.title,
                    json.dumps(list(article.byline), ensure_ascii=False),
                    article.publication,
                    article.published,
                    article.added_at or now_iso(),
                    article.claimed_url,
                ),
            )
            self._restamp_linked(article.id)
        stored = self.get_article(article.id)
        assert stored is not None
        return stored

    def get_article(self, article_id: str) -> Article | None:
        """The article with this id, or None."""
        row = self._db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article_from_row(row) if row else None

    def find_article_by_url(self, url: str) -> Article | None:
        """The article recorded under this (canonical) URL or one of its aliases, or None."""
        row = self._db.execute("SELECT * FROM articles WHERE url = ?", (url,)).fetchone()
        if row is None:
            row = self._db.execute(
                """
                SELECT articles.* FROM article_aliases
                JOIN articles ON articles.id = article_aliases.article_id WHERE article_aliases.url = ?
                """,
                (url,),
            ).fetchone()
        return _article_from_row(row) if row else None

    def add_article_alias(self, article_id: str, url: str) -> None:
        """Record another (canonical) URL of the article: the AMP page or syndicated copy it was read at."""
        with self.transaction():
            article = self.get_article(article_id)
            if article is None:
                raise KeyError(f"no article {article_id}")
            if url != article.url:
                self._db.execute(
                    """
                    INSERT INTO article_aliases (url, article_id) VALUES (?, ?)
                    ON CONFLICT (url) DO UPDATE SET article_id = excluded.article_id
                    """,
                    (url, article_id),
                )

    def article_aliases(self, article_id: str) -> list[str]:
        """The other URLs this article was read at, in URL order."""
        rows = self._db.execute(
            "SELECT url FROM article_aliases WHERE article_id = ? ORDER BY url", (article_id,)
        )
        return [row["url"] for row in rows]

    def recent_articles(self, limit: int = 20) -> list[Article]:
        """The most recently added articles, newest first."""
        rows = self._db.execute(
            "SELECT * FROM articles ORDER BY added_at DESC, id LIMIT ?", (limit,)
        )
        return [_article_from_row(row) for row in rows]

    def set_article_photos(self, article_id: str, matches: Sequence[PhotoMatch]) -> None:
        """Replace the photos recorded for this article with these verdicts, in page order."""
        with self.transaction():
            self._db.execute("DELETE FROM article_photos WHERE article_id = ?", (article_id,))
            self._db.executemany(
                "INSERT INTO article_photos (article_id, position, image_url, verdict) VALUES (?, ?, ?, ?)",
                [
                    (article_id, position, match.photo.image_url, json.dumps(match.to_record(), ensure_ascii=False))
                    for position, match in enumerate(matches)
                ],
            )

    def article_photos(self, article_id: str) -> list[PhotoMatch]:
        """The photos the article published when last read, in page order, with the verdict given then."""
        rows = self._db.execute(
            "SELECT verdict FROM article_photos WHERE article_id = ? ORDER BY position", (article_id,)
        )
        return [PhotoMatch.from_record(json.loads(row["verdict"])) for row in rows]

    def link(
        self,
        asset_id: str,
        article_id: str,
        method: LinkMethod,
        *,
        image_url: str | None = None,
        credit_printed: str | None = None,
        linked_at: str | None = None,
    ) -> ArticleLink:
        """Link an asset to an article; an existing link keeps its stronger method.

        Raises ``KeyError`` when the asset or the article is not in the catalog.
        """
        method = LinkMethod(method)
        with self.transaction():
            if self._db.execute("SELECT 1 FROM assets WHERE id = ?", (asset_id,)).fetchone() is None:
                raise KeyError(f"no asset {asset_id}")
            if self.get_article(article_id) is None:
                raise KeyError(f"no article {article_id}")
            existing = self._link_row(asset_id, article_id)
            if existing is not None and _LINK_STRENGTH[LinkMethod(existing["method"])] < _LINK_STRENGTH[method]:
                method = LinkMethod(existing["method"])
            self._db.execute(
                """
                INSERT INTO links (asset_id, article_id, method, linked_at, image_url, credit_printed,
                                   rendition_key)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (asset_id, article_id) DO UPDATE SET
                    method = excluded.method,
                    image_url = coalesce(excluded.image_url, image_url),
                    credit_printed = coalesce(excluded.credit_printed, credit_printed),
                    rendition_key = coalesce(excluded.rendition_key, rendition_key)
                """,
                (
                    asset_id, article_id, method.value, linked_at or now_iso(), image_url, credit_printed,
                    rendition_key(image_url) if image_url else None,
                ),
            )
            self._restamp(asset_id)
            row = self._link_row(asset_id, article_id)
        return _link_from_row(row)

    def unlink(self, asset_id: str, article_id: str) -> bool:
        """Remove one link; True when it existed."""
        with self.transaction():
            cursor = self._db.execute(
                "DELETE FROM links WHERE asset_id = ? AND article_id = ?", (asset_id, article_id)
            )
            self._restamp(asset_id)
        return cursor.rowcount > 0

    def links_for(self, asset_id: str) -> list[ArticleLink]:
        """This asset's links, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM links WHERE asset_id = ? ORDER BY linked_at, article_id", (asset_id,)
        )
        return [_link_from_row(row) for row in rows]

    def links_to(self, article_id: str) -> list[ArticleLink]:
        """The links from every asset to this article, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM links WHERE article_id = ? ORDER BY linked_at, asset_id", (article_id,)
        )
        return [_link_from_row(row) for row in rows]

    def links_by_image_url(self, image_url: str) -> list[ArticleLink]:
        """Links that recorded this published image URL (an asset already known under it)."""
        rows = self._db.execute("SELECT * FROM links WHERE image_url = ?", (image_url,))
        return [_link_from_row(row) for row in rows]

    def links_by_rendition_key(self, key: str) -> list[ArticleLink]:
        """Links whose published image is another rendition of the same upload (``rendition_key``)."""
        rows = self._db.execute("SELECT * FROM links WHERE rendition_key = ?", (key,))
        return [_link_from_row(row) for row in rows]

    def articles_for(self, asset_id: str) -> list[Article]:
        """The articles this asset is linked to, in link order."""
        rows = self._db.execute(
            """
            SELECT articles.* FROM links JOIN articles ON articles.id = links.article_id
            WHERE links.asset_id = ? ORDER BY links.linked_at, articles.id
            """,
            (asset_id,),
        )
        return [_article_from_row(row) for row in rows]

    def assets_for(self, article_id: str) -> list[Asset]:
        """The assets linked to this article, in link order."""
        rows = self._db.execute(
            """
            SELECT assets.* FROM links JOIN assets ON assets.id = links.asset_id
            WHERE links.article_id = ? ORDER BY links.linked_at, assets.id
            """,
            (article_id,),
        )
        return [self._asset(row) for row in rows]

    def _link_row(self, asset_id: str, article_id: str) -> sqlite3.Row | None:
        return self._db.execute(
            "SELECT * FROM links WHERE asset_id = ? AND article_id = ?", (asset_id, article_id)
        ).fetchone()

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

    def _restamp_linked(self, article_id: str) -> None:
        for row in self._db.execute("SELECT asset_id FROM links WHERE article_id = ?", (article_id,)).fetchall():
            self._restamp(row["asset_id"])


# -- rows ⇄ records: the one place that knows how an Asset is stored ---------------------


def _asset_row(asset: Asset) -> dict[str, Any]:
    record = asset.to_record()
    for name in _NOT_STORED:
        record.pop(name, None)
    return {
        "id": asset.id,
        "sha256": asset.sha256,
        "source_path": asset.source_path,
        "filename": asset.filename,
        "date_created": asset.date_created,
        "imported_at": asset.imported_at,
        "stamp": record_stamp(asset),
        "record": json.dumps(record, ensure_ascii=False, sort_keys=True),
    }


def _asset_from_row(row: sqlite3.Row, articles: tuple[ArticleRef, ...]) -> Asset:
    record = json.loads(row["record"])
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


def _names(text: str) -> tuple[str, ...]:
    return tuple(name for name in text.split(",") if name)


def _article_from_row(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        url=row["url"],
        title=row["title"],
        byline=tuple(json.loads(row["byline"] or "[]")),
        publication=row["publication"],
        published=row["published"],
        added_at=row["added_at"],
        claimed_url=row["claimed_url"],
    )


def _link_from_row(row: sqlite3.Row) -> ArticleLink:
    return ArticleLink(
        asset_id=row["asset_id"],
        article_id=row["article_id"],
        method=LinkMethod(row["method"]),
        linked_at=row["linked_at"],
        image_url=row["image_url"],
        credit_printed=row["credit_printed"],
    )
