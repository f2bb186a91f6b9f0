"""Each command module's commands run in this process with click's runner, over a real catalog.

``test_ingest_commands.py`` and ``test_article_commands.py`` run the installed ``photodesk`` in
new processes (slow); these call the commands of ``scripts/commands_*.py`` directly, so the
quick test run covers every command module too.
"""

from __future__ import annotations

import csv
import io
import json
import resource
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner, Result

from catalog.asset import ASSET_FIELDS
from catalog.store import CatalogStore
from scripts.cli import cli
from scripts.commands_articles import article_group, link_command, unlink_command
from scripts.commands_ingest import check_command, export_command, show_command
from scripts.commands_search import reindex_command, search_command
from scripts.commands_web import RESERVED_DESCRIPTORS, serve
from tests.helpers.article_stories import WireCatalog, serve_story
from tests.helpers.local_http import LocalServer
from tests.helpers.web_fixtures import PROJECT_DIR


def run(command: click.Command, wire: WireCatalog, *arguments: str) -> Result:
    return CliRunner().invoke(command, [*arguments, "--data", str(wire.settings.data_dir)], catch_exceptions=False)


def test_export_prints_one_record_per_asset_as_json_lines_or_csv(wire: WireCatalog) -> None:
    lines = run(export_command, wire).output.splitlines()
    records = [json.loads(line) for line in lines]
    assert sorted(record["id"] for record in records) == sorted(wire.ids.values())
    assert all(list(record) == list(ASSET_FIELDS) for record in records)
    rows = list(csv.DictReader(io.StringIO(run(export_command, wire, "--format", "csv").output)))
    assert sorted(row["id"] for row in rows) == sorted(wire.ids.values())
    assert {row["caption_credit"] for row in rows} >= {"AP Photo/Felipe Dana", "Maria Lopez/Reuters"}
    searched = [json.loads(line)["id"] for line in run(export_command, wire, "Erbil").output.splitlines()]
    assert searched == [wire.ids["market"]]


def test_show_puts_the_credit_line_first_and_an_unknown_id_fails_with_one_line(wire: WireCatalog) -> None:
    shown = run(show_command, wire, wire.ids["burial"].upper())
    assert shown.exit_code == 0
    assert shown.output.splitlines()[:2] == ["Credit line:   AP Photo/Felipe Dana", "Restrictions:  editorial-only, mandatory-credit, no-sales"]
    with CatalogStore(wire.settings.catalog_path) as store:
        sha256 = store.get(wire.ids["market"]).sha256
    assert json.loads(run(show_command, wire, sha256, "--json").output)["id"] == wire.ids["market"]
    missing = CliRunner().invoke(show_command, ["0" * 16, "--data", str(wire.settings.data_dir)])
    assert (missing.exit_code, missing.output) == (1, f"photodesk: no asset with id {'0' * 16}\n")


def test_check_finds_catalog_media_and_index_in_agreement(wire: WireCatalog) -> None:
    checked = run(check_command, wire)
    assert (checked.exit_code, checked.output) == (0, "catalog, media store and index agree (4 assets)\n")


def test_search_and_reindex_answer_from_the_catalog(wire: WireCatalog) -> None:
    found = json.loads(run(search_command, wire, "--json", "Erbil").output)
    assert found["total"] == 1 and [hit["id"] for hit in found["hits"]] == [wire.ids["market"]]
    rebuilt = run(reindex_command, wire)
    assert rebuilt.exit_code == 0 and "reindexed 4 assets" in rebuilt.output
    assert json.loads(run(search_command, wire, "--json", "Erbil").output)["total"] == 1


def test_serve_refuses_as_many_article_readings_as_threads(wire: WireCatalog) -> None:
    refused = CliRunner().invoke(cli, ["serve", "--threads", "2", "--article-reads", "2",
                                       "--data", str(wire.settings.data_dir)])
    assert refused.exit_code == 2
    assert refused.output == "photodesk: --article-reads (2) must be less than --threads (2)\n"


LIMITS = ("from scripts.commands_web import _allow_descriptors_for; import resource; "
          "print(_allow_descriptors_for(1000), resource.getrlimit(resource.RLIMIT_NOFILE)[0])")


def with_open_files(soft: int, hard: int) -> subprocess.CompletedProcess:
    """The descriptor check of ``serve`` in a Python started with these open-file limits."""
    return subprocess.run([sys.executable, "-c", LIMITS], capture_output=True, text=True, cwd=PROJECT_DIR, check=True,
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard)))


def test_serve_raises_the_open_file_limit_to_fit_its_connections_or_says_how_many_fit() -> None:
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    if hard != resource.RLIM_INFINITY and hard < 1000 + RESERVED_DESCRIPTORS:
        pytest.skip(f"the hard open-file limit here ({hard}) cannot fit 1000 connections")
    raised = with_open_files(300, hard)
    assert (raised.stdout, raised.stderr) == (f"1000 {1000 + RESERVED_DESCRIPTORS}\n", "")
    capped = with_open_files(300, 300)
    assert capped.stdout == "150 300\n"  # half the descriptors, the more of that and 300 - 256
    assert capped.stderr == ("Only 300 open files are allowed (ulimit -n): serving at most 150 connections "
                             "at a time per process, not 1000.\n")


def test_article_add_links_the_story_photos_and_link_unlink_work_by_hand(wire: WireCatalog, newsroom_site: LocalServer) -> None:
    url = serve_story(newsroom_site, wire.folder, "in-process")
    added = run(article_group, wire, "add", url, "--allow-private", "--json")
    record = json.loads(added.output)
    assert added.exit_code == 0 and record["url"] == url and record["publication"] == "The Local Ledger"
    assert [photo["asset_id"] for photo in record["photos"]] == [wire.ids["burial"], wire.ids["checkpoint"],
                                                                wire.ids["market"], None]
    linked = run(link_command, wire, wire.ids["harbor-fire"], url)
    assert linked.output == f"{wire.ids['harbor-fire']} linked to Mosul counts its dead\n"
    unlinked = run(unlink_command, wire, wire.ids["harbor-fire"], url)
    assert unlinked.output == f"{wire.ids['harbor-fire']} unlinked from Mosul counts its dead\n"
    again = CliRunner().invoke(unlink_command, [wire.ids["harbor-fire"], url, "--data", str(wire.settings.data_dir)])
    assert again.exit_code == 1 and "is not linked to" in again.output
    unknown = CliRunner().invoke(link_command, ["f" * 16, url, "--data", str(wire.settings.data_dir)])
    assert (unknown.exit_code, unknown.output) == (1, f"photodesk: no asset with id {'f' * 16}\n")


@pytest.mark.parametrize("command", [export_command, show_command, check_command, search_command, reindex_command,
                                     link_command, unlink_command, serve], ids=lambda command: command.name)
def test_every_command_module_registers_its_commands_in_the_photodesk_group(command: click.Command) -> None:
    assert cli.commands[command.name] is command
