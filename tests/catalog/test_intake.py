"""catalog.intake: when a file is complete, what is new, and a failure reported once — over a real desk."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest

from catalog.desk import Desk
from catalog.errors import FileProblem
from catalog.ingest import Status
from catalog.intake import (
    FileState,
    Intake,
    Settling,
    is_temporary_name,
    receive_upload,
    upload_name,
)
from catalog.settings import Settings
from tests.helpers.photo_files import write_photo


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("name", ["a.jpg.part", "a.JPG.PART", "a.tmp", "a.jpg~", "a.jpg.crdownload",
                                  "a.jpg.filepart", "a.partial"])
def test_names_a_file_has_while_it_is_written_are_temporary(name: str) -> None:
    assert is_temporary_name(name)


@pytest.mark.parametrize("name", ["a.jpg", "part.jpg", "a.tiff", "tmp", "a~b.jpg"])
def test_ordinary_names_are_not_temporary(name: str) -> None:
    assert not is_temporary_name(name)


def test_a_file_is_ready_once_unchanged_for_the_settle_time_and_not_before(tmp_path: Path) -> None:
    clock = Clock()
    settling = Settling(2.0, clock)
    path = tmp_path / "a.jpg"
    path.write_bytes(b"first part")
    state = FileState(path.stat().st_size, path.stat().st_mtime_ns)
    settling.note(str(path), state)
    clock.now += 1.9
    assert settling.take_ready() == []
    with open(path, "ab") as handle:  # more arrives: the wait starts again
        handle.write(b" and more")
    clock.now += 1.0
    assert settling.take_ready() == []
    assert settling.seconds_to_next() == pytest.approx(2.0)
    clock.now += 2.0
    ready = settling.take_ready()
    assert [found for found, _ in ready] == [str(path)]
    assert ready[0][1].size == len(b"first part and more")
    assert len(settling) == 0


def test_a_file_that_disappears_while_settling_is_forgotten(tmp_path: Path) -> None:
    clock = Clock()
    settling = Settling(1.0, clock)
    path = tmp_path / "a.jpg"
    path.write_bytes(b"x")
    settling.note(str(path), FileState(1, path.stat().st_mtime_ns))
    path.unlink()
    clock.now += 5
    assert settling.take_ready() == []
    assert len(settling) == 0


def test_a_file_known_complete_is_ready_at_once(tmp_path: Path) -> None:
    settling = Settling(30.0, Clock())
    path = tmp_path / "a.jpg"
    path.write_bytes(b"x")
    settling.note(str(path), FileState(1, path.stat().st_mtime_ns), complete=True)
    assert [found for found, _ in settling.take_ready()] == [str(path)]


def intake_over(desk: Desk, folder: Path, settle: float = 0.0) -> Intake:
    def import_files(paths, stop):
        return desk.import_files(paths, jobs=1, stop=stop, roots=[folder])

    return Intake([folder], store=desk.catalog, import_files=import_files, settle=settle,
                  data_dir=desk.settings.data_dir)


@pytest.mark.slow  # imports through worker processes
def test_what_arrived_while_down_is_imported_and_a_failure_is_reported_once_even_after_a_restart(
    catalog_settings: Settings, tmp_path: Path
) -> None:
    settings = catalog_settings  # the intake table on SQLite and on PostgreSQL
    drop = tmp_path / "drop"
    good = write_photo(drop / "good.jpg", seed=1)
    bad = drop / "sub" / "bad.jpg"
    bad.parent.mkdir()
    bad.write_text("<html>not a picture</html>")
    old = time.time() - 60
    for path in (good, bad):
        os.utime(path, (old, old))
    with Desk.open(settings) as desk:
        intake = intake_over(desk, drop, settle=30.0)  # old files are complete without waiting
        assert intake.scan() == 2
        outcomes = {Path(o.path).name: o for o in intake.step()}
        assert outcomes["good.jpg"].status is Status.IMPORTED
        assert outcomes["bad.jpg"].status is Status.FAILED
        assert "not an image" in outcomes["bad.jpg"].reason
        entries = {Path(e.path).name: e for e in desk.catalog.intake_entries()}
        assert entries["bad.jpg"].reason == outcomes["bad.jpg"].reason
        assert entries["good.jpg"].origin == f"folder:{drop}"
        intake.notice(str(bad))  # noticed again, unchanged: not read again
        assert intake.step() == []

    with Desk.open(settings) as desk:  # a restart: the memory is in the catalog
        intake = intake_over(desk, drop)
        assert intake.scan() == 0
        assert intake.step() == []
        bad.write_text("<html>still not a picture, but changed</html>")
        intake.notice(str(bad))
        again = intake.step()
        assert [(Path(o.path).name, o.status) for o in again] == [("bad.jpg", Status.FAILED)]


@pytest.mark.slow  # imports through worker processes
def test_a_file_imported_by_a_run_killed_before_recording_it_is_recorded_as_imported(
    settings: Settings, tmp_path: Path
) -> None:
    drop = tmp_path / "drop"
    picture = write_photo(drop / "a.jpg", seed=4)
    with Desk.open(settings) as desk:
        assert [o.status for o in desk.import_files([picture], jobs=1)] == [Status.IMPORTED]
        intake = intake_over(desk, drop)
        intake.scan()
        assert [o.status for o in intake.step()] == [Status.UNCHANGED]  # the import's own word
        [entry] = desk.catalog.intake_entries()
        assert entry.status == "imported"
        assert entry.at == desk.catalog.get(entry.asset_id).imported_at


@pytest.mark.slow  # imports through worker processes
def test_a_link_in_a_watched_folder_to_a_file_outside_is_not_followed(settings: Settings, tmp_path: Path) -> None:
    outside = write_photo(tmp_path / "private" / "secret.jpg", seed=5)
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "planted.jpg").symlink_to(outside)
    with Desk.open(settings) as desk:
        intake = intake_over(desk, drop)
        intake.scan()
        [outcome] = intake.step()
        assert outcome.status is Status.FAILED
        assert "outside the imported folder" in outcome.reason
        assert desk.catalog.count() == 0


@pytest.mark.parametrize("sent,kept", [("photo.jpg", "photo.jpg"), ("../../etc/passwd", "passwd"),
                                       ("C:\\Users\\ana\\x.jpg", "x.jpg"), (".hidden.jpg", "hidden.jpg"),
                                       ("bad\x00\nname.jpg", "bad__name.jpg"), ("", "upload"), (None, "upload")])
def test_an_uploaded_file_gets_a_plain_name_in_a_folder_of_its_own(sent: str | None, kept: str) -> None:
    assert upload_name(sent) == kept


def test_an_upload_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    path = receive_upload(io.BytesIO(b"x" * 3000), "a.jpg", tmp_path, limit=3000)
    assert path.read_bytes() == b"x" * 3000 and path.name == "a.jpg"
    with pytest.raises(FileProblem, match="larger than the"):
        receive_upload(io.BytesIO(b"x" * 3001), "b.jpg", tmp_path, limit=3000)
    assert [found.name for found in tmp_path.rglob("*") if found.is_file()] == ["a.jpg"]
