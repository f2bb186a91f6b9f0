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
