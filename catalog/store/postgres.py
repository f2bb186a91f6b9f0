"""The catalog on PostgreSQL: psycopg 3 connections from a pool, speaking the sqlite3 interface the records use.

The record modules (``assets``, ``articles`` …) are written once, in SQLite's SQL with ``?`` and
``:name`` parameters, against a ``sqlite3.Connection``. On PostgreSQL each thread gets a
``PostgresConnection`` instead: the same ``execute``/``executemany``/``in_transaction``, rows that
read by position and by name (like ``sqlite3.Row``), and sqlite3's exception classes, so that the
records need no second version. What differs between the two dialects is translated here, in
one place (docs/postgresql.md):

- parameters: ``?`` and ``:name`` become ``%s`` and ``%(name)s``; SQLite's null-safe ``IS ?`` and
  ``IS NOT ?`` become ``IS NOT DISTINCT FROM`` and ``IS DISTINCT FROM``;
- ``json_extract(column, '$.key')`` becomes ``(column::jsonb ->> 'key')``;
- in DDL, ``INTEGER`` is ``BIGINT``, ``INTEGER PRIMARY KEY AUTOINCREMENT`` an identity column,
  ``BLOB`` is ``BYTEA``, text compares byte by byte (``COLLATE "C"``) as in SQLite, and every new
  table has SQLite's ``rowid`` (insertion order) as an identity column; ``COLLATE NOCASE`` names a
  case-insensitive ICU collation migration 8 creates;
- writes take one advisory lock per transaction, as ``BEGIN IMMEDIATE`` takes SQLite's write lock.

This module imports psycopg; ``catalog.store.connection`` imports it only for a ``postgresql://``
catalog, so SQLite users need neither installed.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import threading
from typing import Any, Iterator, Sequence

try:
    import psycopg
    import psycopg_pool
    from psycopg.pq import TransactionStatus
except ImportError as error:  # pragma: no cover - depends on what is installed
    from catalog.errors import ConfigurationError

    raise ConfigurationError(
        f"a postgresql:// catalog needs psycopg 3 and psycopg-pool ({error}): pip install 'psycopg[binary]' psycopg-pool"
    ) from error

from catalog.errors import CatalogUnavailableError

DIALECT = "postgresql"
# pg_advisory_xact_lock keys: one writer at a time (like SQLite's write lock), and one migration.
_WRITE_LOCK = 0x70686F746F  # "photo"
_MIGRATION_LOCK = _WRITE_LOCK + 1
# Seconds to wait for a connection: long enough for a busy pool, short enough that a request
# fails with a clear message while the server is down rather than hanging (docs/postgresql.md).
CONNECT_TIMEOUT = 5.0
POOL_WAIT = 1.0  # seconds to wait for the pool before connecting directly (PostgresConnection._connect)
POOL_SIZE = 32  # connections per process: more than the threads of a web server and its helpers


class IntegrityError(sqlite3.IntegrityError):
    """PostgreSQL refused a row: a unique key taken, a reference to nothing (sqlite3's class, so one ``except``)."""


class DataError(sqlite3.DataError, ValueError):
    """PostgreSQL refused a value SQLite would store (text with a NUL character, a number too large)."""


class Row:
    """One result row, read by position or by column name, like ``sqlite3.Row``."""

    __slots__ = ("_values", "_names")

    def __init__(self, values: Sequence[Any], names: dict[str, int]) -> None:
        self._values = values
        self._names = names

    def __getitem__(self, key: int | str) -> Any:
        return self._values[self._names[key] if isinstance(key, str) else key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: Any) -> Any:
    description = cursor.description
    if description is None:
        return tuple
    names = {column.name: number for number, column in enumerate(description)}
    return lambda values: Row(values, names)


class PostgresConnection:
    """One thread's connection, borrowed from the pool and given back when it breaks."""

    dialect = DIALECT

    def __init__(self, pool: psycopg_pool.ConnectionPool) -> None:
        self._pool = pool
        self._connection: psycopg.Connection | None = None
        self._pooled = True  # False: a connection of its own, made while the pool had none to give

    @property
    def _live(self) -> psycopg.Connection:
        connection = self._connection
        if connection is not None and (connection.closed or connection.broken):
            self.release()  # the server restarted or the network dropped: take a fresh one
            connection = None
        if connection is None:
            connection = self._connect()
            connection.row_factory = _row_factory
            self._connection = connection
        return connection

    def _connect(self) -> psycopg.Connection:
        """A connection from the pool; when it has none within a second, one of this thread's own.

        After the server was down, the pool tries again only after a growing pause: a direct
        attempt answers at once whether the server is back (a request succeeds as soon as it is,
        and fails within the connect timeout while it is not).
        """
        try:
            connection = self._pool.getconn(timeout=POOL_WAIT)
            self._pooled = True
            return connection
        except psycopg_pool.PoolTimeout:
            pass
        try:
            connection = psycopg.connect(self._pool.conninfo, autocommit=True, connect_timeout=int(CONNECT_TIMEOUT))
        except psycopg.OperationalError as error:
            raise CatalogUnavailableError(
                f"the catalog database does not answer ({_server(self._pool)}): {str(error).strip()}"
            ) from error
        self._pooled = False
        return connection

    def release(self) -> None:
        """Give the connection back to the pool (which drops a broken one), or close one of its own."""
        connection, self._connection = self._connection, None
        if connection is not None and not self._pooled:
            connection.close()
        elif connection is not None:
            try:
                self._pool.putconn(connection)
            except psycopg_pool.PoolClosed:
                connection.close()

    @property
    def in_transaction(self) -> bool:
        connection = self._connection
        if connection is None or connection.closed or connection.broken:
            return False
        return connection.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> psycopg.Cursor:
        try:
            return self._live.execute(translate(sql), parameters or None)
        except psycopg.Error as error:
            raise _translated(error, self._pool) from error

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        rows = list(rows)
        if not rows:
            return
        try:
            with self._live.cursor() as cursor:
                cursor.executemany(translate(sql), rows)
        except psycopg.Error as error:
            raise _translated(error, self._pool) from error

    def begin(self) -> None:
        """Open a write transaction, holding the catalog's write lock until it ends."""
        self.execute("BEGIN")
        self.execute(f"SELECT pg_advisory_xact_lock({_WRITE_LOCK})")


def _translated(error: psycopg.Error, pool: psycopg_pool.ConnectionPool) -> Exception:
    if isinstance(error, psycopg.IntegrityError):
        return IntegrityError(str(error).strip())
    if isinstance(error, psycopg.DataError):
        return DataError(str(error).strip())
    if isinstance(error, psycopg.OperationalError) and not isinstance(error, psycopg.errors.QueryCanceled):
        return CatalogUnavailableError(f"the catalog database does not answer ({_server(pool)}): {str(error).strip()}")
    return error


def _server(pool: psycopg_pool.ConnectionPool) -> str:
    """Where the catalog's server is, without a password (for messages)."""
    return _public_url(pool.conninfo)


def _public_url(url: str) -> str:
    return re.sub(r"(//[^:/@]*):[^@/]*@", r"\1:***@", url)


class PostgresDatabase:
    """A ``postgresql://`` catalog: the pool every thread's connection comes from."""

    dialect = DIALECT

    def __init__(self, url: str) -> None:
        self.url = url
        self.description = _public_url(url)
        self._pool: psycopg_pool.ConnectionPool | None = None
        self._guard = threading.Lock()

    def connect(self) -> PostgresConnection:
        with self._guard:
            if self._pool is None:  # opened on first use, and again after ``close``
                self._pool = psycopg_pool.ConnectionPool(
                    self.url, min_size=1, max_size=POOL_SIZE, open=False, name="photodesk-catalog",
                    kwargs={"autocommit": True, "connect_timeout": int(CONNECT_TIMEOUT)},
                    check=psycopg_pool.ConnectionPool.check_connection,
                )
                self._pool.open(wait=False)
            return PostgresConnection(self._pool)

    def close_some(self, connections: list[PostgresConnection]) -> None:
        """Give these connections back to the pool (their threads have ended)."""
        for connection in connections:
            connection.release()

    def close(self, connections: list[PostgresConnection]) -> None:
        self.close_some(connections)
        with self._guard:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    def begin(self, db: PostgresConnection) -> None:
        db.begin()

    def begin_migration(self, db: PostgresConnection) -> None:
        """Start the migrating transaction: one process migrates, the others wait and then see it done."""
        db.execute("BEGIN")
        db.execute(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")

    def schema_version(self, db: PostgresConnection) -> int:
        # A query of pg_tables, not to_regclass(): that reads a cache which, in a process that
        # waited for another's migration, may still say the table is missing.
        row = db.execute("SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() "
                         "AND tablename = 'photodesk_schema')").fetchone()
        if not row[0]:
            return 0
        found = db.execute("SELECT version FROM photodesk_schema").fetchone()
        return found[0] if found else 0

    def set_schema_version(self, db: PostgresConnection, version: int) -> None:
        db.execute("CREATE TABLE IF NOT EXISTS photodesk_schema (version INTEGER NOT NULL)")
        db.execute("DELETE FROM photodesk_schema")
        db.execute("INSERT INTO photodesk_schema (version) VALUES (?)", (version,))

    def integrity_problems(self, db: PostgresConnection) -> list[str]:
        """Nothing to report: the server checks its own pages (``amcheck`` is the operator's tool)."""
        return []


# -- SQLite's SQL in PostgreSQL's words ------------------------------------------------------

_TOKENS = re.compile(
    r"""'(?:[^']|'')*'                                   # a string literal, kept as it is
      | json_extract\((\w+),\s*'\$\.(\w+)'\)              # json_extract(column, '$.key')
      | \bINTEGER\s+PRIMARY\s+KEY\s+AUTOINCREMENT\b
      | \bIS(\s+NOT)?\s+(?=\?|:\w)                       # SQLite's null-safe IS / IS NOT before a parameter
      | (?<!:):(\w+)                                      # :name
      | [?%]""",
    re.VERBOSE | re.IGNORECASE,
)
_COMMENT = re.compile(r"--[^\n]*")  # the schema's comments (no literal of ours holds '--')
_DDL = re.compile(r"^\s*(CREATE\s+TABLE|ALTER\s+TABLE)\b", re.IGNORECASE)
_NEW_TABLE = re.compile(r"^(\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?\w+\s*\()", re.IGNORECASE)
_BLOB_COLUMN = re.compile(r"\bBLOB\b", re.IGNORECASE)
# A TEXT column with no collation of its own (up to the comma that ends its definition).
_TEXT_COLUMN = re.compile(r"\bTEXT\b(?![^,\n]*\bCOLLATE\b)", re.IGNORECASE)
_INTEGER_COLUMN = re.compile(r"\bINTEGER\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """The statement in PostgreSQL's dialect (see the module's docstring for what changes)."""
    sql = _COMMENT.sub("", sql)
    ddl = bool(_DDL.match(sql))

    def one(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith("'"):
            return token.replace("%", "%%")  # psycopg reads % everywhere, literals too
        if match.group(1):
            return f"({match.group(1)}::jsonb ->> '{match.group(2)}')"
        if match.group(4):
            return f"%({match.group(4)})s"
        if token[:2].upper() == "IS":
            return "IS DISTINCT FROM " if match.group(3) else "IS NOT DISTINCT FROM "
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        return "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"

    translated = _TOKENS.sub(one, sql)
    if ddl:
        translated = _TEXT_COLUMN.sub('TEXT COLLATE "C"', translated)
        translated = _INTEGER_COLUMN.sub("BIGINT", translated)
        translated = _BLOB_COLUMN.sub("BYTEA", translated)
        translated = _NEW_TABLE.sub(r"\1 rowid BIGINT GENERATED ALWAYS AS IDENTITY,", translated)
    return translated

