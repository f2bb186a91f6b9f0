"""The query language: every query form finds exactly the right assets; broken queries get a plain
message and the closest search; date ranges and column tests.
"""

from __future__ import annotations

import random

import pytest

from index import SearchIndex
from index.dates import range_terms
from index.query import parse_query
from tests.helpers.sample_assets import ALL, MALAGA, found


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("mosul", {"mosul"}),
        ("Mosul AP March 2017", {"mosul"}),
        ("mosul AND dana", {"mosul"}),
        ("mosul malaga", set()),
        ("mosul OR malaga", {"mosul", "malaga"}),
        ("protest NOT krakow", {"sao_paulo"}),
        ("protest -krakow", {"sao_paulo"}),
        ("(mosul OR malaga) AND football", {"malaga"}),
        ('"old city"', {"mosul"}),
        ('"city old"', set()),
        ('"war conflict"', set()),  # two keywords: a phrase never spans two values
        ("mos*", {"mosul"}),
        ("m?sul", {"mosul"}),
        ("credit:reuters", {"malaga"}),
        ("credit:getty", {"sao_paulo"}),
        ("agency:ap", {"mosul"}),
        ("agency:AFP", {"sao_paulo"}),
        ("agency:dana", set()),  # exact value only
        ("by:dana", {"mosul"}),
        ('by:"Felipe Dana"', {"mosul"}),
        ('by:"Dana Felipe"', set()),
        ("source:reuters", {"malaga"}),
        ("keyword:football", {"malaga"}),
        ("keyword:protests", {"sao_paulo", "uncredited"}),
        ("city:paulo", {"sao_paulo"}),
        ("country:iraq", {"mosul"}),
        ("country:BR", {"sao_paulo"}),
        ("restriction:no-sales", {"sao_paulo"}),
        ("restriction:editorial-only", {"mosul", "sao_paulo"}),
        ("caption:mosul", {"mosul"}),
        ("caption:reuters", {"malaga"}),
        ("caption:dana", {"mosul"}),
        ("headline:battle", {"mosul"}),
        ("title:portrait", {"no_caption"}),
        ("format:jpeg", {"mosul", "malaga", "sao_paulo", "uncredited", "no_caption", "jone"}),
        (f"id:{MALAGA.id}", {"malaga"}),
        ("date:2017", {"mosul", "sao_paulo"}),
        ("date:2017-03", {"mosul", "sao_paulo"}),
        ("date:2017-03-17", {"mosul"}),
        ("date:2017-3-17", {"mosul"}),
        ("date:[2017-03-01 TO 2017-03-31]", {"mosul", "sao_paulo"}),  # all of March 2017
        ("date:[2017-03-05 TO 2017-03-31]", {"mosul"}),  # "2017-03" may be before the 5th
        ("date:[2017-03 TO 2017-03]", {"mosul", "sao_paulo"}),
        ("date:[2016 TO 2017]", {"mosul", "malaga", "sao_paulo"}),
        ("date:[2016-05-01 TO *]", {"mosul", "malaga", "sao_paulo", "jone"}),
        ("date:[* TO 2016-05-01]", {"malaga", "uncredited"}),
        ("date:>2017", {"jone"}),
        ("date:>=2017", {"mosul", "sao_paulo", "jone"}),
        ("date:<2016", {"uncredited"}),
        ("date:[2018-12-31 TO 2019-01-05]", {"jone"}),
        ("has:gps", {"malaga"}),
        ("missing:credit", {"uncredited", "jone"}),
        ("missing:caption", {"no_caption"}),
        ("missing:date", {"no_caption"}),
        ("has:special_instructions", {"jone"}),
        ("missing:photographer", {"uncredited", "no_caption", "jone"}),
        ("is:portrait", {"malaga", "no_caption"}),
        ("is:landscape", {"mosul"}),
        ("is:square", {"sao_paulo", "jone"}),
        ("width:>4000", {"mosul"}),
        ("width:[1000 TO 2000]", {"no_caption", "jone"}),
        ("height:5000", {"no_caption"}),
        ("orientation:6", {"no_caption"}),
        ("protest has:date", {"sao_paulo", "uncredited"}),
        ("protest OR missing:caption", {"sao_paulo", "uncredited", "no_caption"}),
        ("NOT date:2017", {"malaga", "uncredited", "no_caption", "jone"}),
        ("", {"mosul", "malaga", "sao_paulo", "uncredited", "no_caption", "jone"}),
    ],
)
def test_query_forms_find_exactly_the_right_assets(index: SearchIndex, query: str, expected: set[str]) -> None:
    results = index.search(query, page_size=50)
    assert found(results) == expected
    assert results.total == len(expected)
    assert results.message is None


@pytest.mark.parametrize(
    ("query", "words", "effective"),
    [
        ("caption:(", 'opens a bracket "("', ""),
        ('"unclosed', "quotation mark", '"unclosed"'),
        ("date:[2017 TO", 'is not closed with "]"', "date:[2017 TO *]"),
        ("mosul)", 'closing bracket ")"', "mosul"),
        ("(mosul OR malaga", 'opens a bracket "("', "mosul OR malaga"),
        ("date:2017-13", "is not a date", ""),
        ("date:[2017 TO soon]", "is not a date", ""),
        ("has:wings", "is not known", ""),
        ("is:blurry", "is not known", ""),
        ("by:", "needs something to search for", ""),
        ("mosul AND", '"AND" needs something', "mosul"),
        ("OR mosul", '"OR" needs something', "mosul"),
        ("NOT", "needs something after it", ""),
        ("wibble:mosul", 'no field "wibble:"', "wibble:mosul"),
        ("caption:[a TO b]", "does not take a range", ""),
        ("width:wide", "is not a number", ""),
        ("[2017 TO 2018]", "needs a field", ""),
    ],
)
def test_broken_queries_get_a_plain_message_and_the_closest_search(
    index: SearchIndex, query: str, words: str, effective: str
) -> None:
    results = index.search(query)
    assert results.message is not None and words in results.message
    assert results.effective_query == effective
    expected = index.search(effective, page_size=50)
    assert results.total == expected.total
    if effective:
        assert f"Showing results for: {effective}" in results.message
    else:
        assert "Showing all pictures instead." in results.message


def test_broken_query_search_still_runs(index: SearchIndex) -> None:
    assert found(index.search('"old city')) == {"mosul"}
    assert found(index.search("date:[2017 TO", page_size=50)) == {"mosul", "sao_paulo", "jone"}
    assert index.search("caption:(").total == len(ALL)


KNOWN_IDS = {asset.id for asset in ALL}


def test_random_typing_never_raises_and_every_hit_is_counted(index: SearchIndex) -> None:
    rng = random.Random(4)
    alphabet = list('abc "()[]{}:*?-+ANDORNOT TO 2017-03 date: by: has: is: width:>< \\\'')
    for _ in range(400):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25)))
        results = index.search(query, page_size=len(ALL))
        # every hit fits on the page: the total counts exactly the assets shown, no others
        assert results.total == len(results.hits) == len({hit.id for hit in results.hits} & KNOWN_IDS), query
        assert parse_query(query).effective == results.effective_query
        assert index.search(results.effective_query, page_size=len(ALL)).total == results.total, query


def test_date_ranges_use_whole_years_and_months() -> None:
    from datetime import date

    assert range_terms(date(2017, 3, 1), date(2017, 3, 31), [2017]) == ["2017-03"]
    assert range_terms(date(2016, 1, 1), None, [2015, 2016, 2017]) == ["2016", "2017"]
    terms = range_terms(date(2015, 12, 30), date(2017, 2, 1), [2015, 2016, 2017])
    assert terms == ["2015-12-30", "2015-12-31", "2016", "2017-01", "2017-02-01"]


def test_date_and_column_tests_agree_one_by_one_and_in_bulk() -> None:
    # Filters test a hit set's keys in bulk (numpy); the bulk answer must be the scalar one.
    from datetime import date

    import numpy as np

    from index.matchers import ColumnRange, DateRange, Flag

    keys = [0] + [
        year * 10**10 + month * 10**8 + day * 10**6 + 123
        for year in (1999, 2000, 2016, 2017, 2100) for month in range(13) for day in (0, 1, 15, 28, 29, 31)
        if not (month == 0 and day)
    ]
    ranges = [
        DateRange(date(2016, 2, 1), date(2016, 2, 29), []), DateRange(date(2017, 2, 1), date(2017, 2, 28), []),
        DateRange(date(2016, 1, 15), date(2017, 3, 1), []), DateRange(None, date(2000, 12, 31), []),
        DateRange(date(2017, 1, 1), None, []), DateRange(date(2100, 2, 1), date(2100, 2, 28), []),
    ]
    for test in ranges:
        assert test.contains_all(np.array(keys, dtype=np.int64)).tolist() == [test.contains(k) for k in keys], test
    values = list(range(-1, 40))
    for column_test in (ColumnRange("width", 10, 20), ColumnRange("width", None, 5), ColumnRange("height", 30, None),
                        Flag("gps", 4), Flag("credit", 8, present=False)):
        bulk = column_test.accepts_all(np.array(values, dtype=np.int64)).tolist()
        assert bulk == [column_test.accepts(v) for v in values], column_test
