"""The JPEG header scan on files made here: each kind of APP segment, and each way a header goes wrong."""

from __future__ import annotations

import hashlib
import io
import struct

from PIL import Image

from catalog.metadata import RawImage
from media.jpeg import (
    EXIF_HEADER,
    HEAD_BYTES,
    PHOTOSHOP_HEADER,
    XMP_EXT_HEADER,
    XMP_HEADER,
    read_jpeg,
)
from tests.helpers.tiff_bytes import ASCII, SHORT, tiff_bytes

XMP = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       '<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
       'xmlns:xmpNote="http://ns.adobe.com/xmp/note/" {attributes}/></rdf:RDF></x:xmpmeta>')


def picture(size: tuple[int, int] = (64, 48)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 40, 40)).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def jpeg_with(*segments: bytes, size: tuple[int, int] = (64, 48)) -> bytes:
    """A real JPEG with ``segments`` right after its SOI marker."""
    data = picture(size)
    return data[:2] + b"".join(segments) + data[2:]


def read(data: bytes) -> RawImage:
    raw = RawImage(format="JPEG", mime="image/jpeg")
    read_jpeg(io.BytesIO(data), data[:HEAD_BYTES], raw, len(data))
    return raw


def iim(caption: bytes) -> bytes:
    return b"\x1c\x02\x78" + struct.pack(">H", len(caption)) + caption


def irb(body: bytes) -> bytes:
    return b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(body)) + body + b"\x00" * (len(body) & 1)


def test_exif_xmp_and_iptc_segments_are_read_and_the_frame_gives_the_size() -> None:
    exif = EXIF_HEADER + tiff_bytes({0x010F: (ASCII, b"Canon\x00"), 0x0112: (SHORT, (8,))})
    xmp = XMP_HEADER + XMP.format(attributes='photoshop:City="Mosul"').encode()
    raw = read(jpeg_with(segment(0xE1, exif), segment(0xE1, xmp), segment(0xED, PHOTOSHOP_HEADER + irb(iim(b"Caption"))),
                         size=(640, 427)))
    assert raw.warnings == []
    assert (raw.pixel_width, raw.pixel_height, raw.orientation, raw.exif["Make"]) == (640, 427, 8, b"Canon")
    assert [packet.properties for packet in raw.xmp_packets] == [{"photoshop:City": "Mosul"}]
    assert [block.datasets for block in raw.iptc_blocks] == [[(2, 120, b"Caption")]]
    assert raw.is_decodable and raw.format == "JPEG"


def test_photoshop_resources_split_over_two_app13_segments_are_joined() -> None:
    whole = irb(iim(b"A caption that the writer split in two"))
    raw = read(jpeg_with(segment(0xED, PHOTOSHOP_HEADER + whole[:20]), segment(0xED, PHOTOSHOP_HEADER + whole[20:])))
    assert [block.datasets for block in raw.iptc_blocks] == [[(2, 120, b"A caption that the writer split in two")]]
    assert raw.warnings == []


def test_exif_continued_in_a_second_app1_segment_is_joined_with_a_warning() -> None:
    whole = tiff_bytes({0x010E: (ASCII, b"A description long enough to be split\x00")})
    raw = read(jpeg_with(segment(0xE1, EXIF_HEADER + whole[:30]), segment(0xE1, EXIF_HEADER + whole[30:])))
    assert raw.exif["ImageDescription"] == b"A description long enough to be split"
    assert raw.warnings == ["EXIF is split over several APP1 segments"]


def test_old_photoshop_headers_kodak_exif_and_mpf_are_recognised() -> None:
    old = b"Adobe_Photoshop2.5:" + b"\x00" * 8 + irb(iim(b"Old"))
    kodak = b"Exif\x00" + tiff_bytes({0x0110: (ASCII, b"DC290\x00")})
    raw = read(jpeg_with(segment(0xED, old), segment(0xE1, kodak), segment(0xE2, b"MPF\x00" + b"\x00" * 8)))
    assert [block.datasets for block in raw.iptc_blocks] == [[(2, 120, b"Old")]]
    assert raw.exif["Model"] == b"DC290"
    assert raw.format == "MPO"


def test_extended_xmp_chunks_are_reassembled_in_offset_order_into_the_packet_announcing_them() -> None:
    extension = XMP.format(attributes='photoshop:Headline="From the extension" photoshop:City="Other"').encode()
    guid = hashlib.md5(extension).hexdigest().upper().encode()
    main = XMP.format(attributes=f'photoshop:City="Mosul" xmpNote:HasExtendedXMP="{guid.decode()}"').encode()

    def chunk(offset: int, data: bytes) -> bytes:
        return segment(0xE1, XMP_EXT_HEADER + guid + struct.pack(">II", len(extension), offset) + data)

    half = len(extension) // 2
    raw = read(jpeg_with(segment(0xE1, XMP_HEADER + main), chunk(half, extension[half:]), chunk(0, extension[:half])))
    assert raw.xmp_packets[0].properties == {"photoshop:City": "Mosul", "xmpNote:HasExtendedXMP": guid.decode(),
                                             "photoshop:Headline": "From the extension"}
    assert len(raw.xmp_packets) == 1 and raw.warnings == []


def test_junk_and_fill_bytes_between_segments_are_skipped() -> None:
    data = picture()
    raw = read(data[:2] + b"junk" + b"\xff\xff" + segment(0xE1, XMP_HEADER + XMP.format(attributes='photoshop:City="Kyiv"').encode()) + data[2:])
    assert raw.xmp_packets[0].get("photoshop:City") == "Kyiv" and raw.is_decodable and raw.warnings == []


def test_a_file_cut_in_its_header_is_metadata_only_and_says_where_it_ends() -> None:
    data = jpeg_with(segment(0xE1, XMP_HEADER + XMP.format(attributes='photoshop:City="Kyiv"').encode()))
    raw = read(data[:100])
    assert not raw.is_decodable
    assert raw.warnings == ["truncated JPEG: the file ends inside its header segments (after 100 bytes)",
                            "JPEG has no image data (no SOS segment): metadata only",
                            "ill-formed XMP in APP1 XMP was skipped"]  # what was there of the segment was tried


def test_a_file_cut_in_its_image_data_is_decodable_but_warned_and_a_trailer_is_fine() -> None:
    data = picture((320, 240))
    cut = data[:-200]
    assert len(cut) > 1024
    raw = read(cut)
    assert raw.is_decodable
    assert raw.warnings == [f"truncated JPEG (ends after {len(cut) / 1024:.0f} KB without an end marker)"]
    trailer = read(data + b"PHOTO MECHANIC TRAILER" * 100)  # 2.2 KB after the end marker
    assert trailer.warnings == []


def test_a_segment_length_below_two_stops_the_scan() -> None:
    data = picture()
    raw = read(data[:2] + b"\xff\xe1\x00\x01" + data[2:])
    assert raw.warnings == ["bad JPEG segment length at byte 2", "JPEG has no image data (no SOS segment): metadata only"]
