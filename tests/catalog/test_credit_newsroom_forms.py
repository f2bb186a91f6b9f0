"""Newsroom credit forms of English pages (credits_holdout8's English misses, worked on by cause).

Each rule is tried on the real rows that showed it (their ids and sources in comments), on
invented lines of other names and papers, and on text that looks like it but prints no credit.
"""

from __future__ import annotations

import pytest

from tests.helpers.credit_reading import read_caption as _read

# --- a paper's hyphenated name in capitals: "Name/AMERICAN-STATESMAN", "AMERICAN-STATESMAN FILE 2003" ------------
# holdout8-131..136: the Austin American-Statesman's credit spans and archive captions (code corpus file 1297929575)

@pytest.mark.parametrize(("text", "expected"), [
    ("Ralph Barrera/AMERICAN-STATESMAN", ("Ralph Barrera/AMERICAN-STATESMAN", "AMERICAN-STATESMAN", ("Ralph Barrera",))),
    ("Rodolfo Gonzalez / AMERICAN-STATESMAN",
     ("Rodolfo Gonzalez / AMERICAN-STATESMAN", "AMERICAN-STATESMAN", ("Rodolfo Gonzalez",))),
    ("AMERICAN-STATESMAN FILE 2003", ("AMERICAN-STATESMAN FILE 2003", "AMERICAN-STATESMAN", ())),
    ("Crowds line the river for the parade. Jane Roe/POST-GAZETTE",
     ("Jane Roe/POST-GAZETTE", "POST-GAZETTE", ("Jane Roe",))),
    ("The old courthouse before the fire. HERALD-LEADER FILE", ("HERALD-LEADER FILE", "HERALD-LEADER", ())),
    ("The dam in spring. REVIEW-JOURNAL FILE 1998", ("REVIEW-JOURNAL FILE 1998", "REVIEW-JOURNAL", ())),
])
def test_a_hyphenated_name_in_capitals_after_its_photographer_is_the_paper(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "JEAN-PIERRE and his band played until midnight.",  # a given name in capitals, no credit's grammar around it
    "The HALF-TIME show was cancelled.",
    "Results: SMITH-JONES 6-4, 6-2.",
])
def test_a_hyphenated_word_in_capitals_alone_is_no_credit(text: str) -> None:
    assert _read(text) is None


# --- an archive caption opening with its day and the credit (holdout8-135, -136) ---------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("5/11/2005 Ralph Barrera/AMERICAN-STATESMAN; A major trend is happening in older neighborhoods throughout "
     "central Austin.", ("Ralph Barrera/AMERICAN-STATESMAN", "AMERICAN-STATESMAN", ("Ralph Barrera",))),
    ("6/27/03 Staff Photo by Sung Park/AMERICAN-STATESMAN Tom Poterek, left is sworn in by the appraisal review board.",
     ("Staff Photo by Sung Park/AMERICAN-STATESMAN", "AMERICAN-STATESMAN", ("Sung Park",))),
    ("3/2/2011 Jane Roe/Getty Images; Flood water covers the main road into town.",
     ("Jane Roe/Getty Images", "Getty Images", ("Jane Roe",))),
])
def test_an_archive_caption_opens_with_its_day_and_the_credit(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "5/11/2005 Ralph Barrera met the council on Tuesday.",  # a day and a name, no credit's grammar
    "6/27/03 Austin/Travis County officials met on Tuesday.",
])
def test_a_day_opening_a_caption_makes_no_credit_of_its_words(text: str) -> None:
    assert _read(text) is None
