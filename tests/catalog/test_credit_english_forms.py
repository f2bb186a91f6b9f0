"""English credit forms of newspapers, galleries and scraped pages (credits_holdout4's English misses).

Every rule is tried on invented lines of other names and papers than the held-out rows that
showed it (their ids in comments), and on captions that look like them but print no credit.
"""

from __future__ import annotations

import pytest

from tests.helpers.credit_reading import read_caption as _read

# --- a paper's title words: "Name, The Ottawa Citizen", "[Name, Standard]" (holdout4-37, -59, -260) ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("Maria Lopez, The Halifax Citizen", ("Maria Lopez, The Halifax Citizen", "The Halifax Citizen", ("Maria Lopez",))),
    ("Goats graze on the hill above the town.\nTom Reyes, The Observer",
     ("Tom Reyes, The Observer", "The Observer", ("Tom Reyes",))),
    ("Traders at the market in Mombasa. [Amina Wanjiru, Standard]",
     ("Amina Wanjiru, Standard", "Standard", ("Amina Wanjiru",))),
    ("Fans at the gate. (Photo: Peter Kamau, Standard)", ("Peter Kamau, Standard", "Standard", ("Peter Kamau",))),
    ("Bruno Diaz/Evening Telegraph", ("Bruno Diaz/Evening Telegraph", "Evening Telegraph", ("Bruno Diaz",))),
    ("Lee Park, Morning Examiner", ("Lee Park, Morning Examiner", "Morning Examiner", ("Lee Park",))),
])
def test_a_paper_is_known_by_its_title_words(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cupcakes from Rosa's Bakery at the fair. Courtesy of Rosa's Bakery",
     ("Courtesy of Rosa's Bakery", "Rosa's Bakery", ())),
    ("Courtesy of Dunmore Catering", ("Courtesy of Dunmore Catering", "Dunmore Catering", ())),
    ("Courtesy of Jane Roe", ("Courtesy of Jane Roe", None, ("Jane Roe",))),  # a person stays the person
])
def test_a_business_lending_its_picture_is_the_source_not_a_photographer(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "The mayor named Ana Ruiz, Citizen of the Year, at the gala.",
    "Ana Ruiz, a senior citizen, waits for the bus in Leeds.",
    "Visitors tour the Old Register Office in Derby.",
])
def test_title_words_in_a_sentence_are_no_credit(text: str) -> None:
    assert _read(text) is None


# --- separators and wire forms: "Name—AP" (TIME), "BELGA PHOTO NAME" (holdout4-174, -233, -10) -----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Rescuers dig through the rubble.Omar Haddad—Anadolu/Getty Images",
     ("Omar Haddad—Anadolu/Getty Images", "Anadolu", ("Omar Haddad",))),
    ("Lena Park–Reuters", ("Lena Park–Reuters", "Reuters", ("Lena Park",))),
    ("Tom Baker—AP March 2, 2012. A boy waves a flag from the roof of a bus in Cairo.",
     ("Tom Baker—AP", "AP", ("Tom Baker",))),
    ("The peloton climbs the Col du Tourmalet on Tuesday.  BELGA PHOTO JASPER JACOBS",
     ("BELGA PHOTO JASPER JACOBS", "Belga", ("JASPER JACOBS",))),
    ("Skaters on the canal in Leiden. ANP FOTO Koen van Weel", ("ANP FOTO Koen van Weel", "ANP", ("Koen van Weel",))),
])
def test_a_dash_or_the_wire_form_joins_photographer_and_wire(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Kim Lee—the team's captain—lifts the cup in Seoul.",
    "The team of AP Photo Editors meets in New York.",
])
def test_dashes_and_wire_words_in_a_sentence_are_no_credit(text: str) -> None:
    assert _read(text) is None


# --- a credit printed twice, the second copy one part longer (holdout4-217, -218) ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Captains shake hands before the final SPORTSFILE / Ann Kelly SPORTSFILE / Ann Kelly / Ann Kelly",
     ("SPORTSFILE / Ann Kelly SPORTSFILE / Ann Kelly / Ann Kelly", "SPORTSFILE", ("Ann Kelly",))),
    ("Fans take their seats Joe Walsh / INPHO Joe Walsh / INPHO / INPHO",
     ("Joe Walsh / INPHO Joe Walsh / INPHO / INPHO", "INPHO", ("Joe Walsh",))),
])
def test_a_credit_printed_twice_is_read_once_and_kept_whole(text: str, expected: tuple) -> None:
    assert _read(text) == expected
