"""Hostile variants of real image files: what a damaged wire feed or a malicious upload looks like.

One implementation for ``scripts/stress/fuzz_import.py`` and ``tests/reliability/test_fuzz_import.py``. Each
mutation takes the bytes of a real file and a seeded ``random.Random`` and returns the
mutated bytes with a short description, or None when it does not apply to that file (no
segment of the right kind). The same seed always gives the same files.

Kinds: bit flips, truncation at a random offset, corrupted segment/chunk/box lengths,
duplicated and inserted segments, oversized declared dimensions, XMP with entity expansion
("billion laughs", quadratic blow-up) and with external entities, and compressed PNG text
that inflates to hundreds of megabytes (a zip bomb in the metadata).
"""

from __future__ import annotations

import functools
import hashlib
import random
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

# The formats whose structure the mutations understand, by their first bytes.
_JPEG, _PNG, _TIFF, _RIFF, _BOX, _GIF, _PSD, _BMP, _OTHER = (
    "jpeg", "png", "tiff", "riff", "isobmff", "gif", "psd", "bmp", "other")
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_CONTAINER_BOXES = frozenset({b"moov", b"trak", b"mdia", b"minf", b"stbl", b"meta", b"iprp", b"ipco", b"jp2h", b"uuid"})

# Declared picture sizes: past every limit, just under the 200-megapixel one, under
# Pillow's own bomb limit (a real decode of a picture that is not there), absurd shapes.
OVERSIZED = ((65535, 65535), (14000, 14000), (12000, 12000), (65000, 3000), (1, 65535), (0, 0))


@dataclass(frozen=True)
class Segment:
    """One length-prefixed piece of a file: where it starts and ends, and where its length field is."""

    start: int
    end: int
    length_at: int
    length_size: int
    byte_order: str  # ">" or "<"
    label: str


@dataclass(frozen=True)
class Mutant:
    """One mutated file: where it came from, how it was changed, and its bytes."""

    name: str
    source: Path
    kind: str
    detail: str
    data: bytes


Mutation = Callable[[bytes, random.Random], "tuple[bytes, str] | None"]


def family(data: bytes) -> str:
    """The container family of a file, from its first bytes."""
    if data[:3] == b"\xff\xd8\xff":
        return _JPEG
    if data[:8] == _PNG_SIGNATURE:
        return _PNG
    if data[:4] in (b"II*\x00", b"MM\x00*", b"IIRO", b"IIRS", b"IIU\x00"):
        return _TIFF
    if data[:4] == b"RIFF":
        return _RIFF
    if data[4:8] in (b"ftyp", b"jP  ") or data[:12] == b"\x00\x00\x00\x0cjP  \r\n\x87\n":
        return _BOX
    if data[:4] in (b"GIF8",):
        return _GIF
    if data[:4] == b"8BPS":
        return _PSD
    if data[:2] == b"BM":
        return _BMP
    return _OTHER


# -- finding the structure -----------------------------------------------------------------------


def segments(data: bytes) -> list[Segment]:
    """The length-prefixed pieces of a file (JPEG segments, PNG/RIFF chunks, ISOBMFF boxes, TIFF IFD0 entries)."""
    kind = family(data)
    if kind == _JPEG:
        return list(_jpeg_segments(data))
    if kind == _PNG:
        return list(_png_chunks(data))
    if kind == _RIFF:
        return list(_riff_chunks(data))
    if kind == _BOX:
        return list(_boxes(data, 0, len(data), depth=0))
    if kind == _TIFF:
        return list(_tiff_entries(data))
    return []


def _jpeg_segments(data: bytes) -> Iterator[Segment]:
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
            pos += 2 if marker != 0xFF else 1
            continue
        if marker == 0xD9:
            return
        length = struct.unpack_from(">H", data, pos + 2)[0]
        end = min(len(data), pos + 2 + length)
        yield Segment(pos, end, pos + 2, 2, ">", f"JPEG marker 0x{marker:02X}")
        if marker == 0xDA or length < 2:
            return
        pos = end


def _png_chunks(data: bytes) -> Iterator[Segment]:
    pos = 8
    while pos + 12 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, pos)
        end = min(len(data), pos + 12 + length)
        yield Segment(pos, end, pos, 4, ">", f"PNG chunk {kind.decode('latin-1')}")
        if kind == b"IEND":
            return
        pos = end


def _riff_chunks(data: bytes) -> Iterator[Segment]:
    pos = 12
    while pos + 8 <= len(data):
        kind, length = struct.unpack_from("<4sI", data, pos)
        end = min(len(data), pos + 8 + length + (length & 1))
        yield Segment(pos, end, pos + 4, 4, "<", f"RIFF chunk {kind.decode('latin-1')}")
        pos = end


def _boxes(data: bytes, start: int, stop: int, depth: int) -> Iterator[Segment]:
    pos = start
    while pos + 8 <= stop:
        size, kind = struct.unpack_from(">I4s", data, pos)
        end = stop if size == 0 else min(stop, pos + (size if size >= 8 else 8))
        yield Segment(pos, end, pos, 4, ">", f"box {kind.decode('latin-1')}")
        if kind in _CONTAINER_BOXES and depth < 3:
            inner = pos + (12 if kind == b"meta" else 8)
            yield from _boxes(data, inner, end, depth + 1)
        if size == 1 or end <= pos:
            return  # 64-bit sizes and zero-size boxes end the walk
        pos = end


def _tiff_entries(data: bytes) -> Iterator[Segment]:
    order = "<" if data[:2] == b"II" else ">"
    first = struct.unpack_from(order + "I", data, 4)[0]
    if not 8 <= first <= len(data) - 2:
        return
    count = struct.unpack_from(order + "H", data, first)[0]
    yield Segment(first, first + 2 + 12 * count, first, 2, order, "TIFF IFD0 entry count")
    for index in range(min(count, 512)):
        at = first + 2 + 12 * index
        if at + 12 > len(data):
            return
        tag = struct.unpack_from(order + "H", data, at)[0]
        # the entry's value count stands in for a length: it says how many bytes to read where
        yield Segment(at, at + 12, at + 4, 4, order, f"TIFF tag {tag}")


# -- mutations ---------------------------------------------------------------------------------


def flip_bits(data: bytes, rng: random.Random) -> tuple[bytes, str] | None:
    """Flip a few bits, mostly in the first 64 KB where the structure and metadata live."""
    mutated = bytearray(data)
    flips = rng.choice((1, 2, 4, 8, 32))
    head = min(len(data), 65536)
    for _ in range(flips):
        at = rng.randrange(head) if rng.random() < 0.8 else rng.randrange(len(data))
        mutated[at] ^= 1 << rng.randrange(8)
    return bytes(mutated), f"{flips} bits flipped"


def truncate(data: bytes, rng: random.Random) -> tuple[bytes, str] | None:
    """Cut the file at a random offset (inside the header more often than not)."""
    if len(data) < 16:
        return None
    cut = rng.randrange(1, min(len(data), 65536)) if rng.random() < 0.6 else rng.randrange(1, len(data))
    return data[:cut], f"truncated at byte {cut} of {len(data)}"


def corrupt_length(data: bytes, rng: random.Random) -> tuple[bytes, str] | None:
    """Write a wrong length into one segment, chunk, box or IFD entry."""
    found = segments(data)
    if not found:
        return None
    segment = rng.choice(found)
    top = (1 << (8 * segment.length_size)) - 1
    current = int.from_bytes(data[segment.length_at:segment.length_at + segment.length_size],
                             "big" if segment.byte_order == ">" else "little")
    value = rng.choice((0, 1, 2, 7, max(0, current - 1), current + 1, current * 2, top, top - 1, rng.randrange(top + 1)))
    value = min(value, top)
    field = value.to_bytes(segment.length_size, "big" if segment.byte_order == ">" else "little")
    mutated = data[:segment.length_at] + field + data[segment.length_at + segment.length_size:]
    return mutated, f"{segment.label} length {current} -> {value}"


def duplicate_segment(data: bytes, rng: random.Random) -> tuple[bytes, str] | None:
    """Repeat one segment, chunk or box (up to hundreds of times: a header that never ends)."""
    found = [s for s in segments(data) if 0 < s.end - s.start <= 256 * 1024]
    if not found:
        return None
    segment = rng.choice(found)
    times = rng.choice((1, 2, 16, 500))
    piece = data[segment.start:segment.end]
    if len(piece) * times > 8 * 1024 * 1024:
        times = 2
    return data[:segment.end] + piece * times + data[segment.end:], f"{segment.label} repeated {times} more times"


def insert_segment(data: bytes, rng: random.Random) -> tuple[bytes, str] | None:
    """Insert a foreign segment between two others: random bytes in the family's own framing."""
    found = segments(data)
    kind = family(data)
    if not found or kind not in (_JPEG, _PNG, _RIFF, _BOX):
        return None
    at = rng.choice(found).start
    body = rng.randbytes(rng.choice((0, 1, 100, 4000, 65000)))
    if kind == _JPEG:
        marker = rng.choice((0xE1, 0xED, 0xE2, 0xEE, 0xFE, 0xC0, 0xDB, 0xC4))
        prefix = rng.choice((b"", b"Exif\x00\x00", _XMP_HEADER, b"Photoshop 3.0\x008BIM\x04\x04\x00\x00"))
        body = (prefix + body)[:65533]
        piece = bytes((0xFF, marker)) + struct.pack(">H", len(body) + 2) + body
        label = f"JPEG marker 0x{marker:02X}"
    elif kind == _PNG:
        name = rng.choice((b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"IHDR", b"IDAT", b"prVt"))
        piece = struct.pack(">I", len(body)) + name + body + struct.pack(">I", rng.getrandbits(32))
        label = f"PNG chunk {name.decode()}"
    elif kind == _RIFF:
        name = rng.choice((b"EXIF", b"XMP ", b"VP8X", b"JUNK"))
        piece = name + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) & 1 else b"")
        label = f"RIFF chunk {name.decode()}"
    else:
        name = rng.choice((b"meta", b"Exif", b"uuid", b"free", b"iinf", b"ispe"))
        piece = struct.pack(">I", len(body) + 8) + name + body
        label = f"box {name.decode()}"
    return data[:at] + piece + data[at:], f"{label} of {len(body)} bytes inserted at byte {at}"


def oversize_dimensions(data: bytes, rng: random.Random) -> tuple[bytes, str] | None:
    """Declare a picture far larger (or stranger) than the pixels that follow."""
    width, height = rng.choice(OVERSIZED)
    kind = family(data)
    mutated = bytearray(data)
    if kind == _JPEG:
        frames = [s for s in _jpeg_segments(data) if int(s.label[-2:], 16) in _SOF_MARKERS]
        if not frames:
            return None
        at = frames[0].start + 5
        struct.pack_into(">HH", mutated, at, min(height, 65535), min(width, 65535))
    elif kind == _PNG:
        struct.pack_into(">II", mutated, 16, width, height)
    elif kind == _GIF:
        struct.pack_into("<HH", mutated, 6, min(width, 65535), min(height, 65535))
    elif kind == _PSD:
        struct.pack_into(">II", mutated, 14, height, width)
    elif kind == _BMP and len(data) >= 26:
        struct.pack_into("<ii", mutated, 18, width, height)
    elif kind == _RIFF and data[12:16] == b"VP8X" and len(data) >= 30:
        mutated[24:27] = max(0, min(width, 1 << 24) - 1).to_bytes(3, "little")
        mutated[27:30] = max(0, min(height, 1 << 24) - 1).to_bytes(3, "little")
    elif kind == _TIFF:
        entries = [s for s in _tiff_entries(data) if s.label in ("TIFF tag 256", "TIFF tag 257")]
        if not entries:
            return None
        order = entries[0].byte_order
        for entry in entries:
            value = width if entry.label.endswith("256") else height
            struct.pack_into(order + "HI", mutated, entry.start + 2, 4, 1)  # LONG, one value
            struct.pack_into(order + "I", mutated, entry.start + 8, value)
    else:
        return None
    return bytes(mutated), f"declares {width}×{height} px"


def billion_laughs_xmp(data: bytes, rng: random.Random) -> tuple[bytes, str] | None:
    """Put an XMP packet whose entities expand exponentially (or quadratically) into the file."""
    if rng.random() < 0.7:
        levels = rng.choice((5, 9, 12))
        entities = ['<!ENTITY lol0 "lol">'] + [
            f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">' for n in range(1, levels + 1)
        ]
        reference, detail = f"&lol{levels};", f"billion laughs, {levels} levels"
    else:
        entities = [f'<!ENTITY big "{"x" * 20000}">']
        reference, detail = "&big;" * 2000, "quadratic blow-up, 2000 × 20 KB"
    doctype = f"<!DOCTYPE x:xmpmeta [{''.join(entities)}]>"
    return _with_xmp(data, _xmp_packet(doctype, reference), detail)


def external_entity_xmp(data: bytes, rng: random.Random) -> tuple[bytes, str] | None:
    """Put an XMP packet that asks for a local file or a network resource into the file."""
    target = rng.choice(("file:///etc/passwd", "file:///proc/self/environ", "http://127.0.0.1:9/evil.dtd",
                         "http://169.254.169.254/latest/meta-data/"))
    if rng.random() < 0.5:
        doctype = f'<!DOCTYPE x:xmpmeta [<!ENTITY xxe SYSTEM "{target}">]>'
        reference = "&xxe;"
    else:
        doctype = f'<!DOCTYPE x:xmpmeta [<!ENTITY % remote SYSTEM "{target}"> %remote;]>'
        reference = "parameter entity"
    return _with_xmp(data, _xmp_packet(doctype, reference), f"external entity {target}")


def text_bomb(data: bytes, rng: random.Random) -> tuple[bytes, str] | None:
    """Add a PNG compressed text chunk (zTXt, or iTXt XMP) that inflates to 256 MB of nothing."""
    if family(data) != _PNG:
        return None
    if rng.random() < 0.5:
        body = b"Comment\x00\x00" + _zeros_compressed()
        name, detail = b"zTXt", "zTXt chunk inflating to 256 MB"
    else:
        body = b"XML:com.adobe.xmp\x00\x01\x00\x00\x00" + _zeros_compressed()
        name, detail = b"iTXt", "compressed XMP inflating to 256 MB"
    piece = struct.pack(">I", len(body)) + name + body + struct.pack(">I", zlib.crc32(name + body))
    return data[:33] + piece + data[33:], detail


@functools.lru_cache(maxsize=1)
def _zeros_compressed() -> bytes:
    inflater = zlib.compressobj(9)
    block = bytes(1 << 20)
    return b"".join(inflater.compress(block) for _ in range(256)) + inflater.flush()


def _xmp_packet(doctype: str, caption: str) -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>' + doctype +
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="AP">'
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{caption}</rdf:li></rdf:Alt></dc:description>'
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode("utf-8")


def _with_xmp(data: bytes, packet: bytes, detail: str) -> tuple[bytes, str] | None:
    """The file with ``packet`` as its XMP (replacing an existing one), in the family's own framing."""
    kind = family(data)
    if kind == _JPEG:
        body = _XMP_HEADER + packet[:65533 - len(_XMP_HEADER)]
        piece = b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body
        existing = [s for s in _jpeg_segments(data) if data[s.start + 4:s.start + 4 + len(_XMP_HEADER)] == _XMP_HEADER]
        if existing:
            return data[:existing[0].start] + piece + data[existing[0].end:], detail
        return data[:2] + piece + data[2:], detail
    if kind == _PNG:
        body = b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + packet
        piece = struct.pack(">I", len(body)) + b"iTXt" + body + struct.pack(">I", 0)
        return data[:33] + piece + data[33:], detail  # right after IHDR
    if kind == _RIFF and data[8:12] == b"WEBP":
        piece = b"XMP " + struct.pack("<I", len(packet)) + packet + (b"\x00" if len(packet) & 1 else b"")
        mutated = data + piece
        return mutated[:4] + struct.pack("<I", len(mutated) - 8) + mutated[8:], detail
    return None


MUTATIONS: dict[str, Mutation] = {
    "bit-flip": flip_bits,
    "truncate": truncate,
    "bad-length": corrupt_length,
    "duplicate": duplicate_segment,
    "insert": insert_segment,
    "oversized": oversize_dimensions,
    "billion-laughs": billion_laughs_xmp,
    "external-entity": external_entity_xmp,
    "text-bomb": text_bomb,
}


# -- a batch -------------------------------------------------------------------------------------


def make_mutants(sources: Sequence[Path], count: int, *, seed: int,
                 kinds: Iterable[str] = tuple(MUTATIONS)) -> Iterator[Mutant]:
    """``count`` mutants of the ``sources``, taking the kinds in turn; the same seed, the same files."""
    rng = random.Random(seed)
    kinds = tuple(kinds)
    cache: dict[Path, bytes] = {}
    made = attempts = 0
    while made < count:
        attempts += 1
        if attempts > count * 20:
            raise ValueError("no source file suits these mutations")
        kind = kinds[made % len(kinds)]
        source = rng.choice(sources)
        data = cache.get(source)
        if data is None:
            data = cache.setdefault(source, source.read_bytes())
        if not data:
            continue
        result = MUTATIONS[kind](data, random.Random(rng.getrandbits(64)))
        if result is None:
            continue
        mutated, detail = result
        name = f"{made:05d}-{kind}-{source.stem[:40]}{source.suffix.lower()}"
        yield Mutant(name=name, source=source, kind=kind, detail=detail, data=mutated)
        made += 1


def checksums(paths: Iterable[Path]) -> dict[Path, str]:
    """The sha256 of each file (to show that fuzzing never touched the sources)."""
    return {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in paths}
