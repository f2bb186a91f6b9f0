"""Rules the generated sweep of credit shapes found missing (tests/catalog/credit_sweep.py), each in its general form:
the real line that showed it where a table holds one, invented lines of the same shape in other languages, and near
misses that must not change.
"""

from __future__ import annotations

import pytest

from tests.helpers.credit_reading import read_caption as _read

# --- two full names joined by the language's own "and" are two photographers --------------------------------------

LANGUAGE_AND = [
    ("Tekst:Frank StokholmFoto:Jonas Bie og Steven Achiam",  # h17-138
     ("Jonas Bie og Steven Achiam", None, ("Jonas Bie", "Steven Achiam"))),
    ("Kinder spielen im Park. Fotos: Anna Schmidt und Jürgen Müller",
     ("Anna Schmidt und Jürgen Müller", None, ("Anna Schmidt", "Jürgen Müller"))),
    ("Niños juegan en el parque. Fotos: María García y José Fernández",
     ("María García y José Fernández", None, ("María García", "José Fernández"))),
    ("Дети играют в парке. Фото: Иван Петров и Анна Смирнова",
     ("Иван Петров и Анна Смирнова", None, ("Иван Петров", "Анна Смирнова"))),
    ("Trẻ em vui chơi. Ảnh: Nguyễn Văn An và Trần Thị Bình",  # "An" is also a function word
     ("Nguyễn Văn An và Trần Thị Bình", None, ("Nguyễn Văn An", "Trần Thị Bình"))),
    ("Kinder spielen. Foto: Anna Schmidt und Jürgen Müller/dpa",
     ("Anna Schmidt und Jürgen Müller/dpa", "dpa", ("Anna Schmidt", "Jürgen Müller"))),
]
ONE_NAME_WITH_AND = [
    ("Niños juegan. Foto: José Ortega y Gasset", ("José Ortega y Gasset", None, ("José Ortega y Gasset",))),
    ("Photo: Simon and Schuster", ("Simon and Schuster", None, ("Simon", "Schuster"))),  # as before: one word a side
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGE_AND + ONE_NAME_WITH_AND)
def test_names_joined_by_the_languages_and(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- a labelled credit opening the caption ends at the spaced hyphen before its sentence, in any script ------------

LABELLED_BEFORE_HEADLINE = [
    ("Foto: Anna Schmidt - Kinder spielen am Samstag im Park.", ("Anna Schmidt", None, ("Anna Schmidt",))),
    ("Photo: Jane Roe/AP - Children play in the park on Saturday.", ("Jane Roe/AP", "AP", ("Jane Roe",))),
    ("Фото: Иван Петров - Дети играют в парке в субботу.", ("Иван Петров", None, ("Иван Петров",))),
    ("צילום: יוסי כהן - ילדים משחקים בפארק בשבת.", ("יוסי כהן", None, ("יוסי כהן",))),
    ("사진=김철수/Reuters - 어린이들이 토요일 공원에서 놀고 있다.", ("김철수/Reuters", "Reuters", ("김철수",))),
]
NOT_BEFORE_HEADLINE = [
    # a dash inside the credit, before its parts: the credit is the whole line
    ("Foto: Anna Schmidt - dpa", ("Anna Schmidt - dpa", "dpa", ("Anna Schmidt",))),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_BEFORE_HEADLINE + NOT_BEFORE_HEADLINE)
def test_labelled_credit_before_the_headline(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- a label alone, or before a sentence, names no one -----------------------------------------------------------

NO_CREDIT = [
    "Kinder spielen am Samstag im Park. Foto:",  # "foto" is also an organisation's word ("Foto Studio")
    "Niños juegan en el parque el sábado. Foto:",
    "Gyerekek játszanak a parkban szombaton. Fotó:",
    "Фото: Дети играют в парке в субботу.",  # a sentence in another alphabet after the label
    "Φωτογραφία: Παιδιά παίζουν στο πάρκο το Σάββατο.",
    "Şəkil: Uşaqlar şənbə günü parkda oynayırlar.",
]


@pytest.mark.parametrize("text", NO_CREDIT)
def test_a_label_alone_or_before_a_sentence_is_no_credit(text: str) -> None:
    assert _read(text) is None


def test_a_name_after_the_label_still_reads() -> None:
    assert _read("Kinder spielen. Foto: Anna Schmidt") == ("Anna Schmidt", None, ("Anna Schmidt",))
    assert _read("Фото: Иван Петров") == ("Иван Петров", None, ("Иван Петров",))


# --- the label words as pages print them: without their accents, Polish "Fot." with a colon, a longer label -------

LABEL_FORMS = [
    ("Börn leika sér. Ljosmynd: Jón Jónsson", ("Jón Jónsson", None, ("Jón Jónsson",))),
    ("Dzieci bawią się. Zdjecie: Jan Kowalski", ("Jan Kowalski", None, ("Jan Kowalski",))),
    ("Gyerekek játszanak. Kep: Nagy Péter", ("Nagy Péter", None, ("Nagy Péter",))),
    ("Děti si hrají. Snimek: Petr Novák", ("Petr Novák", None, ("Petr Novák",))),
    ("Des enfants jouent. Credit photo : Marie Dubois/AFP", ("Marie Dubois/AFP", "AFP", ("Marie Dubois",))),
    ("Dzieci bawią się. Fot.: Jan Kowalski", ("Jan Kowalski", None, ("Jan Kowalski",))),
    ("Dzieci bawią się.\nFOT.:Jan Kowalski/Reuters", ("Jan Kowalski/Reuters", "Reuters", ("Jan Kowalski",))),
    ("Деца играят в парка. СНИМКИ И ВИДЕО: Георги Иванов", ("Георги Иванов", None, ("Георги Иванов",))),
    ("Naglalaro ang mga bata. Larawan: Juan dela Cruz/Reuters", ("Juan dela Cruz/Reuters", "Reuters", ("Juan dela Cruz",))),
]
NOT_LABELS = [
    "Trẻ em vui chơi. Anh: Nguyễn Văn Minh",  # Vietnamese without its marks: "anh" is a word (brother)
]


@pytest.mark.parametrize(("text", "expected"), LABEL_FORMS)
def test_label_forms(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", NOT_LABELS)
def test_not_labels(text: str) -> None:
    got = _read(text)
    assert got is None or got[0] != "Nguyễn Văn Minh"
