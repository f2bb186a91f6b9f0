"""Chunked containers made here with Pillow or byte by byte: PNG, WebP, GIF, PSD, EPS, BMP."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image, PngImagePlugin

from catalog.metadata import RawImage
from media.containers import read_bmp, read_eps, read_gif, read_png, read_psd, read_webp
from tests.helpers.tiff_bytes import ASCII, SHORT, tiff_bytes

XMP = ('<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
       '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
       'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="{city}"/></rdf:RDF></x:xmpmeta>'
       '<?xpacket end="w"?>')
EXIF = tiff_bytes({0x010F: (ASCII, b"Canon\x00"), 0x0112: (SHORT, (6,))})


def read(reader, data: bytes, format_name: str = "PNG") -> RawImage:
    raw = RawImage(format=format_name, mime="image/x-test")
    reader(io.BytesIO(data), data[:65536], raw, len(data))
    return raw


def saved(image: Image.Image, format_name: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format_name, **options)
    return buffer.getvalue()


def resource(resource_id: int, body: bytes) -> bytes:
    """One Photoshop image resource with an empty name, its body padded to an even length."""
    return b"8BIM" + struct.pack(">HHI", resource_id, 0, len(body)) + body + b"\x00" * (len(body) & 1)


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def test_png_text_xmp_and_exif_chunks_are_read() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Title", "Flood")
    info.add_text("Description", "Flood waters in Málaga", zip=True)
    info.add_itxt("XML:com.adobe.xmp", XMP.format(city="Málaga"))
    raw = read(read_png, saved(Image.new("RGB", (30, 20)), "PNG", pnginfo=info, exif=b"Exif\x00\x00" + EXIF))
    assert (raw.pixel_width, raw.pixel_height) == (30, 20)
    assert raw.text_chunks == {"Title": "Flood", "Description": "Flood waters in Málaga"}
    assert [packet.properties for packet in raw.xmp_packets] == [{"photoshop:City": "Málaga"}]
    assert (raw.exif["Make"], raw.orientation, raw.warnings) == (b"Canon", 6, [])


def test_png_chunks_after_the_image_data_and_imagemagick_raw_profiles_are_read() -> None:
    data = saved(Image.new("RGB", (8, 8)), "PNG")
    iim = b"\x1c\x02\x78\x00\x07Caption"
    profile = f"\nIPTC\n{len(iim):8d}\n{iim.hex()}\n".encode()
    late = png_chunk(b"tEXt", b"Raw profile type iptc\x00" + profile) + png_chunk(b"tEXt", b"Author\x00Jon Nazca")
    raw = read(read_png, data[:-12] + late + data[-12:])  # before IEND, after IDAT
    assert [block.datasets for block in raw.iptc_blocks] == [[(2, 120, b"Caption")]]
    assert raw.text_chunks == {"Author": "Jon Nazca"} and raw.warnings == []


def test_a_png_cut_short_and_a_zip_bomb_text_are_warned_not_fatal() -> None:
    bomb = png_chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"\x00" * (17 * 1024 * 1024)))
    data = saved(Image.new("RGB", (8, 8)), "PNG")
    raw = read(read_png, data[:33] + bomb + data[33:])
    assert raw.warnings == ["PNG text chunk 'Comment' cannot be read (it expands to more than 16 MB)"]
    cut = read(read_png, data[:-20])  # IEND and the end of IDAT are gone
    assert cut.warnings == ["PNG chunk 'IDAT' runs past the end of the file (truncated)"]
    assert (cut.pixel_width, cut.pixel_height) == (8, 8)
    no_end = read(read_png, data[:-12])  # only IEND is gone
    assert no_end.warnings == ["PNG ends without an IEND chunk (truncated file)"]


def test_a_file_not_starting_with_its_header_chunk_is_not_decodable() -> None:
    data = b"\x89PNG\r\n\x1a\n" + png_chunk(b"tEXt", b"Title\x00x") + png_chunk(b"IEND", b"")
    raw = read(read_png, data)
    assert not raw.is_decodable
    assert raw.warnings == ["PNG header (IHDR) missing: the file does not start like a PNG picture"]


def test_webp_canvas_size_exif_and_xmp_chunks_are_read() -> None:
    data = saved(Image.new("RGB", (33, 21)), "WEBP", exif=b"Exif\x00\x00" + EXIF, xmp=XMP.format(city="Kyiv").encode())
    raw = read(read_webp, data, "WebP")
    assert (raw.pixel_width, raw.pixel_height) == (33, 21)
    assert raw.exif["Make"] == b"Canon" and raw.xmp_packets[0].get("photoshop:City") == "Kyiv"
    lossless = read(read_webp, saved(Image.new("RGB", (40, 25)), "WEBP", lossless=True), "WebP")
    assert (lossless.pixel_width, lossless.pixel_height) == (40, 25)


def test_gif_xmp_in_its_application_extension_is_read() -> None:
    frame = saved(Image.new("P", (12, 9)), "GIF")
    packet = XMP.format(city="Gaza").encode()
    trailer = b"\x01" + bytes(range(255, -1, -1)) + b"\x00\x00"  # the 258-byte "magic trailer"
    extension = b"\x21\xff\x0bXMP DataXMP" + packet + trailer
    data = frame[:-1] + extension + frame[-1:]
    raw = read(read_gif, data, "GIF")
    assert (raw.pixel_width, raw.pixel_height) == (12, 9)
    assert [p.properties for p in raw.xmp_packets] == [{"photoshop:City": "Gaza"}]


def test_psd_resources_give_the_iim_block_and_exif() -> None:
    iim = b"\x1c\x02\x78\x00\x07Caption"
    resources = resource(0x0404, iim) + resource(0x0422, EXIF)
    header = b"8BPS" + struct.pack(">H6sHIIHH", 1, b"", 3, 480, 640, 8, 3) + struct.pack(">I", 0)
    data = header + struct.pack(">I", len(resources)) + resources + b"\x00" * 16
    raw = read(read_psd, data, "PSD")
    assert (raw.pixel_width, raw.pixel_height) == (640, 480)
    assert [block.datasets for block in raw.iptc_blocks] == [[(2, 120, b"Caption")]]
    assert raw.exif["Make"] == b"Canon" and raw.warnings == []


def test_eps_bounding_box_photoshop_hex_resources_and_xmp_are_read() -> None:
    iim = b"\x1c\x02\x78\x00\x07Caption"
    irb = resource(0x0404, iim)
    text = (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 612 792\n"
            b"%BeginPhotoshop: " + str(len(irb)).encode() + b"\n% " + irb.hex().encode() + b"\n%EndPhotoshop\n"
            + XMP.format(city="Lviv").encode() + b"\nshowpage\n")
    raw = read(read_eps, text, "EPS")
    assert (raw.pixel_width, raw.pixel_height) == (612, 792)
    assert [block.datasets for block in raw.iptc_blocks] == [[(2, 120, b"Caption")]]
    assert raw.xmp_packets[0].get("photoshop:City") == "Lviv"


def test_a_top_down_bmp_has_a_positive_height() -> None:
    data = saved(Image.new("RGB", (14, 10)), "BMP")
    top_down = bytearray(data)
    struct.pack_into("<i", top_down, 22, -10)
    raw = read(read_bmp, bytes(top_down), "BMP")
    assert (raw.pixel_width, raw.pixel_height) == (14, 10)
