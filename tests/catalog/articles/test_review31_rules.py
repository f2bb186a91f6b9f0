"""Lines today's article rules read wrong, from review 31 (findings 2 and 7), and the narrower rules' own cases.

A "PHOTOS:" kicker above a gallery is a headline, not the story's picture credit; a place after a byline's dash is
where the story was filed, not a second reporter.
"""

from __future__ import annotations

import pytest

from catalog.articles.bylines import printed_byline, split_byline
from tests.catalog.articles.test_blind9_rules import STORY, _page

_TWO_PICTURES = ('<figure><img src="https://cdn.example/beach-1.jpg" alt=""><figcaption>Sunbathers at noon.</figcaption>'
                 '</figure><figure><img src="https://cdn.example/beach-2.jpg" alt=""><figcaption>The pier.</figcaption>'
                 '</figure>')


@pytest.mark.parametrize("line", [
    '<span class="kicker">PHOTOS: Crowds flock to the beach</span>',  # a headline's kicker (review 31, finding 2)
    '<p>PHOTOS: Crowds flock to the beach</p>',  # a gallery teaser: the words after the label name no one
    '<p>PHOTOS: Floods hit Lagos</p>',  # capitalised words, but a sentence, not a name
    '<h2>Photos: Ana Paz</h2>',  # a heading, though it reads as a credit
])
def test_a_headline_after_a_picture_label_credits_no_picture(line: str) -> None:
    record = _page(f"<article><h1>Heatwave</h1>{line}{_TWO_PICTURES}{STORY}</article>")
    assert [photo["credit_line"] for photo in record["photos"]] == [None, None]


@pytest.mark.parametrize(("line", "credit"), [
    ("Photographs by Ana Paz", "Ana Paz"),
    ("Photos: Reuters", "Reuters"),  # an organisation names a party as a person does
])
def test_a_story_credit_that_names_someone_still_credits_every_picture(line: str, credit: str) -> None:
    record = _page(f"<article><h1>Heatwave</h1><p>{line}</p>{_TWO_PICTURES}{STORY}</article>")
    assert [photo["credit_line"] for photo in record["photos"]] == [credit, credit]


@pytest.mark.parametrize(("printed", "names"), [
    ("By Ann Lee - New York", ("Ann Lee",)),  # where the story was filed (review 31, finding 7)
    ("By Ann Lee - Los Angeles", ("Ann Lee",)),
    ("Ann Lee - Kuala Lumpur", ("Ann Lee",)),
    ("By Ann Lee and Bo Park - Hong Kong", ("Ann Lee", "Bo Park")),
    ("Haber: Elif Karaca - Mert Aydın", ("Elif Karaca", "Mert Aydın")),  # the Turkish label joins reporters so
    ("Muhabir: Elif Karaca - Mert Aydın", ("Elif Karaca", "Mert Aydın")),
])
def test_a_place_after_a_bylines_dash_is_no_reporter(printed: str, names: tuple[str, ...]) -> None:
    assert split_byline(printed) == names


def test_the_printed_byline_leaves_the_place_after_the_dash_out() -> None:
    assert printed_byline("By Ann Lee - New York") == "Ann Lee"
