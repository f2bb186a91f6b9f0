"""The change feed and the search replicas that follow it: real catalogs (SQLite and PostgreSQL), real indexes.

Each "host" here is its own data directory with its own Whoosh index, over one catalog.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from catalog import replica
from catalog.asset import Asset, asset_id
from catalog.desk import Desk
from catalog.ingest import Status
from catalog.settings import Settings
from catalog.store import CatalogStore
from index import SearchIndex
from tests.helpers.photo_files import write_photos

PHOTODESK = str(Path(sys.executable).with_name("photodesk"))


def make_asset(number: int, **fields: object) -> Asset:
    sha256 = hashlib.sha256(f"replica-{number}".encode()).hexdigest()
    values: dict[str, object] = dict(id=asset_id(sha256), sha256=sha256, file_size=number, filename=f"{number}.jpg",
                                     source_path=f"/wire/{number}.jpg", format="JPEG", mime="image/jpeg",
                                     caption=f"flood picture {number}", imported_at=f"2026-01-01T00:00:{number:02d}+00:00")
    values.update(fields)
    return Asset(**values)


@pytest.fixture
def store(catalog_location: str | Path):
    with CatalogStore(catalog_location) as opened:
        yield opened


def test_every_change_of_a_record_is_numbered_in_its_own_transaction(store: CatalogStore) -> None:
    first, second = make_asset(1), make_asset(2)
    assert store.last_change() == 0
    store.upsert(first)
    store.upsert(second)
    store.upsert(first)  # the same record again: nothing a search document shows has changed
    assert [asset for _, asset in store.changes_after(0)] == [first.id, second.id]
    with pytest.raises(RuntimeError), store.transaction():
        store.upsert(make_asset(3))
        raise RuntimeError("the batch broke")
    assert store.last_change() == store.changes_after(0)[-1][0]  # the rolled-back record left no change
    store.save_edit(first.id, {"caption": "corrected caption"}, user="ada")
    store.delete(second.id)
    numbers = [number for number, _ in store.changes_after(0)]
    assert numbers == sorted(numbers) and len(numbers) == 4
    assert [asset for _, asset in store.changes_after(numbers[1])] == [first.id, second.id]
    assert store.changes_after(numbers[-1]) == []


def test_a_replica_follows_the_changes_of_another_host(store: CatalogStore, tmp_path: Path) -> None:
    here, there = tmp_path / "host-a", tmp_path / "host-b"
    with SearchIndex(here / "index") as index_a, SearchIndex(there / "index") as index_b:
        for number in range(3):  # host A records and indexes its import itself
            index_a.index([store.upsert(make_asset(number))])
        assert replica.catch_up(store, index_b, there) == 3
        assert sorted(index_b.search_ids("flood")) == sorted(make_asset(n).id for n in range(3))
        assert replica.catch_up(store, index_b, there) == 0  # nothing new
        assert replica.read_position(there) == store.last_change()

        store.save_edit(make_asset(0).id, {"caption": "storm damage"}, user="ada")
        store.delete(make_asset(1).id)
        replica.catch_up(store, index_b, there)
        assert index_b.search_ids("storm") == [make_asset(0).id]
        assert sorted(index_b.search_ids("flood")) == [make_asset(2).id]
        assert index_b.stamps() == store.stamps()

        # host A indexed its imports itself (those are skipped), not the edit and the removal: now it has them
        replica.catch_up(store, index_a, here)
        assert replica.read_position(here) == store.last_change()
        assert index_a.stamps() == store.stamps()


def test_the_follower_thread_indexes_what_arrives_and_only_one_process_follows_a_data_directory(
        store: CatalogStore, tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "index") as index:
        follower = replica.Follower(store, index, tmp_path, interval=0.05).start()
        other = replica.Follower(store, index, tmp_path, interval=0.05)
        try:
            store.upsert(make_asset(7))
            assert wait_for(lambda: index.search_ids("flood") == [make_asset(7).id])
            assert follower._holds_lock() and not other._holds_lock()
        finally:
            follower.stop()
            other.stop()


def wait_for(condition, seconds: float = 30.0) -> bool:
    """Poll ``condition`` until it holds (True) or ``seconds`` pass (False): for what another thread does."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.slow  # imports through worker processes, in two processes at once
def test_two_hosts_importing_the_same_folder_at_once_record_each_picture_once(
        postgres_url: str, tmp_path: Path) -> None:
    photos = write_photos(tmp_path / "wire", 12)
    media = tmp_path / "shared-media"
    hosts = [tmp_path / "host-a", tmp_path / "host-b"]
    env = {**os.environ, "PHOTODESK_CATALOG": postgres_url, "PHOTODESK_MEDIA": str(media)}
    running = [subprocess.Popen([PHOTODESK, "import", "--data", str(host), "--quiet", str(tmp_path / "wire")],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for host in hosts]
    outputs = [process.communicate(timeout=600) for process in running]
    assert [process.returncode for process in running] == [0, 0], outputs
    settings = Settings(data_dir=hosts[0], catalog_url=postgres_url, media_root=media)
    with Desk.open(settings) as desk:
        assert desk.catalog.count() == len(photos)
        # each file is imported by one host and found unchanged by the other, never recorded twice
        again = list(desk.import_files([tmp_path / "wire"], jobs=1))
        assert {outcome.status for outcome in again} == {Status.UNCHANGED}


@pytest.mark.slow  # imports through worker processes
def test_a_new_host_builds_its_index_from_the_catalog_then_follows_and_check_says_how_far_behind(
        postgres_url: str, tmp_path: Path) -> None:
    media = tmp_path / "shared-media"
    first = Settings(data_dir=tmp_path / "host-a", catalog_url=postgres_url, media_root=media)
    second = Settings(data_dir=tmp_path / "host-b", catalog_url=postgres_url, media_root=media)
    with Desk.open(first) as desk_a:
        list(desk_a.import_files(write_photos(tmp_path / "wire", 3), jobs=1))
        with Desk.open(second) as desk_b:
            assert [p.reason for p in desk_b.check()][-1] == "this host's index has never followed the catalog's changes"
            assert desk_b.reindex() == 3
            assert replica.read_position(second.data_dir) == desk_a.catalog.last_change()
            list(desk_a.import_files(write_photos(tmp_path / "more", 2, start=10), jobs=1))
            assert [p.reason for p in desk_b.check()] == [
                "missing from the search index", "missing from the search index",
                "this host's index has 2 of the catalog's changes not applied yet (they are while serve or watch runs)"]
            follower = desk_b.follow_changes()
            try:
                assert wait_for(lambda: desk_b.index.count() == 5)
            finally:
                follower.stop()
            assert list(desk_b.check()) == []
