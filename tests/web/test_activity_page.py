"""What the web records in the activity log, and the admins' page that shows it."""

from __future__ import annotations

from flask import Flask

from catalog import activity
from tests.helpers.accounts import ARTICLE_URL, add_accounts, csrf_of, logged_in_client


def catalog_of(app: Flask):
    return app.extensions["photodesk"].catalog


def some_asset_id(app: Flask) -> str:
    return next(iter(catalog_of(app).iter_assets())).id


def test_an_editors_unlink_link_and_original_download_are_logged_with_who_and_address(accounts_app: Flask) -> None:
    editor = logged_in_client(accounts_app, "editor")
    asset_id = some_asset_id(accounts_app)
    linked = [a.id for a in catalog_of(accounts_app).iter_assets() if a.articles][0]
    editor.post(f"/assets/{linked}/links/delete", data={"csrf_token": csrf_of(editor), "url": ARTICLE_URL})
    editor.post(f"/assets/{asset_id}/links", data={"csrf_token": csrf_of(editor), "url": ARTICLE_URL})
    original = editor.get(f"/assets/{asset_id}/original?confirm=yes")
    assert original.status_code == 200
    original.close()
    entries = catalog_of(accounts_app).activity(user="eddie")
    assert [entry.action for entry in entries][:3] == [activity.ORIGINAL_DOWNLOAD, activity.LINK, activity.UNLINK]
    assert all(entry.address == "127.0.0.1" for entry in entries[:3])
    assert entries[1].details["url"] == ARTICLE_URL and entries[1].target == asset_id


def test_a_viewer_sees_no_edit_controls_and_a_posted_form_is_refused(accounts_app: Flask) -> None:
    viewer = logged_in_client(accounts_app, "viewer")
    asset_id = some_asset_id(accounts_app)
    page = viewer.get(f"/assets/{asset_id}").get_data(as_text=True)
    assert "link-form" not in page and "/original" not in page and "Download web JPEG" in page
    refused = viewer.post(f"/assets/{asset_id}/links", data={"csrf_token": csrf_of(viewer), "url": ARTICLE_URL})
    assert refused.status_code == 403
    assert not catalog_of(accounts_app).activity(action=activity.LINK, user="vera")
    assert viewer.get(f"/assets/{asset_id}/download?size=original").status_code == 403


def test_the_activity_page_shows_admins_the_log_with_filters(accounts_app: Flask) -> None:
    logged_in_client(accounts_app, "viewer")
    logged_in_client(accounts_app, "editor")
    admin = logged_in_client(accounts_app, "admin")
    page = admin.get("/activity?user=vera&action=login&since=1h")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert 'data-action="login"' in text and "vera" in text and ">eddie<" not in text
    odd = admin.get("/activity?since=last+week&action=nonsense").get_data(as_text=True)
    assert "ISO 8601" in odd and "There is no action" in odd
    assert logged_in_client(accounts_app, "editor").get("/activity").status_code == 403


def test_the_first_account_turns_logins_on_in_a_running_app(accounts_settings) -> None:
    from web import create_app

    app = create_app(accounts_settings, TESTING=True)
    try:
        client = app.test_client()
        assert client.get("/").status_code == 200  # no accounts: as before
        assert b"Log out" not in client.get("/").data
        add_accounts(accounts_settings)
        assert client.get("/").status_code == 303
        assert client.get("/api/search?q=x").status_code == 401
    finally:
        app.extensions["photodesk"].desk.close()
