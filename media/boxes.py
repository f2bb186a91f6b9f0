"""Box-structured files: JPEG 2000 (JP2), ISO base media (HEIC, HEIF, AVIF, CR3) and JPEG XL."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import BinaryIO, Iterator

from catalog.metadata import RawImage
from media.blocks import add_exif, add_iim, add_tiff_data, add_xmp_packet
from media.ifd import EXIF_TAGS, GPS_TAGS, Ifd, bytes_reader, parse_tiff

MAX_BOX_PAYLOAD = 16 * 1024 * 1024
MAX_BOXES = 10_000

_UUID_XMP = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
_UUID_IPTC = bytes.fromhex("33c7a4d2b81d4723a0baf1a3e097ad38")
_UUID_EXIF = b"JpgTiffExif->JP2"
_UUID_CANON = bytes.fromhex("85c0b687820f11e08111f4ce462b6a48")
_UUID_CANON_PREVIEW = bytes.fromhex("eaf42b5e1c984b88b9fbb7dc406e4d16")


@dataclass
class Box:
    """One box: its type, where its payload starts in the file, and how long it is."""

    kind: bytes
    start: int
    size: int
    truncated: bool = False


def iter_boxes(handle: BinaryIO, start: int, end: int, raw: RawImage) -> Iterator[Box]:
    """The boxes between ``start`` and ``end``, read by seeking (payloads are not read)."""
    position = start
    for _ in range(MAX_BOXES):
        if position + 8 > end:
            return
        handle.seek(position)
        header = handle.read(8)
        if len(header) < 8:
            return
        size, kind = struct.unpack(">I4s", header)
        header_size = 8
        if size == 1:
            size = struct.unpack(">Q", handle.read(8))[0]
            header_size = 16
        elif size == 0:
            size = end - position
        if size < header_size:
            raw.warn(f"bad {kind.decode('latin-1')!r} box size {size}; the rest of the file was skipped")
            return
        truncated = position + size > end
        if truncated:
            raw.warn(f"truncated {kind.decode('latin-1')!r} box (the file ends first); read what is there")
        yield Box(kind, position + header_size, min(size, end - position) - header_size, truncated)
        position += size


def _payload(handle: BinaryIO, box: Box, limit: int = MAX_BOX_PAYLOAD) -> bytes:
    handle.seek(box.start)
    return handle.read(min(box.size, limit))


# --- JPEG 2000 -------------------------------------------------------------------
def read_jp2(handle: BinaryIO, head: bytes, raw: RawImage, file_size: int) -> None:
    """JP2: size from ihdr, XMP/IPTC/EXIF from uuid boxes (and XMP from 'xml ' boxes)."""
    for box in iter_boxes(handle, 0, file_size, raw):
        if box.kind == b"jp2h":
            for inner in iter_boxes(handle, box.start, box.start + box.size, raw):
                if inner.kind == b"ihdr" and inner.size >= 8:
                    raw.pixel_height, raw.pixel_width = struct.unpack(">II", _payload(handle, inner, 8))
        elif box.kind == b"uuid" and box.size > 16:
            data = _payload(handle, box)
            _read_uuid(data[:16], data[16:], raw, "JP2")
        elif box.kind == b"xml " and b"xmpmeta" in _payload(handle, box, 4096):
            add_xmp_packet(raw, _payload(handle, box), "JP2 xml box")


def _read_uuid(uuid: bytes, data: bytes, raw: RawImage, where: str) -> None:
    if uuid == _UUID_XMP:
        add_xmp_packet(raw, data, f"{where} XMP")
    elif uuid == _UUID_IPTC:
        add_iim(raw, data, f"{where} IPTC")
    elif uuid == _UUID_EXIF:
        add_exif(raw, data[6:] if data.startswith(b"Exif\x00\x00") else data, f"{where} EXIF")


def read_j2c(handle: BinaryIO, head: bytes, raw: RawImage, file_size: int) -> None:
    """A bare JPEG 2000 codestream: size from the SIZ marker."""
    if head[2:4] == b"\xff\x51" and len(head) >= 24:
        width, height, x_offset, y_offset = struct.unpack_from(">IIII", head, 8)
        raw.pixel_width, raw.pixel_height = width - x_offset, height - y_offset


# --- ISO base media (HEIF family, CR3) ---------------------------------------------
@dataclass
class _Item:
    kind: bytes = b""
    content_type: str = ""
    extents: list[tuple[int, int]] = field(default_factory=list)


def read_isobmff(handle: BinaryIO, head: bytes, raw: RawImage, file_size: int) -> None:
    """HEIC/HEIF/AVIF items (primary image size, Exif and XMP items) and Canon CR3 metadata boxes."""
    for box in iter_boxes(handle, 0, file_size, raw):
        if box.kind == b"meta":
            _read_heif_meta(handle, box, raw)
        elif box.kind == b"moov" and raw.format == "CR3":
            _read_cr3_moov(handle, box, raw)
        elif box.kind == b"uuid" and raw.format == "CR3":
            _read_cr3_preview(handle, box, raw)
    if raw.format == "CR3":
        raw.is_decodable = raw.embedded_preview is not None


def _read_heif_meta(handle: BinaryIO, meta: Box, raw: RawImage) -> None:
    items: dict[int, _Item] = {}
    primary = None
    sizes: dict[int, tuple[int, int]] = {}
    rotations: dict[int, int] = {}
    mirrors: dict[int, int] = {}
    properties: list[tuple[bytes, bytes]] = []
    associations: dict[int, list[int]] = {}
    for box in iter_boxes(handle, meta.start + 4, meta.start + meta.size, raw):  # meta is a full box
        data = _payload(handle, box)
        if box.kind == b"pitm":
            primary = struct.unpack_from(">H" if data[0] == 0 else ">I", data, 4)[0]
        elif box.kind == b"iinf":
            _read_iinf(data, items)
        elif box.kind == b"iloc":
            _read_iloc(data, items)
        elif box.kind == b"iprp":
            properties, associations = _read_iprp(data)
    for item_id, indexes in associations.items():
        for index in indexes:
            if 0 < index <= len(properties):
                kind, payload = properties[index - 1]
                if kind == b"ispe" and len(payload) >= 12:
                    sizes.setdefault(item_id, struct.unpack_from(">II", payload, 4))
                elif kind == b"clap" and len(payload) >= 16:
                    # the clean aperture: what is shown of a picture coded in whole blocks (x265
                    # pads 640×427 to 640×428); the width and height are fractions
                    width_n, width_d, height_n, height_d = struct.unpack_from(">IIII", payload)
                    if width_d and height_d:
                        sizes[item_id] = (round(width_n / width_d), round(height_n / height_d))
                elif kind == b"irot" and payload:
                    rotations[item_id] = payload[0] & 3
                elif kind == b"imir" and payload:
                    mirrors[item_id] = payload[0] & 1
    if primary in sizes:
        raw.pixel_width, raw.pixel_height = sizes[primary]
    elif sizes:
        raw.pixel_width, raw.pixel_height = max(sizes.values(), key=lambda s: s[0] * s[1])
    for item in items.values():
        if item.kind == b"Exif":
            data = _item_data(handle, item)
            if len(data) > 4:
                offset = struct.unpack_from(">I", data)[0]
                add_exif(raw, data[4 + offset:], f"{raw.format} Exif item")
        elif item.kind == b"mime" and "xml" in item.content_type:
            add_xmp_packet(raw, _item_data(handle, item), f"{raw.format} XMP item")
    orientation = _transform_orientation(rotations.get(primary, 0), mirrors.get(primary))
    if raw.format == "AVIF":
        # Pillow's AVIF decoder leaves the pixels as stored and reports irot/imir as the EXIF
        # orientation (overriding the file's EXIF tag), so that is the orientation to apply.
        raw.orientation = orientation if orientation != 1 else None
    else:
        # pillow-heif turns the picture itself and drops the EXIF orientation: report the
        # displayed size, and no orientation, so nothing turns it a second time.
        if orientation in (5, 6, 7, 8) and raw.pixel_width and raw.pixel_height:
            raw.pixel_width, raw.pixel_height = raw.pixel_height, raw.pixel_width
        raw.orientation = None


# (irot quarter turns anticlockwise, imir axis) -> the EXIF orientation that describes it
_TRANSFORMS = {(0, None): 1, (1, None): 8, (2, None): 3, (3, None): 6,
               (0, 0): 4, (0, 1): 2, (1, 0): 5, (1, 1): 7, (2, 0): 2, (2, 1): 4, (3, 0): 7, (3, 1): 5}


def _transform_orientation(quarter_turns: int, mirror_axis: int | None) -> int:
    """The EXIF orientation equivalent of HEIF irot (then imir) on the primary image."""
    return _TRANSFORMS.get((quarter_turns, mirror_axis), 1)


def _read_iinf(data: bytes, items: dict[int, _Item]) -> None:
    version = data[0]
    position = 4 + (2 if version == 0 else 4)
    while position + 8 <= len(data):
        size, kind = struct.unpack_from(">I4s", data, position)
        if size < 8:
            return
        if kind == b"infe":
            entry = data[position + 8:position + size]
            infe_version = entry[0]
            if infe_version >= 2:
                id_size = 2 if infe_version == 2 else 4
                item_id = int.from_bytes(entry[4:4 + id_size], "big")
                item_type = entry[4 + id_size + 2:4 + id_size + 6]
                item = items.setdefault(item_id, _Item())
                item.kind = item_type
                if item_type == b"mime":
                    names = entry[4 + id_size + 6:].split(b"\x00")
                    item.content_type = names[1].decode("latin-1") if len(names) > 1 else ""
        position += size


def _read_iloc(data: bytes, items: dict[int, _Item]) -> None:
    version = data[0]
    offset_size, length_size = data[4] >> 4, data[4] & 15
    base_offset_size, index_size = data[5] >> 4, (data[5] & 15 if version in (1, 2) else 0)
    position = 6
    count_size = 2 if version < 2 else 4
    count = int.from_bytes(data[position:position + count_size], "big")
    position += count_size

    def number(size: int) -> int:
        nonlocal position
        value = int.from_bytes(data[position:position + size], "big")
        position += size
        return value

    for _ in range(count):
        item_id = number(2 if version < 2 else 4)
        if version in (1, 2):
            number(2)  # construction method: 0 = file offset (the only one used for Exif/XMP here)
        number(2)  # data reference index
        base = number(base_offset_size)
        extent_count = number(2)
        item = items.setdefault(item_id, _Item())
        for _ in range(extent_count):
            if index_size:
                number(index_size)
            extent_offset = number(offset_size)
            extent_length = number(length_size)
            item.extents.append((base + extent_offset, extent_length))


def _read_iprp(data: bytes) -> tuple[list[tuple[bytes, bytes]], dict[int, list[int]]]:
    properties: list[tuple[bytes, bytes]] = []
    associations: dict[int, list[int]] = {}
    for kind, body in _inner_boxes(data):
        if kind == b"ipco":
            properties = list(_inner_boxes(body))
        elif kind == b"ipma":
            version, flags = body[0], int.from_bytes(body[1:4], "big")
            count = struct.unpack_from(">I", body, 4)[0]
            position = 8
            for _ in range(count):
                if version < 1:
                    item_id = struct.unpack_from(">H", body, position)[0]
                    position += 2
                else:
                    item_id = struct.unpack_from(">I", body, position)[0]
                    position += 4
                n = body[position]
                position += 1
                indexes = []
                for _ in range(n):
                    if flags & 1:
                        indexes.append(struct.unpack_from(">H", body, position)[0] & 0x7FFF)
                        position += 2
                    else:
                        indexes.append(body[position] & 0x7F)
                        position += 1
                associations[item_id] = indexes
    return properties, associations


def _inner_boxes(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    position = 0
    while position + 8 <= len(data):
        size, kind = struct.unpack_from(">I4s", data, position)
        if size < 8:
            return
        yield kind, data[position + 8:position + size]
        position += size


def _item_data(handle: BinaryIO, item: _Item) -> bytes:
    parts = []
    for offset, length in item.extents:
        handle.seek(offset)
        parts.append(handle.read(min(length, MAX_BOX_PAYLOAD)))
    return b"".join(parts)


def _read_cr3_moov(handle: BinaryIO, moov: Box, raw: RawImage) -> None:
    for box in iter_boxes(handle, moov.start, moov.start + moov.size, raw):
        if box.kind != b"uuid":
            continue
        handle.seek(box.start)
        if handle.read(16) != _UUID_CANON:
            continue
        for inner in iter_boxes(handle, box.start + 16, box.start + box.size, raw):
            if inner.kind not in (b"CMT1", b"CMT2", b"CMT4"):
                continue
            data = _payload(handle, inner)
            tags = {b"CMT1": None, b"CMT2": EXIF_TAGS, b"CMT4": GPS_TAGS}[inner.kind]
            tiff = parse_tiff(bytes_reader(data), total_size=len(data),
                              **({"first_ifd_tags": tags} if tags else {}))
            if inner.kind == b"CMT2":
                tiff.exif, tiff.ifd0 = tiff.ifd0, Ifd()
            elif inner.kind == b"CMT4":
                tiff.gps, tiff.ifd0 = tiff.ifd0, Ifd()
            else:
                width, height = tiff.ifd0.values.get("ImageWidth"), tiff.ifd0.values.get("ImageHeight")
                if isinstance(width, int) and isinstance(height, int):
                    raw.pixel_width, raw.pixel_height = width, height
            add_tiff_data(raw, tiff, f"CR3 {inner.kind.decode()}", embedded=True)


def _read_cr3_preview(handle: BinaryIO, box: Box, raw: RawImage) -> None:
    handle.seek(box.start)
    if handle.read(16) != _UUID_CANON_PREVIEW:
        return
    # uuid payload: 8 bytes, then a PRVW box: 4 skipped bytes, width, height, 2 more, JPEG length, JPEG
    for inner in iter_boxes(handle, box.start + 24, box.start + box.size, raw):
        if inner.kind == b"PRVW" and inner.size > 16:
            handle.seek(inner.start + 12)
            length = struct.unpack(">I", handle.read(4))[0]
            if inner.start + 16 + length <= inner.start + inner.size:
                raw.embedded_preview = (inner.start + 16, length)


# --- JPEG XL -------------------------------------------------------------------
def read_jxl(handle: BinaryIO, head: bytes, raw: RawImage, file_size: int) -> None:
    """JPEG XL: size from the codestream header; EXIF and XMP from the container's boxes."""
    if head[:2] == b"\xff\x0a":
        _set_jxl_size(head, raw)
        return
    for box in iter_boxes(handle, 0, file_size, raw):
        if box.kind in (b"jxlc", b"jxlp"):
            data = _payload(handle, box, 64)
            codestream = data[4:] if box.kind == b"jxlp" else data
            if raw.pixel_width is None and codestream[:2] == b"\xff\x0a":
                _set_jxl_size(codestream, raw)
        elif box.kind == b"Exif" and box.size > 4:
            data = _payload(handle, box)
            offset = struct.unpack_from(">I", data)[0]
            add_exif(raw, data[4 + offset:], "JXL Exif box")
        elif box.kind == b"xml ":
            add_xmp_packet(raw, _payload(handle, box), "JXL xml box")
        elif box.kind == b"brob":
            raw.warn("JPEG XL metadata is Brotli-compressed (brob box) and was not read")


def _set_jxl_size(codestream: bytes, raw: RawImage) -> None:
    bits = _Bits(codestream[2:])
    if bits.read(1):  # small size: multiples of 8 up to 256
        height = (bits.read(5) + 1) * 8
        ratio = bits.read(3)
        width = (bits.read(5) + 1) * 8 if ratio == 0 else 0
    else:
        height = _jxl_u32(bits)
        ratio = bits.read(3)
        width = _jxl_u32(bits) if ratio == 0 else 0
    if ratio:
        numerator, denominator = ((1, 1), (12, 10), (4, 3), (3, 2), (16, 9), (5, 4), (2, 1))[ratio - 1]
        width = height * numerator // denominator
    raw.pixel_width, raw.pixel_height = width, height


def _jxl_u32(bits: "_Bits") -> int:
    selector = bits.read(2)
    return 1 + bits.read((9, 13, 18, 30)[selector])


class _Bits:
    """Least-significant-bit-first reader, as JPEG XL packs its headers."""

    def __init__(self, data: bytes):
        self.value = int.from_bytes(data[:16], "little")
        self.position = 0

    def read(self, count: int) -> int:
        result = (self.value >> self.position) & ((1 << count) - 1)
        self.position += count
        return result
