"""JSON-LD in article pages: every shape publishers write, flattened into nodes, references resolved."""

from __future__ import annotations

import json

import pytest

from catalog.articles.linked_data import LinkedData, LinkedImage, types_of

# A Yoast-style @graph: the article points at its author, publisher and image by @id.
YOAST_GRAPH = json.dumps({
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebPage", "@id": "https://news.example/a/#webpage", "url": "https://news.example/a/"},
        {
            "@type": "NewsArticle", "@id": "https://news.example/a/#article",
            "headline": "Flood waters recede", "mainEntityOfPage": {"@id": "https://news.example/a/#webpage"},
            "author": {"@id": "https://news.example/#/person/dana"},
            "publisher": {"@id": "https://news.example/#organization"},
            "image": {"@id": "https://news.example/a/#primaryimage"},
        },
        {"@type": "Person", "@id": "https://news.example/#/person/dana", "name": "Dana Whitfield"},
        {"@type": "Organization", "@id": "https://news.example/#organization", "name": "The Valley Ledger"},
        {
            "@type": "ImageObject", "@id": "https://news.example/a/#primaryimage",
            "url": "https://news.example/uploads/flood.jpg", "caption": "Residents wade through a street.",
            "creditText": "AP Photo/Carolyn Kaster",
        },
    ],
})


def test_a_graph_is_flattened_and_each_reference_resolves_to_its_node() -> None:
    data = LinkedData.from_scripts([YOAST_GRAPH])
    story = data.story()
    assert story is not None and story["headline"] == "Flood waters recede"
    assert data.names(story["author"]) == ["Dana Whitfield"]
    assert data.names(story["publisher"]) == ["The Valley Ledger"]
    assert data.images(story) == [LinkedImage(url="https://news.example/uploads/flood.jpg",
                                              caption="Residents wade through a street.",
                                              credit="AP Photo/Carolyn Kaster")]


def test_a_full_node_wins_over_a_bare_reference_to_it_whatever_the_order() -> None:
    reference_first = json.dumps([{"@id": "#dana"}, {"@id": "#dana", "@type": "Person", "name": "Dana"}])
    node_first = json.dumps([{"@id": "#dana", "@type": "Person", "name": "Dana"}, {"@id": "#dana"}])
    for text in (reference_first, node_first):
        assert LinkedData.from_scripts([text]).resolve({"@id": "#dana"})["name"] == "Dana"


def test_an_unknown_reference_and_a_node_with_more_fields_are_left_as_they_are() -> None:
    data = LinkedData.from_scripts([YOAST_GRAPH])
    assert data.resolve({"@id": "#nowhere"}) == {"@id": "#nowhere"}
    inline = {"@id": "https://news.example/#organization", "name": "Inline name"}
    assert data.resolve(inline) is inline  # a node of its own, not a reference
    assert data.resolve("plain text") == "plain text"


def test_broken_blocks_are_skipped_and_wrapped_or_multiline_blocks_read() -> None:
    wrapped = '<!--\n{"@type": "NewsArticle", "headline": "Wrapped", "url": "https://x.example/w"}\n-->'
    cdata = '//<![CDATA[\n{"@type": "Article", "headline": "In CDATA", "url": "https://x.example/c"}\n//]]>'
    raw_newline = '{"@type": "BlogPosting", "headline": "Two\nlines", "url": "https://x.example/n"}'
    data = LinkedData.from_scripts(["{not json", "", wrapped, cdata, raw_newline])
    assert [node["headline"] for node in data.nodes] == ["Wrapped", "In CDATA", "Two\nlines"]


def test_the_story_is_the_node_naming_this_page_else_the_first_story() -> None:
    blocks = [
        json.dumps({"@type": "NewsArticle", "headline": "Related story", "url": "https://x.example/other"}),
        json.dumps({"@type": ["ReportageNewsArticle"], "headline": "This story",
                    "mainEntityOfPage": {"@id": "https://x.example/this"}}),
    ]
    data = LinkedData.from_scripts(blocks)
    assert data.story(["https://x.example/this"])["headline"] == "This story"
    assert data.story(["https://x.example/elsewhere"])["headline"] == "Related story"
    assert data.story()["headline"] == "Related story"


def test_pages_without_a_story_node_have_none() -> None:
    data = LinkedData.from_scripts([json.dumps({"@type": "Organization", "name": "The Valley Ledger"}),
                                    json.dumps({"@type": "NewsArticle", "@id": "#bare"})])  # a stub: too few fields
    assert data.story() is None


@pytest.mark.parametrize(("node", "types"), [
    ({"@type": "NewsArticle"}, {"NewsArticle"}),
    ({"@type": "http://schema.org/NewsArticle"}, {"NewsArticle"}),
    ({"@type": "https://schema.org/Article/"}, {"Article"}),
    ({"@type": ["WebPage", "ItemPage"]}, {"WebPage", "ItemPage"}),
    ({"@type": 7}, set()),
    ({}, set()),
])
def test_types_are_read_as_names_from_names_urls_and_lists(node: dict, types: set[str]) -> None:
    assert types_of(node) == types


def test_people_are_preferred_to_organisations_and_plain_strings_count_as_people() -> None:
    data = LinkedData()
    mixed = [{"@type": "Organization", "name": "The Ledger"}, {"@type": "Person", "name": "Ann Lee"}, "Bo Chan"]
    assert data.names(mixed) == ["Ann Lee", "Bo Chan"]
    assert data.names({"@type": "Organization", "name": "The Ledger"}) == ["The Ledger"]
    assert data.names([{"@type": "Person"}, {"name": 5}]) == []
    assert data.names(None) == []


def test_images_from_urls_image_objects_and_associated_media_with_their_credits() -> None:
    data = LinkedData()
    story = {
        "image": [
            "https://x.example/plain.jpg",
            {"@type": "ImageObject", "contentUrl": " https://x.example/content.jpg ",
             "caption": {"text": "A caption in an object"},
             "author": {"@type": "Person", "name": "Ann Lee"}, "copyrightHolder": {"@type": "Organization", "name": "AP"}},
            {"@type": "ImageObject", "url": ["https://x.example/first.jpg", "https://x.example/second.jpg"],
             "creator": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chan"}],
             "copyrightHolder": {"@type": "Person", "name": "Ann Lee"}},
            {"@type": "ImageObject", "caption": "no address"},
        ],
        "associatedMedia": {"@type": "ImageObject", "url": "https://x.example/gallery.jpg", "creditText": "  "},
    }
    assert data.images(story) == [
        LinkedImage(url="https://x.example/plain.jpg"),
        LinkedImage(url="https://x.example/content.jpg", caption="A caption in an object", credit="Ann Lee/AP"),
        LinkedImage(url="https://x.example/first.jpg", credit="Ann Lee, Bo Chan"),  # the holder is already named
        LinkedImage(url="https://x.example/gallery.jpg"),
    ]
