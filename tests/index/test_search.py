"""Searching the index: facets, filters, sorts, pages, phrases, "did you mean", highlights, hits and JSON."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from index import SearchIndex, Span
from index.schema import PROSE_ANALYZER
from scripts.commands_search import search_json
from tests.helpers.sample_assets import ALL, MOSUL, NAMES, found, hits, make_asset


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


def test_newest_and_oldest_sort_by_date_taken_undated_last_and_imported_by_import_time(index: SearchIndex) -> None:
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


def test_a_phrase_of_common_words_finds_only_the_fields_holding_it_in_order(tmp_path: Path) -> None:
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


def test_a_misspelt_word_or_name_suggests_the_indexed_spelling(index: SearchIndex) -> None:
    assert index.search("Mosl").suggestion == "Mosul"
    assert index.search("Malga fans").suggestion == "Malaga fans"
    assert index.search('by:"Felipe Dnaa"').suggestion is None  # phrases are not corrected
    assert index.search("by:Danna").suggestion == "by:Dana"
    assert index.search("parliment").suggestion == "parliament"
    assert index.search("protestors").suggestion == "protesters"  # as some caption writes it
    assert index.search("mosul").suggestion is None


def bracketed(spans: tuple[Span, ...]) -> str:
    """A highlight's text with each matched span in brackets."""
    return "".join(f"[{span.text}]" if span.matched else span.text for span in spans)


def test_highlight_marks_matches_as_spans_of_plain_text(index: SearchIndex) -> None:
    hit = index.search("mosul").hits[0]
    assert [span.text for span in hit.highlight if span.matched] == ["MOSUL", "Mosul"]
    assert len([span for span in index.search("advancing mos*").hits[0].highlight if span.matched]) == 3  # stem and prefix
    assert "Felipe [Dana]" in bracketed(index.search("by:dana").hits[0].highlight)  # the name where the caption has it
    markup = index.search("parliament").hits[0]
    assert "[parliament]" in bracketed(markup.highlight)
    # The caption's own markup is text, not escaped here: the web and the CLI escape it
    # (tests/web/test_highlight_rendering.py).
    assert bracketed(markup.highlight).endswith("; <b>bold</b> & <script>alert(1)</script>")
    assert index.search("Malaga").hits[0].highlight == (
        Span("Fans celebrate in "), Span("Málaga", matched=True), Span(" after the final. REUTERS/Jon Nazca"),
    )


def test_long_caption_is_cut_around_the_match(tmp_path: Path) -> None:
    long_caption = " ".join(["filler"] * 80) + " the flood reached Venice " + " ".join(["tail"] * 80)
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index([make_asset(9, caption=long_caption)])
        highlight = bracketed(search_index.search("flood").hits[0].highlight)
    assert "[flood]" in highlight and highlight.startswith("…") and highlight.endswith("…")
    assert len(highlight) < 260 - len("<mark></mark>") + len("[]")


def test_hits_carry_what_a_result_list_shows(index: SearchIndex) -> None:
    hit = index.search("mosul").hits[0]
    assert (hit.id, hit.credit, hit.date_created) == (MOSUL.id, "AP Photo/Felipe Dana", MOSUL.date_created)
    assert (hit.agency, hit.photographers, hit.city, hit.country) == ("AP", ("Felipe Dana",), "Mosul", "Iraq")
    assert (hit.width, hit.height, hit.restrictions) == (6000, 4000, ("editorial-only",))
    assert index.search("title:portrait").hits[0].highlight == ()


def test_json_follows_the_cli_contract(index: SearchIndex) -> None:
    document = json.loads(json.dumps(search_json(index.search("mosul", facets=True))))
    assert {"total", "hits", "facets", "suggestion"} <= set(document)
    assert set(document["hits"][0]) == {"id", "score", "caption", "highlight", "credit", "date_created"}
    assert document["facets"]["agency"] == [["AP", 1]]
    assert document["total"] == 1 and document["suggestion"] is None
