"""Rules found working on the twelfth blind set (issue 15), each with a small case of its own.

The set itself is ``data/blind12`` (test_blind_shapes); these cases hold each rule apart from it.
"""

from __future__ import annotations

import json

import pytest

from catalog.articles.image_urls import named_width
from catalog.articles.pages import parse_article
from catalog.articles.photos import describe_photo
from catalog.articles.publication import copyright_holder
from catalog.credits import parse_credit_line, split_caption_credit
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


def test_a_story_naming_its_feed_by_id_takes_the_site_name_of_that_feed_listed_apart() -> None:
    # NewsBlur's river: the stories name their feed by id, the feeds are listed beside them with their titles
    export = {"stories": [{"story_title": "Harbour closed as storm sweeps the coast", "story_feed_id": 37,
                           "story_permalink": URL, "story_authors": "Ann Lee", "story_content": STORY}],
              "feeds": [{"id": 12, "feed_title": "Other Gazette"}, {"id": 37, "feed_title": "Coast Ledger"}]}
    record = parse_article(json.dumps(export).encode(), url=URL).to_record()
    assert (record["publication"], record["publication_source"]) == ("Coast Ledger", "og:site_name")


@pytest.mark.parametrize(("site", "publication"), [
    ("Coast Ledger – Local News", "Coast Ledger"),  # a feed's or a section's setting: the section after the name
    ("Coast Ledger | Nyheter", "Coast Ledger"),
    ("Coast Ledger – Harbour Edition", "Coast Ledger – Harbour Edition"),  # not a section: kept
])
def test_a_section_after_the_sites_name_names_no_publication(site: str, publication: str) -> None:
    record = _page(f"<article><h1>Storm closes the harbour</h1>{STORY}</article>",
                   head=f'<meta property="og:site_name" content="{site}">')
    assert record["publication"] == publication


def test_a_reference_managers_website_field_in_its_interfaces_language_names_the_site() -> None:
    note = "\r\n".join(["# Storm closes the harbour", "", "Tittel: Storm closes the harbour", "Forfatter: Ann Lee",
                        "Nettsted: Coast Ledger", f"URL: {URL}", "", "---", "", "Storm closes the harbour", "",
                        "Av Ann Lee", "", STORY[3:-4]])
    record = parse_article(note.encode(), url=URL, content_type="text/plain").to_record()
    assert (record["publication"], record["publication_source"]) == ("Coast Ledger", "og:site_name")


def _markdown(*lines: str) -> list[dict]:
    text = "\n".join(["# Storm closes the harbour", "", "Ann Lee", "", STORY[3:-4], "", *lines, "", STORY[3:-4]])
    return parse_article(text.encode(), url=URL, content_type="text/plain").to_record()["photos"]


def test_a_gallerys_counter_in_norwegian_is_no_part_of_the_caption() -> None:
    [photo] = _markdown(f"![]({IMAGES}/b7e2c91a-4f1d-4a3e-9c55-1f0e2d3c4b5a?auto=format&w=1600)", "",
                        "Bilde 1 av 3. The quay at dawn. Foto: Ola Moen")
    assert (photo["caption"], photo["credit_line"]) == ("The quay at dawn.", "Ola Moen")


def test_a_readers_markdown_sets_a_pictures_caption_and_its_credit_apart_as_paragraphs() -> None:
    # percollate: the alt, then the figure's caption and its credit as paragraphs of their own
    [photo] = _markdown(f"![The quay at dawn.]({IMAGES}/quay.jpg?w=1200)", "", "The quay at dawn.", "",
                        "Credit: PTI Photo")
    assert (photo["caption"], photo["credit_line"], photo["agency"]) == ("The quay at dawn.", "PTI Photo", "PTI")


def test_a_story_paragraph_under_a_picture_is_no_caption_of_a_credit_after_it() -> None:
    [photo] = _markdown(f"![The quay at dawn.]({IMAGES}/quay.jpg?w=1200)", "", STORY[3:-4], "", "Credit: PTI Photo")
    assert (photo["caption"], photo["credit_line"]) == ("The quay at dawn.", None)


@pytest.mark.parametrize(("caption", "credit_line", "agency"), [
    ("The detour via Balfour. Map: Kootenay Standard", "Map: Kootenay Standard", "Kootenay Standard"),
    ("The new route. Karte: Stadt Köln", "Karte: Stadt Köln", "Stadt Köln"),
])
def test_a_maps_label_says_what_the_picture_is_and_stays_in_the_credit(caption: str, credit_line: str,
                                                                        agency: str) -> None:
    credit = split_caption_credit(caption)[1]
    assert credit is not None and (credit.credit_line, credit.agency) == (credit_line, agency)


def test_a_mapmakers_caption_has_no_credit() -> None:
    assert split_caption_credit("Mapmaker Ann Lee at her desk.")[1] is None


def test_an_organisation_named_after_the_caption_may_open_with_its_places_initials() -> None:
    photo = describe_photo(f"{IMAGES}/crew.jpg", caption="Crews will work overnight. B.C. Ministry of Transportation")
    assert (photo.caption, photo.credit_line, photo.agency) == (
        "Crews will work overnight.", "B.C. Ministry of Transportation", "B.C. Ministry of Transportation")


def test_a_papers_word_and_a_name_in_capitals_after_the_last_sentence_are_the_credit() -> None:
    photo = describe_photo(f"{IMAGES}/banjir.jpg", caption="Warga melintasi genangan banjir, Rabu (5/6/2024). NUSA/RIZKY PRATAMA")
    assert (photo.caption, photo.credit_line, photo.photographers) == (
        "Warga melintasi genangan banjir, Rabu (5/6/2024).", "NUSA/RIZKY PRATAMA", ("RIZKY PRATAMA",))


def test_a_titles_suffix_adding_a_section_to_the_name_the_page_prints_elsewhere_names_the_site() -> None:
    record = _page('<header><a href="/"><img src="/logo.png" alt="Manila Courier"></a></header>'
                   f"<article><h1>Storm closes the harbour</h1>{STORY}</article>",
                   head="<title>Storm closes the harbour | Manila Courier News</title>")
    assert (record["publication"], record["publication_source"]) == ("Manila Courier", "title suffix")


def test_a_name_the_sites_settings_give_with_news_after_it_is_the_brand() -> None:
    record = _page('<header><a href="/"><img src="/logo.png" alt="SCB"></a></header>'
                   f"<article><h1>Storm closes the harbour</h1>{STORY}</article>",
                   head='<meta property="og:site_name" content="SCB News">')
    assert record["publication"] == "SCB News"


JAPANESE_STORY = "<p>　第６６回さっぽろライラックまつりが５日、札幌市中央区の大通公園で開幕した。初日は約２万人が訪れた。</p>"


def test_a_japanese_story_signed_with_its_reporters_names_in_lenticular_brackets() -> None:
    record = _page(f"<article><h1>ライラックまつり開幕</h1>{JAPANESE_STORY * 2}<p>【佐藤健一、田中美咲】</p></article>")
    assert (record["byline"], record["bylines"]) == ("佐藤健一、田中美咲", ["佐藤健一", "田中美咲"])


def test_a_bracketed_note_closing_a_story_is_no_signature() -> None:
    record = _page(f"<article><h1>ライラックまつり開幕</h1>{JAPANESE_STORY * 2}<p>【関連記事はこちらから】</p></article>")
    assert record["bylines"] == []


def test_an_ideographic_space_between_a_headlines_parts_is_kept_as_printed() -> None:
    record = _page(f"<article><h1> ライラックまつり開幕\u3000大通公園に２万人\u3000札幌 </h1>{JAPANESE_STORY}</article>")
    assert record["title"] == "ライラックまつり開幕\u3000大通公園に２万人\u3000札幌"


@pytest.mark.parametrize(("caption", "kept", "agency"), [
    ("水遊びをする子どもたち＝旭川市で２０２４年６月５日、共同", "水遊びをする子どもたち＝旭川市で２０２４年６月５日", "Kyodo"),
    ("水遊びをする子どもたち＝共同", "水遊びをする子どもたち", "Kyodo"),
    ("水遊びをする子どもたち＝旭川市で、子ども", "水遊びをする子どもたち＝旭川市で、子ども", None),  # no wire after the comma
])
def test_a_wire_closing_the_equals_clause_after_the_place_and_day_is_the_credit(caption: str, kept: str,
                                                                                agency: str | None) -> None:
    photo = describe_photo(f"{IMAGES}/6.jpg", caption=caption)
    assert (photo.caption, photo.agency) == (kept, agency)


@pytest.mark.parametrize("printed", ["عمّان: سلمى الخطيب", "New York: Ann Lee"])
def test_the_datelines_city_before_a_colon_is_no_part_of_the_authors_name(printed: str) -> None:
    name = printed.split(": ")[1]
    record = _page(f'<article><h1>Storm closes the harbour</h1><div class="article-author"><span class="author">'
                   f'{printed}</span><time datetime="2024-06-05">5 June</time></div>{STORY}</article>')
    assert (record["byline"], record["bylines"]) == (name, [name])


def test_the_papers_own_name_in_brackets_closing_a_caption_is_its_credit() -> None:
    record = _page(f"<article><h1>Storm closes the harbour</h1>{STORY}<figure><img src='{IMAGES}/quay.jpg'>"
                   "<figcaption>The quay at dawn (Coast Ledger)</figcaption></figure>"
                   f"<figure><img src='{IMAGES}/pier.jpg'><figcaption>The pier (right)</figcaption></figure></article>",
                   head='<meta property="og:site_name" content="Coast Ledger">')
    quay, pier = record["photos"]
    assert (quay["caption"], quay["credit_line"], quay["agency"]) == ("The quay at dawn", "Coast Ledger", "Coast Ledger")
    assert (pier["caption"], pier["credit_line"]) == ("The pier (right)", None)


def test_an_image_drawn_one_pixel_by_its_style_is_a_tracker() -> None:
    record = _page(f"<article><h1>Storm closes the harbour</h1>{STORY}<figure><img src='{IMAGES}/quay.jpg'>"
                   "<figcaption>The quay at dawn.</figcaption></figure>"
                   "<img id='republication-tracker' src='https://coast.example/?republication-pixel=true&amp;post=1'"
                   " style='width:1px;height:1px;' alt=''></article>")
    assert [photo["url"] for photo in record["photos"]] == [f"{IMAGES}/quay.jpg"]


@pytest.mark.parametrize(("line", "credit_line", "agency", "photographers"), [
    ("Photo via Shutterstock.", "Shutterstock", "Shutterstock", ()),
    ("Pool Photo via AP", "Pool Photo via AP", "AP", ()),  # the pool's form: kept whole
    ("Photo by Ava Lindqvist, KBVZ viewer", "Ava Lindqvist, KBVZ viewer", None, ("Ava Lindqvist",)),
    ("Ava Lindqvist, reader", "Ava Lindqvist, reader", None, ("Ava Lindqvist",)),
    ("Photo: NRL Imagery", "NRL Imagery", "NRL Imagery", ()),
])
def test_credits_found_on_the_twelfth_set(line: str, credit_line: str, agency: str | None,
                                          photographers: tuple[str, ...]) -> None:
    credit = parse_credit_line(line)
    assert (credit.credit_line, credit.agency, credit.photographers) == (credit_line, agency, photographers)
