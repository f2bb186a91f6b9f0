"""Readers on real files: made here with Pillow and exiftool, broken on purpose, and the whole corpus."""

from __future__ import annotations

import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from PIL import Image

from catalog.errors import DamagedFileError, FileProblem, NotAnImageError, TooLargeError, UnsupportedFormatError
from catalog.reconcile import reconcile
from media.decode import open_for_derivatives
from media.reader import read_image
from tests.helpers.corpus_location import corpus_location

CAPTION = "Rescue workers search the rubble in Kraków, Poland. (AP Photo/Jürgen Weiß)"
NEWS_TAGS = [
    "-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8",
    f"-IPTC:Caption-Abstract={CAPTION}", f"-XMP-dc:Description={CAPTION}",
    "-IPTC:Headline=Building collapse", "-XMP-photoshop:Headline=Building collapse",
    "-IPTC:By-line=Jürgen Weiß", "-XMP-dc:Creator=Jürgen Weiß",
    "-IPTC:Credit=AP", "-XMP-photoshop:Credit=AP", "-IPTC:Source=Associated Press",
    "-XMP-photoshop:Source=Associated Press", "-XMP-dc:Rights=© 2026 AP", "-IPTC:CopyrightNotice=© 2026 AP",
    "-XMP-xmpRights:UsageTerms=Editorial use only", "-IPTC:SpecialInstructions=NO SALES",
    "-XMP-photoshop:Instructions=NO SALES", "-IPTC:Keywords=rescue", "-IPTC:Keywords=Kraków",
    "-XMP-dc:Subject=rescue", "-XMP-dc:Subject=Kraków", "-IPTC:City=Kraków", "-XMP-photoshop:City=Kraków",
    "-IPTC:Country-PrimaryLocationName=Poland", "-XMP-photoshop:Country=Poland",
    "-IPTC:OriginalTransmissionReference=XNW00042", "-XMP-photoshop:TransmissionReference=XNW00042",
    "-XMP-photoshop:DateCreated=2026:03:21 14:05:09+01:00",
    "-EXIF:Make=Canon", "-EXIF:Model=Canon EOS R5", "-EXIF:DateTimeOriginal=2026:03:21 14:05:09",
    "-EXIF:OffsetTimeOriginal=+01:00", "-EXIF:GPSLatitude=50.06", "-EXIF:GPSLatitudeRef=N",
    "-EXIF:GPSLongitude=19.94", "-EXIF:GPSLongitudeRef=E", "-EXIF:Orientation#=6",
]


def picture(path: Path, size: tuple[int, int] = (64, 48), **options: object) -> Path:
    Image.new("RGB", size, (90, 140, 200)).save(path, **options)
    return path


def exiftool(path: Path, *arguments: str) -> Path:
    subprocess.run(["exiftool", "-q", "-overwrite_original", *arguments, str(path)], check=True)
    return path


def asset_of(path: Path):
    raw = read_image(path)
    return reconcile(raw, sha256="cd" * 32, file_size=path.stat().st_size, source_path=str(path),
                     imported_at="2026-05-01T12:00:00+00:00")


def assert_news_fields(asset) -> None:
    assert asset.caption == CAPTION
    assert asset.headline == "Building collapse"
    assert asset.creators == ("Jürgen Weiß",)
    assert (asset.credit, asset.source, asset.copyright) == ("AP", "Associated Press", "© 2026 AP")
    assert asset.keywords == ("rescue", "Kraków")
    assert (asset.city, asset.country) == ("Kraków", "Poland")
    assert asset.special_instructions == "NO SALES"


def test_jpeg_with_exif_iptc_and_xmp_written_by_exiftool(tmp_path: Path) -> None:
    path = exiftool(picture(tmp_path / "news.jpg", format="JPEG"), *NEWS_TAGS)
    asset = asset_of(path)
    assert_news_fields(asset)
    assert asset.usage_terms == "Editorial use only"
    assert asset.job_id == "XNW00042"
    assert asset.date_created == "2026-03-21T14:05:09+01:00"
    assert (asset.camera_make, asset.camera_model) == ("Canon", "Canon EOS R5")
    assert (asset.gps_lat, asset.gps_lon) == (50.06, 19.94)
    assert (asset.width, asset.height, asset.orientation) == (48, 64, 6)  # turned: displayed portrait
    assert asset.field_sources["caption"] == "XMP-dc:Description"
    assert asset.conflicts == ()
    assert asset.warnings == ()


def test_iim_edited_after_xmp_is_preferred(tmp_path: Path) -> None:
    path = exiftool(picture(tmp_path / "edited.jpg", format="JPEG"), *NEWS_TAGS)
    # exiftool updates the IPTC digest; a tool that does not leaves the old one, as here
    exiftool(path, "-IPTC:Caption-Abstract=Corrected caption", "-Photoshop:IPTCDigest=00000000000000000000000000000000")
    asset = asset_of(path)
    assert asset.caption == "Corrected caption"
    assert asset.field_sources["caption"] == "IPTC:Caption-Abstract"
    assert any(c.field == "caption" for c in asset.conflicts)


@pytest.mark.parametrize(("name", "options"), [
    ("news.png", {"format": "PNG"}), ("news.tif", {"format": "TIFF"}), ("news.webp", {"format": "WEBP"}),
])
def test_other_formats_carry_the_same_fields(tmp_path: Path, name: str, options: dict) -> None:
    path = exiftool(picture(tmp_path / name, **options), *NEWS_TAGS)
    asset = asset_of(path)
    assert asset.caption == CAPTION
    assert asset.creators == ("Jürgen Weiß",)
    assert asset.keywords == ("rescue", "Kraków")
    assert (asset.camera_make, asset.date_created) == ("Canon", "2026-03-21T14:05:09+01:00")
    assert (asset.width, asset.height) == (48, 64)
    if name.endswith(".tif"):  # TIFF holds IIM (tag 33723) as well as XMP (tag 700)
        raw = read_image(path)
        assert [b.location for b in raw.iptc_blocks] == ["TIFF tag 33723"]
        assert raw.xmp_packets[0].location == "TIFF tag 700"


def test_extended_xmp_is_reassembled(tmp_path: Path) -> None:
    long_caption = "A very long caption. " * 4000  # 84 KB: exiftool moves it to ExtendedXMP
    path = exiftool(picture(tmp_path / "long.jpg", format="JPEG"), f"-XMP-dc:Description={long_caption}")
    raw = read_image(path)
    assert raw.xmp_packets[0].get("xmpNote:HasExtendedXMP")
    assert asset_of(path).caption == long_caption.strip()


def test_xmp_sidecars_and_caption_sidecar(tmp_path: Path) -> None:
    path = picture(tmp_path / "frame.jpg", format="JPEG")
    sidecar = tmp_path / "frame.xmp"
    exiftool(path, "-o", str(sidecar), "-XMP-photoshop:Headline=From Lightroom")
    (tmp_path / "frame.txt").write_bytes(b"\xef\xbb\xbfCaption line one\r\nline two\r\n")
    asset = asset_of(path)
    assert asset.headline == "From Lightroom"
    assert asset.caption == "Caption line one\nline two"

    darktable = picture(tmp_path / "other.jpg", format="JPEG")
    exiftool(darktable, "-o", str(tmp_path / "other.jpg.xmp"), "-XMP-dc:Creator=Darktable User")
    assert asset_of(darktable).creators == ("Darktable User",)


def test_ill_formed_xmp_is_tolerated_with_a_warning(tmp_path: Path) -> None:
    path = picture(tmp_path / "bad.jpg", format="JPEG")
    (tmp_path / "bad.xmp").write_bytes(b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><oops></x:xmpmeta>")
    raw = read_image(path)
    assert raw.xmp_sidecar is None
    assert any("ill-formed XMP in sidecar bad.xmp" in w for w in raw.warnings)


# --- broken inputs -----------------------------------------------------------------------------

def test_an_empty_file_is_not_an_image_and_says_zero_bytes(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    with pytest.raises(NotAnImageError) as problem:
        read_image(path)
    assert str(problem.value) == f"{path}: empty file (0 bytes)"


def test_html_named_jpg_is_not_an_image_and_looks_like_a_web_page(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_text("<!DOCTYPE html>\n<html><body>404 Not Found</body></html>\n", encoding="utf-8")
    with pytest.raises(NotAnImageError) as problem:
        read_image(path)
    assert problem.value.reason == "not an image: looks like HTML (a web page)"
    assert problem.value.path == str(path)


def test_png_claiming_60000_by_60000_is_refused_from_its_header(tmp_path: Path) -> None:
    path = picture(tmp_path / "bomb.png", (1, 1), format="PNG")
    data = bytearray(path.read_bytes())
    struct.pack_into(">II", data, 16, 60000, 60000)
    struct.pack_into(">I", data, 29, zlib.crc32(bytes(data[12:29])))  # a valid IHDR CRC: only the size lies
    path.write_bytes(bytes(data))
    with pytest.raises(TooLargeError) as problem:
        read_image(path, max_pixels=200_000_000)
    assert problem.value.reason == "60000×60000 px exceeds the 200-megapixel limit"


def test_a_file_over_the_size_limit_is_refused_with_the_limit_named(tmp_path: Path) -> None:
    path = picture(tmp_path / "big.jpg", format="JPEG")
    with pytest.raises(TooLargeError) as problem:
        read_image(path, max_file_bytes=100)
    assert "exceeds the 100 bytes file-size limit" in problem.value.reason


def test_truncated_jpeg_keeps_its_metadata_with_a_warning(tmp_path: Path) -> None:
    path = exiftool(picture(tmp_path / "cut.jpg", (400, 300), format="JPEG"), *NEWS_TAGS)
    data = path.read_bytes()
    path.write_bytes(data[:len(data) - 200])
    asset = asset_of(path)
    assert asset.caption == CAPTION
    assert any(w.startswith("truncated JPEG") for w in asset.warnings)


def test_jpeg_cut_inside_its_headers_is_damaged(tmp_path: Path) -> None:
    path = exiftool(picture(tmp_path / "stub.jpg", format="JPEG"), *NEWS_TAGS)
    path.write_bytes(path.read_bytes()[:30])
    with pytest.raises(DamagedFileError) as problem:
        read_image(path)
    assert "damaged JPEG file, nothing readable: truncated JPEG" in problem.value.reason


def test_corrupt_app13_length_keeps_what_can_be_read(tmp_path: Path) -> None:
    path = exiftool(picture(tmp_path / "app13.jpg", format="JPEG"), "-IPTC:Headline=Before the damage",
                    "-IPTC:Caption-Abstract=Will be damaged", "-XMP-dc:Creator=Still here")
    data = bytearray(path.read_bytes())
    start = data.index(b"Photoshop 3.0\x00")
    caption = data.index(b"\x1c\x02\x78", start)
    struct.pack_into(">H", data, caption + 3, 0x7FF0)  # the caption claims 32 KB
    path.write_bytes(bytes(data))
    raw = read_image(path)
    asset = reconcile(raw, sha256="ef" * 32, file_size=len(data), source_path=str(path), imported_at="x")
    assert asset.headline == "Before the damage"
    assert asset.creators == ("Still here",)
    assert asset.caption is None
    assert any("IPTC dataset 2:120" in w and "was not read" in w for w in asset.warnings)


def test_wrong_extension_is_read_as_what_it_is(tmp_path: Path) -> None:
    png = exiftool(picture(tmp_path / "really-a-png.png", format="PNG"), "-XMP-dc:Title=PNG inside")
    path = png.rename(tmp_path / "really-a-png.jpg")
    raw = read_image(path)
    assert (raw.format, raw.mime) == ("PNG", "image/png")
    assert asset_of(path).title == "PNG inside"


def test_unsupported_format_is_read_for_metadata_only(corpus_images: Path) -> None:
    path = corpus_images / "exiv2" / "Reagan.jxl"
    raw = read_image(path)
    assert not raw.is_decodable
    assert "unsupported format JPEG XL: metadata only, no preview" in raw.warnings
    assert asset_of(path).caption
    with pytest.raises(UnsupportedFormatError):
        open_for_derivatives(path, raw)


def test_raw_gives_its_embedded_jpeg_preview(tmp_path: Path, corpus_images: Path) -> None:
    raw = read_image(corpus_images / "exiftool" / "Nikon.nef")
    assert (raw.format, raw.mime) == ("NEF", "image/x-nikon-nef")
    assert raw.embedded_preview == (1120, 29)  # (offset, length) of the stub's preview
    # the corpus RAW files are metadata stubs with 29-byte previews: build one with a real preview
    preview = picture(tmp_path / "preview.jpg", (120, 80), format="JPEG").read_bytes()
    dng = tmp_path / "camera.dng"
    dng.write_bytes(_tiny_dng(preview))
    raw = read_image(dng)
    assert raw.format == "DNG"
    with open_for_derivatives(dng, raw) as image:
        assert (image.format, image.size) == ("JPEG", (120, 80))


def _tiny_dng(preview: bytes) -> bytes:
    """A little-endian DNG: IFD0 is the JPEG preview (strip), with DNGVersion and Make."""
    entries = [(0x00FE, 4, 1, 1), (0x0100, 4, 1, 120), (0x0101, 4, 1, 80), (0x0103, 3, 1, 7),
               (0x0106, 3, 1, 6), (0x010F, 2, 4, int.from_bytes(b"Cam\x00", "little")),
               (0x0111, 4, 1, 0), (0x0117, 4, 1, len(preview)), (0xC612, 1, 4, 0x00000401)]
    ifd_size = 2 + 12 * len(entries) + 4
    preview_offset = 8 + ifd_size
    table = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        value = preview_offset if tag == 0x0111 else value
        table += struct.pack("<HHII", tag, kind, count, value)
    return b"II*\x00" + struct.pack("<I", 8) + table + b"\x00\x00\x00\x00" + preview


# --- the whole corpus --------------------------------------------------------------------------

def _corpus_files() -> list[Path]:
    root = corpus_location() / "images"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
@pytest.mark.corpus
def test_every_corpus_file_reads_or_fails_with_a_reason(path: Path) -> None:
    try:
        raw = read_image(path)
    except FileProblem as problem:
        assert problem.path == str(path)
        assert problem.reason and "\n" not in problem.reason
        return
    asset = reconcile(raw, sha256="12" * 32, file_size=path.stat().st_size, source_path=str(path),
                      imported_at="2026-05-01T12:00:00+00:00")
    assert asset.format == raw.format
    try:
        image = open_for_derivatives(path, raw)
    except FileProblem as problem:
        assert problem.reason
    else:
        image.close()


def test_corpus_failures_are_the_known_broken_files(corpus_images: Path) -> None:
    failures = {}
    for path in _corpus_files():
        try:
            read_image(path)
        except FileProblem as problem:
            failures[str(path.relative_to(corpus_images))] = (type(problem).__name__, problem.reason)
    assert failures == {
        "exiv2/exiv2-bug1247.jpg": (
            "DamagedFileError",
            "damaged JPEG file, nothing readable: truncated JPEG: the file ends inside its header segments "
            "(after 17 bytes)"),
        "exiv2/issue_1830_poc.tiff": (
            "DamagedFileError",
            "damaged TIFF file, nothing readable: TIFF structure problem: the IFD0 directory offset is invalid"),
        "exiv2/issue_428_poc6.png": (
            "DamagedFileError",
            "damaged PNG file, nothing readable: PNG header (IHDR) missing: the file does not start like a PNG "
            "picture"),
    }


def _bytes_read_by_this_process() -> int:
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="needs Linux /proc/self/io")
@pytest.mark.parametrize("name", ["huge.jpg", "huge.png", "huge.tif"])
@pytest.mark.slow
def test_metadata_is_read_without_reading_the_whole_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    format_name = {"jpg": "JPEG", "png": "PNG", "tif": "TIFF"}[name.rsplit(".", 1)[1]]
    Image.effect_noise((1200, 900), 60).convert("RGB").save(path, format_name)  # noise: megabytes of pixels
    exiftool(path, *NEWS_TAGS)
    if name.endswith(".jpg"):
        with open(path, "r+b") as handle:  # a 1 GB file: picture data (sparse) after the metadata
            handle.truncate(1024 ** 3)
            handle.seek(-2, 2)
            handle.write(b"\xff\xd9")
    assert path.stat().st_size > 1024 * 1024
    before = _bytes_read_by_this_process()
    asset = asset_of(path)
    assert _bytes_read_by_this_process() - before < 256 * 1024
    assert asset.caption == CAPTION
