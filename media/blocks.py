"""Adding metadata blocks (EXIF/TIFF, Photoshop IRB, IIM, XMP) to a ``RawImage``, whatever container held them."""

from __future__ import annotations

import struct

from catalog.metadata import RawImage
from media.iptc import parse_iim, parse_irb
from media.ifd import TiffData, TiffError, bytes_reader, parse_tiff
from media.xmp import merge_packets, parse_xmp

# EXIF values copied into RawImage.exif, by the IFD they come from
_IFD0_FIELDS = ("ImageDescription", "Make", "Model", "Artist", "Copyright", "ModifyDate",
                "XPTitle", "XPComment", "XPAuthor", "XPKeywords", "XPSubject", "ImageWidth",
                "ImageHeight", "DNGVersion")
_EXIF_FIELDS = ("DateTimeOriginal", "CreateDate", "SubSecTimeOriginal", "OffsetTimeOriginal",
                "ExifImageWidth", "ExifImageHeight")
_GPS_FIELDS = ("GPSLatitudeRef", "GPSLatitude", "GPSLongitudeRef", "GPSLongitude")


def add_exif(raw: RawImage, tiff_bytes: bytes, location: str) -> TiffData | None:
    """Parse an EXIF (TIFF-structured) block held in memory and add what it says."""
    try:
        tiff = parse_tiff(bytes_reader(tiff_bytes), total_size=len(tiff_bytes))
    except (TiffError, struct.error) as error:
        raw.warn(f"malformed EXIF in {location} ({error}); EXIF ignored")
        return None
    add_tiff_data(raw, tiff, location, embedded=True)
    return tiff


def add_tiff_data(raw: RawImage, tiff: TiffData, location: str, *, embedded: bool) -> None:
    """Copy EXIF values, orientation, and TIFF-held IPTC/XMP/IRB blocks into ``raw``."""
    for problem in tiff.problems:
        raw.warn(f"EXIF problem in {location}: {problem}" if embedded else f"{location} structure problem: {problem}")
    ifd0, exif, gps = tiff.ifd0.values, tiff.exif.values, tiff.gps.values
    for name in _IFD0_FIELDS:
        if name in ifd0:
            raw.exif.setdefault(name, ifd0[name])
    for name in _EXIF_FIELDS:
        if name in exif:
            raw.exif.setdefault(name, exif[name])
    for name in _GPS_FIELDS:
        if name in gps:
            raw.exif.setdefault(name, gps[name])
    orientation = ifd0.get("Orientation")
    if raw.orientation is None and isinstance(orientation, int) and 1 <= orientation <= 8:
        raw.orientation = orientation
    # IPTC/XMP/IRB tags are their standard home in TIFF files; inside a JPEG's EXIF
    # they are non-standard but still the file's words, so they are read after the others.
    where = "EXIF" if embedded else "TIFF"
    if isinstance(ifd0.get("PhotoshopIRB"), bytes):
        add_irb(raw, ifd0["PhotoshopIRB"], f"{where} tag 34377")
    if isinstance(ifd0.get("IPTC"), bytes):
        add_iim(raw, ifd0["IPTC"], f"{where} tag 33723")
    if isinstance(ifd0.get("XMP"), bytes):
        add_xmp_packet(raw, ifd0["XMP"], f"{where} tag 700")


def add_irb(raw: RawImage, data: bytes, location: str) -> None:
    """Add the IIM blocks, IPTC digest and XMP of a Photoshop image-resource block."""
    contents = parse_irb(data, location)
    for problem in contents.problems:
        raw.warn(problem)
    raw.iptc_blocks.extend(contents.iptc_blocks)
    if raw.iptc_digest is None:
        raw.iptc_digest = contents.digest
    for packet in contents.xmp:
        add_xmp_packet(raw, packet, f"{location} XMP")


def add_iim(raw: RawImage, data: bytes, location: str) -> None:
    """Add one bare IIM block."""
    block, problems = parse_iim(data, location)
    for problem in problems:
        raw.warn(problem)
    raw.iptc_blocks.append(block)


def add_xmp_packet(raw: RawImage, data: bytes, location: str) -> None:
    """Parse and add one XMP packet (skipped with a warning when unreadable)."""
    packet = parse_xmp(data, location, raw.warnings)
    if packet is not None:
        raw.xmp_packets.append(packet)


class ExtendedXmp:
    """ExtendedXMP chunks (JPEG APP1), reassembled by GUID and merged into the main packet."""

    def __init__(self) -> None:
        self.chunks: dict[bytes, dict[int, bytes]] = {}

    def add(self, payload: bytes) -> None:
        """One chunk: 32-byte GUID, full length, offset, data."""
        if len(payload) < 40:
            return
        guid = payload[:32]
        offset = struct.unpack_from(">I", payload, 36)[0]
        self.chunks.setdefault(guid, {})[offset] = payload[40:]

    def merge_into(self, raw: RawImage) -> None:
        """Parse each reassembled extension and merge it into the standard packet."""
        for guid, parts in self.chunks.items():
            data = b"".join(parts[offset] for offset in sorted(parts))
            packet = parse_xmp(data, "ExtendedXMP", raw.warnings)
            if packet is None:
                continue
            main = _packet_announcing(raw, guid.decode("ascii", "replace"))
            if main is None:
                raw.xmp_packets.append(packet)
            else:
                merge_packets(main, packet)


def _packet_announcing(raw: RawImage, guid: str):
    for packet in raw.xmp_packets:
        if packet.get("xmpNote:HasExtendedXMP") == guid:
            return packet
    return raw.xmp_packets[0] if raw.xmp_packets else None
