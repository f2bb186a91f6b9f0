"""The eleventh blind set's scrape formats, each read as its tool writes it (issue 15), with a small case of its own.

The set itself is ``data/blind11`` (test_blind_shapes); these cases are built from what each tool documents, the
sources named beside each (found with the ``search`` tool, code corpus).
"""

from __future__ import annotations

import json

import pytest

from catalog.articles.bylines import printed_byline, split_byline
from catalog.articles.pages import parse_article
from catalog.articles.photos import describe_photo
from catalog.articles.scrape_photos import renditions_merged

URL = "https://www.harbourpost.example/2024/06/05/fog-closes-the-quay/"


def _read(text: str) -> dict:
    return parse_article(text.encode(), url=URL, content_type="text/plain").to_record()


# Readwise's Markdown export, default template (SystemSculpt/obsidian_readwise_template README.md and
# bramses/bramses-highly-opinionated-vault-2023 _tests/External/Readwise.md show its parts): '# {{title}}', the cover
# as '![rw-book-cover]({{image_url}})', '## Metadata' with '- Author: [[{{author}}]]', then '## Highlights', each
# '- {{ highlight_text }} ([{{highlight_location}}]({{highlight_location_url}}))'; Reader's location is "View Highlight".
READWISE = """# Fog closes the quay for a second day

![rw-book-cover](https://img.harbourpost.example/u/2024/06/quay-fog.jpg?w=600&q=80)

## Metadata
- Author: [[Rashid al-Balushi]]
- Full Title: Fog Closes The Quay For A Second Day
- Category: #articles
- URL: https://www.harbourpost.example/2024/06/05/fog-closes-the-quay/

## Highlights
- The harbour master kept the quay closed on Wednesday as fog lingered over the bay for a second day. ([View Highlight](https://read.readwise.io/read/01hzq3k8m4v2c7x0a5b9e1d6fg))
- ![](https://img.harbourpost.example/u/2024/06/quay-fog.jpg?w=1600&q=80) ([View Highlight](https://read.readwise.io/read/01hzq3ka0b8n4r2t6y1w3e5u7i))
- Fog over the quay on Wednesday. (AP Photo/Jo Lane) ([View Highlight](https://read.readwise.io/read/01hzq3kb9c1m5s3u7z2x4f6h8j))
"""


def test_a_readwise_export_gives_its_author_and_its_highlighted_picture_with_the_caption_highlighted_under_it() -> None:
    record = _read(READWISE)
    assert (record["title"], record["byline"]) == ("Fog closes the quay for a second day", "Rashid al-Balushi")
    (photo,) = record["photos"]  # the cover is the picture at another size, not a photo of its own
    assert photo["url"] == "https://img.harbourpost.example/u/2024/06/quay-fog.jpg?w=1600&q=80"
    assert photo["also_seen_as"] == ["https://img.harbourpost.example/u/2024/06/quay-fog.jpg?w=600&q=80"]
    assert (photo["caption"], photo["credit_line"], photo["agency"]) == (
        "Fog over the quay on Wednesday.", "AP Photo/Jo Lane", "AP")


def test_a_highlights_link_back_to_its_place_is_no_part_of_it() -> None:
    # a Kindle highlight's location: '([Location 1234](https://readwise.io/to_kindle?…))'
    record = _read("# Fog closes the quay for a second day\n\n"
                   "![](https://img.harbourpost.example/u/2024/06/quay-fog.jpg)\n"
                   "Fog over the quay on Wednesday. (Reuters/Jo Lane) "
                   "([Location 1234](https://readwise.io/to_kindle?action=open&asin=B0001&location=1234))\n")
    (photo,) = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("Fog over the quay on Wednesday.", "Reuters/Jo Lane")


def test_a_credit_linked_to_the_photographers_page_is_no_link_back() -> None:
    record = _read("# Fog closes the quay for a second day\n\n"
                   "![](https://img.harbourpost.example/u/2024/06/quay-fog.jpg)\n"
                   "Fog over the quay on Wednesday. ([Reuters/Jo Lane](https://jolane.example/))\n")
    (photo,) = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("Fog over the quay on Wednesday.", "Reuters/Jo Lane")


@pytest.mark.parametrize(("line", "byline"), [
    ("- Author: [[Ann Lee]]", "Ann Lee"),
    ("Author: [[ann-lee|Ann Lee]]", "Ann Lee"),  # a wikilink's shown words after the bar
    ("By Rashid al-Balushi", "Rashid al-Balushi"),  # a particle joined by a hyphen to the capitalised name
    ("By Omar el-Amin and Dana ben-Ami", "Omar el-Amin and Dana ben-Ami"),
])
def test_a_byline_written_in_a_notes_app_or_with_a_joined_particle_is_read(line: str, byline: str) -> None:
    record = _read(f"Fog closes the quay for a second day\n\n{line}\n\n"
                   "The harbour master kept the quay closed on Wednesday as fog lingered over the bay.\n")
    assert record["byline"] == byline


def test_a_lower_case_word_joined_to_a_name_by_a_hyphen_is_no_particle() -> None:
    record = _read("Fog closes the quay for a second day\n\nBy well-known sources\n\n"
                   "The harbour master kept the quay closed on Wednesday as fog lingered over the bay.\n")
    assert record["byline"] is None


def test_copies_of_one_picture_asking_for_other_widths_are_one_photo_and_a_gallerys_numbered_files_stay_apart() -> None:
    small, large = ("https://img.example/u/quay-fog.jpg?w=600", "https://img.example/u/quay-fog.jpg?w=1600")
    (photo,) = renditions_merged([describe_photo(small), describe_photo(large, caption="Fog. (AP Photo/Jo Lane)")])
    assert (photo.image_url, photo.also_seen_as, photo.credit_line) == (large, (small,), "AP Photo/Jo Lane")
    gallery = [describe_photo(f"https://img.example/galleries/ski/{number:02}.jpg") for number in (1, 2, 3)]
    assert renditions_merged(gallery) == gallery
    unnamed = [describe_photo(f"https://img.example/images/180{number}/?type=article") for number in (1, 2)]
    assert renditions_merged(unnamed) == unnamed  # numbers in a CMS's folders, no file named: two pictures


def test_an_alt_written_as_a_templates_name_is_no_caption() -> None:
    record = _read("Fog closes the quay for a second day\n\n"
                   "![hero-image](https://img.harbourpost.example/u/2024/06/quay-fog.jpg)\n\n"
                   "The harbour master kept the quay closed on Wednesday as fog lingered over the bay.\n")
    assert record["photos"][0]["caption"] is None


# Readwise's export API (/api/v2/export/): each document with its "highlights", each {"text", "note", "location",
# "location_type", "url", …}, and "source" the app it came from ("reader", "kindle"), no site's name
# (jsonMartin/readwise-mirror src/models/readwise.ts: Export and Highlight).
READWISE_API = {"count": 1, "nextPageCursor": None, "results": [{
    "user_book_id": 41, "title": "Fog closes the quay for a second day", "author": "Ann Lee",
    "readable_title": "Fog Closes The Quay For A Second Day", "source": "reader",
    "cover_image_url": "https://img.harbourpost.example/u/quay-fog.jpg?w=600", "unique_url": None, "book_tags": [],
    "category": "articles", "document_note": "", "summary": "The quay stayed shut.",
    "readwise_url": "https://readwise.io/bookreview/41", "source_url": URL, "asin": None, "highlights": [
        {"id": 11, "text": "The harbour master kept the quay closed on Wednesday as fog lingered over the bay.",
         "note": "", "location": 1, "location_type": "offset", "url": "https://read.readwise.io/read/01a", "tags": []},
        {"id": 12, "text": "![](https://img.harbourpost.example/u/quay-fog.jpg?w=1600)", "note": "", "location": 2,
         "location_type": "offset", "url": "https://read.readwise.io/read/01b", "tags": []},
        {"id": 13, "text": "Fog over the quay on Wednesday. (AP Photo/Jo Lane)", "note": "", "location": 3,
         "location_type": "offset", "url": "https://read.readwise.io/read/01c", "tags": []}]}]}


def test_readwises_export_api_gives_the_highlights_in_order_as_the_story_and_no_app_for_a_site() -> None:
    record = _read(json.dumps(READWISE_API))
    assert (record["url"], record["title"], record["byline"], record["publication"]) == (
        URL, "Fog closes the quay for a second day", "Ann Lee", None)
    (photo,) = record["photos"]
    assert (photo["url"], photo["also_seen_as"], photo["caption"], photo["credit_line"]) == (
        "https://img.harbourpost.example/u/quay-fog.jpg?w=1600", ["https://img.harbourpost.example/u/quay-fog.jpg?w=600"],
        "Fog over the quay on Wednesday.", "AP Photo/Jo Lane")


# Notion's Markdown export of a page in a database (of the Web Clipper's, say): '# ' and the title, then the page's
# properties as 'Name: value' lines (echo724/notion2md README.md: "Created" and "Tags" properties; alvinwan/notion2markdown
# README.md stays close to Notion's own export), then the page's blocks.
NOTION = """# Fog closes the quay for a second day

URL: https://www.harbourpost.example/2024/06/05/fog-closes-the-quay/
Created: June 5, 2024 8:14 AM
Tags: harbour, weather, shipping
Author: Ann Lee

The harbour master kept the quay closed on Wednesday as fog lingered over the bay for a second day.

![Photo 1/2](https://res.cloudinary.com/harbourpost/image/upload/c_fill,w_1600/v1717551/news/quay-fog-ab91x)

Photo 1/2: Fog over the quay on Wednesday. (Reuters: Jo Lane)

![Photo 2/2](https://res.cloudinary.com/harbourpost/image/upload/c_fill,w_1600/v1717551/news/ferry-idle-c02kd)

Photo 2/2: The ferry waits at its berth for the fog to lift over the water.
"""


def test_a_notion_pages_property_lines_are_no_headline_and_its_title_is() -> None:
    record = _read(NOTION)
    assert (record["title"], record["byline"]) == ("Fog closes the quay for a second day", "Ann Lee")


def test_a_pictures_alt_counting_a_gallery_makes_the_line_under_it_its_caption_credited_or_not() -> None:
    first, second = _read(NOTION)["photos"]
    assert (first["caption"], first["credit_line"]) == ("Fog over the quay on Wednesday.", "Reuters: Jo Lane")
    assert (second["caption"], second["credit_line"]) == (
        "The ferry waits at its berth for the fog to lift over the water.", None)


def test_three_property_lines_make_a_block_two_labelled_lines_do_not() -> None:
    record = _read("Tags: harbour, weather, shipping\nAuthor: Ann Lee\n\n"
                   "The harbour master kept the quay closed on Wednesday as fog lingered over the bay.\n")
    assert record["title"] == "Tags: harbour, weather, shipping"  # two lines: nothing says they are properties


# Pocket's API v3 /v3/get?detailType=complete: items keyed by id with "given_title" (what the saving app passed) and
# "resolved_title" (what Pocket read on the page), "images" keyed by number with "caption" and "credit"
# (flowline-io/flowbot pkg/providers/pocket/types.go, kevinpollet/pocket-deduper pkg/pocketclient/item.go,
# mtreilly/pocket-sdk-typescript interfaces/responses.ts).
POCKET = {"status": 1, "list": {"4012987765": {
    "item_id": "4012987765", "given_url": URL + "?fbclid=IwAR2", "given_title": "Harbour Post | News from the bay",
    "resolved_title": "Fog closes the quay for a second day", "resolved_url": URL,
    "excerpt": "The harbour master kept the quay closed on Wednesday as fog lingered over the bay.",
    "authors": {"18": {"item_id": "4012987765", "author_id": "18", "name": "Ann Lee"}},
    "images": {"1": {"item_id": "4012987765", "image_id": "1", "src": "https://www.harbourpost.example/u/quay-fog.jpg",
                     "credit": "Reuters/Jo Lane", "caption": "Fog over the quay on Wednesday."}},
    "domain_metadata": {"name": "Harbour Post"}}}}


def test_pockets_given_title_yields_to_the_title_it_read_on_the_page() -> None:
    record = _read(json.dumps(POCKET))
    assert (record["title"], record["byline"], record["publication"]) == (
        "Fog closes the quay for a second day", "Ann Lee", "Harbour Post")
    (photo,) = record["photos"]
    assert (photo["caption"], photo["credit_line"], photo["agency"]) == (
        "Fog over the quay on Wednesday.", "Reuters/Jo Lane", "Reuters")


# Scrapy's feed export in JSON Lines, an item per line; the ImagesPipeline reads "image_urls" and writes "images", a list
# of {"url", "path", "checksum", "status"} (scrapy/scrapy docs/topics/media-pipeline.rst; DEFAULT_IMAGES_URLS_FIELD,
# DEFAULT_IMAGES_RESULT_FIELD in scrapy/pipelines/images.py); the spider's own fields beside them.
SCRAPY = [
    {"url": "https://www.harbourpost.example/2024/06/04/other/", "headline": "Another story", "_type": "index"},
    {"url": URL, "headline": "Fog closes the quay for a second day",
     "title_tag": "Fog closes the quay for a second day - Harbour Post", "byline": "By Ann Lee",
     "body": ["The harbour master kept the quay closed on Wednesday.", "Ferries stayed at their berths."],
     "image_urls": ["https://www.harbourpost.example/u/quay-fog.jpg", "https://www.harbourpost.example/u/ferry.jpg"],
     "images": [{"url": "https://www.harbourpost.example/u/quay-fog.jpg", "path": "full/3f9e.jpg", "checksum": "9a1b",
                 "status": "downloaded"},
                {"url": "https://www.harbourpost.example/u/ferry.jpg", "path": "full/b20d.jpg", "checksum": "44c0",
                 "status": "downloaded"}],
     "captions": ["Fog over the quay on Wednesday. (AP Photo/Jo Lane)", "The ferry at its berth. Photo: Reuters"]},
]


def test_a_scrapy_items_captions_listed_apart_go_with_its_downloaded_images_in_order() -> None:
    record = _read("\n".join(json.dumps(item) for item in SCRAPY))
    assert [(photo["url"], photo["caption"], photo["credit_line"]) for photo in record["photos"]] == [
        ("https://www.harbourpost.example/u/quay-fog.jpg", "Fog over the quay on Wednesday.", "AP Photo/Jo Lane"),
        ("https://www.harbourpost.example/u/ferry.jpg", "The ferry at its berth.", "Reuters")]


def test_a_spiders_title_tag_is_the_pages_title_and_names_the_site_after_the_headline() -> None:
    record = _read("\n".join(json.dumps(item) for item in SCRAPY))
    assert (record["title"], record["publication"], record["publication_source"]) == (
        "Fog closes the quay for a second day", "Harbour Post", "title suffix")


# PressReader's text copy of a print edition's article: the paper, the edition's date, the page and the byline (in
# capitals, the reporter's e-mail under it) over the print headline, broken over lines as the page prints it; each
# picture an '[Image: URL]' line on PressReader's image service (i.prcdn.co/img?regionKey=…, no file named: the
# address form many projects embed, e.g. find_string 'i.prcdn.co/img?' in the code corpus), the cutline under it.
PRESSREADER = ("Sign in  |  Subscribe  |  Catalog  |  Newsfeed\r\n\r\n"
               "Harbour Post\r\n5 Jun 2024\r\nA3\r\nANN LEE\r\nalee@harbourpost.example\r\n\r\n"
               "Fog keeps the quay\r\nclosed for a second day\r\n\r\n"
               "The harbour master kept the quay closed on Wednesday as fog lingered over the bay.\r\n\r\n"
               "[Image: https://i.prcdn.co/img?regionKey=Hq7%2bX1n0pLk%3d%3d]\r\n"
               "Fog over the quay on Wednesday. JO LANE, THE CANADIAN PRESS\r\n\r\n"
               "Continued on A4\r\n\r\n© 2024 Harbour Post. Printed and distributed by PressReader\r\n")


def test_a_print_editions_copy_gives_its_byline_over_the_e_mail_its_paper_and_its_headline_under_them() -> None:
    record = parse_article(PRESSREADER.encode("cp1252"), url=URL).to_record()
    assert (record["title"], record["byline"], record["publication"], record["publication_source"]) == (
        "Fog keeps the quay closed for a second day", "ANN LEE", "Harbour Post", "byline")


def test_a_marker_saying_image_makes_its_address_a_picture_whatever_it_looks_like() -> None:
    (photo,) = parse_article(PRESSREADER.encode("cp1252"), url=URL).to_record()["photos"]
    assert (photo["url"], photo["caption"], photo["credit_line"], photo["photographers"]) == (
        "https://i.prcdn.co/img?regionKey=Hq7%2bX1n0pLk%3d%3d", "Fog over the quay on Wednesday.",
        "JO LANE, THE CANADIAN PRESS", ["JO LANE"])
    linked = _read("Fog keeps the quay closed for a second day\n\n"
                   "[Link: https://www.harbourpost.example/weather?regionKey=Hq7]\n"
                   "The harbour master kept the quay closed on Wednesday as fog lingered over the bay.\n")
    assert linked["photos"] == []  # a marker naming a link, not a picture


def test_a_header_without_a_date_or_a_page_is_no_print_header() -> None:
    record = _read("Harbour Post\nANN LEE\nalee@harbourpost.example\n\nFog keeps the quay\nclosed for a second day\n\n"
                   "The harbour master kept the quay closed on Wednesday as fog lingered over the bay.\n")
    assert (record["byline"], record["publication"]) == ("ANN LEE", None)  # a line over a byline may be anything


@pytest.mark.parametrize(("printed", "names"), [
    ("Haber: Elif Karaca - Mert Aydın", ("Elif Karaca", "Mert Aydın")),  # Turkish papers join their reporters so
    ("By Ann Lee - Reuters", ("Ann Lee",)),  # the wire
    ("By Ann Lee - Staff Writer", ("Ann Lee",)),  # the role
    ("By Ann Lee - Valley Ledger", ("Ann Lee",)),  # the paper
    ("By Ann Lee - Hawaii Public Radio", ("Ann Lee",)),  # an organisation
])
def test_a_persons_name_after_a_dash_is_one_more_name_of_the_byline(printed: str, names: tuple[str, ...]) -> None:
    assert split_byline(printed) == names
    assert printed_byline(printed) == " - ".join(names)


@pytest.mark.parametrize(("caption", "left", "credit"), [
    ("Governor Paias Tumbu at the reopening. – Picture supplied", "Governor Paias Tumbu at the reopening.",
     "Picture supplied"),  # Pocket's image caption with the credit after an en dash (blind11 s01)
    ("The new ferry at its berth. - Photo submitted", "The new ferry at its berth.", "Photo submitted"),
])
def test_a_handed_in_pictures_words_after_a_dash_close_the_caption(caption: str, left: str, credit: str) -> None:
    photo = describe_photo("https://www.harbourpost.example/u/governor.jpg", caption=caption)
    assert (photo.caption, photo.credit_line) == (left, credit)
