"""Turn a file's raw metadata into one ``Asset``: MWG precedence, charsets, provenance, conflicts.

Precedence follows the Metadata Working Group guidance as exiftool's ``-use MWG``
implements it:

- caption, creators, copyright, date taken: EXIF (ImageDescription, Artist, Copyright,
  DateTimeOriginal) when present and not camera boilerplate ("OLYMPUS DIGITAL
  CAMERA", blank...);
- otherwise, and for keywords and location: XMP, unless the file's IPTC digest (IRB
  0x0425) no longer matches its IIM block, which means a tool edited IIM without
  updating XMP: then IIM. An IIM value cut at its byte limit (2000 for the caption)
  loses to the XMP value it is the start of. Where exiftool would return nothing
  because the preferred family lacks a field, the other family's value is used.
- fields MWG does not cover (headline, credit, source, instructions, job id...) come
  from the family (XMP or IIM) that won the caption, falling back to the other.

Every value's origin is kept in ``field_sources`` (exiftool-style tag names), and
fields whose sources disagree are listed in ``conflicts``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

from catalog.asset import Asset, Conflict, asset_id
from catalog.credits.attribution import attribute_asset
from catalog.charsets import choose_legacy_charset, decode_exif, decode_iim, decode_ucs2, is_utf8_declared
from catalog.metadata import IimBlock, LangAlt, RawImage, XmpStruct, XmpValue
from catalog.paths import exact_path, readable_path

XMP, IIM, EXIF = "XMP", "IIM", "EXIF"

# Camera firmware fills ImageDescription with these; they are not captions.
CAMERA_BOILERPLATE = frozenset(s.casefold() for s in (
    "OLYMPUS DIGITAL CAMERA", "SONY DSC", "KONICA MINOLTA DIGITAL CAMERA", "MINOLTA DIGITAL CAMERA",
    "SAMSUNG DIGITAL CAMERA", "SAMSUNG DIGITAL CAM", "DIGITAL CAMERA", "PENTAX DIGITAL CAMERA",
    "KODAK DIGITAL STILL CAMERA", "EASYSHARE DIGITAL CAMERA", "CASIO DIGITAL CAMERA",
    "NIKON DIGITAL CAMERA", "SANYO DIGITAL CAMERA", "Exif_JPEG_PICTURE", "Exif JPEG",
    "LEAD Technologies Inc. V1.01", "DCIM", "default", "Default Description", "Picasa",
    "Digital image", "Image", "Photo", "AGFA DIGITAL CAMERA", "Minolta DSC", "HUAWEI", "SONY",
    "Untitled", "MEDION", "Jenoptik", "Rollei", "Scanned image",
))
_BOILERPLATE_PATTERNS = (
    re.compile(r"^(DSC|IMG|CIMG|DSCN|DSCF|PICT|P\d{3})[_ -]?\d+(\.jpe?g)?$", re.I),
    re.compile(r"^<.*(camera|kenox|samsung).*>$", re.I),
)

# IIM byte limits (IPTC IIM 4.2) where MWG recovers a truncated value from XMP
IIM_LIMITS = {"caption": 2000, "creators": 32, "copyright": 128, "keywords": 64, "city": 32,
              "state": 32, "country": 64, "sublocation": 32}

# IIM record 2 datasets: field -> (dataset, exiftool tag name)
IIM_DATASETS = {
    "title": (5, "ObjectName"), "category": (15, "Category"), "keywords": (25, "Keywords"),
    "special_instructions": (40, "SpecialInstructions"), "date": (55, "DateCreated"),
    "time": (60, "TimeCreated"), "creators": (80, "By-line"), "creator_job_title": (85, "By-lineTitle"),
    "city": (90, "City"), "sublocation": (92, "Sub-location"), "state": (95, "Province-State"),
    "country_code": (100, "Country-PrimaryLocationCode"), "country": (101, "Country-PrimaryLocationName"),
    "job_id": (103, "OriginalTransmissionReference"), "headline": (105, "Headline"),
    "credit": (110, "Credit"), "source": (115, "Source"), "copyright": (116, "CopyrightNotice"),
    "caption": (120, "Caption-Abstract"), "caption_writer": (122, "Writer-Editor"),
}
_IIM_LISTS = frozenset({"keywords", "creators"})

# XMP properties: field -> qualified names in order of preference
XMP_PROPERTIES = {
    "caption": ("dc:description",), "title": ("dc:title",), "creators": ("dc:creator",),
    "copyright": ("dc:rights",), "keywords": ("dc:subject",), "headline": ("photoshop:Headline",),
    "credit": ("photoshop:Credit", "iptcCore:CreditLine"), "source": ("photoshop:Source",),
    "special_instructions": ("photoshop:Instructions",), "category": ("photoshop:Category",),
    "creator_job_title": ("photoshop:AuthorsPosition",), "caption_writer": ("photoshop:CaptionWriter",),
    "city": ("photoshop:City",), "state": ("photoshop:State",), "country": ("photoshop:Country",),
    "country_code": ("iptcCore:CountryCode",), "sublocation": ("iptcCore:Location",),
    "job_id": ("photoshop:TransmissionReference",), "usage_terms": ("xmpRights:UsageTerms",),
    "web_statement": ("xmpRights:WebStatement",), "date": ("photoshop:DateCreated",),
    "camera_make": ("tiff:Make",), "camera_model": ("tiff:Model",),
}
# MWG prefers the IPTC Extension "location shown" over the legacy photoshop: fields
_LOCATION_SHOWN = {"city": "iptcExt:City", "state": "iptcExt:ProvinceState",
                   "country": "iptcExt:CountryName", "sublocation": "iptcExt:Sublocation"}
_XMP_TAG_NAMES = {
    "dc": "XMP-dc", "photoshop": "XMP-photoshop", "xmpRights": "XMP-xmpRights",
    "iptcCore": "XMP-iptcCore", "iptcExt": "XMP-iptcExt", "tiff": "XMP-tiff", "exif": "XMP-exif",
}
_FAMILY_FIELDS = ("headline", "title", "credit", "source", "special_instructions", "category",
                  "creator_job_title", "caption_writer", "country_code", "job_id",
                  "usage_terms", "web_statement")


@dataclass(frozen=True)
class _Value:
    value: object  # str or tuple[str, ...]
    source: str  # exiftool-style tag, e.g. "XMP-dc:Description"
    family: str


def reconcile(raw: RawImage, *, sha256: str, file_size: int, source_path: str, imported_at: str) -> Asset:
    """One ``Asset`` from a file's raw metadata, by the precedence rules above."""
    reading = _Reading(raw)
    text_family = reading.text_family()
    chosen: dict[str, _Value | None] = {
        "caption": reading.mwg("caption", exif_field="ImageDescription"),
        "creators": reading.mwg("creators", exif_field="Artist"),
        "copyright": reading.mwg("copyright", exif_field="Copyright"),
        "keywords": reading.mwg("keywords"),
        "city": reading.mwg("city"),
        "state": reading.mwg("state"),
        "country": reading.mwg("country"),
        "sublocation": reading.mwg("sublocation"),
    }
    caption = chosen["caption"]
    if caption is not None and caption.family in (XMP, IIM):
        text_family = caption.family
    for name in _FAMILY_FIELDS:
        chosen[name] = reading.by_family(name, text_family)
    chosen["caption"] = chosen["caption"] or reading.fallback_caption()
    chosen["creators"] = chosen["creators"] or reading.fallback("creators")
    chosen["copyright"] = chosen["copyright"] or reading.fallback("copyright")
    chosen["keywords"] = chosen["keywords"] or reading.fallback("keywords")
    chosen["title"] = chosen["title"] or reading.fallback("title")
    chosen["date_created"] = reading.date_created()
    chosen["camera_make"] = reading.camera("Make", "camera_make")
    chosen["camera_model"] = reading.camera("Model", "camera_model")

    width, height = raw.pixel_width, raw.pixel_height
    if raw.orientation in (5, 6, 7, 8) and width and height:
        width, height = height, width  # stored sideways: displayed with width and height swapped
    latitude, longitude, gps_source = reading.gps()

    field_sources = {name: found.source for name, found in chosen.items() if found is not None}
    if gps_source:
        field_sources["gps_lat"] = field_sources["gps_lon"] = gps_source
    values = {name: (found.value if found is not None else None) for name, found in chosen.items()}
    return attribute_asset(Asset(
        id=asset_id(sha256), sha256=sha256, file_size=file_size,
        filename=_basename(readable_path(source_path)), source_path=readable_path(source_path),
        source_path_exact=exact_path(source_path),
        format=raw.format, mime=raw.mime, width=width, height=height, orientation=raw.orientation,
        caption=values["caption"], headline=values["headline"], title=values["title"],
        creators=_as_tuple(values["creators"]), creator_job_title=values["creator_job_title"],
        caption_writer=values["caption_writer"], credit=values["credit"],
        source=values["source"], copyright=values["copyright"], usage_terms=values["usage_terms"],
        web_statement=values["web_statement"], special_instructions=values["special_instructions"],
        keywords=_as_tuple(values["keywords"]), category=values["category"], city=values["city"],
        sublocation=values["sublocation"], state=values["state"], country=values["country"],
        country_code=values["country_code"], date_created=values["date_created"],
        camera_make=values["camera_make"], camera_model=values["camera_model"],
        gps_lat=latitude, gps_lon=longitude, job_id=values["job_id"],
        imported_at=imported_at, warnings=tuple(reading.warnings()),
        field_sources=field_sources, conflicts=tuple(reading.conflicts(chosen)),
    ))


class _Reading:
    """The decoded candidates of one file, per family, with the precedence helpers."""

    def __init__(self, raw: RawImage):
        self.raw = raw
        self.notes: list[str] = []
        self._xmp_cache: dict[str, _Value | None] = {}
        self._exif_cache: dict[tuple[str, str], _Value | None] = {}
        self.iim = self._decode_iim(raw)
        self.xmp = self._merge_xmp(raw)
        self.exif = raw.exif
        self.digest_mismatch = raw.has_iptc_digest_mismatch

    # --- families -------------------------------------------------------------
    def text_family(self) -> str:
        """XMP, unless the IPTC digest says IIM was edited after XMP."""
        return IIM if self.digest_mismatch else XMP

    def mwg(self, name: str, exif_field: str | None = None) -> _Value | None:
        """An MWG field: EXIF first (when given), then XMP or IIM by the digest rule."""
        if exif_field:
            found = self.exif_text(name, exif_field)
            if found is not None:
                return found
        xmp_value = self.xmp_value(name)
        iim_value = self.iim.get(name)
        if self.iim_present and self.digest_mismatch and iim_value is not None:
            return _recover_truncated(iim_value, xmp_value, IIM_LIMITS.get(name))
        return xmp_value or iim_value

    def by_family(self, name: str, family: str) -> _Value | None:
        """A non-MWG field from ``family``, else from the other family."""
        xmp_value, iim_value = self.xmp_value(name), self.iim.get(name)
        if family == IIM:
            return iim_value or xmp_value
        return xmp_value or iim_value

    @property
    def iim_present(self) -> bool:
        return self.raw.iptc is not None

    # --- EXIF -----------------------------------------------------------------
    def exif_text(self, name: str, tag: str) -> _Value | None:
        key = (name, tag)
        if key not in self._exif_cache:
            self._exif_cache[key] = self._exif_text(name, tag)
        return self._exif_cache[key]

    def _exif_text(self, name: str, tag: str) -> _Value | None:
        data = self.exif.get(tag)
        if not isinstance(data, bytes):
            return None
        decoded = decode_exif(data)
        text = _clean(decoded.text)
        if not text:
            return None
        if name == "caption" and _is_boilerplate(text):
            return None
        if decoded.note:
            self.notes.append(f"{decoded.note} ({tag})")
        if name == "creators":
            return _Value(_split_artist(text), f"EXIF:{tag}", EXIF)
        return _Value(text, f"EXIF:{tag}", EXIF)

    def camera(self, tag: str, name: str) -> _Value | None:
        """Camera make or model: EXIF IFD0, else XMP tiff:."""
        data = self.exif.get(tag)
        if isinstance(data, bytes):
            text = _clean(decode_exif(data).text)
            if text:
                return _Value(text, f"EXIF:{tag}", EXIF)
        return self.xmp_value(name)

    def gps(self) -> tuple[float | None, float | None, str | None]:
        """Signed decimal degrees from EXIF GPS, else XMP exif:GPSLatitude/Longitude."""
        latitude = _degrees(self.exif.get("GPSLatitude"), self.exif.get("GPSLatitudeRef"), b"S")
        longitude = _degrees(self.exif.get("GPSLongitude"), self.exif.get("GPSLongitudeRef"), b"W")
        if latitude is not None and longitude is not None:
            return latitude, longitude, "EXIF:GPS"
        latitude = _xmp_degrees(self.xmp.get("exif:GPSLatitude"))
        longitude = _xmp_degrees(self.xmp.get("exif:GPSLongitude"))
        if latitude is not None and longitude is not None:
            return latitude, longitude, "XMP-exif:GPS"
        return None, None, None

    # --- fallbacks outside MWG ------------------------------------------------
    def fallback_caption(self) -> _Value | None:
        """PNG Description, then the ``name.txt`` caption sidecar."""
        text = _clean(self.raw.text_chunks.get("Description"))
        if text:
            return _Value(text, "PNG:Description", EXIF)
        if self.raw.caption_sidecar:
            return _Value(self.raw.caption_sidecar, "Sidecar:Caption", EXIF)
        return None

    def fallback(self, name: str) -> _Value | None:
        """Windows XP tags and PNG text chunks, for files with nothing better."""
        png = {"creators": "Author", "copyright": "Copyright", "title": "Title"}.get(name)
        if png and _clean(self.raw.text_chunks.get(png)):
            text = _clean(self.raw.text_chunks[png])
            return _Value((text,) if name == "creators" else text, f"PNG:{png}", EXIF)
        xp = {"creators": "XPAuthor", "keywords": "XPKeywords", "title": "XPTitle"}.get(name)
        data = self.exif.get(xp) if xp else None
        if isinstance(data, bytes):
            text = _clean(decode_ucs2(data))
            if text:
                if name in ("creators", "keywords"):
                    return _Value(tuple(p.strip() for p in text.split(";") if p.strip()), f"EXIF:{xp}", EXIF)
                return _Value(text, f"EXIF:{xp}", EXIF)
        return None

    # --- dates ----------------------------------------------------------------
    def date_created(self) -> _Value | None:
        """MWG DateTimeOriginal: EXIF (with sub-seconds and offset), XMP, then IIM, as ISO 8601."""
        exif_date = self.exif.get("DateTimeOriginal")
        if isinstance(exif_date, bytes):
            iso = _exif_iso_date(exif_date, self.exif.get("SubSecTimeOriginal"),
                                 self.exif.get("OffsetTimeOriginal"))
            if iso:
                return _Value(iso, "EXIF:DateTimeOriginal", EXIF)
        xmp_date = self.xmp_value("date")
        xmp_iso = _Value(_xmp_iso_date(xmp_date.value), xmp_date.source, XMP) if xmp_date else None
        iim_iso = self._iim_date()
        if self.iim_present and self.digest_mismatch and iim_iso and iim_iso.value:
            return iim_iso
        for found in (xmp_iso, iim_iso):
            if found is not None and found.value:
                return found
        return None

    def _iim_date(self) -> _Value | None:
        date = self.iim.get("date")
        if date is None or not re.fullmatch(r"\d{8}", date.value):
            return None
        text = date.value
        if text[:4] == "0000":
            return None
        iso = f"{text[:4]}-{text[4:6]}-{text[6:]}" if text[4:] != "0000" else text[:4]
        time = self.iim.get("time")
        match = re.fullmatch(r"(\d{2})(\d{2})(\d{2})([+-]\d{4})?", time.value) if time else None
        if match and text[4:] != "0000":
            hours, minutes, seconds, offset = match.groups()
            iso += f"T{hours}:{minutes}:{seconds}"
            if offset:
                iso += f"{offset[:3]}:{offset[3:]}"
            return _Value(iso, "IPTC:DateCreated+TimeCreated", IIM)
        return _Value(iso, "IPTC:DateCreated", IIM)

    # --- XMP and IIM decoding -------------------------------------------------
    def xmp_value(self, name: str) -> _Value | None:
        if name not in self._xmp_cache:
            self._xmp_cache[name] = self._xmp_value(name)
        return self._xmp_cache[name]

    def _xmp_value(self, name: str) -> _Value | None:
        if name in _LOCATION_SHOWN:
            shown = _first_location_shown(self.xmp.get("iptcExt:LocationShown"), _LOCATION_SHOWN[name])
            if shown:
                return _Value(shown, f"XMP-iptcExt:LocationShown{_LOCATION_SHOWN[name].split(':')[1]}", XMP)
        for prop in XMP_PROPERTIES.get(name, ()):
            value = _xmp_text(self.xmp.get(prop), as_list=name in ("creators", "keywords"))
            if value:
                return _Value(value, _xmp_tag(prop), XMP)
        return None

    def _merge_xmp(self, raw: RawImage) -> dict[str, XmpValue]:
        merged: dict[str, XmpValue] = {}
        # a sidecar is written by the editing tool after the file was made: it wins
        packets = ([raw.xmp_sidecar] if raw.xmp_sidecar else []) + raw.xmp_packets
        for packet in packets:
            for key, value in packet.properties.items():
                merged.setdefault(key, value)
        return merged

    def _decode_iim(self, raw: RawImage) -> dict[str, _Value]:
        found: dict[str, _Value] = {}
        primary = raw.iptc
        blocks = [primary] + [b for b in raw.iptc_blocks if b is not primary] if primary else []
        for number, block in enumerate(blocks, start=1):
            group = "IPTC" if number == 1 else f"IPTC{number}"
            for name, value in self._decode_block(block, group).items():
                found.setdefault(name, value)  # later blocks only fill what the first lacks
        return found

    def _decode_block(self, block: IimBlock, group: str) -> dict[str, _Value]:
        utf8 = is_utf8_declared(block.first(1, 90))
        legacy = choose_legacy_charset([v for r, _, v in block.datasets if r == 2])
        decoded: dict[str, _Value] = {}
        by_dataset: dict[int, list[bytes]] = {}
        for record, dataset, data in block.datasets:
            if record == 2:
                by_dataset.setdefault(dataset, []).append(data)
        for name, (dataset, tag) in IIM_DATASETS.items():
            raw_values = by_dataset.get(dataset)
            if not raw_values:
                continue
            texts = []
            for data in raw_values:
                result = decode_iim(data.rstrip(b"\x00"), utf8_declared=utf8, legacy=legacy)
                if result.note:
                    self.notes.append(result.note)
                text = _clean(result.text)
                if text:
                    texts.append(text)
            if not texts:
                continue
            value = tuple(texts) if name in _IIM_LISTS else texts[0]
            decoded[name] = _Value(value, f"{group}:{tag}", IIM)
        return decoded

    # --- report ---------------------------------------------------------------
    def warnings(self) -> list[str]:
        out = list(self.raw.warnings)
        for note in self.notes:
            if note not in out:
                out.append(note)
        if self.iim_present and self.digest_mismatch and self.xmp:
            out.append("IPTC digest does not match the IIM block: IIM was edited after XMP, so IIM is preferred")
        return out

    def conflicts(self, chosen: dict[str, _Value | None]) -> Iterable[Conflict]:
        for name, winner in chosen.items():
            if winner is None or name in ("date_created", "camera_make", "camera_model"):
                continue
            candidates = self._candidates(name)
            distinct = {_comparable(v) for v in candidates.values()}
            if len(distinct) > 1:
                yield Conflict(field=name, values=candidates, chosen=winner.source)

    def _candidates(self, name: str) -> dict[str, object]:
        out: dict[str, object] = {}
        exif_tag = {"caption": "ImageDescription", "creators": "Artist", "copyright": "Copyright"}.get(name)
        if exif_tag:
            found = self.exif_text(name, exif_tag)
            if found:
                out[found.source] = found.value
        for found in (self.xmp_value(name), self.iim.get(name)):
            if found is not None:
                out[found.source] = found.value
        return out


# --- helpers ------------------------------------------------------------------
def _recover_truncated(iim: _Value, xmp: _Value | None, limit: int | None) -> _Value:
    """MWG: an IIM value cut at its byte limit loses to the XMP value it is the start of."""
    if xmp is None or limit is None:
        return iim
    if isinstance(iim.value, tuple):
        xmp_items = xmp.value if isinstance(xmp.value, tuple) else (xmp.value,)
        items = []
        recovered = False
        for i, item in enumerate(iim.value):
            full = xmp_items[i] if i < len(xmp_items) else None
            if full and _is_cut(item, full, limit):
                items.append(full)
                recovered = True
            else:
                items.append(item)
        return _Value(tuple(items), xmp.source if recovered else iim.source, XMP if recovered else IIM)
    full = xmp.value[0] if isinstance(xmp.value, tuple) else xmp.value
    if isinstance(full, str) and _is_cut(iim.value, full, limit):
        return xmp
    return iim


def _is_cut(short: str, full: str, limit: int) -> bool:
    return len(short.encode("utf-8")) >= limit - 3 and len(full) > len(short) and full.startswith(short)


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()
    return text or None


def _is_boilerplate(text: str) -> bool:
    folded = text.casefold().strip()
    return folded in CAMERA_BOILERPLATE or any(p.match(text) for p in _BOILERPLATE_PATTERNS)


def _split_artist(text: str) -> tuple[str, ...]:
    """MWG: several creators in EXIF Artist are separated by "; " (quoted when needed)."""
    if ";" not in text:
        return (text,)
    parts = re.findall(r'\s*(?:"((?:[^"]|"")*)"|([^;]*))\s*(?:;|$)', text)
    items = [(quoted.replace('""', '"') if quoted else plain).strip() for quoted, plain in parts]
    return tuple(item for item in items if item)


def _xmp_text(value: XmpValue | None, *, as_list: bool) -> str | tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, LangAlt):
        text = _clean(value.default())
        return ((text,) if as_list else text) if text else None
    if isinstance(value, tuple):
        items = [_clean(v.default() if isinstance(v, LangAlt) else v) for v in value if isinstance(v, (str, LangAlt))]
        items = [i for i in items if i]
        if not items:
            return None
        return tuple(items) if as_list else items[0]
    if isinstance(value, XmpStruct):
        return None
    text = _clean(str(value))
    if not text:
        return None
    return (text,) if as_list else text


@functools.lru_cache(maxsize=256)
def _xmp_tag(prop: str) -> str:
    prefix, _, name = prop.partition(":")
    return f"{_XMP_TAG_NAMES.get(prefix, 'XMP-' + prefix)}:{name[:1].upper()}{name[1:]}"


def _first_location_shown(value: XmpValue | None, field: str) -> str | None:
    items = value if isinstance(value, tuple) else (value,) if isinstance(value, XmpStruct) else ()
    for item in items:
        if isinstance(item, XmpStruct):
            text = _xmp_text(item.get(field), as_list=False)
            if text:
                return text
    return None


def _as_tuple(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    return value if isinstance(value, tuple) else (value,)


def _basename(path: str) -> str:
    return re.split(r"[\\/]", path)[-1]


def _comparable(value: object) -> str:
    if isinstance(value, tuple):
        return "\x1f".join(v.casefold() for v in value)
    return str(value).casefold()


def _degrees(value: object, ref: object, negative: bytes) -> float | None:
    if not isinstance(value, tuple) or len(value) < 1:
        return None
    parts = list(value) + [0.0] * (3 - len(value))
    degrees = parts[0] + parts[1] / 60 + parts[2] / 3600
    if degrees == 0 and not ref:
        return None
    if isinstance(ref, bytes) and ref.strip().upper().startswith(negative):
        degrees = -degrees
    return round(degrees, 7)


_XMP_GPS = re.compile(r"^\s*(\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?(?:,(\d+(?:\.\d+)?))?\s*([NSEW])\s*$", re.I)


def _xmp_degrees(value: XmpValue | None) -> float | None:
    """XMP GPS coordinates: "DDD,MM.mmk" or "DDD,MM,SSk" (k = N, S, E or W)."""
    if not isinstance(value, str):
        return None
    match = _XMP_GPS.match(value)
    if not match:
        return None
    degrees, minutes, seconds, hemisphere = match.groups()
    result = float(degrees) + float(minutes or 0) / 60 + float(seconds or 0) / 3600
    return round(-result if hemisphere.upper() in "SW" else result, 7)


_EXIF_DATE = re.compile(r"^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?")


def _exif_iso_date(value: bytes, subsec: object, offset: object) -> str | None:
    text = value.decode("ascii", "replace").strip()
    match = _EXIF_DATE.match(text)
    if not match:
        return None
    year, month, day, hours, minutes, seconds = match.groups()
    if year == "0000" or month == "00" or day == "00":
        return None
    iso = f"{year}-{month}-{day}T{hours}:{minutes}"
    if seconds:
        iso += f":{seconds}"
        if isinstance(subsec, bytes) and subsec.strip().isdigit():
            iso += "." + subsec.strip().decode("ascii")
    if isinstance(offset, bytes) and re.fullmatch(rb"[+-]\d{2}:\d{2}", offset.strip()):
        iso += offset.strip().decode("ascii")
    return iso


_XMP_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?"
                       r"(Z|[+-]\d{2}:?\d{2})?)?)?)?$")


def _xmp_iso_date(value: object) -> str | None:
    """An XMP date kept at its own precision; "Z" becomes "+00:00"."""
    if not isinstance(value, str):
        return None
    text = value.strip().replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} ", value.strip()) else value.strip()
    text = text.replace(":", "-", 2) if re.match(r"^\d{4}:\d{2}:\d{2}", text) else text
    match = _XMP_DATE.match(text)
    if not match:
        return None
    year, month, day, hours, minutes, seconds, fraction, zone = match.groups()
    if year == "0000" or month == "00" or day == "00":
        return None
    iso = year + (f"-{month}" if month else "") + (f"-{day}" if day else "")
    if hours:
        iso += f"T{hours}:{minutes}" + (f":{seconds}{fraction or ''}" if seconds else "")
        if zone:
            iso += "+00:00" if zone == "Z" else (zone if ":" in zone else f"{zone[:3]}:{zone[3:]}")
    return iso
