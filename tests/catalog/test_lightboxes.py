"""Lightboxes: the rules (names, notes, order, credits) and their records in a real SQLite catalog."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from catalog.activity import Actor
from catalog.credits.attribution import attribute_asset
from catalog.errors import ConfigurationError, UnknownAssetError
from catalog.lightboxes import (
    CREDIT_COLUMNS,
    UnknownLightboxError,
    check_name,
    check_text,
    credit_lines,
    credits_csv,
    moved,
    placed,
)
from catalog.store import SCHEMA_VERSION, CatalogStore
from catalog.store.migrations import MIGRATIONS
from tests.helpers.sample_assets import make_asset

PICTURES = [attribute_asset(make_asset(number, caption=f"Storm picture {number}. (AP Photo/Jane Roe)", credit="AP",
                                       imported_at="2026-11-24T10:00:00+00:00")) for number in range(1, 6)]
NO_CREDIT = attribute_asset(make_asset(9, caption="A flooded street.", imported_at="2026-11-24T10:00:00+00:00"))
IDS = [asset.id for asset in PICTURES]


@pytest.fixture
def catalog(catalog_location: str | Path) -> CatalogStore:
    store = CatalogStore(catalog_location)  # on SQLite and on PostgreSQL
    for asset in [*PICTURES, NO_CREDIT]:
        store.upsert(asset)
    yield store
    store.close()


def test_names_are_one_trimmed_line_and_never_empty_too_long_or_a_number() -> None:
    assert check_name("  Harbour\tstorm \n front ") == "Harbour storm front"
    assert check_name("Sturm über Hamburg \u202e") == "Sturm über Hamburg"
    for bad, reason in (("", "needs a name"), (" \n ", "needs a name"), ("x" * 121, "at most 120"),
                        ("2026", "only digits")):
        with pytest.raises(ConfigurationError, match=reason):
            check_name(bad)


def test_notes_keep_their_lines_drop_controls_and_are_none_when_empty() -> None:
    assert check_text("Lead picture\r\ncrop left  \x1b[31m", limit=100, what="note") == "Lead picture\ncrop left  [31m"
    assert check_text("   ", limit=100, what="note") is None
    assert check_text(None, limit=100, what="note") is None
    with pytest.raises(ConfigurationError, match="a note has at most 10 characters"):
        check_text("x" * 11, limit=10, what="note")


def test_placed_puts_the_named_ids_first_and_keeps_the_rest_in_order() -> None:
    assert placed(["a", "b", "c", "d"], ["c", "a"]) == ["c", "a", "b", "d"]
    assert placed(["a", "b", "c"], ["x", "b", "b"]) == ["b", "a", "c"]  # unknown and repeated ids are ignored
    assert placed(["a", "b"], []) == ["a", "b"]


def test_moved_clamps_to_the_ends_and_refuses_an_id_not_in_the_order() -> None:
    assert moved(["a", "b", "c"], "c", 0) == ["c", "a", "b"]
    assert moved(["a", "b", "c"], "a", 1) == ["b", "a", "c"]
    assert moved(["a", "b", "c"], "a", 99) == ["b", "c", "a"]
    assert moved(["a", "b", "c"], "b", -5) == ["b", "a", "c"]
    with pytest.raises(KeyError):
        moved(["a"], "z", 0)


def test_credit_lines_give_one_line_per_picture_and_flag_a_picture_without_credit() -> None:
    assert credit_lines([PICTURES[1], NO_CREDIT, PICTURES[0]]) == [
        "AP Photo/Jane Roe", f"[no credit: {NO_CREDIT.filename}]", "AP Photo/Jane Roe"]


def test_the_credit_csv_has_a_row_per_picture_in_order_and_no_cell_starts_a_formula() -> None:
    risky = attribute_asset(make_asset(12, caption="x", credit="=HYPERLINK(\"http://evil\")"))
    rows = list(csv.DictReader(io.StringIO(credits_csv([PICTURES[2], risky], {PICTURES[2].id: "lead"}))))
    assert list(rows[0]) == list(CREDIT_COLUMNS)
    assert [(row["position"], row["id"], row["note"]) for row in rows] == [("1", PICTURES[2].id, "lead"),
                                                                           ("2", risky.id, "")]
    assert rows[0]["credit_line"] == "AP Photo/Jane Roe" and rows[0]["agency"] == "AP"
    assert all(not value.startswith("=") for row in rows for value in row.values())


def test_a_lightbox_is_made_empty_found_by_name_in_any_case_or_by_id(catalog: CatalogStore) -> None:
    made = catalog.create_lightbox("Harbour storm", story="https://news.example.org/storm", owner="eddie")
    assert (made.name, made.story, made.owner, made.members) == ("Harbour storm", "https://news.example.org/storm",
                                                                  "eddie", ())
    assert catalog.find_lightbox("HARBOUR  storm").id == made.id == catalog.find_lightbox(str(made.id)).id
    with pytest.raises(ConfigurationError, match="exists already"):
        catalog.create_lightbox("harbour STORM")
    with pytest.raises(UnknownLightboxError, match="no lightbox 'nope'"):
        catalog.find_lightbox("nope")
    with pytest.raises(UnknownLightboxError):
        catalog.get_lightbox(made.id + 1)


def test_pictures_keep_the_order_they_were_added_in_and_positions_have_no_gaps(catalog: CatalogStore) -> None:
    box = catalog.create_lightbox("Storm")
    assert catalog.add_to_lightbox(box.id, [IDS[2], IDS[0]], added_by="eddie") == [IDS[2], IDS[0]]
    assert catalog.add_to_lightbox(box.id, [IDS[0], IDS[1]], at=0) == [IDS[1]]  # IDS[0] is in it: stays
    found = catalog.get_lightbox(box.id)
    assert found.asset_ids == [IDS[1], IDS[2], IDS[0]]
    assert [member.position for member in found.members] == [0, 1, 2]
    assert found.members[1].added_by == "eddie"
    catalog.remove_from_lightbox(box.id, [IDS[2], IDS[4]])
    assert [(m.asset_id, m.position) for m in catalog.get_lightbox(box.id).members] == [(IDS[1], 0), (IDS[0], 1)]


def test_adding_an_unknown_picture_adds_nothing(catalog: CatalogStore) -> None:
    box = catalog.create_lightbox("Storm")
    with pytest.raises(KeyError, match="ffffffffffffffff"):
        catalog.add_to_lightbox(box.id, [IDS[0], "ffffffffffffffff"])
    assert catalog.get_lightbox(box.id).members == ()


def test_reorder_move_and_notes(catalog: CatalogStore) -> None:
    box = catalog.create_lightbox("Storm")
    catalog.add_to_lightbox(box.id, IDS)
    assert catalog.order_lightbox(box.id, [IDS[4], IDS[3]]) == [IDS[4], IDS[3], IDS[0], IDS[1], IDS[2]]
    assert catalog.move_in_lightbox(box.id, IDS[2], 0) == [IDS[2], IDS[4], IDS[3], IDS[0], IDS[1]]
    with pytest.raises(KeyError):
        catalog.move_in_lightbox(box.id, NO_CREDIT.id, 0)
    assert catalog.set_lightbox_notes(box.id, {IDS[2]: "lead picture", NO_CREDIT.id: "not in it"}) == [IDS[2]]
    assert catalog.set_lightbox_notes(box.id, {IDS[2]: "lead picture"}) == []  # unchanged
    assert catalog.get_lightbox(box.id).note_of(IDS[2]) == "lead picture"
    catalog.set_lightbox_notes(box.id, {IDS[2]: None})
    assert catalog.get_lightbox(box.id).note_of(IDS[2]) is None


def test_the_list_counts_pictures_and_puts_the_last_changed_first(catalog: CatalogStore) -> None:
    first, second = catalog.create_lightbox("First"), catalog.create_lightbox("Second")
    catalog.add_to_lightbox(second.id, IDS[:2])
    catalog.add_to_lightbox(first.id, IDS)
    listed = catalog.lightboxes()
    assert [(item.name, item.count) for item in listed][:2] in ([("First", 5), ("Second", 2)],
                                                                 [("Second", 2), ("First", 5)])
    assert {item.name: item.first_ids for item in listed}["First"] == tuple(IDS[:4])
    assert [item.name for item in catalog.lightboxes_with(IDS[1])] == ["First", "Second"]
    assert catalog.lightboxes_with(NO_CREDIT.id) == []


def test_rename_and_delete_leave_the_pictures_in_the_catalog(catalog: CatalogStore) -> None:
    box = catalog.create_lightbox("Storm")
    other = catalog.create_lightbox("Fire")
    catalog.add_to_lightbox(box.id, IDS[:2])
    assert catalog.update_lightbox(box.id, name="Storm, Sunday", story="slug storm").story == "slug storm"
    with pytest.raises(ConfigurationError, match="exists already"):
        catalog.update_lightbox(other.id, name="storm, sunday")
    assert catalog.update_lightbox(box.id, story="").story is None
    assert catalog.delete_lightbox(box.id).asset_ids == IDS[:2]
    assert catalog.get(IDS[0]) is not None
    assert [item.name for item in catalog.lightboxes()] == ["Fire"]


def test_a_picture_deleted_from_the_catalog_leaves_every_lightbox(catalog: CatalogStore) -> None:
    box = catalog.create_lightbox("Storm")
    catalog.add_to_lightbox(box.id, IDS[:3])
    catalog.delete(IDS[1])
    assert catalog.get_lightbox(box.id).asset_ids == [IDS[0], IDS[2]]


def test_a_catalog_of_the_schema_before_lightboxes_is_migrated_and_keeps_its_assets(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    before = next(number for number, migration in enumerate(MIGRATIONS) if "Lightboxes" in (migration.__doc__ or ""))
    for migration in MIGRATIONS[:before]:
        migration(db)
    db.execute(f"PRAGMA user_version = {before}")
    db.execute("COMMIT")
    db.close()
    with CatalogStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        store.upsert(PICTURES[0])
        box = store.create_lightbox("After the upgrade")
        store.add_to_lightbox(box.id, [IDS[0]])
        assert store.find_lightbox("after the upgrade").asset_ids == [IDS[0]]


def test_the_desk_records_lightbox_changes_and_links_all_pictures_at_once(tmp_path: Path) -> None:
    from catalog.desk import Desk
    from catalog.settings import Settings

    settings = Settings(data_dir=tmp_path / "data")
    with Desk.open(settings) as desk:
        for asset in PICTURES:
            desk.catalog.upsert(asset)
        desk.index.index(PICTURES)
        editor = Actor(name="eddie", address="10.0.0.5")
        box = desk.create_lightbox("Storm", actor=editor)
        assert box.owner == "eddie"
        box = desk.change_lightbox(box.id, add=IDS[:3], notes={IDS[0]: "lead"}, actor=editor)
        box = desk.change_lightbox(box.id, move=(IDS[2], 0), remove=[IDS[1]], actor=editor)
        assert box.asset_ids == [IDS[2], IDS[0]] and box.note_of(IDS[0]) == "lead"
        article = desk.link_all(box.asset_ids, "https://news.example.org/storm", actor=editor)
        assert {link.asset_id for link in desk.catalog.links_to(article.id)} == {IDS[2], IDS[0]}
        entries = desk.catalog.activity()
        actions = [(entry.action, entry.who) for entry in reversed(entries)]
        assert actions == [("lightbox_create", "eddie"), ("lightbox_change", "eddie"), ("lightbox_change", "eddie"),
                           ("link", "eddie"), ("link", "eddie")]
        change = next(entry for entry in reversed(entries) if entry.action == "lightbox_change")
        assert change.details["added"] == IDS[:3] and change.details["notes"] == [IDS[0]]
        with pytest.raises(UnknownAssetError):
            desk.link_all([IDS[0], "ffffffffffffffff"], "https://news.example.org/other", actor=editor)
        assert desk.catalog.find_article_by_url("https://news.example.org/other") is None
        desk.delete_lightbox(box.id, actor=editor)
        assert desk.catalog.activity()[0].action == "lightbox_delete"
