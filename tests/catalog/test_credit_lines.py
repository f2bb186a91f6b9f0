"""Credits printed as a line of their own or as one field of a structured run (issue 14, held-out lines).

Each rule is tested on real lines from ``data/credits_holdout.tsv`` and ``data/credits_real.tsv``
(long captions shortened at a sentence end) and on constructed lines that must not become a credit,
or must keep reading as they did.
"""

from __future__ import annotations

import pytest

from catalog.credits.captions import find_credit
from tests.helpers.credit_reading import read_caption as _read


@pytest.mark.parametrize(("caption", "expected"), [
    ("Tekst: Hélène Andersen Foto: Jørgen Gomnæs Styling: Vanessa Rudjord\nHår og Makeup: Agnes Gulbrandsen",
     ("Jørgen Gomnæs", None, ("Jørgen Gomnæs",))),
    ("«Av: Redaksjonen Foto: Jørgen Gomnes»", ("Jørgen Gomnes", None, ("Jørgen Gomnes",))),
    ("A big fire in Kyiv, Ukraine, 20 March 2022. EPA/ATEF SAFADI FOTO: ATEF SAFADI",
     ("EPA/ATEF SAFADI", "EPA", ("ATEF SAFADI",))),
    # which picture a credit is names no new field
    ("Photos: Top: Jane Roe/AP; Bottom: John Doe/AP", ("Top: Jane Roe/AP; Bottom: John Doe/AP", "AP",
                                                       ("Jane Roe", "John Doe"))),
])
def test_a_labels_value_ends_at_the_next_field(caption: str, expected: tuple) -> None:
    assert _read(caption) == expected


@pytest.mark.parametrize(("caption", "expected"), [
    ("Thirty one dogs were rescued from a South Korean dog farm and flown to the United States.\nHarry Lynch\n"
     "hlynch@newsobserver.com", ("Harry Lynch", None, ("Harry Lynch",))),
    ("John Moore\nA two-year-old girl cries as her mother is searched and detained near the border.",
     ("John Moore", None, ("John Moore",))),
    ("Neil Leifer\n\nUniversity of Arkansas' offensive players form huddle and pose for photo prior to home game.",
     ("Neil Leifer", None, ("Neil Leifer",))),
    # a name the caption speaks of again is its subject; a name alone is a subject; a heading is no name
    ("Emma Watson\nEmma Watson arrived at the world premiere of Beauty and the Beast.", None),
    ("Cher performed at the Civic Center\nThe singer arrived on April 30, 2003, with her band.", None),
    ("José Mourinho", None),
    ("Copyright:(c) Public Domain\nA volcano erupts on the big island of Hawaii on Tuesday.", None),
])
def test_a_name_alone_on_a_line_next_to_the_caption_is_the_photographer(caption: str, expected: tuple | None) -> None:
    assert _read(caption) == expected


@pytest.mark.parametrize(("caption", "expected"), [
    ("Dorota Kowalska\nBartek Syta/Polskapresse\n28 sierpnia będą obchodzić swoje święto, ale czasu na świętowanie "
     "mają niewiele.", ("Bartek Syta/Polskapresse", "Polskapresse", ("Bartek Syta",))),
    # between two paragraphs a "Name/Thing" line is the caption's own text
    ("The mayor spoke first on the steps of the hall.\nDowntown/Uptown\nThe crowd then walked to the park in the rain.",
     None),
])
def test_a_name_and_organisation_line_above_the_text_under_a_byline(caption: str, expected: tuple | None) -> None:
    assert _read(caption) == expected


@pytest.mark.parametrize(("caption", "expected"), [
    ("DESCRIPTIONRobert Caplin for The New York Times A man who goes by Adam Sandler was escorted from the park.",
     ("Robert Caplin for The New York Times", "The New York Times", ("Robert Caplin",))),
    ("DESCRIPTIONLibrado Romero/The New York Times McCarren Pool in Brooklyn reopened in June after 28 years.",
     ("Librado Romero/The New York Times", "The New York Times", ("Librado Romero",))),
    ("Photo gallery: A look back at life in Maine from our archives - Gordon Chibroski/Staff Photographer | of | "
     "Share this photo\n\n    Cher performed at what was then called the Cumberland County Civic Center.",
     ("Gordon Chibroski/Staff Photographer", None, ("Gordon Chibroski",))),
    ("Photo\nCredit Edwin KooLake Mahodand, or Fish Lake, has always been known to the Swatis as a place of beauty.",
     ("Edwin Koo", None, ("Edwin Koo",))),
    # a capitalised word opening a line is no label of its own; a wire's name in capitals is no field name
    ("Credit Suisse shares fell on Monday.\nTraders watch the screens in Zurich.", None),
    # (and a wire printing itself first glued to its photographer is read as both, credits_holdout4's "REUTERSName")
    ("REUTERSJane Roe", ("REUTERSJane Roe", "Reuters", ("Jane Roe",))),
])
def test_a_scrapers_field_names_and_controls_are_read_apart(caption: str, expected: tuple | None) -> None:
    assert _read(caption) == expected


@pytest.mark.parametrize(("caption", "expected"), [
    ("Photo: Jane MacKenzie/AP", ("Jane MacKenzie/AP", "AP", ("Jane MacKenzie",))),
    ("Photo: LeBron DeShawn", ("LeBron DeShawn", None, ("LeBron DeShawn",))),
])
def test_names_with_inner_capitals_are_not_glued_words(caption: str, expected: tuple) -> None:
    assert _read(caption) == expected


@pytest.mark.parametrize(("caption", "expected"), [
    ("Dark streaks on the slopes of Garni Crater are formed by seasonal flow of water on present-day Mars. "
     "NASA/JPL-Caltech/Univ. of Arizona/Getty Images",
     ("NASA/JPL-Caltech/Univ. of Arizona/Getty Images", "NASA", ())),
    ("An impact crater with a sharp rim seen from above.\nNASA/JPL-Caltech/Univ. of Arizona",
     ("NASA/JPL-Caltech/Univ. of Arizona", "NASA", ())),
    ("MGS MOC Release No. MOC2-1526, 17 July 2006\n\nCredits: NASA/JPL/Malin Space Science Systems",
     ("NASA/JPL/Malin Space Science Systems", "NASA", ())),
])
def test_a_chain_of_organisations_closing_the_caption(caption: str, expected: tuple) -> None:
    assert _read(caption) == expected


@pytest.mark.parametrize(("caption", "expected"), [
    ("Copyright:(c) Public Domain\nBildnachweis: United States Geologic Survey",
     ("United States Geologic Survey", "United States Geologic Survey", ())),
    ("Added on the 23/01/2019 19:30:51 - Copyright : AFPTV - First images", ("AFPTV", "AFP", ())),
    ("Text:\n\nToppbild: TT\n\nToppbild: TT", ("TT", "TT News Agency", ())),
    # a hyphen joins a credit's parts when the longer reading holds
    ("Mandatory Credit: Photo by Rob Latour/Shutterstock for The Wallis Annenberg Center (13914242dh) Sasha Velour - "
     "The Big Reveal", ("Rob Latour/Shutterstock for The Wallis Annenberg Center", "Shutterstock", ("Rob Latour",))),
])
def test_more_labels_and_a_title_after_the_credit(caption: str, expected: tuple) -> None:
    assert _read(caption) == expected


@pytest.mark.parametrize("caption", [
    # a Turkish page's news source line, and a page field no label of ours names
    "Oylama 31 Ocak Cumartesi saat 17.00'ye kadar devam edecek.\n\nKaynak: AA / Gökhan Balcı - Güncel",
    "The team celebrates the title.\nCreator: Jane Roe",
])
def test_an_unknown_fields_value_is_no_credit(caption: str) -> None:
    assert _read(caption) is None


@pytest.mark.parametrize(("caption", "expected"), [
    ("27 января 2021. Президент РФ Владимир Путин во время посещения Музея Победы.\n- Автор: Михаил Климентьев\n"
     "- Кредит: РИА Новости\n- Источник: РИА Новости\n- Формат: JPEG, 5472x3648px, 6.9Mb",
     ("РИА Новости", "Sputnik", ("Михаил Климентьев",))),
    ("Creator: JANE ROE | Credit: AFP via Getty Images", ("AFP via Getty Images", "AFP", ("JANE ROE",))),
    # a creator that is an organisation names no photographer
    ("Creator: Icon Sportswire \n| \nCredit: Icon Sportswire via Getty Images",
     ("Icon Sportswire via Getty Images", "Icon Sportswire", ())),
])
def test_the_creator_field_names_the_photographer_of_the_credit_field(caption: str, expected: tuple) -> None:
    assert _read(caption) == expected


@pytest.mark.parametrize(("caption", "expected"), [
    ("A essência do multiculturalismo paulistano a partir da história de 25 pessoas Vitor Hugo Brandalise /Textos/ "
     "Keiny Andrade /Fotos/", ("Keiny Andrade", None, ("Keiny Andrade",))),
    ("Leonencio Nossa (textos) & Dida Sampaio (fotos)", ("Dida Sampaio", None, ("Dida Sampaio",))),
    ("We looked at old photos (photos) of the town.", None),
])
def test_the_name_marked_as_the_pictures_author(caption: str, expected: tuple | None) -> None:
    assert _read(caption) == expected


@pytest.mark.parametrize("caption", [
    "1 / 8\n(Foto: N/A)",
    "Milano, 31 ott. (LaPresse) - Scontri a Roma tra polizia e manifestanti scesi in piazza.",
])
def test_an_empty_field_and_a_dated_wire_dateline_are_no_credit(caption: str) -> None:
    assert _read(caption) is None


def test_a_wire_after_a_sentence_ending_in_an_abbreviation_is_still_a_credit() -> None:
    assert _read("Protesters gather outside the ministry on Oct. 31. (LaPresse)") == ("LaPresse", "LaPresse", ())


@pytest.mark.parametrize(("caption", "expected"), [
    ("Ylwa och Per Westerberg ankommer till Riksdagshuset i Stockholm. Foto: Bertil Ericson / TT kod 10000",
     ("Bertil Ericson / TT kod 10000", "TT News Agency", ("Bertil Ericson",))),
    ("Familias acuden al panteón de Dolores. FOTO: GALO CAÑAS/CUARTOSCURO.COM\nAutor: Galo Cañas Rodríguez\nID: 954487",
     ("GALO CAÑAS/CUARTOSCURO.COM", "Cuartoscuro", ("GALO CAÑAS",))),
])
def test_a_price_code_and_a_site_named_agency(caption: str, expected: tuple) -> None:
    assert _read(caption) == expected


def test_a_korean_senior_reporters_line_above_the_print_editions_date() -> None:
    caption = ("추위 속 국회 본청 앞 야외에서 기자들이 나란히 앉아 노트북으로 기사를 작성하고 있습니다.\n\n안주영 전문기자\n\n"
               "2025-12-26 33면")
    assert _read(caption) == ("안주영 전문기자", None, ("안주영",))


@pytest.mark.parametrize(("line", "expected"), [
    ("Courtesy: NASA", ("Courtesy: NASA", "NASA", ())),
    ("Handout: Jane Roe", ("Handout: Jane Roe", None, ("Jane Roe",))),
    ("Pool: Jane Roe/AP", ("Pool: Jane Roe/AP", "AP", ("Jane Roe",))),
    ("Photo: Jane VanDyke\nThe mayor speaks at the hall.", ("Jane VanDyke", None, ("Jane VanDyke",))),
])
def test_qualifier_labels_and_particles_still_read(line: str, expected: tuple) -> None:
    assert _read(line) == expected


@pytest.mark.parametrize(("caption", "expected"), [
    ("This gallery contains 1 photo.\n\n(PhaztRadio Sports / USA Today Sports)    —-    NFL training camp reporting "
     "dates for rookies and veterans:", None),
    ("(Reuters/Kyodo) - Japan's economy grew faster than expected in the third quarter.", None),
    # a picture's credit opening the caption stays one
    ("(AP Photo) — Mourners carry the coffin through the streets.", ("AP Photo", "AP", ())),
    ("(AP Photo/Hussein Malla) — Mourners carry the coffin through the streets.",
     ("AP Photo/Hussein Malla", "AP", ("Hussein Malla",))),
])
def test_organisations_in_brackets_opening_a_story_are_its_source(caption: str, expected: tuple | None) -> None:
    assert _read(caption) == expected


@pytest.mark.parametrize(("caption", "expected"), [
    ("NEW YORK POLICE DEPARTMENT \n\n\nOfficer Familia was a 12-year \nveteran of the police force.",
     ("NEW YORK POLICE DEPARTMENT", "NEW YORK POLICE DEPARTMENT", ())),
    # named again below, an organisation is the story's subject
    ("WHITE HOUSE PRESS OFFICE\nThe White House Press Office said the president would travel on Friday.", None),
])
def test_an_organisation_in_capitals_alone_above_the_story(caption: str, expected: tuple | None) -> None:
    assert _read(caption) == expected


@pytest.mark.parametrize(("caption", "how"), [
    ("John Moore\nA two-year-old girl cries as her mother is searched and detained near the border.",
     "credit found as a name alone above the caption"),
    ("Leonencio Nossa (textos) & Dida Sampaio (fotos)", "credit found before the mark of the pictures' author"),
    ("Creator: JANE ROE | Credit: AFP via Getty Images",
     "credit found at the end of the caption after 'Credit:'; photographer from the creator field"),
])
def test_the_reason_a_credit_was_taken_is_given(caption: str, how: str) -> None:
    found = find_credit(caption)
    assert found is not None and found.how == how
