"""Adding metadata blocks to a file's raw metadata: where each came from, what a broken one leaves."""

from __future__ import annotations

import hashlib
import struct

from catalog.metadata import RawImage
from media.blocks import (
    ExtendedXmp,
    add_exif,
    add_iim,
    add_irb,
    add_tiff_data,
    add_xmp_packet,
)
from media.ifd import bytes_reader, parse_tiff
from tests.helpers.tiff_bytes import ASCII, BYTE, LONG, RATIONAL, SHORT, tiff_bytes

XMP = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       '<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
       'xmlns:xmpNote="http://ns.adobe.com/xmp/note/" {attributes}/></rdf:RDF></x:xmpmeta>')
IIM = b"\x1c\x02\x78\x00\x07Caption"


def raw_image() -> RawImage:
    return RawImage(format="JPEG", mime="image/jpeg")


def irb(resource_id: int, body: bytes) -> bytes:
    return b"8BIM" + struct.pack(">HHI", resource_id, 0, len(body)) + body + b"\x00" * (len(body) & 1)


def test_exif_fields_orientation_and_gps_are_copied_and_the_first_value_wins() -> None:
    raw = raw_image()
    raw.exif["Make"] = b"From an earlier block"
    block = tiff_bytes({0x010F: (ASCII, b"Canon\x00"), 0x0110: (ASCII, b"EOS R5\x00"), 0x0112: (SHORT, (3,)),
                        0x0100: (LONG, (8192,))},
                       exif={0x9003: (ASCII, b"2024:05:01 12:00:00\x00"), 0xA002: (LONG, (8192,))},
                       gps={0x0001: (ASCII, b"S\x00"), 0x0002: (RATIONAL, ((33, 1), (52, 1), (0, 1)))})
    tiff = add_exif(raw, block, "APP1 EXIF")
    assert tiff is not None
    assert raw.exif == {"Make": b"From an earlier block", "Model": b"EOS R5", "ImageWidth": 8192,
                        "DateTimeOriginal": b"2024:05:01 12:00:00", "ExifImageWidth": 8192, "GPSLatitudeRef": b"S", "GPSLatitude": (33.0, 52.0, 0.0)}
    assert raw.orientation == 3 and raw.warnings == []


def test_an_orientation_outside_1_to_8_is_not_taken() -> None:
    raw = raw_image()
    add_exif(raw, tiff_bytes({0x0112: (SHORT, (9,))}), "APP1 EXIF")
    assert raw.orientation is None


def test_a_block_that_is_no_tiff_structure_is_ignored_with_a_warning() -> None:
    raw = raw_image()
    assert add_exif(raw, b"not a tiff at all", "PNG eXIf") is None
    assert raw.warnings == ["malformed EXIF in PNG eXIf (no TIFF byte-order mark); EXIF ignored"]
    assert raw.exif == {}


def test_iptc_xmp_and_photoshop_tags_are_read_and_named_by_where_they_sat() -> None:
    block = tiff_bytes({0x83BB: (LONG, struct.unpack(">3I", IIM)),  # IPTC written as LONGs, as some writers do
                        0x02BC: (BYTE, XMP.format(attributes='photoshop:City="Kyiv"').encode()),
                        0x8649: (BYTE, irb(0x0425, hashlib.md5(IIM).digest()))}, big_endian=True)
    tiff = parse_tiff(bytes_reader(block))
    in_tiff, in_jpeg = raw_image(), raw_image()
    add_tiff_data(in_tiff, tiff, "TIFF", embedded=False)
    add_tiff_data(in_jpeg, tiff, "APP1 EXIF", embedded=True)
    assert [(b.location, b.datasets) for b in in_tiff.iptc_blocks] == [("TIFF tag 33723", [(2, 120, b"Caption")])]
    assert [b.location for b in in_jpeg.iptc_blocks] == ["EXIF tag 33723"]
    assert [p.location for p in in_tiff.xmp_packets] == ["TIFF tag 700"]
    assert in_tiff.iptc_digest == hashlib.md5(IIM).hexdigest() and not in_tiff.has_iptc_digest_mismatch


def test_structure_problems_are_worded_by_where_the_structure_was() -> None:
    looping = bytearray(tiff_bytes({0x010F: (ASCII, b"Canon\x00")}, exif={0x9003: (ASCII, b"x\x00")}))
    struct.pack_into("<I", looping, 10 + 12 + 8, 8)  # the Exif pointer (second entry) points at IFD0
    embedded, whole_file = raw_image(), raw_image()
    add_tiff_data(embedded, parse_tiff(bytes_reader(bytes(looping))), "APP1 EXIF", embedded=True)
    add_tiff_data(whole_file, parse_tiff(bytes_reader(bytes(looping))), "TIFF", embedded=False)
    assert embedded.warnings == ["EXIF problem in APP1 EXIF: the ExifIFD directory offset is invalid"]
    assert whole_file.warnings == ["TIFF structure problem: the ExifIFD directory offset is invalid"]


def test_photoshop_resources_keep_the_first_digest_and_read_their_xmp() -> None:
    raw = raw_image()
    add_irb(raw, irb(0x0425, b"\x01" * 16) + irb(0x0424, XMP.format(attributes='photoshop:City="Gaza"').encode()), "APP13")
    add_irb(raw, irb(0x0425, b"\x02" * 16), "APP13")
    assert raw.iptc_digest == "01" * 16
    assert [(p.location, p.get("photoshop:City")) for p in raw.xmp_packets] == [("APP13 XMP", "Gaza")]


def test_bare_iim_and_xmp_blocks_add_their_problems_as_warnings() -> None:
    raw = raw_image()
    add_iim(raw, IIM + b"junk data", "PNG raw profile IPTC")
    add_xmp_packet(raw, b"<not xmp", "WebP XMP")
    assert raw.iptc_blocks[0].datasets == [(2, 120, b"Caption")] and raw.xmp_packets == []
    assert raw.warnings == ["bad IPTC data tag (marker 0x6a) in PNG raw profile IPTC; the rest of the block was skipped",
                            "ill-formed XMP in WebP XMP was skipped"]


def test_extended_xmp_goes_into_the_packet_announcing_its_guid() -> None:
    extension = XMP.format(attributes='photoshop:Headline="Long headline"').encode()
    guid = hashlib.md5(extension).hexdigest().upper()
    raw = raw_image()
    add_xmp_packet(raw, XMP.format(attributes='photoshop:City="Other packet"').encode(), "APP1 XMP")
    add_xmp_packet(raw, XMP.format(attributes=f'xmpNote:HasExtendedXMP="{guid}"').encode(), "APP1 XMP")
    chunks = ExtendedXmp()
    chunks.add(b"too short")  # ignored
    chunks.add(guid.encode() + struct.pack(">II", len(extension), 0) + extension)
    chunks.merge_into(raw)
    assert raw.xmp_packets[1].get("photoshop:Headline") == "Long headline"
    assert raw.xmp_packets[0].get("photoshop:Headline") is None


def test_extended_xmp_without_a_main_packet_is_kept_as_a_packet_of_its_own() -> None:
    extension = XMP.format(attributes='photoshop:Headline="Alone"').encode()
    raw = raw_image()
    chunks = ExtendedXmp()
    chunks.add(b"0" * 32 + struct.pack(">II", len(extension), 0) + extension)
    chunks.merge_into(raw)
    assert [(p.location, p.get("photoshop:Headline")) for p in raw.xmp_packets] == [("ExtendedXMP", "Alone")]
