"""scripts.folder_watch: file events or polling, chosen by the folder's file system, the polling walk, and
events set up again on a watched folder that was replaced (or, when they cannot be, polling instead)."""

from __future__ import annotations

import errno
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from scripts.folder_watch import EVENTS, POLLING, REPLACED, EventWatch, PollWatch, choose, file_system_type


def mounts_file(tmp_path: Path, *lines: str) -> str:
    path = tmp_path / "mounts"
    path.write_text("".join(f"{line}\n" for line in lines))
    return str(path)


def test_the_longest_mount_point_above_the_folder_gives_its_type(tmp_path: Path) -> None:
    mounts = mounts_file(tmp_path, "/dev/sda1 / ext4 rw 0 0", f"server:/wire {tmp_path}/wire\\040feeds nfs4 rw 0 0")
    assert file_system_type(f"{tmp_path}/wire feeds/ap", mounts) == "nfs4"
    assert file_system_type(f"{tmp_path}/wire", mounts) == "ext4"  # a sibling's prefix is not its mount


def test_a_network_share_is_polled_a_local_disk_watched_by_events_and_poll_forces_polling(tmp_path: Path) -> None:
    mounts = mounts_file(tmp_path, "/dev/sda1 / ext4 rw 0 0", f"//nas/photos {tmp_path}/share cifs rw 0 0")
    shared = choose(f"{tmp_path}/share", mounts=mounts)
    assert shared.method == POLLING and "cifs is a network file system" in str(shared)
    local = choose(f"{tmp_path}/local", mounts=mounts)
    assert local.method == EVENTS and "ext4" in str(local)
    assert choose(f"{tmp_path}/local", poll=True, mounts=mounts).method == POLLING


def test_unreadable_mounts_mean_events(tmp_path: Path) -> None:
    assert choose(str(tmp_path), mounts=str(tmp_path / "missing")).method == EVENTS


def test_a_poll_notices_new_and_changed_files_only(tmp_path: Path) -> None:
    noticed: list[str] = []
    (tmp_path / "a.jpg").write_bytes(b"a")
    (tmp_path / ".hidden.jpg").write_bytes(b"h")
    watch = PollWatch(str(tmp_path), noticed.append, running=False)
    watch.walk_once()
    assert noticed == [str(tmp_path / "a.jpg")]
    noticed.clear()
    watch.walk_once()
    assert noticed == []
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jpg").write_bytes(b"b")
    with open(tmp_path / "a.jpg", "ab") as handle:
        handle.write(b"more")
    os.utime(tmp_path / "a.jpg", ns=(1, 1))
    watch.walk_once()
    assert sorted(noticed) == [str(tmp_path / "a.jpg"), str(tmp_path / "sub" / "b.jpg")]


def noticed_in_time(noticed: list[str], path: Path) -> bool:
    """Wait (generously: a guard against a hang, not a speed test) until ``path`` was noticed."""
    deadline = time.monotonic() + 120
    while str(path) not in noticed:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


@contextmanager
def event_watch(folder: Path, check_every: float) -> Iterator[tuple[EventWatch, list[str], list[tuple[str, str]]]]:
    """A real watchdog observer on a new ``folder``: the watch, the paths it noticed, the (folder, why) it said lost."""
    folder.mkdir()
    noticed: list[str] = []
    lost: list[tuple[str, str]] = []
    watch = EventWatch(str(folder), noticed.append, lambda where, why: lost.append((where, why)),
                       check_every=check_every, interval=check_every)
    try:
        yield watch, noticed, lost
    finally:
        watch.stop()


@pytest.mark.parametrize("replace", ["deleted-and-made-again", "renamed-away-and-made-again"])
def test_a_watched_folder_replaced_gets_its_file_events_back_and_says_so_once(tmp_path: Path, replace: str) -> None:
    drop = tmp_path / "drop"
    with event_watch(drop, check_every=0.05) as (watch, noticed, lost):
        (drop / "before.jpg").write_bytes(b"a")
        assert noticed_in_time(noticed, drop / "before.jpg")  # the observer is up
        if replace == "deleted-and-made-again":
            shutil.rmtree(drop)  # the kernel's inode number may be given to the new folder again
        else:
            drop.rename(tmp_path / "drop.old")  # the old folder lives on: its events would keep coming
        drop.mkdir()
        deadline = time.monotonic() + 120
        while not lost:
            assert time.monotonic() < deadline, "the replaced folder's events were never set up again"
            time.sleep(0.02)
        (drop / "after.jpg").write_bytes(b"b")
        assert noticed_in_time(noticed, drop / "after.jpg")
        assert lost == [(str(drop), REPLACED)]  # said once
        assert not watch.rearm_if_replaced()  # the same folder since: nothing to do


def test_a_watched_folder_gone_is_left_until_it_comes_back(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    with event_watch(drop, check_every=3600) as (watch, noticed, lost):  # only the test looks
        drop.rmdir()
        assert not watch.rearm_if_replaced()
        assert lost == []
        drop.mkdir()
        assert watch.rearm_if_replaced()
        (drop / "back.jpg").write_bytes(b"b")
        assert noticed_in_time(noticed, drop / "back.jpg")
        assert lost == [(str(drop), REPLACED)]



def test_a_folder_whose_events_cannot_be_set_up_again_is_polled_and_that_is_said_once(tmp_path: Path) -> None:
    """What ``rearm_if_replaced`` does when watchdog refuses the folder (the inotify watch limit: the error
    watchdog raises, given here; the limit is the whole machine's, not a test's to lower)."""
    drop = tmp_path / "drop"
    with event_watch(drop, check_every=0.05) as (watch, noticed, lost):
        watch.poll_instead(OSError(errno.ENOSPC, "inotify watch limit reached"))
        assert lost == [(str(drop), "its file events could not be set up again (inotify watch limit reached): "
                                    "it is polled every 0.05 s instead")]
        assert not watch.observer.emitters  # no events any more: every file comes from the walks
        (drop / "late.jpg").write_bytes(b"x")
        assert noticed_in_time(noticed, drop / "late.jpg")
        shutil.rmtree(drop)
        drop.mkdir()  # replaced again: polled by name, nothing to set up, nothing more said
        (drop / "later.jpg").write_bytes(b"y")
        assert noticed_in_time(noticed, drop / "later.jpg")
        assert not watch.rearm_if_replaced()
        assert len(lost) == 1
