"""scripts.folder_watch: file events or polling, chosen by the folder's file system, and the polling walk."""

from __future__ import annotations

import os
from pathlib import Path

from scripts.folder_watch import EVENTS, POLLING, PollWatch, choose, file_system_type


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
