"""Field rules both article parsers share: bylines and publication dates."""

from __future__ import annotations

import pytest

from catalog.articles.photos import find_date, iso_date, split_byline


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Missy Ryan", ("Missy Ryan",)),
        ("BY JANE DOE and JOHN ROE, Associated Press", ("JANE DOE", "JOHN ROE")),
        ("Missy Ryan | The Washington Post", ("Missy Ryan",)),
        ("By Lena Okafor and Marco Bianchi, Riverside Post staff", ("Lena Okafor", "Marco Bianchi")),
        ("Von Anna Schmidt und Jens Weber", ("Anna Schmidt", "Jens Weber")),
        ("Por María López y Juan Pérez", ("María López", "Juan Pérez")),
        ("By Ann Lee, Bob Ray & Cy Young", ("Ann Lee", "Bob Ray", "Cy Young")),
        ("Staff", ()),
        ("", ()),
        (None, ()),
    ],
)
def test_a_byline_splits_into_the_names_it_credits(byline: str | None, names: tuple[str, ...]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2017-03-25T21:04:00Z", "2017-03-25T21:04:00+00:00"),
        ("2017-03-25T09:15:00-04:00", "2017-03-25T09:15:00-04:00"),
        ("2021-09-14", "2021-09-14"),
        ("20210914", "2021-09-14"),
        ("2017-03-25T21:04:00.000Z", "2017-03-25T21:04:00+00:00"),
        ("Sat, 25 Mar 2017 14:32:00 GMT", "2017-03-25T14:32:00+00:00"),
        ("March 25, 2017 at 5:04 p.m. EDT", "2017-03-25"),
        ("Oct. 4, 2022", "2022-10-04"),
        ("14 September 2021", "2021-09-14"),
        ("2017/03/25", "2017-03-25"),
        ("February 30, 2017", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_publication_dates_become_iso_8601_or_none(text: str | None, iso: str | None) -> None:
    assert iso_date(text) == iso


def test_find_date_ignores_words_that_are_not_months() -> None:
    assert find_date("Pier 9, 2021 tickets") is None
    assert find_date("Published May 3, 2020, updated May 4, 2020") == "2020-05-03"


def test_find_date_reads_the_month_names_embargo_notes_read() -> None:
    # one month table (catalog.dates) for article dates and embargo notes: German, French
    # and Spanish pages are read as their bylines are
    assert find_date("Veröffentlicht am 3. Mai 2020") == "2020-05-03"
    assert find_date("Publié le 25 juin 2017") == "2017-06-25"
    assert find_date("Actualizado 4 julio 2022") == "2022-07-04"
    assert find_date("Pier 9, 2021 tickets") is None
