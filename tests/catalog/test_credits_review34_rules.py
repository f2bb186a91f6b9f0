"""Captions review-34 found misread by the day's rules (/work/notes/review34.md), as an editor reads them.

Each finding is stated generally: the caption the review tried, invented lines of the same shape, and the table rows the
rule was built for where they still read right. Finding 1 (a name before a closing " | Agency") and finding 3 (accented
capitals closing a caption) are in test_credits_h16_rules.py, beside the rows they were built for.
"""

from __future__ import annotations

import pytest

from catalog.credits.agencies import is_office_title, opens_on_office_title
from tests.helpers.credit_reading import read_caption as _read

# --- finding 2: a title that is also a given name opens a name; before one it is an office ----------------------------

TITLES_ALSO_GIVEN_NAMES = [
    ("Fans wait outside the stadium on Monday. (Regina Garcia) (Reuters)",
     ("(Regina Garcia) (Reuters)", "Reuters", ("Regina Garcia",))),
    ("Cherry blossoms in Tokyo. (Rei Nakamura) (Kyodo)", ("(Rei Nakamura) (Kyodo)", "Kyodo", ("Rei Nakamura",))),
    ("Shoppers at the market. (Reina Flores) (EFE)", ("(Reina Flores) (EFE)", "EFE", ("Reina Flores",))),
    ("REGINA GARCIA/The Press Crowds gather outside the courthouse on Monday",
     ("REGINA GARCIA/The Press", "The Press", ("REGINA GARCIA",))),
    # invented: other names of the same kind
    ("Lanterns float on the river. (Rey Castillo) (AFP)", ("(Rey Castillo) (AFP)", "AFP", ("Rey Castillo",))),
    # near misses: an office's title before the name still makes the subject
    ("Crowds gather in London. (President Biden) (Reuters)", ("Reuters", "Reuters", ())),
    ("Crowds gather in London. (Queen Elizabeth) (Reuters)", ("Reuters", "Reuters", ())),
    ("PRIME MINISTER/The Press Crowds gather outside the courthouse on Monday", None),
]


@pytest.mark.parametrize(("text", "expected"), TITLES_ALSO_GIVEN_NAMES)
def test_a_title_that_is_also_a_given_name_opens_a_photographers_name(text: str, expected: tuple | None) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("name", "opens"), [
    ("President Biden", True), ("Kanzlerin Merkel", True), ("Queen Elizabeth", True), ("Regina Garcia", False),
    ("Rei Nakamura", False), ("Reina Flores", False), ("Rey Castillo", False), ("", False),
])
def test_a_name_opens_on_an_office_title(name: str, opens: bool) -> None:
    assert opens_on_office_title(name) is opens


@pytest.mark.parametrize(("word", "title"), [
    ("President", True), ("reina", True), ("Rey", True), ("Regina", True), ("Kanzlerin", True), ("Garcia", False),
])
def test_a_word_before_a_name_is_an_office_title(word: str, title: bool) -> None:
    assert is_office_title(word) is title


# --- finding 4: "Par"/"Por" is a byline's "by" before a name, a name's word after its first ----------------------------

BYLINE_WORDS = [
    ("Jean Par/AFP", ("Jean Par/AFP", "AFP", ("Jean Par",))),
    ("Ana Por/EFE", ("Ana Por/EFE", "EFE", ("Ana Por",))),
    ("Marie Par/Reuters", ("Marie Par/Reuters", "Reuters", ("Marie Par",))),
    # h16-249: the writer's byline under a subhead, no credit
    ("-La alcaldesa, Patricia Cruz Matheis, agradeció la participación de las familias\nPor Adrián Mendoza Salazar",
     None),
    # near misses: "by" before the name, in the three languages
    ("Par Jean Dupont/AFP", ("Jean Dupont/AFP", "AFP", ("Jean Dupont",))),
    ("Por Ana Gómez/EFE", ("Ana Gómez/EFE", "EFE", ("Ana Gómez",))),
    ("Foto por Ana Gómez", ("Ana Gómez", None, ("Ana Gómez",))),
]


@pytest.mark.parametrize(("text", "expected"), BYLINE_WORDS)
def test_par_and_por_are_a_bylines_word_only_before_a_name(text: str, expected: tuple | None) -> None:
    assert _read(text) == expected


# --- finding 5: a surname's particle glued on makes no outlet's one word ----------------------------------------------

CAMEL_OUTLETS = [
    ("Jane Roe/VanHorn", None),
    ("Jane Roe/DelRio", None),
    ("Jane Roe/DeSantis", None),
    ("Jane Roe/McDonald", None),
    # h16-062 and the like: an outlet's one word of capitalised parts
    ("Leah Farrell/RollingNews", ("Leah Farrell/RollingNews", "RollingNews", ("Leah Farrell",))),
]


@pytest.mark.parametrize(("text", "expected"), CAMEL_OUTLETS)
def test_a_surname_with_its_particle_glued_is_no_outlet(text: str, expected: tuple | None) -> None:
    assert _read(text) == expected


# --- finding 6: known organisations joined by "and" share no agency ---------------------------------------------------

ORGANISATIONS_LISTED = [
    ("Photos: Getty Images and Shutterstock", ("Getty Images and Shutterstock", None, ())),
    ("Photos: Reuters and Getty Images", ("Reuters and Getty Images", None, ())),
    ("Fotos: dpa und AFP", ("dpa und AFP", None, ())),
    ("Images: AFP, EPA and Reuters", ("AFP, EPA and Reuters", None, ())),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATIONS_LISTED)
def test_known_organisations_joined_by_and_name_no_single_agency(text: str, expected: tuple | None) -> None:
    assert _read(text) == expected


# --- finding 7: "our", "my" name a platform page's owner; a sentence to the reader names none -------------------------

PLATFORM_PAGES = [
    ("Photo: Our Facebook page", ("Our Facebook page", "Facebook", ())),
    ("Photo: My Instagram page", ("My Instagram page", "Instagram", ())),
    ("A link has been posted to your Facebook feed", None),
]


@pytest.mark.parametrize(("text", "expected"), PLATFORM_PAGES)
def test_the_owners_platform_page_is_the_platform(text: str, expected: tuple | None) -> None:
    assert _read(text) == expected


# --- the role headings: "Editors:" may head the page's makers, pictures too -------------------------------------------

ROLE_HEADINGS = [
    ("Editors:\nMaria Silva/Folhapress", ("Maria Silva/Folhapress", "Folhapress", ("Maria Silva",))),
    ("Authors:\nJohn Doe/Reuters", ("John Doe/Reuters", "Reuters", ("John Doe",))),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_HEADINGS)
def test_the_makers_heading_is_no_heading_of_roles(text: str, expected: tuple | None) -> None:
    assert _read(text) == expected


# --- one list of rights notices: the page's alone, the photographer's after a name, in each language -----------------

RIGHTS_NOTICES = [
    ("Il porto. © RIPRODUZIONE RISERVATA", None),
    ("Le port au lever du soleil. © Tous droits réservés", None),
    ("Harbour at dawn. © Rory Doyle. All rights reserved.",
     ("Rory Doyle. All rights reserved", None, ("Rory Doyle",))),
    ("Le port de Marseille au lever du soleil. © Jean Dupont. Tous droits réservés.",
     ("Jean Dupont. Tous droits réservés", None, ("Jean Dupont",))),
    ("Il porto di Genova. © Mario Rossi. Tutti i diritti riservati",
     ("Mario Rossi. Tutti i diritti riservati", None, ("Mario Rossi",))),
]


@pytest.mark.parametrize(("text", "expected"), RIGHTS_NOTICES)
def test_a_rights_notice_alone_names_no_one_and_after_a_name_is_the_photographers(
        text: str, expected: tuple | None) -> None:
    assert _read(text) == expected


# --- a CMS's editing controls: its verb and the kind of page, not one row's words -------------------------------------

EDITING_CONTROLS = [
    # h16-234, h16-192
    ("The Highland County Press - Staff Photo - Create Article",
     ("The Highland County Press - Staff Photo", "The Highland County Press", ())),
    ("You are commenting using your Facebook account. Log Out /  Change )", None),
    # invented: another verb, another kind of page
    ("Mayor speaks at the meeting. Jane Roe/Reuters - Edit Post", ("Jane Roe/Reuters", "Reuters", ("Jane Roe",))),
    ("Mayor speaks at the meeting. Jane Roe/Reuters - Add Story", ("Jane Roe/Reuters", "Reuters", ("Jane Roe",))),
    # near miss: the caption's own words
    ("Residents gather outside the New Gallery", None),
]


@pytest.mark.parametrize(("text", "expected"), EDITING_CONTROLS)
def test_a_pages_editing_controls_closing_the_text_are_no_credit(text: str, expected: tuple | None) -> None:
    assert _read(text) == expected
