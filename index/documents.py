"""The one translation from an ``Asset`` to a Whoosh document (one edge, one place: docs/conventions.md)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from catalog.asset import Asset, record_stamp
from catalog.rights.times import NEVER, NO_TIME, time_key
from index.dates import date_terms, sort_key
from index.rights_filter import rights_profile
from index.schema import (
    BAND_SEPARATOR,
    BANDS,
    FACET_NAMES,
    STOP_CODES,
    VALUE_SEPARATOR,
    WORD_PATTERN,
    fold_word,
    stem_word,
    tag,
)

WORDS = re.compile(WORD_PATTERN)

FACET_SEPARATOR = "\x1e"  # between facets in the packed ``facets`` column

# has:NAME / missing:NAME — what counts as "present" for each name the query language accepts.
PRESENCE: dict[str, Callable[[Asset], Any]] = {
    "caption": lambda a: a.caption,
    "headline": lambda a: a.headline,
    "title": lambda a: a.title,
    "credit": lambda a: a.credit or a.caption_credit,
    "creators": lambda a: a.creators,
    "photographers": lambda a: a.photographers,
    "agency": lambda a: a.agency,
    "source": lambda a: a.source,
    "copyright": lambda a: a.copyright,
    "usage_terms": lambda a: a.usage_terms,
    "special_instructions": lambda a: a.special_instructions,
    "restrictions": lambda a: a.restrictions,
    "keywords": lambda a: a.keywords,
    "city": lambda a: a.city,
    "country": lambda a: a.country or a.country_code,
    "place": lambda a: a.city or a.sublocation or a.state or a.country or a.country_code,
    "date": lambda a: date_terms(a.date_created),
    "gps": lambda a: a.gps_lat is not None and a.gps_lon is not None,
    "camera": lambda a: a.camera_make or a.camera_model,
    "job_id": lambda a: a.job_id,
    "articles": lambda a: a.articles,
    "warnings": lambda a: a.warnings,
}

# Other words people type for the same flags.
PRESENCE_ALIASES: dict[str, str] = {
    "by": "creators",
    "byline": "creators",
    "creator": "creators",
    "photographer": "photographers",
    "keyword": "keywords",
    "restriction": "restrictions",
    "usage": "usage_terms",
    "instructions": "special_instructions",
    "location": "place",
    "article": "articles",
    "warning": "warnings",
    "job": "job_id",
}


# Bits of the ``flags`` column: has:NAME for each presence name, then the picture's shape.
FLAG_NAMES: tuple[str, ...] = (*PRESENCE, "shape:portrait", "shape:landscape", "shape:square")
_FLAG_BITS = {name: 1 << number for number, name in enumerate(FLAG_NAMES)}


def flag_bit(name: str) -> int:
    """The bit of a presence name (``gps``) or shape (``shape:portrait``) in ``flags``."""
    return _FLAG_BITS[name]


def flags_of(asset: Asset) -> int:
    """The asset's ``flags`` column value."""
    bits = 0
    for name, value_of in PRESENCE.items():
        if value_of(asset):
            bits |= _FLAG_BITS[name]
    shape = _shape(asset)
    if shape is not None:
        bits |= _FLAG_BITS[f"shape:{shape}"]
    return bits


def band_values(asset: Asset) -> dict[str, tuple[str, ...]]:
    """The searchable values of each band of the ``text`` field (schema.BANDS)."""
    return {
        "caption": _clean((asset.caption,)),
        "headline": _clean((asset.headline,)),
        "title": _clean((asset.title,)),
        "keywords": _clean(asset.keywords),
        "people": _clean((*asset.creators, *asset.photographers)),
        "credit": _clean((asset.credit, asset.caption_credit, asset.distributor, asset.agency)),
        "city": _clean((asset.city,)),
        "country": _clean((asset.country, asset.country_code)),
        "places": _clean((asset.sublocation, asset.state)),
    }


def asset_document(asset: Asset) -> dict[str, Any]:
    """The Whoosh document of one asset: searchable text, tags, facets, sort keys and its stamp."""
    bands = band_values(asset)
    dates = date_terms(asset.date_created)
    facets = _facet_values(asset, dates)
    caption_words = WORDS.findall(asset.caption or "")
    other_words = sum(len(WORDS.findall(value)) for band in BANDS[1:] for value in bands[band])
    document: dict[str, Any] = {
        "id": asset.id,
        "text": BAND_SEPARATOR.join(VALUE_SEPARATOR.join(bands[band]) for band in BANDS),
        "tags": VALUE_SEPARATOR.join(_tags(asset, bands, facets, dates)),
        "caption": asset.caption,
        "headline": asset.headline,
        "words": tuple(v for band in BANDS[2:] for v in bands[band]),
        "credit_line": asset.credit_line,
        "date_created": asset.date_created,
        "agency": asset.agency,
        "photographers": facets["photographer"],
        "city": asset.city,
        "country": asset.country or asset.country_code,
        "restrictions": tuple(asset.restrictions),
        "size": (asset.width, asset.height),
        "flags": flags_of(asset),
        "width": asset.width or 0,
        "height": asset.height or 0,
        "orientation": asset.orientation or 0,
        "text_words": len(caption_words) + other_words,
        "stops": _stop_codes(caption_words),
        "date_key": sort_key(asset.date_created),
        "imported_key": sort_key(asset.imported_at),
        "facets": pack_facets(facets),
        "rights": rights_profile(asset),
        "embargo_key": embargo_key(asset),
        "taken_key": time_key(asset.date_created) or time_key(asset.imported_at),
        "record": f"{asset.id} {record_stamp(asset)}".encode("ascii"),
    }
    # Whoosh rejects None; an absent value is simply not in the document.
    return {name: value for name, value in document.items() if value not in (None, "", 0)}


def embargo_key(asset: Asset) -> int:
    """When the picture's embargo lifts, as a time key: ``NO_TIME`` without one, ``NEVER`` when it names no end."""
    key = time_key(asset.embargo_until)
    if key == NO_TIME and "embargoed" in asset.restrictions:
        return NEVER
    return key


def stop_map(caption: str | None) -> bytes:
    """One byte per word of the caption: the word's code in ``schema.STOP_CODES``, or 0.

    Word ``i`` here is position ``i`` of the caption band, because both come from the same
    tokenizer pattern; trailing zeros are left off.
    """
    return _stop_codes(WORDS.findall(caption or ""))


def _stop_codes(words: list[str]) -> bytes:
    return bytes(STOP_CODES.get(stem_word(fold_word(word)), 0) for word in words).rstrip(b"\0")


def _tags(
    asset: Asset, bands: dict[str, tuple[str, ...]], facets: dict[str, tuple[str, ...]], dates: tuple[str, ...]
) -> Iterable[str]:
    for name, values in (
        ("agency", facets["agency"]),
        ("photographer", facets["photographer"]),
        ("source", _clean((asset.source,))),
        ("restriction", facets["restrictions"]),
        ("country", bands["country"]),
        ("city", bands["city"]),
        ("format", _clean((asset.format,))),
        ("date", dates),
    ):
        for value in values:
            yield tag(name, value)


def facet_values(asset: Asset) -> dict[str, tuple[str, ...]]:
    """The values this asset counts under in each facet of the search page."""
    return _facet_values(asset, date_terms(asset.date_created))


def _facet_values(asset: Asset, dates: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {
        "agency": _clean((asset.agency,)),
        # the credit's photographers; the by-line when the credit names none
        "photographer": _clean(asset.photographers) or _clean(asset.creators),
        "country": _clean((asset.country or asset.country_code,)),
        "city": _clean((asset.city,)),
        "year": dates[:1],
        "restrictions": _clean(asset.restrictions),
    }


def pack_facets(values: dict[str, tuple[str, ...]]) -> bytes:
    """Facet values packed for the ``facets`` column (see ``unpack_facets``)."""
    return FACET_SEPARATOR.join(
        VALUE_SEPARATOR.join(values[name]) for name in FACET_NAMES
    ).encode("utf-8")


def unpack_facets(packed: bytes) -> list[tuple[str, ...]]:
    """The facet values of one document, in ``FACET_NAMES`` order."""
    if not packed:
        return [()] * len(FACET_NAMES)
    return [
        tuple(part.split(VALUE_SEPARATOR)) if part else ()
        for part in packed.decode("utf-8").split(FACET_SEPARATOR)
    ]


def _shape(asset: Asset) -> str | None:
    if not asset.width or not asset.height:
        return None
    if asset.width == asset.height:
        return "square"
    return "portrait" if asset.is_portrait else "landscape"


def _clean(values: Iterable[str | None]) -> tuple[str, ...]:
    """Non-blank values, stripped, without separators, each once, in order."""
    seen: dict[str, None] = {}
    for value in values:
        if value and not value.isspace():
            text = value.strip()
            if VALUE_SEPARATOR in text or FACET_SEPARATOR in text:
                text = text.replace(VALUE_SEPARATOR, " ").replace(FACET_SEPARATOR, " ")
            seen.setdefault(text, None)
    return tuple(seen)
