"""Editing with accounts: editors edit under their account's name (history and activity log); viewers see no
edit controls and are refused when they post the forms anyway, with nothing changed."""

from __future__ import annotations

from bs4 import BeautifulSoup
from flask import Flask

from tests.helpers.accounts import TEST_ACTOR, USERS, csrf_of, logged_in_client


def an_asset(app: Flask) -> str:
    return next(app.extensions["photodesk"].desk.catalog.iter_assets()).id


def test_an_editor_saves_under_the_account_name_and_the_activity_log_keeps_it(accounts_app: Flask) -> None:
    asset_id = an_asset(accounts_app)
    editor = logged_in_client(accounts_app, "editor")
    soup = BeautifulSoup(editor.get(f"/assets/{asset_id}").get_data(as_text=True), "html.parser")
    form = soup.find("form", attrs={"data-edit-form": True})
    assert form is not None and form.find("input", attrs={"name": "editor"}) is None  # the account says who
    saved = editor.post(f"/assets/{asset_id}/edit", data={
        "csrf_token": csrf_of(editor), "version": "0", "city": "Portsmouth", "action": "save"})
    assert saved.status_code == 303
    catalog = accounts_app.extensions["photodesk"].desk.catalog
    assert [(entry.user, entry.field, entry.new) for entry in catalog.history(asset_id)] == [
        ("eddie", "city", "Portsmouth")]
    assert catalog.get(asset_id).field_sources["city"] == "edited by eddie"
    (entry,) = catalog.activity(action="edit")
    assert (entry.who, entry.target, entry.details["fields"], entry.details["version"]) == (
        "eddie", asset_id, ["city"], 1)


def test_a_viewer_sees_no_edit_controls_and_is_refused_with_nothing_changed(accounts_app: Flask) -> None:
    asset_id = an_asset(accounts_app)
    viewer = logged_in_client(accounts_app, "viewer")
    page = viewer.get(f"/assets/{asset_id}").get_data(as_text=True)
    assert "data-edit-form" not in page and "data-history" not in page
    assert "data-edit-selected" not in viewer.get("/search").get_data(as_text=True)  # tiles may be ticked: batch downloads
    token = csrf_of(viewer)
    for url, data in ((f"/assets/{asset_id}/edit", {"version": "0", "city": "X", "editor": "vera", "action": "save"}),
                      (f"/assets/{asset_id}/edit/preview", {"city": "X"}),
                      (f"/assets/{asset_id}/revert", {"version": "0", "to": "0", "editor": "vera"}),
                      ("/edit/batch", {"id": asset_id, "set_field": "city", "set_value": "X", "action": "apply",
                                       "versions": f"{asset_id}:0", "editor": "vera"})):
        assert viewer.post(url, data={"csrf_token": token, **data}).status_code == 403, url
    assert viewer.get(f"/edit/batch?id={asset_id}").status_code == 403
    assert accounts_app.extensions["photodesk"].desk.catalog.edit_version(asset_id)[0] == 0
    assert accounts_app.extensions["photodesk"].desk.catalog.activity(action="edit") == []


def test_an_api_token_of_an_editor_saves_and_reads_history_and_a_stale_version_is_409(accounts_app: Flask) -> None:
    from catalog.account_changes import create_token

    asset_id = an_asset(accounts_app)
    catalog = accounts_app.extensions["photodesk"].desk.catalog
    tokens = {role: create_token(catalog, TEST_ACTOR, USERS[role])[1] for role in ("viewer", "editor")}
    client = accounts_app.test_client()

    def post(role: str, body: object):
        return client.post(f"/api/assets/{asset_id}/edits", json=body,
                           headers={"Authorization": f"Bearer {tokens[role]}"})

    body = {"version": 0, "changes": {"caption": "Storm over the harbour. (Jane Roe/Harbour News)",
                                      "keywords": ["storm", "harbour"]}}
    assert post("viewer", body).status_code == 403
    saved = post("editor", body)
    assert saved.status_code == 200, saved.get_data(as_text=True)
    answer = saved.get_json()
    assert answer["version"] == 1 and answer["credit_line"] == "Jane Roe/Harbour News"
    assert answer["asset"]["keywords"] == ["storm", "harbour"] and answer["asset"]["source_path"] is None
    stale = post("editor", {"version": 0, "changes": {"city": "Leeds"}})
    assert stale.status_code == 409 and "was changed by eddie" in stale.get_json()["error"]["message"]
    assert post("editor", {"version": 1, "changes": {"agency": "AP"}}).status_code == 400
    assert post("editor", {"changes": {}}).status_code == 400
    history = client.get(f"/api/assets/{asset_id}/history", headers={"Authorization": f"Bearer {tokens['editor']}"})
    assert history.get_json()["version"] == 1
    assert [entry["field"] for entry in history.get_json()["history"]] == ["caption", "keywords"]
    assert client.get(f"/api/assets/{asset_id}/history",
                      headers={"Authorization": f"Bearer {tokens['viewer']}"}).status_code == 403
