"""Compiling the query language: ranking words apart from filters and exclusions, each clause's Whoosh query."""

from __future__ import annotations

from datetime import date

import pytest
from whoosh import query as wq

from index.compiler import QueryCompiler, date_range_query, is_filter
from index.matchers import ColumnRange, DateRange, Flag
from index.query import parse_query
from index.schema import tag

YEARS = [2015, 2016, 2017]


def plan(text: str):
    return QueryCompiler(lambda: YEARS).plan(parse_query(text).node)


def compiled(text: str):
    return QueryCompiler(lambda: YEARS).compile(parse_query(text).node)


def test_words_rank_while_dates_flags_numbers_and_exact_values_only_filter() -> None:
    result = plan("flood river date:2017 has:gps width:>2000 agency:AP -krakow")
    assert result.ranking == wq.And([wq.Term("text", "flood"), wq.Term("text", "river")])
    assert [type(query) for query in result.filters] == [wq.Term, Flag, ColumnRange, wq.Term]
    assert result.filters[0] == wq.Term("tags", tag("date", "2017")) and result.filters[3] == wq.Term("tags", tag("agency", "ap"))
    assert result.exclusions == [wq.Term("text", "krakow")]


def test_a_query_of_filters_alone_has_nothing_to_rank_and_an_empty_one_nothing_at_all() -> None:
    assert plan("date:2017 is:portrait").ranking is None
    assert (plan("").ranking, plan("").filters, plan("").exclusions) == (None, [], [])


@pytest.mark.parametrize(("text", "expected"), [
    ("date:2017", True), ("date:[2016 TO 2017]", True), ("has:gps", True), ("is:square", True),
    ("width:>10", True), ("agency:AP", True), ("source:Reuters", True), ("(agency:AP OR agency:AFP)", True),
    ("flood", False), ("caption:flood", False), ("by:dana", False), ("(agency:AP OR flood)", False),
])
def test_which_clauses_are_filters(text: str, expected: bool) -> None:
    assert is_filter(parse_query(text).node) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("flood", wq.Term("text", "flood")),
    ("protesters", wq.Term("text", "protest")),  # prose is stemmed
    ("mos*", wq.Prefix("text", "mos")),
    ("m?sul", wq.Wildcard("text", "m?sul")),
    ("by:dana*", wq.Prefix("text", "by:dana")),  # names keep their field prefix
    ("agency:Reu*", wq.Prefix("tags", tag("agency", "reu"))),
    (f"id:{'A' * 16}", wq.Term("id", "a" * 16)),
    ("width:[1000 TO 2000]", ColumnRange("width", 1000, 2000)),
    ("height:>5000", ColumnRange("height", 5001, None)),
    ("height:<=5000", ColumnRange("height", None, 5000)),
])
def test_each_clause_compiles_to_its_query(text: str, expected: wq.Query) -> None:
    assert compiled(text) == expected


def test_a_date_range_becomes_the_whole_years_months_and_days_it_covers() -> None:
    query = compiled("date:[2015-12-30 TO 2017-02-01]")
    assert query == date_range_query(date(2015, 12, 30), date(2017, 2, 1), YEARS)
    assert isinstance(query, DateRange) and (query.first, query.last) == (date(2015, 12, 30), date(2017, 2, 1))
    assert compiled("date:>2016") == date_range_query(date(2017, 1, 1), None, YEARS)
    assert compiled("date:<2016-03") == date_range_query(None, date(2016, 2, 29), YEARS)


def test_clauses_with_nothing_searchable_compile_to_nothing() -> None:
    assert compiled("*") is None  # would match every word
    assert compiled("agency:*") is None
    assert plan("* flood").ranking == wq.Term("text", "flood")
