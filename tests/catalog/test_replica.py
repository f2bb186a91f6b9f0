"""The change feed and the search replicas that follow it: real catalogs (SQLite and PostgreSQL), real indexes.

Each "host" here is its own data directory with its own Whoosh index, over one catalog.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
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


# -- pruning the feed (docs/postgresql.md#pruning-the-feed) --------------------------------------------

EIGHT_DAYS_AGO = (datetime.now(timezone.utc) - timedelta(days=8)).replace(microsecond=0).isoformat()


def numbers(store: CatalogStore) -> list[int]:
    return [number for number, _ in store.changes_after(0)]


def test_pruning_keeps_every_change_a_live_host_still_needs_and_a_stale_host_holds_nothing_back(
        store: CatalogStore, tmp_path: Path) -> None:
    here, there = tmp_path / "host-a", tmp_path / "host-b"
    # a host last seen eight days ago, that had applied nothing: stale, it keeps no change in the feed
    store.record_host("gone-host", "old-machine:/srv/photodesk", 0, seen_at=EIGHT_DAYS_AGO)
    with SearchIndex(here / "index") as index_a, SearchIndex(there / "index") as index_b:
        for number in range(2):
            store.upsert(make_asset(number))
        replica.catch_up(store, index_b, there)
        replica.report(store, there)  # host B has applied the first two changes
        for number in range(2, 6):
            store.upsert(make_asset(number))
        replica.catch_up(store, index_a, here)
        replica.report(store, here)  # host A has applied all six
        needed_by_b = store.changes_after(replica.read_position(there))
        assert len(needed_by_b) == 4

        assert replica.prune(store) == 2
        assert store.changes_after(0) == needed_by_b  # exactly what B has not applied is kept
        assert store.pruned_through() == replica.read_position(there)
        assert replica.catch_up(store, index_b, there) == 4  # followed, not rebuilt: nothing it needed was gone
        assert index_b.stamps() == store.stamps()

        replica.report(store, there)
        assert replica.prune(store) == 3
        assert numbers(store) == [store.last_change()]  # the last change stays: where a new host starts
        assert store.feed_size().kept == 1 and replica.prune(store) == 0
        states = {state.name: state for state in replica.host_states(store, here)}
        assert states["old-machine:/srv/photodesk"].stale and states["old-machine:/srv/photodesk"].missed
        assert [state.this_host for state in states.values()].count(True) == 1
        assert not any(state.stale or state.missed or state.behind for name, state in states.items()
                       if name != "old-machine:/srv/photodesk")


def test_with_no_host_following_only_the_last_change_is_kept(store: CatalogStore) -> None:
    for number in range(3):
        store.upsert(make_asset(number))
    last = store.last_change()
    assert store.prune_changes(live_since=EIGHT_DAYS_AGO, step=1) == 2  # one number per transaction
    assert numbers(store) == [last] and store.last_change() == last and store.pruned_through() == last - 1
    store.delete(make_asset(0).id)
    assert replica.prune(store) == 1
    assert numbers(store) == [store.last_change()] and store.last_change() > last


def test_a_host_away_past_the_stale_limit_rebuilds_its_index_and_ends_with_exactly_the_catalogs_records(
        store: CatalogStore, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    there = tmp_path / "host-b"
    with SearchIndex(there / "index") as index_b:
        for number in range(3):
            store.upsert(make_asset(number))
        follower = replica.Follower(store, index_b, there, interval=0.05, report_interval=0).start()
        try:
            assert wait_for(lambda: [(h.applied, h.name) for h in store.replica_hosts()] ==
                            [(store.last_change(), replica.host_name(there))])
        finally:
            follower.stop()
        assert index_b.stamps() == store.stamps()

        # While host B is stopped, the desk edits, removes and imports; B was last seen eight days ago.
        store.save_edit(make_asset(0).id, {"caption": "storm damage"}, user="ada")
        store.delete(make_asset(1).id)
        for number in range(3, 6):
            store.upsert(make_asset(number))
        position = replica.read_position(there)
        store.record_host(replica.host_id(there), replica.host_name(there), position, seen_at=EIGHT_DAYS_AGO)
        assert replica.prune(store, stale_days=7) > 0
        assert store.pruned_through() > position  # what B needs is gone: following alone would miss it

        follower = replica.Follower(store, index_b, there, interval=0.05, report_interval=0).start()
        try:
            assert wait_for(lambda: index_b.stamps() == store.stamps())
            assert wait_for(lambda: replica.read_position(there) == store.last_change())
        finally:
            follower.stop()
        assert "rebuilding the index" in caplog.text
        assert index_b.search_ids("storm") == [make_asset(0).id]
        assert sorted(index_b.search_ids("flood")) == sorted(make_asset(n).id for n in (2, 3, 4, 5))
        assert not replica.host_states(store, there)[0].stale  # seen again


def test_on_one_machine_serve_and_watch_prune_the_feed_and_record_no_host(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    with Desk.open(settings) as desk:
        for number in range(3):
            desk.catalog.upsert(make_asset(number))
        follower = desk.follow_changes()
        try:
            assert wait_for(lambda: desk.catalog.feed_size().kept == 1)
        finally:
            follower.stop()
        assert desk.catalog.replica_hosts() == [] and desk.feed_state() is None


def test_check_reports_the_hosts_their_lag_and_the_feed_and_repair_prunes_it(postgres_url: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from scripts.commands_ingest import check_command

    settings = Settings(data_dir=tmp_path / "host-a", catalog_url=postgres_url)
    with Desk.open(settings) as desk:
        for number in range(3):
            desk.catalog.upsert(make_asset(number))  # recorded without media files: check reports those too
        desk.catalog.record_host("host-b", "web2:/srv/photodesk", 2)
        desk.catalog.record_host("host-c", "web3:/srv/photodesk", 0, seen_at=EIGHT_DAYS_AGO)
        assert desk.reindex() == 3  # host A: recorded at change 3, where its index starts following
        desk.catalog.upsert(make_asset(3))
    arguments = ["--data", str(settings.data_dir), "--catalog", postgres_url]
    web2 = "host web2:/srv/photodesk: applied change 2, 2 changes behind, last seen "
    web3 = (f"host web3:/srv/photodesk: applied change 0, 4 changes behind, last seen {EIGHT_DAYS_AGO} (8 days ago); "
            "stale (not seen for 7 days): holds no change back")
    this_host = f"host {replica.host_name(settings.data_dir)} (this host): applied change 3, 1 change behind, last seen "

    checked = CliRunner().invoke(check_command, arguments, catch_exceptions=False).output.splitlines()
    assert checked[-5:-3] == ["change feed: 4 changes kept (numbers 1 to 4)", web3]
    assert checked[-3].startswith(web2) and checked[-2].startswith(this_host)
    assert "index: this host's index has 1 of the catalog's changes not applied yet " \
           "(they are while serve or watch runs)" in checked

    repaired = CliRunner().invoke(check_command, ["--repair", *arguments], catch_exceptions=False).output.splitlines()
    assert repaired[-5] == "change feed: 2 changes kept (numbers 3 to 4, pruned through 2)"  # web2 still needs 3, 4
    assert repaired[-4] == web3 + "; changes it needs were pruned: it rebuilds its index when it next follows"
    assert repaired[-3].startswith(web2)
    assert repaired[-2].startswith(this_host.replace("applied change 3, 1 change behind", "applied change 4, up to date"))

    # a machine that only imports never follows: its repair records no host (it would hold changes back)
    importer = ["--data", str(tmp_path / "importer"), "--catalog", postgres_url]
    CliRunner().invoke(check_command, ["--repair", *importer], catch_exceptions=False)
    with CatalogStore(postgres_url) as store:
        assert len(store.replica_hosts()) == 3


def test_a_host_that_is_gone_is_forgotten_and_one_seen_lately_only_with_force(store: CatalogStore, tmp_path: Path) -> None:
    from catalog.errors import ConfigurationError

    here = tmp_path / "host-a"
    for number in range(3):
        store.upsert(make_asset(number))
    store.record_host("retired-id", "web3:/srv/photodesk", 0, seen_at=EIGHT_DAYS_AGO)
    store.record_host("running-id", "web2:/srv/photodesk", 1)  # seen now
    store.record_host("copy-1", "web4:/srv/photodesk", 3)
    store.record_host("copy-2", "web4:/srv/photodesk", 3, seen_at=EIGHT_DAYS_AGO)  # a copied data directory

    forgotten = replica.forget_host(store, here, "web3:/srv/photodesk")  # by name: stale, so no force needed
    assert (forgotten.host, forgotten.stale) == ("retired-id", True)
    with pytest.raises(ConfigurationError, match=r"web2:/srv/photodesk was last seen .*\(just now\).*--force"):
        replica.forget_host(store, here, "running-id")
    with pytest.raises(ConfigurationError, match="2 hosts are named 'web4:/srv/photodesk': name one by its id"):
        replica.forget_host(store, here, "web4:/srv/photodesk")
    with pytest.raises(ConfigurationError, match="no host 'retired-id' follows the change feed"):
        replica.forget_host(store, here, "retired-id")  # gone already
    assert sorted(host.host for host in store.replica_hosts()) == ["copy-1", "copy-2", "running-id"]

    assert replica.prune(store) == 1 and numbers(store) == [2, 3]  # web2 applied change 1 only: it holds 2 and 3
    assert replica.forget_host(store, here, "running-id", force=True).name == "web2:/srv/photodesk"
    replica.forget_host(store, here, "copy-2")
    assert [host.host for host in store.replica_hosts()] == ["copy-1"]
    assert replica.prune(store) == 1 and numbers(store) == [3]  # what web2 held back goes, the last change stays


def test_the_store_forgets_a_host_only_if_it_was_not_seen_since_the_limit_it_is_given(store: CatalogStore) -> None:
    store.record_host("web3", "web3:/srv/photodesk", 0, seen_at=EIGHT_DAYS_AGO)
    store.record_host("web3", "web3:/srv/photodesk", 0)  # it came back and reported between a read and the forget
    assert not store.forget_host("web3", seen_before=EIGHT_DAYS_AGO)
    assert store.forget_host("web3") and store.replica_hosts() == [] and not store.forget_host("web3")


def test_seen_ago_says_the_largest_whole_unit() -> None:
    now = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)
    assert replica.seen_ago("2026-12-07T08:59:30+00:00", now) == "just now"
    assert replica.seen_ago("2026-12-07T08:55:00+00:00", now) == "5 minutes ago"
    assert replica.seen_ago("2026-12-07T07:59:00+00:00", now) == "1 hour ago"
    assert replica.seen_ago("2026-11-29T08:00:00+00:00", now) == "8 days ago"


def test_hosts_list_and_forget_on_the_command_line(catalog_settings: Settings) -> None:
    from click.testing import CliRunner

    from scripts.cli import cli

    arguments = ["--data", str(catalog_settings.data_dir)]
    if catalog_settings.catalog_url:
        arguments += ["--catalog", catalog_settings.catalog_url]
    with CatalogStore(catalog_settings.catalog_url or catalog_settings.catalog_path) as store:
        store.upsert(make_asset(1))
        store.record_host("0f3a9e", "web3:/srv/photodesk", 0, seen_at=EIGHT_DAYS_AGO)
        store.record_host("7bc120", "web2:/srv/photodesk", 1)
    runner = CliRunner()
    listed = runner.invoke(cli, ["hosts", "list", *arguments], catch_exceptions=False).output.splitlines()
    assert listed == [
        f"0f3a9e  host web3:/srv/photodesk: applied change 0, 1 change behind, last seen {EIGHT_DAYS_AGO} "
        "(8 days ago); stale (not seen for 7 days): holds no change back",
        listed[1]]
    assert listed[1].startswith("7bc120  host web2:/srv/photodesk: applied change 1, up to date, last seen ")
    assert listed[1].endswith("(just now)")

    refused = runner.invoke(cli, ["hosts", "forget", "web2:/srv/photodesk", *arguments])
    assert refused.exit_code == 2 and "within the stale limit of 7 days" in refused.output
    forgotten = runner.invoke(cli, ["hosts", "forget", "0f3a9e", *arguments], catch_exceptions=False)
    assert forgotten.exit_code == 0
    assert forgotten.output == f"host web3:/srv/photodesk (0f3a9e): forgotten, last seen {EIGHT_DAYS_AGO}\n"
    forced = runner.invoke(cli, ["hosts", "forget", "--force", "web2:/srv/photodesk", *arguments], catch_exceptions=False)
    assert forced.exit_code == 0
    emptied = runner.invoke(cli, ["hosts", "list", "--json", *arguments], catch_exceptions=False)
    assert emptied.output.strip() == "[]"


def test_the_stale_limit_comes_from_the_environment_and_must_be_a_positive_number(tmp_path: Path) -> None:
    from catalog.errors import ConfigurationError

    assert Settings.from_sources(tmp_path, environ={}).host_stale_days == 7
    assert Settings.from_sources(tmp_path, environ={"PHOTODESK_HOST_STALE_DAYS": "2.5"}).host_stale_days == 2.5
    with pytest.raises(ConfigurationError, match="PHOTODESK_HOST_STALE_DAYS must be a number greater than 0"):
        Settings.from_sources(tmp_path, environ={"PHOTODESK_HOST_STALE_DAYS": "0"})
