"""Saved searches: names, filters, who sees them, and their records in the catalog (SQLite and PostgreSQL) with
each viewer's last look."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from catalog.accounts import VIEWER
from catalog.saved_searches import ANYONE, SavedSearchError, looked_at, saved_search
from catalog.store import CatalogStore


@pytest.mark.parametrize("name", ["AP Chicago", "new AP pictures from Chicago", "Málaga storm", "O'Hare 2026",
                                  "  spaced   out  ", "東京", "tab\there"])
def test_names_that_read_well_are_kept(name: str) -> None:
    assert saved_search(name).name == " ".join(name.split())


@pytest.mark.parametrize("name", ["", "   ", "a/b", "what?", "-dash first", "x" * 81, "50%", "#tag"])
def test_names_that_would_break_a_list_or_an_address_are_refused(name: str) -> None:
    with pytest.raises(SavedSearchError, match="cannot name a saved search"):
        saved_search(name)


def test_a_filter_the_search_page_lacks_is_refused() -> None:
    with pytest.raises(SavedSearchError, match="there is no filter 'colour'"):
        saved_search("x", filters=[("colour", "red")])


def test_a_saved_search_gives_back_the_search_page_and_the_index_what_it_keeps() -> None:
    search = saved_search("Chicago", query="  fire   chicago ", filters=[
        ("agency", "AP"), ("agency", "Reuters"), ("agency", "AP"), ("country", " "), ("from", "2024"), ("cleared", "1")],
        sort="newest")
    assert search.query == "fire chicago"
    assert search.filters == (("agency", "AP"), ("agency", "Reuters"), ("from", "2024"), ("cleared", "1"))
    assert search.args() == [("q", "fire chicago"), ("agency", "AP"), ("agency", "Reuters"), ("from", "2024"),
                             ("cleared", "1"), ("sort", "newest")]
    assert search.index_filters() == {"agency": ["AP", "Reuters"], "from": "2024", "cleared": "1"}
    assert search.describe() == "“fire chicago” · agency: AP · agency: Reuters · from: 2024 · cleared: 1 · sorted newest"


def test_who_sees_a_saved_search() -> None:
    private = saved_search("mine", owner="Vera")
    shared = saved_search("ours", owner="vera", shared=True)
    desk = saved_search("desk's")
    assert private.is_visible_to("vera") and private.is_owned_by("VERA")
    assert not private.is_visible_to("eddie") and private.is_visible_to("eddie", admin=True)
    assert shared.is_visible_to("eddie") and not shared.is_owned_by("eddie")
    assert desk.is_visible_to("eddie") and not desk.is_owned_by("eddie")
    assert private.is_visible_to(None)  # no accounts: everything is everyone's


def test_a_look_is_kept_to_the_second_in_utc() -> None:
    moment = datetime(2026, 5, 1, 14, 30, 15, 999_000, tzinfo=timezone.utc)
    assert looked_at(moment) == "2026-05-01T14:30:15+00:00"
    with pytest.raises(ValueError):
        looked_at(datetime(2026, 5, 1))


def test_the_catalog_keeps_saved_searches_unique_in_any_case(catalog_location: str | Path) -> None:
    with CatalogStore(catalog_location) as store:
        first = store.save_search(saved_search("AP Chicago", query="chicago", filters=[("agency", "AP")]))
        assert first.created_at and first.filters == (("agency", "AP"),)
        with pytest.raises(SavedSearchError, match="exists already"):
            store.save_search(saved_search("ap chicago"))
        changed = store.save_search(saved_search("ap CHICAGO", query="fire", sort="newest"), replace=True)
        assert (changed.name, changed.query, changed.sort, changed.created_at) == ("AP Chicago", "fire", "newest",
                                                                                   first.created_at)
        assert [search.name for search in store.saved_searches()] == ["AP Chicago"]
        assert store.remove_saved_search("AP CHICAGO").name == "AP Chicago"
        with pytest.raises(SavedSearchError, match="no saved search named"):
            store.remove_saved_search("AP Chicago")


def test_each_viewer_has_a_last_look_and_it_goes_with_the_search(catalog_location: str | Path) -> None:
    with CatalogStore(catalog_location) as store:
        store.save_search(saved_search("Storms", query="storm"))
        assert store.last_looked("storms", "vera") is None
        store.mark_looked("STORMS", "Vera", "2026-05-01T12:00:00+00:00")
        store.mark_looked("Storms", ANYONE, "2026-05-02T12:00:00+00:00")
        store.mark_looked("Storms", "vera", "2026-05-03T12:00:00+00:00")
        assert store.last_looked("storms", "VERA") == "2026-05-03T12:00:00+00:00"
        assert store.last_looked("Storms", ANYONE) == "2026-05-02T12:00:00+00:00"
        store.remove_saved_search("Storms")
        store.save_search(saved_search("Storms"))
        assert store.last_looked("Storms", "vera") is None


def test_an_owner_must_be_an_account_and_a_removed_one_leaves_its_shared_searches_to_the_desk(
        catalog_location: str | Path) -> None:
    with CatalogStore(catalog_location) as store:
        with pytest.raises(SavedSearchError, match="no account named 'vera'"):
            store.save_search(saved_search("mine", owner="vera"))
        store.add_user("vera", VIEWER, "not-a-real-hash")
        store.save_search(saved_search("ours", owner="Vera", shared=True))
        assert store.saved_search("ours").owner == "Vera"
        store.remove_user("vera")
        assert store.saved_search("ours").owner is None


def test_a_removed_account_takes_its_private_searches_with_it(catalog_location: str | Path) -> None:
    """Left to the desk, a private search would become visible to everyone."""
    with CatalogStore(catalog_location) as store:
        store.add_user("vera", VIEWER, "not-a-real-hash")
        store.add_user("olga", VIEWER, "not-a-real-hash")
        store.save_search(saved_search("vera's", owner="Vera"))
        store.save_search(saved_search("olga's", owner="olga"))
        store.remove_user("vera")
        assert store.saved_search("vera's") is None
        assert store.saved_search("olga's").owner == "olga"
