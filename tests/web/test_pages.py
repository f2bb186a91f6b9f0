"""The web app through Flask's test client: pages, escaping, CSRF, CSP, 404s, files, caching, API."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from catalog.settings import Settings
from catalog.store import CatalogStore
from tests.helpers.web_fixtures import MARKUP_CAPTION, MARKUP_HEADLINE


class _Page(HTMLParser):
    """The parts of a page the tests look at: tags with attributes, and the visible text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._skip = 0
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        """Tags named ``tag`` having every attribute given (``None``: present without a value)."""
        return [
            a for t, a in self.tags
            if t == tag and all(k.rstrip("_") in a and a[k.rstrip("_")] == v for k, v in attrs.items())
        ]

    def with_attribute(self, name: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.tags if name in a]

    @property
    def visible_text(self) -> str:
        return " ".join(" ".join(self.text).split())


def page_of(response) -> _Page:
    return _Page(response.get_data(as_text=True))


@pytest.fixture(scope="module")
def catalog_assets(web_settings: Settings) -> dict[str, object]:
    """Every asset of the sample catalog, by file name."""
    with CatalogStore(web_settings.catalog_path) as store:
        return {asset.filename: asset for asset in store.iter_assets()}


@pytest.fixture
def markup_asset(catalog_assets):
    return catalog_assets["markup-caption.jpg"]


@pytest.fixture
def storm_asset(catalog_assets):
    return catalog_assets["harbor-storm-ap.jpg"]


def csrf_from(client, asset_id: str) -> str:
    page = page_of(client.get(f"/assets/{asset_id}"))
    tokens = {a["value"] for a in page.find("input", name="csrf_token")}
    assert len(tokens) == 1
    return tokens.pop()


# -- the search page ----------------------------------------------------------------------------


def test_home_lists_every_photo_with_sized_lazy_thumbnails(client, catalog_assets) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = page_of(response)
    assert f"{len(catalog_assets)} photos in the catalog" in page.visible_text
    images = [a for a in page.find("img") if (a.get("src") or "").endswith("/thumb")]
    assert len(images) == len(catalog_assets)
    for image in images:
        assert int(image["width"]) > 0 and int(image["height"]) > 0
    # the first row loads at once, the rest lazily: all ids present, all sized
    assert {re.match(r"/assets/([0-9a-f]{16})/thumb", a["src"]).group(1) for a in images} == {a.id for a in catalog_assets.values()}
    assert all(a.get("loading") == "lazy" for a in images[8:])
    assert "autofocus" in page.find("input", id="q")[0]


def test_query_stays_in_the_box_and_matches_are_marked(client, storm_asset) -> None:
    response = client.get("/search?q=storm")
    page = page_of(response)
    assert page.find("input", id="q")[0]["value"] == "storm"
    html = response.get_data(as_text=True)
    assert re.search(r"<mark>Storm</mark>", html)
    tiles = page.find("li", class_="tile")
    assert storm_asset.id in {tile["data-asset-id"] for tile in tiles}
    assert "AP Photo/Lucía Fernández" in page.visible_text  # the tile's credit line
    assert re.search(r"\d+\.\d{3} s", page.visible_text)  # the time it took


def test_facet_link_filters_and_becomes_a_removable_chip(client, catalog_assets) -> None:
    page = page_of(client.get("/"))
    agency_links = [a for a in page.find("a") if (a.get("href") or "").startswith("/search?agency=")]
    assert agency_links, "agency facet missing"
    reuters = next(a for a in agency_links if a["data-value"] == "Reuters")
    filtered = client.get(reuters["href"])
    filtered_page = page_of(filtered)
    ids = {tile["data-asset-id"] for tile in filtered_page.find("li", class_="tile")}
    expected = {a.id for a in catalog_assets.values() if a.agency == "Reuters"}
    assert ids == expected and expected
    chip = filtered_page.find("span", class_="chip")
    assert chip and chip[0]["data-chip"] == "agency"
    remove = filtered_page.find("a", class_="chip-remove")[0]["href"]
    assert "agency" not in remove
    assert len(page_of(client.get(remove)).find("li", class_="tile")) == len(catalog_assets)


def test_sort_pages_and_state_live_in_the_url(client) -> None:
    newest = page_of(client.get("/search?sort=newest"))
    oldest = page_of(client.get("/search?sort=oldest"))
    newest_ids = [t["data-asset-id"] for t in newest.find("li", class_="tile")]
    oldest_ids = [t["data-asset-id"] for t in oldest.find("li", class_="tile")]
    assert newest_ids and newest_ids != oldest_ids
    active = newest.find("a", class_="is-active", **{"aria-current": "true"})
    assert any(a["href"] == "/search?sort=newest" for a in active)
    # a typed query keeps the filters and sort as hidden fields of the search box
    filtered = page_of(client.get("/search?q=fire&agency=AFP&sort=oldest"))
    hidden = {(a["name"], a["value"]) for a in filtered.find("input", type="hidden")}
    assert {("agency", "AFP"), ("sort", "oldest")} <= hidden


def test_no_hits_shows_the_spelling_suggestion(client) -> None:
    page = page_of(client.get("/search?q=stormm"))
    assert page.find("div", **{"data-empty": None}) and "No photos match" in page.visible_text
    suggestion = page.find("a", **{"data-suggestion": None})
    assert suggestion, page.visible_text
    assert "q=storm" in suggestion[0]["href"]


@pytest.mark.parametrize("query", ['"unclosed phrase', "date:[2017 TO", "caption:(", "AND"])
def test_malformed_query_gets_a_plain_message_not_an_error(client, query: str) -> None:
    response = client.get("/search", query_string={"q": query})
    assert response.status_code == 200
    page = page_of(response)
    messages = page.find("div", **{"data-query-message": None})
    assert messages, page.visible_text
    assert "Traceback" not in response.get_data(as_text=True)


def test_bad_page_number_and_dates_are_explained(client) -> None:
    page = page_of(client.get("/search?page=abc&from=someday"))
    assert page.find("div", **{"data-query-message": None})
    assert "not a number" in page.visible_text and "someday" in page.visible_text


def test_page_numbers_show_first_last_and_a_window_around_the_current() -> None:
    from web.search import page_numbers

    assert page_numbers(1, 1) == [1]
    assert page_numbers(1, 10) == [1, 2, 3, None, 10]
    assert page_numbers(6, 10) == [1, None, 4, 5, 6, 7, 8, None, 10]


# -- escaping -----------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/", "/search?q=protesters", "/search?q=parade", "ASSET"])
def test_markup_in_captions_is_shown_as_text(client, markup_asset, url: str) -> None:
    response = client.get(f"/assets/{markup_asset.id}" if url == "ASSET" else url)
    html = response.get_data(as_text=True)
    assert "<script>window.__pwned" not in html
    assert "<b>march</b>" not in html and "<i>parade</i>" not in html
    assert "<img src=x" not in html
    page = page_of(response)
    # every script the page runs is our static file: none inline
    assert all(attrs.get("src", "").startswith("/static/") for tag, attrs in page.tags if tag == "script")
    if url == "ASSET":
        assert MARKUP_CAPTION in page.visible_text
        assert MARKUP_HEADLINE in page.visible_text
    else:
        assert "&lt;script&gt;" in html or "&lt;b&gt;" in html or "&lt;i&gt;" in html


def test_highlight_keeps_only_our_mark_tags() -> None:
    from index import Span
    from web.highlights import highlight_markup

    def marked(*spans: tuple[str, bool]) -> str:
        return str(highlight_markup([Span(text, matched) for text, matched in spans]))

    assert marked(("a ", False), ("b", True), (" <script> c", False)) == "a <mark>b</mark> &lt;script&gt; c"
    assert marked(("<script>x</script> ", False), ("y", True)) == "&lt;script&gt;x&lt;/script&gt; <mark>y</mark>"
    assert marked(('<mark onclick="x">y</mark>', False)) == "&lt;mark onclick=&#34;x&#34;&gt;y&lt;/mark&gt;"
    assert marked(("AT&amp;T ", False), ("up", True)) == "AT&amp;amp;T <mark>up</mark>"  # text that was "AT&amp;T"
    assert marked(("<b>", True)) == "<mark>&lt;b&gt;</mark>" and marked() == ""


# -- the asset page -----------------------------------------------------------------------------


def test_asset_page_shows_the_licensing_panel(client, storm_asset) -> None:
    response = client.get(f"/assets/{storm_asset.id}")
    assert response.status_code == 200
    page = page_of(response)
    text = page.visible_text
    assert "AP Photo/Lucía Fernández" in text
    assert page.find("button", **{"data-copy-target": "credit-line"})
    assert storm_asset.copyright in text
    assert "Editorial only" in text  # the restriction badge
    assert "Special instructions" in text
    assert "Málaga" in text
    preview = [a for a in page.find("img") if a.get("src") == f"/assets/{storm_asset.id}/preview"]
    assert preview and int(preview[0]["width"]) > 0
    keyword_links = [a["href"] for a in page.find("a", **{"data-keyword": None})]
    assert "/search?q=keyword%3A%22storm%22" in keyword_links
    # the metadata table names where each value came from
    rows = {a["data-field"] for a in page.find("tr") if a.get("data-field")}
    assert {"caption", "credit", "copyright", "keywords"} <= rows
    assert any(source in text for source in ("XMP-dc:Description", "IPTC:Caption-Abstract", "dc:description"))


def test_every_restriction_flag_has_a_badge_label() -> None:
    from catalog.restrictions import FLAGS
    from web.presentation import RESTRICTIONS

    assert set(FLAGS) <= set(RESTRICTIONS)


def test_embargo_badge_names_its_date(client, catalog_assets) -> None:
    embargoed = catalog_assets["snow-getty.jpg"]
    assert "embargoed" in embargoed.restrictions
    page = page_of(client.get(f"/assets/{embargoed.id}"))
    badge = [a for a in page.find("span") if a.get("data-restriction") == "embargoed"]
    assert len(badge) == 1
    assert "Embargoed until 2026-11-18" in page.visible_text


@pytest.mark.parametrize("asset_id", ["0000000000000000", "nothex", "ABCDEF0123456789", "0" * 64])
def test_unknown_asset_ids_are_404_pages(client, asset_id: str) -> None:
    for suffix in ("", "/thumb", "/preview", "/original", "/download?size=web"):
        response = client.get(f"/assets/{asset_id}{suffix}")
        assert response.status_code == 404, suffix
        assert "text/html" in response.content_type
        assert "no such photo" in response.get_data(as_text=True).lower()


# -- forms and CSRF -----------------------------------------------------------------------------


def test_post_without_csrf_token_is_400(client, storm_asset) -> None:
    response = client.post(f"/assets/{storm_asset.id}/links", data={"url": "https://example.com/a"})
    assert response.status_code == 400
    assert "Traceback" not in response.get_data(as_text=True)
    client.get(f"/assets/{storm_asset.id}")  # now the session has a token, but the form still lacks it
    assert client.post(f"/assets/{storm_asset.id}/links", data={"url": "https://example.com/a", "csrf_token": "forged"}).status_code == 400
    assert client.post(f"/assets/{storm_asset.id}/links/delete", data={"url": "https://example.com/a"}).status_code == 400


def test_link_and_unlink_an_article_by_url(client, catalog_assets) -> None:
    asset = catalog_assets["marathon-reuters.jpg"]
    token = csrf_from(client, asset.id)
    posted = client.post(
        f"/assets/{asset.id}/links",
        data={"url": "HTTPS://News.Example.com/2026/marathon-story?utm_source=x#top", "csrf_token": token},
    )
    assert posted.status_code == 303
    assert posted.headers["Location"].endswith(f"/assets/{asset.id}#where-used")
    page = page_of(client.get(f"/assets/{asset.id}"))
    linked = [a["data-article-url"] for a in page.find("li") if a.get("data-article-url")]
    assert linked == ["https://news.example.com/2026/marathon-story"]
    # the API finds it by any spelling, with the asset it uses
    found = client.get("/api/articles", query_string={"url": "news.example.com/2026/marathon-story"}).get_json()
    assert [item["asset"]["id"] for item in found["assets"]] == [asset.id]
    # the article page lists the photo
    article_page = client.get("/articles", query_string={"url": "https://news.example.com/2026/marathon-story"})
    assert article_page.status_code == 303
    assert asset.id in client.get(article_page.headers["Location"]).get_data(as_text=True)
    removed = client.post(f"/assets/{asset.id}/links/delete", data={"url": linked[0], "csrf_token": token})
    assert removed.status_code == 303
    page = page_of(client.get(f"/assets/{asset.id}"))
    assert not [a for a in page.find("li") if a.get("data-article-url")]
    assert "Not linked to any article yet." in page.visible_text


def test_invalid_article_url_is_explained(client, storm_asset) -> None:
    token = csrf_from(client, storm_asset.id)
    response = client.post(f"/assets/{storm_asset.id}/links", data={"url": "javascript:alert(1)", "csrf_token": token}, follow_redirects=True)
    page = page_of(response)
    assert page.find("div", **{"data-flash": "error"})
    assert "Not linked" in page.visible_text


# -- headers, files and caching -----------------------------------------------------------------


@pytest.mark.parametrize("url", ["/", "/search?q=storm", "ASSET", "/api/search", "/assets/0000000000000000"])
def test_every_response_carries_the_security_headers(client, storm_asset, url: str) -> None:
    response = client.get(f"/assets/{storm_asset.id}" if url == "ASSET" else url)
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    if "text/html" in response.content_type:
        page = page_of(response)
        assert not page.with_attribute("style"), "inline styles are blocked by the CSP"
        assert not [a for a in page.tags if any(k.startswith("on") for k in a[1])], "inline handlers"


def test_thumbnail_has_etag_long_cache_and_answers_304(client, storm_asset) -> None:
    response = client.get(f"/assets/{storm_asset.id}/thumb")
    assert response.status_code == 200
    assert response.content_type == "image/jpeg"
    assert response.data[:2] == b"\xff\xd8"
    response.close()
    etag = response.headers["ETag"]
    cache = response.headers["Cache-Control"]
    assert "max-age=31536000" in cache and "immutable" in cache
    again = client.get(f"/assets/{storm_asset.id}/thumb", headers={"If-None-Match": etag})
    assert again.status_code == 304 and not again.data
    assert again.headers["ETag"] == etag and "max-age=31536000" in again.headers["Cache-Control"]
    other = client.get(f"/assets/{storm_asset.id}/preview", headers={"If-None-Match": etag})
    assert other.status_code == 200  # each rendition has its own tag
    other.close()


def test_original_download_is_the_exact_file(client, storm_asset) -> None:
    response = client.get(f"/assets/{storm_asset.id}/original")
    assert response.status_code == 200
    assert hashlib.sha256(response.data).hexdigest() == storm_asset.sha256
    response.close()
    assert "attachment" in response.headers["Content-Disposition"]
    assert "harbor-storm-ap.jpg" in response.headers["Content-Disposition"]


def test_web_download_carries_caption_credit_and_copyright(client, storm_asset, tmp_path: Path) -> None:
    response = client.get(f"/assets/{storm_asset.id}/download?size=web")
    assert response.status_code == 200 and response.content_type == "image/jpeg"
    assert "harbor-storm-ap-web.jpg" in response.headers["Content-Disposition"]
    path = tmp_path / "web.jpg"
    path.write_bytes(response.data)
    read = json.loads(subprocess.run(["exiftool", "-json", "-G1", str(path)], capture_output=True, check=True, text=True).stdout)[0]
    assert read["XMP-dc:Description"] == storm_asset.caption
    assert read["IPTC:Caption-Abstract"] == storm_asset.caption
    assert read["XMP-photoshop:Credit"] == storm_asset.credit_line
    assert read["XMP-dc:Rights"] == storm_asset.copyright
    assert max(read["File:ImageWidth"], read["File:ImageHeight"]) <= 1600


TRAVERSALS = [
    "/assets/..%2f..%2fcatalog.sqlite/original",
    "/assets/../../etc/passwd",
    "/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd/thumb",
    "/assets/{id}/thumb/../../../../etc/passwd",
    "/assets/{id}/..%2f..%2fcatalog.sqlite",
    "/assets/{id}/%2e%2e",
    "/static/..%2fcatalog.sqlite",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/../../../../etc/passwd",
    "/assets/{id}/download?size=../../etc/passwd",
]


@pytest.mark.parametrize("url", TRAVERSALS)
def test_path_traversal_never_reaches_the_file_system(client, storm_asset, opened_files, url: str) -> None:
    client.get("/")  # warm up templates so their loading is not counted
    opened_files.paths.clear()
    opened_files.recording = True
    try:
        response = client.get(url.format(id=storm_asset.id))
    finally:
        opened_files.recording = False
    assert response.status_code == 404, response.status_code
    body = response.get_data(as_text=True)
    assert "root:" not in body and "SQLite format" not in body
    touched = [p for p in opened_files.paths if "passwd" in p or "catalog.sqlite" in p or ".." in p]
    assert not touched, touched


# -- the JSON API -------------------------------------------------------------------------------


def test_api_search_answers_with_every_contract_key_and_hit_links(client, storm_asset) -> None:
    data = client.get("/api/search?q=storm&page_size=2").get_json()
    assert {"query", "total", "page", "page_size", "pages", "hits", "facets", "message", "suggestion", "sort"} <= set(data)
    assert data["query"] == "storm" and data["page_size"] == 2
    hit = next(h for h in data["hits"] if h["id"] == storm_asset.id)
    assert "<mark>" in hit["highlight"]
    assert hit["credit_line"] == storm_asset.credit_line
    assert hit["asset"]["sha256"] == storm_asset.sha256
    assert hit["links"]["thumb"] == f"/assets/{storm_asset.id}/thumb"
    assert {"agency", "photographer", "year"} <= set(data["facets"])
    assert all({"value", "count", "active"} == set(item) for item in data["facets"]["agency"])


def test_api_pages_through_all_hits(client, catalog_assets) -> None:
    first = client.get("/api/search?page_size=4&sort=oldest").get_json()
    second = client.get("/api/search?page_size=4&sort=oldest&page=2").get_json()
    assert first["total"] == len(catalog_assets) and first["pages"] == -(-len(catalog_assets) // 4)
    ids = [h["id"] for h in first["hits"]] + [h["id"] for h in second["hits"]]
    assert sorted(ids) == sorted(a.id for a in catalog_assets.values())


def test_api_malformed_query_is_a_message(client) -> None:
    response = client.get("/api/search", query_string={"q": '"unclosed'})
    assert response.status_code == 200
    assert response.get_json()["message"]


def test_api_asset_and_errors_are_json(client, markup_asset) -> None:
    data = client.get(f"/api/assets/{markup_asset.id}").get_json()
    assert data["asset"]["caption"] == MARKUP_CAPTION
    assert data["asset"]["id"] == markup_asset.id
    assert data["credit_line"] == "AP Photo/Test Person"
    for url, status in (("/api/assets/0000000000000000", 404), ("/api/nothing", 404), ("/api/articles", 400),
                        ("/api/articles?url=https://nowhere.example/x", 404), ("/api/search?page_size=0", 400)):
        response = client.get(url)
        assert response.status_code == status, url
        assert response.content_type == "application/json"
        error = response.get_json()["error"]
        assert error["status"] == status and error["message"]


def test_openapi_document_lists_every_api_route(client, app) -> None:
    response = client.get("/api/openapi.json")
    document = json.loads(response.get_data(as_text=True))
    assert document["openapi"].startswith("3.")
    routes = {re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule) for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/")}
    assert routes == set(document["paths"])
    # every $ref points at a schema that exists
    refs = set(re.findall(r'"#/components/schemas/(\w+)"', response.get_data(as_text=True)))
    assert refs <= set(document["components"]["schemas"])


# -- the one error handler ----------------------------------------------------------------------


def test_unexpected_errors_are_a_plain_page_or_json_never_a_traceback(web_settings) -> None:
    from web import create_app

    app = create_app(web_settings, TESTING=True)

    def explode() -> str:
        raise RuntimeError("secret internals /etc/passwd")

    app.add_url_rule("/boom", "boom", explode)
    app.add_url_rule("/api/boom", "api_boom", explode)
    client = app.test_client()
    page = client.get("/boom")
    assert page.status_code == 500 and "text/html" in page.content_type
    assert "secret internals" not in page.get_data(as_text=True)
    assert "Something went wrong" in page.get_data(as_text=True)
    api = client.get("/api/boom")
    assert api.status_code == 500 and api.get_json()["error"]["status"] == 500
    assert "secret internals" not in api.get_data(as_text=True)


def test_two_apps_with_different_data_dirs_share_a_process(web_settings, tmp_path: Path) -> None:
    from web import create_app

    empty = create_app(Settings(data_dir=tmp_path / "other"), TESTING=True).test_client()
    full = create_app(web_settings, TESTING=True).test_client()
    assert "0 photos in the catalog" in page_of(empty.get("/")).visible_text
    assert "0 photos" not in page_of(full.get("/")).visible_text


@pytest.mark.slow
def test_a_missing_derivative_shows_the_placeholder_not_a_broken_image(tmp_path: Path) -> None:
    from media.embed import EmbeddedMetadata
    from web import create_app
    from tests.helpers.web_fixtures import import_files, make_news_jpeg

    settings = Settings(data_dir=tmp_path / "data")
    photo = make_news_jpeg(tmp_path / "in" / "one.jpg", EmbeddedMetadata(caption="One photo. (AP Photo/A B)", credit="AP"))
    import_files(settings, [photo])
    with CatalogStore(settings.catalog_path) as store:
        asset = next(store.iter_assets())
    from media.store import MediaStore

    for rendition in ("thumb", "preview"):
        MediaStore(settings.media_dir).path_for(asset.sha256, rendition).unlink()
    client = create_app(settings, TESTING=True).test_client()
    response = client.get(f"/assets/{asset.id}/thumb")
    assert response.status_code == 200 and response.content_type.startswith("image/svg+xml")
    assert "no-cache" in response.headers["Cache-Control"] and "ETag" not in response.headers
    response.close()
    page = page_of(client.get(f"/assets/{asset.id}"))
    assert "Download web JPEG" not in page.visible_text  # nothing to make it from
    assert client.get(f"/assets/{asset.id}/download?size=web").status_code == 404
    with CatalogStore(settings.catalog_path) as store:
        store.delete(asset.id)
    assert client.get(f"/assets/{asset.id}/thumb").status_code == 404


def test_serve_on_a_busy_port_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    import socket

    from click.testing import CliRunner

    from scripts.cli import cli

    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--data", str(tmp_path / "data"), "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.output
    assert "Traceback" not in result.output


def test_recently_shown_assets_are_reused_until_their_record_changes(web_settings, catalog_assets) -> None:
    from catalog.articles import links as article_links
    from web.components import RecentAssets

    asset = catalog_assets["skyline-handout.jpg"]
    with CatalogStore(web_settings.catalog_path) as store:
        recent = RecentAssets(store, size=2)
        first = recent.get_many([asset.id, "0000000000000000"])
        assert list(first) == [asset.id] and first[asset.id] == asset
        assert recent.get_many([asset.id])[asset.id] is first[asset.id]  # kept, not decoded again
        article_links.link_by_hand(store, asset.id, "https://example.org/skyline")
        try:
            changed = recent.get_many([asset.id])[asset.id]
            assert [ref.url for ref in changed.articles] == ["https://example.org/skyline"]
        finally:
            article_links.unlink_by_url(store, asset.id, "https://example.org/skyline")
        assert recent.get_many([asset.id])[asset.id].articles == ()
        others = [a.id for a in catalog_assets.values() if a.id != asset.id][:3]
        recent.get_many(others)
        assert len(recent._kept) == 2  # bounded


def test_serve_on_a_damaged_catalog_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from scripts.cli import cli

    data = tmp_path / "data"
    data.mkdir()
    (data / "catalog.sqlite").write_text("this is not a database, only text " * 20)
    result = CliRunner().invoke(cli, ["serve", "--data", str(data), "--port", "0", "--processes", "2"])
    assert result.exit_code == 2
    assert "not a Photodesk catalog" in result.output and "Traceback" not in result.output


@pytest.mark.slow
def test_metadata_table_shows_where_values_disagree(tmp_path: Path) -> None:
    from media.embed import EmbeddedMetadata
    from web import create_app
    from tests.helpers.web_fixtures import import_files, make_news_jpeg

    photo = make_news_jpeg(tmp_path / "in" / "two-credits.jpg", EmbeddedMetadata(caption="Two credits.", credit="Reuters"))
    # the IPTC-IIM block now says something else than the XMP: a conflict the page must show
    subprocess.run(["exiftool", "-q", "-overwrite_original", "-IPTC:Credit=Agence Autre", str(photo)], check=True)
    settings = Settings(data_dir=tmp_path / "data")
    import_files(settings, [photo])
    with CatalogStore(settings.catalog_path) as store:
        asset = next(store.iter_assets())
    assert [conflict.field for conflict in asset.conflicts] == ["credit"]
    page = page_of(create_app(settings, TESTING=True).test_client().get(f"/assets/{asset.id}"))
    row = [a for a in page.find("tr") if a.get("data-field") == "credit"]
    assert row and "has-conflict" in row[0]["class"]
    assert "Agence Autre" in page.visible_text and "Reuters" in page.visible_text and "(used)" in page.visible_text


def test_recent_assets_make_room_by_the_least_recently_shown(web_settings, catalog_assets) -> None:
    from web.recent_assets import RecentAssets

    first, second, third = [asset.id for asset in catalog_assets.values()][:3]
    with CatalogStore(web_settings.catalog_path) as store:
        recent = RecentAssets(store, size=2)
        kept = recent.get_many([first])[first]
        recent.get_many([second])
        assert recent.get_many([first])[first] is kept  # shown again: now the most recent
        recent.get_many([third])  # room is made by dropping the least recently shown: second
        assert set(recent._kept) == {first, third}
        assert recent.get_many([first])[first] is kept


def test_sort_links_and_the_api_offer_the_index_sorts_in_its_order() -> None:
    from index.results import SORTS
    from web.openapi import openapi_document
    from web.state import SORT_LABELS

    assert tuple(SORT_LABELS) == SORTS
    assert SORT_LABELS["imported"] == "Recently imported"
    search = openapi_document("0")["paths"]["/api/search"]["get"]
    sort = next(parameter for parameter in search["parameters"] if parameter["name"] == "sort")
    assert sort["schema"]["enum"] == list(SORTS)
