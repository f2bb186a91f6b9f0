"""The rules the fourth blind set exposed, one case each: pictures of one shoot, video posters, credit boxes, bylines."""

from __future__ import annotations

import pytest

from catalog.articles.bylines import printed_byline, split_byline
from tests.helpers.article_pages import STORY, read

SHOOT = "https://cdn.valleyledger.example/2024/06/060324-harbour-storm-{}.jpg"


def _figure(url: str, caption: str, credit: str = "Jo Lane/AP") -> str:
    return f'<figure><img src="{url}"><figcaption>{caption} <span class="credit">{credit}</span></figcaption></figure>'


def test_pictures_of_one_shoot_named_by_its_date_are_two_photos() -> None:
    result = read(f"<article>{STORY}{_figure(SHOOT.format('01'), 'Waves hit the pier.')}"
                  f"{_figure(SHOOT.format('02'), 'The ferry waits.')}</article>")
    assert [photo.image_url for photo in result.photos] == [SHOOT.format("01"), SHOOT.format("02")]


def test_one_file_name_under_two_captions_is_two_photos() -> None:
    first, second = (f"https://img.valleyledger.example/{folder}/640x0/smart/harbour.jpg" for folder in ("a7Zk2Q", "q2Lm8T"))
    result = read(f"<article>{STORY}{_figure(first, 'Waves hit the pier.')}{_figure(second, 'The ferry waits.')}</article>")
    assert [(photo.image_url, photo.caption) for photo in result.photos] == [
        (first, "Waves hit the pier."), (second, "The ferry waits.")]


@pytest.mark.parametrize("block", ['<div class="jwplayer">{}</div>', '<div class="video-resource">{}</div>',
                                   '<div class="newsletters-signup">{}<p>Sign up</p></div>',
                                   '<div class="sponsor"><p>Together with</p>{}</div>'])
def test_a_video_poster_a_sign_up_and_a_sponsor_are_no_photos(block: str) -> None:
    image = '<img src="https://cdn.valleyledger.example/2024/06/poster-frame.jpg">'
    result = read(f"<article>{STORY}{block.format(image)}</article>")
    assert result.photos == ()


def test_a_credit_alone_in_its_wrapper_finds_the_caption_beside_it() -> None:
    result = read(f'<article>{STORY}<div class="image"><img src="{SHOOT.format(1)}"><div class="image__source">'
                  '<span class="image__source_text"><p>The ferry waits at the pier.</p></span>'
                  '<span class="image__source_text"><p>Photo: Jo Lane</p></span></div></div></article>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line, photo.photographers) == ("The ferry waits at the pier.", "Jo Lane", ("Jo Lane",))


def test_a_source_element_beside_the_description_is_the_credit() -> None:
    result = read(f'<article>{STORY}<figure><img src="{SHOOT.format(1)}"><figcaption>'
                  '<span class="article__media-description">The ferry waits.</span>'
                  '<span class="article__media-source">Jo Lane / Europa Press</span></figcaption></figure></article>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line, photo.agency) == ("The ferry waits.", "Jo Lane / Europa Press", "Europa Press")


def test_a_lazy_images_shown_crop_is_a_rendition_and_a_linked_picture_the_original() -> None:
    crop, original = SHOOT.format("01_16x9"), SHOOT.format("01")
    result = read(f'<article>{STORY}{_figure(crop, "Waves.").replace("src=", f"data-src={original!r} src=")}</article>')
    (photo,) = result.photos
    assert (photo.image_url, photo.also_seen_as) == (original, (crop,))
    small, large = SHOOT.format("01_A"), SHOOT.format("01_B")
    result = read(f'<article>{STORY}<figure><a href="{large}"><img src="{small}"></a><figcaption>Waves.</figcaption>'
                  "</figure></article>")
    (photo,) = result.photos
    assert (photo.image_url, photo.also_seen_as) == (large, (small,))


@pytest.mark.parametrize(("caption", "kept", "credit"), [
    ("Zdjęcie 2 z 3. Fale przy molo. Fot. Jan Kowal / Dziennik Bałtycki", "Fale przy molo.", "Jan Kowal / Dziennik Bałtycki"),
    ("Photo 1 of 4 | Waves hit the pier. Photo: Jo Lane/AP", "Waves hit the pier.", "Jo Lane/AP"),
])
def test_a_gallery_counter_and_a_left_label_leave_the_caption(caption: str, kept: str, credit: str) -> None:
    result = read(f'<article>{STORY}<figure><img src="{SHOOT.format(1)}"><figcaption>{caption}</figcaption></figure></article>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line) == (kept, credit)


@pytest.mark.parametrize(("printed", "names", "kept"), [
    ("By Dana Whitfield and Luis Ortega Globe Staff,Updated June 3, 2024, 5:42 p.m.", ("Dana Whitfield", "Luis Ortega"),
     "Dana Whitfield and Luis Ortega"),
    ("Nadia Brooks & Theo Lindgren June 03, 2024", ("Nadia Brooks", "Theo Lindgren"), "Nadia Brooks & Theo Lindgren"),
    ("Penulis Dimas Prakoso", ("Dimas Prakoso",), "Dimas Prakoso"),
    ("山田花子、佐藤健", ("山田花子", "佐藤健"), "山田花子、佐藤健"),
])
def test_a_byline_loses_its_staff_role_its_date_and_its_label(printed: str, names: tuple[str, ...], kept: str) -> None:
    assert (split_byline(printed), printed_byline(printed)) == (names, kept)


def test_an_author_element_with_a_headshot_is_the_byline() -> None:
    result = read(f'<article><h1>Fees rise</h1><div class="author"><img class="author-photo" src="https://cdn.valleyledger'
                  '.example/authors/ann-150x150.jpg" alt="Ann Lee"><a href="/author/ann-lee/">Ann Lee</a></div>'
                  f"{STORY}</article>")
    assert (result.article.byline, result.article.byline_printed) == (("Ann Lee",), "Ann Lee")
