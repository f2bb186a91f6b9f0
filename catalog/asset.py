"""The asset record: one reconciled photo, its file, caption, credit and rights."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Mapping

from catalog.paths import os_path


@dataclass(frozen=True, kw_only=True)
class ArticleRef:
    """An article an asset is linked to, as shown beside the asset."""

    url: str
    title: str | None = None


@dataclass(frozen=True, kw_only=True)
class Conflict:
    """Two metadata families that disagree about one field (shown on the asset page)."""

    field: str
    values: Mapping[str, Any]  # source tag (e.g. "XMP-dc:Description") -> value
    chosen: str  # the source tag whose value won


@dataclass(frozen=True, kw_only=True)
class Asset:
    """One catalogued photo. Field names are the export keys (docs/asset-record.md).

    Missing values are ``None``; lists are tuples. Derived values (agency,
    photographers, restrictions, warnings) are computed once at reconcile time.
    """

    # the file
    id: str
    sha256: str
    file_size: int
    filename: str  # readable: bytes of the name that are not UTF-8 shown as U+FFFD (catalog.paths)
    source_path: str  # readable, like filename
    source_path_exact: str | None = None  # the exact name (catalog.paths.exact_path) when it differs
    format: str | None = None
    mime: str | None = None
    width: int | None = None  # as displayed, after EXIF orientation
    height: int | None = None
    orientation: int | None = None  # EXIF 1-8 as found in the file
    # caption and people
    caption: str | None = None
    headline: str | None = None
    title: str | None = None
    creators: tuple[str, ...] = ()
    creator_job_title: str | None = None
    caption_writer: str | None = None
    # credit and rights
    credit: str | None = None  # IPTC 2:110 Credit, verbatim
    caption_credit: str | None = None  # printable credit line found in the caption
    agency: str | None = None
    photographers: tuple[str, ...] = ()
    distributor: str | None = None
    credit_qualifiers: tuple[str, ...] = ()
    source: str | None = None
    copyright: str | None = None
    usage_terms: str | None = None
    web_statement: str | None = None
    special_instructions: str | None = None
    restrictions: tuple[str, ...] = ()
    embargo_until: str | None = None  # ISO 8601, when an embargo names its date
    agreement_id: str | None = None  # the supplier agreement its folder names (docs/intake.md); else by matching
    # subject and place
    keywords: tuple[str, ...] = ()
    category: str | None = None
    city: str | None = None
    sublocation: str | None = None
    state: str | None = None
    country: str | None = None
    country_code: str | None = None
    date_created: str | None = None  # ISO 8601 with the file's precision
    # camera
    camera_make: str | None = None
    camera_model: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    # desk
    job_id: str | None = None  # IPTC 2:103 Original Transmission Reference
    articles: tuple[ArticleRef, ...] = ()
    imported_at: str | None = None
    warnings: tuple[str, ...] = ()
    # provenance: which metadata field each value came from, and disagreements
    field_sources: Mapping[str, str] = field(default_factory=dict)
    conflicts: tuple[Conflict, ...] = ()

    @property
    def credit_line(self) -> str | None:
        """The credit to print: the caption's own credit, else the Credit field."""
        return self.caption_credit or self.credit

    @property
    def os_source_path(self) -> str:
        """The source file's path as the operating system spells it (to open it again)."""
        return os_path(self.source_path, self.source_path_exact)

    @property
    def is_portrait(self) -> bool:
        """True when the displayed picture is taller than wide."""
        return bool(self.width and self.height and self.height > self.width)

    def to_record(self) -> dict[str, Any]:
        """The export record: plain JSON-ready values, lists for tuples."""
        # Field by field, not dataclasses.asdict (which deep-copies every value): four
        # times faster, and every import and index batch makes each asset's record stamp.
        return {name: _plain(getattr(self, name)) for name in ASSET_FIELDS}


def asset_id(sha256: str) -> str:
    """The stable asset id: the first 16 hex digits of the file's sha256."""
    return sha256[:16]


def record_stamp(asset: Asset) -> str:
    """A short digest of the whole record: equal stamps mean identical records (drift checks)."""
    text = json.dumps(asset.to_record(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


ASSET_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Asset))


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float)):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
