"""``photodesk import / export / show / check`` through the installed command."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from catalog.ingest import import_lock
from catalog.settings import Settings
from catalog.store import CatalogStore
from media import samples_dir
from media.store import MediaStore
from tests.helpers.photo_files import write_photo, write_photos

pytestmark = pytest.mark.slow  # each test runs the photodesk command in new processes

PHOTODESK = str(Path(sys.executable).with_name("photodesk"))
HANG = 120  # seconds: a child that has not exited by then hangs (a guard, not a speed test)
EXPORT_KEYS = {
    "id", "sha256", "file_size", "filename", "source_path", "format", "mime", "width", "height",
    "caption", "headline", "title", "creators", "credit", "caption_credit", "agency", "photographers",
    "distributor", "credit_qualifiers", "source", "copyright", "usage_terms", "web_statement",
    "special_instructions", "restrictions", "keywords", "city", "sublocation", "state", "country",
    "country_code", "date_created", "camera_make", "camera_model", "gps_lat", "gps_lon", "job_id",
    "articles", "imported_at", "warnings",
}


def photodesk(settings: Settings, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PHOTODESK, *args, "--data", str(settings.data_dir)], capture_output=True, text=True)


@pytest.fixture
def imported(settings: Settings, tmp_path: Path) -> list[str]:
    """Three photos imported; their asset ids."""
    write_photos(tmp_path / "in", 3)
    done = photodesk(settings, "import", "--json", str(tmp_path / "in"))
    assert done.returncode == 0, done.stderr
    with CatalogStore(settings.catalog_path) as store:
        return [asset.id for asset in store.iter_assets()]


def test_import_prints_a_summary_and_no_progress_bar_without_a_terminal(settings: Settings, tmp_path: Path) -> None:
    write_photos(tmp_path / "in", 2)
    done = photodesk(settings, "import", str(tmp_path / "in"))
    assert done.returncode == 0
    assert re.fullmatch(r"2 imported, 0 unchanged, 0 failed in \d+\.\d s\n", done.stdout)
    assert done.stderr == ""  # no bar: stderr is not a terminal
    again = photodesk(settings, "import", str(tmp_path / "in"))
    assert again.stdout.startswith("0 imported, 2 unchanged, 0 failed in ")


def test_import_json_lists_failures_and_warnings_and_exits_one(settings: Settings, tmp_path: Path) -> None:
    write_photos(tmp_path / "in", 2)
    (tmp_path / "in" / "notes.jpg").write_text("shopping list\n")
    source = write_photo(tmp_path / "src.jpg", seed=9, size=(1200, 900)).read_bytes()
    (tmp_path / "in" / "cut.jpg").write_bytes(source[: len(source) // 2])
    done = photodesk(settings, "import", "--json", "--jobs", "1", str(tmp_path / "in"))
    assert done.returncode == 1
    summary = json.loads(done.stdout)
    assert set(summary) == {"imported", "unchanged", "failed", "warnings", "seconds"}
    assert summary["imported"] == 3 and summary["unchanged"] == 0
    assert [item["path"] for item in summary["failed"]] == [str(tmp_path / "in" / "notes.jpg")]
    assert summary["failed"][0]["reason"]
    assert {item["path"] for item in summary["warnings"]} == {str(tmp_path / "in" / "cut.jpg")}
    assert f"{tmp_path / 'in' / 'notes.jpg'}: {summary['failed'][0]['reason']}" in done.stderr


def test_failures_are_listed_together_after_the_warnings(settings: Settings, tmp_path: Path) -> None:
    # Among many warning lines a failure is easy to miss: the end of the output lists them again.
    write_photos(tmp_path / "in", 1)
    (tmp_path / "in" / "notes.jpg").write_text("shopping list\n")
    (tmp_path / "in" / "empty.png").write_bytes(b"")
    source = write_photo(tmp_path / "src.jpg", seed=9, size=(1200, 900)).read_bytes()
    for number in range(3):
        (tmp_path / "in" / f"cut{number}.jpg").write_bytes(source[: len(source) // 2 + number])
    done = photodesk(settings, "import", "--jobs", "1", str(tmp_path / "in"))
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    recap = lines.index("2 failed:")
    assert all("warning:" not in line for line in lines[recap:])
    assert all(": warning:" not in line for line in lines[recap + 1 :])
    listed = sorted(line.strip().split(": ")[0] for line in lines[recap + 1 : recap + 3])
    assert listed == sorted(str(tmp_path / "in" / name) for name in ("empty.png", "notes.jpg"))
    assert sum(": warning:" in line for line in lines[:recap]) >= 3
    quiet = photodesk(settings, "import", "--quiet", str(tmp_path / "in"))
    assert "failed:" not in quiet.stderr  # no warnings shown: the failure lines are all there is
    assert quiet.stderr.count("notes.jpg") == 1


def test_import_without_a_path_imports_the_bundled_samples(settings: Settings) -> None:
    samples = sorted(p for p in samples_dir().glob("*.jpg"))
    assert samples, "media/samples/ holds the demo photos"
    done = photodesk(settings, "import", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["imported"] == len(samples)


def test_the_size_limits_come_from_flags_or_the_environment(settings: Settings, tmp_path: Path) -> None:
    write_photo(tmp_path / "in" / "big.jpg", seed=3, size=(1600, 1000))  # 1.6 megapixels, ~0.1 MiB
    write_photo(tmp_path / "in" / "small.jpg", seed=4, size=(800, 600))  # 0.48 megapixels
    done = photodesk(settings, "import", "--json", "--max-megapixels", "1", str(tmp_path / "in"))
    assert done.returncode == 1
    summary = json.loads(done.stdout)
    assert summary["imported"] == 1
    assert [item["path"] for item in summary["failed"]] == [str(tmp_path / "in" / "big.jpg")]
    assert "1600×1000 px exceeds the 1-megapixel limit" in summary["failed"][0]["reason"]

    strict = {**os.environ, "PHOTODESK_MAX_FILE_MB": "0.001"}  # about 1 kB: every photo is too big
    done = subprocess.run([PHOTODESK, "import", "--json", "--data", str(tmp_path / "other"), str(tmp_path / "in")],
                          capture_output=True, text=True, env=strict)
    assert done.returncode == 1
    failed = json.loads(done.stdout)["failed"]
    assert len(failed) == 2 and all("file-size limit" in item["reason"] for item in failed)

    broken = {**os.environ, "PHOTODESK_MAX_MEGAPIXELS": "lots"}
    done = subprocess.run([PHOTODESK, "import", "--data", str(tmp_path / "other"), str(tmp_path / "in")],
                          capture_output=True, text=True, env=broken)
    assert done.returncode == 2
    assert "PHOTODESK_MAX_MEGAPIXELS must be a number, not 'lots'" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_missing_path_is_a_usage_error(settings: Settings, tmp_path: Path) -> None:
    done = photodesk(settings, "import", str(tmp_path / "nowhere"))
    assert done.returncode == 2
    assert "does not exist" in done.stderr


def test_import_waits_for_an_import_already_running(settings: Settings, tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "a.jpg")
    with import_lock(settings.data_dir):
        waiting = subprocess.Popen([PHOTODESK, "import", "--data", str(settings.data_dir), str(photo)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first_line = waiting.stderr.readline()
        assert "another import is running" in first_line and "waiting" in first_line
    out, _ = waiting.communicate(timeout=HANG)
    assert waiting.returncode == 0
    assert out.startswith("1 imported")


@pytest.mark.parametrize("delay", [0.0, 0.5], ids=["at-once", "after-waiting-a-while"])
def test_ctrl_c_while_waiting_for_the_lock_stops_at_once(settings: Settings, tmp_path: Path, delay: float) -> None:
    # At once: the signal may land while the import is still opening the catalog. After a
    # while: the import is polling the lock, and its Ctrl-C handler only sets a flag.
    photo = write_photo(tmp_path / "a.jpg")
    with import_lock(settings.data_dir):
        waiting = subprocess.Popen([PHOTODESK, "import", "--data", str(settings.data_dir), str(photo)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert "waiting" in waiting.stderr.readline()
        time.sleep(delay)
        waiting.send_signal(signal.SIGINT)
        out, err = waiting.communicate(timeout=HANG)  # returns while the lock is still held: it did not wait on
    assert waiting.returncode == 130
    assert out.startswith("0 imported, 0 unchanged, 0 failed")
    assert "interrupted" in err


def test_export_jsonl_and_csv_carry_every_contract_key(settings: Settings, imported: list[str]) -> None:
    lines = photodesk(settings, "export").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert sorted(r["id"] for r in records) == sorted(imported)
    assert all(EXPORT_KEYS <= set(r) for r in records)
    assert records[0]["creators"] == ["Ana Núñez"] and records[0]["articles"] == []
    table = list(csv.DictReader(io.StringIO(photodesk(settings, "export", "--format", "csv").stdout)))
    assert sorted(row["id"] for row in table) == sorted(imported)
    assert EXPORT_KEYS <= set(table[0])
    assert table[0]["creators"] == "Ana Núñez"


def test_export_with_a_query_prints_only_the_hits(settings: Settings, tmp_path: Path) -> None:
    write_photo(tmp_path / "in" / "flood.jpg", seed=1, caption="Residents wade through floodwater in Mosul.")
    write_photo(tmp_path / "in" / "vote.jpg", seed=2, caption="Voters queue outside a polling station in Zürich.")
    assert photodesk(settings, "import", str(tmp_path / "in")).returncode == 0
    hits = [json.loads(line) for line in photodesk(settings, "export", "mosul").stdout.splitlines()]
    assert [hit["filename"] for hit in hits] == ["flood.jpg"]
    assert photodesk(settings, "export", "nothing-matches-this").stdout == ""


def test_show_puts_the_credit_line_and_restrictions_first(settings: Settings, imported: list[str]) -> None:
    shown = photodesk(settings, "show", imported[0])
    assert shown.returncode == 0
    first, second = shown.stdout.splitlines()[:2]
    assert first.startswith("Credit line:") and "AP" in first
    assert second.startswith("Restrictions:")
    assert "Ana Núñez" in shown.stdout
    as_json = json.loads(photodesk(settings, "show", imported[0], "--json").stdout)
    assert as_json["id"] == imported[0] and EXPORT_KEYS <= set(as_json)
    missing = photodesk(settings, "show", "0000000000000000")
    assert missing.returncode == 1 and "no asset with id 0000000000000000" in missing.stderr


def test_check_finds_and_repairs_missing_and_orphaned_files(settings: Settings, imported: list[str]) -> None:
    assert photodesk(settings, "check").returncode == 0
    media = MediaStore(settings.media_dir)
    with CatalogStore(settings.catalog_path) as store:
        asset = store.get(imported[0])
    media.path_for(asset.sha256, "thumb").unlink()
    orphan = "ab" * 32
    media.path_for(orphan, "preview").parent.mkdir(parents=True, exist_ok=True)
    media.path_for(orphan, "preview").write_bytes(b"left over")
    (settings.media_dir / "tmp").mkdir(exist_ok=True)
    (settings.media_dir / "tmp" / "half-written.jpg").write_bytes(b"\xff\xd8")

    found = photodesk(settings, "check")
    assert found.returncode == 1
    assert f"{asset.id}: the thumb is missing" in found.stdout
    assert f"{orphan[:16]}: files in the media store for content the catalog does not know" in found.stdout
    assert "a temporary file left by an interrupted import" in found.stdout
    assert "\n3 problems (3 assets); `photodesk check --repair` fixes what it can\n" in found.stdout

    repaired = photodesk(settings, "check", "--repair")
    assert repaired.returncode == 0, repaired.stdout
    assert repaired.stdout.count("(repaired)") == 3
    assert media.path_for(asset.sha256, "thumb").is_file()
    assert photodesk(settings, "check").stdout == "catalog, media store and index agree (3 assets)\n"


def test_check_reports_an_original_that_is_gone_for_good(settings: Settings, tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "a.jpg")
    assert photodesk(settings, "import", "--link", str(photo)).returncode == 0
    photo.unlink()
    repaired = photodesk(settings, "check", "--repair")
    assert repaired.returncode == 1
    assert "the linked original is gone" in repaired.stdout
    assert repaired.stdout.endswith("1 problem (1 asset)\n")


def test_check_repair_brings_back_a_changed_linked_original_only_from_a_source_that_holds_it(settings: Settings, tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "real" / "a.jpg", seed=8)
    picture = photo.read_bytes()
    alias = tmp_path / "alias.jpg"  # imported by this path; the store links to the real file
    alias.symlink_to(photo)
    assert photodesk(settings, "import", "--link", str(alias)).returncode == 0
    with CatalogStore(settings.catalog_path) as store:
        (asset,) = store.iter_assets()
    media = MediaStore(settings.media_dir)
    thumb = media.path_for(asset.sha256, "thumb").read_bytes()
    write_photo(photo, seed=9)  # the linked file now holds another picture
    refused = photodesk(settings, "check", "--repair")
    assert refused.returncode == 1 and "(repaired)" not in refused.stdout
    assert f"{asset.id}: the linked original has changed since it was imported: its file no longer holds this picture" in refused.stdout
    assert media.path_for(asset.sha256, "thumb").read_bytes() == thumb  # nothing remade from the other picture
    kept = tmp_path / "kept.jpg"
    kept.write_bytes(picture)
    alias.unlink()
    alias.symlink_to(kept)  # the path it was imported from holds the picture again
    repaired = photodesk(settings, "check", "--repair")
    assert repaired.returncode == 0 and "(repaired)" in repaired.stdout, repaired.stdout
    original = media.path_for(asset.sha256, "original")
    assert not original.is_symlink() and original.read_bytes() == picture  # copied in, as for a lost original
    assert photodesk(settings, "check").returncode == 0


@pytest.mark.parametrize("command", ["import", "export", "show", "check"])
def test_every_command_has_help(command: str) -> None:
    done = subprocess.run([PHOTODESK, command, "--help"], capture_output=True, text=True)
    assert done.returncode == 0
    assert "--data" in done.stdout
