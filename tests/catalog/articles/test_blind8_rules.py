"""Rules found working on the eighth blind set (issue 15), each with a small case of its own.

The set itself is ``data/blind8`` (test_blind_shapes); these cases hold each rule apart from it.
"""

from __future__ import annotations

import json

from catalog.articles.pages import parse_article


def _read(saved: object, url: str = "https://coast.example/storm") -> dict:
    return parse_article(json.dumps(saved).encode(), url=url).to_record()


def test_a_news_please_file_gives_its_page_title_text_and_lead_image() -> None:
    saved = {"authors": ["Ann Lee"], "title": "Storm topples trees", "title_page": "Storm topples trees – The Coast Daily",
             "image_url": "https://coast.example/uploads/quay-1200x800.jpg", "source_domain": "coast.example",
             "maintext": "A roof on the quay on Sunday. Photo: Cy Doe\nThe storm came in at dawn.",
             "url": "https://coast.example/storm"}
    record = _read(saved)
    assert (record["title"], record["byline"]) == ("Storm topples trees", "Ann Lee")
    assert (record["publication"], record["publication_source"]) == ("The Coast Daily", "title suffix")
    [photo] = record["photos"]
    assert photo["url"] == "https://coast.example/uploads/quay-1200x800.jpg"
    assert (photo["caption"], photo["credit_line"]) == ("A roof on the quay on Sunday.", "Cy Doe")


def test_a_read_later_export_is_a_list_of_entries_whose_author_key_may_be_published_by() -> None:
    entry = {"id": 7, "title": "Storm topples trees", "url": "https://coast.example/storm", "published_by": ["Ann Lee"],
             "content": '<p>The storm came in at dawn.</p><figure><img src="https://coast.example/quay.jpg">'
                        "<figcaption>A roof on the quay. Photo: Cy Doe</figcaption></figure>",
             "domain_name": "coast.example"}
    record = _read([entry])
    assert (record["title"], record["byline"], record["url"]) == ("Storm topples trees", "Ann Lee",
                                                                   "https://coast.example/storm")
    assert [photo["credit_line"] for photo in record["photos"]] == ["Cy Doe"]


def test_a_scraping_apis_story_html_inside_its_envelope_is_read_as_the_page() -> None:
    response = {"url": "https://coast.example/storm?utm_source=x", "statusCode": 200, "article": {
        "headline": "Storm topples trees", "authors": [{"name": "Ann Lee", "nameRaw": "By Ann Lee"}],
        "articleBody": "The storm came in at dawn.\n\nA roof on the quay. Photo: Cy Doe",
        "articleBodyHtml": '<article><p>The storm came in at dawn.</p><figure><img src="https://coast.example/quay.jpg">'
                           "<figcaption>A roof on the quay. Photo: Cy Doe</figcaption></figure></article>",
        "canonicalUrl": "https://coast.example/storm"}}
    record = _read(response)
    assert (record["title"], record["byline"], record["url"]) == ("Storm topples trees", "Ann Lee",
                                                                   "https://coast.example/storm")
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("A roof on the quay.", "Cy Doe")
