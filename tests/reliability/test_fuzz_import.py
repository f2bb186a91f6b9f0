"""Hostile files: hundreds of mutated corpus images through the real import, and the inputs that once broke it.

The fuzzing itself is ``scripts/stress/fuzz_import.py`` over ``scripts/stress/mutations.py`` (one
implementation for the script and this test), run here as a user runs it.
"""

from __future__ import annotations

import json
import os
import random
import select
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from catalog.desk import Desk
from catalog.ingest import Status
from catalog.settings import Settings
from catalog.workers import WorkerPool
from media.reader import read_image
from scripts.stress.mutations import MUTATIONS, family, make_mutants, segments

PROJECT_DIR = Path(__file__).resolve().parents[2]
MUTANTS = 300
SEED = 7


@pytest.fixture(scope="module")
def fuzz_report(corpus_images: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The fuzz script's JSON report on ``MUTANTS`` mutated corpus files (seed ``SEED``)."""
    work = tmp_path_factory.mktemp("fuzz")
    done = subprocess.run(
        [sys.executable, "-m", "scripts.stress.fuzz_import", "--count", str(MUTANTS), "--seed", str(SEED),
         "--corpus", str(corpus_images), "--keep", str(work), "--json"],
        cwd=PROJECT_DIR, capture_output=True, text=True,
    )
    report = json.loads(done.stdout)
    report["exit_code"] = done.returncode
    report["stderr"] = done.stderr
    return report


@pytest.mark.fuzz
def test_every_mutated_file_is_imported_or_fails_with_a_reason(fuzz_report: dict) -> None:
    assert fuzz_report["mutants"] == MUTANTS
    assert fuzz_report["unaccounted"] == []  # each file got exactly one outcome: the batch finished
    assert fuzz_report["internal_errors"] == []  # no crash, no "internal error": every failure has a reason
    assert fuzz_report["imported"] + fuzz_report["unchanged"] + fuzz_report["failed"] == MUTANTS
    assert fuzz_report["check_problems"] == []  # catalog, media store and index agree afterwards
    assert fuzz_report["exit_code"] == 0 and fuzz_report["clean"], fuzz_report["stderr"]
    assert fuzz_report["stderr"] == ""  # decoders' own chatter never reaches the terminal
    # Both sides of the line were exercised: damaged-but-readable and unreadable files.
    assert fuzz_report["with_warnings"] > MUTANTS // 3 and fuzz_report["failed"] > 5
    assert set(fuzz_report["by_kind"]) == set(MUTATIONS)


@pytest.mark.fuzz
def test_no_file_takes_longer_than_the_limit_and_memory_stays_bounded(fuzz_report: dict) -> None:
    assert fuzz_report["time_limit"] == 10.0  # the import's default per-file limit
    assert fuzz_report["slowest"]["seconds"] < 10.0
    # Bounded by the 200-megapixel guard; a metadata zip bomb took 2 GB before it was capped.
    assert 0 < fuzz_report["peak_worker_rss_mb"] < 1500


@pytest.mark.fuzz
def test_the_corpus_files_are_never_modified(fuzz_report: dict) -> None:
    assert fuzz_report["sources_changed"] == []


@pytest.mark.slow
def test_the_same_seed_makes_the_same_files(corpus_images: Path) -> None:
    sources = sorted(p for p in corpus_images.rglob("*") if p.is_file())
    first = [(m.name, m.detail, m.data) for m in make_mutants(sources, 40, seed=3)]
    again = [(m.name, m.detail, m.data) for m in make_mutants(sources, 40, seed=3)]
    other = [(m.name, m.detail, m.data) for m in make_mutants(sources, 40, seed=4)]
    assert first == again and first != other
    assert all(data != Path(sources[0]).read_bytes() for _, _, data in first)


def test_segments_are_found_in_every_container_family(corpus_images: Path) -> None:
    by_family: dict[str, int] = {}
    for path in corpus_images.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            by_family[family(data)] = by_family.get(family(data), 0) + len(segments(data))
    assert all(by_family[name] > 10 for name in ("jpeg", "png", "tiff", "riff", "isobmff")), by_family


# -- the inputs that broke the import, kept as they were found ---------------------------------


def import_one(settings: Settings, path: Path, **options: object) -> list:
    """Import one file with the real components; its outcomes."""
    with Desk.open(settings) as desk:
        return list(desk.import_files([path], jobs=1, **options))


def test_a_raw_file_whose_size_entry_holds_many_values_is_read(corpus_images: Path, settings: Settings, tmp_path: Path) -> None:
    # A bit flip turned the CR2's ExifImageHeight count from 1 into 513: the size became a
    # tuple, and the pixel guard raised TypeError ("internal error while reading").
    data = bytearray((corpus_images / "exiftool" / "CanonRaw.cr2").read_bytes())
    entry = data.index(struct.pack("<HHI", 0xA003, 3, 1))
    struct.pack_into("<I", data, entry + 4, 513)
    path = tmp_path / "flipped.cr2"
    path.write_bytes(bytes(data))
    raw = read_image(path)
    assert raw.pixel_height is None or isinstance(raw.pixel_height, int)
    [outcome] = import_one(settings, path)
    assert outcome.status is Status.IMPORTED, outcome


def test_a_png_with_damaged_exif_still_gets_its_preview(settings: Settings, tmp_path: Path) -> None:
    # An inserted eXIf chunk of garbage made Pillow raise "not a TIFF file" (a SyntaxError)
    # while the previews were made: the file failed as an internal error.
    path = tmp_path / "bad-exif.png"
    Image.new("RGB", (64, 48), (200, 30, 30)).save(path)
    data = path.read_bytes()
    garbage = bytes(range(7, 207))
    chunk = struct.pack(">I", len(garbage)) + b"eXIf" + garbage + struct.pack(">I", zlib.crc32(b"eXIf" + garbage))
    path.write_bytes(data[:33] + chunk + data[33:])
    [outcome] = import_one(settings, path)
    assert outcome.status is Status.IMPORTED, outcome
    assert any("malformed EXIF" in warning for warning in outcome.warnings)
    assert not any("no preview" in warning for warning in outcome.warnings)


def test_a_zip_bomb_in_a_png_text_chunk_is_not_inflated(tmp_path: Path) -> None:
    # 260 KB of zTXt inflating to 256 MB (one of the fuzzer's text bombs): the reader
    # decompressed all of it, 2 GB of memory for a 1 GB bomb.
    path = tmp_path / "bomb.png"
    Image.new("RGB", (64, 48), (30, 30, 200)).save(path)
    path.write_bytes(MUTATIONS["text-bomb"](path.read_bytes(), random.Random(1))[0])
    raw = read_image(path)
    assert any("expands to more than 16 MB" in warning for warning in raw.warnings), raw.warnings


def _alive_after_kill(pid: int) -> bool:
    """True when ``pid`` is still running 30 s after it was sent SIGKILL (it should die at once)."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return False
    try:
        readable, _, _ = select.select([handle], [], [], 30)  # readable once the process has ended
        return not readable
    finally:
        os.close(handle)


def _start_helper_and_hang(pid_file: str) -> None:
    helper = subprocess.Popen([sys.executable, "-c", "import signal; signal.pause()"])
    Path(pid_file).write_text(str(helper.pid))
    never_written, _ = os.pipe()
    os.read(never_written, 1)


@pytest.mark.crash
def test_a_task_over_its_time_limit_is_killed_with_the_programs_it_started(tmp_path: Path) -> None:
    pid_file = tmp_path / "helper.pid"
    with WorkerPool(_start_helper_and_hang, jobs=1, time_limit=1.0) as pool:
        pool.submit(str(pid_file))
        [result] = list(pool.results())
    assert result.error == "reading took longer than 1 s; skipped"
    assert 1.0 <= result.seconds < 5.0
    assert not _alive_after_kill(int(pid_file.read_text()))  # not left spinning on its own


def _ghostscript_pids() -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "comm").read_text().strip() == "gs":
                found.add(int(entry.name))
        except OSError:
            continue
    return found


@pytest.mark.skipif(shutil.which("gs") is None, reason="Ghostscript (Pillow's EPS decoder) is not installed")
@pytest.mark.crash
def test_a_postscript_file_that_never_ends_is_skipped_and_its_ghostscript_killed(settings: Settings, tmp_path: Path) -> None:
    # Pillow renders EPS by running Ghostscript; "{ } loop" keeps it busy for ever. The worker
    # was killed at the time limit, but Ghostscript kept spinning on its own.
    path = tmp_path / "loop.eps"
    path.write_text("%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n%%EndComments\n{ } loop\n")
    before = _ghostscript_pids()
    [outcome] = import_one(settings, path, time_limit=2.0)
    assert outcome.status is Status.FAILED
    assert outcome.reason == "reading took longer than 2 s; skipped"
    assert [pid for pid in _ghostscript_pids() - before if _alive_after_kill(pid)] == []
