"""``usable:CHANNEL``, *Cleared now* and live embargoes: the index agrees with the decisions, at any time of search."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from catalog.desk import Desk
from catalog.rights import CHANNELS, RightsBook, parse_agreements
from catalog.settings import Settings
from index.rights_filter import RightsNow
from tests.helpers.rights_catalog import AGREEMENTS

SECOND = timedelta(seconds=1)
# the boundaries of the rights catalog's pictures and agreements, each tried a second before and at
BOUNDARIES = ["2026-01-01T00:00:00+00:00", "2026-03-15T14:00:00+00:00", "2026-03-15T10:00:00+00:00",
              "2026-03-20T00:00:00+00:00", "2026-03-31T12:00:00+00:00", "2027-01-01T00:00:00+00:00",
              "2026-03-14T23:00:00+00:00", "2026-03-15T09:00:00+00:00"]
TIMES = [moment + shift for text in BOUNDARIES for moment in [datetime.fromisoformat(text)] for shift in (-SECOND,
                                                                                                          timedelta())]


def book_in(zone: str, text: str = AGREEMENTS) -> RightsBook:
    found = parse_agreements(text)
    return RightsBook(found.agreements, dataclasses.replace(found.desk, timezone=zone))


def found(desk: Desk, query: str, rights: RightsNow, **options) -> set[str]:
    results = desk.index.search(query, rights=rights, page_size=100, **options)
    assert results.message is None, results.message
    return {hit.id for hit in results.hits}


@pytest.mark.parametrize("zone,text", [("UTC", AGREEMENTS), ("Asia/Tokyo", AGREEMENTS), ("America/New_York", AGREEMENTS),
                                       ("UTC", AGREEMENTS.replace("retention_days = 30", "retention_days = 0"))])
def test_usable_finds_exactly_what_the_decisions_allow_at_every_boundary(rights_settings: Settings, zone, text) -> None:
    book = book_in(zone, text)
    with Desk.open(rights_settings) as desk:
        assets = list(desk.catalog.iter_assets())
        for at in TIMES:
            rights = RightsNow(book=book, now=at)
            decisions = {asset.id: book.decide(asset, at) for asset in assets}
            for channel in CHANNELS:
                expected = {asset_id for asset_id, decision in decisions.items()
                            if decision.channels[channel].verdict in ("allowed", "allowed_with_duties")}
                assert found(desk, f"usable:{channel}", rights) == expected, (at, channel)
                assert found(desk, f"NOT usable:{channel}", rights) == set(decisions) - expected, (at, channel)
            both = {asset_id for asset_id, decision in decisions.items()
                    if all(decision.channels[c].verdict in ("allowed", "allowed_with_duties") for c in ("web", "print"))}
            assert found(desk, "", rights, filters={"cleared": "1"}) == both, at


def test_an_embargo_that_lifts_after_indexing_counts_as_lifted(rights_settings: Settings, picture_ids) -> None:
    book = book_in("UTC")
    lifts = datetime(2026, 3, 15, 14, 0, tzinfo=timezone.utc)
    with Desk.open(rights_settings) as desk:
        before, after = RightsNow(book=book, now=lifts - SECOND), RightsNow(book=book, now=lifts)
        assert picture_ids["ap_embargo"] not in found(desk, "usable:web", before)
        assert picture_ids["ap_embargo"] in found(desk, "usable:web", after)
        assert picture_ids["ap_embargo"] in found(desk, "restriction:embargoed", before)
        assert picture_ids["ap_embargo"] not in found(desk, "restriction:embargoed", after)
        assert picture_ids["ap_embargo"] not in found(desk, "", after, filters={"restriction": "embargoed"})


def test_the_embargoed_facet_counts_only_embargoes_not_yet_lifted(rights_settings: Settings) -> None:
    book = book_in("UTC")
    with Desk.open(rights_settings) as desk:
        def embargoed(at: str) -> int | None:
            facets = desk.index.search("", rights=RightsNow(book=book, now=datetime.fromisoformat(at)),
                                       facets=True).facets
            return dict(facets["restrictions"]).get("embargoed")

        assert embargoed("2026-03-12T00:00:00+00:00") == 5  # 2020's lifted; 2099's has not
        assert embargoed("2026-03-15T14:00:00+00:00") == 3  # the ET and the unzoned embargoes lifted
        assert embargoed("2026-03-20T00:00:00+00:00") == 2  # the one that names no end, and 2099's
        assert embargoed("2026-03-12T00:00:00+00:00") == 5  # the same searcher, earlier again
        assert embargoed("2020-06-01T07:59:59+00:00") == 6  # every embargoed picture


def test_a_killed_picture_is_never_usable(rights_settings: Settings, picture_ids) -> None:
    book, at = book_in("UTC"), datetime(2026, 3, 12, tzinfo=timezone.utc)
    with Desk.open(rights_settings) as desk:
        killed = RightsNow(book=book, now=at, killed=frozenset({picture_ids["staff"]}))
        assert picture_ids["staff"] in found(desk, "usable:web", RightsNow(book=book, now=at))
        assert picture_ids["staff"] not in found(desk, "usable:web", killed)
        assert picture_ids["staff"] not in found(desk, "ceremony OR usable:web OR usable:print", killed)


def test_usable_without_the_desks_rights_finds_nothing_and_a_bad_channel_says_so(rights_settings: Settings) -> None:
    with Desk.open(rights_settings) as desk:
        assert desk.index.search("usable:web").total == 0
        results = desk.index.search("usable:radio")
        assert "usable:radio" in results.message and "usable: with print, web" in results.message
