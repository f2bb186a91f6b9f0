"""What the article page and the API are built from: ``web.articles.article_view`` and ``web.api``'s details,
over the wire catalog and a story read from 127.0.0.1."""

from __future__ import annotations

import pytest
from flask import Flask

from catalog.articles.credit_check import CreditStatus
from catalog.desk import Desk
from catalog.store import CatalogStore
from tests.helpers.article_stories import WireCatalog, serve_story
from tests.helpers.local_http import LocalServer
from web import create_app
from web.api import article_detail, asset_detail
from web.articles import article_view


@pytest.fixture(scope="module")
def story(wire: WireCatalog, newsroom_site: LocalServer) -> str:
    """The id of the story read into the wire catalog."""
    url = serve_story(newsroom_site, wire.folder, "views")
    with Desk.open(wire.settings) as desk:
        return desk.read_article(url, allow_private=True).article.id


@pytest.fixture
def wire_app(wire: WireCatalog) -> Flask:
    return create_app(wire.settings, TESTING=True)


def test_the_article_view_counts_links_suggestions_and_credit_verdicts(wire: WireCatalog, wire_app: Flask, story: str) -> None:
    with wire_app.test_request_context(), CatalogStore(wire.settings.catalog_path) as store:
        view = article_view(store.get_article(story))
    assert [photo.number for photo in view.photos] == [1, 2, 3, 4]
    assert [photo.asset.id if photo.asset else None for photo in view.photos] == [
        wire.ids["burial"], wire.ids["checkpoint"], wire.ids["market"], None]
    assert (view.linked, view.to_confirm) == (3, 1)
    assert view.credit_counts == [(CreditStatus.WRONG, 1), (CreditStatus.MISSING, 1), (CreditStatus.OK, 1)]
    stranger = view.photos[3]
    assert stranger.credit is None and [s.asset.id for s in stranger.suggestions] == [wire.ids["harbor-fire"]]
    assert stranger.image_url.endswith("/views/uploads/views-stranger-1200x800.jpg")


def test_the_api_details_hide_server_paths_and_name_every_photo_match_and_check(wire: WireCatalog, wire_app: Flask,
                                                                               story: str) -> None:
    with wire_app.test_request_context(), CatalogStore(wire.settings.catalog_path) as store:
        detail = article_detail(article_view(store.get_article(story)))
        burial = asset_detail(store.get(wire.ids["burial"]))
    assert burial["asset"]["source_path"] is None and burial["asset"]["source_path_exact"] is None
    assert burial["credit_line"] == "AP Photo/Felipe Dana"
    assert burial["links"]["thumb"] == f"/assets/{wire.ids['burial']}/thumb"
    assert detail["article"]["page"] == f"/articles/{story}" and detail["article"]["publication"] == "The Local Ledger"
    assert [(p["position"], p["asset_id"], p["match"]) for p in detail["photos"]] == [
        (0, wire.ids["burial"], "similarity"), (1, wire.ids["checkpoint"], "similarity"),
        (2, wire.ids["market"], "similarity"), (3, None, None)]
    assert [p["credit_check"]["status"] if p["credit_check"] else None for p in detail["photos"]] == [
        "ok", "wrong", "missing", None]
    assert [s["asset"]["asset"]["id"] for s in detail["photos"][3]["suggestions"]] == [wire.ids["harbor-fire"]]
    assert sorted(a["asset"]["id"] for a in detail["assets"]) == sorted(wire.ids[s] for s in ("burial", "checkpoint", "market"))
