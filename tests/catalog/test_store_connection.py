"""The catalog file underneath the records: migrations from every older schema, transactions, savepoints.

``test_store.py`` covers the records (assets, articles, links) through ``CatalogStore``; here are
``catalog/store/connection.py`` and ``catalog/store/migrations.py`` on a real SQLite file.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from catalog.asset import Asset, asset_id
from catalog.store import CatalogStore
from catalog.store.connection import Connection, now_iso
from catalog.store.migrations import MIGRATIONS, SCHEMA_VERSION


def make_asset(number: int) -> Asset:
    sha256 = hashlib.sha256(f"connection-{number}".encode()).hexdigest()
    return Asset(id=asset_id(sha256), sha256=sha256, file_size=number, filename=f"{number}.jpg",
                 source_path=f"/wire/{number}.jpg", format="JPEG", mime="image/jpeg", caption=f"picture {number}")


def schema(path: Path) -> list[tuple[str, str, str]]:
    """Every table, index and column of a SQLite file, in a fixed order."""
    with sqlite3.connect(path) as db:
        objects = db.execute("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
        columns = [("column", table, f"{column[1]} {column[2]} {column[3]} {column[4]}")
                   for (kind, table, _) in objects if kind == "table"
                   for column in db.execute(f"PRAGMA table_info({table})")]
    return sorted(objects + columns)


def catalog_at(path: Path, version: int) -> None:
    """A catalog file as a Photodesk of schema ``version`` left it."""
    db = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:version]:
        migration(db)
    db.execute(f"PRAGMA user_version = {version}")
    db.close()


def test_the_schema_version_is_the_number_of_migrations() -> None:
    assert SCHEMA_VERSION == len(MIGRATIONS) == 14


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_a_catalog_of_any_older_schema_migrates_to_the_schema_a_new_one_has(tmp_path: Path, version: int) -> None:
    with Connection(tmp_path / "new.sqlite") as fresh:
        assert fresh.schema_version == SCHEMA_VERSION
    catalog_at(tmp_path / "old.sqlite", version)
    with Connection(tmp_path / "old.sqlite") as migrated:
        assert migrated.schema_version == SCHEMA_VERSION
    assert schema(tmp_path / "old.sqlite") == schema(tmp_path / "new.sqlite")


def test_an_asset_written_at_schema_1_reads_back_unchanged_after_every_migration(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite"
    catalog_at(path, 1)
    asset = make_asset(1)
    with sqlite3.connect(path) as db:  # the row as schema 1 wrote it
        db.execute("INSERT INTO assets (id, sha256, source_path, filename, stamp, record) VALUES (?, ?, ?, ?, ?, ?)",
                   (asset.id, asset.sha256, asset.source_path, asset.filename, "old stamp",
                    json.dumps(asset.to_record())))
    with CatalogStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.get(asset.id) == asset


def test_nested_transactions_join_the_outer_one_and_fall_with_it(catalog_location: str | Path) -> None:
    with CatalogStore(catalog_location) as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.upsert(make_asset(1))
            with store.transaction():  # joins: no commit of its own
                store.upsert(make_asset(2))
            raise RuntimeError("the batch broke after the inner block")
        assert store.count() == 0
        with store.transaction(), store.transaction():
            store.upsert(make_asset(3))
        assert store.count() == 1


def test_a_failing_savepoint_undoes_its_record_alone_and_the_batch_commits(catalog_location: str | Path) -> None:
    with CatalogStore(catalog_location) as store:
        with store.transaction():
            store.upsert(make_asset(1))
            with pytest.raises(ValueError), store.savepoint():
                store.upsert(make_asset(2))
                raise ValueError("this file's record cannot be written")
            with store.savepoint():
                store.upsert(make_asset(3))
        assert sorted(asset.file_size for asset in store.iter_assets()) == [1, 3]


def test_each_thread_has_its_own_connection_and_close_closes_them_all(tmp_path: Path) -> None:
    store = CatalogStore(tmp_path / "catalog.sqlite")
    store.upsert(make_asset(1))
    counted: list[int] = []
    thread = threading.Thread(target=lambda: counted.append(store.count()))
    thread.start()
    thread.join()
    assert counted == [1]
    connections = [connection for _, connection in store._connections]
    assert len(connections) == 2
    store.close()
    for connection in connections:
        with pytest.raises(sqlite3.ProgrammingError, match="closed"):
            connection.execute("SELECT 1")
    assert store.count() == 1  # a closed store opens a new connection when used again
    store.close()


def test_a_thread_that_ended_gives_its_connection_back(catalog_location: str | Path) -> None:
    with CatalogStore(catalog_location) as store:
        store.upsert(make_asset(1))
        for _ in range(40):  # more threads than a PostgreSQL pool holds connections
            counted: list[int] = []
            thread = threading.Thread(target=lambda: counted.append(store.count()))
            thread.start()
            thread.join()
            assert counted == [1]
        assert len(store._connections) <= 2  # this thread's, and the last one's until the next comes


def test_now_is_utc_to_the_second() -> None:
    stamp = now_iso()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", stamp)
    assert abs(datetime.fromisoformat(stamp) - datetime.now(UTC)) < timedelta(seconds=5)
