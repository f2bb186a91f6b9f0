"""The raw metadata a reader collects from one image file, before reconciliation.

Readers in ``media/`` fill a :class:`RawImage` with what each block says, without
deciding anything: IIM text stays bytes (``catalog.charsets`` decodes it), EXIF text
stays bytes, and every XMP packet keeps its own properties. ``catalog.reconcile``
turns a ``RawImage`` into an ``Asset``. Everything here pickles, so the read stage
can run in a worker process.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Union

# One XMP property value: simple text, an ordered list (rdf:Bag / rdf:Seq), a
# language alternative (rdf:Alt, {"x-default": ..., "de": ...}), or a structure /
# list of structures ({"iptcExt:City": ...}).
XmpValue = Union[str, tuple, "LangAlt", "XmpStruct"]


class LangAlt(dict):
    """An XMP lang-alt value: language tag -> text, ``x-default`` first when present."""

    def default(self) -> str | None:
        """The x-default text, else the first language's text."""
        if "x-default" in self:
            return self["x-default"]
        return next(iter(self.values()), None)


class XmpStruct(dict):
    """An XMP structure: qualified field name -> value."""


@dataclass(kw_only=True)
class IimBlock:
    """One IPTC-IIM block (APP13/Photoshop IRB 0x0404, TIFF tag 33723, ...), as raw datasets."""

    location: str  # where it was found, e.g. "APP13", "TIFF tag 33723"
    datasets: list[tuple[int, int, bytes]]  # (record, dataset, raw value bytes), file order
    md5: str  # hex MD5 of the whole block, comparable with the IRB 0x0425 digest

    def values(self, record: int, dataset: int) -> list[bytes]:
        """Every raw value of one dataset, in file order."""
        return [v for r, d, v in self.datasets if r == record and d == dataset]

    def first(self, record: int, dataset: int) -> bytes | None:
        """The first raw value of one dataset, or None."""
        for r, d, v in self.datasets:
            if r == record and d == dataset:
                return v
        return None

    @property
    def has_record2(self) -> bool:
        """True when the block carries any application record (2:xx) dataset."""
        return any(r == 2 and d != 0 for r, d, _ in self.datasets)


def iim_md5(block: bytes) -> str:
    """The IPTC digest of an IIM block as Photoshop stores it in IRB 0x0425 (hex MD5)."""
    return hashlib.md5(block).hexdigest()


@dataclass(kw_only=True)
class XmpPacket:
    """The properties of one XMP packet, keyed ``prefix:name`` with standard prefixes."""

    location: str  # e.g. "APP1", "ExtendedXMP", "PNG iTXt", "sidecar name.xmp"
    properties: dict[str, XmpValue] = field(default_factory=dict)

    def get(self, name: str) -> XmpValue | None:
        """One property's value, or None."""
        return self.properties.get(name)


@dataclass(kw_only=True)
class RawImage:
    """Everything a reader found in one file, undecided and undecoded.

    ``exif`` maps exiftool-style tag names (``Make``, ``DateTimeOriginal``,
    ``GPSLatitude``...) to values: text as raw ``bytes`` (NULs stripped), numbers as
    int/float, rationals and arrays as tuples, GPS coordinates as (deg, min, sec).
    """

    format: str  # sniffed format name, e.g. "JPEG", "PNG", "CR2"
    mime: str
    pixel_width: int | None = None  # as stored, before EXIF orientation
    pixel_height: int | None = None
    orientation: int | None = None  # EXIF 1-8 as found (IFD0 first, else XMP tiff:Orientation)
    exif: dict[str, object] = field(default_factory=dict)
    iptc_blocks: list[IimBlock] = field(default_factory=list)
    iptc_digest: str | None = None  # hex of the stored Photoshop IRB 0x0425 digest
    xmp_packets: list[XmpPacket] = field(default_factory=list)
    xmp_sidecar: XmpPacket | None = None  # name.xmp / name.jpg.xmp next to the file
    caption_sidecar: str | None = None  # name.txt next to the file, decoded
    text_chunks: dict[str, str] = field(default_factory=dict)  # PNG tEXt/zTXt/iTXt keyword -> text
    warnings: list[str] = field(default_factory=list)
    is_decodable: bool = True  # False when no pixels can be had (metadata only)
    embedded_preview: tuple[int, int] | None = None  # (offset, length) of a camera RAW's JPEG preview

    @property
    def iptc(self) -> IimBlock | None:
        """The standard IIM block (the first with content), as MWG readers use it."""
        for block in self.iptc_blocks:
            if block.datasets:
                return block
        return self.iptc_blocks[0] if self.iptc_blocks else None

    @property
    def has_iptc_digest_mismatch(self) -> bool:
        """True when IRB 0x0425 exists and differs from the IIM block: IIM was edited after XMP."""
        block = self.iptc
        return block is not None and self.iptc_digest is not None and self.iptc_digest != block.md5

    def warn(self, message: str) -> None:
        """Record one plain-language warning, once."""
        if message not in self.warnings:
            self.warnings.append(message)
