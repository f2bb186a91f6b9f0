"""Rules found working on the twelfth blind set (issue 15), each with a small case of its own.

The set itself is ``data/blind12`` (test_blind_shapes); these cases hold each rule apart from it.
"""

from __future__ import annotations

import json

import pytest

from catalog.articles.image_urls import named_width
from catalog.articles.pages import parse_article
from catalog.articles.publication import copyright_holder
from tests.catalog.articles.test_blind9_rules import STORY, URL, _page

IMAGES = "https://img.example/uploads"


def _element(kind: str, text: str = "", **metadata: str) -> dict:
    return {"type": kind, "element_id": f"{abs(hash((kind, text))):x}", "text": text,
            "metadata": {"languages": ["eng"], "filetype": "text/html", "url": URL, **metadata}}


def test_a_partitioned_documents_elements_are_read_as_the_scrape_of_the_page_they_split() -> None:
    elements = [
        _element("Title", "Menu"), _element("ListItem", "Sport"), _element("ListItem", "Business"),
        _element("NarrativeText", "We use cookies to improve your experience. By continuing, you agree to our cookie policy."),
        _element("Title", "Harbour closed as storm sweeps the coast"),
        _element("NarrativeText", "By ANN LEE and BO PARK"),
        _element("Image", image_url=f"{IMAGES}/2024/06/05/2714583.jpg", image_mime_type="image/jpeg"),
        _element("FigureCaption", "Waves over the harbour wall at dawn. — Photo: Bernama"),
        _element("NarrativeText", "The storm came in at dawn and the harbour was closed for the day. " * 2),
        _element("Footer", "Copyright © 2024 Coast Ledger. All Rights Reserved."),
    ]
    record = parse_article(json.dumps(elements, indent=2).encode(), url=URL).to_record()
    assert (record["title"], record["bylines"]) == ("Harbour closed as storm sweeps the coast", ["ANN LEE", "BO PARK"])
    assert (record["publication"], record["publication_source"]) == ("Coast Ledger", "footer copyright")
    [photo] = record["photos"]
    assert (photo["url"], photo["caption"], photo["agency"]) == (
        f"{IMAGES}/2024/06/05/2714583.jpg", "Waves over the harbour wall at dawn.", "Bernama")


def test_a_list_of_objects_of_other_types_is_no_partitioned_document() -> None:
    record = parse_article(json.dumps([{"type": "story", "text": "A"}] * 4).encode(), url=URL).to_record()
    assert record["photos"] == [] and record["title"] != "A"


@pytest.mark.parametrize(("line", "holder"), [
    ("Copyright © 1995-2024 Coast Ledger Media Sdn Bhd (11233-X). All Rights Reserved.", "Coast Ledger Media Sdn Bhd"),
    ("© 2024 Coast Ledger (Pvt) Ltd", "Coast Ledger (Pvt) Ltd"),  # a legal form in brackets, no number: the name's
])
def test_a_companys_registration_number_after_its_name_is_no_part_of_it(line: str, holder: str) -> None:
    assert copyright_holder(line) == holder


@pytest.mark.parametrize(("url", "width"), [
    ("https://img.example/2024/06/05/bridge-w1200.jpg?w=680&h=0&q=100&dpr=2&fit=crop", 1360),
    ("https://img.example/2024/06/05/bridge-w1200.jpg?w=680&h=0&q=100&dpr=1&fit=crop", 680),
    ("https://img.example/cms_media/module_img/9184/4592114_7_articlelarge_crowds.jpg", 600),
    ("https://img.example/cms_media/module_img/9184/4592114_7_articleinline_crowds.jpg", 190),
])
def test_a_density_and_a_crop_named_inside_the_file_name_size_the_rendition(url: str, width: int) -> None:
    assert named_width(url) == width


def test_the_1x_and_2x_copies_of_a_picture_are_reported_by_the_2x_one() -> None:
    one, two = (f"{IMAGES}/bridge-w1200.jpg?w=680&dpr={density}&s=Ab12" for density in (1, 2))
    record = _page(f'<article>{STORY}<figure><picture><source srcset="{one} 1x, {two} 2x">'
                   f'<img src="{one}"></picture><figcaption>The new bridge.</figcaption></figure></article>')
    [photo] = record["photos"]
    assert (photo["url"], photo["also_seen_as"]) == (two, [one])


def test_of_two_copies_as_large_the_one_in_the_pictures_own_format_is_reported() -> None:
    # the <source> offers browsers a webp conversion at every width the <img> offers the picture at
    sizes = (480, 1920)
    webp = ", ".join(f"{IMAGES}/wide/{size}/2841?format=webp {size}w" for size in sizes)
    own = ", ".join(f"{IMAGES}/wide/{size}/2841 {size}w" for size in sizes)
    record = _page(f'<article>{STORY}<figure><picture><source type="image/webp" srcset="{webp}">'
                   f'<img src="{IMAGES}/wide/480/2841" srcset="{own}"></picture>'
                   '<figcaption>Ice on the river.</figcaption></figure></article>')
    [photo] = record["photos"]
    assert photo["url"] == f"{IMAGES}/wide/1920/2841"
    assert f"{IMAGES}/wide/1920/2841?format=webp" in photo["also_seen_as"]
