"""Captions, credits and bylines printed around a figure rather than in it: the rules the blind set exposed."""

from __future__ import annotations

from catalog.articles.pages import parse_article

URL = "https://valleyledger.example/2024/05/story"
IMAGE = "https://cdn.valleyledger.example/photos/harbour-storm-1600.jpg"


def read(body: str):
    return parse_article(f"<!DOCTYPE html><html><body><article>{body}<p>Story text.</p></article></body></html>", url=URL)


def test_a_bare_figure_takes_the_caption_of_the_block_around_it() -> None:
    result = read(f'<div class="CarouselSlide"><figure><img src="{IMAGE}" width="1440" height="960"></figure>'
                  '<div class="CarouselSlide-info"><div class="CarouselSlide-infoDescription"><p>Waves hit the pier. '
                  '(AP Photo/Jo Lane)</p></div><div class="CarouselSlide-infoAttribution">Read More</div></div></div>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line, photo.agency) == ("Waves hit the pier.", "AP Photo/Jo Lane", "AP")


def test_caption_and_credit_fields_after_the_image_field_are_its_own() -> None:
    result = read(f'<div class="field--name-field-image"><img src="{IMAGE}"></div>'
                  '<div class="field--name-field-image-caption">Waves hit the pier.</div>'
                  '<div class="field--name-field-photo-credit">Foto: Jo Lane/TT</div>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line) == ("Waves hit the pier.", "Jo Lane/TT")


def test_a_legend_hidden_from_screen_readers_is_still_printed() -> None:
    result = read(f'<figure><img src="{IMAGE}" alt=""><figcaption class="legend" aria-hidden="true">Sur le quai. '
                  '<span class="credit" aria-hidden="true">JO LANE / AFP</span></figcaption></figure>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line, photo.agency) == ("Sur le quai.", "JO LANE / AFP", "AFP")


def test_a_byline_block_gives_its_first_named_line_not_the_place_or_paper_under_it() -> None:
    glued = read('<div class="c-signature"><strong>Texto: Ana Lopes</strong><span>Goiânia</span></div>')
    stacked = read('<div data-testid="byline-new"><div><span>Mo Trevail</span></div><div>Westmark News</div></div>')
    assert (glued.article.byline_printed, glued.article.byline) == ("Ana Lopes", ("Ana Lopes",))
    assert (stacked.article.byline_printed, stacked.article.byline) == ("Mo Trevail", ("Mo Trevail",))
