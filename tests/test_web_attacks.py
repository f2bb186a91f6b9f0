"""Web attacks on the app, route by route: the routes are read from ``app.url_map``, so a new page,
form or file route is attacked as soon as it exists.

- markup and script in every metadata field, in the file name and in a story's words, shown as
  text on every page and returned verbatim as JSON by the API;
- CSRF: every POST route refuses a missing or forged token and changes nothing;
- path traversal on every route with a path parameter; open redirects through every route;
- security headers on every page, file, API answer and error page;
- over-long queries and parameters: a page with a message or a clear 4xx, never a 500;
- the article fetcher: metadata-service addresses, and redirects to loopback written as numbers.
"""

from __future__ import annotations

import dataclasses
import http.cookiejar
import ipaddress
import json
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Iterator
from urllib.parse import quote, urlsplit

import pytest

from catalog.errors import FetchError
from catalog.settings import Settings
from catalog.store import CatalogStore
from local_http import HANG_GUARD, LocalServer, serving, without_hanging
from media.embed import EmbeddedMetadata
from media.fetch import fetch
from test_web_pages import OpenedFiles, _Page, opened_files, page_of  # noqa: F401 (opened_files is a fixture)
from web_fixtures import import_files, make_news_jpeg, serving_photodesk

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
    """A rule's URL with its variables filled from ``values``."""
    path = rule.rule
    for name in rule.arguments - set(rule.defaults or {}):
        path = path.replace(f"<{name}>", values[name]).replace(f"<path:{name}>", values[name])
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
    assert response.status_code in (200, 404)
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


# -- CSRF on every form ------------------------------------------------------------------------


def test_every_post_route_refuses_a_missing_or_forged_token_and_changes_nothing(client, hostile: dict, article_id: str) -> None:
    app = client.application
    posts = routes(app, "POST")
    assert {rule.endpoint for rule in posts} >= {"articles.read_article_page", "articles.confirm_suggestion",
                                                 "articles.link_article", "articles.unlink_article"}
    values = {"asset_id": hostile["asset"].id, "identifier": article_id}
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
    values = {"asset_id": hostile["asset"].id, "identifier": article_id, "filename": "photodesk.css"}
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
    values = {"asset_id": hostile["asset"].id, "identifier": article_id, "filename": "photodesk.css"}
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


# -- the article fetcher: what tests/test_fetch.py did not cover ----------------------------------


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
