"""Schema migrations of the catalog, applied in order; the catalog records how many ran.

Each migration is written once, in SQLite's SQL; on PostgreSQL the connection translates it
(``catalog.store.postgres.translate``: types, collations, identity columns), and the few
statements with no common form (triggers) are written for each dialect, chosen by ``is_postgres``.
SQLite keeps the count in ``PRAGMA user_version``, PostgreSQL in the ``photodesk_schema`` table.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Callable

from catalog.articles.image_urls import rendition_key


def is_postgres(db: Any) -> bool:
    """True when ``db`` is a PostgreSQL catalog's connection (``catalog.store.postgres``)."""
    return getattr(db, "dialect", "sqlite") == "postgresql"


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
    rows = db.execute("SELECT asset_id, article_id, image_url FROM links WHERE image_url IS NOT NULL").fetchall()
    for row in rows:
        db.execute("UPDATE links SET rendition_key = ? WHERE asset_id = ? AND article_id = ?",
                   (rendition_key(row[2]), row[0], row[1]))


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


def _migration_5(db: sqlite3.Connection) -> None:
    """What the page printed: the byline as printed and the evidence that named the publication."""
    db.execute("ALTER TABLE articles ADD COLUMN byline_printed TEXT")
    db.execute("ALTER TABLE articles ADD COLUMN publication_source TEXT")


def _migration_6(db: sqlite3.Connection) -> None:
    """Rights: the supplier agreements, the desk's own rules and time zone, and kill notices (docs/rights.md)."""
    for statement in (
        """
        CREATE TABLE agreements (
            id TEXT PRIMARY KEY,
            record TEXT NOT NULL,       -- catalog.rights.Agreement.to_record() as JSON
            imported_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE rights_settings (
            name TEXT PRIMARY KEY,      -- 'desk': catalog.rights.DeskRules.to_record() as JSON
            value TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE kills (
            asset_id TEXT PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
            reason TEXT NOT NULL,
            killed_at TEXT NOT NULL,
            killed_by TEXT
        )
        """,
    ):
        db.execute(statement)


def _migration_7(db: sqlite3.Connection) -> None:
    """Edits: the desk's values over the file's, each save a numbered version, and their history (docs/editing.md)."""
    for statement in (
        # The file's own record while the desk has edited the asset; ``record`` then holds the
        # record as shown (the desk's values on top). NULL: ``record`` is the file's.
        "ALTER TABLE assets ADD COLUMN file_record TEXT",
        # One row per save of one asset. Keyed by asset id without a foreign key: a picture
        # removed and imported again gets its corrections back.
        """
        CREATE TABLE edits (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            asset_id TEXT NOT NULL,
            version INTEGER NOT NULL,      -- 1, 2, … per asset: what a save is based on
            user_name TEXT NOT NULL,
            at TEXT NOT NULL,              -- UTC, ISO 8601 to the millisecond
            UNIQUE (asset_id, version)
        )
        """,
        """
        CREATE TABLE edit_changes (
            edit_id INTEGER NOT NULL REFERENCES edits (id),
            field TEXT NOT NULL,
            old TEXT,                      -- JSON: the value shown before
            new TEXT,                      -- JSON: the value shown after
            restored INTEGER NOT NULL DEFAULT 0,  -- 1: the desk's value was removed, the file's shows
            PRIMARY KEY (edit_id, field)
        )
        """,
        """
        CREATE TABLE desk_values (
            asset_id TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT,                    -- JSON
            user_name TEXT NOT NULL,
            edit_id INTEGER NOT NULL REFERENCES edits (id),
            PRIMARY KEY (asset_id, field)
        )
        """,
    ):
        db.execute(statement)


def _migration_8(db: sqlite3.Connection) -> None:
    """Accounts: users and their roles, server-side sessions, API tokens, and the append-only activity log
    (docs/accounts.md)."""
    if is_postgres(db):  # what COLLATE NOCASE names: equal without regard to case, like SQLite's
        db.execute("CREATE COLLATION IF NOT EXISTS nocase "
                   "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)")
    for statement in (
        """
        CREATE TABLE users (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
            password_hash TEXT NOT NULL,  -- argon2id, the library's own encoded form
            created_at TEXT NOT NULL,
            password_changed_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE sessions (
            id_hash TEXT PRIMARY KEY,  -- sha256 of the id the browser's cookie holds; never the id itself
            user_name TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE ON UPDATE CASCADE,
            created_at TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            address TEXT
        )
        """,
        "CREATE INDEX sessions_user ON sessions (user_name)",
        """
        CREATE TABLE tokens (
            id TEXT PRIMARY KEY,               -- the public part, shown by `token list`
            secret_hash TEXT NOT NULL UNIQUE,  -- sha256 of the whole token
            user_name TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE ON UPDATE CASCADE,
            label TEXT,
            created_at TEXT NOT NULL,
            last_used TEXT
        )
        """,
        "CREATE INDEX tokens_user ON tokens (user_name)",
        """
        CREATE TABLE activity (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,                  -- UTC, ISO 8601
            who TEXT,                          -- account name, 'cli:USER', or NULL (no account)
            action TEXT NOT NULL,              -- catalog.activity's action names
            target TEXT,
            details TEXT NOT NULL DEFAULT '{}',  -- JSON object
            address TEXT                       -- the client's address, for web requests
        )
        """,
        "CREATE INDEX activity_at ON activity (at)",
        "CREATE INDEX activity_who ON activity (who COLLATE NOCASE, at)",
        "CREATE INDEX activity_action ON activity (action, at)",
    ):
        db.execute(statement)
    # Append-only: what the log holds is evidence (agency contracts, legal disputes).
    if is_postgres(db):
        db.execute("CREATE FUNCTION activity_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION 'the activity log is append-only' USING ERRCODE = 'integrity_constraint_violation'; END $$")
        for event in ("UPDATE", "DELETE"):
            db.execute(f"CREATE TRIGGER activity_no_{event.lower()} BEFORE {event} ON activity "
                       "FOR EACH ROW EXECUTE FUNCTION activity_append_only()")
        return
    for event in ("UPDATE", "DELETE"):
        db.execute(f"CREATE TRIGGER activity_no_{event.lower()} BEFORE {event} ON activity "
                   "BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END")


def _migration_9(db: sqlite3.Connection) -> None:
    """Intake: the last outcome of every file a watched folder or an upload brought in (docs/intake.md)."""
    for statement in (
        """
        CREATE TABLE intake (
            path_key BLOB PRIMARY KEY,     -- os.fsencode(path): the file as the system names it
            path TEXT NOT NULL,            -- readable (catalog.paths.readable_path), for showing
            origin TEXT NOT NULL,          -- 'folder:/watched/folder' or 'upload:account'
            size INTEGER NOT NULL,         -- the file's size and modification time when it was read:
            modified_ns INTEGER NOT NULL,  -- a file unchanged since is not read (or reported) again
            status TEXT NOT NULL,          -- catalog.ingest.Status: imported, unchanged, failed
            asset_id TEXT,
            reason TEXT,                   -- why it failed, for a photo editor
            warnings TEXT NOT NULL DEFAULT '[]',  -- JSON list
            at TEXT NOT NULL               -- UTC, ISO 8601
        )
        """,
        "CREATE INDEX intake_at ON intake (at)",
    ):
        db.execute(statement)


def _migration_10(db: sqlite3.Connection) -> None:
    """Lightboxes: named, ordered sets of pictures for a story, each picture with a note (docs/lightboxes.md)."""
    for statement in (
        """
        CREATE TABLE lightboxes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,  -- how the desk and the command line name it
            story TEXT,                                -- the story it is for: a slug, a URL, a line
            owner TEXT,                                -- the account that made it ('cli:USER' at the command line)
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE lightbox_members (
            lightbox_id INTEGER NOT NULL REFERENCES lightboxes (id) ON DELETE CASCADE,
            asset_id TEXT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,   -- 0, 1, … in the lightbox's order, without gaps
            note TEXT,
            added_by TEXT,
            added_at TEXT NOT NULL,
            PRIMARY KEY (lightbox_id, asset_id)
        )
        """,
        "CREATE INDEX lightbox_members_order ON lightbox_members (lightbox_id, position)",
        "CREATE INDEX lightbox_members_asset ON lightbox_members (asset_id)",
    ):
        db.execute(statement)


def _migration_11(db: sqlite3.Connection) -> None:
    """Saved searches and when each person last looked at each (docs/search.md#saved-searches)."""
    for statement in (
        """
        CREATE TABLE saved_searches (
            name TEXT PRIMARY KEY COLLATE NOCASE,  -- the feed's address names it: unique in any case
            query TEXT NOT NULL DEFAULT '',
            filters TEXT NOT NULL DEFAULT '[]',    -- JSON [[parameter, value], ...] in the search page's order
            sort TEXT NOT NULL DEFAULT 'relevance',
            owner TEXT REFERENCES users (name) ON DELETE SET NULL ON UPDATE CASCADE,  -- NULL: the desk's
            shared INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE saved_search_views (
            search TEXT NOT NULL COLLATE NOCASE REFERENCES saved_searches (name) ON DELETE CASCADE ON UPDATE CASCADE,
            viewer TEXT NOT NULL,   -- account name, or '' when the catalog has no accounts
            seen_at TEXT NOT NULL,  -- UTC, ISO 8601: when this person last opened the search
            PRIMARY KEY (search, viewer)
        )
        """,
    ):
        db.execute(statement)


def _migration_12(db: sqlite3.Connection) -> None:
    """The change feed: every change of an asset's record, numbered, written by the change's own transaction
    (triggers), for the search indexes of other hosts to follow (docs/postgresql.md#the-change-feed)."""
    db.execute(
        """
        CREATE TABLE changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- in commit order: every write holds the write lock
            asset_id TEXT NOT NULL                   -- read its record again (gone: removed)
        )
        """
    )
    # A new record, a new stamp (edits, links, a re-import), or a removal: what changes a search document.
    if is_postgres(db):
        db.execute("CREATE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                   "INSERT INTO changes (asset_id) VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END); "
                   "RETURN NULL; END $$")
        db.execute("CREATE TRIGGER assets_inserted AFTER INSERT ON assets FOR EACH ROW EXECUTE FUNCTION record_change()")
        db.execute("CREATE TRIGGER assets_updated AFTER UPDATE OF stamp ON assets FOR EACH ROW "
                   "WHEN (OLD.stamp IS DISTINCT FROM NEW.stamp) EXECUTE FUNCTION record_change()")
        db.execute("CREATE TRIGGER assets_deleted AFTER DELETE ON assets FOR EACH ROW EXECUTE FUNCTION record_change()")
        return
    db.execute("CREATE TRIGGER assets_inserted AFTER INSERT ON assets "
               "BEGIN INSERT INTO changes (asset_id) VALUES (NEW.id); END")
    db.execute("CREATE TRIGGER assets_updated AFTER UPDATE OF stamp ON assets WHEN OLD.stamp IS NOT NEW.stamp "
               "BEGIN INSERT INTO changes (asset_id) VALUES (NEW.id); END")
    db.execute("CREATE TRIGGER assets_deleted AFTER DELETE ON assets "
               "BEGIN INSERT INTO changes (asset_id) VALUES (OLD.id); END")


def _migration_13(db: sqlite3.Connection) -> None:
    """The hosts that follow the change feed and how far each has applied it, so that the feed can be pruned
    (docs/postgresql.md#pruning-the-feed)."""
    for statement in (
        """
        CREATE TABLE replica_hosts (
            host TEXT PRIMARY KEY,     -- the data directory's host id (catalog.replica.host_id)
            name TEXT NOT NULL,        -- the machine's name and the data directory, for `check`
            applied INTEGER NOT NULL,  -- the last change its index applied (or is being rebuilt from)
            seen_at TEXT NOT NULL      -- UTC, ISO 8601: when it last said so
        )
        """,
        """
        CREATE TABLE change_feed (
            pruned_through INTEGER NOT NULL  -- every change numbered up to this one is gone from ``changes``
        )
        """,
        "INSERT INTO change_feed (pruned_through) VALUES (0)",
    ):
        db.execute(statement)


def _migration_14(db: sqlite3.Connection) -> None:
    """Upload results: what each upload form posted without script brought in, shown again by the page it
    redirects to (docs/intake.md#upload-from-the-browser)."""
    for statement in (
        """
        CREATE TABLE upload_results (
            id TEXT PRIMARY KEY,       -- unguessable: the result page's address
            account TEXT NOT NULL,     -- who uploaded ('' when the catalog has no accounts): only they see it
            created_at TEXT NOT NULL,  -- UTC, ISO 8601: kept a day (catalog.store.upload_results.RESULTS_KEPT)
            results TEXT NOT NULL      -- JSON: each file's result, in the order sent
        )
        """,
        "CREATE INDEX upload_results_created_at ON upload_results (created_at)",
    ):
        db.execute(statement)


# MIGRATIONS[n] takes a catalog at version n to version n + 1. Append; never edit.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _migration_1, _migration_2, _migration_3, _migration_4, _migration_5, _migration_6,
    _migration_7,
    _migration_8,
    _migration_9,
    _migration_10,
    _migration_11,
    _migration_12,
    _migration_13,
    _migration_14,
)
SCHEMA_VERSION = len(MIGRATIONS)
