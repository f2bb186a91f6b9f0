"""Stories other tools save as JSON: an extractor's, a news API's, a news format's (blind6 s02, s03, s09, s10, s11)."""

from __future__ import annotations

import json

from tests.helpers.article_pages import scrape

STORY_URL = "https://hillcourier.example/news/2024/06/03/bridge-reopens"


def test_an_extractors_json_pairs_its_lead_image_with_the_caption_its_text_kept() -> None:
    saved = {"title": "Bridge reopens after repairs", "author": "Ann Lee; Bo Park", "source": STORY_URL,
             "source-hostname": "The Hill Courier", "image": "https://img.hillcourier.example/bridge-1200.jpg",
             "text": "The bridge reopened on Monday.\nCars cross the bridge at dawn. Photo: Cy Doe/The Hill Courier\n"
                     "Repairs took a year."}
    record = scrape(json.dumps(saved), url=STORY_URL)
    assert (record["url"], record["title"]) == (STORY_URL, "Bridge reopens after repairs")
    assert record["bylines"] == ["Ann Lee", "Bo Park"]
    assert (record["publication"], record["publication_source"]) == ("The Hill Courier", "og:site_name")
    [photo] = record["photos"]
    assert (photo["url"], photo["caption"], photo["credit_line"]) == (
        saved["image"], "Cars cross the bridge at dawn.", "Cy Doe/The Hill Courier")


def test_a_host_name_is_no_site_name() -> None:
    saved = {"title": "Bridge reopens after repairs", "source": STORY_URL, "source-hostname": "hillcourier.example",
             "text": "The bridge reopened on Monday."}
    assert scrape(json.dumps(saved), url=STORY_URL)["publication"] != "hillcourier.example"


def test_an_apis_envelope_and_its_image_list_with_captions() -> None:
    saved = {"request": {"api": "article"}, "objects": [{
        "type": "article", "title": "Dam inspection finds cracks", "author": "Priya Raman", "siteName": "Lakeside Courier",
        "pageUrl": STORY_URL + "?utm_source=rss", "text": "Inspectors found cracks.",
        "images": [{"url": "https://img.lakeside.example/dam-1600.jpg", "title": "The dam on Friday. (Owen Briggs/AP)"}]}]}
    record = scrape(json.dumps(saved), url=STORY_URL)
    assert (record["url"], record["byline"], record["publication"]) == (STORY_URL, "Priya Raman", "Lakeside Courier")
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"], photo["agency"]) == ("The dam on Friday.", "Owen Briggs/AP", "AP")


def test_a_ninjs_item_gives_its_picture_by_its_largest_rendition_and_its_holder_as_publisher() -> None:
    saved = {"uri": "urn:newsml:wire.example:1", "type": "text", "headlines": [{"role": "main", "value": "Strike called off"}],
             "by": "By Ann Lee and Bo Park", "copyrightholder": "Harbour Wire",
             "links": [{"rel": "canonical", "href": STORY_URL}],
             "associations": {"featureimage": {"type": "picture", "by": "Cy Doe", "copyrightholder": "Harbour Wire",
                                               "descriptions": [{"role": "caption", "value": "Cranes stand idle."}],
                                               "renditions": [{"href": "https://img.wire.example/p_thumb.jpg", "width": 320},
                                                              {"href": "https://img.wire.example/p.jpg", "width": 3000}]}}}
    record = scrape(json.dumps(saved), url=STORY_URL)
    assert (record["title"], record["bylines"]) == ("Strike called off", ["Ann Lee", "Bo Park"])
    assert (record["publication"], record["publication_source"]) == ("Harbour Wire", "json-ld publisher")
    [photo] = record["photos"]
    assert (photo["url"], photo["also_seen_as"]) == ("https://img.wire.example/p.jpg", ["https://img.wire.example/p_thumb.jpg"])
    assert (photo["caption"], photo["credit_line"], photo["photographers"]) == ("Cranes stand idle.", "Cy Doe/Harbour Wire",
                                                                                 ["Cy Doe"])


def test_an_ans_story_reads_its_blocks_credits_and_relative_address() -> None:
    saved = {"type": "story", "canonical_url": "/news/2024/06/03/bridge-reopens",
             "headlines": {"basic": "Bridge reopens after repairs"},
             "credits": {"by": [{"type": "author", "name": "Ann Lee", "org": "The Hill Courier"}]},
             "promo_items": {"basic": {"type": "image", "url": "https://img.hillcourier.example/lead.jpg",
                                       "caption": "The bridge on Monday.",
                                       "credits": {"by": [{"name": "Cy Doe"}], "affiliation": [{"name": "The Hill Courier"}]}}},
             "content_elements": [{"type": "text", "content": "The bridge reopened."},
                                  {"type": "image", "url": "https://img.hillcourier.example/b.jpg", "caption": "Crews at work.",
                                   "credits": {"by": [{"name": "AP", "byline": "Matt York/AP"}]}}]}
    record = scrape(json.dumps(saved), url=STORY_URL)
    assert (record["url"], record["title"], record["bylines"]) == (STORY_URL, "Bridge reopens after repairs", ["Ann Lee"])
    assert record["publication"] == "The Hill Courier"
    assert [(p["caption"], p["credit_line"]) for p in record["photos"]] == [
        ("The bridge on Monday.", "Cy Doe/The Hill Courier"), ("Crews at work.", "Matt York/AP")]


def test_an_apple_news_article_reads_its_components() -> None:
    saved = {"version": "1.7", "title": "Hospital expansion opens", "metadata": {"canonicalURL": STORY_URL,
                                                                                "authors": ["Irene Castillo"]},
             "components": [{"role": "title", "text": "Hospital expansion opens"},
                            {"role": "byline", "text": "By Irene Castillo | The Valley Voice"},
                            {"role": "photo", "URL": "https://img.valleyvoice.example/wing.jpg",
                             "caption": {"text": "The new wing. Photo: Ron Pettit/The Valley Voice"}},
                            {"role": "body", "text": "The wing adds 64 beds."}]}
    record = scrape(json.dumps(saved), url=STORY_URL)
    assert (record["title"], record["bylines"], record["publication"]) == (
        "Hospital expansion opens", ["Irene Castillo"], "The Valley Voice")
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"], photo["agency"]) == ("The new wing.", "Ron Pettit/The Valley Voice",
                                                                        "The Valley Voice")


def test_json_that_is_no_story_is_read_as_text() -> None:
    assert scrape(json.dumps({"status": "ok", "count": 3}), url=STORY_URL)["photos"] == []
