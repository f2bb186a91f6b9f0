"""Write caption, credit and rights into a JPEG's own IPTC-IIM and XMP.

Used for the web-size download (so a picture that leaves Photodesk keeps its
credit), for the bundled sample photos and by tests that need files with
known metadata. IIM is written as UTF-8 with 1:90 declared, XMP carries the
same values, and the Photoshop IPTC digest is set so MWG readers see the two
families in sync.
"""

from __future__ import annotations

import hashlib
import io
import struct
from dataclasses import dataclass
from typing import BinaryIO, Iterable
from xml.sax.saxutils import escape

from PIL import Image

from catalog.asset import Asset

# IIM record 2 dataset numbers (IPTC-IIM 4.2) and their byte limits.
_IIM_DATASETS: dict[str, tuple[int, int]] = {
    "title": (5, 64),  # 2:05 Object Name
    "special_instructions": (40, 256),  # 2:40 Special Instructions
    "date_created": (55, 8),  # 2:55 Date Created, CCYYMMDD
    "time_created": (60, 11),  # 2:60 Time Created, HHMMSS±HHMM
    "creators": (80, 32),  # 2:80 By-line (repeatable)
    "city": (90, 32),
    "sublocation": (92, 32),
    "state": (95, 32),
    "country_code": (100, 3),
    "country": (101, 64),
    "job_id": (103, 32),  # 2:103 Original Transmission Reference
    "headline": (105, 256),
    "credit": (110, 32),
    "source": (115, 32),
    "copyright": (116, 128),
    "caption": (120, 2000),
    "keywords": (25, 64),  # repeatable
}
_UTF8_ESCAPE = b"\x1b%G"  # ISO 2022 escape for UTF-8, the value of 1:90


@dataclass(frozen=True, kw_only=True)
class EmbeddedMetadata:
    """The newsroom fields written into a file, named as in the asset record."""

    caption: str | None = None
    headline: str | None = None
    title: str | None = None
    creators: tuple[str, ...] = ()
    credit: str | None = None
    source: str | None = None
    copyright: str | None = None
    usage_terms: str | None = None
    web_statement: str | None = None
    special_instructions: str | None = None
    keywords: tuple[str, ...] = ()
    city: str | None = None
    sublocation: str | None = None
    state: str | None = None
    country: str | None = None
    country_code: str | None = None
    date_created: str | None = None  # ISO 8601: date, or date and time with offset
    job_id: str | None = None

    @classmethod
    def from_asset(cls, asset: Asset) -> "EmbeddedMetadata":
        """The metadata to carry with a rendition of ``asset``: its printable credit line as Credit."""
        return cls(
            caption=asset.caption,
            headline=asset.headline,
            title=asset.title,
            creators=asset.creators,
            credit=asset.credit_line,
            source=asset.source,
            copyright=asset.copyright,
            usage_terms=asset.usage_terms,
            web_statement=asset.web_statement,
            special_instructions=asset.special_instructions,
            keywords=asset.keywords,
            city=asset.city,
            sublocation=asset.sublocation,
            state=asset.state,
            country=asset.country,
            country_code=asset.country_code,
            date_created=asset.date_created,
            job_id=asset.job_id,
        )


def build_iim(meta: EmbeddedMetadata) -> bytes:
    """The IPTC-IIM datasets for ``meta``: 1:90 UTF-8, 2:00 version, then record 2."""
    out = [_dataset(1, 90, _UTF8_ESCAPE), _dataset(2, 0, b"\x00\x04")]
    date, time = _iim_date_time(meta.date_created)
    values: dict[str, Iterable[str]] = {
        "date_created": [date] if date else [],
        "time_created": [time] if time else [],
        "creators": meta.creators,
        "keywords": meta.keywords,
    }
    for name, (number, limit) in sorted(_IIM_DATASETS.items(), key=lambda item: item[1][0]):
        texts = values.get(name)
        if texts is None:
            value = getattr(meta, name)
            texts = [value] if value else []
        for text in texts:
            out.append(_dataset(2, number, _cut_utf8(text, limit)))
    return b"".join(out)


def build_photoshop_irb(iim: bytes) -> bytes:
    """A Photoshop 3.0 APP13 payload: the IIM resource (0x0404) and its MD5 digest (0x0425)."""
    return b"Photoshop 3.0\x00" + _irb_resource(0x0404, iim) + _irb_resource(
        0x0425, hashlib.md5(iim).digest()
    )


def build_xmp(meta: EmbeddedMetadata) -> bytes:
    """An XMP packet with the same values as the IIM, without byte limits."""
    props: list[str] = []

    def simple(tag: str, value: str | None) -> None:
        if value:
            props.append(f"<{tag}>{escape(value)}</{tag}>")

    def lang_alt(tag: str, value: str | None) -> None:
        if value:
            props.append(
                f'<{tag}><rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}'
                f"</rdf:li></rdf:Alt></{tag}>"
            )

    def array(tag: str, kind: str, values: Iterable[str]) -> None:
        items = "".join(f"<rdf:li>{escape(v)}</rdf:li>" for v in values)
        if items:
            props.append(f"<{tag}><rdf:{kind}>{items}</rdf:{kind}></{tag}>")

    lang_alt("dc:description", meta.caption)
    lang_alt("dc:title", meta.title)
    array("dc:creator", "Seq", meta.creators)
    lang_alt("dc:rights", meta.copyright)
    array("dc:subject", "Bag", meta.keywords)
    simple("photoshop:Headline", meta.headline)
    simple("photoshop:Credit", meta.credit)
    simple("photoshop:Source", meta.source)
    simple("photoshop:Instructions", meta.special_instructions)
    simple("photoshop:City", meta.city)
    simple("photoshop:State", meta.state)
    simple("photoshop:Country", meta.country)
    simple("photoshop:DateCreated", meta.date_created)
    simple("photoshop:TransmissionReference", meta.job_id)
    simple("Iptc4xmpCore:CountryCode", meta.country_code)
    simple("Iptc4xmpCore:Location", meta.sublocation)
    lang_alt("xmpRights:UsageTerms", meta.usage_terms)
    simple("xmpRights:WebStatement", meta.web_statement)
    body = "".join(props)
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
        ' xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"'
        ' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">'
        f"{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )
    return packet.encode("utf-8")


def save_jpeg(
    image: Image.Image,
    fp: BinaryIO | str,
    meta: EmbeddedMetadata,
    *,
    quality: int = 85,
    exif: bytes | Image.Exif | None = None,
) -> None:
    """Save ``image`` as a JPEG carrying ``meta`` in IPTC-IIM (APP13) and XMP (APP1)."""
    app13 = build_photoshop_irb(build_iim(meta))
    if len(app13) + 2 > 0xFFFF:
        raise ValueError("IPTC block too large for one APP13 segment")
    segment = b"\xff\xed" + struct.pack(">H", len(app13) + 2) + app13
    options: dict = {"quality": quality, "xmp": build_xmp(meta), "extra": segment}
    if exif is not None:
        options["exif"] = exif
    if image.mode not in ("RGB", "L", "CMYK"):
        image = image.convert("RGB")
    image.save(fp, "JPEG", **options)


def embed_in_jpeg(jpeg: bytes, meta: EmbeddedMetadata) -> bytes:
    """The same JPEG carrying ``meta`` as XMP (APP1) and IPTC-IIM (APP13); pixels untouched.

    Existing XMP and Photoshop segments are dropped so readers see one set of values;
    JFIF and EXIF segments are kept in front. Used for the web-size download.
    """
    source = io.BytesIO(jpeg)
    head = embedded_jpeg_head(source, meta)
    return head + jpeg[source.tell():]


def embedded_jpeg_head(source: BinaryIO, meta: EmbeddedMetadata) -> bytes:
    """The start of the JPEG read from ``source`` carrying ``meta``; ``source`` is left where the rest begins.

    Reads the file's leading APPn and COM segments only (a few KB to a few hundred), so a
    large original is never held whole: the caller sends this head, then copies the rest
    of ``source`` as it is (``embed_in_jpeg`` and the zip downloads, ``media.archive``).
    Raises ``ValueError`` when ``source`` is not a JPEG.
    """
    if source.read(2) != b"\xff\xd8":
        raise ValueError("not a JPEG")
    kept = []
    while True:
        start = source.tell()
        marker = source.read(4)
        is_segment = len(marker) == 4 and marker[0] == 0xFF and (0xE0 <= marker[1] <= 0xEF or marker[1] == 0xFE)
        length = struct.unpack(">H", marker[2:4])[0] if is_segment else 0
        if not is_segment or length < 2:
            source.seek(start)
            break
        segment = marker + source.read(length - 2)
        is_xmp = segment[1] == 0xE1 and segment[4:].startswith(b"http://ns.adobe.com/xap/1.0/\x00")
        is_photoshop = segment[1] == 0xED and segment[4:].startswith(b"Photoshop 3.0\x00")
        if not (is_xmp or is_photoshop):
            kept.append(segment)
    xmp = b"http://ns.adobe.com/xap/1.0/\x00" + build_xmp(meta)
    app13 = build_photoshop_irb(build_iim(meta))
    if len(xmp) + 2 > 0xFFFF or len(app13) + 2 > 0xFFFF:
        raise ValueError("metadata too large for one APP segment")
    added = [
        b"\xff\xe1" + struct.pack(">H", len(xmp) + 2) + xmp,
        b"\xff\xed" + struct.pack(">H", len(app13) + 2) + app13,
    ]
    return b"\xff\xd8" + b"".join(kept) + b"".join(added)


def embedded_jpeg_length(source: BinaryIO, meta: EmbeddedMetadata, file_length: int) -> int:
    """How many bytes the JPEG read from ``source`` (``file_length`` in all) has once it carries ``meta``.

    Only its leading segments are read: the new head's length, plus the rest, copied as it is.
    """
    head = embedded_jpeg_head(source, meta)
    return len(head) + file_length - source.tell()


def _dataset(record: int, number: int, data: bytes) -> bytes:
    if len(data) > 0x7FFF:
        raise ValueError("IIM dataset too long")
    return struct.pack(">BBBH", 0x1C, record, number, len(data)) + data


def _irb_resource(resource_id: int, data: bytes) -> bytes:
    # 8BIM signature, id, empty Pascal name padded to even, size, data padded to even
    padding = b"\x00" if len(data) % 2 else b""
    return b"8BIM" + struct.pack(">HHI", resource_id, 0, len(data)) + data + padding


def _cut_utf8(text: str, limit: int) -> bytes:
    """``text`` as UTF-8, cut to ``limit`` bytes without splitting a character."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return data
    return data[:limit].decode("utf-8", errors="ignore").encode("utf-8")


def _iim_date_time(iso: str | None) -> tuple[str | None, str | None]:
    """IIM 2:55 (CCYYMMDD) and 2:60 (HHMMSS±HHMM) from an ISO 8601 date or date-time."""
    if not iso or len(iso) < 10:
        return None, None
    date = iso[:10].replace("-", "")
    rest = iso[11:] if len(iso) > 10 else ""
    if not rest:
        return date, None
    clock = rest[:8].replace(":", "")
    offset = rest[8:].lstrip("0123456789.")  # drop fractional seconds
    if offset in ("Z", ""):
        offset = "+0000"
    return date, clock + offset.replace(":", "")
