"""TIFF and the camera RAW formats built on it: told apart, sized, and their JPEG previews found."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from catalog.metadata import RawImage
from media.tiff_formats import read_tiff
from tests.helpers.tiff_bytes import ASCII, BYTE, LONG, SHORT, tiff_bytes

CFA = 32803  # PhotometricInterpretation of sensor data
PREVIEW = b"\xff\xd8" + b"\x00" * 300 + b"\xff\xd9"


def read(data: bytes) -> RawImage:
    raw = RawImage(format="TIFF", mime="image/tiff")  # as sniffed from the magic bytes
    read_tiff(io.BytesIO(data), data[:65536], raw, len(data))
    return raw


def raw_file(make: bytes, *, previews: list[tuple[str, int]] = (), extra: dict | None = None) -> bytes:
    """A TIFF-structured RAW header: IFD0 of sensor data by ``make``, previews appended after it.

    ``previews``: ("ifd0", size) for a JpgFromRaw pair in IFD0, ("ifd1", size) for a JPEG strip in IFD1.
    """
    ifd0 = {0x010F: (ASCII, make + b"\x00"), 0x0100: (LONG, (6016,)), 0x0101: (LONG, (4016,)), 0x0106: (SHORT, (CFA,))}
    ifd0.update(extra or {})
    ifd1 = {}
    for where, size in previews:  # the offsets are patched once the header's length is known
        if where == "ifd0":
            ifd0.update({0x0201: (LONG, (0,)), 0x0202: (LONG, (size,))})
        else:
            ifd1.update({0x0103: (SHORT, (6,)), 0x0111: (LONG, (0,)), 0x0117: (LONG, (size,))})
    header = tiff_bytes(ifd0, ifd1=ifd1 or None)
    offset, body = len(header), b""
    for where, size in previews:
        if where == "ifd0":
            ifd0[0x0201] = (LONG, (offset + len(body),))
        else:
            ifd1[0x0111] = (LONG, (offset + len(body),))
        body += (PREVIEW * (size // len(PREVIEW) + 1))[:size]
    return tiff_bytes(ifd0, ifd1=ifd1 or None) + body


def test_a_plain_tiff_gives_its_size_and_its_iptc_and_xmp_tags() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30)).save(buffer, "TIFF", tiffinfo={33723: b"\x1c\x02\x78\x00\x07Caption",
                                                             700: b"<x:xmpmeta xmlns:x='adobe:ns:meta/'/>"})
    raw = read(buffer.getvalue())
    assert (raw.format, raw.pixel_width, raw.pixel_height, raw.is_decodable) == ("TIFF", 40, 30, True)
    assert [(block.location, block.datasets) for block in raw.iptc_blocks] == [("TIFF tag 33723", [(2, 120, b"Caption")])]
    assert [packet.location for packet in raw.xmp_packets] == ["TIFF tag 700"]


@pytest.mark.parametrize(("make", "format_name", "mime"), [
    (b"NIKON CORPORATION", "NEF", "image/x-nikon-nef"),
    (b"SONY", "ARW", "image/x-sony-arw"),
    (b"RICOH IMAGING COMPANY, LTD.", "PEF", "image/x-pentax-pef"),
    (b"Acme Cameras", "RAW", "image/x-raw"),
])
def test_sensor_data_is_told_apart_by_its_maker(make: bytes, format_name: str, mime: str) -> None:
    raw = read(raw_file(make, previews=[("ifd0", 2000)]))
    assert (raw.format, raw.mime) == (format_name, mime)
    assert (raw.pixel_width, raw.pixel_height) == (6016, 4016)


def test_a_dng_is_known_by_its_version_tag_whatever_its_maker() -> None:
    raw = read(raw_file(b"Canon", previews=[("ifd1", 500)], extra={0xC612: (BYTE, b"\x01\x04\x00\x00")}))
    assert (raw.format, raw.mime) == ("DNG", "image/x-adobe-dng")


def test_the_largest_preview_that_fits_in_the_file_is_the_one_decoded() -> None:
    data = raw_file(b"NIKON CORPORATION", previews=[("ifd1", 500), ("ifd0", 2000)])  # the larger one last
    raw = read(data)
    offset, length = raw.embedded_preview
    assert length == 2000 and data[offset:offset + 2] == b"\xff\xd8"
    assert raw.is_decodable and raw.warnings == []
    cut = read(data[:-100])  # the larger preview now runs past the end: the smaller one is used
    assert cut.embedded_preview[1] == 500 and cut.is_decodable


def test_a_raw_without_a_preview_is_metadata_only() -> None:
    raw = read(raw_file(b"SONY"))
    assert raw.embedded_preview is None and not raw.is_decodable
    assert raw.warnings == ["ARW camera RAW without an embedded JPEG preview: metadata only"]


def test_a_declared_size_of_zero_is_warned_and_no_size_is_given() -> None:
    data = tiff_bytes({0x0100: (LONG, (0,)), 0x0101: (LONG, (480,))})
    raw = read(data)
    assert (raw.pixel_width, raw.pixel_height, raw.is_decodable) == (None, None, False)
    assert raw.warnings == ["TIFF declares an image of 0×480 px"]
