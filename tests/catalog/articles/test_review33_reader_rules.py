"""The article rules review-33 found too broad (A5, A6), mended in their general form: a short photo story's
``<article>`` beside a page footer's text is the story, and a section label ending in a capital letter ("Serie A")
is no part of the headline under it."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from catalog.articles.html import _is_card_beside_the_story

from tests.helpers.article_pages import read, scrape

FESTIVAL = "https://example.com/img/festival-{}.jpg"
COUNCIL = "https://example.com/img/council-vote.jpg"
BOILERPLATE = [
    "The Daily Example is published by Example Media Group, an independent publisher serving the valley since 1898.",
    "All content on this website is protected by copyright. No part of it may be reproduced without permission.",
    "Letters to the editor are welcome and may be edited for length and clarity. Please include your full name.",
    "Advertising enquiries: call our sales team on weekdays between nine and five, or write to the advertising desk.",
]
PHOTO_STORY = (f"<article><h1>Photos: Harvest festival draws crowds</h1><p class='byline'>By Jane Roe</p>"
               f"<p>Thousands attended the harvest festival on Saturday.</p>"
               f"<figure><img src='{FESTIVAL.format(1)}'><figcaption>Children ride the carousel. Photo: Jane Roe"
               f"</figcaption></figure><figure><img src='{FESTIVAL.format(2)}'><figcaption>A farmer shows his pumpkins."
               f" Photo: Jane Roe</figcaption></figure></article>"
               f"<div class='box'><figure><img src='{COUNCIL}'><figcaption>Councillors vote on the budget on Tuesday."
               f" Photo: John Smith</figcaption></figure></div>")


@pytest.mark.parametrize("footer", [
    "<div class='footer'>{}</div>", "<footer>{}</footer>", "<div id='site-footer'><div class='inner'>{}</div></div>",
    "<div class='copyright'>{}</div>",
])
def test_a_short_photo_story_beside_a_pages_footer_is_the_story(footer: str) -> None:
    page = PHOTO_STORY + footer.format("".join(f"<p>{line}</p>" for line in BOILERPLATE))
    assert [photo.image_url for photo in read(page).photos] == [FESTIVAL.format(1), FESTIVAL.format(2)]


def test_a_short_article_beside_a_longer_block_of_story_text_is_still_a_card() -> None:
    # near miss: the text beside it is no footer's, so the short <article> is a card beside the page's story
    story = "<div class='ArticleBody'>" + "".join(f"<p>{line}</p>" for line in BOILERPLATE) + "</div>"
    soup = BeautifulSoup(PHOTO_STORY + story, "html.parser")
    assert _is_card_beside_the_story(soup.find("article"), soup)


@pytest.mark.parametrize(("section", "title"), [
    ("Serie A", "Juventus beat Milan in late thriller"), ("Formula E", "Wehrlein wins in Mexico City"),
])
def test_a_section_label_ending_in_a_capital_letter_is_not_joined_to_the_headline(section: str, title: str) -> None:
    text = f"Sport\n{section}\n{title}\nBy Marco Rossi\nMarch 3, 2024\n\nThe match was decided in the last minutes.\n"
    assert scrape(text, url="https://example.com/x")["title"] == title


def test_a_headline_line_ending_in_an_article_still_joins_the_next() -> None:
    text = "Oughterard bypass\nback on agenda as\n€24m plan revived\nBy Jane Roe\n\nThe bypass is back on the agenda.\n"
    assert scrape(text, url="https://example.com/x")["title"] == "Oughterard bypass back on agenda as €24m plan revived"
