"""``photodesk edit``, ``history`` and ``revert`` in this process, over pictures imported for real."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from catalog.desk import Desk
from catalog.editing import EditConflictError, Operation
from catalog.settings import Settings
from scripts.cli import cli
from tests.helpers.photo_files import write_photos
from tests.helpers.web_fixtures import import_files

COUNT = 6


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Six photos captioned "Photo number N of the test batch. (AP Photo/Ana Núñez)", imported once."""
    root = tmp_path_factory.mktemp("editing")
    photos = root / "photos"
    write_photos(photos, COUNT)
    outcomes = import_files(Settings(data_dir=root / "data"), [photos])
    assert all(outcome.status.value == "imported" for outcome in outcomes)
    return photos, root / "data"


@pytest.fixture
def settings(imported: tuple[Path, Path], tmp_path: Path) -> Settings:
    """A copy of the imported catalog that this test may change."""
    shutil.copytree(imported[1], tmp_path / "data")
    return Settings(data_dir=tmp_path / "data")


def run(settings: Settings, *arguments: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, [*arguments, "--data", str(settings.data_dir)], input=stdin)


def ids_of(settings: Settings, query: str = "") -> list[str]:
    found = json.loads(run(settings, "search", query, "--json", "--limit", "100").output)
    return sorted(hit["id"] for hit in found["hits"])


def record(settings: Settings, asset_id: str) -> dict:
    return json.loads(run(settings, "show", asset_id, "--json").output)


def test_an_edited_caption_is_searchable_at_once_and_survives_reimport_reindex_and_export(
        settings: Settings, imported: tuple[Path, Path]) -> None:
    first = ids_of(settings, '"Photo number 0"')[0]
    result = run(settings, "edit", first, "--replace", "caption", "AP Photo/Ana Núñez", "Reuters/Lucía Blanco",
                 "--set", "city=Mosul", "--user", "jane")
    assert result.exit_code == 0, result.output
    assert "credit line \"Reuters/Lucía Blanco\", agency \"Reuters\", photographers Lucía Blanco" in result.output
    assert "1 picture changed, 0 unchanged, 0 not found" in result.output
    assert ids_of(settings, 'by:"Lucía Blanco"') == [first] == ids_of(settings, "city:mosul")
    assert ids_of(settings, "agency:Reuters") == [first]

    assert run(settings, "import", str(imported[0]), "--quiet").exit_code == 0  # the same files again
    assert run(settings, "reindex").exit_code == 0
    assert ids_of(settings, 'by:"Lucía Blanco"') == [first]
    shown = record(settings, first)
    assert shown["caption"] == "Photo number 0 of the test batch. (Reuters/Lucía Blanco)"
    assert (shown["agency"], shown["photographers"], shown["city"]) == ("Reuters", ["Lucía Blanco"], "Mosul")
    assert shown["field_sources"]["caption"] == "edited by jane"
    exported = [json.loads(line) for line in run(settings, "export").output.splitlines()]
    assert [row["caption_credit"] for row in exported if row["id"] == first] == ["Reuters/Lucía Blanco"]
    assert run(settings, "check").exit_code == 0


def test_dry_run_shows_the_changes_and_saves_nothing(settings: Settings) -> None:
    everything = ids_of(settings)
    result = run(settings, "edit", *everything, "--replace", "caption", "test batch", "desk batch",
                 "--user", "jane", "--dry-run", "--json")
    assert result.exit_code == 0, result.output
    plans = json.loads(result.output.splitlines()[0])
    assert len(plans) == COUNT and all(plan["version"] == 0 for plan in plans)
    assert {plan["changes"][0]["new"] for plan in plans} == {
        f"Photo number {n} of the desk batch. (AP Photo/Ana Núñez)" for n in range(COUNT)}
    assert plans[0]["credit_line"] == "AP Photo/Ana Núñez" and plans[0]["agency"] == "AP"
    assert ids_of(settings, '"desk batch"') == []
    assert json.loads(run(settings, "history", everything[0], "--json").output) == []


def test_a_batch_from_stdin_sets_appends_and_replaces_and_reports_unknown_ids(settings: Settings) -> None:
    everything = ids_of(settings)
    result = run(settings, "edit", "-", "0123456789abcdef", "--set", "credit=Staff", "--append", "keywords=flood; storm",
                 "--replace", "caption", "(AP Photo/Ana Núñez)", "", "--user", "desk", stdin="\n".join(everything))
    assert result.exit_code == 1
    assert "photodesk: no asset with id 0123456789abcdef" in result.output
    assert f"{COUNT} pictures changed, 0 unchanged, 1 not found" in result.output
    assert ids_of(settings, "keyword:storm") == everything == ids_of(settings, "credit:staff")
    shown = record(settings, everything[0])
    assert shown["caption"].endswith("of the test batch.")
    assert shown["caption_credit"] is None and shown["credit"] == "Staff" and shown["photographers"] == ["Ana Núñez"]  # By-line
    assert shown["keywords"][-2:] == ["flood", "storm"]


def test_usage_errors_exit_2_and_change_nothing(settings: Settings) -> None:
    first = ids_of(settings)[0]
    assert run(settings, "edit", first, "--set", "agency=AP", "--user", "jane").exit_code == 2
    assert "'agency' cannot be edited" in run(settings, "edit", first, "--set", "agency=AP", "--user", "jane").output
    assert run(settings, "edit", first, "--set", "city=X").exit_code == 2  # no --user
    assert run(settings, "edit", first, "--user", "jane").exit_code == 2  # nothing to do
    assert run(settings, "revert", first, "--to", "someday", "--user", "jane").exit_code == 2
    assert run(settings, "revert", first, "--to", "4", "--user", "jane").exit_code == 2
    assert run(settings, "history", "0123456789abcdef").exit_code == 1
    assert json.loads(run(settings, "history", first, "--json").output) == []


def test_history_and_revert_round_trip_by_edit_and_by_time(settings: Settings) -> None:
    first = ids_of(settings)[0]
    original = record(settings, first)
    assert run(settings, "edit", first, "--set", "credit=Reuters", "--user", "ana").exit_code == 0
    assert run(settings, "edit", first, "--set", "credit=AFP", "--set", "headline=Floods", "--user", "bo").exit_code == 0
    history = json.loads(run(settings, "history", first, "--json").output)
    assert [(h["edit"], h["user"], h["field"], h["old"], h["new"]) for h in history] == [
        (1, "ana", "credit", "AP", "Reuters"), (2, "bo", "headline", None, "Floods"), (2, "bo", "credit", "Reuters", "AFP")]
    assert "edit 2  bo  headline: (empty) → \"Floods\"" in run(settings, "history", first).output

    assert history[0]["at"] < history[1]["at"]  # to the millisecond
    assert run(settings, "revert", first, "--to", history[0]["at"], "--user", "cy").exit_code == 0
    assert (record(settings, first)["credit"], record(settings, first)["headline"]) == ("Reuters", None)
    assert run(settings, "revert", first, "--to", "2", "--user", "cy").exit_code == 0
    assert (record(settings, first)["credit"], record(settings, first)["headline"]) == ("AFP", "Floods")
    assert ids_of(settings, "headline:floods") == [first]
    assert run(settings, "revert", first, "--to", "0", "--user", "cy").exit_code == 0
    back = record(settings, first)
    assert {k: v for k, v in back.items() if k != "field_sources"} == {
        k: v for k, v in original.items() if k != "field_sources"}
    assert back["field_sources"] == original["field_sources"]
    assert [h["edit"] for h in json.loads(run(settings, "history", first, "--json").output)][-2:] == [5, 5]
    assert ids_of(settings, "headline:floods") == []


def test_a_save_made_on_an_older_version_is_refused_never_overwrites(settings: Settings) -> None:
    first = ids_of(settings)[0]
    with Desk.open(settings) as desk:
        mine = desk.plan_edits([first], [Operation(kind="set", field="credit", value="Reuters")], user="ana")[0]
        theirs = desk.plan_edits([first], [Operation(kind="set", field="credit", value="AFP")], user="bo")[0]
        desk.edit({first: theirs.changes}, user="bo", base_versions={first: theirs.version})
        with pytest.raises(EditConflictError, match=f"{first} was changed by bo at .*; review"):
            desk.edit({first: mine.changes}, user="ana", base_versions={first: mine.version})
        assert desk.catalog.get(first).credit == "AFP"
    assert [h["user"] for h in json.loads(run(settings, "history", first, "--json").output)] == ["bo"]


def test_with_accounts_the_user_must_be_an_editors_account(settings: Settings) -> None:
    first = ids_of(settings)[0]
    for name, role in (("vera", "viewer"), ("Eddie", "editor")):
        added = run(settings, "user", "add", name, "--role", role, "--password-stdin", stdin="correct horse battery\n")
        assert added.exit_code == 0, added.output
    refused = run(settings, "edit", first, "--set", "city=Leeds", "--user", "vera")
    assert refused.exit_code == 2 and "--user vera: the viewer role may not edit metadata" in refused.output
    unknown = run(settings, "edit", first, "--set", "city=Leeds", "--user", "nobody")
    assert unknown.exit_code == 2 and "--user nobody: no such account" in unknown.output
    assert run(settings, "revert", first, "--to", "0", "--user", "vera").exit_code == 2
    assert run(settings, "edit", first, "--set", "city=Leeds", "--user", "eddie").exit_code == 0
    assert [h["user"] for h in json.loads(run(settings, "history", first, "--json").output)] == ["Eddie"]
    entries = json.loads(run(settings, "activity", "--json").output)
    edits = [entry for entry in entries if entry["action"] == "edit"]
    assert [(entry["target"], entry["details"]["user"]) for entry in edits] == [(first, "Eddie")]
