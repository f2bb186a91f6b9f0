"""The month-name table embargo notes and article dates share."""

from __future__ import annotations

import calendar

import pytest

from catalog.dates import MONTHS


def test_every_english_month_name_and_abbreviation_gives_its_number() -> None:
    for number in range(1, 13):
        assert MONTHS[calendar.month_name[number].lower()] == number
        assert MONTHS[calendar.month_abbr[number].lower()] == number


@pytest.mark.parametrize(("name", "number"), [
    ("januar", 1), ("märz", 3), ("marz", 3), ("dezember", 12),  # German, with and without the umlaut
    ("janvier", 1), ("fevrier", 2), ("août", 8), ("aout", 8), ("décembre", 12), ("decembre", 12),  # French
    ("enero", 1), ("marzo", 3), ("septiembre", 9), ("diciembre", 12),  # Spanish
    ("sept", 9), ("mai", 5), ("mayo", 5),
])
def test_german_french_and_spanish_names_give_their_numbers(name: str, number: int) -> None:
    assert MONTHS[name] == number


def test_names_are_lowercase_and_each_month_has_one_to_six() -> None:
    assert all(name == name.lower() for name in MONTHS)
    per_month = {number: sum(value == number for value in MONTHS.values()) for number in range(1, 13)}
    assert sorted(per_month) == list(range(1, 13))
    assert set(MONTHS.values()) == set(range(1, 13))
    assert max(per_month.values()) <= 6 and min(per_month.values()) >= 3
