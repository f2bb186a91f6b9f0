"""The desk's edits: operations, the layer over the file's values, versions, history, in a real SQLite catalog."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from catalog.credits.attribution import attribute_asset
from catalog.editing import (
    DeskValue,
    EditConflictError,
    Operation,
    apply_layer,
    layer_at,
    normalise,
    parse_assignment,
    parse_revert_target,
    plan,
)
from catalog.errors import ConfigurationError
from catalog.store import CatalogStore
from tests.helpers.sample_assets import make_asset

WIRE = attribute_asset(make_asset(
    40, caption="Rescuers search the rubble in Antakya, Turkey. (AP Photo/Hussein Malla)", credit="AP",
    creators=("Hussein Malla",), keywords=("earthquake", "rescue"), city="Antakya", country="Turkey",
    imported_at="2023-02-07T10:00:00+00:00",
))
READER = attribute_asset(make_asset(41, caption="Flooded street after the storm. Photo by reader.",
                                    imported_at="2023-02-08T10:00:00+00:00"))


@pytest.fixture
def catalog(catalog_location: str | Path) -> CatalogStore:
    store = CatalogStore(catalog_location)
    store.upsert(WIRE)
    store.upsert(READER)
    yield store
    store.close()


def test_set_append_and_replace_on_text_and_lists() -> None:
    assert Operation(kind="set", field="city", value="  Hatay \r\n").apply("Antakya") == "Hatay"
    assert Operation(kind="set", field="city", value="").apply("Antakya") is None
    assert Operation(kind="append", field="caption", value="Photo: Jane Roe").apply("A street.") == "A street. Photo: Jane Roe"
    assert Operation(kind="append", field="caption", value="Photo: Jane Roe").apply(None) == "Photo: Jane Roe"
    assert Operation(kind="set", field="keywords", value="flood; storm ;flood").apply(()) == ("flood", "storm")
    assert Operation(kind="append", field="keywords", value="storm;rain").apply(("flood", "storm")) == ("flood", "storm", "rain")
    assert Operation(kind="replace", field="caption", old="Antakya", new="Hatay").apply("In Antakya, Antakya.") == "In Hatay, Hatay."
    assert Operation(kind="replace", field="keywords", old="quake", new="").apply(("quake", "earthquake")) == ("earth",)
    assert Operation(kind="replace", field="caption", old="x", new="y").apply(None) is None


def test_fields_that_cannot_be_edited_and_bad_assignments_are_usage_errors() -> None:
    with pytest.raises(ConfigurationError, match="'agency' cannot be edited; editable fields: caption"):
        Operation(kind="set", field="agency", value="AP")
    with pytest.raises(ConfigurationError, match="text to find is empty"):
        Operation(kind="replace", field="caption", old="", new="x")
    with pytest.raises(ConfigurationError, match="expected FIELD=VALUE"):
        parse_assignment("caption")
    assert parse_assignment("credit=AP=Reuters") == ("credit", "AP=Reuters")
    assert normalise("creators", None) == () and normalise("caption", ("a", "b")) == "a;b"


def test_the_layer_wins_over_the_file_and_the_credit_is_derived_again() -> None:
    shown = apply_layer(READER, {"caption": DeskValue(
        value="Flooded street after the storm. (REUTERS/Jane Roe)", user="ana")})
    assert READER.credit_line == "reader" and READER.agency is None
    assert shown.credit_line == "REUTERS/Jane Roe"
    assert shown.agency == "Reuters" and shown.photographers == ("Jane Roe",)
    assert shown.field_sources["caption"] == "edited by ana"
    assert shown.field_sources["agency"].startswith("derived:")
    assert apply_layer(READER, {}) is READER
    credit_only = apply_layer(WIRE, {"caption": DeskValue(value="Rescuers search the rubble.", user="bo"),
                                     "credit": DeskValue(value="Reuters", user="bo")})
    assert credit_only.credit_line == "Reuters" and credit_only.agency == "Reuters"


def test_plan_lists_only_fields_whose_value_changes() -> None:
    operations = [Operation(kind="replace", field="caption", old="Antakya", new="Hatay"),
                  Operation(kind="set", field="country", value="Turkey"),
                  Operation(kind="append", field="keywords", value="rescue")]
    assert plan(WIRE, operations) == {"caption": "Rescuers search the rubble in Hatay, Turkey. (AP Photo/Hussein Malla)"}


def test_a_save_is_a_version_and_history_keeps_old_and_new(catalog: CatalogStore) -> None:
    saved = catalog.save_edit(READER.id, {"caption": "Flooded street. (Photo: Jane Roe)", "city": "Leeds"}, user="ana")
    assert saved.version == 1 and {change.field for change in saved.changes} == {"caption", "city"}
    assert catalog.get(READER.id) == saved.asset
    assert saved.asset.credit_line == "Jane Roe" and saved.asset.city == "Leeds"
    assert catalog.file_asset(READER.id).caption == READER.caption  # the file's values are kept
    assert catalog.edit_version(READER.id)[:2] == (1, "ana")
    unchanged = catalog.save_edit(READER.id, {"city": "Leeds"}, user="bo")
    assert unchanged.version == 1 and unchanged.changes == ()
    history = [entry.to_record() for entry in catalog.history(READER.id)]
    assert [(entry["field"], entry["old"], entry["new"], entry["user"], entry["edit"]) for entry in history] == [
        ("caption", READER.caption, "Flooded street. (Photo: Jane Roe)", "ana", 1),
        ("city", None, "Leeds", "ana", 1),
    ]
    assert set(history[0]) == {"at", "user", "field", "old", "new", "edit"}


def test_a_save_based_on_an_older_version_is_refused_and_writes_nothing(catalog: CatalogStore) -> None:
    catalog.save_edit(WIRE.id, {"credit": "Reuters"}, user="ana", base_version=0)
    with pytest.raises(EditConflictError, match=f"{WIRE.id} was changed by ana at 20.*review") as refused:
        catalog.save_edit(WIRE.id, {"credit": "AFP"}, user="bo", base_version=0)
    assert refused.value.version == 1 and refused.value.user == "ana"
    assert catalog.get(WIRE.id).credit == "Reuters" and len(catalog.history(WIRE.id)) == 1
    assert catalog.save_edit(WIRE.id, {"credit": "AFP"}, user="bo", base_version=1).version == 2


def test_the_file_written_again_keeps_the_desks_values(catalog: CatalogStore) -> None:
    catalog.save_edit(WIRE.id, {"city": "Hatay"}, user="ana")
    stored = catalog.upsert(WIRE)  # as an import writes the file's record
    assert stored.city == "Hatay" and stored.field_sources["city"] == "edited by ana"
    assert catalog.get(WIRE.id).city == "Hatay" and catalog.file_asset(WIRE.id).city == "Antakya"
    assert catalog.stamps()[WIRE.id] != catalog.stamps()[READER.id]
    assert [asset.city for asset in catalog.iter_assets() if asset.id == WIRE.id] == ["Hatay"]


def test_setting_the_files_value_again_removes_the_desks_value(catalog: CatalogStore) -> None:
    catalog.save_edit(WIRE.id, {"city": "Hatay"}, user="ana")
    saved = catalog.save_edit(WIRE.id, {"city": "Antakya"}, user="bo")
    assert saved.changes[0].restored and catalog.desk_layer(WIRE.id) == {}
    assert saved.asset.field_sources.get("city") == WIRE.field_sources.get("city")
    assert catalog.get(WIRE.id) == catalog.file_asset(WIRE.id)


def test_layer_at_replays_history_by_edit_and_by_time(catalog: CatalogStore) -> None:
    catalog.save_edit(WIRE.id, {"city": "Hatay"}, user="ana")
    catalog.save_edit(WIRE.id, {"city": "Iskenderun", "credit": "DHA"}, user="bo")
    catalog.save_edit(WIRE.id, {"city": "Antakya"}, user="cy")
    history = catalog.history(WIRE.id)
    assert layer_at(history, edit=0) == {}
    assert layer_at(history, edit=1) == {"city": DeskValue(value="Hatay", user="ana")}
    assert layer_at(history, edit=2) == {"city": DeskValue(value="Iskenderun", user="bo"),
                                         "credit": DeskValue(value="DHA", user="bo")}
    assert layer_at(history, edit=3) == {"credit": DeskValue(value="DHA", user="bo")}
    assert layer_at(history, at=datetime(2000, 1, 1, tzinfo=timezone.utc)) == {}
    assert layer_at(history, at=parse_revert_target(history[-1].at)) == catalog.desk_layer(WIRE.id)


def test_revert_targets() -> None:
    assert parse_revert_target(" 3 ") == 3
    assert parse_revert_target("2026-12-06T10:00") == datetime(2026, 12, 6, 10, tzinfo=timezone.utc)
    with pytest.raises(ConfigurationError, match="expected an edit number"):
        parse_revert_target("yesterday")
