"""Metadata from chunked containers: PNG, WebP, GIF, PSD, PGF, EPS and BMP.

Each reader walks the container's chunks by seeking past image data, so only the
header and metadata chunks are read.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from typing import BinaryIO

from catalog.charsets import decode_cp1252
from catalog.metadata import RawImage
from media.blocks import add_exif, add_iim, add_irb, add_xmp_packet

MAX_METADATA_CHUNK = 16 * 1024 * 1024
MAX_TEXT_BYTES = 16 * 1024 * 1024  # a compressed text chunk may expand to this much, no more
MAX_CHUNKS = 100_000
EPS_HEAD_BYTES = 2 * 1024 * 1024  # EPS writers put %BeginPhotoshop and XMP near the top
_PNG_TEXT_KEYS = {"description": "Description", "author": "Author", "title": "Title",
                  "copyright": "Copyright", "comment": "Comment", "creation time": "CreationTime"}


def read_png(handle: BinaryIO, head: bytes, raw: RawImage, file_size: int) -> None:
    """PNG: IHDR size, eXIf, XMP in iTXt, text chunks, ImageMagick raw profiles; all chunks, even after IDAT."""
    pos = 8
    first = True
    for _ in range(MAX_CHUNKS):
        handle.seek(pos)
        header = handle.read(8)
        if len(header) < 8:
            raw.warn("PNG ends without an IEND chunk (truncated file)")
            return
        length, kind = struct.unpack(">I4s", header)
        if first and kind != b"IHDR":
            raw.warn("PNG header (IHDR) missing: the file does not start like a PNG picture")
            raw.is_decodable = False
        first = False
        if kind == b"IEND":
            return
        if pos + 12 + length > file_size:
            raw.warn(f"PNG chunk {kind.decode('latin-1')!r} runs past the end of the file (truncated)")
            if kind in (b"IDAT", b"IHDR"):
                return
        if kind == b"IHDR" and length >= 8:
            raw.pixel_width, raw.pixel_height = struct.unpack(">II", handle.read(8))
        elif kind in (b"eXIf", b"exIf", b"tEXt", b"zTXt", b"iTXt", b"iTXT") and length <= MAX_METADATA_CHUNK:
            _read_png_chunk(kind, handle.read(length), raw)
        pos += 12 + length
    raw.warn("PNG has too many chunks; the rest was not read")


def _read_png_chunk(kind: bytes, data: bytes, raw: RawImage) -> None:
    if kind in (b"eXIf", b"exIf"):
        add_exif(raw, data[6:] if data.startswith(b"Exif\x00\x00") else data, "PNG eXIf")
        return
    keyword, _, rest = data.partition(b"\x00")
    name = keyword.decode("latin-1")
    try:
        text = _png_text(kind, rest)
    except (zlib.error, ValueError) as error:
        raw.warn(f"PNG text chunk {name!r} cannot be read ({error})")
        return
    if name == "XML:com.adobe.xmp":
        add_xmp_packet(raw, text.encode("utf-8"), "PNG iTXt XMP")
    elif name.lower().startswith("raw profile type "):
        _read_raw_profile(name[len("raw profile type "):].lower(), text, raw)
    elif name.lower() in _PNG_TEXT_KEYS:
        raw.text_chunks.setdefault(_PNG_TEXT_KEYS[name.lower()], text)


def _png_text(kind: bytes, rest: bytes) -> str:
    if kind == b"tEXt":
        return decode_cp1252(rest)  # PNG tEXt is Latin-1 by the spec
    if kind == b"zTXt":
        return decode_cp1252(_inflate(rest[1:]))
    compressed, _method = rest[0], rest[1]
    language_end = rest.index(b"\x00", 2)
    translated_end = rest.index(b"\x00", language_end + 1)
    body = rest[translated_end + 1:]
    if compressed:
        body = _inflate(body)
    return body.decode("utf-8", errors="replace")


def _inflate(data: bytes) -> bytes:
    """Decompress a text chunk, refusing one that expands past ``MAX_TEXT_BYTES`` (a zip bomb)."""
    inflater = zlib.decompressobj()
    text = inflater.decompress(data, MAX_TEXT_BYTES)
    if inflater.unconsumed_tail:
        raise ValueError(f"it expands to more than {MAX_TEXT_BYTES // 1024 ** 2} MB")
    return text


def _read_raw_profile(profile: str, text: str, raw: RawImage) -> None:
    """ImageMagick's hex-encoded profiles: "\\nexif\\n   1234\\n<hex digits>"."""
    match = re.match(r"\s*\S*\s+(\d+)\s+", text)
    if not match:
        return
    try:
        data = bytes.fromhex(re.sub(r"\s+", "", text[match.end():]))
    except ValueError:
        raw.warn(f"PNG raw profile {profile!r} is not valid hex")
        return
    if profile in ("exif", "app1"):
        if data.startswith(b"Exif\x00\x00"):
            data = data[6:]
        if data.startswith(b"http://ns.adobe.com/xap/1.0/\x00"):
            add_xmp_packet(raw, data[29:], "PNG raw profile XMP")
        else:
            add_exif(raw, data, "PNG raw profile EXIF")
    elif profile in ("iptc", "8bim"):
        if data.startswith(b"8BIM"):
            add_irb(raw, data, "PNG raw profile IPTC")
        elif data[:1] == b"\x1c":
            add_iim(raw, data, "PNG raw profile IPTC")
    elif profile == "xmp":
        add_xmp_packet(raw, data, "PNG raw profile XMP")


def read_webp(handle: BinaryIO, head: bytes, raw: RawImage, file_size: int) -> None:
    """WebP (RIFF): canvas size from VP8X/VP8/VP8L, EXIF and XMP chunks."""
    riff_end = min(file_size, struct.unpack_from("<I", head, 4)[0] + 8)
    pos = 12
    for _ in range(MAX_CHUNKS):
        if pos + 8 > riff_end:
            break
        handle.seek(pos)
        kind, length = struct.unpack("<4sI", handle.read(8))
        if kind == b"\x00\x00\x00\x00" and length == 0:
            raw.warn("WebP has an empty chunk; skipped it")
        if pos + 8 + length > file_size:
            raw.warn(f"WebP chunk {kind.decode('latin-1')!r} runs past the end of the file (truncated)")
        if kind == b"VP8X" and length >= 10:
            data = handle.read(10)
            raw.pixel_width = int.from_bytes(data[4:7], "little") + 1
            raw.pixel_height = int.from_bytes(data[7:10], "little") + 1
        elif kind == b"VP8 " and length >= 10 and raw.pixel_width is None:
            data = handle.read(10)
            if data[3:6] == b"\x9d\x01\x2a":
                width, height = struct.unpack_from("<HH", data, 6)
                raw.pixel_width, raw.pixel_height = width & 0x3FFF, height & 0x3FFF
        elif kind == b"VP8L" and length >= 5 and raw.pixel_width is None:
            data = handle.read(5)
            if data[0] == 0x2F:
                bits = int.from_bytes(data[1:5], "little")
                raw.pixel_width, raw.pixel_height = (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        elif kind == b"EXIF" and length <= MAX_METADATA_CHUNK:
            data = handle.read(length)
            add_exif(raw, data[6:] if data.startswith(b"Exif\x00\x00") else data, "WebP EXIF")
        elif kind == b"XMP " and length <= MAX_METADATA_CHUNK:
            add_xmp_packet(raw, handle.read(length), "WebP XMP")
        pos += 8 + length + (length & 1)


def read_gif(handle: BinaryIO, head: bytes, raw: RawImage, file_size: int) -> None:
    """GIF: logical screen size, and XMP from its application extension (found by walking the blocks)."""
    raw.pixel_width, raw.pixel_height = struct.unpack_from("<HH", head, 6)
    flags = head[10]
    position = 13 + (3 * (2 << (flags & 7)) if flags & 0x80 else 0)
    handle.seek(position)
    for _ in range(MAX_CHUNKS):
        introducer = handle.read(1)
        if introducer == b"\x21":
            label = handle.read(1)
            if label == b"\xff" and handle.read(12) == b"\x0bXMP DataXMP":
                _read_gif_xmp(handle, raw)
                return
            _skip_sub_blocks(handle)
        elif introducer == b"\x2c":
            descriptor = handle.read(9)
            if len(descriptor) < 9:
                break
            if descriptor[8] & 0x80:
                handle.seek(3 * (2 << (descriptor[8] & 7)), 1)
            handle.read(1)  # LZW minimum code size
            _skip_sub_blocks(handle)
        else:
            return  # trailer (0x3B), or the file ends
    raw.warn("GIF has too many blocks; the rest was not read")


def _skip_sub_blocks(handle: BinaryIO) -> None:
    for _ in range(MAX_CHUNKS * 10):
        size = handle.read(1)
        if not size or size == b"\x00":
            return
        handle.seek(size[0], 1)


def _read_gif_xmp(handle: BinaryIO, raw: RawImage) -> None:
    # GIF XMP is stored raw, followed by a 258-byte "magic trailer" that makes it skippable
    data = handle.read(MAX_METADATA_CHUNK // 16)
    end = data.find(b"<?xpacket end")
    end = data.find(b">", end) + 1 if end >= 0 else data.find(b"\x01\xff\xfe")
    add_xmp_packet(raw, data[:end] if end > 0 else data, "GIF XMP")


def read_psd(handle: BinaryIO, head: bytes, raw: RawImage, file_size: int) -> None:
    """Photoshop PSD/PSB: size from the header, then the image-resource block (IIM, digest, XMP, EXIF)."""
    raw.pixel_height, raw.pixel_width = struct.unpack_from(">II", head, 14)
    color_data_length = struct.unpack_from(">I", head, 26)[0]
    position = 30 + color_data_length
    handle.seek(position)
    resources_length = struct.unpack(">I", handle.read(4))[0]
    if resources_length > file_size - position - 4:
        raw.warn(f"bad Photoshop resource section size {resources_length}; read what fits")
        resources_length = file_size - position - 4
    resources = handle.read(min(resources_length, MAX_METADATA_CHUNK * 4))
    add_irb(raw, resources, "PSD image resources")
    _read_psd_exif(resources, raw)


def _read_psd_exif(resources: bytes, raw: RawImage) -> None:
    # EXIF lives in resource 0x0422 ("Exif data 1") as a TIFF structure.
    position = resources.find(b"8BIM\x04\x22")
    if position < 0:
        return
    name_length = resources[position + 6]
    at = position + 6 + ((name_length + 2) & ~1)
    size = struct.unpack_from(">I", resources, at)[0]
    add_exif(raw, resources[at + 4:at + 4 + size], "PSD EXIF")


def read_pgf(handle: BinaryIO, head: bytes, raw: RawImage, file_size: int) -> None:
    """PGF: size from the header; metadata from the embedded PNG, as exiftool reads it."""
    raw.pixel_width, raw.pixel_height = struct.unpack_from("<II", head, 8)
    post_header = struct.unpack_from("<I", head, 4)[0] - 16
    position = 24
    if head[20] == 2:  # indexed colour: a 1024-byte colour table comes first
        position += 1024
        post_header -= 1024
    if 0 < post_header < MAX_METADATA_CHUNK:
        handle.seek(position)
        embedded = handle.read(post_header)
        if embedded.startswith(b"\x89PNG"):
            size = raw.pixel_width, raw.pixel_height
            read_png(io.BytesIO(embedded), embedded[:64], raw, len(embedded))
            raw.pixel_width, raw.pixel_height = size
    raw.is_decodable = False


def read_eps(handle: BinaryIO, head: bytes, raw: RawImage, file_size: int) -> None:
    """EPS: Photoshop resources and XMP embedded in the PostScript, size from %%BoundingBox."""
    start, length = 0, file_size
    if head[:4] == b"\xc5\xd0\xd3\xc6":  # DOS EPS binary header: offsets of the PostScript section
        start, length = struct.unpack_from("<II", head, 4)
    handle.seek(start)
    text = handle.read(min(length, EPS_HEAD_BYTES))
    box = re.search(rb"%%(?:HiRes)?BoundingBox:\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)", text)
    if box:
        x1, y1, x2, y2 = (float(v) for v in box.groups())
        raw.pixel_width, raw.pixel_height = round(x2 - x1), round(y2 - y1)
    photoshop = re.search(rb"%BeginPhotoshop:\s*\d+\s*[\r\n]+(.*?)%EndPhotoshop", text, re.S)
    if photoshop:
        hex_digits = re.sub(rb"[%\s]", b"", photoshop.group(1))
        try:
            add_irb(raw, bytes.fromhex(hex_digits.decode("ascii")), "EPS Photoshop resources")
        except ValueError:
            raw.warn("EPS Photoshop resources are not valid hex")
    xmp = re.search(rb"<\?xpacket begin.*?<\?xpacket end[^>]*>", text, re.S)
    if xmp:
        add_xmp_packet(raw, xmp.group(0), "EPS XMP")


def read_bmp(handle: BinaryIO, head: bytes, raw: RawImage, file_size: int) -> None:
    """BMP: size from the info header (height may be negative for top-down rows)."""
    width, height = struct.unpack_from("<ii", head, 18)
    raw.pixel_width, raw.pixel_height = abs(width), abs(height)
