"""``photodesk search``, ``reindex``, and ``check``'s view of the index, run in this process with the real components."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from index import SearchIndex
from tests.helpers.sample_assets import (
    ALL,
    MALAGA,
    MOSUL,
    NO_CAPTION,
    SAO_PAULO,
    UNCREDITED,
    hits,
)

if TYPE_CHECKING:
    from click.testing import Result


def run_cli(*arguments: str) -> Result:
    """Run ``photodesk`` in this process with the real components."""
    from click.testing import CliRunner

    from scripts.cli import cli

    return CliRunner().invoke(cli, list(arguments), catch_exceptions=False)


def test_search_command_prints_the_json_contract(tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index(ALL)
    result = run_cli("search", "--data", str(tmp_path), "--json", "protest")
    document = json.loads(result.output)
    assert result.exit_code == 0
    assert document["total"] == 2 and {h["id"] for h in document["hits"]} == {SAO_PAULO.id, UNCREDITED.id}
    assert set(document["hits"][0]) == {"id", "score", "caption", "highlight", "credit", "date_created"}
    assert document["facets"]["country"] == [["Brazil", 1], ["Poland", 1]] and document["suggestion"] is None
    broken = json.loads(run_cli("search", "--data", str(tmp_path), "--json", "caption:(").output)
    assert "never closed" in broken["message"] and broken["total"] == len(ALL)
    paged = json.loads(run_cli("search", "--data", str(tmp_path), "--json", "--sort", "oldest", "--limit", "2",
                               "--page", "2").output)
    assert [h["id"] for h in paged["hits"]] == [SAO_PAULO.id, MOSUL.id] and paged["sort"] == "oldest"


def test_search_command_prints_hits_for_people(tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index(ALL)
    shown = run_cli("search", "--data", str(tmp_path), "Mosl")
    assert "Did you mean: Mosul" in shown.output and "0 pictures" in shown.output
    listed = run_cli("search", "--data", str(tmp_path), "--facets", "mosul", "AP")
    assert f"1. {MOSUL.id}" in listed.output and "AP Photo/Felipe Dana" in listed.output
    assert "agency: AP (1)" in listed.output and "<mark>" not in listed.output
    assert "opens a bracket" in run_cli("search", "--data", str(tmp_path), "(mosul").output
    assert run_cli("search", "--data", str(tmp_path), "--sort", "sideways", "x").exit_code == 2


def test_reindex_command_rebuilds_from_the_catalog(tmp_path: Path) -> None:
    from catalog.store import CatalogStore

    nothing = run_cli("reindex", "--data", str(tmp_path))
    assert nothing.exit_code == 2 and "no catalog here yet" in nothing.output
    with CatalogStore(tmp_path / "catalog.sqlite") as store:
        for asset in ALL[:4]:
            store.upsert(asset)
        expected = store.stamps()
    result = run_cli("reindex", "--data", str(tmp_path))
    assert result.exit_code == 0 and "reindexed 4 assets" in result.output
    with SearchIndex(tmp_path / "index") as search_index:
        assert search_index.stamps() == expected
        assert hits(search_index, "protest") == {"sao_paulo", "uncredited"}


def test_check_finds_index_drift_and_repair_fixes_it(tmp_path: Path) -> None:
    # `photodesk check` (the pipeline's command) compares the catalog's record stamps with
    # this index's stamps(); --repair re-indexes through index() and remove().
    from catalog.store import CatalogStore

    with CatalogStore(tmp_path / "catalog.sqlite") as store:
        for asset in ALL[:4]:
            store.upsert(asset)
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index([MOSUL, replace(MALAGA, caption="an older caption"), NO_CAPTION])
    report = run_cli("check", "--data", str(tmp_path)).output
    assert f"{SAO_PAULO.id}: missing from the search index" in report
    assert f"{MALAGA.id}: the search index holds an older version" in report
    assert f"{NO_CAPTION.id}: in the search index but not in the catalog" in report
    run_cli("check", "--data", str(tmp_path), "--repair")
    again = run_cli("check", "--data", str(tmp_path)).output
    assert "search index" not in again
    with SearchIndex(tmp_path / "index") as search_index:
        assert hits(search_index, "") == {"mosul", "malaga", "sao_paulo", "uncredited"}
        assert hits(search_index, "celebrate") == {"malaga"}
