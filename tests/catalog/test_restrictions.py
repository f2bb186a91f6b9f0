"""Restriction wording as wires print it, read into flags and embargo dates.

Where a phrasing was seen in a real file or on a public page, the comment says where;
the rest follow the wording the wires use.
"""

from __future__ import annotations

import pytest

from catalog import restrictions
from catalog.restrictions import FLAGS, Restrictions, derive_restrictions, embargo_end

SI, USAGE, CAPTION = "special_instructions", "usage_terms", "caption"

# (field, text, flags, embargo end)
PHRASINGS: list[tuple[str, str, tuple[str, ...], str | None]] = [
    # editorial use
    (SI, "EDITORIAL USE ONLY", ("editorial-only",), None),
    (SI, "Editorial use only.", ("editorial-only",), None),  # shared corpus frameright/exif.JPG
    (SI, "editorial-use-only", ("editorial-only",), None),
    (SI, "RESTRICTED TO EDITORIAL USE", ("editorial-only",), None),  # guardian/grid Shutterstock fixture
    (USAGE, "For editorial use only. Not for commercial use.", ("editorial-only",), None),
    (SI, "NOT FOR COMMERCIAL USE", ("editorial-only",), None),
    (SI, "Nur für redaktionelle Zwecke", ("editorial-only",), None),
    (SI, "HANDOUT EDITORIAL USE ONLY/NO SALES", ("editorial-only", "no-sales"), None),
    (CAPTION, "A destroyer in the gulf. EPA-EFE/US NAVY HANDOUT  HANDOUT EDITORIAL USE ONLY/NO SALES",
     ("editorial-only", "no-sales"), None),
    # credit
    (SI, "MANDATORY CREDIT", ("mandatory-credit",), None),
    (SI, "Mandatory credit: Photo by John Doe/Shutterstock", ("mandatory-credit",), None),
    (SI, "Credit as U.S. Navy photo by Elizabeth Thompson. ", ("mandatory-credit",), None),  # corpus Reagan.jpg
    (SI, "Credit must read: Courtesy of the Smith family", ("mandatory-credit",), None),
    (CAPTION, "The outfielder is doused. Mandatory Credit: Kirby Lee-USA TODAY Sports", ("mandatory-credit",),
     None),
    # sales and archives
    (SI, "NO SALES", ("no-sales",), None),
    (SI, "No resales. No archives.", ("no-sales", "no-archive"), None),
    (SI, "NO RESALES/NO ARCHIVE", ("no-sales", "no-archive"), None),
    (SI, "No usage or third party sales granted without prior permission.", ("no-sales",),
     None),  # shared corpus exifr/iptc-independent-photographer-example.jpg
    (SI, "NOT FOR SALE", ("no-sales",), None),
    (SI, "NARCH/NARCH30", ("no-archive",), None),  # shared corpus exifr/RangeError_Offset_outside_bounds.jpg
    (SI, "Do not archive. Delete after use.", ("no-archive",), None),
    (CAPTION, "A man walks past a mural. REUTERS/Stringer NO RESALES. NO ARCHIVES", ("no-sales", "no-archive"), None),
    # outlets
    (SI, "MAGS OUT", ("no-magazines",), None),
    (SI, "Mags out, TV out", ("no-magazines", "no-tv"), None),
    (SI, "Newsmagazines Out", ("no-magazines",), None),  # shared corpus exifr/iptc-agency-photographer-example.jpg
    (SI, "Newspapers Out, Original Artixscan 4000 of color negative file",
     ("no-newspapers",), None),  # shared corpus exifr/iptc-staff-photographer-example.jpg
    (SI, "TV OUT", ("no-tv",), None),
    (SI, "NO TV USE", ("no-tv",), None),
    (SI, "INTERNET OUT", ("no-internet",), None),
    (SI, "no online use", ("no-internet",), None),
    (SI, "MAGS OUT; TV OUT; INTERNET OUT", ("no-magazines", "no-tv", "no-internet"), None),
    (SI, "No social media use", ("no-social",), None),
    (SI, "SOCIAL MEDIA OUT", ("no-social",), None),
    (CAPTION, "The mayor, who has no social media accounts, spoke. NO SOCIAL MEDIA", ("no-social",), None),
    (SI, "MANDATORY CREDIT. JAPAN OUT. NO SALES.", ("mandatory-credit", "no-sales", "territory-restricted"), None),
    (SI, "SPAIN OUT, PEDRO SÁNCHEZ PÉREZ-CASTEJÓN;Óscar Cañas;category_code_new;",
     ("territory-restricted",), None),  # shared corpus exifr/RangeError_Invalid_typed_array_length.jpg
    (SI, "Not for use in the United Kingdom? No: not for publication in Hong Kong", ("territory-restricted",), None),
    # embargoes
    (SI, "EMBARGOED UNTIL 00:01 GMT, 15 MARCH 2017", ("embargoed",), "2017-03-15T00:01:00Z"),
    (SI, "Embargoed until 2017-03-15T05:00Z", ("embargoed",), "2017-03-15T05:00:00Z"),
    (SI, "Embargo: 15/03/2017 0500 GMT", ("embargoed",), "2017-03-15T05:00:00Z"),
    (SI, "Not for publication before 5 p.m. ET on July 4, 2021", ("embargoed",), "2021-07-04T17:00:00-04:00"),
    (SI, "NOT FOR PUBLICATION BEFORE 0001 EST JAN 10, 2022", ("embargoed",), "2022-01-10T00:01:00-05:00"),
    (SI, "Sperrfrist: 15.03.2017, 06:00 Uhr MEZ", ("embargoed",), "2017-03-15T06:00:00+01:00"),
    (SI, "Embargoed until 3 May 2024", ("embargoed",), "2024-05-03"),
    (SI, "Hold for release until Tuesday 0500 GMT", ("embargoed",), None),  # no date: none is guessed
    (SI, "EMBARGO: 0500 GMT MARCH 15", ("embargoed",), None),  # no year: none is guessed
    (USAGE, "Under embargo until 9 a.m. PT, November 20, 2023", ("embargoed",), "2023-11-20T09:00:00-08:00"),
    (CAPTION, "A scientist holds the sample. EMBARGOED UNTIL 16:00 GMT 12 JUNE 2019. (AP Photo/Jane Doe)",
     ("embargoed",), "2019-06-12T16:00:00Z"),
    # handouts limited to a story or a period
    (SI, "THIS IMAGE IS FOR USE ONLY WITH THE STORY ABOUT THE EXHIBITION", ("handout-limited",), None),
    (SI, "Handout photo, to be used only with reporting on the awards. Available for 14 days.",
     ("handout-limited",), None),
    (USAGE, "This image may only be used to illustrate the accompanying article.", ("handout-limited",), None),
    (SI, "NO SALES, THIS MATERIAL IS FOR SINGLE USE PUBLICATIONS IN PRINT OR FOR A TEMPORARY ONLINE PUBLICATION",
     ("no-sales", "handout-limited"), None),  # form: visual.keystone-sda.ch World Press Photo handouts
    (USAGE, "Image to be used One-time only, non-exclusive use in English Language Edition Magazine",
     ("handout-limited",), None),  # shared corpus exifr/iptc-agency-photographer-example.jpg
    (SI, "Available for 30 days from transmission", ("handout-limited",), None),
    # wording that restricts nothing
    (SI, "For Educational Use Only", (), None),  # shared corpus exifr/RESULT-OK_0008.jp2 caption
    (SI, "selected for web gallery", (), None),  # shared corpus exifr/broken1.jpg
    (SI, "Cleared for public release. Release authority, Kandahar Army Airfield PAO", (), None),
    (USAGE, "Licensed to Big Larch Publishing, all other rights reserved.", (), None),
    (SI, "What instructions", (), None),  # shared corpus exiftool/IPTC.jpg
    (CAPTION, "Sales slumped with no sales growth during the trade embargo on the island.", (), None),
    (CAPTION, "There was no TV and no internet in the village, so the children played outside.", (), None),
    (CAPTION, "A woman turned the TV out of habit before the mags out on the table were read.", (), None),
    (CAPTION, "The painting is not for sale, the gallery said.", (), None),
    (CAPTION, "He has no social media presence and rarely speaks.", (), None),
]


@pytest.mark.parametrize(("field", "text", "flags", "until"), PHRASINGS,
                         ids=[f"{i}-{p[1][:30]}" for i, p in enumerate(PHRASINGS)])
def test_each_wire_phrasing_gives_its_flags_and_embargo(field: str, text: str, flags: tuple[str, ...], until: str | None) -> None:
    assert derive_restrictions(**{field: text}) == Restrictions(flags=flags, embargo_until=until)


def test_table_has_forty_phrasings_and_every_flag() -> None:
    assert len(PHRASINGS) >= 40
    assert {flag for row in PHRASINGS for flag in row[2]} == set(FLAGS)


def test_flags_from_all_three_texts_merge_in_stable_order() -> None:
    found = derive_restrictions(special_instructions="TV OUT", usage_terms="Editorial use only",
                                caption="A man. REUTERS/Stringer NO RESALES. EMBARGOED UNTIL 1 June 2024")
    assert found == Restrictions(flags=("editorial-only", "no-sales", "no-tv", "embargoed"),
                                 embargo_until="2024-06-01")


def test_first_dated_embargo_wins() -> None:
    found = derive_restrictions(special_instructions="Embargoed until 2 June 2024",
                                usage_terms="Embargoed until 9 June 2024")
    assert found.embargo_until == "2024-06-02"


def test_no_text_gives_no_restrictions() -> None:
    assert derive_restrictions() == Restrictions()
    assert derive_restrictions(special_instructions="", usage_terms=None, caption="") == Restrictions()


@pytest.mark.parametrize(("text", "until"), [
    ("until 31 February 2024", None),  # no such day
    ("until 25:00 GMT, 1 March 2024", "2024-03-01"),  # no such hour: the date alone
    ("till March 1st, 2024, 10:30", "2024-03-01T10:30:00"),  # no zone: local time as written
    ("2024-12-24 18:00 CET", "2024-12-24T18:00:00+01:00"),
    ("1 March 2024 at 3 pm PT", "2024-03-01T15:00:00-08:00"),  # before US daylight time
])
def test_an_embargo_note_gives_its_end_or_none(text: str, until: str | None) -> None:
    assert embargo_end(text) == until


def test_telling_words_are_ascii() -> None:
    # the fast word split in restrictions._scan only sees ASCII words
    assert all(word.isascii() for word in restrictions._RULES)


def test_telling_word_next_to_unicode_punctuation_is_found() -> None:
    found = derive_restrictions(special_instructions="MAGS OUT—NO SALES—TV OUT",
                                caption="Un été à Paris. «NO SALES»")
    assert found.flags == ("no-sales", "no-magazines", "no-tv")


@pytest.mark.parametrize(("text", "until"), [
    # US Eastern: daylight time from 02:00 on the second Sunday of March (10 March 2024)...
    ("NOT FOR PUBLICATION BEFORE 0001 ET 9 March 2024", "2024-03-09T00:01:00-05:00"),
    ("NOT FOR PUBLICATION BEFORE 0001 ET 11 March 2024", "2024-03-11T00:01:00-04:00"),
    ("until 00:01 ET, 10 March 2024", "2024-03-10T00:01:00-05:00"),  # the clocks change at 02:00, not at midnight
    ("until 03:00 ET, 10 March 2024", "2024-03-10T03:00:00-04:00"),
    # ...to 02:00 on the first Sunday of November (3 November 2024)
    ("EMBARGOED UNTIL 0001 EST/EDT 2 November 2024", "2024-11-02T00:01:00-04:00"),
    ("EMBARGOED UNTIL 00:30 EST/EDT 3 November 2024", "2024-11-03T00:30:00-04:00"),
    ("EMBARGOED UNTIL 0001 EDT/EST 4 November 2024", "2024-11-04T00:01:00-05:00"),
    ("9 a.m. ET, 20 March 2006", "2006-03-20T09:00:00-05:00"),  # before 2007: the first Sunday of April
    ("9 a.m. PT, 20 March 2024", "2024-03-20T09:00:00-07:00"),
    # UK: BST from 01:00 GMT on the last Sunday of March (31 March 2024) to the last Sunday of October
    ("EMBARGOED UNTIL 0001 GMT/BST 30 March 2024", "2024-03-30T00:01:00+00:00"),
    ("EMBARGOED UNTIL 0001 GMT/BST 1 April 2024", "2024-04-01T00:01:00+01:00"),
    ("Embargoed until 00:30 GMT/BST, 31 March 2024", "2024-03-31T00:30:00+00:00"),
    ("Embargoed until 02:30 GMT/BST, 31 March 2024", "2024-03-31T02:30:00+01:00"),
    ("embargoed until 0001 GMT/BST 12 June 2019", "2019-06-12T00:01:00+01:00"),
    ("Embargoed until 0001 BST/GMT 26 October 2024", "2024-10-26T00:01:00+01:00"),
    ("Embargoed until 0001 GMT / BST 28 October 2024", "2024-10-28T00:01:00+00:00"),
    ("Sperrfrist: 15.07.2017, 06:00 Uhr MEZ/MESZ", "2017-07-15T06:00:00+02:00"),
    # a zone named alone is its fixed offset, whatever the season
    ("EMBARGOED UNTIL 0001 GMT 12 June 2019", "2019-06-12T00:01:00Z"),
    ("EMBARGOED UNTIL 0001 EST 12 June 2019", "2019-06-12T00:01:00-05:00"),
    ("EMBARGOED UNTIL 0001 BST 12 January 2019", "2019-01-12T00:01:00+01:00"),
])
def test_embargo_end_in_local_time_either_side_of_daylight_saving(text: str, until: str) -> None:
    assert embargo_end(text) == until
