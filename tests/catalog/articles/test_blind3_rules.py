"""The rules the third blind set exposed, one case each: caption boxes, credit elements, bylines, scrapes."""

from __future__ import annotations

import pytest

from catalog.articles.pages import parse_article
from tests.helpers.article_pages import IMAGE, STORY, read

OTHER = "https://cdn.valleyledger.example/photos/ferry-pier-1600.jpg"


def test_a_caption_boxs_hide_and_toggle_buttons_are_not_caption_text() -> None:
    result = read(f'<article>{STORY}<div class="image"><img src="{IMAGE}"><div class="credit-caption"><div class="caption">'
                  '<p>Waves hit the pier. <b class="hide-caption"><b>hide caption</b></b></p></div>'
                  '<span class="credit">Jo Lane/AP</span><b class="toggle-caption">toggle caption</b></div></div></article>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line) == ("Waves hit the pier.", "Jo Lane/AP")


def test_a_label_hidden_by_a_hide_visually_class_is_no_credit() -> None:
    result = read(f'<article>{STORY}<figure><img src="{IMAGE}"><figcaption><span class="u-hide-visually">Image:</span>'
                  '<span class="caption-text">The ferry waits at the pier</span></figcaption></figure></article>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line) == ("The ferry waits at the pier", None)


def test_a_credit_element_inside_a_caption_block_is_named_by_its_last_word() -> None:
    result = read(f'<article>{STORY}<figure><img src="{IMAGE}"><figcaption class="image-caption">'
                  '<span class="image-caption__text">The new pier.</span> <span class="image-caption__credit">Port Authority'
                  f'</span></figcaption></figure><figure><img src="{OTHER}"><figcaption><div class="Caption">The old pier'
                  '</div><cite class="Caption-credit">Harbour Museum</cite></figcaption></figure></article>')
    assert [(photo.caption, photo.credit_line) for photo in result.photos] == [
        ("The new pier.", "Port Authority"), ("The old pier", "Harbour Museum")]


def test_a_byline_printed_above_the_story_body_is_found() -> None:
    result = read(f'<div class="article-text"><h2>Storm closes the harbour</h2><p class="byline-plain">By <a>JO LANE</a>'
                  f' and <a>ALI KHAN</a></p><div itemprop="articleBody">{STORY}{STORY}</div></div>')
    assert (result.article.byline, result.article.byline_text) == (("JO LANE", "ALI KHAN"), "JO LANE and ALI KHAN")


def test_an_element_marked_author_holding_only_a_name_is_the_byline() -> None:
    result = read(f'<article><h1>Storm closes the harbour</h1><div class="meta"><span class="meta__item--author">'
                  f'<a href="/p/1">Jo Lane</a></span><span>03.06.2024</span></div>{STORY}'
                  '<div class="author-box"><span class="author">Ali Khan, harbour reporter</span></div></article>')
    commented = read(f'<article><h1>Storm closes the harbour</h1>{STORY}<section class="comments"><div class="comment">'
                     '<span class="comment-author">Ali Khan</span><p>Great pictures.</p></div></section></article>')
    assert (result.article.byline, commented.article.byline) == (("Jo Lane",), ())


def test_the_sites_own_name_after_the_byline_is_not_a_name() -> None:
    result = read(f'<article><h1>Storm closes the harbour</h1><p class="byline">Por Ana Paz e Luis Ríos, Valley Ledger RS'
                  f'</p>{STORY}</article>', head='<meta property="og:site_name" content="Valley Ledger">')
    assert (result.article.byline, result.article.byline_text) == (("Ana Paz", "Luis Ríos"), "Ana Paz e Luis Ríos")


def test_a_closing_bracket_naming_an_organisation_or_a_courtesy_is_the_credit() -> None:
    result = read(f'<article>{STORY}<figure><img src="{IMAGE}"><figcaption>Jo Lane (left) and Ali Khan inspect the pier '
                  f'(Harbour Board Council)</figcaption></figure><figure><img src="{OTHER}"><figcaption>A model of the '
                  'new ferry (Courtesy)</figcaption></figure></article>')
    assert [(photo.caption, photo.credit_line, photo.agency) for photo in result.photos] == [
        ("Jo Lane (left) and Ali Khan inspect the pier", "Harbour Board Council", "Harbour Board Council"),
        ("A model of the new ferry", "Courtesy", None)]


def test_a_closing_bracket_that_names_no_source_stays_in_the_caption() -> None:
    result = read(f'<article>{STORY}<figure><img src="{IMAGE}"><figcaption>Cyclists use the new lane (Representative '
                  'image)</figcaption></figure></article>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line) == ("Cyclists use the new lane (Representative image)", None)


def test_a_name_set_apart_by_a_pipe_after_the_caption_is_its_credit() -> None:
    result = read(f'<article>{STORY}<figure><img src="{IMAGE}"><figcaption>Skiers queue for the lift on Saturday. | '
                  'Mika Ono</figcaption></figure></article>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line, photo.photographers) == ("Skiers queue for the lift on Saturday.",
                                                                      "Mika Ono", ("Mika Ono",))


def test_credits_naming_the_papers_archive_or_initials_give_the_paper_as_agency() -> None:
    head = '<meta property="og:site_name" content="The Valley Ledger">'
    result = read(f'<article>{STORY}<figure><img src="{IMAGE}"><figcaption>The pier in 1990. | Photo : archives Valley '
                  f'Ledger</figcaption></figure><figure><img src="{OTHER}"><figcaption>Stallholders wait for the ferry. '
                  'VL PHOTO: MIKA ONO</figcaption></figure></article>', head=head)
    assert [(photo.caption, photo.agency, photo.photographers) for photo in result.photos] == [
        ("The pier in 1990.", "Valley Ledger", ()), ("Stallholders wait for the ferry.", "The Valley Ledger", ("MIKA ONO",))]


def test_a_photo_by_the_author_is_the_bylines() -> None:
    result = read(f'<article><h1>Storm closes the harbour</h1><p class="byline">By Jo Lane</p>{STORY}<figure>'
                  f'<img src="{IMAGE}"><figcaption>The pier on Monday. — Photo by author</figcaption></figure></article>')
    (photo,) = result.photos
    assert (photo.caption, photo.photographers) == ("The pier on Monday.", ("Jo Lane",))


def image_object(fields: str) -> str:
    """A page head whose JSON-LD story declares ``IMAGE`` as an ImageObject with ``fields`` (JSON members)."""
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm closes the harbour", '
            f'"image": [{{"@type": "ImageObject", "url": "{IMAGE}", {fields}}}]}}</script>')


def test_what_json_ld_declares_about_a_photo_reads_its_printed_caption_and_credit() -> None:
    # the declared credit comes out of the printed caption; the declared creator is the photographer, whatever word
    # the credit joins the paper with ("pour", "für")
    printed = read(f'<article>{STORY}<figure><img src="{IMAGE}"><figcaption>The pier at dawn. (Jo Lane pour Valley '
                   'Ledger)</figcaption></figure></article>',
                   head=image_object('"caption": "The pier at dawn.", "creditText": "Jo Lane pour Valley Ledger"'))
    created = read(f'<article>{STORY}<figure><img src="{IMAGE}"><figcaption>Der Hafen am Morgen.</figcaption></figure>'
                   '</article>', head=image_object('"creditText": "Jo Lane für Valley Ledger", '
                                                   '"author": {"@type": "Person", "name": "Jo Lane"}'))
    assert (printed.photos[0].caption, printed.photos[0].credit_line) == ("The pier at dawn.", "Jo Lane pour Valley Ledger")
    assert (created.photos[0].agency, created.photos[0].photographers) == ("Valley Ledger", ("Jo Lane",))


def test_an_unmarked_caption_in_the_box_holding_the_credit_is_the_caption() -> None:
    result = read(f'<article>{STORY}<div class="paragraph-image"><div class="paragraph-image__media"><img src="{IMAGE}">'
                  '</div><div class="paragraph-image__info"><p class="paragraph-image__text">Ein Frachter in der Schleuse.</p>'
                  '<span class="paragraph-image__copyright">Bild: NDR</span></div></div></article>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line) == ("Ein Frachter in der Schleuse.", "NDR")


def test_a_footer_copyright_keeps_an_abbreviated_legal_form_whole() -> None:
    result = read(f'<article><h1>Storm closes the harbour</h1>{STORY}</article><footer><p>© Talblatt '
                  'Verlagsgesellschaft m.b.H. 2024</p></footer>')
    assert (result.article.publication, result.article.publication_source) == (
        "Talblatt Verlagsgesellschaft m.b.H.", "footer copyright")


def test_a_note_that_the_story_was_originally_published_by_a_paper_names_it() -> None:
    result = read(f'<article><h1>Storm closes the harbour</h1>{STORY}<p><em>This story was originally published by the '
                  'Ridgeway Tribune and is republished here under a content-sharing agreement.</em></p></article>',
                  head='<meta property="og:site_name" content="Kettle Record">')
    assert (result.article.publication, result.article.publication_source) == ("Ridgeway Tribune", "syndication")


def scrape(text: str, url: str = "https://www.valleyledger.example/2024/05/story"):
    return parse_article(text, url=url)


@pytest.mark.parametrize(("text", "title", "publication", "source"), [
    # the headline line carries the site and a section ("| Harbour News - The Valley Ledger"); a price is news
    ("Sign In\nHarbour walk opens after £2m repairs | Harbour News - The Valley Ledger\nBy Jo Lane\n\n"
     "The walk opened on Saturday after two years of repairs.\n",
     "Harbour walk opens after £2m repairs", "The Valley Ledger", "title suffix"),
    # pdftotext breaks the headline over two lines; the role under the byline is no paper
    ("LOCAL\n\nHarbour walk reopens\nafter two years of repairs\n\nBY JO LANE\nStaff Writer\n\n"
     "The walk opened on Saturday after two years of repairs.\n\n© 2024 The Valley Ledger\n",
     "Harbour walk reopens after two years of repairs", "The Valley Ledger", "footer copyright"),
])
def test_a_scrapes_headline_and_paper_apart_from_the_lines_around_them(text: str, title: str, publication: str,
                                                                       source: str) -> None:
    article = scrape(text).article
    assert (article.title, article.publication, article.publication_source) == (title, publication, source)


def test_mail_header_share_sheet_and_page_link_lines_are_not_the_headline() -> None:
    mail = scrape("Valley Brief <brief@news.valleyledger.example>\nMon, Apr 22, 2024, 6:01 AM\nto me\n\n"
                  "[image: Valley Brief logo]\n\n1 big thing: The harbour walk reopens\n\nJo Lane, Ali Khan\n\n"
                  "The walk opened on Saturday after two years of repairs.\n")
    shared = scrape("Shared from Apple News\nhttps://apple.news/AqZ3mW8xTQ1uV6bN0p\n\nThe harbour walk reopens after "
                    "two years\n\nThe walk opened on Saturday after two years of repairs.\n")
    assert (mail.article.title, mail.article.byline) == ("The harbour walk reopens", ("Jo Lane", "Ali Khan"))
    assert shared.article.title == "The harbour walk reopens after two years"


def test_unlabelled_bylines_over_a_reading_time_or_with_their_date_after_them() -> None:
    reader_view = scrape("valleyledger.example\nHarbour walk reopens after two years\nJo Lane\n6–7 minutes\n\n"
                         "The walk opened on Saturday after two years of repairs.\n")
    dated = scrape("Harbour walk reopens after two years\nJo Lane / VLNS / Updated: May 5, 2024, 08:14 IST\n\n"
                   "The walk opened on Saturday after two years of repairs.\n")
    assert reader_view.article.byline == dated.article.byline == ("Jo Lane",)


def test_pictures_in_a_mail_and_an_extensionless_url_over_a_credited_caption() -> None:
    mail = scrape("From: Valley Brief <brief@valleyledger.example>\n\nThe harbour walk reopens\n\n"
                  "<https://mail.example/images/7a1b2c3d.jpg>\nThe walk at dawn – Photo: Jo Lane\n\n"
                  "<https://mail.example/images/8b2c3d4e.jpg>\nThe old walk in 1990\n\nThe walk opened on Saturday.\n")
    shared = scrape("The harbour walk reopens after two years\n\nhttps://c.news.example/AgEXQVhGX2Q5YjRmOTJh\n"
                    "The walk at dawn on Monday. (Jo Lane/Valley Ledger)\n\nThe walk opened on Saturday.\n")
    assert [(photo.image_url, photo.caption, photo.credit_line) for photo in mail.photos] == [
        ("https://mail.example/images/7a1b2c3d.jpg", "The walk at dawn", "Jo Lane"),
        ("https://mail.example/images/8b2c3d4e.jpg", "The old walk in 1990", None)]
    assert [(photo.image_url, photo.agency) for photo in shared.photos] == [
        ("https://c.news.example/AgEXQVhGX2Q5YjRmOTJh", "Valley Ledger")]


def test_thousands_of_nested_author_marks_and_unclosed_credit_spans_are_read() -> None:
    # each nested element is read once, not once per wrapper around it (the reader stays quick on broken pages)
    authors = read('<article><h1>Storm closes the harbour</h1>' + '<div class="author">' * 3000 + 'Jo Lane'
                   + '</div>' * 3000 + f'{STORY}</article>')
    credits = read(f'<article><div><div><img src="{IMAGE}"></div><div class="info">' + "<span>" * 3000
                   + '<span class="copyright">Bild: NDR</span></div></div></article>')
    assert authors.article.byline == ("Jo Lane",)
    assert (credits.photos[0].credit_line, credits.photos[0].agency) == ("NDR", "NDR")
