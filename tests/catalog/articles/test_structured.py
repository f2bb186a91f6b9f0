"""Scrapes that are data: a reader's JSON and a feed's item are read as the page they describe (blind4 s01, s07)."""

from __future__ import annotations

import json

from catalog.articles.pages import parse_article
from catalog.articles.structured import structured_page

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Local News</title><link>https://paper.example/news/</link>
<copyright>Copyright 2024 The Hill Courier</copyright>
<image><url>https://paper.example/icon.png</url></image>
<item><title><![CDATA[Bridge reopens after repairs]]></title>
<link>https://paper.example/news/bridge-reopens.html</link>
<dc:creator>Ann Lee and Bo Park</dc:creator>
<media:content url="https://img.paper.example/a/bridge.image.jpg?resize=1200%2C800" medium="image" width="1200">
<media:description><![CDATA[Cars cross the bridge on Monday.]]></media:description>
<media:credit role="photographer">Cy Doe</media:credit>
<media:thumbnail url="https://img.paper.example/a/bridge.image.jpg?resize=150%2C100" width="150"/>
</media:content></item></channel></rss>"""


def test_a_feed_item_is_read_as_its_story() -> None:
    record = parse_article(FEED.encode(), url="https://paper.example/feed/").to_record()
    assert record["url"] == "https://paper.example/news/bridge-reopens.html"
    assert record["title"] == "Bridge reopens after repairs"  # not the channel's "Local News"
    assert (record["byline"], record["bylines"]) == ("Ann Lee and Bo Park", ["Ann Lee", "Bo Park"])
    assert (record["publication"], record["publication_source"]) == ("The Hill Courier", "footer copyright")
    [photo] = record["photos"]  # the channel's icon is no photo
    assert photo["url"].endswith("resize=1200%2C800")
    assert photo["also_seen_as"] == ["https://img.paper.example/a/bridge.image.jpg?resize=150%2C100"]
    assert (photo["caption"], photo["credit_line"], photo["photographers"]) == (
        "Cars cross the bridge on Monday.", "Cy Doe", ["Cy Doe"])


def test_a_reader_json_is_read_as_its_story() -> None:
    saved = {"title": "Storm topples trees [PHOTOS] | The Coast Daily", "author": "Ann Lee, Bo Park",
             "url": "https://coast.example/storm", "lead_image_url": "https://img.coast.example/k/a1b2c3d4_1200.jpg",
             "content": '<div><figure><img src="https://img.coast.example/k/a1b2c3d4_o.jpg"><figcaption>Photo 1 of 2. '
                        'A roof on the quay. Photo: Cy Doe</figcaption></figure></div>'}
    record = parse_article(json.dumps(saved).encode(), url="https://coast.example/storm").to_record()
    assert record["title"] == "Storm topples trees [PHOTOS]"
    assert (record["publication"], record["publication_source"]) == ("The Coast Daily", "title suffix")
    assert (record["byline"], record["bylines"]) == ("Ann Lee, Bo Park", ["Ann Lee", "Bo Park"])
    [photo] = record["photos"]
    assert photo["url"] == "https://img.coast.example/k/a1b2c3d4_o.jpg"  # the original; the lead image a rendition
    assert photo["also_seen_as"] == ["https://img.coast.example/k/a1b2c3d4_1200.jpg"]
    assert (photo["caption"], photo["credit_line"]) == ("A roof on the quay.", "Cy Doe")  # no gallery counter


def test_other_text_is_no_structured_scrape() -> None:
    assert structured_page('{"not": "a story"}') is None
    assert structured_page("<?xml version='1.0'?><rss><channel><item><title>x</title></rss>") is None  # broken XML
    assert structured_page("<!DOCTYPE html><html><body>{}</body></html>") is None
    assert structured_page("Headline\n\nBy Ann Lee\n") is None


def test_a_json_feeds_item_and_a_wordpress_rest_post_are_read_as_their_story() -> None:
    figure = ('<figure><img src="https://img.coast.example/2024/06/quay-roof.jpg"><figcaption>A roof on the quay. '
              "Photo: Cy Doe/AP</figcaption></figure>")
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Coast Daily", "items": [
        {"id": "1", "url": "https://coast.example/storm", "title": "Storm topples trees", "content_html": figure,
         "authors": [{"name": "Ann Lee"}, {"name": "Bo Park"}]}]}
    post = {"link": "https://coast.example/storm", "title": {"rendered": "Storm topples trees"},
            "content": {"rendered": figure}, "_embedded": {"author": [{"name": "Ann Lee"}, {"name": "Bo Park"}]}}
    for saved in (feed, post):
        record = parse_article(json.dumps(saved).encode(), url="https://coast.example/storm").to_record()
        assert (record["title"], record["bylines"]) == ("Storm topples trees", ["Ann Lee", "Bo Park"])
        [photo] = record["photos"]
        assert (photo["caption"], photo["agency"]) == ("A roof on the quay.", "AP")


def test_an_atom_entrys_html_and_an_rss_description_holding_html_show_their_pictures() -> None:
    figure = ('&lt;figure&gt;&lt;img src="https://img.coast.example/2024/06/quay-roof.jpg"&gt;&lt;figcaption&gt;'
              "A roof on the quay. Photo: Cy Doe/AP&lt;/figcaption&gt;&lt;/figure&gt;")
    atom = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Daily</title><entry>'
            '<title>Storm topples trees</title><link rel="alternate" href="https://coast.example/storm"/>'
            f'<author><name>Ann Lee</name></author><content type="html">{figure}</content></entry></feed>')
    rss = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Daily</title><item><title>Storm topples trees'
           f"</title><link>https://coast.example/storm</link><description>{figure}</description></item></channel></rss>")
    for feed in (atom, rss):
        record = parse_article(feed.encode(), url="https://coast.example/feed").to_record()
        assert (record["url"], record["title"]) == ("https://coast.example/storm", "Storm topples trees")
        [photo] = record["photos"]
        assert (photo["url"], photo["credit_line"]) == ("https://img.coast.example/2024/06/quay-roof.jpg", "Cy Doe/AP")


def test_an_evernote_web_clip_is_read_as_its_story() -> None:
    note = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">'
            '<en-export><note><title>Storm topples trees | The Coast Daily</title><content><![CDATA[<?xml version="1.0" '
            'encoding="UTF-8"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note><div><figure>'
            '<img src="https://img.coast.example/2024/06/quay-roof.jpg"/><figcaption>A roof on the quay. Photo: Cy Doe/AP'
            '</figcaption></figure></div></en-note>]]></content><note-attributes><author>Ann Lee</author>'
            "<source-url>https://coast.example/storm</source-url></note-attributes></note></en-export>")
    record = parse_article(note.encode(), url="https://coast.example/storm").to_record()
    assert (record["title"], record["byline"], record["publication"]) == ("Storm topples trees", "Ann Lee", "The Coast Daily")
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("A roof on the quay.", "Cy Doe/AP")


def test_json_nested_deeper_than_a_story_is_no_crash() -> None:
    result = parse_article(b"[" * 100_000 + b"]" * 100_000, url="https://coast.example/storm")
    assert result.photos == ()
