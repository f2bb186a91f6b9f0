"""The rules the sixth blind set exposed, one invented case each: mails, text dumps, print pages, bylines, captions."""

from __future__ import annotations

import pytest

from catalog.articles.bylines import (
    byline_publication,
    dateline_reporters,
    printed_byline,
    split_byline,
)
from catalog.articles.image_urls import named_width
from catalog.articles.mail import mail_body
from catalog.articles.pages import parse_article
from catalog.articles.photos import describe_photo
from tests.helpers.article_pages import IMAGE, STORY, read, scrape

MAIL = b"""From: =?iso-8859-1?q?La_Gazette?= <lettre@gazette.example>
Subject: =?iso-8859-1?q?Le_lac_=E0_sec?=
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Voir la version en ligne : https://gazette.example/nievre/le-lac-a-sec-pour-tra=
vaux-1234.html

Le lac des Settons =E0 sec pour travaux

Par Val=E9rie Girard

[Photo] https://img.gazette.example/2024/06/03/lac.jpg
Le lac vid=E9 de moiti=E9, vendredi. Photo : Herv=E9 Lemoine / La Gazette du =
Morvan

Se d=E9sinscrire | =A9 La Gazette du Morvan 2024
"""


def test_a_mail_saved_with_its_headers_is_read_in_its_transfer_encoding_and_charset() -> None:
    record = parse_article(MAIL, url="https://gazette.example/nievre/le-lac-a-sec-pour-travaux-1234.html").to_record()
    assert (record["title"], record["byline"]) == ("Le lac des Settons à sec pour travaux", "Valérie Girard")
    assert (record["publication"], record["publication_source"]) == ("La Gazette du Morvan", "footer copyright")
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("Le lac vidé de moitié, vendredi.",
                                                        "Hervé Lemoine / La Gazette du Morvan")


def test_text_that_only_starts_like_a_header_is_no_mail() -> None:
    assert mail_body(b"Subject: the budget\nThe council met on Monday to vote on the budget.\n") is None
    assert mail_body(b"From: Ann <ann@paper.example>\nSubject: budget\n\nNo MIME here =E9\n") is None
    assert mail_body(MAIL) is not None


ELINKS = """   [1]Skip to content
   [2]The Upland Observer

                     Reservoir levels fall to 41% after dry spring

   By [3]Hamish Doyle
   3 June 2024

   [4][IMG]

   Low water exposes the old village at Derwent Reservoir on Saturday.
   Photo: Neil Ashworth / The Upland Observer

   Yorkshire Water said stocks were well below the seasonal average.

Visible links
   1. https://www.upland.example/news/reservoir#main
   2. https://www.upland.example/
   3. https://www.upland.example/author/hamish-doyle/
   4. https://images.upland.example/2024/06/03/derwent.jpg?width=1200
"""


def test_a_text_browsers_picture_takes_the_caption_after_the_blank_line_under_it() -> None:
    [photo] = scrape(ELINKS, url="https://www.upland.example/news/reservoir")["photos"]
    assert (photo["url"], photo["caption"], photo["credit_line"]) == (
        "https://images.upland.example/2024/06/03/derwent.jpg?width=1200",
        "Low water exposes the old village at Derwent Reservoir on Saturday.", "Neil Ashworth / The Upland Observer")


PRINT_PAGE = """Gepubliceerd op Omroep Veluwezoom (https://www.veluwezoom.example)

Home > Nieuws > Brand verwoest boerderij in Loenen

Brand verwoest boerderij in Loenen

Ingezonden door Anouk Verhoeven op ma, 03/06/2024 - 09:14

[1]

Brandweerlieden blussen de resten van de boerderij.
Foto: René Hendriks/Omroep Veluwezoom

Bij de brand kwamen geen mensen om.

Bron-URL: https://www.veluwezoom.example/nieuws/brand-loenen

Links:
[1] https://www.veluwezoom.example/sites/default/files/2024-06/brand-loenen.jpg
"""


def test_a_print_page_names_its_site_in_its_header_and_lists_its_pictures_at_the_end() -> None:
    record = parse_article(PRINT_PAGE.encode("latin-1"), url="https://www.veluwezoom.example/nieuws/brand-loenen").to_record()
    assert (record["title"], record["bylines"]) == ("Brand verwoest boerderij in Loenen", ["Anouk Verhoeven"])
    assert (record["publication"], record["publication_source"]) == ("Omroep Veluwezoom", "og:site_name")
    [photo] = record["photos"]
    assert photo["url"].endswith("/brand-loenen.jpg")
    assert (photo["caption"], photo["photographers"]) == ("Brandweerlieden blussen de resten van de boerderij.", ["René Hendriks"])


def test_a_submitted_by_line_in_the_sites_language_loses_its_date() -> None:
    for line in ("Ingezonden door Anouk Verhoeven op ma, 03/06/2024 - 09:14", "Eingereicht von Anouk Verhoeven am 03.06.2024"):
        assert (split_byline(line), printed_byline(line)) == (("Anouk Verhoeven",), "Anouk Verhoeven")


PANDOC = """---
title: 'Tram depot fire: investigators point to batteries'
author:
- Benedikt Arnold
- Svenja Kohl
---

# Tram depot fire: investigators point to batteries

Investigators said on Monday that the fire started in a battery room.

![Firefighters at the depot on Saturday night. Photo: Moritz
Hahn/dpa](https://img.kurier.example/2024/06/03/depot-1600.jpg){width="800"
height="533"}

The depot's trams were moved.

![The burnt-out storage room. Photo: Feuerwehr
Weststadt](https://img.kurier.example/2024/06/03/lager-1600.jpg){width="800"}

© 2024 Rhein-Kurier
"""


def test_pandocs_markdown_pictures_broken_over_lines_and_its_author_list() -> None:
    record = scrape(PANDOC, url="https://kurier.example/2024/06/03/tram-depot-fire")
    assert (record["byline"], record["bylines"]) == ("Benedikt Arnold and Svenja Kohl", ["Benedikt Arnold", "Svenja Kohl"])
    assert [(photo["url"], photo["caption"], photo["credit_line"]) for photo in record["photos"]] == [
        ("https://img.kurier.example/2024/06/03/depot-1600.jpg", "Firefighters at the depot on Saturday night.",
         "Moritz Hahn/dpa"),
        ("https://img.kurier.example/2024/06/03/lager-1600.jpg", "The burnt-out storage room.", "Feuerwehr Weststadt")]


DUMP = """URL: https://ledger.example/news/marsh-restoration
Title: Marsh restoration begins at Cedar Point
Authors: ['Grace Whitman', 'Luis Ortega']
Top image: https://img.ledger.example/2024/06/marsh.jpg
Images: {'https://img.ledger.example/2024/06/marsh.jpg', 'https://img.ledger.example/logo-ledger.png', 'https://img.ledger.example/2024/06/dredge.jpg'}
Meta site name: The Tidewater Ledger
---- TEXT ----
Crews began pumping sand onto the marsh on Monday.

Excavators spread sand across the marsh. Photo: Kenji Mori/The Tidewater Ledger

The project will raise 40 acres of marsh.

A dredge works the channel. Photo: U.S. Army Corps of Engineers
"""


def test_a_scripts_dump_of_an_extractors_fields_and_the_captions_its_text_kept() -> None:
    record = scrape(DUMP, url="https://ledger.example/news/marsh-restoration")
    assert (record["title"], record["bylines"]) == ("Marsh restoration begins at Cedar Point", ["Grace Whitman", "Luis Ortega"])
    assert (record["publication"], record["publication_source"]) == ("The Tidewater Ledger", "og:site_name")
    assert [(photo["url"].rsplit("/", 1)[1], photo["caption"], photo["credit_line"]) for photo in record["photos"]] == [
        ("marsh.jpg", "Excavators spread sand across the marsh.", "Kenji Mori/The Tidewater Ledger"),
        ("dredge.jpg", "A dredge works the channel.", "U.S. Army Corps of Engineers")]


def test_a_credited_line_by_no_picture_is_no_caption_when_every_picture_has_one() -> None:
    text = ("Bridge reopens after repairs\nBy Ann Lee\n\nhttps://img.ledger.example/bridge.jpg\n"
            "Cars cross the bridge. Photo: Cy Doe/AP\n\nThe mayor spoke. Photo: a line the story quotes/AP\n")
    [photo] = scrape(text)["photos"]
    assert photo["caption"] == "Cars cross the bridge."


STRINGER = """LINK: https://www.eco.example/cronaca/2024/06/03/crollo-cornicione/
TITOLO: Benevento, crolla un cornicione in via Annunziata
AUTORE: di Giovanna Esposito
TESTATA: L'Eco del Sannio

TESTO:
Un cornicione si è staccato ieri sera da un palazzo.

FOTO 1: https://www.eco.example/media/2024/06/cornicione.jpg
Didascalia: I calcinacci in via Annunziata dopo il crollo
Credito: Ufficio stampa Vigili del Fuoco
"""


def test_a_stringers_labelled_fields_in_italian() -> None:
    record = scrape(STRINGER, url="https://www.eco.example/cronaca/2024/06/03/crollo-cornicione/")
    assert (record["byline"], record["publication"]) == ("Giovanna Esposito", "L'Eco del Sannio")
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("I calcinacci in via Annunziata dopo il crollo",
                                                        "Ufficio stampa Vigili del Fuoco")


def test_a_label_before_the_credit_field_goes_with_it() -> None:
    text = "Kolar tanks run dry\nBy Ann Lee\n\nhttps://img.ledger.example/tank.jpg\nFarmers at the dry tank. | Photo Credit: PTI\n"
    [photo] = scrape(text)["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("Farmers at the dry tank.", "PTI")


@pytest.mark.parametrize("text, names, printed", [
    ("이민아 기자", ("이민아",), "이민아"),  # the reporter's title after the name
    ("Propos recueillis par Élodie Marchand", ("Élodie Marchand",), "Élodie Marchand"),
    ("By Caroline Ostrowski, University Communications", ("Caroline Ostrowski",), "Caroline Ostrowski"),
    ("By Zsófia Varga with AP, AFP", ("Zsófia Varga",), "Zsófia Varga"),  # the wires drawn on
    ("By Ann Lee with the Associated Press", ("Ann Lee",), "Ann Lee"),
    ("BY KIM MIN-JI [kim.minji@harbordaily.example]", ("KIM MIN-JI",), "KIM MIN-JI"),
    ("di Marco Bellini e Sara Conti 3 giugno 2024", ("Marco Bellini", "Sara Conti"), "Marco Bellini e Sara Conti"),
])
def test_a_byline_loses_titles_offices_wires_addresses_and_dates(text: str, names: tuple[str, ...], printed: str) -> None:
    assert (split_byline(text), printed_byline(text)) == (names, printed)


@pytest.mark.parametrize("text", ["By Caroline Ostrowski, University Communications", "By Zsófia Varga with AP, AFP"])
def test_an_office_or_the_wires_drawn_on_are_no_publication(text: str) -> None:
    assert byline_publication(text) is None


@pytest.mark.parametrize("printed, caption, credit_line, agency, photographers", [
    ("Il lungolago allagato (foto Ansa)", "Il lungolago allagato", "Ansa", "ANSA", []),
    ("Volontari al lavoro (foto di Luca Sala)", "Volontari al lavoro", "Luca Sala", None, ["Luca Sala"]),
    ("La Galleria a Milano (Fotogramma)", "La Galleria a Milano", "Fotogramma", "Fotogramma", []),  # a name, no label
    ("大阪駅前で記者会見する経済団体の幹部＝ロイター", "大阪駅前で記者会見する経済団体の幹部", "ロイター", "Reuters", []),
    ("Traffic along Jalan Tun Dr Awang. — Filepic", "Traffic along Jalan Tun Dr Awang.", "Filepic", None, []),
])
def test_a_credit_closing_the_caption_in_a_bracket_after_an_equals_sign_or_a_dash(
        printed: str, caption: str, credit_line: str, agency: str | None, photographers: list[str]) -> None:
    photo = describe_photo("https://img.valleyledger.example/a.jpg", caption=printed).to_record()
    assert (photo["caption"], photo["credit_line"], photo["agency"], photo["photographers"]) == (
        caption, credit_line, agency, photographers)


def test_a_gallerys_caption_that_is_only_a_credit_credits_each_of_its_pictures() -> None:
    gallery = ('<figure class="kg-card kg-gallery-card"><div class="kg-gallery-container"><div class="kg-gallery-row">'
               '<div class="kg-gallery-image"><img src="https://img.valleyledger.example/vats.jpg"></div>'
               '<div class="kg-gallery-image"><img src="https://img.valleyledger.example/hides.jpg"></div></div></div>'
               "<figcaption>{}</figcaption></figure>")
    credited = read(f"<article><h1>Inside the tannery</h1>{STORY}{gallery.format('Photos: Ida Brennan')}</article>")
    assert [(photo.caption, photo.credit_line) for photo in credited.photos] == [(None, "Ida Brennan")] * 2
    described = read(f"<article><h1>Inside the tannery</h1>{STORY}{gallery.format('The vats and the hides.')}</article>")
    assert [(photo.caption, photo.credit_line) for photo in described.photos] == [(None, None)] * 2


@pytest.mark.parametrize("last, caption, credit", [
    ("Claudio Álvarez", "Un técnico mide la salinidad.", "Claudio Álvarez"),
    ("en la gola del Pujol", None, None),  # no name: the caption goes on
])
def test_a_captions_last_element_that_is_a_name_alone_is_its_credit(last: str, caption: str | None,
                                                                   credit: str | None) -> None:
    figure = (f'<figure><img src="{IMAGE}"><figcaption class="a_m_p"><span>Un técnico mide la salinidad.</span>'
              f'<span class="a_m_m">{last}</span></figcaption></figure>')
    [photo] = read(f"<article><h1>Fees rise</h1>{STORY}{figure}</article>").photos
    assert (photo.caption if caption else "Pujol" in photo.caption, photo.credit_line) == (caption or True, credit)


def test_a_portals_provider_element_names_the_paper_it_carries() -> None:
    result = read(f'<article><h1>Beach erosion closes boardwalk</h1><div class="caas-attr-provider">Shoreline Gazette</div>'
                  f"{STORY}</article>", head='<meta property="og:site_name" content="Yahoo News">')
    assert (result.article.publication, result.article.publication_source) == ("Shoreline Gazette", "syndication")


def test_the_pages_own_domain_in_the_title_beats_the_footers_company() -> None:
    result = parse_article("<html><head><title>Rents rise again | coastnews.example.au — Australia’s leading news site"
                           "</title></head><body><article><h1>Rents rise again</h1><p>Rents rose in May across the city."
                           "</p></article><footer>© Coast Digital Pty Ltd 2024</footer></body></html>",
                           url="https://www.coastnews.example.au/finance/rents-rise-again")
    assert (result.article.publication, result.article.publication_source) == ("coastnews.example.au", "title suffix")


def test_a_size_before_the_file_name_is_its_width() -> None:
    assert named_width("https://imgcdn.example.tw/webp/800/20240603/1024x768_wmkn_123456789012.webp") == 1024
    assert named_width("https://imgcdn.example.tw/webp/800/20240603/wmkn_123456789012.webp") == 800  # the folder's


def test_a_press_releases_issuer_in_the_author_meta_is_no_byline() -> None:
    release = (f"<article><h1>Harbor Light switches on its floating array</h1><div>News provided by "
               f'<a href="/news/harbor-light/">Harbor Light Energy</a></div>{STORY}</article>')
    assert read(release, head='<meta name="author" content="Harbor Light Energy">').article.byline == ()
    story = f"<article><h1>Harbor Light switches on its floating array</h1>{STORY}</article>"
    assert read(story, head='<meta name="author" content="Ann Lee">').article.byline == ("Ann Lee",)


@pytest.mark.parametrize("paragraph, names", [
    ("（寶島社記者王小明台北3日電）受颱風外圍環流影響，氣象署今天發布豪雨特報。", ("王小明",)),
    ("（中央社記者王小明、李大華台北3日電）立法院今天三讀通過修正案。", ("王小明", "李大華")),
    ("新华社北京6月3日电（记者王明）记者从交通运输部获悉。", ("王明",)),
    ("（記者王小明／台北報導）市府今天公布計畫。", ("王小明",)),
    ("The council met on Monday (3 June).", ()),
])
def test_a_chinese_wires_opening_dateline_names_its_reporters(paragraph: str, names: tuple[str, ...]) -> None:
    assert dateline_reporters(paragraph) == names


def test_a_story_signed_only_in_its_dateline_has_that_byline() -> None:
    result = read("<article><h1>颱風外圍環流影響 北部山區豪雨特報</h1>"
                  "<p>（寶島社記者王小明台北3日電）受颱風外圍環流影響，氣象署今天對北部山區發布豪雨特報。</p></article>")
    assert result.article.byline == ("王小明",)
