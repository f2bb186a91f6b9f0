"""Exports of stories by tools never seen, read by what their keys mean (issue 15; shape library x01–x14)."""

from __future__ import annotations

import json
from xml.etree import ElementTree
from xml.etree.ElementTree import Element

from catalog.articles.exports import (
    authors,
    body_kind,
    enclosing_site,
    fields,
    find_story,
    key_words,
    load_json,
    page_document,
    prose_html,
    role,
    xml_data,
)
from catalog.articles.structured import structured_page
from tests.helpers.article_pages import scrape

STORY_URL = "https://www.hillcourier.example/news/2024/06/03/bridge-reopens"
OTHER_URL = "https://www.hillcourier.example/news/2024/06/02/market-hall"
PICTURE = "https://img.hillcourier.example/2024/06/bridge-1600.jpg"
BODY = ("<figure><img src=\"" + PICTURE + "\"><figcaption>Cars cross the bridge at dawn. Photo: Cy Doe/The Hill Courier"
        "</figcaption></figure><p>The bridge reopened on Monday after a year of repairs.</p>")


def _story(title: str = "Bridge reopens after repairs", url: str = STORY_URL) -> dict:
    return {"headline": title, "permalink": url, "bodyHtml": BODY}


def test_a_keys_words_split_at_case_changes_and_separators() -> None:
    assert key_words("story_permalink") == ("story", "permalink")
    assert key_words("urlToImage") == ("url", "to", "image")
    assert key_words("og:site_name") == ("og", "site", "name")
    assert key_words("articleBodyHTML") == ("article", "body", "html")
    assert key_words("source-hostname") == ("source", "hostname")


def test_json_lines_are_a_list_of_their_values() -> None:
    assert load_json('{"title": "A"}\n{"title": "B"}\n') == [{"title": "A"}, {"title": "B"}]
    assert load_json('{"title": "A"}') == {"title": "A"}
    assert load_json("Headline\n\nBy Ann Lee") is None
    assert load_json('{"title": "A"}\nnot json') is None


def test_a_string_holding_json_is_read_as_its_data() -> None:
    message = {"Records": [{"messageId": "1", "body": json.dumps(_story())}]}
    assert load_json(json.dumps(message))["Records"][0]["body"]["headline"] == "Bridge reopens after repairs"
    assert load_json(json.dumps({"note": "{not json}"})) == {"note": "{not json}"}


def test_a_values_role_comes_from_the_words_of_its_path() -> None:
    assert role((("story", "title"),), "Bridge reopens") == "title"
    assert role((("feed",), ("title",)), "The Hill Courier") == "site"
    assert role((("source",), ("name",)), "The Hill Courier") == "site"
    assert role((("authors",), ("name",)), "Ann Lee") == "author"
    assert role((("story", "permalink"),), STORY_URL) == "url"
    assert role((("canonical",), ("href",)), STORY_URL) == "url"
    assert role((("url", "to", "image"),), PICTURE) == "picture"


def test_addresses_that_are_not_the_storys_and_logos_have_no_role() -> None:
    assert role((("home", "page", "url"),), "https://www.hillcourier.example/") is None
    assert role((("comments", "url"),), STORY_URL + "#comments") is None
    assert role((("feed",), ("html", "url")), "https://www.hillcourier.example/") is None
    assert role((("domain", "metadata"), ("logo",)), "https://logo.example/hillcourier.png") is None
    assert role((("story", "id"),), STORY_URL) is None


def test_a_body_is_html_markdown_or_text_by_what_it_holds() -> None:
    assert body_kind(BODY) == "html"
    assert body_kind("# Bridge reopens\n\n![Cars](https://img.example/a.jpg)\n") == "markdown"
    assert body_kind("The bridge reopened on Monday.\nRepairs took a year.") == "text"


def test_an_og_tags_content_is_no_body() -> None:
    found = fields({"title": "Bridge reopens after repairs",
                    "openGraph": [{"property": "og:site_name", "content": "The Hill Courier"}]})
    assert "body" not in found


def test_the_story_read_is_the_one_at_the_address_given() -> None:
    data = {"status": "ok", "articles": [_story("Market hall closes", OTHER_URL), _story()]}
    assert find_story(data, STORY_URL)["headline"] == "Bridge reopens after repairs"
    assert find_story(data, OTHER_URL)["headline"] == "Market hall closes"


def test_without_the_address_the_first_of_equal_stories_is_read() -> None:
    data = {"articles": [_story("Market hall closes", OTHER_URL), _story()]}
    assert find_story(data, "https://elsewhere.example/")["headline"] == "Market hall closes"
    assert find_story(data)["headline"] == "Market hall closes"


def test_a_story_is_found_inside_its_envelopes_and_under_ids() -> None:
    assert find_story({"data": {"article": {"__typename": "ArticleSuccess", "article": _story()}}})["permalink"] == STORY_URL
    assert find_story({"status": 1, "list": {"3951823370": _story()}})["permalink"] == STORY_URL


def test_a_feed_and_its_item_the_item_is_the_story() -> None:
    feed = {"title": "The Hill Courier", "home_page_url": "https://www.hillcourier.example/",
            "items": [{"title": "Bridge reopens after repairs", "url": STORY_URL, "content_html": BODY,
                       "authors": [{"name": "Ann Lee"}]}]}
    assert find_story(feed)["url"] == STORY_URL


def test_a_picture_is_no_story() -> None:
    data = {"headlines": [{"role": "main", "value": "Strike called off"}], "by": "Ann Lee",
            "associations": {"featureimage": {"type": "picture", "headline": "Cranes at the port",
                                              "renditions": [{"href": PICTURE}]}}}
    assert find_story(data) is data


def test_an_export_without_a_story_has_none() -> None:
    assert find_story({"status": "ok", "totalResults": 0, "articles": []}) is None
    assert find_story({"user": {"name": "Ann Lee", "url": "https://www.hillcourier.example/ann"}}) is None


def test_authors_come_from_the_shallowest_key_naming_them() -> None:
    assert authors({"authors": {"188230": {"author_id": "188230", "name": "Clara Voss"}}}) == ["Clara Voss"]
    assert authors({"story_authors": "Paul Okafor", "feed": {"title": "Millbrook Herald"}}) == ["Paul Okafor"]
    assert authors({"authors": [{"name": "Ann Lee", "type": "author"}, {"name": "Herald Desk", "type": "editor"}]}) \
        == ["Ann Lee"]


def test_a_whole_page_kept_in_an_export_is_that_page() -> None:
    page = f"<!DOCTYPE html><html><head><title>Bridge reopens</title></head><body>{BODY}</body></html>"
    har = {"log": {"entries": [{"request": {"url": STORY_URL}, "response": {"content": {"mimeType": "text/html",
                                                                                    "text": page}}}]}}
    assert page_document(har) == page
    assert page_document({"html": "<p>short</p>"}) is None
    assert scrape(json.dumps(har), url=STORY_URL)["photos"][0]["url"] == PICTURE


def test_a_tool_never_seen_with_sensible_keys_is_read_right() -> None:
    export = {"result": {"entries": [{
        "headline": "Bridge reopens after repairs", "permalink": STORY_URL,
        "writer": {"displayName": "Ann Lee"}, "outlet": {"title": "The Hill Courier"}, "bodyHtml": BODY}]}}
    record = scrape(json.dumps(export), url=STORY_URL)
    assert (record["title"], record["byline"], record["url"]) == ("Bridge reopens after repairs", "Ann Lee", STORY_URL)
    assert (record["publication"], record["publication_source"]) == ("The Hill Courier", "og:site_name")
    [photo] = record["photos"]
    assert (photo["url"], photo["caption"], photo["credit_line"]) == (
        PICTURE, "Cars cross the bridge at dawn.", "Cy Doe/The Hill Courier")


def test_a_story_whose_body_is_markdown_is_read_as_a_web_clip() -> None:
    export = {"code": 200, "data": {"title": "Bridge reopens after repairs", "url": STORY_URL,
                                    "content": "# Bridge reopens after repairs\n\nBy Ann Lee\n\n"
                                               f"![Cars cross the bridge at dawn.]({PICTURE})\n\n"
                                               "*Cars cross the bridge at dawn. Photo: Cy Doe/AP*\n\n"
                                               "The bridge reopened on Monday after a year of repairs.\n"}}
    record = scrape(json.dumps(export), url=STORY_URL)
    assert (record["title"], record["byline"]) == ("Bridge reopens after repairs", "Ann Lee")
    assert [(photo["url"], photo["credit_line"]) for photo in record["photos"]] == [(PICTURE, "Cy Doe/AP")]


def test_pictures_listed_under_ids_with_their_caption_and_credit() -> None:
    export = {"list": {"1": {"resolved_title": "Bridge reopens after repairs", "resolved_url": STORY_URL,
                             "images": {"1": {"src": PICTURE, "caption": "Cars cross the bridge at dawn.",
                                              "credit": "Cy Doe/AP"}}}}}
    [photo] = scrape(json.dumps(export), url=STORY_URL)["photos"]
    assert (photo["url"], photo["caption"], photo["credit_line"], photo["agency"]) == (
        PICTURE, "Cars cross the bridge at dawn.", "Cy Doe/AP", "AP")


def test_a_feeds_title_names_the_site_of_the_item_read() -> None:
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "The Hill Courier",
            "feed_url": "https://www.hillcourier.example/feed.json",
            "items": [{"title": "Bridge reopens after repairs", "url": STORY_URL, "content_html": BODY}]}
    assert enclosing_site(feed, feed["items"][0]) == "The Hill Courier"
    record = scrape(json.dumps(feed), url=STORY_URL)
    assert (record["publication"], record["publication_source"]) == ("The Hill Courier", "og:site_name")


def test_a_list_or_envelope_without_a_feed_or_site_key_names_no_site() -> None:
    data = {"title": "Search results", "results": [_story()]}
    assert enclosing_site(data, data["results"][0]) is None
    data = {"answer": {"siteName": "The Hill Courier", "story": _story()}}
    assert enclosing_site(data, data["answer"]["story"]) == "The Hill Courier"


def test_the_account_that_saved_a_story_is_not_its_author() -> None:
    assert role((("creator", "ref"), ("name",)), "Dana Whitfield") is None
    assert role((("user",), ("name",)), "Dana Whitfield") is None
    assert role((("creator",), ("name",)), "Dana Whitfield") == "author"
    saved = {"item": {"title": "Bridge reopens after repairs", "link": STORY_URL, "cover": PICTURE,
                      "creatorRef": {"_id": 1, "name": "Dana Whitfield"}}}
    assert scrape(json.dumps(saved), url=STORY_URL)["bylines"] == []


def test_a_title_an_address_and_an_outlet_are_a_story() -> None:
    result = {"results": [{"media_name": "The Hill Courier", "title": "Bridge reopens after repairs", "url": STORY_URL}]}
    record = scrape(json.dumps(result), url=STORY_URL)
    assert (record["title"], record["publication"], record["photos"]) == (
        "Bridge reopens after repairs", "The Hill Courier", [])


def test_a_list_of_all_the_pages_pictures_leaves_out_logos_and_puts_the_lead_first() -> None:
    second = "https://img.hillcourier.example/2024/06/workshop-1600.jpg"
    saved = {"title": "Bridge reopens after repairs", "url": STORY_URL, "top_image": PICTURE,
             "images": ["https://img.hillcourier.example/static/hillcourier-logo.png", second, PICTURE,
                        "Not an address"],
             "text": "The bridge reopened on Monday.\nCars cross the bridge at dawn. Photo: Cy Doe/AP\n"
                     "A welder in the workshop. Photo: Ida Berg"}
    photos = scrape(json.dumps(saved), url=STORY_URL)["photos"]
    assert [(photo["url"], photo["credit_line"]) for photo in photos] == [(PICTURE, "Cy Doe/AP"), (second, "Ida Berg")]


def test_captions_listed_beside_the_pictures_addresses_go_with_them_by_position() -> None:
    item = {"headline": "Bridge reopens after repairs", "article_url": STORY_URL, "body": "The bridge reopened.",
            "image_urls": [PICTURE], "image_captions": ["Cars cross the bridge at dawn. Photo: Cy Doe/AP"]}
    [photo] = scrape(json.dumps(item), url=STORY_URL)["photos"]
    assert (photo["url"], photo["caption"], photo["credit_line"]) == (PICTURE, "Cars cross the bridge at dawn.",
                                                                      "Cy Doe/AP")


def _xml(text: str) -> Element:
    return ElementTree.fromstring(text)


def test_an_xml_exports_attributes_and_elements_are_its_keys() -> None:
    data = xml_data(_xml(f'<doc title="Bridge reopens" url="{STORY_URL}"><author>Ann Lee</author><author>Bo Park</author>'
                         '<title type="main">Bridge reopens after repairs</title></doc>'))
    # the element after the attribute of its name: a list of both
    assert data == {"title": ["Bridge reopens", {"type": "main", "value": "Bridge reopens after repairs"}],
                    "url": STORY_URL, "author": ["Ann Lee", "Bo Park"]}
    assert role((("title",), ("value",)), "Bridge reopens after repairs") == "title"
    assert role((("ptr",), ("target",)), STORY_URL) == "url"


def test_an_elements_prose_is_its_html_a_graphic_captioned_by_the_credited_paragraph_after_it() -> None:
    main = _xml(f'<main><p>The bridge reopened.</p><graphic src="{PICTURE}" alt="The bridge"/>'
                '<p>Cars cross the bridge at dawn. Photo: Cy Doe/AP</p><head rend="h2">A year of work</head>'
                '<p>Repairs took a <hi rend="#i">year</hi>.</p></main>')
    assert prose_html(main) == (f'<p>The bridge reopened.</p><figure><img src="{PICTURE}" alt="The bridge"><figcaption>'
                                'Cars cross the bridge at dawn. Photo: Cy Doe/AP</figcaption></figure>'
                                '<h2>A year of work</h2><p>Repairs took a <em>year</em>.</p>')
    uncredited = _xml(f'<main><graphic src="{PICTURE}"/><p>Repairs took a year.</p></main>')
    assert "<figcaption>" not in prose_html(uncredited)


def test_the_address_of_the_program_that_wrote_an_export_is_not_the_storys() -> None:
    assert role((("app", "info"), ("application",), ("ptr",), ("target",)), "https://github.com/adbar/trafilatura") \
        is None


def test_a_trafilatura_xml_document_is_read_as_its_story() -> None:
    document = (f'<doc sitename="The Hill Courier" title="Bridge reopens after repairs" author="Ann Lee" '
                f'url="{STORY_URL}" hostname="hillcourier.example"><main><p>The bridge reopened on Monday.</p>'
                f'<graphic src="{PICTURE}"/><p>Cars cross the bridge at dawn. Photo: Cy Doe/AP</p></main></doc>')
    record = scrape(document, url=STORY_URL)
    assert (record["title"], record["byline"], record["publication"]) == (
        "Bridge reopens after repairs", "Ann Lee", "The Hill Courier")
    assert [(photo["url"], photo["credit_line"]) for photo in record["photos"]] == [(PICTURE, "Cy Doe/AP")]


def test_an_xhtml_page_is_no_xml_export() -> None:
    page = (f'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Bridge reopens after '
            f'repairs</title></head><body><p>The bridge reopened.</p></body></html>')
    assert structured_page(page, STORY_URL) is None


def test_a_story_typed_as_an_article_keeps_its_authors_and_a_printed_byline_is_read() -> None:
    assert authors({"type": "article", "fields": {"byline": "Ellen Marsh"}}) == ["Ellen Marsh"]
    assert authors({"byline": {"original": "By Rosa Delgado", "person": [{"firstname": "Rosa"}]}}) == ["By Rosa Delgado"]


def test_a_listed_pictures_path_is_from_the_sites_root() -> None:
    doc = {"headline": {"main": "Bridge reopens after repairs"}, "web_url": STORY_URL,
           "multimedia": [{"type": "image", "url": "images/2024/06/03/bridge-xlarge.jpg", "caption": None}]}
    [photo] = scrape(json.dumps({"response": {"docs": [doc]}}), url=STORY_URL)["photos"]
    assert photo["url"] == "https://www.hillcourier.example/images/2024/06/03/bridge-xlarge.jpg"


def test_xml_nested_deeper_than_a_story_is_no_crash() -> None:
    deep = "<doc><main>" + "<hi>" * 5000 + "word" + "</hi>" * 5000 + "</main></doc>"
    assert structured_page(deep, STORY_URL) is None
    assert scrape(deep, url=STORY_URL)["photos"] == []


def test_a_storys_html_in_parts_beside_each_other_is_read_whole_in_order() -> None:
    figure = f'<figure><img src="{PICTURE}"><figcaption>Cars cross the bridge at dawn.</figcaption></figure>'
    text = "<p>The bridge reopened on Monday after a year of repairs, the county council said on Tuesday.</p>"
    found = fields({"webTitle": "Bridge reopens", "fields": {"main": figure, "body": text, "standfirst": "<p>Open</p>"}})
    assert found["body"] == figure + text
    assert fields({"content": BODY, "meta": {"html": "<p>" + "x" * 100 + "</p>"}})["body"] == BODY
