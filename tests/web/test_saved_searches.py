"""Saved searches on the web: saving from the search page, the list with what is new, opening one, its Atom feed,
and who may see, remove and read each one."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import feedparser
import pytest
from flask import Flask
from flask.testing import FlaskClient

from catalog.saved_searches import FILTER_NAMES
from catalog.settings import Settings
from tests.helpers.accounts import USERS, csrf_of, logged_in_client
from tests.helpers.web_fixtures import import_files, make_news_jpeg
from web import create_app
from web.state import FILTER_PARAMS


@pytest.fixture
def open_app(accounts_settings: Settings) -> Flask:
    """The app over a fresh copy of the sample catalog, with no accounts and the real clock."""
    app = create_app(accounts_settings, TESTING=True)
    yield app
    app.extensions["photodesk"].desk.close()


def csrf(client: FlaskClient) -> str:
    """The session's CSRF token, as the search page's forms carry it."""
    with client.session_transaction() as session:
        if session.get("csrf_token"):
            return session["csrf_token"]
    if client.get("/search").status_code != 200:  # logged out with accounts: the login page makes one
        return csrf_of(client)
    with client.session_transaction() as session:
        return session["csrf_token"]


def save(client: FlaskClient, name: str, **form: str) -> str:
    """Post the search page's "Save this search" form; where it sent the browser."""
    response = client.post("/saved-searches", data={"csrf_token": csrf(client), "name": name, **form})
    assert response.status_code == 303
    return response.headers["Location"]


def new_counts(client: FlaskClient) -> dict[str, int]:
    page = client.get("/saved-searches").get_data(as_text=True)
    rows = re.findall(r'data-saved-search="([^"]+)".*?data-new-count="(\d+)"', page, re.S)
    return {name: int(count) for name, count in rows}


def import_picture(settings: Settings, folder: Path, name: str, **metadata: object) -> None:
    from media.embed import EmbeddedMetadata

    make_news_jpeg(folder / f"{name}.jpg", EmbeddedMetadata(**metadata), colour=(30, 120, 200))
    outcomes = import_files(settings, [folder / f"{name}.jpg"])
    assert [outcome.status.value for outcome in outcomes] == ["imported"]


def imported_since(app: Flask, name: str, moment: str) -> int:
    """How many pictures the saved search finds whose files were imported at or after ``moment`` (counted here
    from the catalog's import times, not by the saved-search code)."""
    desk = app.extensions["photodesk"].desk
    search = desk.catalog.saved_search(name)
    ids = desk.index.search_ids(search.query, filters=search.index_filters())
    times = [asset.imported_at or "" for asset in desk.catalog.get_many(ids).values()]
    return sum(1 for imported in times if imported[:19] >= moment[:19])


def test_the_saved_search_keeps_the_search_pages_filters() -> None:
    assert set(FILTER_NAMES) == {*FILTER_PARAMS, "from", "to", "cleared"}


@pytest.mark.slow
def test_save_a_search_see_what_is_new_open_it_and_read_its_feed(open_app: Flask, accounts_settings: Settings,
                                                                  tmp_path: Path) -> None:
    client = open_app.test_client()
    page = client.get("/search?q=storm&country=Spain&sort=newest").get_data(as_text=True)
    assert "Save this search" in page and 'name="country" value="Spain"' in page
    assert save(client, "Spanish storms", q="storm", country="Spain", sort="newest") == "/saved-searches"
    listing = client.get("/saved-searches").get_data(as_text=True)
    assert "Saved “Spanish storms”" in listing and "“storm” · country: Spain · sorted newest" in listing
    search = open_app.extensions["photodesk"].catalog.saved_search("spanish storms")
    # Saving is looking: what was there is not new (unless imported in the very second of the save).
    before = new_counts(client)["Spanish storms"]
    assert before == imported_since(open_app, "Spanish storms", search.created_at)

    import_picture(accounts_settings, tmp_path / "new", "flood", caption="Storm floods the port of Valencia",
                   headline="Storm floods Valencia", credit="AP", creators=("Ana Ruiz",), city="Valencia",
                   country="Spain", copyright="© 2026 AP")
    import_picture(accounts_settings, tmp_path / "new", "elsewhere", caption="Storm in Lisbon", country="Portugal")
    assert new_counts(client)["Spanish storms"] == before + 1

    feed = feedparser.parse(client.get("/feeds/Spanish%20storms.atom").data)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "Photodesk · Spanish storms"
    newest = feed.entries[0]
    assert newest.title == "Storm floods Valencia"
    assert newest.summary == "Storm floods the port of Valencia"
    assert newest.author == "AP"  # the credit line
    assert newest.updated_parsed is not None and newest.rights == "© 2026 AP"
    thumb = [link.href for link in newest.links if link.rel == "enclosure"]
    assert thumb and thumb[0].endswith("/thumb") and newest.media_thumbnail[0]["url"] == thumb[0]
    with client.get(thumb[0]) as picture:
        assert picture.mimetype == "image/jpeg"
    assert "Lisbon" not in str(feed.entries)

    opened = client.get("/saved-searches/spanish%20storms")
    assert opened.status_code == 303
    assert opened.headers["Location"] == "/search?q=storm&country=Spain&sort=newest"
    looked = open_app.extensions["photodesk"].catalog.last_looked("Spanish storms", "")
    assert new_counts(client)["Spanish storms"] == imported_since(open_app, "Spanish storms", looked)


def test_a_name_that_cannot_be_used_or_is_taken_is_explained_on_the_search_page(open_app: Flask) -> None:
    client = open_app.test_client()
    assert save(client, "what?", q="storm") == "/search?q=storm"
    assert "cannot name a saved search" in client.get("/search?q=storm").get_data(as_text=True)
    save(client, "Storms", q="storm")
    save(client, "storms", q="fire")
    assert "exists already" in client.get("/search?q=fire").get_data(as_text=True)


def test_a_feed_with_a_caption_that_xml_cannot_carry_still_parses(open_app: Flask) -> None:
    from web.feeds import xml_text

    assert xml_text("Storm\x1b]0;x\x07 \x00hits\ufffe") == "Storm]0;x hits"
    client = open_app.test_client()
    save(client, "Everything")
    feed = feedparser.parse(client.get("/feeds/Everything.atom").data)
    assert not feed.bozo and len(feed.entries) >= 6


def test_removing_ends_the_feed(open_app: Flask) -> None:
    client = open_app.test_client()
    save(client, "Storms", q="storm")
    response = client.post("/saved-searches/Storms/remove", data={"csrf_token": csrf(client)})
    assert response.status_code == 303
    assert client.get("/feeds/Storms.atom").status_code == 404
    assert "No saved searches yet" in client.get("/saved-searches").get_data(as_text=True)


def test_private_searches_stay_their_owners_and_shared_ones_are_the_desks(accounts_app: Flask) -> None:
    vera, eddie, ada = (logged_in_client(accounts_app, role) for role in ("viewer", "editor", "admin"))
    save(vera, "Mine", q="storm")
    save(vera, "Ours", q="council", shared="1")
    assert set(new_counts(vera)) == {"Mine", "Ours"}
    assert set(new_counts(eddie)) == {"Ours"}
    assert eddie.get("/saved-searches/Mine").status_code == 404
    assert eddie.get("/feeds/Mine.atom").status_code == 404
    assert eddie.post("/saved-searches/Ours/remove", data={"csrf_token": csrf(eddie)}).status_code == 403
    assert set(new_counts(ada)) == {"Mine", "Ours"}  # an admin sees every one, and may remove it
    assert ada.post("/saved-searches/Mine/remove", data={"csrf_token": csrf(ada)}).status_code == 303
    assert accounts_app.extensions["photodesk"].catalog.saved_search("Ours").owner == USERS["viewer"]


def test_each_account_has_its_own_new_count(accounts_app: Flask, clock) -> None:
    # The app's clock starts before the sample pictures were imported (on the real clock).
    save(logged_in_client(accounts_app, "viewer"), "Everything", shared="1")
    total = accounts_app.extensions["photodesk"].index.count()
    assert new_counts(logged_in_client(accounts_app, "viewer")) == {"Everything": total}
    assert new_counts(logged_in_client(accounts_app, "editor")) == {"Everything": total}
    clock.now = datetime.now(timezone.utc) + timedelta(hours=1)  # after every import: sessions start again
    vera, eddie = logged_in_client(accounts_app, "viewer"), logged_in_client(accounts_app, "editor")
    assert vera.get("/saved-searches/Everything").status_code == 303
    assert new_counts(vera) == {"Everything": 0}
    assert new_counts(eddie) == {"Everything": total}


def test_a_feed_reader_sends_an_api_token_in_the_address(accounts_app: Flask) -> None:
    from catalog.account_changes import create_token
    from tests.helpers.accounts import TEST_ACTOR

    save(logged_in_client(accounts_app, "viewer"), "Ours", shared="1")
    _token, secret = create_token(accounts_app.extensions["photodesk"].catalog, TEST_ACTOR, USERS["editor"], "reader")
    reader = accounts_app.test_client()
    refused = reader.get("/feeds/Ours.atom")
    assert refused.status_code == 401 and "?token=" in refused.get_data(as_text=True)
    assert reader.get("/feeds/Ours.atom?token=pd_wrong").status_code == 401
    answer = reader.get(f"/feeds/Ours.atom?token={secret}")
    assert answer.status_code == 200 and answer.headers["Referrer-Policy"] == "no-referrer"
    assert "private" in answer.headers["Cache-Control"]
    feed = feedparser.parse(answer.data)
    thumb = next(link.href for link in feed.entries[0].links if link.rel == "enclosure")
    assert thumb.endswith(f"/thumb?token={secret}")
    with reader.get(thumb) as picture:
        assert picture.status_code == 200
    assert feed.feed.id.endswith("/feeds/Ours.atom")  # the feed's id never holds the token
    # Only the feed and its thumbnails take a token in the address: no other page or API call does.
    asset_id = thumb.split("/assets/")[1].split("/")[0]
    for path in (f"/api/search?token={secret}", f"/assets/{asset_id}?token={secret}",
                 f"/assets/{asset_id}/preview?token={secret}", f"/saved-searches?token={secret}"):
        assert reader.get(path).status_code in (303, 401), path
    assert reader.get("/feeds/Ours.atom", headers={"Authorization": f"Bearer {secret}"}).status_code == 200
