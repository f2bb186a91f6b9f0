"""``photodesk lightbox …`` in this process, over pictures imported for real; the zip checked with exiftool."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from catalog.activity import Actor
from catalog.desk import Desk
from catalog.settings import Settings
from scripts.cli import cli
from tests.helpers.photo_files import write_photos
from tests.helpers.web_fixtures import import_files

COUNT = 5


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("lightboxes")
    write_photos(root / "photos", COUNT)
    outcomes = import_files(Settings(data_dir=root / "data"), [root / "photos"])
    assert all(outcome.status.value == "imported" for outcome in outcomes)
    return root / "data"


@pytest.fixture
def settings(imported: Path, tmp_path: Path) -> Settings:
    shutil.copytree(imported, tmp_path / "data")
    return Settings(data_dir=tmp_path / "data")


def run(settings: Settings, *arguments: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, [*arguments, "--data", str(settings.data_dir)], input=stdin)


def ids_of(settings: Settings) -> list[str]:
    found = json.loads(run(settings, "search", "--json", "--sort", "oldest", "--limit", "100").output)
    return [hit["id"] for hit in found["hits"]]


def test_create_add_move_note_show_and_list(settings: Settings) -> None:
    ids = ids_of(settings)
    made = run(settings, "lightbox", "create", "Harbour storm", "--story", "slug storm", "--json")
    assert made.exit_code == 0, made.output
    assert json.loads(made.output)["name"] == "Harbour storm"
    added = run(settings, "lightbox", "add", "harbour storm", "-", stdin=" ".join(ids[:3]) + "\n")
    assert added.exit_code == 0 and "3 added to “Harbour storm”, 0 already in it (3 pictures)" in added.output
    assert run(settings, "lightbox", "add", "Harbour storm", ids[3], "--at", "1", "--note", "lead").exit_code == 0
    assert run(settings, "lightbox", "move", "Harbour storm", ids[0], "9").exit_code == 0
    assert run(settings, "lightbox", "note", "Harbour storm", ids[1], "crop left").exit_code == 0
    shown = json.loads(run(settings, "lightbox", "show", "Harbour storm", "--json").output)
    assert [member["asset_id"] for member in shown["members"]] == [ids[3], ids[1], ids[2], ids[0]]
    assert [member["note"] for member in shown["members"]] == ["lead", "crop left", None, None]
    assert shown["members"][0]["credit_line"] == "AP Photo/Ana Núñez" and shown["story"] == "slug storm"
    text = run(settings, "lightbox", "show", "1").output
    assert "   1. " + ids[3] in text and "note: lead" in text
    listed = json.loads(run(settings, "lightbox", "list", "--json").output)["lightboxes"]
    assert [(item["name"], item["count"]) for item in listed] == [("Harbour storm", 4)]
    exported = [json.loads(line) for line in run(settings, "export", "--lightboxes").output.splitlines()]
    assert [[m["asset_id"] for m in box["members"]] for box in exported] == [[ids[3], ids[1], ids[2], ids[0]]]


def test_errors_say_what_and_the_exit_code_tells_the_truth(settings: Settings) -> None:
    ids = ids_of(settings)
    assert run(settings, "lightbox", "create", "Storm").exit_code == 0
    taken = run(settings, "lightbox", "create", "STORM")
    assert taken.exit_code == 2 and "a lightbox named 'STORM' exists already" in taken.output
    assert run(settings, "lightbox", "create", "  ").exit_code == 2
    partly = run(settings, "lightbox", "add", "Storm", ids[0], "0123456789abcdef")
    assert partly.exit_code == 1
    assert "1 added" in partly.output and "0123456789abcdef: no such picture in the catalog" in partly.output
    missing = run(settings, "lightbox", "show", "Fire")
    assert missing.exit_code == 1 and "no lightbox 'Fire'" in missing.output
    not_in = run(settings, "lightbox", "remove", "Storm", ids[0], ids[1])
    assert not_in.exit_code == 1 and f"{ids[1]}: not in lightbox “Storm”" in not_in.output
    assert "1 removed" in not_in.output
    assert run(settings, "lightbox", "move", "Storm", ids[2], "1").exit_code == 1
    again = run(settings, "lightbox", "add", "Storm", ids[2], ids[3], "--json")
    assert again.exit_code == 0 and json.loads(again.output)["members"][0]["asset_id"] == ids[2]
    assert run(settings, "lightbox", "export", "Storm", "--format", "zip").exit_code == 2  # no --output
    left = run(settings, "lightbox", "remove", "Storm", ids[2], "--json")
    assert [member["asset_id"] for member in json.loads(left.output)["members"]] == [ids[3]]
    assert run(settings, "lightbox", "delete", "Storm").exit_code == 0
    assert run(settings, "lightbox", "show", "Storm").exit_code == 1


def test_export_credits_csv_and_a_zip_whose_files_carry_caption_and_credit(settings: Settings, tmp_path: Path) -> None:
    ids = ids_of(settings)
    run(settings, "lightbox", "create", "Storm")
    run(settings, "lightbox", "add", "Storm", ids[2], ids[0], ids[1])
    credits = run(settings, "lightbox", "export", "Storm", "--format", "credits")
    assert credits.exit_code == 0 and credits.output == "AP Photo/Ana Núñez\n" * 3
    table = run(settings, "lightbox", "export", "Storm", "--format", "csv").output.splitlines()
    assert table[0].startswith("position,id,filename") and [row.split(",")[1] for row in table[1:]] == [
        ids[2], ids[0], ids[1]]
    with Desk.open(settings) as desk:  # the desk kills one: it is left out of the zip and listed
        desk.kill(ids[0], "withdrawn by the agency", actor=Actor(name="cli:test"))
        names = {asset_id: desk.catalog.get(asset_id).filename for asset_id in ids[:3]}
    target = tmp_path / "storm.zip"
    exported = run(settings, "lightbox", "export", "Storm", "--format", "zip", "-o", str(target))
    assert exported.exit_code == 1, exported.output
    assert f"{ids[0]}: left out: may not be published now" in exported.output
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == [names[ids[2]], names[ids[1]], "left-out.txt"]
        assert "withdrawn by the agency" in archive.read("left-out.txt").decode()
        archive.extractall(tmp_path / "out")
    read = json.loads(subprocess.run(["exiftool", "-json", "-Caption-Abstract", "-Credit", "-XMP-dc:Description",
                                      str(tmp_path / "out")], capture_output=True, text=True, check=True).stdout)
    pictures = [item for item in read if item["SourceFile"].endswith(".jpg")]
    assert len(pictures) == 2
    for item in pictures:
        assert item["Credit"] == "AP Photo/Ana Núñez" and "Photo number" in item["Caption-Abstract"]
        assert item["Description"] == item["Caption-Abstract"]
    everything = run(settings, "lightbox", "export", "Storm", "--format", "zip", "-o", str(target),
                     "--include-forbidden", "--size", "web")
    assert everything.exit_code == 0, everything.output
    with zipfile.ZipFile(target) as archive:
        assert len(archive.namelist()) == 3 and all(name.endswith("-web.jpg") for name in archive.namelist())
    assert not list(tmp_path.glob(".*.part"))
