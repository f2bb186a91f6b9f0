"""Six assets made here for the search tests, and how to name what a search finds.

Mosul (AP, 2017), Málaga (Reuters, GPS, portrait), São Paulo (AFP via Getty, no-sales),
an uncredited protest in Kraków whose caption holds markup, a portrait without a caption,
and Jon Jone (square, a special instruction). ``tests/index/conftest.py`` indexes them.
"""

from __future__ import annotations

import hashlib

from catalog.asset import Asset
from index import SearchIndex, SearchResults


def make_asset(number: int, **fields: object) -> Asset:
    """An asset with a stable id derived from ``number`` and the given fields."""
    sha256 = hashlib.sha256(f"asset-{number}".encode()).hexdigest()
    return Asset(
        id=sha256[:16], sha256=sha256, file_size=1000 + number, filename=f"{number}.jpg",
        source_path=f"/wire/{number}.jpg", format="JPEG", mime="image/jpeg", **fields,  # type: ignore[arg-type]
    )


MOSUL = make_asset(
    1,
    caption="MOSUL, Iraq — Iraqi forces advance in the old city of Mosul on Friday, March 17, 2017. "
    "(AP Photo/Felipe Dana)",
    headline="Battle for Mosul",
    credit="AP", caption_credit="AP Photo/Felipe Dana", agency="AP", photographers=("Felipe Dana",),
    creators=("Felipe Dana",), source="AP", restrictions=("editorial-only",),
    keywords=("war", "conflict"), city="Mosul", country="Iraq", country_code="IQ",
    date_created="2017-03-17T10:22:00+03:00", width=6000, height=4000,
    imported_at="2017-03-17T12:00:00",
)
MALAGA = make_asset(
    2,
    caption="Fans celebrate in Málaga after the final. REUTERS/Jon Nazca",
    credit="REUTERS", caption_credit="REUTERS/Jon Nazca", agency="Reuters", photographers=("Jon Nazca",),
    source="Reuters", keywords=("football", "celebration"), city="Málaga", country="Spain",
    country_code="ES", date_created="2016-05-01", width=4000, height=6000,
    gps_lat=36.72, gps_lon=-4.42, imported_at="2016-05-02T08:00:00",
)
SAO_PAULO = make_asset(
    3,
    caption="Protesters march in São Paulo against the government.",
    credit="AFP", caption_credit="NELSON ALMEIDA/AFP via Getty Images", agency="AFP",
    photographers=("Nelson Almeida",), distributor="Getty Images",
    restrictions=("editorial-only", "no-sales"), keywords=("protest", "politics"),
    city="São Paulo", country="Brazil", country_code="BR", date_created="2017-03",
    width=4000, height=4000, imported_at="2017-04-01T09:00:00",
)
UNCREDITED = make_asset(
    4,
    caption="A protest outside parliament in Kraków; <b>bold</b> & <script>alert(1)</script>",
    city="Kraków", country="Poland", date_created="2015", imported_at="2024-01-01T00:00:00",
    keywords=("protest",), creators=("José Nuñez",),
)
NO_CAPTION = make_asset(
    5,
    title="Portrait of Tom Jones", creators=("Tom Jones",), credit="Staff", agency=None,
    imported_at="2020-01-01T00:00:00", width=1000, height=5000, orientation=6,
)
SQUARE_JONE = make_asset(
    6,
    caption="Jon Jone poses with his trophy", creators=("Jon Jone",),
    date_created="2018-12-31T23:59:00", width=2000, height=2000,
    imported_at="2019-01-01T00:00:00", special_instructions="No archive after 30 days",
)
ALL = (MOSUL, MALAGA, SAO_PAULO, UNCREDITED, NO_CAPTION, SQUARE_JONE)
NAMES = {a.id: name for a, name in zip(ALL, ("mosul", "malaga", "sao_paulo", "uncredited", "no_caption", "jone"))}


def found(results: SearchResults) -> set[str]:
    """The hits of one page, by the short names above."""
    return {NAMES[hit.id] for hit in results.hits}


def hits(index: SearchIndex, query: str, **options: object) -> set[str]:
    """Names of every asset the query finds (all on one page), checking the total agrees."""
    results = index.search(query, page_size=50, **options)  # type: ignore[arg-type]
    assert results.total == len(results.hits)
    return found(results)
