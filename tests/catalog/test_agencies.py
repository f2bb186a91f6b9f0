"""The table of organisation spellings: one canonical name for every way a credit prints it."""

from __future__ import annotations

import pytest

from catalog.credits.agencies import (
    DISTRIBUTORS,
    canonical_agency,
    fold,
    is_organisation_like,
    is_printed_as_name,
)
from catalog.credits.organisations import PREFIX_WIRES, SPELLINGS


@pytest.mark.parametrize(("text", "key"), [
    ("U.S. Navy", "us navy"),
    ("US NAVY", "us navy"),
    ("Agence France-Presse", "agence france presse"),
    ("Anadolu Ajansı", "anadolu ajansı"),  # ı is a letter of its own, not an accent: both spellings are listed
    ("O’Brien's  Photos", "obriens photos"),
    ("Çağdaş Medya", "cagdas medya"),
    ("新华社", "新华社"),
    ("  .-  ", ""),
])
def test_fold_drops_case_accents_periods_apostrophes_and_hyphens(text: str, key: str) -> None:
    assert fold(text) == key


@pytest.mark.parametrize(("printed", "canonical"), [
    ("AP Photo", "AP"),
    ("The Associated Press", "AP"),
    ("REUTERS", "Reuters"),
    ("RETUERS", "Reuters"),  # a misspelling seen in wire captions
    ("afp photo", "AFP"),
    ("EPA-EFE", "EPA"),
    ("Xinhua Photo", "Xinhua"),  # a decoration after a known name
    ("PA Wire", "PA"),
    ("Official Xinhua", "Xinhua"),
    ("Getty Images for Netflix", "Getty Images"),  # an assignment client
    ("Getty Images Hulton Archive", "Getty Images"),
    ("Rex Features", "Shutterstock"),
    ("共同通信", "Kyodo"),
    ("Anadolu Ajansi", "Anadolu"),
])
def test_printed_spellings_give_the_canonical_organisation(printed: str, canonical: str) -> None:
    assert canonical_agency(printed) == canonical


@pytest.mark.parametrize("printed", ["", "   ", "Felipe Dana", "Valley Ledger", "APX", "Reutersville"])
def test_names_the_table_lacks_give_none(printed: str) -> None:
    assert canonical_agency(printed) is None


def test_every_spelling_in_the_table_finds_its_own_organisation() -> None:
    wrong = {spelling: canonical_agency(spelling) for name, spellings in SPELLINGS.items()
             for spelling in (name, *spellings) if canonical_agency(spelling) != name}
    assert wrong == {}


def test_wires_and_distributors_are_named_as_the_table_names_them() -> None:
    # Both sets are compared with canonical_agency's answers, so each must be such an answer.
    assert {name: canonical_agency(name) for name in PREFIX_WIRES if canonical_agency(name) != name} == {}
    assert {name: canonical_agency(name) for name in DISTRIBUTORS if canonical_agency(name) not in (name, None)} == {}


@pytest.mark.parametrize(("name", "organisation"), [
    ("Mugwum Press", True),
    ("Tasmania Fire Service", True),
    ("US NAVY", True),
    ("Department of Defense", True),
    ("newsphotos.example.com", True),  # a domain
    ("www.valley-ledger", True),
    ("Felipe Dana", False),
    ("sandbags outside the fire station (center) on Wednesday", False),  # caption text
    ("the police said", False),  # a clause, not a name
])
def test_unknown_names_read_as_organisations_by_their_words_or_a_domain(name: str, organisation: bool) -> None:
    assert is_organisation_like(name) is organisation


@pytest.mark.parametrize(("text", "name"), [
    ("The Valley Ledger", True),
    ("NPR", True),
    ("Corriere della Sera", True),
    ("Getty Images for Netflix", True),
    ("B & W Studio", True),
    ("1st Cavalry Division", True),
    ("", False),
    ("the Valley Ledger", False),  # a connector cannot start a name
    ("Fire station (center)", False),  # a bracketed aside
    ("Volunteers fill sandbags", False),
    ("A B C D E F G H I J K L M", False),  # longer than any name
])
def test_a_name_is_capitalised_words_with_lowercase_connectors_between(text: str, name: bool) -> None:
    assert is_printed_as_name(text) is name
