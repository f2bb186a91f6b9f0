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
    ("Na Juma Mwakyusa", ("Juma Mwakyusa",)),  # sw, blind13 page 09
    ("NA GODFREY NNKO", ("GODFREY NNKO",)),  # sw, diramakini.co.tz
    ("Piše: Ana Horvat", ("Ana Horvat",)),  # hr
    ("Пише: Марко Марковић", ("Марко Марковић",)),  # sr
    ("Írta: Kiss Anna", ("Kiss Anna",)),  # hu
    ("Της Μαρίας Παπαδοπούλου", ("Μαρίας Παπαδοπούλου",)),  # el
    ("Ni Juan dela Cruz", ("Juan dela Cruz",)),  # tl
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
    ("Na Juma Mwakyusa Jumatano, Mei 22, 2024", ("Juma Mwakyusa",)),  # sw, blind13 page 09
    ("Von Anna Berg Mittwoch, 22. Mai 2024", ("Anna Berg",)),  # de
    ("Par Jean Roy mercredi 22 mai 2024", ("Jean Roy",)),  # fr
    ("Oleh Budi Santoso Rabu, 22 Mei 2024", ("Budi Santoso",)),  # id
])
def test_a_weekday_opening_the_date_after_the_names_is_no_name(byline: str, names: tuple[str, ...]) -> None:
    assert split_byline(byline) == names
