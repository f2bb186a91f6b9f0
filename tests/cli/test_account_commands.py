"""``photodesk user``, ``token`` and ``activity`` in this process, and ``serve``'s rule for hosts without an admin."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner, Result

from catalog.settings import Settings
from scripts.cli import cli
from scripts.commands_web import is_loopback

PASSWORD = "a long enough password"


def run(settings: Settings, *arguments: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, [*arguments, "--data", str(settings.data_dir)], input=input)


def add(settings: Settings, name: str, role: str) -> Result:
    result = run(settings, "user", "add", name, "--role", role, "--password-stdin", input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    return result


def test_user_add_list_role_passwd_remove_each_logged(settings: Settings) -> None:
    add(settings, "ada", "admin")
    add(settings, "vera", "viewer")
    listed = json.loads(run(settings, "user", "list", "--json").output)
    assert [(user["name"], user["role"]) for user in listed] == [("ada", "admin"), ("vera", "viewer")]
    assert run(settings, "user", "role", "vera", "editor").exit_code == 0
    assert run(settings, "user", "passwd", "vera", "--password-stdin", input="another password 2\n").exit_code == 0
    assert run(settings, "user", "remove", "vera").exit_code == 0
    assert [user["name"] for user in json.loads(run(settings, "user", "list", "--json").output)] == ["ada"]
    entries = json.loads(run(settings, "activity", "--json").output)
    assert [entry["action"] for entry in entries] == ["user_remove", "user_password", "user_role", "user_add",
                                                      "user_add"]
    assert all(entry["who"].startswith("cli:") for entry in entries)
    assert entries[2]["details"] == {"old": "viewer", "new": "editor"}
    assert PASSWORD not in json.dumps(entries)


def test_without_a_terminal_or_password_stdin_user_add_refuses(settings: Settings) -> None:
    result = run(settings, "user", "add", "ada", "--role", "admin")
    assert result.exit_code == 2
    assert "--password-stdin" in result.output
    assert json.loads(run(settings, "user", "list", "--json").output) == []


def test_bad_names_short_passwords_and_the_last_admin_are_refused(settings: Settings) -> None:
    short = run(settings, "user", "add", "ada", "--role", "admin", "--password-stdin", input="short\n")
    assert short.exit_code == 2 and "too short" in short.output
    bad = run(settings, "user", "add", "ada smith", "--role", "admin", "--password-stdin", input=PASSWORD + "\n")
    assert bad.exit_code == 2 and "not a usable account name" in bad.output
    add(settings, "ada", "admin")
    twice = run(settings, "user", "add", "ADA", "--role", "viewer", "--password-stdin", input=PASSWORD + "\n")
    assert twice.exit_code == 2 and "exists already" in twice.output
    last = run(settings, "user", "remove", "ada")
    assert last.exit_code == 2 and "last admin" in last.output
    demote = run(settings, "user", "role", "ada", "viewer")
    assert demote.exit_code == 2 and "last admin" in demote.output


def test_a_token_is_printed_once_listed_without_its_secret_and_revoked(settings: Settings) -> None:
    add(settings, "vera", "viewer")
    created = run(settings, "token", "create", "vera", "--label", "CMS")
    assert created.exit_code == 0
    secret = created.stdout.strip()
    assert re.fullmatch(r"pd_[0-9a-f]{8}_[\w-]{40,}", secret)
    listed = json.loads(run(settings, "token", "list", "--json").output)
    assert [(token["user"], token["label"]) for token in listed] == [("vera", "CMS")]
    assert secret not in run(settings, "token", "list").output
    assert secret not in (settings.data_dir / "catalog.sqlite").read_bytes().decode("latin-1")
    assert run(settings, "token", "revoke", listed[0]["id"]).exit_code == 0
    assert json.loads(run(settings, "token", "list", "--json").output) == []
    assert run(settings, "token", "revoke", listed[0]["id"]).exit_code == 2


def test_activity_filters_by_user_since_and_action(settings: Settings) -> None:
    add(settings, "ada", "admin")
    assert json.loads(run(settings, "activity", "--user", "nobody", "--json").output) == []
    assert len(json.loads(run(settings, "activity", "--since", "1h", "--action", "user_add", "--json").output)) == 1
    assert json.loads(run(settings, "activity", "--since", "2999-01-01", "--json").output) == []
    bad = run(settings, "activity", "--since", "last week")
    assert bad.exit_code == 2 and "ISO 8601" in bad.output


def test_serve_on_a_public_address_without_an_admin_refuses_and_says_how_to_make_one(settings: Settings) -> None:
    result = run(settings, "serve", "--host", "0.0.0.0", "--port", "0")
    assert result.exit_code == 2
    assert "no admin account" in result.output
    assert f"photodesk user add NAME --role admin --data {settings.data_dir}" in result.output
    add(settings, "vera", "viewer")  # accounts, but still no admin
    assert run(settings, "serve", "--host", "0.0.0.0", "--port", "0").exit_code == 2


def test_serve_with_an_admin_gets_past_the_host_rule(settings: Settings) -> None:
    add(settings, "ada", "admin")
    # 192.0.2.1 (TEST-NET-1) is no address of this machine: binding fails after the rule let it through.
    result = run(settings, "serve", "--host", "192.0.2.1", "--port", "0")
    assert result.exit_code == 2
    assert "cannot listen on 192.0.2.1" in result.output and "no admin" not in result.output


@pytest.mark.parametrize("host,expected", [("127.0.0.1", True), ("::1", True), ("127.8.9.10", True),
                                           ("localhost", True), ("0.0.0.0", False), ("::", False),
                                           ("192.0.2.1", False)])
def test_loopback_hosts(host: str, expected: bool) -> None:
    assert is_loopback(host) is expected


@pytest.mark.slow
def test_serve_without_accounts_says_it_serves_this_machine_only(settings: Settings) -> None:
    command = [sys.executable, "-c", "from scripts.cli import main; main()", "serve", "--data", str(settings.data_dir),
               "--port", "0", "--threads", "3"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        lines = [process.stderr.readline(), process.stderr.readline()]
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stderr.close()
    assert "http://127.0.0.1:" in lines[0]
    assert "No accounts" in lines[1] and "this machine only" in lines[1]


def test_links_kills_and_agreement_imports_at_the_command_line_are_logged(rights_copy: Settings, picture_ids,
                                                                          tmp_path) -> None:
    from tests.helpers.rights_catalog import agreements_path

    picture = picture_ids["reuters"]
    url = "https://news.example.org/2026/logged-story"
    assert run(rights_copy, "link", picture, url).exit_code == 0
    assert run(rights_copy, "unlink", picture, url).exit_code == 0
    assert run(rights_copy, "kill", picture, "--reason", "withdrawn by the agency").exit_code == 0
    assert run(rights_copy, "unkill", picture).exit_code == 0
    assert run(rights_copy, "agreements", "import", str(agreements_path(tmp_path))).exit_code == 0
    entries = json.loads(run(rights_copy, "activity", "--json").output)
    assert [entry["action"] for entry in entries][:5] == ["agreements_import", "unkill", "kill", "unlink", "link"]
    assert entries[2]["details"] == {"reason": "withdrawn by the agency"} and entries[2]["target"] == picture
    assert entries[4]["details"]["url"] == url
    assert entries[0]["target"].endswith("agreements.toml")


def test_an_article_reading_is_logged_with_its_url(accounts_settings: Settings, tmp_path) -> None:
    page = tmp_path / "story.html"
    page.write_text("<html><head><title>Harbour storm</title></head><body><article><h1>Harbour storm</h1>"
                    "<p>Waves broke over the wall on Tuesday.</p></article></body></html>", encoding="utf-8")
    url = "https://news.example.org/2026/05/harbour-storm-read"
    assert run(accounts_settings, "article", "add", url, "--file", str(page)).exit_code == 0
    (entry,) = json.loads(run(accounts_settings, "activity", "--action", "article_read", "--json").output)
    assert entry["target"] == url and entry["who"].startswith("cli:")
