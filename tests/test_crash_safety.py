"""SIGKILL a running ``photodesk import`` at several points; a re-run leaves everything whole."""

from __future__ import annotations

import hashlib
import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from catalog.settings import Settings
from catalog.store import CatalogStore
from media.store import MediaStore
from photo_files import write_photos

PHOTODESK = str(Path(sys.executable).with_name("photodesk"))
FILES = 300
# Kill as soon as the import holds its lock, then after the first rows, then deep in the run.
KILL_AT_ROWS = (0, 1, 90, 200)


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
    out, err = process.communicate()
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
