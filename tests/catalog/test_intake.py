"""catalog.intake: when a file is complete, what is new, and a failure reported once — over a real desk."""

from __future__ import annotations

import io
import logging
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
from tests.helpers.opened_files import OpenedFiles
from tests.helpers.photo_files import write_photo, write_photos


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


def wait_until_changed_over_a_second_ago(path: Path) -> None:
    """Until the file's last change (its ctime) is older than the second a late event is given."""
    while time.time_ns() - path.stat().st_ctime_ns <= 1_000_000_000:
        time.sleep(0.05)


@pytest.mark.slow  # imports through worker processes
def test_a_rescan_of_a_folder_with_no_changes_opens_no_file_and_finds_what_events_missed(
    settings: Settings, tmp_path: Path, opened_files: OpenedFiles, caplog: pytest.LogCaptureFixture
) -> None:
    drop = tmp_path / "drop"
    pictures = write_photos(drop / "sub", 12, size=(96, 64)) + [write_photo(drop / "top.jpg", seed=40)]
    (drop / "notes.jpg").write_text("<html>not a picture</html>")  # a failure is remembered too
    staged = write_photo(tmp_path / "staging" / "late.jpg", seed=41)  # written outside the folder
    with Desk.open(settings) as desk:
        intake = intake_over(desk, drop)
        intake.scan()
        assert len(intake.step()) == len(pictures) + 1
        opened_files.paths.clear()
        opened_files.recording = True
        try:
            assert intake.rescan() == []
        finally:
            opened_files.recording = False
        assert not [path for path in opened_files.paths if path.startswith(str(drop))]
        assert intake.step() == []  # nothing taken up: nothing to import

        late = staged.rename(drop / "sub" / "late.jpg")  # no notice: as if its event was lost
        wait_until_changed_over_a_second_ago(late)  # no event can still be on its way
        noticed = write_photo(drop / "noticed.jpg", seed=42)
        intake.notice(str(noticed))  # its event came: taken up, but not missed
        with caplog.at_level(logging.WARNING, logger="catalog.intake"):
            assert intake.rescan() == [str(drop / "sub" / "late.jpg")]
        assert "rescan found 1 new or changed files that no file event reported" in caplog.text
        assert "late.jpg" in caplog.text
        assert sorted(Path(o.path).name for o in intake.step()) == ["late.jpg", "noticed.jpg"]


@pytest.mark.slow  # imports through worker processes
def test_a_folder_whose_events_were_lost_is_rescanned_at_once_and_the_others_on_their_schedule(
    settings: Settings, tmp_path: Path
) -> None:
    lost, quiet = tmp_path / "lost", tmp_path / "quiet"
    first = write_photo(lost / "a.jpg", seed=43)
    second = write_photo(quiet / "b.jpg", seed=44)
    with Desk.open(settings) as desk:
        def import_files(paths, stop):
            return desk.import_files(paths, jobs=1, stop=stop, roots=[lost, quiet])

        intake = Intake([lost, quiet], store=desk.catalog, import_files=import_files, settle=0.0,
                        data_dir=settings.data_dir)
        intake.rescan_regularly([lost, quiet], every=3600.0)  # not due during the test
        intake.events_lost(str(lost), "file events were lost")
        imported: list[str] = []

        def report(outcomes):
            imported.extend(Path(o.path).name for o in outcomes)

        intake.run(lambda: bool(imported), report)
        assert imported == [first.name]  # only the folder whose events were lost was walked
        intake.rescan_regularly([lost, quiet], every=0.01)
        intake.run(lambda: len(imported) > 1, report)
        assert imported == [first.name, second.name]
