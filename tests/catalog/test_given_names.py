"""Given names in many languages as evidence of a person (docs/credit-tables.md, "Given names").

The list is Faker's first-name lists in the Latin script (catalog/credits/data/given_names.txt). The reader weighs it
only where the credit's grammar leaves person and body, or a name and the caption's words, to their shapes alone:
a name closing the caption after a bar, a dash or the picture's year; a name run on from the caption before a
slash. Near misses (no given name, a place's or a venue's name,
a second photographer named in full, a credit of the usual forms) stay as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.credits import parse_credit_line
from catalog.credits.given_names import is_given_name, opens_on_given_name
from tests.helpers.credit_reading import read_caption

LIST = Path(__file__).resolve().parents[2] / "catalog" / "credits" / "data" / "given_names.txt"


# --- the list -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Eugenia", "MAX", "doug", "Ágnes", "José", "Łukasz", "Jean-Pierre", "Kirsi-Maarit",
                                  "Akira", "Sigríður", "Mehmet", "Zoltán", "Christine,"])
def test_given_names_of_many_languages_are_listed(word: str) -> None:
    assert is_given_name(word)


@pytest.mark.parametrize("word", ["Rimac", "Nintendo", "Stuttgart", "Connecticut", "Southaven", "J.", "A", ""])
def test_words_that_name_no_one_are_not(word: str) -> None:
    assert not is_given_name(word)


def test_the_list_names_its_source_and_licence() -> None:
    header = [line for line in LIST.read_text(encoding="utf-8").splitlines()[:8] if line.startswith("#")]
    assert any("Faker" in line and "MIT" in line for line in header)


def test_a_name_opening_on_a_given_name_and_words_that_hold_none() -> None:
    assert opens_on_given_name("Christine Flores") and not opens_on_given_name("Bayou Teche")
    assert not opens_on_given_name("Christine")  # one word is no full name


# --- a name alone closing the caption, with no sentence end before it -----------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Sunset over the marsh at Blackwater National Wildlife Refuge | Maria Jensen",
     ("Maria Jensen", None, ("Maria Jensen",))),
    ("Volunteers plant trees along the river in Trenton, NJ on Sunday, April 7, 2019 Karen Molloy",
     ("Karen Molloy", None, ("Karen Molloy",))),
    ("Kesäjuhlat torilla 26.7.2015\n\nValokuvat ja tekstit\n2.8.2015 Juhani Lehto",
     ("Juhani Lehto", None, ("Juhani Lehto",))),
])
def test_a_name_by_its_given_name_closes_the_caption_after_a_bar_or_a_year(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


@pytest.mark.parametrize("text", [
    "Sunset over the marsh | Bayou Teche",  # no given name: a place's words
    "Tickets go on sale for the concert series in 2019 Kensington Palace",
    "The exhibition ran from 2003 to 2019 Royal Academy",  # an organisation's words, though "Royal" is a given name too
    "Sunset over the marsh at Blackwater National Wildlife Refuge | Virginia Beach",  # a place ("Beach")
    "Fans fill the stands for the final | Madison Square Garden",  # a venue
    "He stayed for a while | Maria",  # one word
    "The bridge fell. — Jane Roe",  # after a dash: a quotation's author as often as a credit
])
def test_capitalised_words_after_a_bar_or_a_year_without_a_person_are_no_credit(text: str) -> None:
    assert read_caption(text) is None


def test_the_year_stays_with_the_caption() -> None:
    found = read_caption("Volunteers plant trees in Trenton on Sunday, April 7, 2019 Karen Molloy")
    assert found == ("Karen Molloy", None, ("Karen Molloy",))
    from catalog.credits import split_caption_credit
    assert split_caption_credit("Volunteers plant trees in Trenton on Sunday, April 7, 2019 Karen Molloy")[0] \
        == "Volunteers plant trees in Trenton on Sunday, April 7, 2019"


# --- a name run on from the caption before a slash ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Fans cheer during a concert at the arena in Southaven Emily Norris / The Daily Courier",
     ("Emily Norris / The Daily Courier", "The Daily Courier", ("Emily Norris",))),
    ("Runners cross the bridge on Sunday morning in Westbrook Daniel Price/The Portland Ledger",
     ("Daniel Price/The Portland Ledger", "The Portland Ledger", ("Daniel Price",))),
    # the first of two pictures' credits run on too: it opens on its given name, the second follows it
    ("Rivals meet on stage Justin Sullivan/Getty Images and Tim Mosenfelder/Getty Images",
     ("Justin Sullivan/Getty Images and Tim Mosenfelder/Getty Images", "Getty Images",
      ("Justin Sullivan", "Tim Mosenfelder"))),
])
def test_a_name_run_on_before_the_slash_opens_on_its_given_name(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a credit in brackets is read as before, whatever names stand inside it
    ("Fans cheer at the stadium on October 19, 2019 in Chofu, Japan. (Photo by Cameron Spencer/Getty Images)",
     ("Cameron Spencer/Getty Images", "Getty Images", ("Cameron Spencer",))),
    # two pictures' credits: the second photographer's given name opens no credit of its own after the first slash
    ("Rivals meet on stage. Justin Sullivan/Getty Images and Tim Mosenfelder/Getty Images",
     ("Justin Sullivan/Getty Images and Tim Mosenfelder/Getty Images", "Getty Images",
      ("Justin Sullivan", "Tim Mosenfelder"))),
])
def test_credits_of_the_usual_forms_keep_their_reading(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


# --- no verdict on a second name between the photographer and the wire ---------------------------------------------
# Words with no listed given name there were once read as the body that gave the picture ("Marcel Weber/Wilhelma
# Stuttgart/dpa"); that read AP's own photographers as bodies, since many people's given names are not listed.


@pytest.mark.parametrize(("line", "photographers"), [
    ("Jane Roe/Kevin Mazur/GC Images", ("Jane Roe", "Kevin Mazur")),  # a second photographer, named in full
    ("Jane Roe/J. Conrad Williams/GC Images", ("Jane Roe", "J. Conrad Williams")),  # an initial marks a person
    ("Jane Roe/Ludwig van Berg/GC Images", ("Jane Roe", "Ludwig van Berg")),  # and so does a particle
    ("Evgeniy Maloletka/Mstyslav Chernov/AP", ("Evgeniy Maloletka", "Mstyslav Chernov")),  # unlisted given names
    ("Mahmud Hossain Opu/Rashed Shumon/AP", ("Mahmud Hossain Opu", "Rashed Shumon")),
])
def test_a_second_photographer_before_the_agency_stays_a_photographer(line: str, photographers: tuple) -> None:
    assert parse_credit_line(line).photographers == photographers
