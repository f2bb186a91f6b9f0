"""A caption printed as the short block right after the picture in the picture's own wrapper, its class named in the
site's language (issue 15, blind11 pages 07, 09, 22): read by where it stands, not by its class."""

from __future__ import annotations

import pytest

from catalog.articles.pages import parse_article

URL = "https://dagfari.example/frettir/2024/06/04/hraun/"
IMAGE = "https://cdn.dagfari.example/myndir/1200/2024/06/04/lava-grindavikurvegur.jpg"
STORY = "<p>" + "Hraun rann yfir Grindavíkurveg á tíunda tímanum í kvöld, að sögn Veðurstofu Íslands. " * 3 + "</p>"


def read(picture: str):
    html = f"<!DOCTYPE html><html><body><article><h1>Hraun</h1>{STORY}{picture}{STORY}</article></body></html>"
    return parse_article(html.encode(), url=URL)


@pytest.mark.parametrize("image", [
    f'<img src="{IMAGE}" alt="">',
    f'<picture><source srcset="{IMAGE}"><img src="{IMAGE}" alt=""></picture>',
    f'<a href="{IMAGE}"><img src="{IMAGE}" alt=""></a>',
    f'<img class="lazy" data-src="{IMAGE}" alt=""><noscript><img src="{IMAGE}" alt=""></noscript>',
])
def test_the_short_block_after_the_picture_in_its_own_wrapper_is_its_caption(image: str) -> None:
    result = read(f'<div class="frett-mynd">{image}<div class="myndatexti">Hraunið rann yfir veginn. '
                  '<span class="hofundur">dagfari.is/Eggert Jónsson</span></div></div>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line) == ("Hraunið rann yfir veginn.", "dagfari.is/Eggert Jónsson")


@pytest.mark.parametrize("after", [
    '<div class="kort-titill"><a href="/frettir/2024/06/04/blaa_lonid/">Bláa lónið lokað vegna gossins</a></div>',
    '<h3>Bláa lónið lokað vegna gossins</h3>',
    '<div class="frett-author">Kristín Þórsdóttir</div>',
    '<span class="dags">4.6.2024 | 22:41</span>',
    '<div class="deila"><button>Deila</button></div>',
    STORY.replace("</p>", "Engin hætta er talin á ferðum fyrir íbúa. " * 2 + "</p>"),  # a paragraph of the story's text: longer than a caption
])
def test_a_card_headline_a_byline_a_date_a_control_or_the_storys_text_is_no_caption(after: str) -> None:
    result = read(f'<div class="frett-mynd"><img src="{IMAGE}" alt="">{after}</div>')
    assert all(photo.caption is None for photo in result.photos)


def test_a_block_beside_the_picture_in_a_wrapper_holding_more_is_no_caption() -> None:
    result = read(f'<div class="frett-mynd"><img src="{IMAGE}" alt=""><div>Hraunið rann yfir veginn.</div>'
                  '<div>Björgunarsveitarfólk við Svartsengi.</div></div>')
    assert all(photo.caption is None for photo in result.photos)


def test_a_card_that_is_a_link_gives_its_picture_no_caption() -> None:
    result = read(f'<a class="kort" href="/frettir/2024/06/04/blaa_lonid/"><div><img src="{IMAGE}" alt="">'
                  '<span>Bláa lónið lokað vegna gossins</span></div></a>')
    assert all(photo.caption is None for photo in result.photos)
