"""Rules found by auditing the reader on real captions (scripts/dev/credit_audit.py), each with cases of its own."""

from __future__ import annotations

import pytest

from tests.helpers.credit_reading import read_caption


@pytest.mark.parametrize(("text", "agency", "photographer"), [
    # a backslash between a name and an organisation is the credit's slash, mistyped or escaped by a CMS
    ("Two leaders pose during a meeting. (Ivan Petrov\\TASS via Getty Images)", "TASS", "Ivan Petrov"),
    ("Fans wait at the gate. (Jane Roe\\AFP)", "AFP", "Jane Roe"),
    ("Fans wait at the gate. Jane Roe\\Reuters", "Reuters", "Jane Roe"),
])
def test_a_backslash_separates_a_credit_as_a_slash_does(text, agency, photographer):
    line, found_agency, photographers = read_caption(text)
    assert line in text
    assert (found_agency, photographers) == (agency, (photographer,))


def test_a_backslash_in_a_path_makes_no_credit():
    assert read_caption("The file was saved at C:\\Users\\Photos") is None


@pytest.mark.parametrize("text", [
    "Les enfants chantent.\n\n photographies : Marc Dubois",  # French sets a space before the colon
    "Les enfants chantent. Photographie : Marc Dubois",
    "Los niños cantan. Fotografías: Marc Dubois",
    "Els nens canten. Fotografies: Marc Dubois",
    "Copiii cântă. Fotografii: Marc Dubois",
    "Die Kinder singen. Fotografien: Marc Dubois",
])
def test_the_photograph_word_singular_and_plural_is_a_label(text):
    assert read_caption(text) == ("Marc Dubois", None, ("Marc Dubois",))


def test_the_photograph_word_in_a_sentence_is_no_label():
    assert read_caption("Il a étudié la photographie : un art exigeant.") is None


@pytest.mark.parametrize("office", [
    "Prensa", "Gabinete de prensa", "Service de presse",
    "Pressestelle", "Ufficio stampa", "Biuro prasowe", "Press Office", "пресс-служба",
])
def test_a_press_office_named_alone_names_no_party(office):
    assert read_caption(f"The mayor opens the new square. Foto: {office}") == (office, None, ())


def test_brazils_press_office_is_an_organisation_never_a_person():
    assert read_caption("O prefeito visita a obra. Foto: Ascom") == ("Ascom", "Ascom", ())
    assert read_caption("O prefeito visita a obra. Foto: Assessoria") == ("Assessoria", "Assessoria", ())


def test_a_press_office_with_its_owner_is_the_owners():
    assert read_caption("El intendente inauguró la plaza. Foto: Prensa/Municipalidad de Salta")[1] == \
        "Municipalidad de Salta"
    assert read_caption("Serviços no bairro — Foto: Ascom PMO/Divulgação")[1:] == ("Ascom PMO", ())
    assert read_caption("El intendente inauguró la plaza. Foto: Prensa Municipalidad de Salta")[1] == \
        "Prensa Municipalidad de Salta"


def test_a_press_office_word_in_a_sentence_makes_no_credit():
    assert read_caption("Prensa Latina informó que el presidente llegó.") is None


@pytest.mark.parametrize(("text", "photographer"), [
    # AFP's surname in capitals after an Arabic article and a hyphen is the surname, no outlet glued to a name
    ("A man carries water in the rain.\n© Karim Al-HADDAD / AFP", "Karim Al-HADDAD"),
    ("A man carries water in the rain. Omar El-SAYED/AFP", "Omar El-SAYED"),
    ("A man carries water in the rain. (Ali Abu-NASSER/AFP)", "Ali Abu-NASSER"),
])
def test_a_surname_after_an_arabic_article_and_a_hyphen_stays_whole(text, photographer):
    assert read_caption(text)[1:] == ("AFP", (photographer,))


def test_an_outlet_in_capitals_after_a_name_and_a_hyphen_is_still_split():
    assert read_caption("Fans cheer at the stadium. Photo: Fredy Maro-IKULU")[1:] == ("IKULU", ("Fredy Maro",))


@pytest.mark.parametrize("word", ["desconocido", "desconhecido", "inconnu", "sconosciuto", "unbekannt", "Anónimo",
                                  "anonyme", "nieznany", "невідомий"])
def test_unknown_and_anonymous_in_the_main_languages_name_no_one(word):
    line, agency, photographers = read_caption(f"Crowds march to parliament.\n© {word}")
    assert (agency, photographers) == (None, ())


@pytest.mark.parametrize("place", ["Rome, Italy", "Cairo, Egypt", "Lagos, Nigeria", "Hwange, Southern Africa"])
def test_a_place_and_its_country_closing_the_caption_is_no_photographer(place):
    assert read_caption(f"A woman sleeps on the sofa of the shelter.\n{place}") is None


def test_a_name_and_an_agency_after_a_comma_closing_the_caption_is_still_a_credit():
    assert read_caption("The council poses for its photograph.\nKarl-Heinz Hug, Keystone")[1:] == \
        ("Keystone", ("Karl-Heinz Hug",))


@pytest.mark.parametrize(("text", "line"), [
    ("The ministers got new seats. Photo: Kari Lie / NTB Scanpix Show more", "Kari Lie / NTB Scanpix"),
    ("Das Kabinett tagt. Foto: Jana Roth/dpa Mehr anzeigen", "Jana Roth/dpa"),
    ("El gabinete se reúne. Foto: Ana Pérez/EFE Ver más", "Ana Pérez/EFE"),
    ("Le gouvernement se réunit. Photo : Marc Dubois/AFP Voir plus", "Marc Dubois/AFP"),
    ("Regjeringen møtes. Foto: Ola Nordmann / NTB Les mer", "Ola Nordmann / NTB"),
])
def test_a_control_to_unfold_the_caption_is_no_part_of_its_credit(text, line):
    assert read_caption(text)[0] == line


def test_the_words_of_a_control_in_a_sentence_stay():
    assert read_caption("It was the best place to read more") is None
