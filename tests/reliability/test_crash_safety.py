"""SIGKILL a running ``photodesk import`` or ``photodesk reindex`` at many points; a re-run or
``photodesk check --repair`` leaves catalog, media store and index whole and agreeing.

Two ways to choose the moment: by progress (rows committed, watched from outside), and by
the process's own writes: an audit hook in the command's process counts every file it
creates, renames or removes under the data directory and SIGKILLs the process just before
the Nth (``KILL_HOOK``), so even the rename that switches index generations is hit exactly.
The points are drawn with fixed seeds from the writes a full run makes.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.check import check
from catalog.desk import Desk
from catalog.settings import Settings
from catalog.store import CatalogStore
from index import SearchIndex
from media.store import MediaStore
from tests.helpers.photo_files import write_photos

pytestmark = pytest.mark.crash  # SIGKILLs photodesk at many points: about 45 s in all

PHOTODESK = str(Path(sys.executable).with_name("photodesk"))
FILES = 300
# Kill as soon as the import holds its lock, then after the first rows, then deep in the run.
KILL_AT_ROWS = (0, 1, 90, 200)
REINDEX_KILLS, REINDEX_SEED = 12, 20240501
IMPORT_KILLS, IMPORT_SEED = 8, 20240502

# Runs a photodesk command with an audit hook that SIGKILLs it just before its Nth write
# (open for writing, rename, remove, mkdir, rmdir, rmtree) under the data directory; with
# N = 0 it only counts, and writes the count to a file when the command exits.
KILL_HOOK = """
import atexit, os, signal, sys
data, at, count_file = os.environ["KILL_DATA"], int(os.environ["KILL_AT"]), os.environ["KILL_COUNT_FILE"]
writes = 0
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
EVENTS = {"os.rename", "os.remove", "os.rmdir", "os.mkdir", "shutil.rmtree", "os.truncate", "os.symlink"}

def hook(event, args):
    global writes
    if event == "open":
        mode, flags = args[1], args[2]
        if not ((isinstance(mode, str) and any(c in mode for c in "wax+"))
                or (mode is None and isinstance(flags, int) and flags & WRITE_FLAGS)):
            return
    elif event not in EVENTS:
        return
    if not isinstance(args[0], (str, bytes, os.PathLike)) or not os.fsdecode(args[0]).startswith(data):
        return
    writes += 1
    if writes == at:
        os.kill(os.getpid(), signal.SIGKILL)

sys.addaudithook(hook)
atexit.register(lambda: open(count_file, "w").write(str(writes)))
from scripts.cli import main
main()
"""


def catalog_rows(settings: Settings) -> int:
    """Rows committed so far (read-only, as another process sees them)."""
    try:
        db = sqlite3.connect(f"file:{settings.catalog_path}?mode=ro", uri=True, timeout=5)
    except sqlite3.OperationalError:
        return -1  # not created yet
    try:
        return db.execute("SELECT count(*) FROM assets").fetchone()[0]
    except sqlite3.OperationalError:
        return -1  # created, schema not committed yet
    finally:
        db.close()


def import_until(settings: Settings, folder: Path, rows: int) -> bool:
    """Start an import and SIGKILL it once ``rows`` assets are committed; False if it finished first."""
    process = subprocess.Popen(
        [PHOTODESK, "import", "--quiet", "--jobs", "2", "--data", str(settings.data_dir), str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    lock = settings.data_dir / "import.lock"
    while process.poll() is None:
        holds_lock = lock.exists() and lock.read_text().strip() == str(process.pid)
        if holds_lock and catalog_rows(settings) >= rows:
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        try:
            process.wait(timeout=0.01)  # wake when it exits, or look at the catalog again
        except subprocess.TimeoutExpired:
            pass
    return False


def test_ctrl_c_saves_what_was_read_prints_the_summary_and_exits_non_zero(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "wire"
    write_photos(folder, FILES)
    process = subprocess.Popen(
        [PHOTODESK, "import", "--json", "--jobs", "2", "--data", str(settings.data_dir), str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    while process.poll() is None and catalog_rows(settings) < 1:
        try:
            process.wait(timeout=0.01)
        except subprocess.TimeoutExpired:
            pass
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=300)  # a guard against a hang, not a speed test
    assert process.returncode == 130, err
    assert "interrupted" in err
    summary = json.loads(out)
    assert 0 < summary["imported"] < FILES
    assert catalog_rows(settings) == summary["imported"]  # everything reported is committed


def test_killed_imports_leave_every_file_exactly_once(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "wire"
    photos = write_photos(folder, FILES)
    kills = [import_until(settings, folder, rows) for rows in KILL_AT_ROWS]
    assert kills[:3] == [True, True, True]  # the import was really interrupted mid-way

    done = subprocess.run(
        [PHOTODESK, "import", "--quiet", "--json", "--data", str(settings.data_dir), str(folder)],
        capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr

    expected = {hashlib.sha256(p.read_bytes()).hexdigest() for p in photos}
    media = MediaStore(settings.media_dir)
    with CatalogStore(settings.catalog_path) as store:
        assets = list(store.iter_assets())
        assert sorted(a.sha256 for a in assets) == sorted(expected)  # each exactly once
        for asset in assets:
            assert store.renditions(asset.sha256) == ("preview", "thumb")
            assert media.verify(asset.sha256, ("preview", "thumb"), file_size=asset.file_size) == []
    assert media.stored_hashes() == expected
    assert media.temporary_files() == []

    checked = subprocess.run([PHOTODESK, "check", "--data", str(settings.data_dir)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.splitlines() == [f"catalog, media store and index agree ({FILES} assets)"]


# -- killed at the Nth write: reindex and import -------------------------------------------------


def run_killed_at(settings: Settings, point: int, *arguments: str) -> subprocess.CompletedProcess:
    """Run ``photodesk ARGUMENTS`` and SIGKILL it just before its ``point``-th write (0: never)."""
    count_file = settings.data_dir.parent / "writes.count"
    count_file.unlink(missing_ok=True)
    environment = {**os.environ, "KILL_DATA": str(settings.data_dir), "KILL_AT": str(point),
                   "KILL_COUNT_FILE": str(count_file)}
    done = subprocess.run([sys.executable, "-c", KILL_HOOK, *arguments, "--data", str(settings.data_dir)],
                          env=environment, capture_output=True, text=True)
    done.writes = int(count_file.read_text()) if count_file.exists() else None  # type: ignore[attr-defined]
    return done


def kill_points(total: int, count: int, seed: int) -> list[int]:
    """``count`` distinct write numbers in 1..total, always with the first and the last."""
    inner = random.Random(seed).sample(range(2, total), min(count - 2, max(0, total - 2)))
    return sorted({1, total, *inner})


def repair(settings: Settings) -> list[str]:
    """``photodesk check --repair``, in this process: the problems it reported."""
    with Desk.open(settings) as desk:
        return [str(p) for p in desk.check(repair=True)]


def assert_whole(settings: Settings, expected: set[str], *, complete: bool = True) -> None:
    """Catalog, media store and index agree, each file at most (``complete``: exactly) once, nothing temporary left."""
    media = MediaStore(settings.media_dir)
    with CatalogStore(settings.catalog_path) as store, SearchIndex(settings.index_dir) as index:
        catalogued = [asset.sha256 for asset in store.iter_assets()]
        assert len(catalogued) == len(set(catalogued))  # never twice
        assert set(catalogued) == expected if complete else set(catalogued) <= expected
        assert media.stored_hashes() == set(catalogued)
        assert dict(index.stamps()) == store.stamps()  # the index holds each record at its stamp
        assert index.search("").total == len(catalogued)
        problems = [str(p) for p in check(store, media, indexer=index)]
    assert problems == []
    assert media.temporary_files() == []
    if not settings.index_dir.exists():
        assert catalogued == []  # killed before the first batch
        return
    index_files = sorted(path.name for path in settings.index_dir.iterdir())
    generations = [name for name in index_files if name.startswith("gen-")]
    assert set(index_files) - set(generations) == {"CURRENT", "writer.lock"}, index_files
    assert 1 <= len(generations) <= 2  # the live one and the one before it, for searchers finishing a query
    current = settings.index_dir / (settings.index_dir / "CURRENT").read_text().strip()
    assert not [p.name for p in current.iterdir() if re.search(r"\.toc\.|\.tmp$", p.name)]


def test_reindex_killed_at_many_points_leaves_searches_working_and_is_made_whole(settings: Settings, tmp_path: Path) -> None:
    photos = write_photos(tmp_path / "wire", 40)
    expected = {hashlib.sha256(p.read_bytes()).hexdigest() for p in photos}
    imported = subprocess.run([PHOTODESK, "import", "--quiet", "--data", str(settings.data_dir), str(photos[0].parent)],
                              capture_output=True, text=True)
    assert imported.returncode == 0, imported.stderr
    full = run_killed_at(settings, 0, "reindex")
    assert full.returncode == 0 and full.writes > 20, full.stderr  # a rebuild's writes: folders, segments, pointer

    survived = 0
    for number, point in enumerate(kill_points(full.writes, REINDEX_KILLS, REINDEX_SEED)):
        killed = run_killed_at(settings, point, "reindex")
        assert killed.returncode == -signal.SIGKILL, (point, killed.stderr)
        with SearchIndex(settings.index_dir) as index:  # the live generation still answers, whole
            assert index.search("").total == len(expected), point
        if number % 2:
            again = subprocess.run([PHOTODESK, "reindex", "--data", str(settings.data_dir)], capture_output=True, text=True)
            assert again.returncode == 0, again.stderr
        else:
            repaired = subprocess.run([PHOTODESK, "check", "--repair", "--data", str(settings.data_dir)],
                                      capture_output=True, text=True)
            assert repaired.returncode == 0, repaired.stdout
            if 1 < point < full.writes - 1:  # a rebuild died inside its new generation: that is reported
                assert "left in the search index by an interrupted write (repaired)" in repaired.stdout, (point, repaired.stdout)
        assert_whole(settings, expected)
        survived += 1
    assert survived >= REINDEX_KILLS - 1


def test_import_killed_at_many_of_its_writes_is_made_whole_by_a_rerun(tmp_path: Path) -> None:
    photos = write_photos(tmp_path / "wire", 48)
    expected = {hashlib.sha256(p.read_bytes()).hexdigest() for p in photos}
    command = ("import", "--quiet", "--jobs", "2", str(photos[0].parent))
    full = run_killed_at(Settings(data_dir=tmp_path / "calibration"), 0, *command)
    assert full.returncode == 0 and full.writes > 20, full.stderr

    killed = 0
    for number, point in enumerate(kill_points(full.writes, IMPORT_KILLS, IMPORT_SEED)):
        settings = Settings(data_dir=tmp_path / f"killed-at-{point}")
        run = run_killed_at(settings, point, *command)
        assert run.returncode == -signal.SIGKILL, (point, run.stderr)
        killed += 1
        if number % 2:
            repair(settings)  # check --repair heals what the kill left: each file recorded so far, once
            assert_whole(settings, expected, complete=False)
        rerun = subprocess.run([PHOTODESK, *command[:2], "--data", str(settings.data_dir), *command[2:]],
                               capture_output=True, text=True)
        assert rerun.returncode == 0, rerun.stderr
        assert_whole(settings, expected)
    assert killed >= IMPORT_KILLS - 1
