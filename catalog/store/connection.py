"""One catalog: a connection per thread, transactions, savepoints, migrations; SQLite or PostgreSQL.

A catalog is named by a location: a file path (SQLite in WAL mode, the default, nothing to set up)
or a ``postgresql://`` URL (``catalog.store.postgres``, imported only then). The records are written
once, against sqlite3's interface, which the PostgreSQL connection speaks too (docs/postgresql.md).
Each connection belongs to one thread (web servers use one store from many).
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Self

from catalog.errors import ConfigurationError, DiskFullError, is_disk_full
from catalog.store.migrations import MIGRATIONS, SCHEMA_VERSION


def now_iso() -> str:
    """The current UTC time, ISO 8601 to the second (the catalog's timestamps)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def where_clause(conditions: dict[str, Any]) -> tuple[str, list[Any]]:
    """``WHERE`` joining the conditions (SQL with one ``?``) whose value is not None, and their values; ``""`` when
    none is (the optional filters of a listing)."""
    given = {sql: value for sql, value in conditions.items() if value is not None}
    return (f"WHERE {' AND '.join(given)}" if given else ""), list(given.values())


def is_database_url(location: str | Path) -> bool:
    """True for a ``postgresql://`` (or ``postgres://``) catalog URL; False for a file path."""
    return isinstance(location, str) and location.split("://", 1)[0].lower() in ("postgresql", "postgres")


class SqliteDatabase:
    """A catalog file: a sqlite3 connection per thread, in WAL mode."""

    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.description = str(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def connect(self) -> sqlite3.Connection:
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
                raise DiskFullError(f"no space left on the disk holding the catalog ({self.path.parent})") from error
            raise ConfigurationError(f"{self.path}: not a Photodesk catalog ({error})") from error
        return connection

    def close(self, connections: list[sqlite3.Connection]) -> None:
        self.close_some(connections)

    def close_some(self, connections: list[sqlite3.Connection]) -> None:
        for connection in connections:
            connection.close()

    def begin(self, db: sqlite3.Connection) -> None:
        """Open a write transaction holding the write lock (another process may be writing, or migrating)."""
        db.execute("BEGIN IMMEDIATE")

    begin_migration = begin

    def schema_version(self, db: sqlite3.Connection) -> int:
        return db.execute("PRAGMA user_version").fetchone()[0]

    def set_schema_version(self, db: sqlite3.Connection, version: int) -> None:
        db.execute(f"PRAGMA user_version = {int(version)}")

    def integrity_problems(self, db: sqlite3.Connection) -> list[str]:
        """What SQLite's own quick check finds wrong with the file (empty: sound)."""
        return [row[0] for row in db.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"]


def open_database(location: str | Path) -> Any:
    """The database a catalog location names: a ``postgresql://`` URL, else a SQLite file path."""
    if is_database_url(location):
        from catalog.store.postgres import PostgresDatabase

        return PostgresDatabase(str(location))
    return SqliteDatabase(Path(location))


class Connection:
    """The catalog, opened and migrated: what the asset and article records are written through."""

    def __init__(self, location: str | Path) -> None:
        self.database = open_database(location)
        self.dialect: str = self.database.dialect
        # The SQLite file (None for a database server): the data directory's catalog file.
        self.path: Path | None = getattr(self.database, "path", None)
        self._local = threading.local()
        self._connections: list[tuple[threading.Thread, Any]] = []  # each thread's connection
        self._guard = threading.Lock()
        try:
            self._migrate(self._db)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close every connection this store opened."""
        with self._guard:
            connections, self._connections = self._connections, []
        self.database.close([connection for _, connection in connections])
        self._local = threading.local()

    @property
    def _db(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = self.database.connect()
            self._local.connection = connection
            with self._guard:
                # A thread that ended leaves its connection behind: close it (on PostgreSQL it
                # holds one of the pool's connections).
                ended = [used for thread, used in self._connections if not thread.is_alive()]
                self._connections = [(thread, used) for thread, used in self._connections if thread.is_alive()]
                self._connections.append((threading.current_thread(), connection))
            if ended:
                self.database.close_some(ended)
        return connection

    def _disk_full(self) -> DiskFullError:
        where = self.path.parent if self.path is not None else self.database.description
        return DiskFullError(f"no space left on the disk holding the catalog ({where})")

    def _migrate(self, db: sqlite3.Connection) -> None:
        if self.database.schema_version(db) == SCHEMA_VERSION:
            return  # the common case: no write lock needed just to open the catalog
        with self._atomic(db, self.database.begin_migration):
            version = self.database.schema_version(db)  # re-read under the lock: another process may have migrated
            if version > SCHEMA_VERSION:
                raise ConfigurationError(
                    f"{self.database.description}: the catalog was written by a newer Photodesk "
                    f"(schema {version}, this one knows {SCHEMA_VERSION})"
                )
            for number in range(version, SCHEMA_VERSION):
                MIGRATIONS[number](db)
            if version != SCHEMA_VERSION:
                self.database.set_schema_version(db, SCHEMA_VERSION)

    @property
    def schema_version(self) -> int:
        """The schema version this catalog is at."""
        return self.database.schema_version(self._db)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of writes; nested uses join the outer transaction."""
        db = self._db
        if db.in_transaction:
            yield
            return
        # Takes the write lock now, so a busy catalog waits here, not mid-batch.
        with self._atomic(db, self.database.begin):
            yield

    @contextmanager
    def _atomic(self, db: sqlite3.Connection, begin: Callable[[Any], None]) -> Iterator[None]:
        """``begin(db)``, then commit what the block wrote, or roll all of it back."""
        begin(db)
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
