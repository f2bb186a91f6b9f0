"""The article pages through Flask's test client: reading a story served from 127.0.0.1, the credit check,
confirming a suggestion, recent articles, the JSON API, and every way a URL can be wrong.

The catalog and the story are real (``tests/helpers/article_stories.py``): wire photos imported by the real
ingest, a story page and its resized pictures on a local HTTP server.
"""

from __future__ import annotations

import re

import pytest

from catalog.articles.article import Article
from catalog.store import CatalogStore
from catalog.articles.urls import article_id
from tests.helpers.article_stories import BYLINE, PUBLICATION, serve_story
from tests.helpers.local_http import serving
from tests.web.test_pages import page_of


@pytest.fixture
def app(wire):
    from web import create_app

    return create_app(wire.settings, TESTING=True, PHOTODESK_ALLOW_PRIVATE_FETCH=True)


@pytest.fixture
def client(app):
    return app.test_client()


def token_of(client) -> str:
    """The CSRF token of the client's session, from the paste form."""
    (field,) = page_of(client.get("/articles")).find("input", name="csrf_token")
    return field["value"]


def read(client, url: str, **extra: str):
    """Post ``url`` on the paste form, as a browser would."""
    return client.post("/articles", data={"url": url, "csrf_token": token_of(client), **extra})


def photo_sections(html: str) -> list[str]:
    return re.findall(r'<section class="panel story-photo".*?</section>', html, re.S)


def test_reading_a_story_shows_its_photos_matches_licensing_and_credit_check(client, wire, newsroom_site) -> None:
    settings, ids, folder = wire
    url = serve_story(newsroom_site, folder, "mosul")
    posted = read(client, url)
    assert posted.status_code == 303
    with CatalogStore(settings.catalog_path) as store:
        article = store.find_article_by_url(url)
    assert posted.headers["Location"] == f"/articles/{article.id}"

    response = client.get(posted.headers["Location"])
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    page = page_of(response)
    text = page.visible_text
    assert "Read the article: 4 photos, 3 linked, 1 with suggestions to confirm." in text
    assert [a["data-story-title"] for a in page.with_attribute("data-story-title")] == [None]
    assert "Mosul counts its dead" in text and f"By {BYLINE}" in text and PUBLICATION in text
    assert "2017-03-26 08:00 UTC" in text
    assert page.find("a", href=url, **{"data-canonical-url": None})

    burial, checkpoint, market, stranger = photo_sections(html)
    # each linked photo: the picture as published, the asset it is, how it was matched, the credit check
    for section, stem, status in ((burial, "burial", "ok"), (checkpoint, "checkpoint", "wrong"),
                                  (market, "market", "missing")):
        assert f'src="{url}uploads/mosul-{stem}-1200x800.jpg"' in section
        assert f'data-asset-link="{ids[stem]}"' in section and f'href="/assets/{ids[stem]}"' in section
        assert 'data-match="similarity"' in section and "Linked by picture" in section
        assert f'data-credit-check="{status}"' in section
    assert "Credit OK" in burial and "The story credits the same source as the file." in burial
    assert "Felipe Dana/AP" in burial and "AP Photo/Felipe Dana" in burial
    assert "Editorial use only, no sales" in burial and "© 2017 The Associated Press" in burial
    assert 'data-restriction="editorial-only"' in burial and 'data-restriction="mandatory-credit"' in burial
    assert "Wrong credit" in checkpoint and "The story credits Reuters, the file AP." in checkpoint
    assert "Missing credit" in market and 'data-printed-credit>none<' in market
    # the stranger under the fire photo's caption: a suggestion with a confirm button, never a link
    assert "data-credit-check" not in stranger and "data-not-linked" in stranger
    assert f'data-suggestion="{ids["harbor-fire"]}"' in stranger and "Confirm link" in stranger
    assert "looks different (distance" in stranger
    # summary counts
    assert page.find("span", **{"data-credit-count": "wrong"}) and page.find("span", **{"data-credit-count": "ok"})

    # the links are real, both ways: the asset page lists the story under "where used"
    asset_page = page_of(client.get(f"/assets/{ids['burial']}"))
    assert [a["data-article-url"] for a in asset_page.find("li") if a.get("data-article-url")] == [url]
    with CatalogStore(settings.catalog_path) as store:
        assert {a.id for a in store.assets_for(article.id)} == {ids["burial"], ids["checkpoint"], ids["market"]}


def test_article_pages_show_published_pictures_but_keep_every_other_rule(client, wire, newsroom_site) -> None:
    url = serve_story(newsroom_site, wire.folder, "policy")
    location = read(client, url).headers["Location"]
    article_policy = client.get(location).headers["Content-Security-Policy"]
    assert "img-src 'self' data: https: http:" in article_policy
    assert "script-src 'self'" in article_policy and "'unsafe-inline'" not in article_policy
    assert "img-src 'self' data:;" in client.get("/articles").headers["Content-Security-Policy"]
    assert 'referrerpolicy="no-referrer"' in client.get(location).get_data(as_text=True)


@pytest.mark.slow
def test_a_known_article_is_shown_from_the_catalog_until_refreshed(client, wire, newsroom_site) -> None:
    url = serve_story(newsroom_site, wire.folder, "known")
    location = read(client, url).headers["Location"]
    fetched = len(newsroom_site.requests)

    again = read(client, url + "?utm_source=newsletter")  # another spelling of the same story
    assert (again.status_code, again.headers["Location"]) == (303, location)
    assert "Already in the catalog" in page_of(client.get(location)).visible_text
    looked_up = client.get("/articles", query_string={"url": url})
    assert (looked_up.status_code, looked_up.headers["Location"]) == (303, location)
    assert len(newsroom_site.requests) == fetched  # nothing fetched again

    refreshed = read(client, url, refresh="1")
    assert (refreshed.status_code, refreshed.headers["Location"]) == (303, location)
    assert len(newsroom_site.requests) == fetched + 5  # the page and its four pictures
    # read again, the pictures are known by their URLs now
    data = client.get("/api/articles", query_string={"url": url}).get_json()
    assert [photo["match"] for photo in data["photos"]] == ["url", "url", "url", None]


def test_confirming_a_suggestion_links_it_by_hand_and_checks_its_credit(client, wire, newsroom_site) -> None:
    settings, ids, folder = wire
    url = serve_story(newsroom_site, folder, "confirm")
    location = read(client, url).headers["Location"]
    confirmed = client.post(f"{location}/links", data={"position": "3", "asset_id": ids["harbor-fire"],
                                                       "csrf_token": token_of(client)})
    assert (confirmed.status_code, confirmed.headers["Location"]) == (303, f"{location}#photo-4")
    response = client.get(location)
    stranger = photo_sections(response.get_data(as_text=True))[3]
    assert 'data-match="hand"' in stranger and "Linked by hand" in stranger
    assert 'data-credit-check="ok"' in stranger and "data-suggestion" not in stranger
    assert "Photo 4 linked to harbor-fire.jpg." in page_of(response).visible_text
    with CatalogStore(settings.catalog_path) as store:
        link = next(l for l in store.links_for(ids["harbor-fire"]) if l.image_url.startswith(url))
    assert (link.method.value, link.credit_printed) == ("hand", "AP Photo/Ana Núñez")

    # a photo or asset that is not there links nothing
    for form in ({"position": "9", "asset_id": ids["market"]}, {"position": "x", "asset_id": ids["market"]},
                 {"position": "2", "asset_id": "0123456789abcdef"}):
        answer = client.post(f"{location}/links", data={**form, "csrf_token": token_of(client)}, follow_redirects=True)
        assert answer.status_code == 200
        assert "nothing was linked" in page_of(answer).visible_text
    assert client.post(f"{location}/links", data={"position": "2", "asset_id": "../../etc",
                                                  "csrf_token": token_of(client)}).status_code == 404


def test_recent_articles_newest_first_with_photo_counts(client, wire, newsroom_site) -> None:
    old_url = "https://ledger.example/2016/old-story/"
    with CatalogStore(wire.settings.catalog_path) as store:
        old = store.upsert_article(Article(id=article_id(old_url), url=old_url, title="An old story",
                                           added_at="2016-01-01T00:00:00+00:00"))
    url = serve_story(newsroom_site, wire.folder, "recent", title="A new story")
    new = client.get(read(client, url).headers["Location"]).request.path.rsplit("/", 1)[-1]
    page = page_of(client.get("/articles"))
    rows = [row["data-article-id"] for row in page.find("tr") if row.get("data-article-id")]
    assert rows.index(new) < rows.index(old.id)
    counts = {row: cell["data-photo-count"] for row, cell in zip(rows, (c for c in page.find("td") if c.get("data-photo-count")))}
    assert (counts[new], counts[old.id]) == ("4", "0")
    assert "A new story" in page.visible_text and "4 photos · 3 linked" in page.visible_text
    assert "An old story" in page.visible_text and "0 photos" in page.visible_text
    assert page.find("form", action="/articles", method="post")


def test_markup_in_a_story_shows_as_text(client, wire, newsroom_site) -> None:
    url = serve_story(newsroom_site, wire.folder, "markup", title="Storm &lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; flood")
    html = client.get(read(client, url).headers["Location"]).get_data(as_text=True)
    assert "<script>window.__pwned" not in html
    assert "Storm &lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; flood" in html


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("javascript:alert(1)", "That is not an article address: not an http(s) URL: 'javascript:alert(1)'."),
        ("ftp://news.example/story", "That is not an article address: not an http(s) URL: 'ftp://news.example/story'."),
        ("https://", "That is not an article address: URL has no host: 'https://'."),
        ("   ", "Paste the address of an article."),
    ],
)
def test_a_bad_url_is_a_plain_message(client, url: str, message: str) -> None:
    response = read(client, url)
    assert response.status_code == 200
    page = page_of(response)
    assert [m for m in page.with_attribute("data-problem")]
    assert message in page.visible_text
    assert "Traceback" not in response.get_data(as_text=True)


def test_fetch_errors_are_a_plain_message(client, newsroom_site) -> None:
    missing = read(client, newsroom_site.url("/no-such-story/"))
    assert missing.status_code == 200
    assert (f"Could not read the article: {newsroom_site.url('/no-such-story/')}: the server answered HTTP 404 Not Found."
            in page_of(missing).visible_text)
    with serving() as closed:
        gone = closed.url("/story/")
    refused = read(client, gone)  # the server is gone: nothing listens on that port
    assert refused.status_code == 200
    assert f"Could not read the article: {gone}: the server refused the connection." in page_of(refused).visible_text


def test_private_addresses_are_refused_unless_the_app_allows_them(wire, newsroom_site) -> None:
    from web import create_app

    client = create_app(wire.settings, TESTING=True).test_client()  # the default: PHOTODESK_ALLOW_PRIVATE_FETCH off
    url = serve_story(newsroom_site, wire.folder, "private")
    before = len(newsroom_site.requests)
    response = read(client, url)
    assert response.status_code == 200
    assert (f"Could not read the article: {url}: refused to connect to 127.0.0.1: a loopback address, not the "
            "public internet; this server fetches from the local network only when started with "
            "--allow-private-fetch." in page_of(response).visible_text)
    assert len(newsroom_site.requests) == before
    with CatalogStore(wire.settings.catalog_path) as store:
        assert store.find_article_by_url(url) is None


def test_lookup_by_url_only_reads_the_catalog(client, newsroom_site) -> None:
    url = newsroom_site.url("/never-read/")
    before = len(newsroom_site.requests)
    page = page_of(client.get("/articles", query_string={"url": url}))
    assert page.with_attribute("data-unknown")
    assert [f["value"] for f in page.find("input", name="url")] == [url]  # the form, filled in
    assert len(newsroom_site.requests) == before
    bad = page_of(client.get("/articles", query_string={"url": "javascript:alert(1)"}))
    assert "That is not an article address" in bad.visible_text


def test_forms_without_a_csrf_token_are_refused(client, wire, newsroom_site) -> None:
    url = serve_story(newsroom_site, wire.folder, "csrf")
    before = len(newsroom_site.requests)
    assert client.post("/articles", data={"url": url}).status_code == 400
    assert client.post("/articles", data={"url": url, "csrf_token": "forged"}).status_code == 400
    assert len(newsroom_site.requests) == before
    location = read(client, url).headers["Location"]
    assert client.post(f"{location}/links", data={"position": "3", "asset_id": wire.ids["harbor-fire"]}).status_code == 400


def test_unknown_article_ids_are_404(client) -> None:
    for identifier in ("0123456789abcdef", "nope"):
        response = client.get(f"/articles/{identifier}")
        assert response.status_code == 404
        assert "There is no such article in the catalog." in page_of(response).visible_text
    assert client.get("/articles/../../etc/passwd").status_code == 404


def test_api_article_has_the_story_photos_matches_and_credit_checks(client, wire, newsroom_site) -> None:
    ids = wire.ids
    url = serve_story(newsroom_site, wire.folder, "api")
    read(client, url)
    data = client.get("/api/articles", query_string={"url": url.replace("http://", "HTTP://") + "?utm_campaign=x#photos"}).get_json()
    article = data["article"]
    assert (article["url"], article["title"], article["byline"], article["publication"], article["published"]) == (
        url, "Mosul counts its dead", BYLINE, PUBLICATION, "2017-03-26T08:00:00+00:00")
    assert article["bylines"] == [BYLINE]
    assert article["publication_source"] == "og:site_name"
    assert article["page"] == f"/articles/{article['id']}"
    burial, checkpoint, market, stranger = data["photos"]
    assert (burial["url"], burial["credit_line"], burial["agency"], burial["photographers"]) == (
        f"{url}uploads/api-burial-1200x800.jpg", "Felipe Dana/AP", "AP", ["Felipe Dana"])
    assert burial["caption"] == "A family mourns at the cemetery on the edge of the old city."
    assert [(p["asset_id"], p["match"]) for p in (burial, checkpoint, market)] == [
        (ids["burial"], "similarity"), (ids["checkpoint"], "similarity"), (ids["market"], "similarity")]
    assert burial["credit_check"] == {"status": "ok", "label": "Credit OK", "printed": "Felipe Dana/AP",
                                      "expected": "AP Photo/Felipe Dana",
                                      "reason": "The story credits the same source as the file."}
    assert checkpoint["credit_check"]["status"] == "wrong" and market["credit_check"]["status"] == "missing"
    assert burial["asset"]["asset"]["restrictions"] == ["editorial-only", "mandatory-credit", "no-sales"]
    assert (stranger["asset_id"], stranger["credit_check"], stranger["asset"]) == (None, None, None)
    (suggestion,) = stranger["suggestions"]
    assert (suggestion["asset_id"], suggestion["match"]) == (ids["harbor-fire"], "caption")
    assert suggestion["asset"]["links"]["page"] == f"/assets/{ids['harbor-fire']}"
    assert {item["asset"]["id"] for item in data["assets"]} == {ids["burial"], ids["checkpoint"], ids["market"]}

    bad = client.get("/api/articles", query_string={"url": "javascript:alert(1)"})
    assert bad.status_code == 400 and "not an article address" in bad.get_json()["error"]["message"]
    unknown = client.get("/api/articles", query_string={"url": newsroom_site.url("/never-read/")})
    assert unknown.status_code == 404 and "photodesk article add" in unknown.get_json()["error"]["message"]


def test_openapi_describes_the_article_photo_and_credit_check(client) -> None:
    schemas = client.get("/api/openapi.json").get_json()["components"]["schemas"]
    assert schemas["ArticleDetail"]["properties"]["photos"]["items"] == {"$ref": "#/components/schemas/ArticlePhoto"}
    assert schemas["CreditCheck"]["properties"]["status"]["enum"] == ["wrong", "missing", "incomplete", "unchecked", "ok"]
    assert set(schemas["ArticlePhoto"]["properties"]) >= {"url", "caption", "credit_line", "asset_id", "match",
                                                          "credit_check", "suggestions"}


def test_a_canonical_link_on_another_site_is_shown_as_a_claim_and_changes_no_other_story(client, wire, newsroom_site) -> None:
    real = "https://ledger.example/2017/03/26/mosul-counts-its-dead/"
    with CatalogStore(wire.settings.catalog_path) as store:
        recorded = store.upsert_article(Article(id=article_id(real), url=real, title="The real story",
                                                byline=("Ann Lee",), added_at="2017-03-26T09:00:00+00:00"))
    url = serve_story(newsroom_site, wire.folder, "claimed", title="A copy", canonical=real)
    location = read(client, url).headers["Location"]
    assert location == f"/articles/{article_id(url)}"  # keyed by where it was read, not by the claim
    page = page_of(client.get(location))
    assert [p["data-claimed-url"] for p in page.with_attribute("data-claimed-url")] == [real]
    assert f"The page names {real} as its canonical address; not trusted: another site." in page.visible_text
    assert client.get("/api/articles", query_string={"url": url}).get_json()["article"]["claimed_url"] == real
    with CatalogStore(wire.settings.catalog_path) as store:
        assert store.find_article_by_url(real) == recorded
        assert store.links_to(recorded.id) == [] and store.article_aliases(recorded.id) == []
