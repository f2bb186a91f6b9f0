"""A small, defensive TIFF/EXIF IFD reader (classic TIFF and BigTIFF).

Used for EXIF in JPEG APP1, PNG eXIf, WebP/HEIC/JXL Exif, and for TIFF-based files
themselves (TIFF, DNG, NEF, CR2...), where it reads IFDs by seeking rather than
loading the file. It reads only the tags Photodesk needs; a bad offset, count or type
ends that IFD with a warning instead of an exception.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import BinaryIO, Callable

MAX_IFD_ENTRIES = 4096
MAX_VALUE_BYTES = 64 * 1024 * 1024  # an IPTC/XMP/IRB block bigger than this is corrupt

# TIFF field type -> (size in bytes, struct code); rationals handled apart
_TYPES = {1: (1, "B"), 2: (1, None), 3: (2, "H"), 4: (4, "I"), 5: (8, None), 6: (1, "b"),
          7: (1, None), 8: (2, "h"), 9: (4, "i"), 10: (8, None), 11: (4, "f"), 12: (8, "d"),
          13: (4, "I"), 16: (8, "Q"), 17: (8, "q"), 18: (8, "Q")}

# The tags Photodesk reads, by IFD kind: tag -> exiftool-style name
IFD0_TAGS = {
    0x00FE: "SubfileType", 0x0106: "PhotometricInterpretation", 0x0100: "ImageWidth", 0x0101: "ImageHeight", 0x0103: "Compression",
    0x010E: "ImageDescription", 0x010F: "Make", 0x0110: "Model", 0x0111: "StripOffsets",
    0x0112: "Orientation", 0x0117: "StripByteCounts", 0x0132: "ModifyDate", 0x013B: "Artist",
    0x014A: "SubIFDs", 0x0201: "JpgFromRawStart", 0x0202: "JpgFromRawLength",
    0x02BC: "XMP", 0x8298: "Copyright", 0x83BB: "IPTC", 0x8649: "PhotoshopIRB",
    0x8769: "ExifIFD", 0x8825: "GPSIFD", 0x9C9B: "XPTitle", 0x9C9C: "XPComment",
    0x9C9D: "XPAuthor", 0x9C9E: "XPKeywords", 0x9C9F: "XPSubject", 0xC612: "DNGVersion",
}
EXIF_TAGS = {
    0x9003: "DateTimeOriginal", 0x9004: "CreateDate", 0x9011: "OffsetTimeOriginal",
    0x9291: "SubSecTimeOriginal", 0xA002: "ExifImageWidth", 0xA003: "ExifImageHeight",
}
GPS_TAGS = {0x0000: "GPSVersionID", 0x0001: "GPSLatitudeRef", 0x0002: "GPSLatitude",
            0x0003: "GPSLongitudeRef", 0x0004: "GPSLongitude"}
SUBIFD_TAGS = {0x00FE: "SubfileType", 0x0106: "PhotometricInterpretation", 0x0100: "ImageWidth", 0x0101: "ImageHeight",
               0x0103: "Compression", 0x0111: "StripOffsets", 0x0117: "StripByteCounts",
               0x0201: "JpgFromRawStart", 0x0202: "JpgFromRawLength"}


# Tags whose bytes are a block of their own, whatever type the writer declared
# (IPTC is often written as LONG, XMP as BYTE, the XP tags as BYTE holding UCS-2).
_BLOB_TAGS = frozenset({"XMP", "IPTC", "PhotoshopIRB", "XPTitle", "XPComment", "XPAuthor",
                        "XPKeywords", "XPSubject"})


class TiffError(ValueError):
    """The bytes are not a readable TIFF structure."""


@dataclass
class Ifd:
    """The tags read from one image file directory."""

    values: dict[str, object] = field(default_factory=dict)


@dataclass
class TiffData:
    """What a TIFF structure holds: IFD0, Exif, GPS, SubIFDs and IFD1, plus problems met."""

    ifd0: Ifd = field(default_factory=Ifd)
    exif: Ifd = field(default_factory=Ifd)
    gps: Ifd = field(default_factory=Ifd)
    sub_ifds: list[Ifd] = field(default_factory=list)
    ifd1: Ifd = field(default_factory=Ifd)
    problems: list[str] = field(default_factory=list)
    is_big: bool = False


ReadAt = Callable[[int, int], bytes]


def bytes_reader(data: bytes) -> ReadAt:
    """Random access into bytes already in memory."""
    return lambda offset, size: data[offset:offset + size]


def file_reader(handle: BinaryIO, base: int = 0) -> ReadAt:
    """Random access into an open file, relative to ``base``."""
    def read_at(offset: int, size: int) -> bytes:
        handle.seek(base + offset)
        return handle.read(size)
    return read_at


def parse_tiff(read_at: ReadAt, *, total_size: int | None = None, sub_ifds: bool = False,
               first_ifd_tags: dict[int, str] = IFD0_TAGS) -> TiffData:
    """Read the tags Photodesk needs from a TIFF structure starting at offset 0 of ``read_at``.

    ``first_ifd_tags`` reads the first IFD as another kind (Canon CR3 stores its Exif
    and GPS IFDs as TIFF structures of their own).
    """
    header = read_at(0, 16)
    if header[:2] == b"II":
        order = "<"
    elif header[:2] == b"MM":
        order = ">"
    else:
        raise TiffError("no TIFF byte-order mark")
    magic = struct.unpack(order + "H", header[2:4])[0]
    result = TiffData()
    if magic == 43:
        result.is_big = True
        first = struct.unpack(order + "Q", header[8:16])[0]
    elif magic in (42, 0x4F52, 0x5352, 0x55):  # TIFF, Olympus ORF (IIRO/IIRS), Panasonic RW2
        first = struct.unpack(order + "I", header[4:8])[0]
    else:
        raise TiffError("bad TIFF magic number")
    walker = _Walker(read_at, order, result, total_size)
    next_offset = walker.read_ifd(first, first_ifd_tags, result.ifd0, "IFD0")
    exif_offset = _first_int(result.ifd0.values.pop("ExifIFD", None))
    if exif_offset:
        walker.read_ifd(exif_offset, EXIF_TAGS, result.exif, "ExifIFD")
    gps_offset = _first_int(result.ifd0.values.pop("GPSIFD", None))
    if gps_offset:
        walker.read_ifd(gps_offset, GPS_TAGS, result.gps, "GPS")
    if sub_ifds:
        offsets = result.ifd0.values.pop("SubIFDs", None)
        for offset in _as_tuple(offsets)[:8]:
            sub = Ifd()
            walker.read_ifd(int(offset), SUBIFD_TAGS, sub, "SubIFD")
            result.sub_ifds.append(sub)
    if next_offset:
        walker.read_ifd(next_offset, SUBIFD_TAGS, result.ifd1, "IFD1")
    return result


class _Walker:
    def __init__(self, read_at: ReadAt, order: str, result: TiffData, total_size: int | None):
        self.read_at = read_at
        self.order = order
        self.result = result
        self.total_size = total_size
        self.seen: set[int] = set()
        big = result.is_big
        self.count_size = 8 if big else 2
        self.entry_size = 20 if big else 12
        self.inline = 8 if big else 4
        self.entry_fmt = order + ("HHQ8s" if big else "HHI4s")
        self.offset_fmt = order + ("Q" if big else "I")

    def read_ifd(self, offset: int, wanted: dict[int, str], into: Ifd, name: str) -> int:
        """Read one IFD's wanted tags; return the next IFD's offset (0 when none)."""
        if offset in self.seen or offset < 8:
            self.result.problems.append(f"the {name} directory offset is invalid")
            return 0
        self.seen.add(offset)
        raw_count = self.read_at(offset, self.count_size)
        if len(raw_count) < self.count_size:
            self.result.problems.append(f"{name} lies beyond the end of the data")
            return 0
        count = struct.unpack(self.order + ("Q" if self.count_size == 8 else "H"), raw_count)[0]
        if count == 0 or count > MAX_IFD_ENTRIES:
            self.result.problems.append(f"bad {name} directory ({count} entries)")
            return 0
        table = self.read_at(offset + self.count_size, count * self.entry_size + len(self._zero_offset()))
        complete = len(table) // self.entry_size
        if complete < count:
            self.result.problems.append(f"{name} directory is truncated")
        for i in range(min(count, complete)):
            tag, kind, n, inline = struct.unpack_from(self.entry_fmt, table, i * self.entry_size)
            if tag not in wanted:
                continue
            value = self._value(kind, n, inline, wanted[tag], name)
            if value is not None:
                into.values[wanted[tag]] = value
        tail = table[count * self.entry_size:]
        if len(tail) == len(self._zero_offset()):
            return struct.unpack(self.offset_fmt, tail)[0]
        return 0

    def _zero_offset(self) -> bytes:
        return b"\x00" * (8 if self.result.is_big else 4)

    def _value(self, kind: int, count: int, inline: bytes, tag_name: str, ifd_name: str) -> object:
        if kind not in _TYPES:
            self.result.problems.append(f"bad format ({kind}) for {ifd_name} {tag_name}")
            return None
        size, code = _TYPES[kind]
        length = size * count
        if length > MAX_VALUE_BYTES or (self.total_size is not None and length > self.total_size):
            self.result.problems.append(f"{ifd_name} {tag_name} claims {length} bytes")
            return None
        if length <= self.inline:
            data = inline[:length]
        else:
            offset = struct.unpack(self.offset_fmt, inline)[0]
            data = self.read_at(offset, length)
            if len(data) < length:
                self.result.problems.append(f"{ifd_name} {tag_name} points beyond the end of the data")
                return None
        if tag_name in _BLOB_TAGS or kind == 7:
            return data
        if kind == 2:
            return data.split(b"\x00", 1)[0]
        if kind in (5, 10):
            code = "I" if kind == 5 else "i"
            numbers = struct.unpack(f"{self.order}{2 * count}{code}", data)
            return tuple(a / b if b else 0.0 for a, b in zip(numbers[::2], numbers[1::2]))
        values = struct.unpack(f"{self.order}{count}{code}", data)
        return values[0] if count == 1 else values


def _as_tuple(value: object) -> tuple:
    if value is None:
        return ()
    return value if isinstance(value, tuple) else (value,)


def _first_int(value: object) -> int | None:
    items = _as_tuple(value)
    return int(items[0]) if items and isinstance(items[0], (int, float)) else None
