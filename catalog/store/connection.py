"""One SQLite catalog file: a connection per thread in WAL mode, transactions, savepoints, migrations.

Each connection belongs to one thread (web servers use one store from many).
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Self

from catalog.errors import ConfigurationError, DiskFullError, is_disk_full
from catalog.store.migrations import MIGRATIONS, SCHEMA_VERSION


def now_iso() -> str:
    """The current UTC time, ISO 8601 to the second (the catalog's timestamps)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Connection:
    """The catalog file, opened and migrated: what the asset and article records are written through."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._guard = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._migrate(self._db)

    def __enter__(self) -> Self:
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
