"""Streamed zips of pictures: written while read, one file open at a time, metadata embedded, names unique."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from media.archive import (
    ArchiveEntry,
    ChangedWhileSentError,
    picture_entries,
    sized,
    text_entry,
    unique_name,
    zip_length,
    zip_stream,
)
from media.embed import EmbeddedMetadata, embed_in_jpeg, embedded_jpeg_head, save_jpeg

META = EmbeddedMetadata(caption="Waves crash over the sea wall in Málaga. (AP Photo/Lucía Fernández)",
                        credit="AP Photo/Lucía Fernández", city="Málaga")


def make_jpeg(path: Path, meta: EmbeddedMetadata | None = None) -> Path:
    picture = Image.new("RGB", (320, 200), (40, 90, 160))
    if meta is None:
        picture.save(path, "JPEG", exif=Image.Exif())
    else:
        save_jpeg(picture, str(path), meta)
    return path


def test_the_streamed_head_then_the_rest_is_the_same_jpeg_embed_in_jpeg_makes(tmp_path: Path) -> None:
    original = make_jpeg(tmp_path / "old.jpg", EmbeddedMetadata(caption="Old caption", credit="Old"))
    data = original.read_bytes()
    with open(original, "rb") as source:
        head = embedded_jpeg_head(source, META)
        rest = source.read()
    assert head + rest == embed_in_jpeg(data, META)
    assert len(rest) > len(data) // 2  # the pixels are copied, not re-read into the head


def test_entries_are_opened_only_when_written_and_chunks_come_out_before_the_end(tmp_path: Path) -> None:
    paths = [make_jpeg(tmp_path / f"{n}.jpg") for n in range(3)]
    opened: list[str] = []

    def opener(path: Path):
        def open_now():
            opened.append(path.name)
            return open(path, "rb")
        return open_now

    entries = [entry for path in paths for entry in picture_entries(path.name, opener(path), META, size=path.stat().st_size)]
    stream = zip_stream(entries)
    first = next(stream)
    assert opened == ["0.jpg"] and first.startswith(b"PK\x03\x04")
    data = first + b"".join(stream)
    assert opened == ["0.jpg", "1.jpg", "2.jpg"]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == ["0.jpg", "1.jpg", "2.jpg"]
        assert archive.read("1.jpg") == embed_in_jpeg(paths[1].read_bytes(), META)
        assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_STORED}


def test_other_formats_go_as_they_are_with_an_xmp_sidecar_and_a_jpeg_name_that_lies_is_not_touched(tmp_path: Path) -> None:
    png = tmp_path / "chart.png"
    Image.new("RGB", (50, 40), (1, 2, 3)).save(png)
    liar = tmp_path / "liar.jpg"
    liar.write_bytes(b"GIF89a not really a jpeg")
    entries = (picture_entries("chart.png", lambda: open(png, "rb"), META, size=png.stat().st_size)
               + picture_entries("liar.jpg", lambda: open(liar, "rb"), META, size=liar.stat().st_size)
               + [text_entry("left-out.txt", "1 picture was left out of this zip:\nx.jpg (abc): killed\n")])
    target = tmp_path / "out.zip"
    target.write_bytes(b"".join(zip_stream(entries)))
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == ["chart.png", "chart.xmp", "liar.jpg", "left-out.txt"]
        assert archive.read("chart.png") == png.read_bytes() and archive.read("liar.jpg") == liar.read_bytes()
        assert archive.getinfo("left-out.txt").compress_type == zipfile.ZIP_DEFLATED
        archive.extractall(tmp_path / "out")
    read = subprocess.run(["exiftool", "-s3", "-XMP-photoshop:Credit", "-XMP-photoshop:City", str(tmp_path / "out" / "chart.xmp")],
                          capture_output=True, text=True, check=True).stdout.split("\n")
    assert read[:2] == ["AP Photo/Lucía Fernández", "Málaga"]
    assert subprocess.run(["unzip", "-tq", str(target)], capture_output=True, text=True).returncode == 0


def test_names_are_made_unique_ignoring_case_and_keep_their_extension() -> None:
    used: set[str] = set()
    assert [unique_name(name, used) for name in ("a.jpg", "A.JPG", "a.jpg", "b", "b", ".hidden")] == [
        "a.jpg", "A (2).JPG", "a (3).jpg", "b", "b (2)", ".hidden"]


def test_an_entry_of_unknown_size_is_read_back_whole(tmp_path: Path) -> None:
    data = b"".join(zip_stream([ArchiveEntry("x.bin", lambda: iter((b"x" * 10,)))]))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.read("x.bin") == b"x" * 10


def mixed_entries(tmp_path: Path) -> list[ArchiveEntry]:
    """A JPEG with metadata, one with none at all, a PNG (with its sidecar), a name that lies, names used twice
    and in Spanish, and the list of pictures left out: each kind of entry a zip of pictures holds."""
    with_meta = make_jpeg(tmp_path / "with-meta.jpg", EmbeddedMetadata(caption="Old caption " * 40, credit="Old"))
    bare = tmp_path / "bare.jpg"
    Image.new("RGB", (64, 48), (9, 9, 9)).save(bare, "JPEG")
    bare.write_bytes(b"\xff\xd8" + bare.read_bytes()[20:])  # not even JFIF: the segments start with the tables
    png = tmp_path / "chart.png"
    Image.new("RGB", (50, 40), (1, 2, 3)).save(png)
    liar = tmp_path / "liar.jpg"
    liar.write_bytes(b"GIF89a not really a jpeg")
    named = [("with-meta.jpg", with_meta), ("bare.jpg", bare), ("chart.png", png), ("liar.jpg", liar),
             ("Málaga ñandú.jpg", with_meta), ("WITH-META.jpg", bare)]
    return ([entry for name, path in named
             for entry in picture_entries(name, lambda path=path: open(path, "rb"), META, size=path.stat().st_size)]
            + [text_entry("left-out.txt", "1 picture was left out of this zip:\nx.jpg (abc): killed, ñ\n")])


def test_the_zips_length_is_known_before_it_is_written_to_the_byte(tmp_path: Path) -> None:
    entries = sized(mixed_entries(tmp_path))
    assert entries is not None and all(entry.size is not None for entry in entries)
    data = b"".join(zip_stream(entries))
    assert zip_length(entries) == len(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == ["with-meta.jpg", "bare.jpg", "chart.png", "chart.xmp", "liar.jpg",
                                      "Málaga ñandú.jpg", "WITH-META (2).jpg", "left-out.txt"]
        assert [info.file_size for info in archive.infolist()] == [entry.size for entry in entries]
        assert archive.read("bare.jpg") == embed_in_jpeg((tmp_path / "bare.jpg").read_bytes(), META)


def test_a_length_that_cannot_be_known_beforehand_is_not_claimed(tmp_path: Path) -> None:
    def missing():
        return open(tmp_path / "gone.jpg", "rb")

    assert sized(picture_entries("gone.jpg", missing, META) + mixed_entries(tmp_path)) is None
    assert sized([ArchiveEntry("x.bin", lambda: iter((b"x" * 10,)))]) is None
    with pytest.raises(ValueError):
        zip_length([ArchiveEntry("x.bin", lambda: iter((b"x" * 10,)))])


def test_a_file_that_changes_after_its_length_was_announced_breaks_the_stream(tmp_path: Path) -> None:
    picture = make_jpeg(tmp_path / "a.jpg")
    entries = sized(picture_entries("a.jpg", lambda: open(picture, "rb"), META))
    picture.write_bytes(picture.read_bytes() + b"more")
    with pytest.raises(ChangedWhileSentError, match="a.jpg"):
        b"".join(zip_stream(entries))


def zeros(count: int):
    block = bytes(1024 * 1024)
    while count > 0:
        yield block[:count]
        count -= len(block)


@pytest.mark.slow
def test_the_length_of_a_zip64_archive_counts_its_larger_headers(tmp_path: Path) -> None:
    """An entry past 4 GB: ZIP64 sizes in its local header, descriptor and central entry, the next entries' offsets
    past 4 GB, and the ZIP64 end records; streamed and counted, never held."""
    big = 2**32 + 7
    entries = [ArchiveEntry("big.bin", lambda: zeros(big), size=big), ArchiveEntry("after.bin", lambda: iter((b"x",)), size=1),
               text_entry("left-out.txt", "nothing left out\n")]
    length, tail = 0, b""
    for chunk in zip_stream(entries):
        length += len(chunk)
        tail = (tail + chunk)[-4096:]
    assert b"PK\x06\x06" in tail and b"PK\x06\x07" in tail  # the ZIP64 end record and its locator
    assert zip_length(entries) == length
