"""Broken files made from real ones at test time: each gets the right outcome, the batch goes on."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from catalog.store import CatalogStore
from catalog.settings import Settings
from tests.helpers.photo_files import write_photo, write_photos

pytestmark = pytest.mark.slow  # runs the photodesk command on a batch of files: ~1 s a test

PHOTODESK = str(Path(sys.executable).with_name("photodesk"))


def png_claiming(width: int, height: int) -> bytes:
    """A well-formed PNG whose header declares ``width``×``height`` (a decompression bomb's shape)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def with_corrupt_app13_length(jpeg: bytes) -> bytes:
    """The same JPEG with its APP13 (IPTC) segment length pointing past the end of the file."""
    at = jpeg.index(b"\xff\xed")
    return jpeg[: at + 2] + struct.pack(">H", 0xFFF0) + jpeg[at + 4 :]


@pytest.fixture
def batch(tmp_path: Path) -> dict[str, Path]:
    """A folder of good photos and one of each kind of broken file."""
    folder = tmp_path / "batch"
    good = write_photos(folder, 3)
    source = write_photo(tmp_path / "source.jpg", seed=42, size=(1200, 800)).read_bytes()
    files = {f"good{n}": path for n, path in enumerate(good)}
    broken = {
        "truncated": ("truncated.jpg", source[: len(source) * 2 // 3]),
        "empty": ("empty.jpg", b""),
        "html": ("story.jpg", b"<!DOCTYPE html>\n<html><head><title>Not found</title></head><body>404</body></html>\n"),
        "huge": ("bomb.png", png_claiming(60000, 60000)),
        "app13": ("bad-iptc-length.jpg", with_corrupt_app13_length(source)),
        "wrong_extension": ("really-a-jpeg.png", write_photo(tmp_path / "w.jpg", seed=43).read_bytes()),
    }
    for key, (name, data) in broken.items():
        files[key] = folder / name
        files[key].write_bytes(data)
    return files


def run_cli(settings: Settings, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PHOTODESK, "import", "--data", str(settings.data_dir), *args],
                          capture_output=True, text=True)


def test_each_broken_file_gets_its_outcome_and_the_rest_is_imported(settings: Settings, batch: dict[str, Path]) -> None:
    done = run_cli(settings, "--json", "--jobs", "2", str(batch["good0"].parent))
    assert done.returncode == 1
    summary = json.loads(done.stdout)
    failed = {Path(item["path"]).name: item["reason"] for item in summary["failed"]}
    warned = {}
    for item in summary["warnings"]:
        warned.setdefault(Path(item["path"]).name, []).append(item["warning"])

    assert set(failed) == {"empty.jpg", "story.jpg", "bomb.png"}
    assert failed["empty.jpg"] == "empty file (0 bytes)"
    assert "HTML" in failed["story.jpg"]
    assert "60000×60000 px exceeds the 200-megapixel limit" in failed["bomb.png"]
    for name, reason in failed.items():  # one line each on stderr, naming the file
        assert f"{batch['good0'].parent / name}: {reason}" in done.stderr.splitlines()
    # Damaged but readable: imported, with a warning that says what is wrong.
    assert any("ends early" in w or "truncated" in w for w in warned["truncated.jpg"])
    assert summary["imported"] == 3 + 3  # the good ones, truncated, bad APP13, wrong extension
    assert summary["unchanged"] == 0

    with CatalogStore(settings.catalog_path) as store:
        by_name = {asset.filename: asset for asset in store.iter_assets()}
    assert set(by_name) == {"photo-0000.jpg", "photo-0001.jpg", "photo-0002.jpg",
                            "truncated.jpg", "bad-iptc-length.jpg", "really-a-jpeg.png"}
    assert by_name["really-a-jpeg.png"].format == "JPEG"
    assert by_name["really-a-jpeg.png"].caption.startswith("Photo number 43")
    assert by_name["bad-iptc-length.jpg"].warnings  # the damaged block is reported, not silently dropped


def test_a_batch_of_good_files_exits_zero(settings: Settings, batch: dict[str, Path]) -> None:
    done = run_cli(settings, "--quiet", str(batch["good0"]), str(batch["good1"]))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("2 imported, 0 unchanged, 0 failed in ")
