"""``photodesk saved-search save|list|show|remove`` in this process, over the bundled samples."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner, Result

from catalog.settings import Settings
from scripts.cli import cli


def run(settings: Settings, *arguments: str) -> Result:
    return CliRunner().invoke(cli, [*arguments, "--data", str(settings.data_dir)])


@pytest.fixture
def samples(accounts_source: Settings, tmp_path) -> Settings:
    """A fresh copy of the imported samples."""
    shutil.copytree(accounts_source.data_dir, tmp_path / "data")
    return Settings(data_dir=tmp_path / "data")


def test_save_list_show_and_remove(samples: Settings) -> None:
    saved = run(samples, "saved-search", "save", "Spanish storms", "storm", "--filter", "country=Spain",
                "--sort", "newest")
    assert saved.exit_code == 0, saved.output
    assert saved.output == "saved 'Spanish storms': “storm” · country: Spain · sorted newest (1 picture now)\n"
    listed = json.loads(run(samples, "saved-search", "list", "--json").output)
    assert [(entry["name"], entry["query"], entry["filters"], entry["owner"], entry["total"]) for entry in listed] == [
        ("Spanish storms", "storm", [["country", "Spain"]], None, 1)]
    shown = json.loads(run(samples, "saved-search", "show", "spanish STORMS", "--json").output)
    assert shown["results"]["total"] == 1 and "Storm" in shown["results"]["hits"][0]["caption"]
    assert "(feed: /feeds/Spanish storms.atom)" in run(samples, "saved-search", "show", "Spanish storms").output
    assert run(samples, "saved-search", "remove", "Spanish storms").exit_code == 0
    assert run(samples, "saved-search", "list").output == ""


@pytest.mark.parametrize(("arguments", "message"), [
    (("save", "a/b"), "cannot name a saved search"),
    (("save", "x", "--filter", "colour=red"), "there is no filter 'colour'"),
    (("save", "x", "--filter", "country"), "write NAME=VALUE"),
    (("save", "x", "--owner", "nobody"), "no account named 'nobody'"),
    (("show", "missing"), "no saved search named 'missing'"),
    (("remove", "missing"), "no saved search named 'missing'"),
])
def test_bad_requests_say_why_and_exit_2(samples: Settings, arguments: tuple[str, ...], message: str) -> None:
    result = run(samples, "saved-search", *arguments)
    assert result.exit_code == 2 and message in result.output, result.output


def test_a_taken_name_is_refused_unless_replaced(samples: Settings) -> None:
    assert run(samples, "saved-search", "save", "Storms", "storm").exit_code == 0
    assert "exists already" in run(samples, "saved-search", "save", "storms", "fire").output
    assert run(samples, "saved-search", "save", "storms", "council", "--replace").exit_code == 0
    assert "“council”" in run(samples, "saved-search", "list").output
