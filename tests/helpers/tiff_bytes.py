"""Classic TIFF structures built byte by byte: EXIF blocks, TIFF and camera-RAW headers for reader tests.

An IFD is given as ``{tag: (type, value)}``: ``value`` is ``bytes`` for ASCII (2), BYTE (1) and
UNDEFINED (7) fields, a tuple of integers for SHORT (3) and LONG (4), a tuple of
``(numerator, denominator)`` pairs for RATIONAL (5). Pointers to the Exif and GPS IFDs and to
IFD1 are written by ``tiff_bytes`` itself.
"""

from __future__ import annotations

import struct

ASCII, BYTE, SHORT, LONG, RATIONAL, UNDEFINED = 2, 1, 3, 4, 5, 7
EXIF_POINTER, GPS_POINTER = 0x8769, 0x8825

Entries = dict[int, tuple[int, object]]


def _encoded(kind: int, value: object, order: str) -> tuple[int, bytes]:
    """The count and bytes of one field value."""
    if kind in (ASCII, BYTE, UNDEFINED):
        data = bytes(value)  # type: ignore[arg-type]
        return len(data), data
    if kind in (SHORT, LONG):
        numbers = tuple(value)  # type: ignore[arg-type]
        return len(numbers), struct.pack(f"{order}{len(numbers)}{'H' if kind == SHORT else 'I'}", *numbers)
    if kind == RATIONAL:
        pairs = tuple(value)  # type: ignore[arg-type]
        return len(pairs), b"".join(struct.pack(f"{order}II", *pair) for pair in pairs)
    raise ValueError(f"type {kind} is not built here")


def _ifd_size(entries: Entries, order: str) -> int:
    data = sum(len(_encoded(kind, value, order)[1]) + 1 & ~1 for kind, value in entries.values()
               if len(_encoded(kind, value, order)[1]) > 4)
    return 2 + 12 * len(entries) + 4 + data


def _ifd(entries: Entries, offset: int, next_offset: int, order: str) -> bytes:
    """One IFD at ``offset``: its entries sorted by tag, then the values that do not fit inline."""
    table, data = b"", b""
    data_offset = offset + 2 + 12 * len(entries) + 4
    for tag in sorted(entries):
        kind, value = entries[tag]
        count, encoded = _encoded(kind, value, order)
        if len(encoded) <= 4:
            inline = encoded.ljust(4, b"\x00")
        else:
            inline = struct.pack(order + "I", data_offset + len(data))
            data += encoded + b"\x00" * (len(encoded) & 1)
        table += struct.pack(order + "HHI", tag, kind, count) + inline
    return struct.pack(order + "H", len(entries)) + table + struct.pack(order + "I", next_offset) + data


def tiff_bytes(ifd0: Entries, *, exif: Entries | None = None, gps: Entries | None = None,
               ifd1: Entries | None = None, big_endian: bool = False) -> bytes:
    """A whole classic TIFF structure: header, IFD0 (with pointers to the others), Exif, GPS, IFD1."""
    order = ">" if big_endian else "<"
    first = dict(ifd0)
    if exif is not None:
        first[EXIF_POINTER] = (LONG, (0,))
    if gps is not None:
        first[GPS_POINTER] = (LONG, (0,))
    parts = [("ifd0", first), ("exif", exif), ("gps", gps), ("ifd1", ifd1)]
    parts = [(name, entries) for name, entries in parts if entries is not None]
    offsets, position = {}, 8
    for name, entries in parts:
        offsets[name] = position
        position += _ifd_size(entries, order)
    if "exif" in offsets:
        first[EXIF_POINTER] = (LONG, (offsets["exif"],))
    if "gps" in offsets:
        first[GPS_POINTER] = (LONG, (offsets["gps"],))
    body = b""
    for name, entries in parts:
        next_offset = offsets.get("ifd1", 0) if name == "ifd0" else 0
        body += _ifd(entries, offsets[name], next_offset, order)
    header = (b"MM" if big_endian else b"II") + struct.pack(order + "HI", 42, 8)
    return header + body
