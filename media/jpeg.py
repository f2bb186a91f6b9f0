"""JPEG (and MPO) metadata: a marker scan from SOI to SOS, reading only the header segments.

Every catalog field sits in the APP segments before the image data, so the scan reads
the file head (growing the buffer only for large APP segments) and one small tail
read to notice truncation. Pixels are never decoded here.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

from catalog.metadata import RawImage
from media.blocks import ExtendedXmp, add_exif, add_irb, add_xmp_packet

HEAD_BYTES = 65536
EXIF_HEADER = b"Exif\x00\x00"
XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXT_HEADER = b"http://ns.adobe.com/xmp/extension/\x00"
PHOTOSHOP_HEADER = b"Photoshop 3.0\x00"
PHOTOSHOP_OLD_HEADER = b"Adobe_Photoshop2.5:"
_SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})


class _Head:
    """The file's first bytes, extended on demand when a segment runs past them."""

    def __init__(self, handle: BinaryIO, head: bytes):
        self.handle = handle
        self.data = head
        self.at_end = len(head) < HEAD_BYTES

    def ensure(self, end: int) -> bool:
        """Make sure bytes up to ``end`` are loaded; False when the file is shorter."""
        while len(self.data) < end and not self.at_end:
            more = self.handle.read(max(end - len(self.data), HEAD_BYTES))
            if not more:
                self.at_end = True
                break
            self.data += more
        return len(self.data) >= end


def read_jpeg(handle: BinaryIO, head: bytes, raw: RawImage, file_size: int) -> None:
    """Fill ``raw`` from a JPEG's header segments."""
    buffer = _Head(handle, head)
    data_segments = _scan_segments(buffer, raw)
    exif_parts: list[bytes] = []
    irb_parts: list[bytes] = []
    extended_xmp = ExtendedXmp()
    previous = None
    for marker, segment in data_segments:
        # consecutive APP1 EXIF / APP13 Photoshop segments continue each other (exiftool does the same)
        if previous == "irb" and not (marker == 0xED and segment.startswith(PHOTOSHOP_HEADER)):
            add_irb(raw, b"".join(irb_parts), "APP13")
            irb_parts = []
        if marker == 0xE1 and segment.startswith(EXIF_HEADER):
            body = segment[len(EXIF_HEADER):]
            if exif_parts and not body.startswith((b"II*\x00", b"MM\x00*")):
                exif_parts.append(body)
                raw.warn("EXIF is split over several APP1 segments")
            elif not exif_parts:
                exif_parts.append(body)
            previous = "exif"
        elif marker == 0xE1 and segment.startswith(XMP_HEADER):
            add_xmp_packet(raw, segment[len(XMP_HEADER):], "APP1 XMP")
            previous = "xmp"
        elif marker == 0xE1 and segment.startswith(XMP_EXT_HEADER):
            extended_xmp.add(segment[len(XMP_EXT_HEADER):])
            previous = "xmpext"
        elif marker == 0xED and segment.startswith(PHOTOSHOP_HEADER):
            irb_parts.append(segment[len(PHOTOSHOP_HEADER):])
            previous = "irb"
        elif marker == 0xED and segment.startswith(PHOTOSHOP_OLD_HEADER):
            add_irb(raw, segment[len(PHOTOSHOP_OLD_HEADER) + 8:], "APP13")
            previous = "irb-old"
        elif marker == 0xE2 and segment.startswith(b"MPF\x00"):
            raw.format = "MPO"
            previous = "mpf"
        elif marker == 0xE1 and segment.startswith(b"Exif\x00") and not exif_parts:
            # a single NUL after "Exif" (some Kodak cameras)
            exif_parts.append(segment[5:])
            previous = "exif"
        else:
            previous = None
    if irb_parts:
        add_irb(raw, b"".join(irb_parts), "APP13")
    if exif_parts:
        add_exif(raw, b"".join(exif_parts), "APP1 EXIF")
    extended_xmp.merge_into(raw)
    _check_tail(handle, raw, file_size)


def _scan_segments(buffer: _Head, raw: RawImage) -> list[tuple[int, bytes]]:
    """Metadata segments (marker, payload) up to SOS; frame size noted on ``raw``."""
    segments: list[tuple[int, bytes]] = []
    pos = 2
    found_sos = False
    while True:
        if not buffer.ensure(pos + 4):
            raw.warn(f"truncated JPEG: the file ends inside its header segments (after {_size_text(len(buffer.data))})")
            break
        data = buffer.data
        if data[pos] != 0xFF:
            # junk between segments: skip to the next marker, as exiftool and libjpeg do
            next_marker = data.find(b"\xff", pos)
            if next_marker < 0:
                raw.warn("JPEG header is damaged (no further segment markers)")
                break
            pos = next_marker
            continue
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in _STANDALONE or marker == 0xD8 or marker == 0x00:
            pos += 2
            continue
        if marker == 0xD9:
            break
        length = struct.unpack_from(">H", data, pos + 2)[0]
        if length < 2:
            raw.warn(f"bad JPEG segment length at byte {pos}")
            break
        end = pos + 2 + length
        if marker == 0xDA:
            found_sos = True
            break
        if not buffer.ensure(end):
            raw.warn(f"truncated JPEG: the file ends inside its header segments (after {_size_text(len(buffer.data))})")
            segments.append((marker, buffer.data[pos + 4:]))
            break
        payload = buffer.data[pos + 4:end]
        if marker in _SOF_MARKERS and len(payload) >= 5 and raw.pixel_width is None:
            raw.pixel_height, raw.pixel_width = struct.unpack_from(">HH", payload, 1)
        elif 0xE0 <= marker <= 0xEF:
            segments.append((marker, payload))
        pos = end
    if not found_sos:
        raw.is_decodable = False
        raw.warn("JPEG has no image data (no SOS segment): metadata only")
    if raw.pixel_width == 0 or raw.pixel_height == 0:
        raw.pixel_width = raw.pixel_height = None
    return segments


def _check_tail(handle: BinaryIO, raw: RawImage, file_size: int) -> None:
    if not raw.is_decodable or file_size < 4:
        return
    # Most JPEGs end with their EOI marker; some carry a trailer after it (FotoStation,
    # Samsung, Photo Mechanic...), so a second, larger look is taken before calling it cut.
    for tail_size in (1024, 65536):
        tail_size = min(file_size, tail_size)
        handle.seek(file_size - tail_size)
        if b"\xff\xd9" in handle.read(tail_size):
            return
    raw.warn(f"truncated JPEG (ends after {_size_text(file_size)} without an end marker)")


def _size_text(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} bytes"
