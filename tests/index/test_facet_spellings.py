"""Facet values that read as one: counted together, shown as the files spell them most, found by any spelling."""

from __future__ import annotations

from pathlib import Path

from index import SearchIndex
from tests.helpers.sample_assets import make_asset

PLACES = [("Detroit", "USA"), ("DETROIT", "United States"), ("Detroit", "U.S."), ("detroit", "US"),
          ("Windsor", "Canada"), ("Windsor", "CAN"), ("Ann Arbor", "United States")]


def _index(tmp_path: Path) -> SearchIndex:
    index = SearchIndex(tmp_path / "index")
    index.index([make_asset(number, caption=f"Picture {number}", city=city, country=country)
                 for number, (city, country) in enumerate(PLACES, 1)])
    return index


def test_spellings_of_one_value_are_counted_as_one(tmp_path: Path) -> None:
    with _index(tmp_path) as index:
        facets = index.search("", facets=["city", "country"]).facets
    assert facets["city"] == [("Detroit", 4), ("Windsor", 2), ("Ann Arbor", 1)]
    # Four spellings of one country, "United States" twice; "Canada" and "CAN" once each: the
    # tie goes to the spelling in title case.
    assert facets["country"] == [("United States", 5), ("Canada", 2)]


def test_the_value_shown_is_the_spelling_the_files_use_most(tmp_path: Path) -> None:
    with _index(tmp_path) as index:
        index.index([make_asset(20 + n, caption="More", country="United States") for n in range(3)])
        facets = index.search("", facets=["country"]).facets
    assert facets["country"][0] == ("United States", 8)


def test_a_filter_on_one_spelling_finds_them_all(tmp_path: Path) -> None:
    with _index(tmp_path) as index:
        for spelling in ("USA", "United States", "u.s.", "United States of America"):
            results = index.search("", filters={"country": spelling}, page_size=50)
            assert results.total == 5, spelling
        assert index.search("", filters={"city": "DETROIT"}).total == 4
        assert index.search("", filters={"country": "Canada"}).total == 2
        # The facets of a filtered search count the same pictures as its total.
        filtered = index.search("", filters={"country": "U.S."}, facets=["country"])
        assert [count for _name, count in filtered.facets["country"]] == [5]


def test_the_files_keep_their_own_spelling(tmp_path: Path) -> None:
    with _index(tmp_path) as index:
        hits = index.search("", filters={"city": "Detroit"}, page_size=50).hits
    assert sorted(hit.city for hit in hits) == ["DETROIT", "Detroit", "Detroit", "detroit"]
