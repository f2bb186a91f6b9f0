"""Box-structured files: HEIC and AVIF written by pillow-heif and Pillow, JPEG 2000 by Pillow, and
boxes built byte by byte for what no writer here makes (JPEG XL, broken box sizes)."""

from __future__ import annotations

import io
import struct

import pytest
from PIL import Image

from catalog.metadata import RawImage
from media.boxes import iter_boxes, read_isobmff, read_j2c, read_jp2, read_jxl
from tests.helpers.tiff_bytes import ASCII, SHORT, tiff_bytes

XMP = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       '<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="{city}"/>'
       "</rdf:RDF></x:xmpmeta>")
EXIF = b"Exif\x00\x00" + tiff_bytes({0x010F: (ASCII, b"Apple\x00"), 0x0112: (SHORT, (6,))})


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def read(reader, data: bytes, format_name: str) -> RawImage:
    raw = RawImage(format=format_name, mime="image/x-test")
    reader(io.BytesIO(data), data[:65536], raw, len(data))
    return raw


def heic(size: tuple[int, int], **options: object) -> bytes:
    """A HEIC file written by pillow-heif (libheif and x265)."""
    from pillow_heif import register_heif_opener

    register_heif_opener()
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 120, 200)).save(buffer, "HEIF", **options)
    return buffer.getvalue()


def test_heic_gives_its_primary_image_size_exif_and_xmp_items() -> None:
    data = heic((128, 64), exif=EXIF, xmp=XMP.format(city="Tbilisi").encode())
    raw = read(read_isobmff, data, "HEIC")
    # EXIF orientation 6 became the file's rotation (irot): the size is the turned picture's, as shown
    assert (raw.pixel_width, raw.pixel_height) == Image.open(io.BytesIO(data)).size == (64, 128)
    assert raw.exif["Make"] == b"Apple"
    assert [packet.properties for packet in raw.xmp_packets] == [{"photoshop:City": "Tbilisi"}]
    assert raw.orientation is None  # pillow-heif turns the picture itself: nothing to turn again


@pytest.mark.parametrize("size", [(640, 427), (37, 23)])
def test_a_heic_coded_in_whole_blocks_has_the_size_its_clean_aperture_shows(size: tuple[int, int]) -> None:
    data = heic(size)  # x265 codes 640×428 and 64×64; a clap box says what is shown
    raw = read(read_isobmff, data, "HEIC")
    assert (raw.pixel_width, raw.pixel_height) == Image.open(io.BytesIO(data)).size == size


def test_jpeg_2000_gives_its_size_from_the_header_box() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (50, 30)).save(buffer, "JPEG2000")
    raw = read(read_jp2, buffer.getvalue(), "JP2")
    assert (raw.pixel_width, raw.pixel_height) == (50, 30) and raw.warnings == []


def test_jp2_uuid_boxes_give_xmp_iptc_and_exif() -> None:
    xmp_uuid = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
    iptc_uuid = bytes.fromhex("33c7a4d2b81d4723a0baf1a3e097ad38")
    header = box(b"jp2h", box(b"ihdr", struct.pack(">IIHBBBB", 30, 50, 3, 7, 7, 0, 0)))
    data = (box(b"jP  ", b"\r\n\x87\n") + header + box(b"uuid", xmp_uuid + XMP.format(city="Baku").encode())
            + box(b"uuid", iptc_uuid + b"\x1c\x02\x78\x00\x07Caption") + box(b"uuid", b"JpgTiffExif->JP2" + EXIF))
    raw = read(read_jp2, data, "JP2")
    assert (raw.pixel_width, raw.pixel_height) == (50, 30)
    assert raw.xmp_packets[0].get("photoshop:City") == "Baku"
    assert raw.iptc_blocks[0].datasets == [(2, 120, b"Caption")]
    assert raw.exif["Make"] == b"Apple"


def test_a_bare_codestream_gives_its_size_from_siz() -> None:
    head = b"\xff\x4f\xff\x51" + struct.pack(">HH", 41, 0) + struct.pack(">IIII", 110, 70, 10, 5) + b"\x00" * 8
    raw = read(read_j2c, head, "J2C")
    assert (raw.pixel_width, raw.pixel_height) == (100, 65)


def test_jpeg_xl_container_size_exif_and_xml_boxes() -> None:
    # codestream header: small size flag, height (9+1)*8 = 80, ratio 1 (1:1) -> width 80
    bits = 1 | (9 << 1) | (1 << 6)
    codestream = b"\xff\x0a" + bits.to_bytes(2, "little")
    data = (box(b"JXL ", b"\r\n\x87\n") + box(b"ftyp", b"jxl \x00\x00\x00\x00jxl ") + box(b"jxlc", codestream)
            + box(b"Exif", b"\x00\x00\x00\x06" + EXIF) + box(b"xml ", XMP.format(city="Yerevan").encode())
            + box(b"brob", b"Exif" + b"\x00" * 8))
    raw = read(read_jxl, data, "JXL")
    assert (raw.pixel_width, raw.pixel_height) == (80, 80)
    assert raw.exif["Make"] == b"Apple" and raw.xmp_packets[0].get("photoshop:City") == "Yerevan"
    assert raw.warnings == ["JPEG XL metadata is Brotli-compressed (brob box) and was not read"]


@pytest.mark.parametrize(("data", "warning", "kinds"), [
    (box(b"free", b"x" * 4) + struct.pack(">I4s", 4, b"bad!"), "bad 'bad!' box size 4; the rest of the file was skipped", [b"free"]),
    (box(b"free", b"x" * 4) + struct.pack(">I4s", 100, b"mdat") + b"short", "truncated 'mdat' box (the file ends first); read what is there", [b"free", b"mdat"]),
])
def test_a_box_too_small_or_longer_than_the_file_is_warned_and_the_walk_stops_or_reads_what_is_there(
    data: bytes, warning: str, kinds: list[bytes]
) -> None:
    raw = RawImage(format="HEIC", mime="image/heic")
    found = list(iter_boxes(io.BytesIO(data), 0, len(data), raw))
    assert [b.kind for b in found] == kinds and raw.warnings == [warning]


def test_a_64_bit_size_and_a_box_running_to_the_end_are_walked() -> None:
    large = struct.pack(">I4sQ", 1, b"mdat", 16 + 3) + b"abc"
    to_end = struct.pack(">I4s", 0, b"free") + b"rest of file"
    raw = RawImage(format="HEIC", mime="image/heic")
    found = list(iter_boxes(io.BytesIO(large + to_end), 0, len(large + to_end), raw))
    assert [(b.kind, b.start, b.size) for b in found] == [(b"mdat", 16, 3), (b"free", 27, 12)]
    assert raw.warnings == []
