"""The TIFF/EXIF directory reader on structures built byte by byte: values, byte orders, and every
defect ending its directory with a problem instead of an exception."""

from __future__ import annotations

import io
import struct

import pytest

from media.ifd import TiffError, bytes_reader, file_reader, parse_tiff
from tests.helpers.tiff_bytes import (
    ASCII,
    BYTE,
    EXIF_POINTER,
    LONG,
    RATIONAL,
    SHORT,
    UNDEFINED,
    tiff_bytes,
)

IFD0 = {0x010F: (ASCII, b"NIKON CORPORATION\x00"), 0x0110: (ASCII, b"D5\x00"), 0x0112: (SHORT, (6,)),
        0x013B: (ASCII, b"Jon Nazca\x00\x00\x00"), 0x02BC: (BYTE, b"<x:xmpmeta/>"), 0x9C9B: (BYTE, "Storm".encode("utf-16-le"))}
EXIF = {0x9003: (ASCII, b"2017:03:17 10:22:00\x00"), 0x9011: (ASCII, b"+03:00\x00"), 0xA002: (LONG, (6000,))}
GPS = {0x0000: (BYTE, b"\x02\x03\x00\x00"), 0x0001: (ASCII, b"N\x00"), 0x0002: (RATIONAL, ((36, 1), (43, 1), (1234, 100))),
       0x0003: (ASCII, b"W\x00"), 0x0004: (RATIONAL, ((4, 1), (25, 1), (0, 0)))}
IFD1 = {0x0100: (LONG, (160,)), 0x0101: (LONG, (120,)), 0x0103: (SHORT, (6,))}


@pytest.mark.parametrize("big_endian", [False, True], ids=["II", "MM"])
def test_every_directory_and_value_kind_is_read_in_either_byte_order(big_endian: bool) -> None:
    data = tiff_bytes(IFD0, exif=EXIF, gps=GPS, ifd1=IFD1, big_endian=big_endian)
    tiff = parse_tiff(bytes_reader(data), total_size=len(data))
    assert tiff.problems == [] and not tiff.is_big
    assert tiff.ifd0.values == {"Make": b"NIKON CORPORATION", "Model": b"D5", "Orientation": 6, "Artist": b"Jon Nazca",
                                "XMP": b"<x:xmpmeta/>", "XPTitle": "Storm".encode("utf-16-le")}
    assert tiff.exif.values == {"DateTimeOriginal": b"2017:03:17 10:22:00", "OffsetTimeOriginal": b"+03:00",
                                "ExifImageWidth": 6000}
    assert tiff.gps.values == {"GPSVersionID": (2, 3, 0, 0), "GPSLatitudeRef": b"N", "GPSLatitude": (36.0, 43.0, 12.34),
                               "GPSLongitudeRef": b"W", "GPSLongitude": (4.0, 25.0, 0.0)}  # 0/0 reads as 0
    assert tiff.ifd1.values == {"ImageWidth": 160, "ImageHeight": 120, "Compression": 6}


def test_a_structure_inside_a_file_is_read_from_its_own_start() -> None:
    data = tiff_bytes(IFD0)
    handle = io.BytesIO(b"\xff" * 100 + data)
    assert parse_tiff(file_reader(handle, base=100)).ifd0.values["Model"] == b"D5"


@pytest.mark.parametrize(("data", "message"), [
    (b"XX\x2a\x00\x08\x00\x00\x00", "no TIFF byte-order mark"),
    (b"II\x2b\x01\x08\x00\x00\x00", "bad TIFF magic number"),
])
def test_bytes_that_are_no_tiff_structure_raise(data: bytes, message: str) -> None:
    with pytest.raises(TiffError, match=message):
        parse_tiff(bytes_reader(data))


def test_a_directory_pointing_back_at_itself_is_read_once() -> None:
    data = bytearray(tiff_bytes(IFD0, exif=EXIF))
    # point the Exif IFD pointer at IFD0 (offset 8): a loop
    entries = struct.unpack_from("<H", data, 8)[0]
    for index in range(entries):
        at = 10 + 12 * index
        if struct.unpack_from("<H", data, at)[0] == EXIF_POINTER:
            struct.pack_into("<I", data, at + 8, 8)
    tiff = parse_tiff(bytes_reader(bytes(data)))
    assert tiff.problems == ["the ExifIFD directory offset is invalid"]
    assert tiff.ifd0.values["Make"] == b"NIKON CORPORATION" and tiff.exif.values == {}


def test_values_beyond_the_end_unknown_types_and_cut_directories_are_problems_not_errors() -> None:
    data = tiff_bytes({0x010E: (ASCII, b"A caption long enough to sit outside the entry\x00"), 0x0110: (ASCII, b"D5\x00")})
    cut = data[:-20]  # the caption's bytes are cut
    tiff = parse_tiff(bytes_reader(cut))
    assert tiff.problems == ["IFD0 ImageDescription points beyond the end of the data"]
    assert tiff.ifd0.values == {"Model": b"D5"}

    unknown_type = bytearray(data)
    struct.pack_into("<H", unknown_type, 10 + 2, 99)  # the first entry's type
    assert parse_tiff(bytes_reader(bytes(unknown_type))).problems == ["bad format (99) for IFD0 ImageDescription"]

    header_only = data[:10 + 12]  # the count and one entry of two, none of the values
    assert parse_tiff(bytes_reader(header_only)).problems == [
        "IFD0 directory is truncated", "IFD0 ImageDescription points beyond the end of the data"]


def test_an_empty_directory_and_one_beyond_the_data_are_problems() -> None:
    empty = b"II*\x00\x08\x00\x00\x00" + b"\x00\x00" + b"\x00" * 4
    assert parse_tiff(bytes_reader(empty)).problems == ["bad IFD0 directory (0 entries)"]
    beyond = b"II*\x00\x00\x10\x00\x00"
    assert parse_tiff(bytes_reader(beyond)).problems == ["IFD0 lies beyond the end of the data"]


def test_a_value_claiming_more_bytes_than_the_file_has_is_not_read() -> None:
    data = bytearray(tiff_bytes({0x010E: (ASCII, b"A caption long enough to sit outside the entry\x00")}))
    struct.pack_into("<I", data, 10 + 4, 10_000_000)  # the count
    tiff = parse_tiff(bytes_reader(bytes(data)), total_size=len(data))
    assert tiff.problems == ["IFD0 ImageDescription claims 10000000 bytes"] and tiff.ifd0.values == {}


def test_undefined_fields_stay_bytes_and_bigtiff_is_read() -> None:
    data = tiff_bytes({0x9C9C: (UNDEFINED, b"\x01\x02\x03\x04\x05")})
    assert parse_tiff(bytes_reader(data)).ifd0.values == {"XPComment": b"\x01\x02\x03\x04\x05"}
    # BigTIFF: 8-byte offsets and counts, 20-byte entries; Make "Hasselblad" stored at offset 64
    entry = struct.pack("<HHQ8s", 0x010F, ASCII, 11, struct.pack("<Q", 64))
    big = b"II+\x00\x08\x00\x00\x00" + struct.pack("<Q", 16) + struct.pack("<Q", 1) + entry + b"\x00" * 8
    big = big.ljust(64, b"\x00") + b"Hasselblad\x00"
    tiff = parse_tiff(bytes_reader(big))
    assert tiff.is_big and tiff.problems == [] and tiff.ifd0.values == {"Make": b"Hasselblad"}
