"""The word families the credit and article readers share, one real form per language (docs/credit-tables.md,
"Word families"): a picture's label, "archive", a private archive naming no party, a byline's label, a weekday."""

from __future__ import annotations

import pytest

from catalog.articles.bylines import split_byline
from catalog.articles.photos import split_unmarked_credit
from tests.helpers.credit_reading import read_caption

CAPTION = "Ihmiset kokoontuivat torille lauantaina. "  # any caption sentence: the credit follows it


# a picture's label in the languages the tables met without one: the credit after it is read
@pytest.mark.parametrize(("credit", "line", "agency", "photographers"), [
    ("Valokuvat: Lehtikuva", "Lehtikuva", "Lehtikuva", ()),  # fi, holdout13-061
    ("Kuvaaja: Matti Meikäläinen", "Matti Meikäläinen", None, ("Matti Meikäläinen",)),  # fi
    ("Ljósmynd: Jón Jónsson", "Jón Jónsson", None, ("Jón Jónsson",)),  # is
    ("Фото Јан Вало", "Јан Вало", None, ("Јан Вало",)),  # sr, a Cyrillic capital of its own (holdout13-085)
    ("Снимио: Марко Марковић", "Марко Марковић", None, ("Марко Марковић",)),  # sr
    ("Fotogrāfs: Jānis Bērziņš", "Jānis Bērziņš", None, ("Jānis Bērziņš",)),  # lv
    ("Fotograaf: Mari Tamm", "Mari Tamm", None, ("Mari Tamm",)),  # et
    ("Valokuvaaja Alfred Hackman", "Alfred Hackman", None, ("Alfred Hackman",)),  # fi, holdout14-023, no colon
    ("Govva: Jon Anders Eira", "Jon Anders Eira", None, ("Jon Anders Eira",)),  # se (Northern Sámi), blind15 04
    ("Гэрэл зураг: Б.Бат", "Б.Бат", None, ("Б.Бат",)),  # mn, blind15 10
    ("Photo prise par Benoit Tessier", "Benoit Tessier", None, ("Benoit Tessier",)),  # fr, holdout14-215
])
def test_a_picture_label_of_the_language_opens_the_credit(credit: str, line: str, agency: str | None,
                                                          photographers: tuple[str, ...]) -> None:
    assert read_caption(CAPTION + credit) == (line, agency, photographers)


# "archive" in the languages: alone it names no one (a file picture), before its owner it names the owner
@pytest.mark.parametrize(("credit", "line", "agency"), [
    ("PICHA: MAKTABA", "MAKTABA", None),  # sw, blind13 page 09
    ("Foto: Arkivbild", "Arkivbild", None),  # sv
    ("Foto: Archivo", "Archivo", None),  # es
    ("Foto: archív ŠH", "archív ŠH", "ŠH"),  # sk, blind13 page 04
    ("Foto: arhiva Jutarnjeg lista", "arhiva Jutarnjeg lista", "Jutarnjeg lista"),  # hr
    ("Fot. archiwum PAP", "archiwum PAP", "PAP"),  # pl
])
def test_an_archive_word_of_the_language_is_a_file_picture(credit: str, line: str, agency: str | None) -> None:
    assert read_caption(CAPTION + credit) == (line, agency, ())


@pytest.mark.parametrize(("caption", "line"), [
    ("Le président lors d'un meeting à Dakar. (Photo d'archives)", "Photo d'archives"),  # fr, blind13 page 08
    ("Le port de Brest en 1950. (Archives)", "Archives"),  # fr, blind13 s04
    ("Der Bahnhof im Jahr 1970 (Archivbild)", "Archivbild"),  # de
    ("La plaza en 1985 (Foto de archivo)", "Foto de archivo"),  # es
    ("Ο σταθμός το 1990 (αρχείου)", "αρχείου"),  # el
])
def test_a_file_pictures_words_alone_in_closing_brackets_name_no_one(caption: str, line: str) -> None:
    rest, credit = split_unmarked_credit(caption)
    assert credit is not None and credit.credit_line == line and credit.agency is None
    assert credit.qualifiers == ("file",) and not credit.photographers


def test_a_subject_then_a_file_phrase_is_no_credit() -> None:
    assert read_caption("M. Macron, Photo d'archives") is None  # holdout3-76: who is pictured, then what the picture is


# a private or family archive, or the pictured person's own picture, in the languages: the line names no party
@pytest.mark.parametrize("credit", [
    "Foto: Privatna arhiva",  # hr
    "Kuva: Haastateltavan kotialbumi",  # fi
    "Фото: из личного архива",  # ru
    "Фото: з особистого архіву",  # uk
    "Foto: Asmeninio archyvo",  # lt
    "Foto: archiwum prywatne",  # pl
    "Foto: Arquivo pessoal",  # pt
    "Foto: Archivo familiar",  # es
    "Foto: Privatarchiv",  # de
    "Ảnh: NVCC",  # vi
    "Foto: Dokumentasi pribadi",  # id
])
def test_a_private_archive_names_no_party(credit: str) -> None:
    reading = read_caption(CAPTION + credit)
    assert reading is not None and reading[1] is None and reading[2] == ()


@pytest.mark.parametrize(("byline", "names"), [
    ("na Juma Mwakyusa", ("Juma Mwakyusa",)),  # sw; capitalised "Na" is also a surname (review 32)
    ("NA: GODFREY NNKO", ("GODFREY NNKO",)),  # sw; without the colon as diramakini.co.tz prints it, a surname
    ("Piše: Ana Horvat", ("Ana Horvat",)),  # hr
    ("Пише: Марко Марковић", ("Марко Марковић",)),  # sr
    ("Írta: Kiss Anna", ("Kiss Anna",)),  # hu
    ("Της Μαρίας Παπαδοπούλου", ("Μαρίας Παπαδοπούλου",)),  # el
    ("ni Juan dela Cruz", ("Juan dela Cruz",)),  # tl
    ("de Ion Popescu", ("Ion Popescu",)),  # ro
    ("Tác giả: Nguyễn Văn An", ("Nguyễn Văn An",)),  # vi
    ("מאת יוסי כהן", ("יוסי כהן",)),  # he
    ("โดย สมชาย ใจดี", ("สมชาย ใจดี",)),  # th
    ("Autorė: Rūta Petraitė", ("Rūta Petraitė",)),  # lt
])
def test_a_byline_label_of_the_language_is_no_name(byline: str, names: tuple[str, ...]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize("byline", ["na podstawie danych", "De Vries Jan"])
def test_a_label_that_is_an_ordinary_word_stays_before_no_name(byline: str) -> None:
    # Polish "na" (on) before lower-case words; "De" capitalised opens a Dutch name
    assert split_byline(byline) in ((), (byline,))


@pytest.mark.parametrize(("byline", "names"), [
    ("Na: Juma Mwakyusa Jumatano, Mei 22, 2024", ("Juma Mwakyusa",)),  # sw
    ("Von Anna Berg Mittwoch, 22. Mai 2024", ("Anna Berg",)),  # de
    ("Par Jean Roy mercredi 22 mai 2024", ("Jean Roy",)),  # fr
    ("oleh Budi Santoso Rabu, 22 Mei 2024", ("Budi Santoso",)),  # id
])
def test_a_weekday_opening_the_date_after_the_names_is_no_name(byline: str, names: tuple[str, ...]) -> None:
    assert split_byline(byline) == names


# a civic body's word in the languages (a municipality, a centre, a fire brigade, a club, a hospital): the unknown
# name holding it is an organisation, not a person
@pytest.mark.parametrize("credit", [
    "Снимка: Община Бургас",  # bg, blind13 page 17
    "Foto: FF Neumarkt",  # de (at), the volunteer fire brigade by its letters, blind13 page 01
    "Foto: Centro de Patrimonio",  # es
    "Foto: Gradska uprava Novi Sad",  # sr
    "Kuva: Helsingin kaupunki",  # fi
    "Foto: Primăria Cluj",  # ro
    "Foto: Pelastuslaitos Keski-Uusimaa",  # fi
    "Fotó: Debreceni Önkormányzat",  # hu
    "Фото: Мерія Києва",  # uk
    "Foto: Brannvesenet Sør",  # no
    "Foto: Klub Sportowy Wisła",  # pl
    "Picha: Manispaa ya Moshi",  # sw
])
def test_a_civic_bodys_word_makes_the_name_an_organisation(credit: str) -> None:
    reading = read_caption(CAPTION + credit)
    assert reading is not None and reading[1] == reading[0] and reading[2] == ()


# a gallery's counter headed by the language's word, before the caption: no part of it
@pytest.mark.parametrize("caption", [
    "Fotogaleria 1 de 3 — Famílias atravessam a estrada.",  # pt, blind13 s01
    "Bild 2 von 5 – Menschen auf dem Marktplatz.",  # de
    "Photo 2 sur 5 - Des habitants sur la place.",  # fr
    "Slika 1 od 4 – Ljudi na trgu.",  # hr
    "Снимка 2 от 9: Хора на площада.",  # bg
    "Foto 1 dari 5 | Warga berkumpul di alun-alun.",  # id
    "Zdjęcie 2 z 9. Mieszkańcy na rynku.",  # pl
    "Picha 1 kati ya 4 | Wananchi wakikusanyika sokoni.",  # sw
    "Kuva 3/7: Ihmisiä torilla.",  # fi
])
def test_a_gallery_counter_of_the_language_is_no_caption(caption: str) -> None:
    from catalog.articles.photos import GALLERY_COUNTER
    rest = GALLERY_COUNTER.sub("", caption)
    assert rest and rest[0].isupper() and not any(character.isdigit() for character in rest)


@pytest.mark.parametrize("credit", [
    "Caption. Bild 3/60 - Foto: dpa",  # de, the credit after the counter
    "Caption. Slika 2 od 8 - Foto: Hina",  # hr
])
def test_a_gallery_counter_inside_a_credit_is_cut_off(credit: str) -> None:
    from catalog.credits.chrome import without_chrome
    assert not any(character.isdigit() for character in without_chrome(credit))


# a republished story's note in the language: the paper it first ran in
@pytest.mark.parametrize(("note", "paper"), [
    ("This article originally appeared on The Ridgeway Tribune.", "The Ridgeway Tribune"),  # en
    ("Este artículo fue publicado originalmente en Plaza Regional y se reproduce como parte de una alianza.",
     "Plaza Regional"),  # es, blind13 page 21
    ("Matéria publicada originalmente no Jornal do Vale.", "Jornal do Vale"),  # pt
    ("Cet article a été initialement publié dans Le Courrier de Dakar le 3 mai.", "Le Courrier de Dakar"),  # fr
    ("Questo articolo è stato pubblicato originariamente su Il Mattino di Sicilia.", "Il Mattino di Sicilia"),  # it
    ("Dieser Artikel erschien zuerst bei Kieler Bote.", "Kieler Bote"),  # de
    ("Dit artikel verscheen eerder in De Stentor.", "De Stentor"),  # nl
    ("Artikeln publicerades först i Sydsvenskan.", "Sydsvenskan"),  # sv
    ("Artikel ini pertama kali tayang di Suara Desa.", "Suara Desa"),  # id
    ("Articolul a fost publicat inițial pe Ziarul de Iași.", "Ziarul de Iași"),  # ro
])
def test_a_republication_note_of_the_language_names_the_paper(note: str, paper: str) -> None:
    from catalog.articles.publication import syndication_note
    assert syndication_note(note) == paper


def test_a_note_in_lower_case_names_no_paper() -> None:
    from catalog.articles.publication import syndication_note
    assert syndication_note("The recipe was first published in the summer issue.") is None


# the words papers' names are made of: a logo's name in sentence case ending in one is a paper's name
@pytest.mark.parametrize("name", ["Šarišský hlas", "Glas Istre", "Głos Wielkopolski", "La Voz de Galicia",
                                  "Kieler Bote", "Helsingin Sanomat", "Jornal do Vale", "Večernji list"])
def test_a_papers_name_ends_or_opens_with_a_publication_word_of_its_language(name: str) -> None:
    from catalog.articles.bylines import PUBLICATION_WORDS
    words = name.lower().split()
    assert words[0] in PUBLICATION_WORDS or words[-1] in PUBLICATION_WORDS or words[1] in PUBLICATION_WORDS


# an author's block under a class in the site's language holds a headshot, never a story's photo
@pytest.mark.parametrize("box", ["bloc-auteur", "autor-box", "caja-autor", "yazar-kutusu", "box-autore", "szerzo"])
def test_an_author_block_in_the_sites_language_holds_no_story_photo(box: str) -> None:
    from catalog.articles.html import parse_article_html
    page = (f"<html><head><title>Story</title></head><body><article><h1>Story</h1><p>{'Text of the story. ' * 30}</p>"
            '<figure><img src="https://paper.example/photos/harbour.jpg" width="1200" height="800">'
            "<figcaption>The harbour. Photo: Ann Lee</figcaption></figure>"
            f'<div class="{box}"><img src="https://paper.example/img/jean-roy.jpg" width="300" height="300">'
            "<p>Jean Roy writes about the harbour and the fishing fleet for the paper since 2001.</p></div>"
            "</article></body></html>")
    urls = [photo.image_url for photo in parse_article_html(page, url="https://paper.example/story").photos]
    assert urls == ["https://paper.example/photos/harbour.jpg"]
