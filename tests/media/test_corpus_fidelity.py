"""Fidelity against exiftool: every corpus image's newsroom fields compared with ``expected.json``.

Fields compared: caption, headline, creators, credit, source, copyright, usage terms,
special instructions, keywords, city, country, date created, displayed width and height,
camera make and model, GPS. For the fields MWG covers (caption, creators, copyright,
keywords, date, city, country) the oracle's answer is exiftool's own ``-use MWG``
reconciliation, the ``mwg`` key. Width and height are exiftool's stored size, swapped
for EXIF orientations 5-8 (Photodesk reports the displayed size).

exiftool decodes IIM without 1:90 as Latin-1, so where the oracle's value came from
IIM bytes that are valid UTF-8 (``charset.iptc_bytes``), its mojibake is undone
before comparing: Photodesk decodes those bytes as UTF-8, as the issue asks. Where
the block holds 8-bit bytes that are not UTF-8, a value Photodesk read as Mac Roman is
compared with exiftool's bytes read the same way.

MWG's City and Country are lists when the IPTC Extension names several "locations
shown"; Photodesk's city and country are one place, the first, so a list is compared
by its first item.

Every remaining difference is listed in ``KNOWN_DIFFERENCES`` with its reason; the
per-file test fails on an unlisted difference and on a listed one that disappeared.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from catalog.asset import Asset
from catalog.errors import FileProblem
from catalog.reconcile import reconcile
from media.reader import read_image
from tests.helpers.corpus_location import corpus_location

CORPUS = corpus_location()
_EXPECTED_PATH = CORPUS / "expected.json"
_KEYS = sorted(json.loads(_EXPECTED_PATH.read_text(encoding="utf-8"))) if _EXPECTED_PATH.exists() else []

FIELDS = ("caption", "headline", "creators", "credit", "source", "copyright", "usage_terms",
          "special_instructions", "keywords", "city", "country", "date_created", "width", "height",
          "camera_make", "camera_model", "gps")
# our field -> (oracle field, MWG composite name or None)
ORACLE = {
    "caption": ("caption", "Description"), "headline": ("headline", None),
    "creators": ("creator", "Creator"), "credit": ("credit_line", None), "source": ("source", None),
    "copyright": ("copyright_notice", "Copyright"), "usage_terms": ("usage_terms", None),
    "special_instructions": ("special_instructions", None), "keywords": ("keywords", "Keywords"),
    "city": ("city", "City"), "country": ("country", "Country"),
    "date_created": ("date_created", "DateTimeOriginal"), "camera_make": ("make", None),
    "camera_model": ("model", None),
}
LIST_FIELDS = frozenset({"creators", "keywords"})

# (file, field) -> why Photodesk's value differs from exiftool's, and why ours is right or acceptable
_BOILERPLATE = ("EXIF ImageDescription is camera boilerplate, not a caption; MWG (and the issue) "
                "skip it, exiftool only skips blank values")
_NON_STANDARD_IPTC = ("IIM in an ImageMagick 'Raw profile type iptc' PNG chunk: exiftool's strict MWG mode "
                      "ignores IPTC outside its standard place (its plain reading has the same value as ours)")
_XP_TAGS = ("only the Windows XP tags (UCS-2) hold this value; Photodesk falls back to them when IPTC, "
            "XMP and EXIF are silent, MWG does not read them")
_LATER_IIM_BLOCK = ("the file's first IIM block lacks the field and a later IIM block has it; exiftool's "
                    "MWG reads only the first block, Photodesk fills gaps from the later blocks")
_FUZZED = "fuzzed file (bit flips in IIM, XMP and EXIF): both readers return damaged text, differently"
KNOWN_DIFFERENCES: dict[tuple[str, str], str] = {
    ("images/exif-samples/Konica_Minolta_DiMAGE_Z3.jpg", "caption"): _BOILERPLATE,
    ("images/exif-samples/Samsung_Digimax_i50_MP3.jpg", "caption"): _BOILERPLATE,
    ("images/exif-samples/corrupted.jpg", "caption"): _BOILERPLATE,
    ("images/exif-samples/olympus-c960.jpg", "caption"): _BOILERPLATE,
    ("images/exifr/issue-exifr-13.jpg", "caption"): _BOILERPLATE + ' ("default")',
    ("images/exiftool/Olympus.jpg", "caption"): _BOILERPLATE,
    ("images/exifr/issue-exifr-13.jpg", "keywords"): _XP_TAGS + " (XPKeywords)",
    ("images/exiv2/exiv2-bug460.jpg", "creators"): _XP_TAGS + " (XPAuthor, Cyrillic)",
    ("images/exiv2/exiv2-bug460.jpg", "keywords"): _XP_TAGS + " (XPKeywords, Hebrew)",
    ("images/exiftool/JXL2.jxl", "width"): "exiftool reports no size for this JPEG XL; Photodesk reads the "
                                           "codestream's SizeHeader",
    ("images/exiftool/JXL2.jxl", "height"): "as width",
    ("images/exiv2/2018-01-09-exiv2-crash-002.tiff", "width"): "fuzzed TIFF whose ImageHeight has an invalid "
                                                              "type: exiftool says 1728×0, Photodesk no size",
    ("images/exiv2/2018-01-09-exiv2-crash-002.tiff", "height"): "as width",
    ("images/exiv2/exiv2-bug922.png", "copyright"): _NON_STANDARD_IPTC,
    ("images/exiv2/exiv2-bug922.png", "city"): _NON_STANDARD_IPTC,
    ("images/exiv2/exiv2-bug922.png", "country"): _NON_STANDARD_IPTC,
    ("images/exiv2/imagemagick.pgf", "copyright"): _NON_STANDARD_IPTC + " (the PGF embeds that PNG)",
    ("images/exiv2/imagemagick.pgf", "city"): _NON_STANDARD_IPTC + " (the PGF embeds that PNG)",
    ("images/exiv2/imagemagick.pgf", "country"): _NON_STANDARD_IPTC + " (the PGF embeds that PNG)",
    ("images/exiv2/imagemagick.png", "copyright"): _NON_STANDARD_IPTC,
    ("images/exiv2/imagemagick.png", "city"): _NON_STANDARD_IPTC,
    ("images/exiv2/imagemagick.png", "country"): _NON_STANDARD_IPTC,
    ("images/exiv2/iptc-psAPP13-wIPTCempty-psAPP13-wIPTC.jpg", "credit"): _LATER_IIM_BLOCK,
    ("images/exiv2/iptc-psAPP13-wIPTCmid1-wIPTCempty-wIPTCmid2.jpg", "creators"): _LATER_IIM_BLOCK,
    ("images/exiv2/issue_1847_poc.jpg", "caption"): "fuzzed APP13 whose caption runs into the next APP13 "
                                                    "segment: Photodesk joins consecutive Photoshop segments "
                                                    "(as exiftool does when no junk separates them)",
    ("images/exiv2/issue_ghsa_8949_hhfh_j7rj_poc.jp2", "caption"): _FUZZED + ": a byte that is not UTF-8 "
                                                                   "in EXIF, exiftool '?', Photodesk cp1252 'Ø'",
    ("images/exiv2/issue_ghsa_8949_hhfh_j7rj_poc.jp2", "source"): _FUZZED + ": a control character in "
                                                                  "ill-formed XMP, replaced by a space",
    ("images/exiv2/issue_ghsa_8949_hhfh_j7rj_poc.jp2", "keywords"): _FUZZED + ": an IIM keyword whose "
                                                                    "length was flipped swallows the next ones",
    ("images/exiv2/issue_ghsa_8949_hhfh_j7rj_poc.jp2", "date_created"): _FUZZED + ": exiftool's MWG finds no "
                                                                        "date, Photodesk reads the IIM date",
}

_results: dict[str, dict[str, bool]] = {}


def read_asset(path: Path) -> Asset | None:
    """Photodesk's reading of one corpus file, or None when it is rejected as a FileProblem."""
    try:
        raw = read_image(path)
    except FileProblem:
        return None
    return reconcile(raw, sha256="0" * 64, file_size=path.stat().st_size, source_path=str(path),
                     imported_at="2026-01-01T00:00:00+00:00")


def expected_value(record: dict, field: str) -> object:
    """The oracle's answer for one of our fields, normalised for comparison."""
    if field in ("width", "height"):
        width = (record.get("width") or {}).get("value")
        height = (record.get("height") or {}).get("value")
        orientation = (record.get("orientation") or {}).get("value")
        if orientation in (5, 6, 7, 8):
            width, height = height, width
        return width if field == "width" else height
    if field == "gps":
        lat = (record.get("gps_latitude") or {}).get("value")
        lon = (record.get("gps_longitude") or {}).get("value")
        return None if lat is None or lon is None else (round(lat, 6), round(lon, 6))
    oracle_field, mwg_name = ORACLE[field]
    if mwg_name is not None:
        value = (record.get("mwg") or {}).get(mwg_name)
        if field == "date_created":
            return iso_date(value) if value is not None else None
        if field in ("city", "country") and isinstance(value, list):
            value = value[0]
    else:
        value = (record.get(oracle_field) or {}).get("value")
    return normalise(value, as_list=field in LIST_FIELDS)


def actual_value(asset: Asset | None, field: str) -> object:
    """Photodesk's answer for one field, normalised the same way."""
    if asset is None:
        return None
    if field == "gps":
        if asset.gps_lat is None or asset.gps_lon is None:
            return None
        return (round(asset.gps_lat, 6), round(asset.gps_lon, 6))
    value = getattr(asset, field)
    if field in ("width", "height"):
        return value
    return normalise(value, as_list=field in LIST_FIELDS)


def normalise(value: object, *, as_list: bool) -> object:
    """Strip, unify line ends; lists as tuples; empty as None."""
    if value is None or value == [] or value == ():
        return None
    if as_list:
        items = value if isinstance(value, (list, tuple)) else [value]
        cleaned = tuple(t for t in (_text(str(i)) for i in items) if t)
        return cleaned or None
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    return _text(str(value))


def _text(text: str) -> str | None:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return text or None


_DATE = re.compile(r"^(\d{4})(?::(\d{2}))?(?::(\d{2}))?(?:[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?"
                   r"\s*(Z|[+-]\d{2}:?\d{2})?$")


def iso_date(raw: str) -> str | None:
    """exiftool's date string as ISO 8601 at its own precision (the oracle's own conversion)."""
    match = _DATE.match(str(raw).strip())
    if not match:
        return None
    year, month, day, hours, minutes, seconds, fraction, zone = match.groups()
    if year == "0000" or month == "00" or day == "00":
        return None
    out = year
    if month:
        out += "-" + month
        if day:
            out += "-" + day
            if hours:
                out += f"T{hours}:{minutes}"
                if seconds:
                    out += ":" + seconds + (fraction or "")
                if zone:
                    out += "+00:00" if zone == "Z" else (zone if ":" in zone else zone[:3] + ":" + zone[3:])
    return out


def undo_mojibake(value: object, charset: str) -> object:
    """exiftool's Latin-1 reading of IIM bytes, read back in ``charset`` (None if not possible)."""
    def fix(text: str) -> str | None:
        for encoding in ("cp1252", "latin-1"):
            try:
                return text.encode(encoding).decode(charset)
            except UnicodeError:
                continue
        return None
    if isinstance(value, tuple):
        fixed = tuple(fix(v) for v in value)
        return None if None in fixed else fixed
    return fix(value) if isinstance(value, str) else None


def compare(key: str, record: dict, asset: Asset | None) -> dict[str, tuple[object, object, bool]]:
    """Per field: (expected, actual, agrees) for one corpus file."""
    out = {}
    kinds = set(((record.get("charset") or {}).get("iptc_bytes") or {}).values())
    charsets = (["utf-8"] if "utf-8 bytes" in kinds else []) + \
        (["mac_roman"] if "8-bit non-utf-8 bytes" in kinds else [])
    for field in FIELDS:
        want, got = expected_value(record, field), actual_value(asset, field)
        agrees = want == got
        for charset in charsets:
            if not agrees and want is not None:
                agrees = undo_mojibake(want, charset) == got
        out[field] = (want, got, agrees)
    return out


@pytest.mark.parametrize("key", _KEYS)
def test_file_agrees_with_exiftool(key: str, corpus_dir: Path, expected: dict) -> None:
    record = expected[key]
    asset = read_asset(corpus_dir / key)
    result = compare(key, record, asset)
    _results[key] = {field: agrees for field, (_, _, agrees) in result.items()}
    unexplained = {f: (w, g) for f, (w, g, ok) in result.items() if not ok and (key, f) not in KNOWN_DIFFERENCES}
    stale = [f for f, (_, _, ok) in result.items() if ok and (key, f) in KNOWN_DIFFERENCES]
    assert not unexplained, f"{key}: differences from exiftool (expected, ours): {unexplained}"
    assert not stale, f"{key}: listed as different but now agrees: {stale}"


def test_overall_agreement_is_at_least_99_percent(corpus_dir: Path, expected: dict) -> None:
    agreed = total = 0
    for key, record in expected.items():
        fields = _results.get(key)
        if fields is None:
            result = compare(key, record, read_asset(corpus_dir / key))
            fields = {f: ok for f, (_, _, ok) in result.items()}
        agreed += sum(fields.values())
        total += len(fields)
    assert total == len(expected) * len(FIELDS)
    assert agreed / total >= 0.99, f"agreement {agreed}/{total} = {agreed / total:.2%}"
