"""Every route and method of the app, tried as anonymous, viewer, editor and admin (built from the URL map).

A route added tomorrow is tried here at once: its view must declare its role, and the
server must refuse those below it — 401 for the API, a redirect to the login page for
pages, 403 for a role too low — with nothing in the catalog changed by a refused request.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterator

import pytest
from flask import Flask

from catalog.accounts import ADMIN, EDITOR, ROLES, VIEWER, has_role
from catalog.articles.links import find_article
from catalog.saved_searches import saved_search
from catalog.store import CatalogStore
from tests.helpers.accounts import ARTICLE_URL, USERS, csrf_of, logged_in_client
from web.access import PUBLIC, TOKEN_IN_URL_ENDPOINTS, endpoint_role

IDENTITIES = ("anonymous", *ROLES)
SKIPPED_METHODS = {"OPTIONS"}  # answered by Flask itself with the Allow header, after the same check
# What the issue asks of each area, written down apart from the code's declarations, so that a
# declaration changed by mistake fails here (docs/accounts.md, "Roles").
POLICY = {
    "static": PUBLIC,
    "login.login_page": PUBLIC,
    "login.login": PUBLIC,
    "login.logout": VIEWER,
    "search.search_page": VIEWER,
    "assets.asset_page": VIEWER,
    "assets.asset_thumb": VIEWER,
    "assets.asset_preview": VIEWER,
    "assets.asset_download": VIEWER,
    "assets.asset_original": EDITOR,
    "articles.articles_page": VIEWER,
    "articles.article_page": VIEWER,
    "articles.published_copy": VIEWER,
    "articles.read_article_page": EDITOR,
    "articles.confirm_suggestion": EDITOR,
    "articles.link_article": EDITOR,
    "articles.unlink_article": EDITOR,
    "rights.rights_page": EDITOR,
    "rights.usage_download": EDITOR,
    "editing.save_edit": EDITOR,
    "editing.preview_edit": EDITOR,
    "editing.revert_edit": EDITOR,
    "editing.batch_edit": EDITOR,
    "editing.api_save_edit": EDITOR,
    "editing.api_history": EDITOR,
    "activity.activity_page": ADMIN,
    "intake.upload_page": EDITOR,
    "intake.upload_file": EDITOR,
    "intake.upload_form": EDITOR,
    "intake.intake_page": EDITOR,
    "intake.upload_results_page": EDITOR,
    "api.search": VIEWER,
    "api.asset": VIEWER,
    "api.asset_rights": VIEWER,
    "api.article": VIEWER,
    "api.openapi_document_view": VIEWER,
    "lightboxes.lightboxes_page": VIEWER,
    "lightboxes.lightbox_page": VIEWER,
    "lightboxes.lightbox_credits": VIEWER,
    "lightboxes.lightbox_credits_csv": VIEWER,
    "lightboxes.lightbox_zip": VIEWER,
    "lightboxes.create_lightbox": EDITOR,
    "lightboxes.add_pictures": EDITOR,
    "lightboxes.remove_pictures": EDITOR,
    "lightboxes.move_picture": EDITOR,
    "lightboxes.order_pictures": EDITOR,
    "lightboxes.save_note": EDITOR,
    "lightboxes.edit_lightbox": EDITOR,
    "lightboxes.delete_lightbox": EDITOR,
    "lightboxes.link_lightbox": EDITOR,
    "lightbox_api.list_lightboxes": VIEWER,
    "lightbox_api.show_lightbox": VIEWER,
    "lightbox_api.create_lightbox": EDITOR,
    "lightbox_api.patch_lightbox": EDITOR,
    "lightbox_api.add_items": EDITOR,
    "lightbox_api.remove_items": EDITOR,
    "lightbox_api.delete_lightbox": EDITOR,  # and the owner or an admin, checked in the view
    "lightbox_api.link_lightbox": EDITOR,
    "selection.download_selection": VIEWER,
    "selection.change_selection": EDITOR,
    "saved_searches.saved_searches_page": VIEWER,
    "saved_searches.save_search": VIEWER,
    "saved_searches.open_saved_search": VIEWER,
    "saved_searches.remove_saved_search": VIEWER,
    "saved_searches.saved_search_feed": VIEWER,
}
# Reads that are posted, because what they read is a long list of ids; they change nothing.
READS_BY_POST = {"selection.download_selection": "the ticked results as a zip or a credit list"}
# Writes a viewer may make: its own session, and its own saved searches (docs/accounts.md, "Roles"); removing
# another account's saved search is refused inside the view (tests/web/test_saved_searches.py).
VIEWER_WRITES = {"login.login", "login.logout", "saved_searches.save_search", "saved_searches.remove_saved_search",
                 *READS_BY_POST}
# Refused inside the view to those the route admits: removing a saved search is for its owner or an admin
# (the sample search is the desk's, so only the admin may); tests/web/test_saved_searches.py tries the owner.
FINER_CHECKS = {"saved_searches.remove_saved_search": {"viewer", "editor"}}
# A finer check inside a view: the original through the download route needs an editor too.
EXTRA_CASES = [("assets.asset_download", "GET", "?size=original", EDITOR),
               ("lightboxes.lightbox_zip", "GET", "?size=original", EDITOR)]


def catalog_state(path: Path) -> list[str]:
    """Everything the catalog holds, sessions and the activity log included (the test's clock stands still, so
    even a session's last use is not rewritten)."""
    with sqlite3.connect(path) as db:
        return list(db.iterdump())


def url_for_rule(app: Flask, rule: object, values: dict[str, object]) -> str:
    with app.test_request_context():
        from flask import url_for

        names = rule.arguments - set(rule.defaults or ())  # type: ignore[attr-defined]
        return url_for(rule.endpoint, **{name: values[name] for name in names})  # type: ignore[attr-defined]


@pytest.fixture
def sample_values(accounts_app: Flask) -> dict[str, object]:
    """A real value for every URL variable the app's rules use."""
    with CatalogStore(accounts_app.config["PHOTODESK_SETTINGS"].catalog_path) as store:
        article = find_article(store, ARTICLE_URL)
        asset = next(iter(store.iter_assets()))
        lightbox = store.create_lightbox("Routes", owner=USERS["editor"])  # deleting is for its owner or an admin
        store.add_to_lightbox(lightbox.id, [asset.id])
        search = store.save_search(saved_search("Everything", shared=True))
    return {"asset_id": asset.id, "identifier": article.id, "number": 1, "filename": "photodesk.css",
            "lightbox_id": lightbox.id, "name": search.name,
            "result_id": "no-such-upload"}


def cases(app: Flask) -> Iterator[tuple[object, str, str, str]]:
    """(rule, method, query, least role) for every rule and method of the app."""
    rules = list(app.url_map.iter_rules())
    for rule in rules:
        for method in sorted(rule.methods - SKIPPED_METHODS):
            yield rule, method, "", endpoint_role(app, rule.endpoint)
    for endpoint, method, query, role in EXTRA_CASES:
        yield next(rule for rule in rules if rule.endpoint == endpoint), method, query, role


def is_login_redirect(response: object) -> bool:
    return response.status_code in (302, 303) and "/login" in response.headers.get("Location", "")


def test_every_route_is_declared_and_matches_the_policy(accounts_app: Flask) -> None:
    declared = {rule.endpoint: endpoint_role(accounts_app, rule.endpoint) for rule in accounts_app.url_map.iter_rules()}
    undeclared = [endpoint for endpoint in declared
                  if endpoint != "static" and not hasattr(accounts_app.view_functions[endpoint], "photodesk_role")]
    assert undeclared == [], "declare the least role of each view with @requires(...) (web/access.py)"
    missing = sorted(set(declared) - set(POLICY))
    assert missing == [], f"new routes: add them to POLICY with the role docs/accounts.md gives them: {missing}"
    assert {endpoint: role for endpoint, role in declared.items()} == {e: POLICY[e] for e in declared}


def test_every_write_needs_at_least_an_editor(accounts_app: Flask) -> None:
    for rule in accounts_app.url_map.iter_rules():
        if rule.methods & {"POST", "PUT", "PATCH", "DELETE"} and rule.endpoint not in VIEWER_WRITES:
            assert has_role(endpoint_role(accounts_app, rule.endpoint), EDITOR), rule.endpoint


def test_every_route_and_method_refuses_those_below_its_role_and_changes_nothing(
    accounts_app: Flask, sample_values: dict[str, object]
) -> None:
    catalog_path = accounts_app.config["PHOTODESK_SETTINGS"].catalog_path
    clients = {"anonymous": accounts_app.test_client(), **{role: logged_in_client(accounts_app, role) for role in ROLES}}
    tried = 0
    for rule, method, query, needed in cases(accounts_app):
        endpoint = rule.endpoint  # type: ignore[attr-defined]
        url = url_for_rule(accounts_app, rule, sample_values) + query
        for identity in IDENTITIES:
            client = clients[identity]
            allowed = needed == PUBLIC or (identity != "anonymous" and has_role(identity, needed))
            data = {"csrf_token": csrf_of(client), "url": ARTICLE_URL, "asset_id": sample_values["asset_id"],
                    "position": "0"} if method != "GET" and method != "HEAD" else None
            if endpoint == "login.login" or endpoint == "login.logout":
                continue  # logging in and out changes the session itself: tests/web/test_sessions.py
            finer = identity in FINER_CHECKS.get(endpoint, ())
            allowed = allowed and not finer
            before = None if allowed else catalog_state(catalog_path)
            response = client.open(url, method=method, data=data)
            response.close()  # an original is sent from an open file
            what = f"{identity} {method} {url}: {response.status_code}"
            tried += 1
            if allowed:
                assert response.status_code not in (401, 403) and not is_login_redirect(response), what
                continue
            if identity == "anonymous":
                if url.startswith("/api/") or endpoint in TOKEN_IN_URL_ENDPOINTS:  # an API client or a feed reader
                    assert response.status_code == 401, what
                    assert response.headers.get("WWW-Authenticate", "").lower().startswith("bearer"), what
                else:
                    assert is_login_redirect(response), what
            else:
                assert response.status_code == 403, what
            assert catalog_state(catalog_path) == before, f"{what} changed the catalog"
    assert tried >= len(POLICY) * len(IDENTITIES)
