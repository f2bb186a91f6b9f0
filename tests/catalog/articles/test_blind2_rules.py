"""The rules the second blind set exposed, one case each: CMS markup for photos, captions, credits and bylines."""

from __future__ import annotations

from catalog.articles.pages import parse_article
from tests.helpers.article_pages import IMAGE, STORY, URL, read


def test_an_article_card_with_little_text_is_not_the_story() -> None:
    result = read(f'<main><h1>Storm closes the harbour</h1><figure><img src="{IMAGE}">'
                  f'<figcaption>Waves hit the pier [Jo Lane/AP Photo]</figcaption></figure>{STORY}'
                  '<div class="more-on"><article class="card"><img src="https://cdn.valleyledger.example/x.jpg"></article></div></main>')
    (photo,) = result.photos
    assert (photo.image_url, photo.agency) == (IMAGE, "AP")


def test_a_captioned_figure_marked_presentational_is_a_photo() -> None:
    result = read(f'<article><figure><img role="presentation" src="{IMAGE}"><figcaption>Lanterns at night. '
                  f'Photo by Tom Weir on Unsplash</figcaption></figure>{STORY}</article>')
    (photo,) = result.photos
    assert photo.caption == "Lanterns at night."


def test_a_widget_image_block_holds_a_photo_and_its_credit_element() -> None:
    result = read(f'<article>{STORY}<div class="widget-image"><figure><img src="{IMAGE}"><figcaption>Barcos no rio - '
                  '<span class="widget-image__credits">Lalo Lima/Folhapress</span></figcaption></figure></div></article>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line, photo.agency) == ("Barcos no rio", "Lalo Lima/Folhapress", "Folhapress")


def test_a_figures_cite_is_its_credit_and_a_wrappers_data_original_its_upload() -> None:
    upload = "https://uploads.valleyledger.example/chorus/73321045/1248337164.0.jpg"
    shown = "https://cdn.valleyledger.example/thumbor/k=/1200x800/uploads.valleyledger.example/chorus/73321045/1248337164.0.jpg"
    result = read(f'<article><figure><span data-original="{upload}"><img src="{shown}"></span>'
                  f'<figcaption>Empty seats.</figcaption><cite>Getty Images</cite></figure>{STORY}</article>')
    (photo,) = result.photos
    assert (photo.image_url, photo.credit_line, photo.also_seen_as) == (upload, "Getty Images", (shown,))


def test_a_caption_elements_data_fields_give_caption_and_credit() -> None:
    result = read(f'<article><figure><img src="{IMAGE}"><figcaption data-c-caption="Inspectors walk the apron." '
                  'data-c-credit="Provided by Oswego County"><span>Inspectors walk the apron.</span><span>Provided by '
                  f'Oswego County</span></figcaption></figure>{STORY}</article>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line) == ("Inspectors walk the apron.", "Provided by Oswego County")


def test_an_unmarked_line_under_a_picture_ending_in_a_credit_is_its_caption() -> None:
    result = read(f'<article><div class="post-body"><div class="separator"><a href="{IMAGE}"><img src="{IMAGE}"></a></div>'
                  '<div><i>Brigadistas descansan. Foto: Leonel Ávila</i></div>'
                  f'<div class="separator"><img src="https://cdn.valleyledger.example/photos/other-1600.jpg"></div>{STORY}</div></article>')
    assert (result.photos[0].caption, result.photos[0].credit_line) == ("Brigadistas descansan.", "Leonel Ávila")


def test_bylines_marked_in_cms_vocabularies_and_labelled_in_other_languages() -> None:
    for byline, names in [('<div data-qa="ContentAuthors">Ivy Cheung &amp; Dorian Lo</div>', ("Ivy Cheung", "Dorian Lo")),
                          ('<div class="gnt_ar_by"><a href="/staff/1/">Wyatt Brennan</a><div>Ridgeway Tribune</div></div>',
                           ("Wyatt Brennan",)),
                          ('<div class="article-byline"><span>Teksti:</span> <span>Aino Kettunen</span></div>', ("Aino Kettunen",)),
                          (('<div class="author-info"><p class="author">Por <a href="/a">Ana Paz</a> y '
                            '<a href="/b">Luis Ríos</a></p></div>'), ("Ana Paz", "Luis Ríos"))]:
        assert read(f"<article><h1>Storm closes the harbour</h1>{byline}{STORY}</article>").article.byline == names


def test_the_republication_note_names_the_stories_paper() -> None:
    result = read(f'<article><h1>Storm closes the harbour</h1>{STORY}<p>This article originally appeared on Ridgeway '
                  'Tribune: Storm closes the harbour</p></article>', head='<meta property="og:site_name" content="Kettle Record">')
    assert (result.article.publication, result.article.publication_source) == ("Ridgeway Tribune", "syndication")


def test_a_credit_naming_the_pages_own_paper_gives_it_as_agency() -> None:
    result = read(f'<article>{STORY}<figure><img src="{IMAGE}"><figcaption>Helfer füllen Sandsäcke.'
                  '<span class="credit">© Wochenblick Ost</span></figcaption></figure></article>',
                  head='<meta property="og:site_name" content="Wochenblick Ost">')
    (photo,) = result.photos
    assert (photo.agency, photo.photographers) == ("Wochenblick Ost", ())


def test_a_scrape_gallery_counter_marks_an_extensionless_picture() -> None:
    scrape = ("Regatta ends in a gale\n\nWords by Seán Tierney\n\nPhoto 1/2\nhttps://images.example.net/Nq4x/3f6a1c2e/public\n"
              "Spectators line the wall. Photograph: Niamh Gall/North Shore Ledger\n\nThe race was shortened.\n")
    (photo,) = parse_article(scrape, url=URL).photos
    assert (photo.image_url, photo.caption, photo.agency) == (
        "https://images.example.net/Nq4x/3f6a1c2e/public", "Spectators line the wall.", "North Shore Ledger")


def test_a_scrape_credit_on_its_own_line_under_the_caption() -> None:
    scrape = ("Expo site tests heat shelters\n\nBy Keiko Ishida / Kansai Shimbun Staff Writer\n\n"
              "https://kansai.example/wp-content/uploads/2024/06/shelter-1.jpg\nVisitors rest in a misting shelter.\n"
              "Jiji Press\n\nThe shelters open in July.\n")
    result = parse_article(scrape, url=URL)
    (photo,) = result.photos
    assert result.article.byline == ("Keiko Ishida",)
    assert (photo.caption, photo.credit_line) == ("Visitors rest in a misting shelter.", "Jiji Press")


def test_a_clippers_front_matter_title_and_a_markdown_images_printed_caption() -> None:
    scrape = ('---\ntitle: "Levee repairs lag | Lowland Courier"\nsource: "https://lowland.example/levee"\n---\n\n'
              "# Levee repairs lag\n\nBy Dana White & Felix Oye\n\n![Workers](https://lowland.example/resizer/v2/QX2B7KMN.jpg?w=1600)\n\n"
              "Workers place riprap on Feb. 27. (Felix Oye/Lowland Courier)\n\n"
              "![Dana White](https://lowland.example/resources/authors/dana-white.png)\n")
    result = parse_article(scrape, url=URL)
    assert (result.article.publication, result.article.publication_source) == ("Lowland Courier", "title suffix")
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line) == ("Workers place riprap on Feb. 27.", "Felix Oye/Lowland Courier")
