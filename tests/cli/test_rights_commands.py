"""``photodesk agreements``, ``rights``, ``kill`` and ``unkill`` in this process, over the rights catalog."""

from __future__ import annotations

import json

from click.testing import CliRunner, Result

from catalog.settings import Settings
from scripts.cli import cli
from tests.helpers.rights_catalog import AGREEMENTS, publish


def run(settings: Settings, *arguments: str) -> Result:
    return CliRunner().invoke(cli, [*arguments, "--data", str(settings.data_dir)], catch_exceptions=False)


def test_agreements_import_replaces_by_id_and_list_shows_them(rights_copy: Settings, tmp_path) -> None:
    changed = AGREEMENTS.replace('channels = ["print", "web", "social"]', 'channels = ["print"]')
    (tmp_path / "deals.toml").write_text(changed, encoding="utf-8")
    result = run(rights_copy, "agreements", "import", str(tmp_path / "deals.toml"))
    assert result.exit_code == 0, result.output
    assert "0 added, 4 replaced (ap-2026, afp, getty-per-use, dpa)" in result.output
    listed = json.loads(run(rights_copy, "agreements", "list", "--json").output)
    by_id = {agreement["id"]: agreement for agreement in listed["agreements"]}
    assert by_id["ap-2026"]["channels"] == ["print"]
    assert listed["desk"] == {"own": ["credit:Staff"], "timezone": "UTC"}
    assert "ap-2026  AP  [agency:AP]  print  2026-01-01 to 2026-12-31" in run(rights_copy, "agreements", "list").output


def test_a_bad_agreements_file_exits_2_naming_line_and_field_and_changes_nothing(rights_copy: Settings, tmp_path) -> None:
    path = tmp_path / "deals.toml"
    path.write_text(AGREEMENTS.replace('fee = "subscription"', 'fee = "gratis"'), encoding="utf-8")
    result = CliRunner().invoke(cli, ["agreements", "import", str(path), "--data", str(rights_copy.data_dir)])
    assert result.exit_code == 2
    line = AGREEMENTS.splitlines().index('fee = "subscription"') + 1
    assert f"{path}:{line}: fee: must be" in result.output
    listed = json.loads(run(rights_copy, "agreements", "list", "--json").output)
    assert len(listed["agreements"]) == 4


def test_rights_json_at_a_planned_time(rights_settings: Settings, picture_ids) -> None:
    asset_id = picture_ids["ap_embargo"]
    before = json.loads(run(rights_settings, "rights", asset_id, "--at", "2026-03-15T13:59:59Z", "--json").output)
    assert before["id"] == asset_id and before["agreement"] == "ap-2026" and before["supplier"] == "AP"
    assert before["at"] == "2026-03-15T13:59:59+00:00"
    assert before["channels"]["web"] == {"verdict": "forbidden", "reasons": ["embargoed until 2026-03-15 14:00 UTC"],
                                         "duties": [], "until": "2026-03-15T14:00:00+00:00"}
    after = json.loads(run(rights_settings, "rights", "--at", "2026-03-15T10:00-04:00", asset_id, "--json").output)
    assert after["channels"]["web"]["verdict"] == "allowed_with_duties"
    assert after["channels"]["web"]["duties"] == ['print the credit "AP Photo/Jane Roe"']


def test_rights_in_words_and_its_errors(rights_settings: Settings, picture_ids) -> None:
    shown = run(rights_settings, "rights", picture_ids["reuters"], "--at", "2026-03-12")
    assert shown.exit_code == 0
    assert "web         unknown" in shown.output and "because no agreement on file for Reuters" in shown.output
    assert run(rights_settings, "rights", "0123456789abcdef").exit_code == 1
    bad = CliRunner().invoke(cli, ["rights", picture_ids["reuters"], "--at", "next tuesday",
                                   "--data", str(rights_settings.data_dir)])
    assert bad.exit_code == 2 and "is not an ISO 8601" in bad.output


def test_kill_forbids_everywhere_and_unkill_lifts_it(rights_copy: Settings, picture_ids) -> None:
    asset_id = picture_ids["staff"]
    killed = run(rights_copy, "kill", asset_id, "--reason", "Wrong person identified")
    assert killed.exit_code == 0 and "killed: Wrong person identified" in killed.output
    decision = json.loads(run(rights_copy, "rights", asset_id, "--json").output)
    assert {channel["verdict"] for channel in decision["channels"].values()} == {"forbidden"}
    assert decision["killed"]["reason"] == "Wrong person identified"
    assert run(rights_copy, "unkill", asset_id).exit_code == 0
    decision = json.loads(run(rights_copy, "rights", asset_id, "--json").output)
    assert {channel["verdict"] for channel in decision["channels"].values()} == {"allowed"}
    assert run(rights_copy, "unkill", asset_id).exit_code == 1
    assert run(rights_copy, "kill", "0123456789abcdef", "--reason", "x").exit_code == 1


def test_problems_and_usage_reports(rights_copy: Settings, picture_ids) -> None:
    from catalog.desk import Desk

    with Desk.open(rights_copy) as desk:
        publish(desk, picture_ids["ap_embargo"], "https://news.example/early", "2026-03-15T13:00:00Z",
                credit="AP Photo/Jane Roe")
        publish(desk, picture_ids["getty_afp"], "https://news.example/getty", "2026-03-03T10:00:00Z",
                credit="=HYPERLINK(1)")
    problems = json.loads(run(rights_copy, "rights", "problems", "--json").output)["problems"]
    assert [(p["article_url"], p["kinds"]) for p in problems] == [
        ("https://news.example/getty", ["credit"]), ("https://news.example/early", ["embargo"])]
    text = run(rights_copy, "rights", "problems").output
    assert "https://news.example/early" in text and "[embargo]" in text
    report = json.loads(run(rights_copy, "rights", "usage", "--from", "2026-03-01", "--to", "2026-03-31",
                            "--format", "json").output)
    assert [use["agreement"] for use in report["uses"]] == ["getty-per-use", "ap-2026"]
    assert report["totals"][1] == {"supplier": "Getty Images", "uses": 1, "fees": {"USD": 150.0}}
    rows = run(rights_copy, "rights", "usage", "--from", "2026-03-01", "--to", "2026-03-31", "--supplier", "ap-2026")
    assert rows.output.splitlines()[0].startswith("row,date,supplier,agreement,fee,price,currency")
    assert len(rows.output.splitlines()) == 3  # header, one use, the AP total
    bad = CliRunner().invoke(cli, ["rights", "usage", "--from", "2026-03-31", "--to", "2026-03-01",
                                   "--data", str(rights_copy.data_dir)])
    assert bad.exit_code == 2
