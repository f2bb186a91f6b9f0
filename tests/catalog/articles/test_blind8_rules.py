"""Rules found working on the eighth blind set (issue 15), each with a small case of its own.

The set itself is ``data/blind8`` (test_blind_shapes); these cases hold each rule apart from it.
"""

from __future__ import annotations

import json

from catalog.articles.pages import parse_article
from catalog.articles.photos import describe_photo


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


def _photo(caption: str):
    return describe_photo("https://coast.example/a.jpg", caption=caption)


def test_a_handed_in_picture_closing_a_caption_is_its_credit_kept_whole_naming_no_one() -> None:
    for caption, line in [("A map of the route. (Photo supplied)", "Photo supplied"),
                          ("The old boardwalk in 2022. Picture supplied", "Picture supplied"),
                          ("An artist's impression of the stadium. SUPPLIED", "SUPPLIED"),
                          ("The new wing (Photo submitted)", "Photo submitted")]:
        photo = _photo(caption)
        assert (photo.credit_line, photo.agency, photo.photographers) == (line, None, ()), caption
        assert not photo.caption.endswith(line)
    # the word alone in lower case is the caption's own
    assert _photo("The parts were supplied").credit_line is None


def test_a_file_picture_and_whose_archive_it_is_closing_a_caption_is_kept_whole() -> None:
    photo = _photo("L'architecte lors d'une visite du chantier, en 1968. Photo d'archives AFP")
    assert (photo.caption, photo.credit_line, photo.agency) == ("L'architecte lors d'une visite du chantier, en 1968.",
                                                                "Photo d'archives AFP", "AFP")
    assert _photo("Les premiers sondages en mai. Photo archives").credit_line == "Photo archives"


def test_the_french_photo_label_without_a_colon_before_a_full_name() -> None:
    photo = _photo("Le pavillon, à Tripoli, le 1er juin 2024. Photo Mohammad Yassine")
    assert (photo.caption, photo.credit_line, photo.photographers) == ("Le pavillon, à Tripoli, le 1er juin 2024.",
                                                                        "Mohammad Yassine", ("Mohammad Yassine",))
    assert _photo("A view of the harbour. Photo Finish results were late").credit_line is None


def test_a_gallery_counter_of_its_own_element_is_left_out_of_the_caption() -> None:
    assert _photo("2 of 3 The new hiker camp at Barigar. Photo: Cy Doe").caption == "The new hiker camp at Barigar."
    assert _photo("3 of 5 voters said no.").caption == "3 of 5 voters said no."


def _scrape(text: str, url: str = "https://coast.example/storm") -> dict:
    return parse_article(text.encode("utf-8"), url=url, content_type="text/plain").to_record()


def test_a_mails_gallery_link_names_its_picture_whatever_its_address_and_the_line_under_it_is_the_caption() -> None:
    record = _scrape("Storm topples trees on the quay\n\nBy Ann Lee\n\nThe storm came in at dawn.\n\n"
                     "Photo 1 of 2 <https://coast.example/resources/images/1801/?type=article>\n"
                     "A roof on the quay. Picture: Cy Doe/The Coast Daily\n\n"
                     "Photo 2 of 2 <https://coast.example/resources/images/1802/?type=article>\n"
                     "The harbour wall. Picture: Coast Council\n\n"
                     "View this email in your browser <https://mail.coast.example/v/1>\n")
    assert [(photo["url"], photo["caption"]) for photo in record["photos"]] == [
        ("https://coast.example/resources/images/1801/?type=article", "A roof on the quay."),
        ("https://coast.example/resources/images/1802/?type=article", "The harbour wall.")]


def test_a_feed_readers_saved_article_its_picture_markers_and_links_list() -> None:
    record = _scrape("Feed: The Coast Daily\nTitle: Storm topples trees on the quay\nAuthor: Ann Lee\n"
                     "Link: https://coast.example/storm\n\n[image 1 (link #1)]\nA roof on the quay on Sunday.\n"
                     "Photo: Cy Doe\n\nThe storm came in at dawn and brought down trees.\n\nRead more on [2]the Coast page.\n\n"
                     "Links: \n[1]: https://cdn.coast.example/images/2024/06/roof-1717 (image)\n"
                     "[2]: https://coast.example/coast (link)\n")
    assert (record["publication"], record["publication_source"]) == ("The Coast Daily", "og:site_name")
    [photo] = record["photos"]
    assert (photo["url"], photo["caption"], photo["credit_line"]) == (
        "https://cdn.coast.example/images/2024/06/roof-1717", "A roof on the quay on Sunday.", "Cy Doe")


def test_a_text_browsers_references_list_with_its_colon() -> None:
    record = _scrape("[1]The Coast Daily\n\nStorm topples trees on the quay\n\nBy [2]Ann Lee\n\n[3][Roof]\n"
                     "A roof on the quay. Photo: Cy Doe\n\nThe storm came in at dawn.\n\nReferences:\n\n"
                     "[1] https://coast.example/\n[2] https://coast.example/author/ann-lee\n"
                     "[3] https://coast.example/uploads/roof-1600.jpg\n")
    assert (record["title"], record["byline"]) == ("Storm topples trees on the quay", "Ann Lee")
    assert [(photo["url"], photo["credit_line"]) for photo in record["photos"]] == [
        ("https://coast.example/uploads/roof-1600.jpg", "Cy Doe")]


def test_a_clippers_front_matter_its_site_field_and_authors_as_links_to_notes() -> None:
    record = _scrape('---\ntitle: "Storm topples trees on the quay"\nauthor:\n  - "[[Ann Lee]]"\nsite_name: The Coast Daily\n'
                     'tags:\n  - "clippings"\n---\n\n# Storm topples trees on the quay\n\n'
                     "[Read Original](https://coast.example/storm)\n\nThe storm came in at dawn.\n")
    assert (record["byline"], record["publication"], record["publication_source"]) == (
        "Ann Lee", "The Coast Daily", "og:site_name")


def test_a_footers_copyright_word_in_another_language_before_the_sign() -> None:
    record = _scrape("Storm topples trees on the quay\n\nBy Ann Lee\n\nThe storm came in at dawn.\n\n"
                     "Hawlfraint © 2024 Cymru Heddiw\n")
    assert (record["publication"], record["publication_source"]) == ("Cymru Heddiw", "footer copyright")


def test_a_papers_short_name_before_the_label_is_whose_photo_it_is() -> None:
    photo = _photo("Workers clean the headworks on Sunday. Post Photo: Sunil Sapkota")
    assert (photo.caption, photo.credit_line, photo.agency, photo.photographers) == (
        "Workers clean the headworks on Sunday.", "Sunil Sapkota", "Post", ("Sunil Sapkota",))


def _page(body: str, head: str = "") -> dict:
    html = (f"<!DOCTYPE html><html><head><title>Storm topples trees - The Coast Daily</title>{head}</head>"
            f"<body><article><h1>Storm topples trees</h1>{body}</article></body></html>")
    return parse_article(html.encode(), url="https://coast.example/storm", content_type="text/html").to_record()


def test_a_photo_boxs_credited_heading_under_its_picture_is_its_caption_and_a_byline_may_be_a_list_item() -> None:
    record = _page('<div class="name"><ul><li>By Ann Lee / Staff reporter</li></ul></div>'
                   '<div class="imgbox"><img src="https://img.coast.example/2024/P03-311.jpg" alt="">'
                   "<h1>Egrets feed at the wetland. Photo: Cy Doe, The Coast Daily</h1></div><p>The storm came in.</p>"
                   '<div class="imgbox"><img src="https://img.coast.example/2024/P03-312.jpg" alt="">'
                   "<h1>The premier speaks in Taipei. Photo: CNA</h1></div><p>It went on all night.</p>",
                   head='<meta property="og:image" content="https://img.coast.example/2024/P03-311.jpg">')
    assert (record["byline"], record["bylines"]) == ("Ann Lee", ["Ann Lee"])
    assert [(photo["url"], photo["caption"], photo["credit_line"], photo["also_seen_as"]) for photo in record["photos"]] == [
        ("https://img.coast.example/2024/P03-311.jpg", "Egrets feed at the wetland.", "Cy Doe, The Coast Daily", []),
        ("https://img.coast.example/2024/P03-312.jpg", "The premier speaks in Taipei.", "CNA", [])]


def test_the_line_under_a_picture_closing_with_a_bracketed_agency_and_name_is_its_caption() -> None:
    record = _page('<div class="content-image"><img src="https://img.coast.example/2024/bus_1717._large.jpg" alt="">'
                   '<span class="created">A worker charges a bus on June 1. (Antara/Aditya Putra)</span></div>'
                   "<p>The city needs more depots.</p>")
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"], photo["agency"]) == ("A worker charges a bus on June 1.",
                                                                         "Antara/Aditya Putra", "Antara")
    # a bracket without the slash is no credit of this kind: an aside of the caption (the line is the caption
    # all the same, the short block beside the picture in its own wrapper: test_caption_beside)
    [photo] = _page('<div><img src="https://img.coast.example/2024/bus_1717._large.jpg" alt="">'
                    "<span>The depot (left) on June 1.</span></div><p>The city needs more depots.</p>")["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("The depot (left) on June 1.", None)


def test_labels_and_organisation_words_in_irish_and_welsh() -> None:
    photo = _photo("Bádóirí ag ullmhú don Regatta Dé Sathairn. Grianghraf: Aoife Ní Fhlatharta")
    assert (photo.caption, photo.credit_line, photo.photographers) == (
        "Bádóirí ag ullmhú don Regatta Dé Sathairn.", "Aoife Ní Fhlatharta", ("Aoife Ní Fhlatharta",))
    police = _photo("Y bont dros afon Wyre fore Sul. Llun: Heddlu Dyfed-Powys")
    assert (police.credit_line, police.agency, police.photographers) == ("Heddlu Dyfed-Powys", "Heddlu Dyfed-Powys", ())


def test_a_japanese_title_joins_the_site_with_a_full_width_bar() -> None:
    html = ("<html><head><title>北陸新幹線の利用者が増加｜越前日日新聞</title></head><body><article><h1>北陸新幹線の利用者が増加</h1>"
            "<p>本文。</p></article><footer><p>Copyright (C) 越前日日新聞社 All rights reserved.</p></footer></body></html>")
    record = parse_article(html.encode(), url="https://echizen.example/a", content_type="text/html").to_record()
    assert (record["publication"], record["publication_source"]) == ("越前日日新聞", "title suffix")
    html = html.replace("｜越前日日新聞", "")
    record = parse_article(html.encode(), url="https://echizen.example/a", content_type="text/html").to_record()
    assert (record["publication"], record["publication_source"]) == ("越前日日新聞社", "footer copyright")


def test_a_stations_story_closing_with_its_copyright_line_when_the_footer_names_no_one() -> None:
    record = _page("<p>The road will close for two weeks.</p><p>Copyright 2024 KBVL. All rights reserved.</p>")
    assert (record["publication"], record["publication_source"]) == ("The Coast Daily", "title suffix")  # the title first
    html = ("<html><head><title>Levee repair to close county road</title></head><body><article><h1>Levee repair</h1>"
            "<p>The road will close for two weeks.</p><p>Copyright 2024 KBVL. All rights reserved.</p></article>"
            "<footer><p>KBVL, Shreveport. Public Inspection File.</p></footer></body></html>")
    record = parse_article(html.encode(), url="https://kbvl.example/a", content_type="text/html").to_record()
    assert (record["publication"], record["publication_source"]) == ("KBVL", "footer copyright")


def test_a_marked_byline_glued_to_its_separator_before_the_date() -> None:
    record = _page('<div class="byline"><a href="/authors/ann-lee">Ann Lee</a><span class="sep">|</span>'
                   "<time>10:27, Jun 03 2024</time></div><p>The storm came in at dawn.</p>")
    assert (record["byline"], record["bylines"]) == ("Ann Lee", ["Ann Lee"])


def test_a_size_segment_with_a_crop_letter_names_its_width() -> None:
    from catalog.articles.image_urls import named_width
    assert named_width("https://i2-prod.coast.example/incoming/article1.ece/ALTERNATES/s1200c/0_Lock.jpg") == 1200
    assert named_width("https://i2-prod.coast.example/incoming/article1.ece/ALTERNATES/s615/0_Lock.jpg") == 615


def test_a_paragraph_under_a_picture_closing_with_a_courtesy_or_an_organisations_collection_is_its_caption() -> None:
    record = _page('<figure class="tmblr-full"><img src="https://64.media.coast.example/a1/s640x960/f1.jpg"></figure>'
                   "<p>Main Street about 1924. Photo courtesy of the Bell family</p>"
                   '<figure class="tmblr-full"><img src="https://64.media.coast.example/b2/s640x960/f2.jpg"></figure>'
                   "<p>The monument on the green, 1921. Harwick Historical Society collection</p>"
                   "<p>We are collecting photographs for our summer exhibit.</p>")
    assert [(photo["caption"], photo["credit_line"], photo["agency"]) for photo in record["photos"]] == [
        ("Main Street about 1924.", "Photo courtesy of the Bell family", "the Bell family"),
        ("The monument on the green, 1921.", "Harwick Historical Society collection", "Harwick Historical Society")]
    # a person's collection names no organisation
    assert _photo("The green in 1921. Mary Smith collection").credit_line is None


def test_a_pictures_caption_over_its_credits_own_line_only_when_the_credit_stands_alone() -> None:
    text = ("Storm topples trees on the quay\n\nBy Ann Lee\n\n![](https://cdn.coast.example/images/roof-1717)\n"
            "A roof on the quay on Sunday.\n{}\n\nThe storm came in at dawn.\n")
    [photo] = _scrape(text.format("Photo: Cy Doe"))["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("A roof on the quay on Sunday.", "Cy Doe")
    [photo] = _scrape(text.format("The harbour master said the wall held."))["photos"]
    assert photo["caption"] is None
