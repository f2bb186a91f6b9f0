"""Rules found working on blind14's and blind15's reader misses that are no image URL's (gallery counters, bylines,
titles, the paper's name, captions), each with cases of its own.

The sets themselves are ``data/blind14`` and ``data/blind15`` (test_blind_shapes, their misses classified in each
folder's ``MISSES.md``); these cases hold each rule apart from them, in other words and other languages.
"""

from __future__ import annotations

import pytest

from catalog.articles.bylines import split_byline
from catalog.articles.pages import parse_article
from catalog.articles.photos import GALLERY_COUNTER
from catalog.articles.scrape_lines import is_publication_line
from tests.catalog.articles.test_blind9_rules import STORY, _page, _text

IMG = "https://img.coast.example/upload/w_1200/2024/06"


# -- gallery counters ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("caption", "left"), [
    ("Foto 1 de 3 · Una de las grúas sobre la cubierta.", "Una de las grúas sobre la cubierta."),  # a middle dot
    ("Bilete 2 av 3: Arbeidarar legg asfalt ved sentrum.", "Arbeidarar legg asfalt ved sentrum."),  # Nynorsk's word
    ("Photo 3 of 5 • Crowds on the pier.", "Crowds on the pier."),  # a bullet
    ("Bild 1 von 4, Der Hafen am Morgen.", "Der Hafen am Morgen."),  # a comma
    ("Fotó 5-ből 1 – A híd télen.", "A híd télen."),  # Hungarian, the total first
    ("3-ból 2 · Az új rakpart.", "Az új rakpart."),
    ("Immagine 2 di 6 · Il porto.", "Il porto."),
    ("2/3 · Ёлки на площади.", "Ёлки на площади."),
])
def test_a_gallery_counter_in_the_languages_comes_off_the_caption_whatever_closes_it(caption: str, left: str) -> None:
    assert GALLERY_COUNTER.sub("", caption) == left


@pytest.mark.parametrize("caption", [
    "3 of the 5 boats sank.",  # words, no counter
    "Fishermen land 12 of 30 crates · Harbour, Tuesday.",  # numbers inside the sentence
    "2024-ben 1 új híd épült.",  # a year in a Hungarian case is no total
    "Bilete frå hamna.",
])
def test_a_caption_with_numbers_but_no_counter_keeps_them(caption: str) -> None:
    assert GALLERY_COUNTER.sub("", caption) == caption


def _gallery(counter_lines: list[str], captions: list[str]) -> str:
    parts = ["# Khareef visitors top one million", "", "By Salim Al Harthy", "",
             "Salalah: More than one million visitors are expected in Dhofar this season, the ministry said.", ""]
    for number, (counter, caption) in enumerate(zip(counter_lines, captions), start=1):
        parts += [f"![]({IMG}/slide-{number})", "", counter, "", caption, ""]
    parts += ["Flights will be increased from mid-July.", "", "© 2024 Dhofar Dispatch. All rights reserved."]
    return "\n".join(parts)


@pytest.mark.parametrize("counters", [
    ["1 of 3", "2 of 3", "3 of 3"],
    ["Photo 1/3", "Photo 2/3", "Photo 3/3"],
    ["Bilete 1 av 3", "Bilete 2 av 3", "Bilete 3 av 3"],
])
def test_a_counter_line_between_a_picture_and_its_caption_leaves_each_caption_with_its_picture(counters: list[str]) -> None:
    captions = ["Mist over the Ittin hills. Photo: ONA", "Workers prepare the grounds. Photo: Khalid Said/Dhofar Dispatch",
                "The Ayn Khor waterfall flows again. Photo: Ministry of Heritage and Tourism"]
    photos = _text(_gallery(counters, captions))["photos"]
    assert [(photo["url"].rsplit("/", 1)[1], photo["caption"], photo["credit_line"]) for photo in photos] == [
        ("slide-1", "Mist over the Ittin hills.", "ONA"),
        ("slide-2", "Workers prepare the grounds.", "Khalid Said/Dhofar Dispatch"),
        ("slide-3", "The Ayn Khor waterfall flows again.", "Ministry of Heritage and Tourism")]


def test_a_counter_line_over_the_next_picture_still_heads_it() -> None:
    text = "\n".join(["# Khareef visitors top one million", "", "By Salim Al Harthy", "",
                      "Salalah: More than one million visitors are expected in Dhofar this season, the ministry said.",
                      "", "1 of 2", f"![]({IMG}/slide-1)", "Mist over the hills. Photo: ONA", "",
                      "2 of 2", f"![]({IMG}/slide-2)", "Workers at the grounds. Photo: ONA", "",
                      "© 2024 Dhofar Dispatch. All rights reserved."])
    photos = _text(text)["photos"]
    assert [photo["caption"] for photo in photos] == ["Mist over the hills.", "Workers at the grounds."]


def test_a_counter_over_the_next_pictures_caption_is_not_taken_for_the_one_above() -> None:
    text = "\n".join(["# Flood on the Elbe", "", "Von Anna Schmidt", "", "Der Pegel der Elbe ist in der Nacht gestiegen.",
                      "", "Photo 1/2", "Helfer füllen Sandsäcke. Foto: Karl Berger/dpa", f"{IMG}/altstadt.jpg", "",
                      "Photo 2/2", "Das Wasser steht unter der Brücke. Foto: Sven Brandt/IMAGO", f"{IMG}/bruecke.jpg",
                      "", "Die Feuerwehr hat Sandsäcke verteilt."])
    photos = _text(text)["photos"]
    assert [photo["credit_line"] for photo in photos] == ["Karl Berger/dpa", "Sven Brandt/IMAGO"]


# -- bylines -------------------------------------------------------------------------------------------------------


def test_a_wrapper_named_for_the_byline_that_holds_the_headline_is_not_the_byline() -> None:
    record = _page('<main><div class="ccm-block-page-title-byline"><h1 class="page-title">Lungolago, il cantiere '
                   'accumula ritardo</h1><span class="page-author">Di Marco Bernasconi e Lara Pedrazzini</span>'
                   f'<span class="page-date">28 maggio 2024</span></div><article>{STORY}</article></main>')
    assert record["bylines"] == ["Marco Bernasconi", "Lara Pedrazzini"]


def test_a_byline_block_without_the_headline_is_still_the_byline() -> None:
    record = _page(f'<main><h1>Storm closes the harbour</h1><div class="article-byline">By Ann Lee</div>'
                   f'<article>{STORY}</article></main>')
    assert record["bylines"] == ["Ann Lee"]


@pytest.mark.parametrize(("label", "name"), [("By", "Nirmala Fernando"), ("Por", "Ana Ruiz"), ("Von", "Anna Roth"),
                                              ("Par", "Jean Morel")])
def test_a_label_in_its_own_element_touching_the_authors_link_is_read_apart(label: str, name: str) -> None:
    record = _page('<main><h1 class="title">Storm closes the harbour</h1><div class="media-body">'
                   f'<h4 class="media-heading"><span>{label}</span><a href="/author/x/">{name}</a></h4>'
                   f'<span class="date">Jun 5, 2024</span></div><article>{STORY}</article></main>')
    assert record["bylines"] == [name]


@pytest.mark.parametrize(("line", "names"), [
    ("Par Nassima Belkacem Publié le 27 mai 2024 à 18h40", ("Nassima Belkacem",)),
    ("By Ann Lee Published June 3, 2024", ("Ann Lee",)),
    ("Por Ana Ruiz Publicado el 3 de junio de 2024", ("Ana Ruiz",)),
    ("Von Anna Roth Veröffentlicht am 3. Juni 2024", ("Anna Roth",)),
    ("Di Luca Bianchi aggiornato il 3 giugno 2024", ("Luca Bianchi",)),
    ("Av Maja Lind publicerad 3 juni 2024", ("Maja Lind",)),
    ("Par Anne Le 27 mai 2024", ("Anne Le",)),  # a surname, no label
])
def test_the_date_label_of_the_language_is_no_part_of_the_name(line: str, names: tuple[str, ...]) -> None:
    assert split_byline(line) == names


def _clip(byline: str, nag: str = "Suscríbete a nuestro boletín y recibe las noticias cada mañana. [Suscribirme](/boletin)") -> str:
    return "\n\n".join([nag, "# Puerto Cabello recibe cuatro grúas nuevas", byline, "28 mayo, 2024",
                        "Cuatro grúas pórtico llegaron este lunes al puerto, el principal del país. " * 2])


@pytest.mark.parametrize(("byline", "names"), [
    ("Por **Daniela Urbina**", ["Daniela Urbina"]),
    ("*By Ann Lee and Bo Park*", ["Ann Lee", "Bo Park"]),
    ("Von __Anna Roth__", ["Anna Roth"]),
])
def test_a_byline_set_in_markdown_bold_or_italics_is_read(byline: str, names: list[str]) -> None:
    record = _text(_clip(byline))
    assert (record["bylines"], record["title"]) == (names, "Puerto Cabello recibe cuatro grúas nuevas")


def test_a_bold_subheading_is_no_byline() -> None:
    assert _text(_clip("**Por qué importa**"))["bylines"] == []


@pytest.mark.parametrize("nag", ["Suscríbete a nuestro boletín y recibe las noticias cada mañana",
                                 "Suscribite y leé sin límites todas las noticias", "Suscríbase hoy a la edición impresa"])
def test_a_newsletters_nag_in_its_forms_is_no_headline(nag: str) -> None:
    assert _text(_clip("", nag=nag))["title"] == "Puerto Cabello recibe cuatro grúas nuevas"


@pytest.mark.parametrize(("line", "paper"), [
    ("Connemara Correspondent", False), ("Health Editor", False), ("Political Columnist", False),
    ("The Corrib Courier", True), ("Bay Area Reporter", True),  # a paper named by a role's word
])
def test_a_role_line_under_the_byline_names_the_beat_not_the_paper(line: str, paper: bool) -> None:
    assert is_publication_line(line) is paper


# -- titles --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("headline", "title"), [
    (["Oughterard bypass", "back on agenda as", "€24m plan revived"], "Oughterard bypass back on agenda as €24m plan revived"),
    (["Kejetia traders", "get new market", "stalls by August"], "Kejetia traders get new market stalls by August"),
    (["Neue Brücke für", "Lindaus Altstadt eröffnet"], "Neue Brücke für Lindaus Altstadt eröffnet"),
])
def test_a_print_headline_broken_over_lines_is_joined(headline: list[str], title: str) -> None:
    text = "\n".join(["THE CORRIB COURIER Wednesday, June 5, 2024 7", "NEWS", *headline, "By Aoife Ní Fhlatharta",
                      "THE long-shelved bypass of", "Oughterard is back on the", "table after the council met.",
                      "© The Corrib Courier 2024. All rights reserved."])
    assert _text(text)["title"] == title


def test_a_section_label_over_the_headline_is_not_joined_to_it() -> None:
    text = "\n".join(["THE CORRIB COURIER Wednesday, June 5, 2024 7", "", "NEWS", "", "Council approves the",
                      "harbour plan at last", "", "By Aoife Ní Fhlatharta", "", "THE council met on Monday and voted."])
    assert _text(text)["title"] == "Council approves the harbour plan at last"


@pytest.mark.parametrize("heading", [
    "* [[https://www.thimphuchronicle.example/2024/06/05/night-landings/][Paro night landings approved | Thimphu Chronicle]]  :website:",
    "* Paro night landings approved | Thimphu Chronicle",
    "** [[https://www.thimphuchronicle.example/2024/06/05/night-landings/][Paro night landings approved | Thimphu Chronicle]] :web:news:",
])
def test_an_org_mode_captures_heading_is_the_title_and_names_the_site(heading: str) -> None:
    text = "\n".join([heading, ":PROPERTIES:", ":URL:      https://www.thimphuchronicle.example/2024/06/05/night-landings/",
                      ":CAPTURED: [2024-06-05 Wed 14:02]", ":END:", "", "Sonam Choden and Karma Dorji", "",
                      "Paro International Airport will handle its first scheduled night landings from July, after",
                      "the Department of Air Transport approved new runway lighting.", "",
                      "[[https://www.thimphuchronicle.example/uploads/2024/06/paro-apron-jet-1024x683.jpg]]", "",
                      "A jet on the apron at Paro. Photo: Kinley Wangmo"])
    record = parse_article(text.encode(), url="https://www.thimphuchronicle.example/2024/06/05/night-landings/",
                           content_type="text/plain").to_record()
    assert (record["title"], record["publication"], record["publication_source"]) == (
        "Paro night landings approved", "Thimphu Chronicle", "title suffix")
    assert [(photo["caption"], photo["credit_line"]) for photo in record["photos"]] == [
        ("A jet on the apron at Paro.", "Kinley Wangmo")]
