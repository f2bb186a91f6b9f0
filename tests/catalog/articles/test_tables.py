"""Stories exported as tables (CSV, TSV) by scrapers, read by what their columns hold (catalog/articles/tables.py).

Each case is a table in one real tool's column vocabulary, written here (not copied from the tool): import.io
re-saved by Excel, Web Scraper, Apify's flattened dataset, Screaming Frog's custom extraction, newspaper3k and
trafilatura scripts, Octoparse, a Google Sheet in German, ParseHub; and tables that are no story's export.
"""

from __future__ import annotations

import pytest

from catalog.articles.pages import parse_article
from catalog.articles.tables import NotAnArticleTableError, name_words, table_page

URL = "https://www.harbourtimes.example/news/2024/06/05/storm-closes-harbour"
OTHER = "https://www.harbourtimes.example/news/2024/06/04/ferry-timetable-changes"
IMG = "https://cdn.harbourtimes.example/images/2024/06"


def _record(table: str, *, url: str = URL, encoding: str = "utf-8") -> dict:
    return parse_article(table.encode(encoding), url=url).to_record()


def _photos(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(photo["url"], photo["caption"], photo["credit_line"]) for photo in record["photos"]]


def test_a_row_per_picture_repeats_the_story_and_each_row_adds_its_picture() -> None:
    # import.io's extractor as Excel re-saves it in a Spanish locale: ';', Windows-1252, CRLF, named in Spanish
    table = ("pageUrl;titulo_pagina;titular;autor;imagen;imagen_alt;pie_de_foto\r\n"
             f'{URL};"Cierran el puerto por la tormenta - Diario del Puerto";"Cierran el puerto por la tormenta";'
             f'"Por Ana López";{IMG}/a.jpg;"Foto 1 de 2";"Olas sobre el muelle. Foto: EFE"\r\n'
             f'{URL};"Cierran el puerto por la tormenta - Diario del Puerto";"Cierran el puerto por la tormenta";'
             f'"Por Ana López";{IMG}/b.jpg;"Foto 2 de 2";"El faro al amanecer. Foto: Ana López"\r\n')
    record = _record(table, encoding="cp1252")
    assert record["title"] == "Cierran el puerto por la tormenta"  # the headline, not the page title with the site
    assert (record["publication"], record["publication_source"]) == ("Diario del Puerto", "title suffix")
    assert record["bylines"] == ["Ana López"]
    assert _photos(record) == [(f"{IMG}/a.jpg", "Olas sobre el muelle.", "EFE"),
                               (f"{IMG}/b.jpg", "El faro al amanecer.", "Ana López")]


def test_web_scrapers_start_url_and_image_src_columns() -> None:
    # Web Scraper (webscraper.io): its own "web-scraper-order" and "web-scraper-start-url", a selector's "-src"
    table = ("web-scraper-order,web-scraper-start-url,headline,byline,photo-src,photo_caption\n"
             f'"1717577000-1",{URL},Storm closes the harbour,By Ann Lee,{IMG}/storm.jpg,'
             '"Waves break over the harbour wall. (Photo: Reuters)"\n')
    record = _record(table)
    assert (record["url"], record["title"], record["bylines"]) == (URL, "Storm closes the harbour", ["Ann Lee"])
    assert _photos(record) == [(f"{IMG}/storm.jpg", "Waves break over the harbour wall.", "Reuters")]


def test_apifys_flattened_columns_tie_a_pictures_address_and_caption_by_their_number() -> None:
    # an Apify dataset as CSV: nested keys flattened with '/' ("images/0/url"), a row per story; the story read at
    # the address given is the one taken
    table = ("url,title,siteName,author/0/name,author/1/name,images/0/url,images/0/caption,images/1/url,"
             "images/1/caption\n"
             f"{OTHER},Ferry timetable changes,The Harbour Times,Bo Park,,{IMG}/ferry.jpg,The ferry. Photo: AP,,\n"
             f"{URL},Storm closes the harbour,The Harbour Times,Ann Lee,Bo Park,{IMG}/one.jpg,"
             f"Waves at dawn. Photo: Ann Lee,{IMG}/two.jpg,The lighthouse. Photo: AFP\n")
    record = _record(table)
    assert (record["title"], record["bylines"]) == ("Storm closes the harbour", ["Ann Lee", "Bo Park"])
    assert (record["publication"], record["publication_source"]) == ("The Harbour Times", "og:site_name")
    assert _photos(record) == [(f"{IMG}/one.jpg", "Waves at dawn.", "Ann Lee"),
                               (f"{IMG}/two.jpg", "The lighthouse.", "AFP")]


def test_screaming_frogs_extraction_h1_is_the_headline_and_title_1_the_page_title() -> None:
    table = ("Address\tStatus Code\tTitle 1\tH1-1\tAuthor 1\tImage 1\tImage 2\tCaption 1\tCaption 2\n"
             f"{URL}\t200\tStorm closes harbour | The Harbour Times\tStorm closes the harbour\tAnn Lee\t"
             f"{IMG}/one.jpg\t{IMG}/two.jpg\tWaves at dawn. Photo: Ann Lee\tThe lighthouse. Photo: AFP\n")
    record = _record(table)
    assert record["title"] == "Storm closes the harbour"
    assert record["bylines"] == ["Ann Lee"]
    assert _photos(record) == [(f"{IMG}/one.jpg", "Waves at dawn.", "Ann Lee"),
                               (f"{IMG}/two.jpg", "The lighthouse.", "AFP")]


def test_newspaper3k_scripts_csv_lists_the_pages_images_in_one_cell_the_top_image_first() -> None:
    text = "The storm came in at dawn and the harbour was closed for the day, the port authority said. " * 3
    table = ("url,title,authors,publish_date,text,top_image,images\n"
             f'{URL},Storm closes the harbour,"[\'Ann Lee\']",2024-06-05,"{text}",{IMG}/storm.jpg,'
             f'"{{\'{IMG}/storm.jpg\', \'https://www.harbourtimes.example/static/logo.png\', \'{IMG}/wall.jpg\'}}"\n')
    record = _record(table)
    assert (record["title"], record["bylines"]) == ("Storm closes the harbour", ["Ann Lee"])
    assert [photo["url"] for photo in record["photos"]] == [f"{IMG}/storm.jpg", f"{IMG}/wall.jpg"]


def test_trafilaturas_csv_has_no_header_and_its_columns_are_read_by_what_they_hold() -> None:
    text = "The storm came in at dawn and the harbour was closed for the day, the port authority said. " * 3
    table = (f"{URL}\tnull\t9b3e1c0a7f2d4e6b\tharbourtimes.example\tStorm closes the harbour\t{IMG}/storm.jpg\t"
             f"2024-06-05\t{text}\tnull\tnull\tarticle\n")
    record = _record(table)
    assert (record["url"], record["title"]) == (URL, "Storm closes the harbour")
    assert [photo["url"] for photo in record["photos"]] == [f"{IMG}/storm.jpg"]


@pytest.mark.parametrize(("table", "encoding"), [
    # Octoparse names a link's address after its text ("Title_URL")
    ("Title,Title_URL,Author,Image,Image_caption\n"
     f"Storm closes the harbour,{URL},Ann Lee,{IMG}/storm.jpg,Waves at dawn. Photo: Reuters\n", "utf-8"),
    # Excel's "Unicode text": UTF-16 with its BOM, tab-separated, CRLF
    ("URL\tTitle\tAuthor\tImage\tCaption\r\n"
     f"{URL}\tStorm closes the harbour\tAnn Lee\t{IMG}/storm.jpg\tWaves at dawn. Photo: Reuters\r\n", "utf-16"),
    # Instant Data Scraper: a column per element class, "href" and "src" after a link's and an image's
    ("story-title,story-title href,css-9pa8cd,lazyload src,css-1dbjc4n\n"
     f"Storm closes the harbour,{URL},By Ann Lee,{IMG}/storm.jpg,Waves at dawn. Photo: Reuters\n", "utf-8"),
], ids=["octoparse", "excel-unicode-text", "instant-data-scraper"])
def test_one_story_in_other_tools_column_vocabularies(table: str, encoding: str) -> None:
    record = _record(table, encoding=encoding)
    assert (record["url"], record["title"], record["bylines"]) == (URL, "Storm closes the harbour", ["Ann Lee"])
    assert _photos(record) == [(f"{IMG}/storm.jpg", "Waves at dawn.", "Reuters")]


def test_a_sheet_named_in_german_with_a_bom_tabs_and_a_caption_over_two_lines() -> None:
    # a Google Sheet of IMPORTXML formulas downloaded as TSV; the credit in a column of its own
    table = ("\ufeffURL\tÜberschrift\tAutor\tZeitung\tBild\tBildunterschrift\tBildnachweis\n"
             f'{URL}\tSturm schließt den Hafen\tAnna Lehner\tHafenbote\t{IMG}/sturm.jpg\t'
             '"Wellen über der Hafenmauer\nam Morgen."\tdpa\n')
    record = _record(table)
    assert (record["title"], record["bylines"]) == ("Sturm schließt den Hafen", ["Anna Lehner"])
    assert record["publication"] == "Hafenbote"
    assert _photos(record) == [(f"{IMG}/sturm.jpg", "Wellen über der Hafenmauer am Morgen.", "dpa")]


def test_parsehubs_selection_columns() -> None:
    table = ("selection1_name,selection1_url,author,image_url,image_alt\n"
             f"Storm closes the harbour,{URL},Ann Lee,{IMG}/storm.jpg,Waves break over the harbour wall at dawn\n")
    record = _record(table)
    assert (record["url"], record["title"]) == (URL, "Storm closes the harbour")
    assert _photos(record) == [(f"{IMG}/storm.jpg", "Waves break over the harbour wall at dawn", None)]


def test_a_table_that_exports_no_story_is_refused_with_its_columns_named() -> None:
    table = "sku;name;price;stock\nA-100;Umbrella;12,50;4\nA-101;Raincoat;40,00;0\n"
    with pytest.raises(NotAnArticleTableError, match=r"4 columns \(sku, name, price, stock\).*not an article export"):
        _record(table)


@pytest.mark.parametrize("text", [
    "Storm closes the harbour\nBy Ann Lee, staff writer\n\nThe storm came in at dawn, and the harbour was closed.\n",
    "Title: Storm closes the harbour\nAuthor: Ann Lee\n\nWaves, wind and rain; the port shut.\n",
    "a,b\n",  # a header alone
])
def test_text_that_is_no_table_is_left_to_the_other_readers(text: str) -> None:
    assert table_page(text, URL) is None


def test_a_columns_name_is_split_into_words_without_accents() -> None:
    assert name_words("pie_de_foto") == ("pie", "de", "foto")
    assert name_words("images/0/url") == ("images", "0", "url")
    assert name_words("H1-1") == ("h1", "1")
    assert name_words("Título de la página") == ("titulo", "de", "la", "pagina")
    assert name_words("imageAlt") == ("image", "alt")
