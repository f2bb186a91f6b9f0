"""Paging from the asset page: tiles carry their search, "‹ Search" goes back to it, previous and next walk it;
and each tile's copy-credit button."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlsplit

from flask import Flask
from flask.testing import FlaskClient

from web.paging import paging_for, search_context
from web.state import SearchState


def tile_links(client: FlaskClient, url: str) -> list[str]:
    page = client.get(url).get_data(as_text=True)
    return [html.unescape(link) for link in re.findall(r'class="tile-title" href="([^"]+)"', page)]


def paging_links(client: FlaskClient, url: str) -> dict[str, str]:
    page = client.get(url).get_data(as_text=True)
    found = {"back": html.unescape(re.search(r'<a href="([^"]+)">‹ Search</a>', page).group(1))}
    for name in ("previous", "next"):
        link = re.search(rf'<a href="([^"]+)" rel="\w+"[^>]* data-{name}>', page)
        if link:
            found[name] = html.unescape(link.group(1))
    position = re.search(r"data-position>([\d,]+) of ([\d,]+)<", page)
    if position:
        found["position"] = f"{position.group(1)}/{position.group(2)}"
    return found


def test_tiles_carry_the_search_and_their_place_in_it(client: FlaskClient) -> None:
    links = tile_links(client, "/search?sort=oldest&year=2026")
    assert len(links) >= 3
    for number, link in enumerate(links, 1):
        args = dict(parse_qsl(urlsplit(link).query))
        assert args["hit"] == str(number)
        assert parse_qsl(args["search"]) == [("year", "2026"), ("sort", "oldest")]


def test_the_asset_page_goes_back_to_the_same_results_and_walks_them(client: FlaskClient) -> None:
    search = "/search?sort=oldest&year=2026"
    links = tile_links(client, search)
    first, second, last = paging_links(client, links[0]), paging_links(client, links[1]), paging_links(client, links[-1])
    back = urlsplit(first["back"])
    assert (back.path, sorted(parse_qsl(back.query)), back.fragment.startswith("tile-")) == (
        "/search", [("sort", "oldest"), ("year", "2026")], True)
    assert "previous" not in first
    assert first["next"] == links[1] and second["previous"] == links[0] and second["next"] == links[2]
    assert second["position"] == f"2/{len(links)}"
    assert last["previous"] == links[-2] and "next" not in last


def test_previous_and_next_cross_pages_and_back_returns_to_the_page_holding_the_picture(app: Flask) -> None:
    state = SearchState(sort="oldest")
    with app.test_request_context("/"):
        ids = [hit.id for hit in app.extensions["photodesk"].index.search("", sort="oldest", page_size=50).hits]
        third = paging_for(ids[2], state, 3, page_size=2)  # first on page 2
        second = paging_for(ids[1], state, 2, page_size=2)  # last on page 1
    assert third.back_url == f"/search?sort=oldest&page=2#tile-{ids[2]}"
    assert ids[1] in third.previous_url and "hit=2" in third.previous_url
    assert ids[3] in third.next_url and "hit=4" in third.next_url
    assert second.back_url == f"/search?sort=oldest#tile-{ids[1]}"
    assert ids[2] in second.next_url and "hit=3" in second.next_url


def test_a_picture_that_moved_is_found_on_its_page_and_one_gone_keeps_the_way_back(app: Flask) -> None:
    state = SearchState(sort="oldest")
    with app.test_request_context("/"):
        ids = [hit.id for hit in app.extensions["photodesk"].index.search("", sort="oldest", page_size=50).hits]
        moved = paging_for(ids[1], state, 1, page_size=4)  # the link said 1st, it is 2nd now
        gone = paging_for("0" * 16, state, 1, page_size=4)
    assert moved.position == 2 and ids[0] in moved.previous_url and ids[2] in moved.next_url
    assert (gone.previous_url, gone.next_url) == (None, None) and gone.back_url.startswith("/search?sort=oldest")


def test_an_asset_page_opened_otherwise_has_no_paging_and_odd_arguments_do_no_harm(client: FlaskClient) -> None:
    link = tile_links(client, "/search")[0]
    plain = urlsplit(link).path
    assert "data-paging" not in client.get(plain).get_data(as_text=True)
    for odd in ("?hit=1", "?search=q%3Dx", "?search=q%3Dx&hit=-1", "?search=q%3Dx&hit=abc",
                "?search=" + "x" * 5000 + "&hit=1", "?search=%00%ff&hit=99999999", "?search=q%3Dx&hit=" + "9" * 40):
        assert client.get(plain + odd).status_code == 200, odd
    assert search_context({"search": "", "hit": "480001"}) is None  # past the last page the search page shows
    assert search_context({"search": "q=storm&country=Spain&page=7", "hit": "5"}) == (
        SearchState.from_args({"q": "storm", "country": "Spain", "page": "7"}), 5)


def test_each_tile_has_a_copy_credit_button_that_waits_for_the_script(client: FlaskClient) -> None:
    page = client.get("/search").get_data(as_text=True)
    credits = dict(re.findall(r'<span class="tile-credit" id="(credit-\w+)" title="[^"]*">([^<]+)</span>', page))
    buttons = re.findall(r'<button type="button" class="copy-credit" data-copy-target="(credit-\w+)" data-copy-credit hidden',
                         page)
    assert credits and sorted(buttons) == sorted(credits)
