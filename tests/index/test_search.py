"""The search index over assets made here: analysers, every query form, facets, sorts, pages,
suggestions, friendly messages for broken queries, and the writer/reader lifecycle."""

from __future__ import annotations

import dataclasses
from collections import Counter
import hashlib
import json
import random
import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from catalog.asset import Asset, ArticleRef, record_stamp
from catalog.errors import ImportLockedError
from index import SearchIndex, SearchResults
from index.dates import range_terms
from index.query import parse_query
from index.schema import NAME_ANALYZER, PROSE_ANALYZER, TEXT_ANALYZER, fold

if TYPE_CHECKING:
    from click.testing import Result


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


@pytest.fixture
def index(tmp_path: Path) -> SearchIndex:
    """A real Whoosh index on disk holding the six assets above."""
    search_index = SearchIndex(tmp_path / "index")
    search_index.index(ALL)
    yield search_index
    search_index.close()


def found(results: SearchResults) -> set[str]:
    """The hits of one page, by the short names above."""
    return {NAMES[hit.id] for hit in results.hits}


def hits(index: SearchIndex, query: str, **options: object) -> set[str]:
    """Names of every asset the query finds (all on one page), checking the total agrees."""
    results = index.search(query, page_size=50, **options)  # type: ignore[arg-type]
    assert results.total == len(results.hits)
    return found(results)


# --- analysers ---------------------------------------------------------------------------


def test_folding_strips_accents_and_case() -> None:
    assert fold("São Paulo") == "sao paulo"
    assert fold("MÁLAGA") == "malaga"
    assert fold("Łódź Æsir Straße İstanbul") == "lodz aesir strasse istanbul"


def test_prose_is_stemmed_and_folded_names_only_folded() -> None:
    assert [t.text for t in PROSE_ANALYZER("Protesters celebrated in Málaga")] == [
        "protest", "celebrat", "in", "malaga",
    ]
    assert [t.text for t in NAME_ANALYZER("José Jones")] == ["jose", "jones"]


def test_field_words_are_indexed_again_with_their_prefix() -> None:
    document = "\x1e".join(["Jones sings", "", "", "Protests", "Tom Jones"])
    tokens = [(t.text, t.pos) for t in TEXT_ANALYZER(document, positions=True)]
    assert tokens == [
        ("jone", 0), ("sing", 1),  # caption: prose, stemmed, no prefix
        ("protest", 300_000), ("keyword:protest", 300_000),  # keywords: prose, so stemmed
        ("tom", 400_000), ("by:tom", 400_000), ("jone", 400_001), ("by:jones", 400_001),  # names: not
    ]


def test_one_pass_indexing_matches_the_analysers() -> None:
    # The text and tags fields index in one pass for speed; queries and highlights use
    # the analyser chains. Both must produce the same words at the same positions.
    from whoosh import fields

    from index.documents import asset_document
    from index.schema import TAG_ANALYZER, CompactPositions, build_schema, decode_positions

    schema = build_schema()
    reference_text = fields.TEXT(analyzer=TEXT_ANALYZER)
    reference_text.format = CompactPositions()
    reference_tags = fields.KEYWORD(analyzer=TAG_ANALYZER, scorable=True)
    tricky = make_asset(99, caption="U.S. troops, 3.5 km from Zürich's Œuvre; São Paulo" + " word" * 10,
                        keywords=("tear gas", "Tear Gas"), creators=("José Núñez", "O'Brien"), city="İstanbul")
    for asset in (*ALL, tricky):
        document = asset_document(asset)
        for name, reference in (("text", reference_text), ("tags", reference_tags)):
            assert sorted(schema[name].index(document[name])) == sorted(fields.FieldType.index(reference, document[name]))
    assert list(decode_positions(CompactPositions().encode([0, 7, 400_001]))) == [0, 7, 400_001]


def test_accent_folding_finds_places_both_ways(index: SearchIndex) -> None:
    assert hits(index, "Malaga") == {"malaga"}
    assert hits(index, "Sao Paulo") == {"sao_paulo"}
    assert hits(index, '"sao paulo"') == {"sao_paulo"}
    assert hits(index, 'city:"Sao Paulo"') == {"sao_paulo"}
    assert hits(index, "Krakow") == {"uncredited"}
    assert hits(index, "by:Jose") == {"uncredited"}
    assert hits(index, "São") == {"sao_paulo"}
    assert hits(index, "by:NÚÑEZ") == {"uncredited"}


def test_stemming_applies_to_prose_not_to_names(index: SearchIndex) -> None:
    assert hits(index, "protest") == {"sao_paulo", "uncredited"}  # "Protesters", "protest"
    assert hits(index, "advancing") == {"mosul"}
    assert hits(index, "by:jones") == {"no_caption"}  # not Jon Jone
    assert hits(index, "by:jone") == {"jone"}
    assert hits(index, "Jones") == {"no_caption", "jone"}  # free words are stemmed everywhere


# --- the query language ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("mosul", {"mosul"}),
        ("Mosul AP March 2017", {"mosul"}),
        ("mosul AND dana", {"mosul"}),
        ("mosul malaga", set()),
        ("mosul OR malaga", {"mosul", "malaga"}),
        ("protest NOT krakow", {"sao_paulo"}),
        ("protest -krakow", {"sao_paulo"}),
        ("(mosul OR malaga) AND football", {"malaga"}),
        ('"old city"', {"mosul"}),
        ('"city old"', set()),
        ('"war conflict"', set()),  # two keywords: a phrase never spans two values
        ("mos*", {"mosul"}),
        ("m?sul", {"mosul"}),
        ("credit:reuters", {"malaga"}),
        ("credit:getty", {"sao_paulo"}),
        ("agency:ap", {"mosul"}),
        ("agency:AFP", {"sao_paulo"}),
        ("agency:dana", set()),  # exact value only
        ("by:dana", {"mosul"}),
        ('by:"Felipe Dana"', {"mosul"}),
        ('by:"Dana Felipe"', set()),
        ("source:reuters", {"malaga"}),
        ("keyword:football", {"malaga"}),
        ("keyword:protests", {"sao_paulo", "uncredited"}),
        ("city:paulo", {"sao_paulo"}),
        ("country:iraq", {"mosul"}),
        ("country:BR", {"sao_paulo"}),
        ("restriction:no-sales", {"sao_paulo"}),
        ("restriction:editorial-only", {"mosul", "sao_paulo"}),
        ("caption:mosul", {"mosul"}),
        ("caption:reuters", {"malaga"}),
        ("caption:dana", {"mosul"}),
        ("headline:battle", {"mosul"}),
        ("title:portrait", {"no_caption"}),
        ("format:jpeg", {"mosul", "malaga", "sao_paulo", "uncredited", "no_caption", "jone"}),
        (f"id:{MALAGA.id}", {"malaga"}),
        ("date:2017", {"mosul", "sao_paulo"}),
        ("date:2017-03", {"mosul", "sao_paulo"}),
        ("date:2017-03-17", {"mosul"}),
        ("date:2017-3-17", {"mosul"}),
        ("date:[2017-03-01 TO 2017-03-31]", {"mosul", "sao_paulo"}),  # all of March 2017
        ("date:[2017-03-05 TO 2017-03-31]", {"mosul"}),  # "2017-03" may be before the 5th
        ("date:[2017-03 TO 2017-03]", {"mosul", "sao_paulo"}),
        ("date:[2016 TO 2017]", {"mosul", "malaga", "sao_paulo"}),
        ("date:[2016-05-01 TO *]", {"mosul", "malaga", "sao_paulo", "jone"}),
        ("date:[* TO 2016-05-01]", {"malaga", "uncredited"}),
        ("date:>2017", {"jone"}),
        ("date:>=2017", {"mosul", "sao_paulo", "jone"}),
        ("date:<2016", {"uncredited"}),
        ("date:[2018-12-31 TO 2019-01-05]", {"jone"}),
        ("has:gps", {"malaga"}),
        ("missing:credit", {"uncredited", "jone"}),
        ("missing:caption", {"no_caption"}),
        ("missing:date", {"no_caption"}),
        ("has:special_instructions", {"jone"}),
        ("missing:photographer", {"uncredited", "no_caption", "jone"}),
        ("is:portrait", {"malaga", "no_caption"}),
        ("is:landscape", {"mosul"}),
        ("is:square", {"sao_paulo", "jone"}),
        ("width:>4000", {"mosul"}),
        ("width:[1000 TO 2000]", {"no_caption", "jone"}),
        ("height:5000", {"no_caption"}),
        ("orientation:6", {"no_caption"}),
        ("protest has:date", {"sao_paulo", "uncredited"}),
        ("protest OR missing:caption", {"sao_paulo", "uncredited", "no_caption"}),
        ("NOT date:2017", {"malaga", "uncredited", "no_caption", "jone"}),
        ("", {"mosul", "malaga", "sao_paulo", "uncredited", "no_caption", "jone"}),
    ],
)
def test_query_forms_find_exactly_the_right_assets(index: SearchIndex, query: str, expected: set[str]) -> None:
    results = index.search(query, page_size=50)
    assert found(results) == expected
    assert results.total == len(expected)
    assert results.message is None


@pytest.mark.parametrize(
    ("query", "words", "effective"),
    [
        ("caption:(", 'opens a bracket "("', ""),
        ('"unclosed', "quotation mark", '"unclosed"'),
        ("date:[2017 TO", 'is not closed with "]"', "date:[2017 TO *]"),
        ("mosul)", 'closing bracket ")"', "mosul"),
        ("(mosul OR malaga", 'opens a bracket "("', "mosul OR malaga"),
        ("date:2017-13", "is not a date", ""),
        ("date:[2017 TO soon]", "is not a date", ""),
        ("has:wings", "is not known", ""),
        ("is:blurry", "is not known", ""),
        ("by:", "needs something to search for", ""),
        ("mosul AND", '"AND" needs something', "mosul"),
        ("OR mosul", '"OR" needs something', "mosul"),
        ("NOT", "needs something after it", ""),
        ("wibble:mosul", 'no field "wibble:"', "wibble:mosul"),
        ("caption:[a TO b]", "does not take a range", ""),
        ("width:wide", "is not a number", ""),
        ("[2017 TO 2018]", "needs a field", ""),
    ],
)
def test_broken_queries_get_a_plain_message_and_the_closest_search(
    index: SearchIndex, query: str, words: str, effective: str
) -> None:
    results = index.search(query)
    assert results.message is not None and words in results.message
    assert results.effective_query == effective
    expected = index.search(effective, page_size=50)
    assert results.total == expected.total
    if effective:
        assert f"Showing results for: {effective}" in results.message
    else:
        assert "Showing all pictures instead." in results.message


def test_broken_query_search_still_runs(index: SearchIndex) -> None:
    assert found(index.search('"old city')) == {"mosul"}
    assert found(index.search("date:[2017 TO", page_size=50)) == {"mosul", "sao_paulo", "jone"}
    assert index.search("caption:(").total == len(ALL)


def test_no_input_makes_search_raise(index: SearchIndex) -> None:
    rng = random.Random(4)
    alphabet = list('abc "()[]{}:*?-+ANDORNOT TO 2017-03 date: by: has: is: width:>< \\\'')
    for _ in range(400):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25)))
        results = index.search(query)
        assert results.total >= 0, query
        assert parse_query(query).effective == results.effective_query


def test_date_ranges_use_whole_years_and_months() -> None:
    from datetime import date

    assert range_terms(date(2017, 3, 1), date(2017, 3, 31), [2017]) == ["2017-03"]
    assert range_terms(date(2016, 1, 1), None, [2015, 2016, 2017]) == ["2016", "2017"]
    terms = range_terms(date(2015, 12, 30), date(2017, 2, 1), [2015, 2016, 2017])
    assert terms == ["2015-12-30", "2015-12-31", "2016", "2017-01", "2017-02-01"]


def test_date_and_column_tests_agree_one_by_one_and_in_bulk() -> None:
    # Filters test a hit set's keys in bulk (numpy); the bulk answer must be the scalar one.
    from datetime import date

    import numpy as np

    from index.matchers import ColumnRange, DateRange, Flag

    keys = [0] + [
        year * 10**10 + month * 10**8 + day * 10**6 + 123
        for year in (1999, 2000, 2016, 2017, 2100) for month in range(13) for day in (0, 1, 15, 28, 29, 31)
        if not (month == 0 and day)
    ]
    ranges = [
        DateRange(date(2016, 2, 1), date(2016, 2, 29), []), DateRange(date(2017, 2, 1), date(2017, 2, 28), []),
        DateRange(date(2016, 1, 15), date(2017, 3, 1), []), DateRange(None, date(2000, 12, 31), []),
        DateRange(date(2017, 1, 1), None, []), DateRange(date(2100, 2, 1), date(2100, 2, 28), []),
    ]
    for test in ranges:
        assert test.contains_all(np.array(keys, dtype=np.int64)).tolist() == [test.contains(k) for k in keys], test
    values = list(range(-1, 40))
    for column_test in (ColumnRange("width", 10, 20), ColumnRange("width", None, 5), ColumnRange("height", 30, None),
                        Flag("gps", 4), Flag("credit", 8, present=False)):
        bulk = column_test.accepts_all(np.array(values, dtype=np.int64)).tolist()
        assert bulk == [column_test.accepts(v) for v in values], column_test


# --- facets, filters, sorting, pages -------------------------------------------------------


def test_facets_count_the_current_hits(index: SearchIndex) -> None:
    results = index.search("", facets=True)
    assert results.facets["agency"] == [("AFP", 1), ("AP", 1), ("Reuters", 1)]
    assert results.facets["restrictions"] == [("editorial-only", 2), ("no-sales", 1)]
    assert results.facets["year"] == [("2017", 2), ("2015", 1), ("2016", 1), ("2018", 1)]
    assert ("Nelson Almeida", 1) in results.facets["photographer"]
    assert ("Tom Jones", 1) in results.facets["photographer"]  # the by-line, when no credit names one
    assert ("São Paulo", 1) in results.facets["city"]
    most = index.search("missing:gps", facets=["year"])  # five of six: counted by subtraction
    assert most.facets == {"year": [("2017", 2), ("2015", 1), ("2018", 1)]}
    narrowed = index.search("protest", facets=["agency", "country"])
    assert narrowed.facets == {"agency": [("AFP", 1)], "country": [("Brazil", 1), ("Poland", 1)]}


@pytest.mark.parametrize("query", ["flood", "flood river", '"flood river"', "rain", "flood OR rain", "flood has:gps"])
def test_facets_of_word_searches_count_their_hits(tmp_path: Path, query: str) -> None:
    # Word searches keep their hits as arrays; their facets are counted from those (by
    # subtraction when most of the index matched) and must match the assets themselves.
    rng = random.Random(9)
    assets = [
        make_asset(
            7000 + n, caption=rng.choice(["flood river bank", "flood in the river", "rain at dusk"]),
            agency=rng.choice(["AP", "Reuters", "AFP"]), photographers=(rng.choice(["Ann Lee", "Bo Chan"]),),
            restrictions=tuple(rng.sample(["editorial-only", "no-sales", "mandatory-credit"], rng.randint(0, 2))),
            gps_lat=1.0 if n % 3 else None, gps_lon=2.0 if n % 3 else None,
        )
        for n in range(60)
    ]
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index(assets)
        results = search_index.search(query, facets=["agency", "photographer", "restrictions"], page_size=200)
        hits = {h.id for h in results.hits}
        assert len(hits) == results.total > 0
        by_id = {a.id: a for a in assets}

        def counted(values: list[str]) -> list[tuple[str, int]]:
            return sorted(Counter(values).items(), key=lambda item: (-item[1], item[0]))

        assert results.facets == {
            "agency": counted([by_id[i].agency for i in hits]),
            "photographer": counted([p for i in hits for p in by_id[i].photographers]),
            "restrictions": counted([r for i in hits for r in by_id[i].restrictions]),
        }


def test_wide_date_ranges_count_and_facet_like_any_other_search(index: SearchIndex) -> None:
    # A date range alone over much of the index is counted from its terms and faceted from
    # per-year/month counts; adding a filter takes the ordinary route. Both must agree.
    for text in ("date:[2016 TO *]", "date:[2015-06-01 TO 2017-03-31]", "date:[* TO 2017]"):
        fast = index.search(text, facets=True, sort="oldest", page_size=50)
        plain = index.search(f"{text} has:date", facets=True, sort="oldest", page_size=50)
        assert (fast.total, fast.facets) == (plain.total, plain.facets), text
        assert [h.id for h in fast.hits] == [h.id for h in plain.hits], text
    assert found(index.search("date:[2017-03-01 TO 2017-03-31]", page_size=50)) == {"mosul", "sao_paulo"}
    assert found(index.search("protest date:[2016 TO *]")) == {"sao_paulo"}  # each hit's date checked
    assert found(index.search("mosul date:[2000 TO 2016]")) == set()


def test_flags_and_sizes_of_a_few_hits_are_checked_one_by_one(tmp_path: Path) -> None:
    # With few hits and a common flag, each hit's column value is looked at instead of
    # collecting every picture with the flag; both ways must give the same answer.
    located = [make_asset(500 + n, caption=f"street {n}", gps_lat=1.0, gps_lon=2.0, width=3000, height=2000)
               for n in range(50)]
    others = [make_asset(600 + n, caption=f"street {n}", width=1000, height=2000) for n in range(10)]
    zebras = [make_asset(700, caption="a zebra crossing", gps_lat=1.0, gps_lon=2.0, width=3000, height=2000),
              make_asset(701, caption="zebra in the zoo", width=1000, height=2000)]
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index(located + others + zebras)
        assert {h.id for h in search_index.search("zebra has:gps").hits} == {zebras[0].id}
        assert {h.id for h in search_index.search("zebra missing:gps").hits} == {zebras[1].id}
        assert {h.id for h in search_index.search("zebra width:>2000 is:landscape").hits} == {zebras[0].id}
        assert search_index.search("street has:gps").total == 50
        assert search_index.search("has:gps missing:caption").total == 0


def test_facet_limit_keeps_the_most_frequent(index: SearchIndex) -> None:
    results = index.search("", facets=["year"], facet_limit=1)
    assert results.facets == {"year": [("2017", 2)]}


def test_unknown_facet_is_a_programming_error(index: SearchIndex) -> None:
    with pytest.raises(ValueError, match="unknown facets"):
        index.search("", facets=["colour"])


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"agency": "AP"}, {"mosul"}),
        ({"agency": ["AP", "Reuters"]}, {"mosul", "malaga"}),
        ({"photographer": "Felipe Dana"}, {"mosul"}),
        ({"photographer": "Tom Jones"}, {"no_caption"}),
        ({"country": "Brazil"}, {"sao_paulo"}),
        ({"city": "Sao Paulo"}, {"sao_paulo"}),
        ({"year": "2017"}, {"mosul", "sao_paulo"}),
        ({"restrictions": "no-sales"}, {"sao_paulo"}),
        ({"source": "Reuters"}, {"malaga"}),
        ({"from": "2017-01-01"}, {"mosul", "sao_paulo", "jone"}),
        ({"to": "2016-12-31"}, {"malaga", "uncredited"}),
        ({"from": "2016", "to": "2017-03-16"}, {"malaga"}),
        ({"agency": "", "city": None}, {"mosul", "malaga", "sao_paulo", "uncredited", "no_caption", "jone"}),
    ],
)
def test_page_filters_narrow_the_search(index: SearchIndex, filters: dict, expected: set[str]) -> None:
    assert hits(index, "", filters=filters) == expected


def test_filters_combine_with_the_query(index: SearchIndex) -> None:
    assert hits(index, "protest", filters={"country": "Poland"}) == {"uncredited"}
    assert hits(index, "protest", filters={"agency": "AP"}) == set()


def test_bad_filter_values_are_explained(index: SearchIndex) -> None:
    results = index.search("", filters={"from": "last week", "year": "17"})
    assert results.message is not None
    assert '"last week" is not a date' in results.message and '"17" is not a year' in results.message
    assert results.total == len(ALL)
    with pytest.raises(ValueError, match="unknown filter"):
        index.search("", filters={"colour": "red"})


def test_sort_orders(index: SearchIndex) -> None:
    newest = [NAMES[h.id] for h in index.search("", sort="newest").hits]
    assert newest == ["jone", "mosul", "sao_paulo", "malaga", "uncredited", "no_caption"]
    oldest = [NAMES[h.id] for h in index.search("", sort="oldest").hits]
    assert oldest == ["uncredited", "malaga", "sao_paulo", "mosul", "jone", "no_caption"]  # undated last
    imported = [NAMES[h.id] for h in index.search("", sort="imported").hits]
    assert imported == ["uncredited", "no_caption", "jone", "sao_paulo", "mosul", "malaga"]
    assert [NAMES[h.id] for h in index.search("protest", sort="oldest").hits] == ["uncredited", "sao_paulo"]


def test_relevance_ranks_more_matches_first_and_falls_back_to_newest(index: SearchIndex) -> None:
    results = index.search("mosul OR protest")
    assert NAMES[results.hits[0].id] == "mosul"  # "Mosul" three times
    assert results.sort == "relevance"
    assert all(hit.score is not None for hit in results.hits)
    browse = index.search("date:2017")
    assert browse.sort == "newest" and [NAMES[h.id] for h in browse.hits] == ["mosul", "sao_paulo"]
    assert all(hit.score is None for hit in browse.hits)


def test_unknown_sort_is_explained(index: SearchIndex) -> None:
    results = index.search("mosul", sort="sideways")
    assert results.sort == "relevance" and results.message is not None and "sideways" in results.message


def test_pages_continue_each_other(index: SearchIndex) -> None:
    everything = [h.id for h in index.search("", sort="imported", page_size=50).hits]
    pages = [index.search("", sort="imported", page=p, page_size=4) for p in (1, 2, 3)]
    assert [h.id for h in pages[0].hits] + [h.id for h in pages[1].hits] == everything
    assert pages[0].total == 6 and pages[0].pages == 2 and pages[2].hits == ()
    ranked = [h.id for h in index.search("protest OR mosul OR malaga", page_size=50).hits]
    paged = [h.id for p in (1, 2) for h in index.search("protest OR mosul OR malaga", page=p, page_size=2).hits]
    assert paged == ranked[:4]


def test_phrases_with_common_words(tmp_path: Path) -> None:
    # Enough pictures that "the" and "of" are common, so the phrase checks them in the
    # caption's stop map (and in the postings beyond the caption) instead of reading them.
    filler = [make_asset(200 + n, caption=f"the mayor of the city opens the bridge number {n}") for n in range(80)]
    wanted = {
        "caption": make_asset(300, caption="Relatives of the victims gather outside the court."),
        "headline": make_asset(301, caption="Mourners gather.", headline="Relatives of the victims"),
        "keywords": make_asset(302, keywords=("relatives of the victims",)),
    }
    decoys = [
        make_asset(310, caption="Relatives of a victims group"),
        make_asset(311, caption="the victims and the relatives"),
        make_asset(312, caption="Relatives of victims, the press said"),
        make_asset(313, caption="Relatives", headline="of the victims"),  # two fields: no phrase
    ]
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index(filler + decoys)
        search_index.index(list(wanted.values()))  # a second segment
        expected = {a.id for a in wanted.values()}
        assert {h.id for h in search_index.search('"relatives of the victims"', page_size=50).hits} == expected
        assert {h.id for h in search_index.search('"victims of relatives"').hits} == set()
        assert {h.id for h in search_index.search('caption:"relatives of the victims"').hits} == {wanted["caption"].id}
        assert search_index.search('"of the city"').total == 80
        assert search_index.search('"of the"').total == 84  # only common words: read the postings
        search_index.remove([wanted["headline"].id])
        assert {h.id for h in search_index.search('"relatives of the victims"').hits} == expected - {wanted["headline"].id}


@pytest.mark.parametrize("skewed", [False, True], ids=["even", "common-stop-words"])
def test_phrases_find_exactly_the_captions_holding_them(tmp_path: Path, skewed: bool) -> None:
    # Phrases intersect word postings and check common words in the stop map: the hits
    # must be the captions whose analysed words hold the phrase, worked out here by brute force.
    # Skewed, "the", "of" and "a" are common enough to be checked in the stop map.
    rng = random.Random(5)
    vocabulary = ["police", "fire", "tear", "gas", "riot", "the", "of", "at", "city", "hall", "mayor", "a"]
    weights = [3, 3, 2, 2, 1, 60, 40, 5, 4, 3, 1, 30] if skewed else [1] * len(vocabulary)
    captions = [" ".join(rng.choices(vocabulary, weights, k=rng.randint(3, 12))) for _ in range(400)]
    assets = [make_asset(5000 + n, caption=caption) for n, caption in enumerate(captions)]
    analysed = {a.id: [t.text for t in PROSE_ANALYZER(a.caption)] for a in assets}
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index(assets[:250])
        search_index.index(assets[250:])  # two segments
        for _ in range(120):
            phrase = [rng.choice(vocabulary) for _ in range(rng.randint(2, 4))]
            words = [t.text for t in PROSE_ANALYZER(" ".join(phrase))]
            expected = {
                asset_id for asset_id, tokens in analysed.items()
                if any(tokens[i:i + len(words)] == words for i in range(len(tokens)))
            }
            got = set(search_index.search_ids(f'"{" ".join(phrase)}"'))
            assert got == expected, phrase


def test_a_rare_word_and_a_common_one(tmp_path: Path) -> None:
    # The common word is read only where the rare one is (blocks skipped), across segments.
    common = [make_asset(400 + n, caption=f"police patrol number {n}") for n in range(300)]
    rare = [make_asset(800, caption="riot police at the border"), make_asset(801, caption="riot at dawn"),
            make_asset(802, caption="police and a riot")]
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index(common[:150] + rare[:1])
        search_index.index(common[150:] + rare[1:])
        found = search_index.search("riot police", page_size=50)
        assert {h.id for h in found.hits} == {rare[0].id, rare[2].id} and found.total == 2
        assert search_index.search("police").total == 302
        assert search_index.search("riot police", filters={"year": "2017"}).total == 0
        search_index.remove([rare[2].id])
        assert {h.id for h in search_index.search("riot police").hits} == {rare[0].id}


def test_did_you_mean(index: SearchIndex) -> None:
    assert index.search("Mosl").suggestion == "Mosul"
    assert index.search("Malga fans").suggestion == "Malaga fans"
    assert index.search('by:"Felipe Dnaa"').suggestion is None  # phrases are not corrected
    assert index.search("by:Danna").suggestion == "by:Dana"
    assert index.search("parliment").suggestion == "parliament"
    assert index.search("protestors").suggestion == "protesters"  # as some caption writes it
    assert index.search("mosul").suggestion is None


def test_highlight_marks_matches_and_escapes_markup(index: SearchIndex) -> None:
    hit = index.search("mosul").hits[0]
    assert hit.highlight.count("<mark>") == 2 and "<mark>MOSUL</mark>" in hit.highlight
    assert index.search("advancing mos*").hits[0].highlight.count("<mark>") == 3  # stem and prefix
    assert "Felipe <mark>Dana</mark>" in index.search("by:dana").hits[0].highlight  # the name where the caption has it
    markup = index.search("parliament").hits[0]
    assert "<mark>parliament</mark>" in markup.highlight
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup.highlight and "<script>" not in markup.highlight
    assert "&lt;b&gt;bold&lt;/b&gt; &amp;" in markup.highlight
    assert index.search("Malaga").hits[0].highlight == "Fans celebrate in <mark>Málaga</mark> after the final. REUTERS/Jon Nazca"


def test_long_caption_is_cut_around_the_match(tmp_path: Path) -> None:
    long_caption = " ".join(["filler"] * 80) + " the flood reached Venice " + " ".join(["tail"] * 80)
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index([make_asset(9, caption=long_caption)])
        highlight = search_index.search("flood").hits[0].highlight
    assert "<mark>flood</mark>" in highlight and highlight.startswith("…") and highlight.endswith("…")
    assert len(highlight) < 260


def test_hits_carry_what_a_result_list_shows(index: SearchIndex) -> None:
    hit = index.search("mosul").hits[0]
    assert (hit.id, hit.credit, hit.date_created) == (MOSUL.id, "AP Photo/Felipe Dana", MOSUL.date_created)
    assert (hit.agency, hit.photographers, hit.city, hit.country) == ("AP", ("Felipe Dana",), "Mosul", "Iraq")
    assert (hit.width, hit.height, hit.restrictions) == (6000, 4000, ("editorial-only",))
    assert index.search("title:portrait").hits[0].highlight == ""


def test_json_follows_the_cli_contract(index: SearchIndex) -> None:
    document = json.loads(json.dumps(index.search("mosul", facets=True).to_json()))
    assert {"total", "hits", "facets", "suggestion"} <= set(document)
    assert set(document["hits"][0]) == {"id", "score", "caption", "highlight", "credit", "date_created"}
    assert document["facets"]["agency"] == [["AP", 1]]
    assert document["total"] == 1 and document["suggestion"] is None


# --- writing, reading, rebuilding -----------------------------------------------------------


def test_stamps_match_the_records(index: SearchIndex) -> None:
    assert index.stamps() == {asset.id: record_stamp(asset) for asset in ALL}


def test_the_fast_record_is_the_same_record() -> None:
    # Asset.to_record walks the fields itself (for speed); it must equal what
    # dataclasses.asdict gives, or every stored record stamp would look stale.
    from catalog.asset import Conflict

    rich = replace(MOSUL, articles=(ArticleRef(url="https://example.com/a", title="A"),),
                   conflicts=(Conflict(field="caption", values={"XMP": "a", "IPTC": "b"}, chosen="XMP"),),
                   field_sources={"caption": "XMP-dc:Description"})
    for asset in (*ALL, rich):
        assert asset.to_record() == json.loads(json.dumps(dataclasses.asdict(asset)))


def test_reindexing_an_asset_replaces_its_document(index: SearchIndex) -> None:
    assert hits(index, "football") == {"malaga"}  # a searcher is now open and pooled
    changed = replace(MALAGA, keywords=("fiesta",), articles=(ArticleRef(url="https://example.com/a"),))
    index.index([changed])
    assert hits(index, "football") == set()
    assert hits(index, "fiesta") == {"malaga"}
    assert hits(index, "has:articles") == {"malaga"}
    assert index.count() == len(ALL)
    assert index.stamps()[MALAGA.id] == record_stamp(changed)


def test_removed_assets_disappear_from_an_open_searcher(index: SearchIndex) -> None:
    assert hits(index, "protest") == {"sao_paulo", "uncredited"}
    index.remove([UNCREDITED.id])
    assert hits(index, "protest") == {"sao_paulo"}
    assert UNCREDITED.id not in index.stamps()
    index.remove(["0000000000000000"])  # unknown ids are fine
    assert index.count() == len(ALL) - 1


def test_many_small_batches_merge_without_resurrecting_documents(tmp_path: Path) -> None:
    # Regression: whoosh-reloaded's Searcher.refresh() kept merged-away segments and
    # stale deletions, so documents came back or stayed after being replaced.
    with SearchIndex(tmp_path / "index") as search_index:
        for round_number in range(12):
            search_index.index([replace(MOSUL, keywords=(f"round{round_number}",))])
            assert hits(search_index, "mosul") == {"mosul"}
            assert hits(search_index, f"keyword:round{round_number}") == {"mosul"}
            assert search_index.count() == 1


def test_a_failing_batch_writes_nothing(index: SearchIndex) -> None:
    with pytest.raises(RuntimeError):
        with index.writer() as batch:
            batch.add(make_asset(7, caption="half written"))
            raise RuntimeError("the batch broke")
    assert index.search("written").total == 0
    assert index.count() == len(ALL)


def test_a_second_writer_waits_or_says_the_index_is_busy(tmp_path: Path) -> None:
    first = SearchIndex(tmp_path / "index")
    impatient = SearchIndex(tmp_path / "index", lock_timeout=0)
    patient = SearchIndex(tmp_path / "index")
    done = threading.Event()
    with first.writer() as batch:
        batch.add(MOSUL)
        with pytest.raises(ImportLockedError, match="another import or reindex"):
            impatient.index([MALAGA])
        waiter = threading.Thread(target=lambda: (patient.index([MALAGA]), done.set()))
        waiter.start()
        assert not done.is_set()
    waiter.join()
    assert done.is_set()
    assert hits(first, "") == {"mosul", "malaga"}


def test_rebuild_switches_generations_atomically(index: SearchIndex, tmp_path: Path) -> None:
    assert hits(index, "mosul") == {"mosul"}
    assert index.rebuild([MOSUL, MALAGA]) == 2
    assert hits(index, "") == {"mosul", "malaga"}
    assert index.generations.names() == ["gen-000001", "gen-000002"]
    other = SearchIndex(tmp_path / "index")  # another process's view of the same directory
    assert hits(other, "") == {"mosul", "malaga"}
    index.rebuild([SAO_PAULO])
    assert hits(other, "") == {"sao_paulo"}
    assert index.generations.names() == ["gen-000002", "gen-000003"]  # the one before is kept
    other.close()


def test_a_failed_rebuild_leaves_the_live_index_alone(index: SearchIndex) -> None:
    def assets():
        yield MOSUL
        raise OSError("catalog went away")

    with pytest.raises(OSError):
        index.rebuild(assets())
    assert index.generations.names() == ["gen-000001"]
    assert hits(index, "") == set(NAMES.values())


def test_large_rebuild_uses_worker_processes(tmp_path: Path) -> None:
    many = [make_asset(100 + n, caption=f"picture number {n} of the flood", date_created=f"20{n % 20:02d}")
            for n in range(6000)]
    with SearchIndex(tmp_path / "index") as search_index:
        assert search_index.rebuild(many, procs=2) == 6000
        assert search_index.search("flood").total == 6000
        assert search_index.search("date:2005").total == 300
        assert len(search_index.stamps()) == 6000


def test_an_index_from_another_schema_asks_for_a_reindex(index: SearchIndex, tmp_path: Path) -> None:
    from catalog.errors import ConfigurationError

    generation = index.generations.path(index.generations.current())
    (generation / "PHOTODESK-SCHEMA").write_text("1\n", encoding="ascii")
    stale = SearchIndex(tmp_path / "index")
    with pytest.raises(ConfigurationError, match="run `photodesk reindex`"):
        stale.search("mosul")
    with pytest.raises(ConfigurationError, match="another version of Photodesk"):
        stale.index([MOSUL])
    assert stale.rebuild(ALL) == len(ALL)  # a rebuild needs nothing from the old generation
    assert hits(stale, "mosul") == {"mosul"}


def test_an_index_never_written_answers_empty(tmp_path: Path) -> None:
    empty = SearchIndex(tmp_path / "nothing-here")
    assert empty.search("mosul").total == 0
    assert empty.stamps() == {} and empty.count() == 0
    assert not (tmp_path / "nothing-here").exists()


def test_an_index_with_no_documents_answers_every_query(tmp_path: Path) -> None:
    # Regression: an index created by an empty first batch reads through Whoosh's
    # EmptyReader, which has no segment; facets, flags and sorting must still work.
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index([])
        for query in ("", "missing:credit", "date:2017", "width:>10", "mosul", "caption:("):
            assert search_index.search(query, facets=True, sort="newest").total == 0
        assert search_index.stamps() == {}


def test_searches_from_many_threads_share_the_index(index: SearchIndex) -> None:
    failures: list[str] = []

    def search_repeatedly(query: str, expected: set[str]) -> None:
        for _ in range(30):
            result = hits(index, query)
            if result != expected:
                failures.append(f"{query}: {result}")

    threads = [
        threading.Thread(target=search_repeatedly, args=(q, e))
        for q, e in [("protest", {"sao_paulo", "uncredited"}), ("date:2017", {"mosul", "sao_paulo"}),
                     ("by:dana", {"mosul"}), ("has:gps", {"malaga"})]
    ]
    for thread in threads:
        thread.start()
    index.index([make_asset(8, caption="an unrelated picture")])
    for thread in threads:
        thread.join()
    assert failures == []


# --- the command line --------------------------------------------------------------------


def run_cli(*arguments: str) -> "Result":
    """Run ``photodesk`` in this process with the real components."""
    from click.testing import CliRunner

    from scripts.cli import cli

    return CliRunner().invoke(cli, list(arguments), catch_exceptions=False)


def test_search_command_prints_the_json_contract(tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index(ALL)
    result = run_cli("search", "--data", str(tmp_path), "--json", "protest")
    document = json.loads(result.output)
    assert result.exit_code == 0
    assert document["total"] == 2 and {h["id"] for h in document["hits"]} == {SAO_PAULO.id, UNCREDITED.id}
    assert set(document["hits"][0]) == {"id", "score", "caption", "highlight", "credit", "date_created"}
    assert document["facets"]["country"] == [["Brazil", 1], ["Poland", 1]] and document["suggestion"] is None
    broken = json.loads(run_cli("search", "--data", str(tmp_path), "--json", "caption:(").output)
    assert "never closed" in broken["message"] and broken["total"] == len(ALL)
    paged = json.loads(run_cli("search", "--data", str(tmp_path), "--json", "--sort", "oldest", "--limit", "2",
                               "--page", "2").output)
    assert [h["id"] for h in paged["hits"]] == [SAO_PAULO.id, MOSUL.id] and paged["sort"] == "oldest"


def test_search_command_prints_hits_for_people(tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index(ALL)
    shown = run_cli("search", "--data", str(tmp_path), "Mosl")
    assert "Did you mean: Mosul" in shown.output and "0 pictures" in shown.output
    listed = run_cli("search", "--data", str(tmp_path), "--facets", "mosul", "AP")
    assert f"1. {MOSUL.id}" in listed.output and "AP Photo/Felipe Dana" in listed.output
    assert "agency: AP (1)" in listed.output and "<mark>" not in listed.output
    assert "opens a bracket" in run_cli("search", "--data", str(tmp_path), "(mosul").output
    assert run_cli("search", "--data", str(tmp_path), "--sort", "sideways", "x").exit_code == 2


def test_reindex_command_rebuilds_from_the_catalog(tmp_path: Path) -> None:
    from catalog.store import CatalogStore

    nothing = run_cli("reindex", "--data", str(tmp_path))
    assert nothing.exit_code == 2 and "no catalog here yet" in nothing.output
    with CatalogStore(tmp_path / "catalog.sqlite") as store:
        for asset in ALL[:4]:
            store.upsert(asset)
        expected = store.stamps()
    result = run_cli("reindex", "--data", str(tmp_path))
    assert result.exit_code == 0 and "reindexed 4 assets" in result.output
    with SearchIndex(tmp_path / "index") as search_index:
        assert search_index.stamps() == expected
        assert hits(search_index, "protest") == {"sao_paulo", "uncredited"}


def test_check_finds_index_drift_and_repair_fixes_it(tmp_path: Path) -> None:
    # `photodesk check` (the pipeline's command) compares the catalog's record stamps with
    # this index's stamps(); --repair re-indexes through index() and remove().
    from catalog.store import CatalogStore

    with CatalogStore(tmp_path / "catalog.sqlite") as store:
        for asset in ALL[:4]:
            store.upsert(asset)
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index([MOSUL, replace(MALAGA, caption="an older caption"), NO_CAPTION])
    report = run_cli("check", "--data", str(tmp_path)).output
    assert f"{SAO_PAULO.id}: missing from the search index" in report
    assert f"{MALAGA.id}: the search index holds an older version" in report
    assert f"{NO_CAPTION.id}: in the search index but not in the catalog" in report
    run_cli("check", "--data", str(tmp_path), "--repair")
    again = run_cli("check", "--data", str(tmp_path)).output
    assert "search index" not in again
    with SearchIndex(tmp_path / "index") as search_index:
        assert hits(search_index, "") == {"mosul", "malaga", "sao_paulo", "uncredited"}
        assert hits(search_index, "celebrate") == {"malaga"}


def test_an_index_written_before_the_faster_posting_blocks_still_reads_and_merges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Indexes built by earlier releases hold W3 segments (protocol-2 posting blocks). They
    # must keep answering, and merge with segments written in the new form.
    from whoosh.codec.whoosh3 import W3Codec

    import index.search_index as search_index_module

    old = [make_asset(9000 + n, caption=f"flood waters rise in town {n}", agency="AP") for n in range(40)]
    new = [make_asset(9100 + n, caption=f"flood barrier holds {n}", agency="AFP") for n in range(40)]
    with monkeypatch.context() as patched:
        patched.setattr(search_index_module, "CODEC", W3Codec())
        with SearchIndex(tmp_path / "index") as search_index:
            search_index.index(old)
    with SearchIndex(tmp_path / "index") as search_index:
        for start in range(0, len(new), 4):  # small batches: Whoosh merges segments as it goes
            search_index.index(new[start : start + 4])
        codecs = {type(leaf.segment().codec()).__name__ for leaf in _segment_readers(search_index)}
        assert "PhotodeskCodec" in codecs
        assert search_index.search('"flood waters"', page_size=200).total == 40
        assert search_index.search("flood", page_size=200, facets=["agency"]).facets == {
            "agency": [("AFP", 40), ("AP", 40)]
        }
        search_index.rebuild(old + new)
        assert {type(leaf.segment().codec()).__name__ for leaf in _segment_readers(search_index)} == {"PhotodeskCodec"}
        assert search_index.search("flood barrier").total == 40


def _segment_readers(search_index: SearchIndex) -> list:
    with search_index._borrow() as handle:
        assert handle is not None
        return [leaf for leaf, _offset in handle.leaves]
