"""A <form> that wraps the whole page (server frameworks post the page back) is the page, not a sign-up box."""

from __future__ import annotations

from tests.helpers.article_pages import STORY, read

PHOTO = "https://cdn.valleyledger.example/photos/ferry-pier-1600.jpg"
VIEWSTATE = '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTM0NjY0">'
FIGURE = f'<div class="ArticleImage"><img src="{PHOTO}"><span class="caption">The ferry waits at the pier. Photo: Jo Lane</span></div>'


def test_an_aspnet_webforms_page_wrapped_in_one_form_gives_its_photos() -> None:
    body = (f'<form name="aspnetForm" method="post" action="./ArticleDetails.aspx?id=7" id="aspnetForm">{VIEWSTATE}'
            f'<table><tr><td class="MainCol"><div id="ctl00_Main_Title">Ferry closed by the storm</div>{FIGURE}'
            f'<div class="ArticleBody">{STORY}{STORY}</div></td></tr></table></form>')
    (photo,) = read(body).photos
    assert (photo.image_url, photo.photographers) == (PHOTO, ("Jo Lane",))


def test_a_form_holding_the_headline_is_the_page_even_beside_longer_text() -> None:
    body = (f'<form id="form1" method="post"><h1>Ferry closed by the storm</h1>{FIGURE}{STORY}</form>'
            f'<div class="site-info">{STORY * 4}</div>')
    assert [photo.image_url for photo in read(body).photos] == [PHOTO]


def test_a_search_or_newsletter_form_beside_the_story_stays_noise() -> None:
    button = '<input type="image" src="https://cdn.valleyledger.example/ui/go.png">'
    badge = '<img src="https://cdn.valleyledger.example/promo/weekly-letter-2024.jpg">'
    body = (f'<form role="search" action="/search"><input name="q">{button}</form>'
            f'<article>{FIGURE}{STORY}{STORY}<form action="/subscribe">{badge}<p>Get the weekly letter.</p></form></article>')
    assert [photo.image_url for photo in read(body).photos] == [PHOTO]


def test_a_no_picture_stand_in_is_not_the_picture_lazysizes_loads() -> None:
    for stand_in in ("/Content/images/no_img.jpg", "/assets/no-photo-available.png", "/img/nophoto.gif"):
        body = (f'<article><img class="lazyload" src="{stand_in}" data-src="{PHOTO}">'
                f'<figcaption>The ferry waits at the pier.</figcaption>{STORY}</article>')
        assert [photo.image_url for photo in read(body).photos] == [PHOTO], stand_in
