"""``photodesk watch`` as it runs: real files written slowly, renamed into place, dropped by hundreds,
and a watcher SIGKILLed mid-way and started again — with file events and with the polling fallback.

Each test runs the installed command in its own process over a temp folder and waits on the
catalog (read-only, as another process sees it), never on the clock.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from catalog.settings import Settings
from tests.helpers.photo_files import write_photo, write_photos

pytestmark = pytest.mark.slow

PHOTODESK = str(Path(sys.executable).with_name("photodesk"))
SETTLE = 0.6  # seconds: short for the tests, longer than the pauses of the slow writer below
GUARD = 180  # seconds: a guard against a hang, not a speed test


@pytest.fixture(params=["events", "polling"])
def how(request: pytest.FixtureRequest) -> list[str]:
    """The watcher's options: file events (chosen on a local disk), or the polling fallback."""
    return [] if request.param == "events" else ["--poll", "--poll-interval", "0.2"]


def start_watch(settings: Settings, folder: Path, how: list[str]) -> subprocess.Popen:
    """``photodesk watch`` over ``folder``, its output in files beside the data directory."""
    log = settings.data_dir.parent / f"watch-{time.monotonic_ns()}.log"
    with open(log, "w") as output:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            [PHOTODESK, "watch", "--settle", str(SETTLE), "--jobs", "2", *how, "--data", str(settings.data_dir),
             str(folder)],
            stdout=subprocess.DEVNULL, stderr=output, text=True,
        )
    process.log = log  # type: ignore[attr-defined]
    return process


def watched_drop(settings: Settings, tmp_path: Path, how: list[str]) -> tuple[Path, subprocess.Popen]:
    """An empty drop folder and a watcher over it that has opened the catalog."""
    drop = tmp_path / "drop"
    drop.mkdir()
    watcher = start_watch(settings, drop, how)
    wait_for(lambda: intake_rows(settings) == 0, watcher)
    return drop, watcher


def stop_watch(process: subprocess.Popen) -> str:
    """SIGTERM, as systemd stops it: it must end cleanly (exit 0); its output."""
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=GUARD)
    output = Path(process.log).read_text()  # type: ignore[attr-defined]
    assert process.returncode == 0, output
    assert "stopped watching" in output
    return output


def intake_rows(settings: Settings, status: str | None = None) -> int:
    """Files the intake has recorded (with ``status``), as another process sees the catalog."""
    try:
        db = sqlite3.connect(f"file:{settings.catalog_path}?mode=ro", uri=True, timeout=5)
    except sqlite3.OperationalError:
        return -1
    try:
        where, values = ("WHERE status = ?", (status,)) if status else ("", ())
        return db.execute(f"SELECT count(*) FROM intake {where}", values).fetchone()[0]
    except sqlite3.OperationalError:
        return -1  # the schema is not there yet
    finally:
        db.close()


def catalogued(settings: Settings) -> list[str]:
    """The sha256 of every catalogued asset."""
    db = sqlite3.connect(f"file:{settings.catalog_path}?mode=ro", uri=True, timeout=5)
    try:
        return [row[0] for row in db.execute("SELECT sha256 FROM assets")]
    finally:
        db.close()


def wait_for(condition, process: subprocess.Popen) -> None:
    """Until ``condition()`` holds; fails at once if the watcher died."""
    deadline = time.monotonic() + GUARD
    while not condition():
        assert process.poll() is None, Path(process.log).read_text()  # type: ignore[attr-defined]
        assert time.monotonic() < deadline, "the watcher never got there"
        time.sleep(0.05)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_written_slowly_is_imported_once_complete(settings: Settings, tmp_path: Path, how: list[str]) -> None:
    picture = write_photo(tmp_path / "made" / "slow.jpg", seed=1, size=(1200, 900))
    content = picture.read_bytes()
    drop, watcher = watched_drop(settings, tmp_path, how)  # the catalog is open: watching
    target = drop / "slow.jpg"
    pieces = 10
    with open(target, "wb") as handle:  # over 2.5 s, each pause shorter than the settle time
        for number in range(pieces):
            handle.write(content[number * len(content) // pieces:(number + 1) * len(content) // pieces])
            handle.flush()
            time.sleep(0.25)
    wait_for(lambda: intake_rows(settings) >= 1, watcher)
    time.sleep(SETTLE * 2)  # nothing else may come of it
    output = stop_watch(watcher)
    assert catalogued(settings) == [sha256(picture)], output  # the whole file, once
    assert intake_rows(settings, "imported") == intake_rows(settings) == 1


def test_a_file_renamed_from_a_temporary_name_is_imported(settings: Settings, tmp_path: Path, how: list[str]) -> None:
    drop, watcher = watched_drop(settings, tmp_path, how)
    partial = write_photo(drop / "arriving.jpg.part", seed=2)
    leftover = write_photo(drop / "editor-backup.jpg~", seed=3)
    time.sleep(SETTLE * 3)
    assert intake_rows(settings) == 0  # temporary names are left alone, however long they stay
    partial.rename(drop / "arriving.jpg")
    wait_for(lambda: intake_rows(settings) == 1, watcher)
    stop_watch(watcher)
    assert catalogued(settings) == [sha256(drop / "arriving.jpg")]
    assert leftover.exists()


def test_five_hundred_files_dropped_at_once_are_each_imported_once_in_batches(
    settings: Settings, tmp_path: Path, how: list[str]
) -> None:
    staged = write_photos(tmp_path / "staging", 500, size=(96, 64))
    drop, watcher = watched_drop(settings, tmp_path, how)
    for path in staged:  # as an FTP server or `mv` delivers them: each appears complete, all within a moment
        path.rename(drop / path.name)
    wait_for(lambda: intake_rows(settings) == 500, watcher)
    output = stop_watch(watcher)
    assert sorted(catalogued(settings)) == sorted(sha256(drop / path.name) for path in staged)
    assert intake_rows(settings, "imported") == 500
    runs = [line for line in output.splitlines() if " imported, " in line]
    assert sum(int(line.split()[1]) for line in runs) == 500
    assert len(runs) < 25, output  # taken in batches, not one run per file


@pytest.mark.crash
def test_a_watcher_killed_mid_way_and_started_again_imports_every_file_exactly_once(
    settings: Settings, tmp_path: Path, how: list[str]
) -> None:
    staged = write_photos(tmp_path / "staging", 130, size=(96, 64))
    drop, watcher = watched_drop(settings, tmp_path, how)
    for path in staged[:100]:
        path.rename(drop / path.name)
    wait_for(lambda: len(catalogued(settings)) >= 1, watcher)  # its first batch is committed
    watcher.send_signal(signal.SIGKILL)
    watcher.wait()
    assert len(catalogued(settings)) < 100  # really killed mid-way
    for path in staged[100:]:  # these arrive while nobody watches
        path.rename(drop / path.name)

    again = start_watch(settings, drop, how)
    wait_for(lambda: intake_rows(settings) == 130, again)
    stop_watch(again)
    assert sorted(catalogued(settings)) == sorted(sha256(drop / path.name) for path in staged)
    assert intake_rows(settings, "imported") == 130  # each recorded as imported, once
    checked = subprocess.run([PHOTODESK, "check", "--data", str(settings.data_dir)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.splitlines() == ["catalog, media store and index agree (130 assets)"]
    assert not [name for name in os.listdir(settings.data_dir) if name.endswith(".tmp")]


def test_a_watcher_waiting_for_another_import_stops_cleanly_on_sigterm(settings: Settings, tmp_path: Path) -> None:
    from catalog.ingest import import_lock

    drop = tmp_path / "drop"
    write_photo(drop / "waiting.jpg", seed=9)
    with import_lock(settings.data_dir):  # another import holds the data directory
        watcher = start_watch(settings, drop, [])
        wait_for(lambda: intake_rows(settings) == 0, watcher)  # the catalog is open
        time.sleep(SETTLE * 3)  # the file is complete: the watcher now waits for the lock
        stop_watch(watcher)
    assert intake_rows(settings) == 0  # nothing half-recorded; the next start reads it


def changed_over_a_second_ago(path: Path) -> bool:
    """The file's last change (ctime) is older than the second the watcher allows a late event."""
    return time.time_ns() - path.stat().st_ctime_ns > 1_000_000_000


def test_a_file_in_a_folder_swapped_in_for_the_watched_one_is_imported_by_the_regular_rescan(
    settings: Settings, tmp_path: Path
) -> None:
    staged = write_photo(tmp_path / "staging" / "swapped.jpg", seed=11)
    drop, watcher = watched_drop(settings, tmp_path, ["--rescan", "0.5"])
    write_photo(drop / "first.jpg", seed=10)
    wait_for(lambda: intake_rows(settings) == 1, watcher)  # imported: the observer is up
    wait_for(lambda: changed_over_a_second_ago(staged), watcher)
    # A sync tool swaps in a new folder by renaming: the kernel keeps reporting the old folder
    # (now drop.old), and nothing written in the new one, or moved in with it, sends an event.
    drop.rename(tmp_path / "drop.old")
    staged.parent.rename(drop)
    wait_for(lambda: intake_rows(settings) == 2, watcher)
    output = stop_watch(watcher)
    assert intake_rows(settings, "imported") == 2
    assert "rescanned every 0.5 s" in output
    missed = [line for line in output.splitlines() if "no file event reported" in line]
    assert len(missed) == 1 and "rescan found 1 new or changed files" in missed[0], output
    assert "swapped.jpg" in missed[0]


def says(process: subprocess.Popen, text: str) -> bool:
    """The watcher's output so far holds ``text``."""
    return text in Path(process.log).read_text()  # type: ignore[attr-defined]


@pytest.mark.parametrize("replace", ["deleted-and-made-again", "renamed-away-and-made-again"])
def test_a_watched_folder_replaced_gets_its_file_events_back_without_waiting_for_a_rescan(
    settings: Settings, tmp_path: Path, replace: str
) -> None:
    drop, watcher = watched_drop(settings, tmp_path, ["--rescan", "3600"])  # no rescan while the test runs
    write_photo(drop / "first.jpg", seed=14)
    wait_for(lambda: intake_rows(settings) == 1, watcher)  # imported by its events: the observer is up
    if replace == "deleted-and-made-again":
        shutil.rmtree(drop)
    else:
        drop.rename(tmp_path / "drop.old")  # the old folder lives on, and so would its events
    drop.mkdir()
    wait_for(lambda: says(watcher, "its file events are set up again"), watcher)
    write_photo(drop / "second.jpg", seed=15)
    wait_for(lambda: intake_rows(settings) == 2, watcher)
    output = stop_watch(watcher)
    assert intake_rows(settings, "imported") == 2
    assert "rescanned every 3600 s" in output
    assert output.count("the folder was replaced") == 1, output  # said once
    assert "no file event reported" not in output, output  # it came by its event, not by a walk


def is_stopped(pid: int) -> bool:
    """Every thread of the process is stopped (SIGSTOP has been taken by all of them)."""
    tasks = Path(f"/proc/{pid}/task")
    # /proc/PID/task/TID/stat: "tid (name) state …", the name may hold spaces and parentheses
    return all((task / "stat").read_text().rsplit(")", 1)[1].split()[0] == "T" for task in tasks.iterdir())


@pytest.mark.skipif(not os.path.exists("/proc/sys/fs/inotify/max_queued_events"), reason="inotify only")
def test_an_overflowed_event_queue_makes_the_watcher_rescan_at_once(settings: Settings, tmp_path: Path) -> None:
    queue = int(Path("/proc/sys/fs/inotify/max_queued_events").read_text())
    drop, watcher = watched_drop(settings, tmp_path, ["--rescan", "0"])  # no regular rescan: only the overflow's
    write_photo(drop / "first.jpg", seed=12)
    wait_for(lambda: intake_rows(settings) == 1, watcher)  # imported by its events: the observer is up
    flood = [drop / ".flood-a", drop / ".flood-b"]  # hidden: intake ignores them, inotify does not
    for path in flood:
        path.write_bytes(b"")
    watcher.send_signal(signal.SIGSTOP)  # nobody reads the kernel's queue while it fills
    try:
        wait_for(lambda: is_stopped(watcher.pid), watcher)  # the signal is delivered, not yet taken
        for number in range(queue + 100):  # two names in turn: the kernel merges only repeated events
            os.utime(flood[number % 2])
        lost = write_photo(drop / "lost.jpg", seed=13)  # its events find the queue full: dropped
        wait_for(lambda: changed_over_a_second_ago(lost), watcher)
    finally:
        watcher.send_signal(signal.SIGCONT)
    wait_for(lambda: intake_rows(settings) == 2, watcher)
    output = stop_watch(watcher)
    assert "never rescanned" in output
    assert "file events were lost (the event queue overflowed); looking at every file again" in output
    assert "rescan found 1 new or changed files that no file event reported (" in output, output
    assert intake_rows(settings, "imported") == 2
