"""Web attacks on the app, route by route: the routes are read from ``app.url_map``, so a new page,
form or file route is attacked as soon as it exists.

- markup and script in every metadata field, in the file name and in a story's words, shown as
  text on every page and returned verbatim as JSON by the API;
- CSRF: every POST route refuses a missing or forged token and changes nothing;
- path traversal on every route with a path parameter; open redirects through every route;
- security headers on every page, file, API answer and error page;
- over-long queries and parameters: a page with a message or a clear 4xx, never a 500;
- the article fetcher: metadata-service addresses, and redirects to loopback written as numbers;
- linked originals (``import --link``) whose file was swapped or rewritten: refused, never sent;
- file names with line breaks, tabs, quotes and bidi overrides: downloaded under a safe name;
- slow clients: idle connections held open against the real ``photodesk serve`` lock nobody out.
"""

from __future__ import annotations

import dataclasses
import hashlib
import http.cookiejar
import ipaddress
import json
import os
import re
import resource
import socket
import subprocess
import sys
import threading
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import quote, urlsplit
from urllib.request import urlopen

import pytest

from catalog.errors import FetchError
from catalog.settings import Settings
from catalog.store import CatalogStore
from media.embed import EmbeddedMetadata
from media.fetch import fetch
from tests.helpers.local_http import HANG_GUARD, LocalServer, serving, without_hanging
from tests.helpers.opened_files import OpenedFiles
from tests.helpers.web_fixtures import import_files, make_news_jpeg, serving_photodesk
from tests.web.test_pages import _Page, page_of

EVIL = "evil.example.com"


def payload(field: str) -> str:
    """Markup that would run or add an element if a page did not escape it; names its field."""
    return f'<i data-pwned="{field}">{field} text</i><script>pwned("{field}")</script><img src=x onerror=pwned()>"\'&'


TEXT_FIELDS = ("caption", "headline", "title", "credit", "source", "copyright", "usage_terms",
               "special_instructions", "city", "sublocation", "state", "country", "job_id")
HOSTILE_NAME = '"><img src=x onerror=pwned()>.jpg'


@pytest.fixture(scope="module")
def story_server() -> Iterator[LocalServer]:
    with serving() as server:
        yield server


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, story_server: LocalServer) -> dict:
    """A catalog holding a photo with a payload in every field and in its name, linked to a hostile story."""
    root = tmp_path_factory.mktemp("attacks")
    meta = EmbeddedMetadata(
        **{name: payload(name) for name in TEXT_FIELDS},
        creators=(payload("creators"),),
        keywords=(payload("keywords"), "storm"),
        web_statement="javascript:pwned()",
        country_code="<b>",
        date_created="2024-05-01T10:30:00-04:00",
    )
    photo = make_news_jpeg(root / "photos" / HOSTILE_NAME, meta)
    settings = Settings(data_dir=root / "data")
    outcomes = import_files(settings, [photo])
    assert [o.status.value for o in outcomes] == ["imported"], outcomes
    story = story_server.url("/hostile-story/")
    escaped = "&lt;i data-pwned=&quot;story&quot;&gt;story&lt;/i&gt;&lt;script&gt;pwned()&lt;/script&gt;"
    story_server.add("/hostile-story/", f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Storm {escaped}</title><link rel="canonical" href="{story}"></head><body><article>
<h1>Storm {escaped}</h1><p class="byline">By {escaped}</p>
<figure><img src="javascript:pwned()" alt="{escaped}"><figcaption>{escaped} (AP Photo/{escaped})</figcaption></figure>
</article></body></html>""")
    with CatalogStore(settings.catalog_path) as store:
        (asset,) = store.iter_assets()
    return {"settings": settings, "asset": asset, "story": story}


@pytest.fixture
def client(hostile: dict):
    from web import create_app

    app = create_app(hostile["settings"], TESTING=True, PHOTODESK_ALLOW_PRIVATE_FETCH=True)
    return app.test_client()


def token(client) -> str:
    (field,) = page_of(client.get("/articles")).find("input", name="csrf_token")
    return field["value"]


@pytest.fixture
def article_id(client, hostile: dict) -> str:
    """The hostile story, read through the paste form and linked by hand to the hostile photo."""
    posted = client.post("/articles", data={"url": hostile["story"], "csrf_token": token(client)})
    assert posted.status_code == 303, posted.get_data(as_text=True)
    linked = client.post(f"/assets/{hostile['asset'].id}/links", data={"url": hostile["story"], "csrf_token": token(client)})
    assert linked.status_code == 303
    return posted.headers["Location"].rstrip("/").rsplit("/", 1)[1]


def assert_inert(html: str) -> None:
    """Nothing from the data became markup: no injected element, script, handler or javascript: link."""
    page = _Page(html)
    assert not page.with_attribute("data-pwned"), "an injected element"
    scripts = page.find("script")
    assert all((s.get("src") or "").startswith("/static/") for s in scripts), scripts
    assert not [a for _, a in page.tags if any(k.startswith("on") for k in a)], "an event handler"
    for name in ("href", "src", "action"):
        assert not [a for a in page.with_attribute(name) if (a[name] or "").strip().lower().startswith("javascript:")]


def routes(app, method: str) -> list:
    return [rule for rule in app.url_map.iter_rules() if method in rule.methods]


def url_of(rule, values: dict[str, str]) -> str:
    """A rule's URL with its variables filled from ``values`` (a variable they do not name: ``1``, which names nothing)."""
    path = rule.rule
    for name in rule.arguments - set(rule.defaults or {}):
        path = re.sub(rf"<(?:\w+:)?{name}>", values.get(name, "1"), path)
    return path


# -- markup and script shown as text -------------------------------------------------------------


def test_every_field_and_the_file_name_show_as_text_on_the_asset_page(client, hostile: dict) -> None:
    asset = hostile["asset"]
    response = client.get(f"/assets/{asset.id}")
    html = response.get_data(as_text=True)
    assert_inert(html)
    text = page_of(response).visible_text
    for name in (*TEXT_FIELDS, "creators", "keywords"):
        assert f'<i data-pwned="{name}">{name} text</i><script>pwned("{name}")</script>' in text, name
    assert HOSTILE_NAME in text
    assert "javascript:pwned()" in text  # the web statement, shown but not a link


@pytest.mark.parametrize("url", ["/", "/search?q=storm", "/search?q=pwned", "/search?q=text",
                                 '/search?q=<script>pwned()</script>', "/search?agency=<img src=x onerror=pwned()>",
                                 "/search?q=%22%3E%3Cscript%3Epwned()%3C/script%3E", "/articles",
                                 "/assets/<script>pwned()</script>", "/articles/<script>"])
def test_search_tiles_lists_and_error_pages_keep_markup_as_text(client, hostile: dict, url: str) -> None:
    response = client.get(url)
    assert response.status_code == (404 if url in ("/assets/<script>pwned()</script>", "/articles/<script>") else 200)
    assert_inert(response.get_data(as_text=True))


def test_the_article_pages_keep_the_story_and_the_photo_as_text(client, hostile: dict, article_id: str) -> None:
    for url in (f"/articles/{article_id}", "/articles", f"/assets/{hostile['asset'].id}"):
        response = client.get(url)
        assert response.status_code == 200
        assert_inert(response.get_data(as_text=True))
    text = page_of(client.get(f"/articles/{article_id}")).visible_text
    assert '<i data-pwned="story">story</i><script>pwned()</script>' in text
    assert '<i data-pwned="headline">' in text  # the linked photo's headline


def test_the_api_returns_every_value_verbatim_as_json(client, hostile: dict, article_id: str) -> None:
    asset = hostile["asset"]
    answers = [client.get(f"/api/assets/{asset.id}"), client.get("/api/search?q=pwned"),
               client.get("/api/articles", query_string={"url": hostile["story"]}),
               client.get("/api/assets/<script>"), client.get("/api/search?page_size=<b>")]
    for answer in answers:
        assert answer.content_type == "application/json", answer.content_type
        assert answer.headers["X-Content-Type-Options"] == "nosniff"
        json.loads(answer.get_data(as_text=True))
    record = answers[0].get_json()["asset"]
    for name in TEXT_FIELDS:
        assert record[name] == payload(name)
    assert record["filename"] == HOSTILE_NAME and record["creators"] == [payload("creators")]
    assert [hit["id"] for hit in answers[1].get_json()["hits"]] == [asset.id]
    assert "<script>pwned()</script>" in answers[2].get_json()["article"]["title"]


# -- the server's file system paths -------------------------------------------------------------


def test_no_page_or_api_answer_shows_where_the_files_lie_on_the_server(client, hostile: dict, article_id: str) -> None:
    asset, settings = hostile["asset"], hostile["settings"]
    folders = (str(Path(asset.source_path).parent), str(settings.data_dir))
    story = quote(hostile["story"], safe="")
    urls = (f"/assets/{asset.id}", "/", "/search?q=storm", "/articles", f"/articles/{article_id}",
            f"/api/assets/{asset.id}", "/api/search?q=storm", f"/api/articles?url={story}")
    for url in urls:
        answer = client.get(url)
        assert answer.status_code == 200, url
        body = answer.get_data()
        assert not [folder for folder in folders if folder.encode() in body], url
    assert HOSTILE_NAME in page_of(client.get(f"/assets/{asset.id}")).visible_text  # the file name stays
    # The key stays in the API's records (a contract), without the path.
    assert client.get(f"/api/assets/{asset.id}").get_json()["asset"]["source_path"] is None
    assert [hit["asset"]["source_path"] for hit in client.get("/api/search?q=storm").get_json()["hits"]] == [None]
    linked = client.get(f"/api/articles?url={story}").get_json()["assets"]
    assert [detail["asset"]["source_path"] for detail in linked] == [None]
    # Whoever runs the command has the files: `photodesk show` still says where it was.
    shown = photodesk(settings.data_dir, "show", asset.id, "--json")
    assert json.loads(shown.stdout)["source_path"] == asset.source_path


# -- CSRF on every form ------------------------------------------------------------------------


def test_every_post_route_refuses_a_missing_or_forged_token_and_changes_nothing(client, hostile: dict, article_id: str) -> None:
    app = client.application
    posts = routes(app, "POST")
    assert {rule.endpoint for rule in posts} >= {"articles.read_article_page", "articles.confirm_suggestion",
                                                 "articles.link_article", "articles.unlink_article"}
    values = {"asset_id": hostile["asset"].id, "identifier": article_id, "number": "1", "lightbox_id": "1",
              "name": "no-such-search"}
    with CatalogStore(hostile["settings"].catalog_path) as store:
        before = (store.get(hostile["asset"].id), [a.id for a in store.recent_articles(100)])
    client.get("/articles")  # the session has a token; the forms below do not carry it
    for rule in posts:
        form = {"url": "https://news.example.com/forged", "asset_id": hostile["asset"].id, "position": "0"}
        for sent in ({}, {"csrf_token": "forged"}, {"csrf_token": ""}):
            response = client.post(url_of(rule, values), data={**form, **sent})
            assert response.status_code == 400, (rule.rule, sent)
            assert "did not come from Photodesk" in response.get_data(as_text=True)
    with CatalogStore(hostile["settings"].catalog_path) as store:
        assert (store.get(hostile["asset"].id), [a.id for a in store.recent_articles(100)]) == before


def test_every_form_on_every_page_carries_the_token(client, hostile: dict, article_id: str) -> None:
    for url in ("/", f"/assets/{hostile['asset'].id}", "/articles", f"/articles/{article_id}"):
        page = page_of(client.get(url))
        forms = [a for a in page.find("form") if (a.get("method") or "").lower() == "post"]
        tokens = page.find("input", name="csrf_token")
        assert len(tokens) >= len(forms), url


# -- traversal, redirects, headers ---------------------------------------------------------------

TRAVERSAL_VALUES = ["..%2f..%2fcatalog.sqlite", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "....%2f%2f....%2f%2fetc%2fpasswd",
                    "..%5c..%5cweb-secret.key", "%2fetc%2fpasswd", "catalog.sqlite%00.jpg", "web-secret.key"]


@pytest.mark.parametrize("value", TRAVERSAL_VALUES)
def test_traversal_through_every_route_with_a_path_parameter(client, hostile: dict, opened_files: OpenedFiles, value: str) -> None:
    rules = [rule for rule in routes(client.application, "GET") if rule.arguments]
    assert {"static", "assets.asset_thumb", "assets.asset_original"} <= {rule.endpoint for rule in rules}
    client.get("/")
    for rule in rules:
        for name in sorted(rule.arguments - set(rule.defaults or {})):
            values = {arg: hostile["asset"].id for arg in rule.arguments}
            values[name] = value
            opened_files.paths.clear()
            opened_files.recording = True
            try:
                response = client.get(url_of(rule, values))
                if response.status_code == 308:  # Werkzeug merges "//": a redirect to this site's own path
                    assert urlsplit(response.headers["Location"]).netloc == "localhost"
                    response = client.get(response.headers["Location"])
            finally:
                opened_files.recording = False
            response.close()
            assert response.status_code in (400, 404), (rule.rule, value, response.status_code)
            body = response.get_data()
            assert b"root:" not in body and b"SQLite format" not in body
            touched = [p for p in opened_files.paths if "passwd" in p or "catalog.sqlite" in p or "secret" in p]
            assert not touched, (rule.rule, touched)


@pytest.mark.parametrize("target", [f"https://{EVIL}/", f"//{EVIL}/x", f"/\\{EVIL}", f"http:{EVIL}", "javascript:pwned()"])
def test_no_route_redirects_off_site(client, hostile: dict, article_id: str, target: str) -> None:
    values = {"asset_id": hostile["asset"].id, "identifier": article_id, "filename": "photodesk.css", "number": "1",
              "lightbox_id": "1", "name": "no-such-search"}
    responses = [client.get("/articles", query_string={"url": target})]
    for rule in routes(client.application, "GET"):
        responses.append(client.get(url_of(rule, values), query_string={"next": target, "url": target}))
    for rule in routes(client.application, "POST"):
        responses.append(client.post(url_of(rule, values), data={"next": target, "url": target, "csrf_token": token(client)},
                                     query_string={"next": target}))
    for response in responses:
        response.close()
        location = response.headers.get("Location")
        if location:
            parts = urlsplit(location)
            assert parts.netloc in ("", "localhost") and parts.scheme in ("", "http"), location
    back = page_of(client.get(f"/assets/{hostile['asset'].id}", headers={"Referer": f"https://{EVIL}/search"}))
    assert not [a for a in back.with_attribute("href") if EVIL in (a["href"] or "")]


def test_every_page_file_api_answer_and_error_carries_the_security_headers(client, hostile: dict, article_id: str) -> None:
    values = {"asset_id": hostile["asset"].id, "identifier": article_id, "filename": "photodesk.css", "number": "1",
              "lightbox_id": "1", "name": "no-such-search"}
    responses = [client.get(url_of(rule, values)) for rule in routes(client.application, "GET")]
    responses += [client.get("/no-such-page"), client.get("/api/no-such-thing"), client.post("/search"),
                  client.post("/articles", data={"url": "x" * 70_000}), client.get("/assets/0000000000000000"),
                  client.get("/articles", query_string={"url": "https://news.example.com/never-read"})]
    assert {r.status_code for r in responses} >= {200, 400, 404, 413}
    for response in responses:
        policy = response.headers.get("Content-Security-Policy", "")
        assert "frame-ancestors 'none'" in policy and "default-src 'none'" in policy, response.request.path
        assert "'unsafe-inline'" not in policy
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] in ("same-origin", "no-referrer", "strict-origin-when-cross-origin")
        assert response.headers["X-Frame-Options"] == "DENY"
        response.close()


# -- over-long queries and parameters ----------------------------------------------------------

OVERLONG = {
    "a 100,000-character word": "/search?q=" + "a" * 100_000,
    "20,000 words": "/search?q=" + "storm+" * 20_000,
    "5,000 nested brackets": "/search?q=" + "(" * 5000 + "storm" + ")" * 5000,
    "5,000 NOTs": "/search?q=" + "NOT+" * 5000 + "storm",
    "5,000 field prefixes": "/search?q=" + "credit:" * 5000 + "AP",
    "5,000 ORs": "/search?q=" + "+OR+".join(f"w{i}" for i in range(5000)),
    "5,000 filter values": "/search?" + "&".join(f"agency=a{i}" for i in range(5000)),
    "a 10,000-character filter value": "/search?photographer=" + "x" * 10_000,
    "a 5,000-digit page": "/search?page=" + "9" * 5000,
    "a 5,000-character date": "/search?from=" + "2017-" * 1000,
    "the JSON search, nested": "/api/search?q=" + "(" * 5000,
    "the JSON search, long": "/api/search?q=" + "a" * 100_000,
    "a 5,000-digit page size": "/api/search?page_size=" + "9" * 5000,
    "a 10,000-character asset id": "/assets/" + "a" * 10_000,
    "a 100,000-character article URL": "/articles?url=https://news.example.com/" + "a" * 100_000,
    "the JSON article, long": "/api/articles?url=https://news.example.com/" + "a" * 100_000,
}


@pytest.mark.parametrize("url", OVERLONG.values(), ids=OVERLONG.keys())
def test_over_long_queries_and_parameters_get_a_message_or_a_4xx_never_a_500(client, hostile: dict, url: str) -> None:
    response = client.get(url)
    assert response.status_code < 500, response.status_code
    assert len(response.get_data()) < 2_000_000  # never an echo of the whole input in every link
    assert "Traceback" not in response.get_data(as_text=True)


def test_an_over_long_query_is_cut_with_a_plain_message(client) -> None:
    data = client.get("/api/search?q=" + "storm+" * 20_000).get_json()
    assert "only its start was searched" in data["message"]
    nested = client.get("/api/search?q=" + quote("(" * 100 + "storm" + ")" * 100)).get_json()
    assert "nested more than 16 deep" in nested["message"]


# -- the article fetcher: what tests/media/test_fetch.py did not cover ---------------------------


@pytest.mark.parametrize("url", [
    "http://[fd00:ec2::254]/latest/meta-data/",  # the IPv6 metadata service
    "http://2852039166/latest/meta-data/",  # 169.254.169.254 written as one number
    "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/",  # ... and in hexadecimal
    "http://169.254.170.2/v2/credentials",  # the container credentials service
])
def test_metadata_services_are_refused_however_written(url: str) -> None:
    with pytest.raises(FetchError, match=r"refused to connect to \S+.*: a (link-local|private) address"):
        fetch(url)


@pytest.mark.parametrize("target", ["http://2130706434:{port}/admin", "http://127.2:{port}/admin",
                                    "http://0x7f000002:{port}/admin", "http://169.254.169.254/latest/meta-data/",
                                    "http://[::ffff:127.0.0.2]:{port}/admin"])
def test_a_redirect_to_a_name_or_number_that_resolves_to_a_private_address_is_refused(target: str) -> None:
    with serving() as server:
        server.redirect("/story", target.format(port=server.port))
        with pytest.raises(FetchError, match=r"refused to connect to (127\.0\.0\.2|169\.254\.169\.254|::ffff:7f00:2)"):
            fetch(server.url("/story"), allow_networks=[ipaddress.ip_network("127.0.0.1/32")])
        assert [path for path, _ in server.requests] == ["/story"]  # nothing reached the target


# -- slow clients: idle connections lock nobody out ------------------------------------------------

HANG = 60  # seconds: a guard against hanging for ever, not a speed limit (waitress's old timeout was 120 s)


@contextmanager
def idle_connections(url: str, count: int) -> Iterator[list[socket.socket]]:
    """``count`` TCP connections to the server that never send a byte, held open while in the block."""
    address = (urlsplit(url).hostname, urlsplit(url).port)
    with ExitStack() as held:
        yield [held.enter_context(socket.create_connection(address, timeout=HANG)) for _ in range(count)]


def assert_a_reader_is_answered(url: str) -> None:
    with urlopen(f"{url}/api/search?q=storm", timeout=HANG) as answer:
        assert answer.status == 200
        assert json.loads(answer.read())["total"] == 1


# Slow clients trickle a byte now and then, so no idle timeout ever closes them: a timeout
# longer than the test stands for that, and the default connection limit is what is tested.
SLOW_CLIENTS = ("--channel-timeout", "600")


@pytest.mark.slow
def test_150_idle_connections_do_not_lock_out_a_reader(hostile: dict) -> None:
    with serving_photodesk(hostile["settings"], *SLOW_CLIENTS) as url:
        with idle_connections(url, 150):  # waitress's default limit of 100 let these lock everyone out
            assert_a_reader_is_answered(url)


@pytest.mark.slow
def test_more_connections_than_select_can_watch_do_not_lock_out_a_reader(hostile: dict) -> None:
    wanted = 1200 + 64  # this test's own connections, plus its open files
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 1500 + 256:
        pytest.skip(f"the hard limit of open files ({hard}) is too low for 1,500 connections")
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    # Started with the usual soft limit of 1024 open files: serve must raise it, and watch
    # descriptors numbered above 1024, which select() cannot.
    with serving_photodesk(hostile["settings"], "--connection-limit", "1500", *SLOW_CLIENTS, open_files=1024) as url:
        with idle_connections(url, 1200):
            assert_a_reader_is_answered(url)


@pytest.mark.slow
def test_too_few_open_files_for_the_connection_limit_is_said_and_served_within(hostile: dict) -> None:
    command = ["sh", "-c", 'ulimit -n 600 && exec "$@"', "sh", PHOTODESK, "serve", "--port", "0",
               "--data", str(hostile["settings"].data_dir)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    guard = threading.Timer(HANG, process.kill)  # a line that never comes fails the test, not hangs it
    guard.start()
    try:
        address, warning = process.stderr.readline(), process.stderr.readline()
        assert warning == ("Only 600 open files are allowed (ulimit -n): serving at most 344 connections "
                           "at a time per process, not 1000.\n")
        assert_a_reader_is_answered(address.split()[2].rstrip("/"))
    finally:
        guard.cancel()
        process.terminate()
        process.wait(timeout=HANG)
        process.stderr.close()


@pytest.mark.slow
def test_an_idle_connection_is_closed_after_the_channel_timeout(hostile: dict) -> None:
    with serving_photodesk(hostile["settings"], "--channel-timeout", "1") as url:
        with idle_connections(url, 1) as (idle,):
            assert idle.recv(1) == b""  # closed by the server (a socket.timeout after HANG s otherwise)
        assert_a_reader_is_answered(url)


# -- file names that would break a header or disguise a download -------------------------------

CONTROL_NAME = 'wire\nphoto\r"quoted"\tname\u202egpj.jpg'  # \u202e: right-to-left override


def test_a_file_name_with_line_breaks_tabs_and_quotes_downloads_under_a_safe_name(tmp_path: Path) -> None:
    from werkzeug.http import parse_options_header

    from web import create_app

    photo = make_news_jpeg(tmp_path / "in" / CONTROL_NAME, EmbeddedMetadata(caption="A badly named photo.", credit="AP"))
    settings = Settings(data_dir=tmp_path / "data")
    assert [o.status.value for o in import_files(settings, [photo])] == ["imported"]
    with CatalogStore(settings.catalog_path) as store:
        (asset,) = store.iter_assets()
    assert asset.filename == CONTROL_NAME
    client = create_app(settings, TESTING=True).test_client()
    downloads = {f"/assets/{asset.id}/original": "wire_photo__quoted__name_gpj.jpg",
                 f"/assets/{asset.id}/download?size=original": "wire_photo__quoted__name_gpj.jpg",
                 f"/assets/{asset.id}/download?size=web": "wire_photo__quoted__name_gpj-web.jpg"}
    for url, name in downloads.items():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        disposition = response.headers["Content-Disposition"]
        assert not [char for char in disposition if unicodedata.category(char).startswith("C")], disposition
        assert parse_options_header(disposition) == ("attachment", {"filename": name}), disposition
        response.close()
    assert CONTROL_NAME in "".join(page_of(client.get(f"/assets/{asset.id}")).text)  # the page shows it as it is


def test_download_names_are_never_hidden_empty_or_a_path(catalog_assets_one) -> None:
    from web.assets import download_name

    def named(name: str) -> str:
        return download_name(dataclasses.replace(catalog_assets_one, filename=name))

    assert named("../../etc/cron.d/x.jpg") == "_.._etc_cron.d_x.jpg"
    assert named("C:\\wire\\a.jpg") == "C:_wire_a.jpg"
    assert named(" .hidden.jpg. ") == "hidden.jpg"
    assert named("\u0085next\u2028line\u200f.jpg") == "_next_line_.jpg"  # C1 NEL, line separator, RLM
    assert named("Málaga 2024 — AFP.jpg") == "Málaga 2024 — AFP.jpg"
    assert named("...") == f"photo-{catalog_assets_one.id}"


@pytest.fixture
def catalog_assets_one(hostile: dict):
    return hostile["asset"]


# -- linked originals: only the picture that was imported is ever sent ---------------------------

PHOTODESK = str(Path(sys.executable).with_name("photodesk"))
SECRET = b"root:$6$not-a-real-hash:19000:0:99999:7:::\n" * 200  # a file the server can read, the test's own


def photodesk(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PHOTODESK, *args, "--data", str(data)], capture_output=True, text=True, timeout=300)


@pytest.fixture
def linked(tmp_path: Path) -> dict:
    """A photo imported with ``photodesk import --link``, a readable "secret" file, and a client of the catalog."""
    from web import create_app

    photo = make_news_jpeg(tmp_path / "in" / "linked.jpg", EmbeddedMetadata(caption="Linked photo. (AP Photo/A B)", credit="AP"))
    secret = tmp_path / "secret" / "linked.jpg"  # named like the photo, for the swapped-folder case
    secret.parent.mkdir()
    secret.write_bytes(SECRET)
    data = tmp_path / "data"
    done = photodesk(data, "import", "--link", str(photo))
    assert done.returncode == 0, done.stderr
    with CatalogStore(data / "catalog.sqlite") as store:
        (asset,) = store.iter_assets()
    client = create_app(Settings(data_dir=data), TESTING=True).test_client()
    return {"photo": photo, "picture": photo.read_bytes(), "secret": secret, "data": data, "asset": asset, "client": client}


def swap_for_a_link(photo: Path, secret: Path) -> None:
    photo.unlink()
    photo.symlink_to(secret)


def swap_for_a_fifo(photo: Path, secret: Path) -> None:
    photo.unlink()
    os.mkfifo(photo)  # opening it to read would wait for a writer for ever
    # Hang guard: should the server ever wait in open(), a writer comes after a minute and the test fails instead.
    guard = threading.Timer(60, _write_nothing_to, args=(photo,))
    guard.daemon = True
    guard.start()


def _write_nothing_to(fifo: Path) -> None:
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # ENXIO unless a reader is waiting
    except OSError:
        pass


def swap_the_folder(photo: Path, secret: Path) -> None:
    photo.parent.rename(photo.parent.with_name("moved"))
    photo.parent.symlink_to(secret.parent)  # the same path now leads through a link to the secret


def rewrite_in_place(photo: Path, secret: Path) -> None:
    before = photo.stat()
    photo.write_bytes(SECRET[: before.st_size].ljust(before.st_size, b"#"))  # other bytes, the same size
    os.utime(photo, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the mtime put back


SWAPS = {
    "a link to another file": (swap_for_a_link, "its file was replaced by a link to another file"),
    "a FIFO": (swap_for_a_fifo, "its file was replaced by something that is not a file"),
    "a folder link on the way": (swap_the_folder, "its file no longer holds this picture"),
    "other bytes, same size and mtime": (rewrite_in_place, "its file no longer holds this picture"),
}


@pytest.mark.parametrize("swap", SWAPS.values(), ids=SWAPS.keys())
@pytest.mark.slow
def test_a_changed_linked_original_is_refused_never_sent(linked: dict, swap) -> None:
    change, reason = swap
    client, asset = linked["client"], linked["asset"]
    first = client.get(f"/assets/{asset.id}/original")  # sent, checked and remembered, before the change
    assert first.status_code == 200 and first.data == linked["picture"]
    first.close()
    change(linked["photo"], linked["secret"])
    for url in (f"/assets/{asset.id}/original", f"/assets/{asset.id}/download?size=original"):
        response = client.get(url, headers={"Range": "bytes=0-99"})
        body = response.get_data()
        assert response.status_code == 409, (url, response.status_code)
        assert "text/html" in response.content_type
        assert b"root:" not in body and SECRET[:40] not in body
        text = " ".join(page_of(response).visible_text.split())
        assert f"The linked original has changed since it was imported: {reason}, so it is not sent." in text
        assert str(linked["photo"].parent) not in text  # the page names no path
    assert client.get(f"/assets/{asset.id}").status_code == 200  # the page and its preview still show
    checked = photodesk(linked["data"], "check")
    assert checked.returncode == 1
    assert f"{asset.id}: the linked original has changed since it was imported: {reason}" in checked.stdout
    thumb = (linked["data"] / "media" / "thumb" / asset.sha256[:2] / f"{asset.sha256}.jpg").read_bytes()
    repaired = photodesk(linked["data"], "check", "--repair")
    assert repaired.returncode == 1 and "(repaired)" not in repaired.stdout  # nothing trusted from the changed file
    assert (linked["data"] / "media" / "thumb" / asset.sha256[:2] / f"{asset.sha256}.jpg").read_bytes() == thumb
    assert client.get(f"/assets/{asset.id}/original").status_code == 409


@pytest.mark.slow
def test_an_untouched_linked_original_is_sent_byte_for_byte(linked: dict) -> None:
    client, asset = linked["client"], linked["asset"]
    for url in (f"/assets/{asset.id}/original", f"/assets/{asset.id}/original", f"/assets/{asset.id}/download?size=original"):
        response = client.get(url)
        assert response.status_code == 200
        assert response.data == linked["picture"] and hashlib.sha256(response.data).hexdigest() == asset.sha256
        assert response.headers["Content-Length"] == str(len(linked["picture"]))
        response.close()
    part = client.get(f"/assets/{asset.id}/original", headers={"Range": "bytes=10-19"})
    assert part.status_code == 206 and part.data == linked["picture"][10:20]
    part.close()
    again = client.get(f"/assets/{asset.id}/original", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304
    assert photodesk(linked["data"], "check").returncode == 0


def test_a_copied_original_does_not_depend_on_its_source(tmp_path: Path) -> None:
    from web import create_app

    photo = make_news_jpeg(tmp_path / "in" / "copied.jpg", EmbeddedMetadata(caption="Copied photo.", credit="AP"))
    picture = photo.read_bytes()
    secret = tmp_path / "secret.txt"
    secret.write_bytes(SECRET)
    settings = Settings(data_dir=tmp_path / "data")
    import_files(settings, [photo])
    swap_for_a_link(photo, secret)
    with CatalogStore(settings.catalog_path) as store:
        (asset,) = store.iter_assets()
    response = create_app(settings, TESTING=True).test_client().get(f"/assets/{asset.id}/original")
    assert response.status_code == 200 and response.data == picture
    response.close()


# -- issue 12: what the security review found ------------------------------------------------------


MALFORMED_HOSTS = ["http://a..b/x", f"http://{'a' * 70}.example/x", "http://①②⑦.0.0.1/"]


@pytest.mark.parametrize("url", MALFORMED_HOSTS)
def test_a_malformed_host_is_a_form_message_never_a_500(client, hostile: dict, url: str) -> None:
    posted = client.post("/articles", data={"url": url, "csrf_token": token(client)})
    assert posted.status_code == 200
    assert f"That is not an article address: not a valid web address: {url!r} (" in page_of(posted).visible_text
    looked_up = client.get("/articles", query_string={"url": url})
    assert looked_up.status_code == 200 and "not a valid web address" in page_of(looked_up).visible_text
    api = client.get("/api/articles", query_string={"url": url})
    assert api.status_code == 400 and "not a valid web address" in api.get_json()["error"]["message"]
    linked = client.post(f"/assets/{hostile['asset'].id}/links", data={"url": url, "csrf_token": token(client)},
                         follow_redirects=True)
    assert linked.status_code == 200 and "Not linked: not a valid web address" in page_of(linked).visible_text


def test_a_story_redirecting_to_a_malformed_host_is_a_form_message(client, story_server: LocalServer) -> None:
    story_server.redirect("/moved-to-malformed/", "http://a..b/x")
    posted = client.post("/articles", data={"url": story_server.url("/moved-to-malformed/"), "csrf_token": token(client)})
    assert posted.status_code == 200
    assert (f"Could not read the article: {story_server.url('/moved-to-malformed/')}: redirect refused: not a valid web "
            "address: 'http://a..b/x' (the host name has an empty part between two dots)."
            in page_of(posted).visible_text)


@pytest.mark.slow
def test_reading_an_article_ends_at_its_deadline_with_a_form_message(hostile: dict, story_server: LocalServer) -> None:
    from web import create_app

    settings = dataclasses.replace(hostile["settings"], article_deadline=1)
    client = create_app(settings, TESTING=True, PHOTODESK_ALLOW_PRIVATE_FETCH=True).test_client()
    story_server.add("/dripping/", "", drip=0.2)  # a header byte every 0.2 s, for ever
    url = story_server.url("/dripping/")
    posted = without_hanging(lambda: client.post("/articles", data={"url": url, "csrf_token": token(client)}))
    assert posted.status_code == 200
    assert (f"Could not read the article: {url}: took longer than the 1 s allowed for reading an article."
            in page_of(posted).visible_text)


class Browser:
    """A client of a running server that keeps its session cookie, as a browser tab does."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path: str) -> tuple[int, str]:
        return self._open(urllib.request.Request(self.base + path))

    def post(self, path: str, form: dict[str, str]) -> tuple[int, str]:
        return self._open(urllib.request.Request(self.base + path, data=urllib.parse.urlencode(form).encode()))

    def token(self) -> str:
        found = re.search(r'name="csrf_token" value="([^"]+)"', self.get("/articles")[1])
        assert found, "no CSRF token on the paste form"
        return found.group(1)

    def _open(self, request: urllib.request.Request) -> tuple[int, str]:
        try:
            with self.opener.open(request, timeout=HANG_GUARD) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            with error:
                return error.code, error.read().decode("utf-8")


@pytest.mark.slow
def test_article_reads_beyond_the_limit_are_answered_at_once_and_search_keeps_answering(tmp_path: Path) -> None:
    release = threading.Event()
    with serving() as stories, serving_photodesk(Settings(data_dir=tmp_path / "data"), "--allow-private-fetch",
                                                 "--article-reads", "2") as base:
        stories.add("/held/", "<html><head><title>Held</title></head><body><p>Held.</p></body></html>", hold=release)
        browser = Browser(base)
        form = {"url": stories.url("/held/"), "csrf_token": browser.token()}
        answers: list[tuple[int, str]] = []
        held = [threading.Thread(target=lambda: answers.append(browser.post("/articles", form)), daemon=True)
                for _ in range(2)]
        for reading in held:
            reading.start()
        for _ in held:  # both readings are waiting for the story's server
            assert stories.held.acquire(timeout=HANG_GUARD)

        for _ in range(2):  # one more than the limit, twice: answered at once, not queued behind the held ones
            status, html = without_hanging(lambda: browser.post("/articles", form))
            assert status == 503
            assert "Another article is being read; try again in a moment." in html
            assert f'value="{stories.url("/held/")}"' in html  # the form comes back filled in
        searched, html = browser.get("/search?q=storm")
        assert searched == 200 and 'name="q"' in html  # the search page, served by another thread
        assert not release.is_set() and all(reading.is_alive() for reading in held)  # still held meanwhile

        release.set()
        for reading in held:
            reading.join(HANG_GUARD)
            assert not reading.is_alive()
    assert [status for status, _ in answers] == [200, 200]  # read, then shown
    assert all("Read the article: 0 photos" in html for _, html in answers)
