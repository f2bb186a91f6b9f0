"""A story on a legacy layout-table page (no <main>, the story in a ``td.MainCol``) is found by its text's mass, not by
tag names: an ``<article>`` holding a teaser card beside it is no story (blind15 page 21's layout, an ASP.NET page)."""

from __future__ import annotations

from tests.helpers.article_pages import STORY, read

PHOTO = "https://www.gulfdaily.example/Uploads/News/2024/06/05/1184522_1.jpg"
TEASER_PHOTO = "https://www.gulfdaily.example/Uploads/News/2024/06/04/Small/1184490_1.jpg"
MAIN = (f'<td valign="top" class="MainCol"><h1><span class="ArticleTitle">New bridge opens at the end of the year</span></h1>'
        f'<div class="ArticleImage"><a href="{PHOTO}"><img src="{PHOTO.replace("/05/", "/05/Small/")}" alt=""></a>'
        f'<span class="ImageCaption">Work on the bridge from the Muharraq side (Photo: Ali Hasan)</span></div>'
        f'<div class="ArticleBody">{STORY * 5}</div></td>')
CARD = (f'<article class="NewsCard"><a href="/News/ArticleDetails.aspx?id=1184490"><img src="{TEASER_PHOTO}" alt=""></a>'
        f'<h3><a href="/News/ArticleDetails.aspx?id=1184490">Vegetable prices rise at the central market</a></h3>'
        f'<p>Prices rose by ten per cent.</p></article>')


def _layout(side: str) -> str:
    return f'<table id="tblContent" width="980"><tr>{MAIN}<td class="SideCol">{side}</td></tr></table>'


def test_a_layout_table_pages_story_gives_its_photos() -> None:
    (photo,) = read(_layout('<div class="MostRead"><h3>Most read</h3></div>')).photos
    assert (photo.image_url, photo.caption, photo.photographers) == (
        PHOTO, "Work on the bridge from the Muharraq side", ("Ali Hasan",))


def test_a_teaser_card_marked_article_beside_a_layout_tables_story_is_no_story() -> None:
    parsed = read(_layout(CARD))
    assert parsed.article.title == "New bridge opens at the end of the year"
    assert [photo.image_url for photo in parsed.photos] == [PHOTO]


def test_the_storys_own_article_stays_the_story_beside_more_text_in_small_blocks() -> None:
    comments = "".join(f'<div class="comment"><p>{"A reader writes about the ferry. " * 3}</p></div>' for _ in range(8))
    body = (f'<article><h1>Ferry closed by the storm</h1><figure><img src="{PHOTO}">'
            f'<figcaption>The ferry at the pier. Photo: Jo Lane</figcaption></figure>{STORY * 3}</article>'
            f'<section class="comments">{comments}</section>')
    assert [photo.image_url for photo in read(body).photos] == [PHOTO]


def test_a_story_article_printed_in_divs_stays_the_story_beside_a_paragraphed_footer() -> None:
    text = "".join(f"<div>{'The storm closed the ferry for two days. ' * 3}</div>" for _ in range(4))
    footer = f'<div class="about">{STORY * 4}</div>'
    body = (f'<article><h1>Ferry closed by the storm</h1><figure><img src="{PHOTO}">'
            f'<figcaption>The ferry at the pier. Photo: Jo Lane</figcaption></figure>{text}</article>{footer}')
    assert [photo.image_url for photo in read(body).photos] == [PHOTO]
