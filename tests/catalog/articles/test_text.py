"""The plain-text reader: a story copied from a web page, read into its article record and photos.

``test_pages.py`` reads scrapes through ``parse_article`` (which picks this reader); these tests
call ``parse_article_text`` itself for each rule of the reader.
"""

from __future__ import annotations

from catalog.articles.text import parse_article_text
from catalog.articles.urls import article_id

URL = "https://harbordaily.example/2024/ferry?utm_source=share"
CANONICAL = "https://harbordaily.example/2024/ferry"


def test_the_record_is_keyed_by_the_canonical_url() -> None:
    result = parse_article_text("Nothing but words here.\n", url=URL)
    assert (result.article.url, result.article.id, result.source_url) == (CANONICAL, article_id(CANONICAL), CANONICAL)
    assert result.photos == ()
    assert (result.article.title, result.article.byline, result.article.publication, result.article.published) == (
        None, (), None, None)


def test_a_caption_repeated_after_its_url_ends_the_url_where_it_begins() -> None:
    caption = "The MV Islander leaves the terminal on Friday. (AP Photo/Jo Lane)"
    text = f"Harbor ferry returns\n\n{caption}\nhttps://cdn.example/u/ferry-1200x800.jpg{caption}\n"
    (photo,) = parse_article_text(text, url=URL).photos
    assert photo.image_url == "https://cdn.example/u/ferry-1200x800.jpg"
    assert (photo.caption, photo.credit_line, photo.agency, photo.photographers) == (
        "The MV Islander leaves the terminal on Friday.", "AP Photo/Jo Lane", "AP", ("Jo Lane",))


def test_a_url_glued_to_the_caption_that_follows_it_is_cut_before_the_caption() -> None:
    text = ("Story text.\n"
            "https://cdn.example/u/web1_115722618.jpgRelatives and friends bury the body of Khadeer Hassan. "
            "(AP Photo/Felipe Dana)\n")
    (photo,) = parse_article_text(text, url=URL).photos
    assert (photo.image_url, photo.caption, photo.credit_line) == (
        "https://cdn.example/u/web1_115722618.jpg", "Relatives and friends bury the body of Khadeer Hassan.",
        "AP Photo/Felipe Dana")


def test_an_image_extension_in_a_host_name_is_no_picture() -> None:
    assert parse_article_text("Icons from https://www.pngwing.com/en/free-png today.\n", url=URL).photos == ()


def test_a_short_line_the_url_ends_with_is_not_taken_for_a_repeated_caption() -> None:
    text = "optimal.jpg\nhttps://cdn.example/u/ferry.jpg.optimal.jpg\n"  # shorter than any caption
    (photo,) = parse_article_text(text, url=URL).photos
    assert (photo.image_url, photo.caption) == ("https://cdn.example/u/ferry.jpg.optimal.jpg", None)


def test_urls_without_an_image_extension_are_not_photos_and_one_url_is_one_photo() -> None:
    text = (
        "See https://example.org/report.pdf and https://example.org/page for more.\n"
        "https://cdn.example/a/pier.png\n"
        "https://cdn.example/a/pier.png\n"
    )
    photos = parse_article_text(text, url=URL).photos
    assert [photo.image_url for photo in photos] == ["https://cdn.example/a/pier.png"]
    assert photos[0].caption is None  # no neighbouring line ends in a credit


def test_a_bare_url_takes_the_caption_after_it_when_that_one_ends_in_a_credit() -> None:
    text = "Story text without a credit.\nhttps://cdn.example/a/pier.webp\nA fire at Pier 9. REUTERS/Ann Example\n"
    (photo,) = parse_article_text(text, url=URL).photos
    assert (photo.caption, photo.credit_line) == ("A fire at Pier 9.", "REUTERS/Ann Example")


def test_markdown_images_take_their_title_before_their_alt_text() -> None:
    text = ('![alt words](https://cdn.example/m/one.jpg "Crowds at the parade. (Photo: Lena Okafor)")\n'
            "![Only alt text here](https://cdn.example/m/two.jpg)\n")
    photos = parse_article_text(text, url=URL).photos
    assert [(photo.image_url, photo.caption, photo.credit_line) for photo in photos] == [
        ("https://cdn.example/m/one.jpg", "Crowds at the parade.", "Lena Okafor"),
        ("https://cdn.example/m/two.jpg", "Only alt text here", None),
    ]


def test_byline_publication_and_date_come_from_the_short_lines_after_the_byline() -> None:
    text = (
        "Harbor ferry returns after repairs\n\n"
        "By Ana de la Cruz and Jordan Roe\n"
        "Harbor Daily News\n"
        "Updated: March 26, 2017\n\n"
        "The island ferry is back after four months in dry dock, its owners said on Friday morning.\n"
    )
    article = parse_article_text(text, url=URL).article
    assert article.title == "Harbor ferry returns after repairs"
    assert article.byline == ("Ana de la Cruz", "Jordan Roe")  # name particles are part of a name
    assert (article.publication, article.published) == ("Harbor Daily News", "2017-03-26")


def test_a_labelled_date_anywhere_is_the_publication_date_when_none_follows_the_byline() -> None:
    text = "Ferry back in service\n\nThe ferry is back.\n\nFirst published: 14 September 2021\n"
    assert parse_article_text(text, url=URL).article.published == "2021-09-14"


def test_sentences_and_long_lines_starting_with_by_are_not_bylines() -> None:
    long_line = "By " + " ".join(["Name"] * 40)
    text = f"By Saturday the toll had risen to 60.\n{long_line}\nBy the river\nStory text.\n"
    assert parse_article_text(text, url=URL).article.byline == ()


def test_the_title_is_a_short_line_of_three_words_or_more_before_the_story_begins() -> None:
    def title(text: str) -> str | None:
        return parse_article_text(text, url=URL).article.title

    assert title("Advertisement\nShare\nFerry returns to the harbor\nText.") == "Ferry returns to the harbor"
    assert title("March 25, 2017 in the harbor\nFerry returns to the harbor\n") == "Ferry returns to the harbor"
    assert title("Subscribe to keep reading this story, which our members get first every morning.\nFerry returns\n") is None
    assert title("https://cdn.example/a.jpg\nFerry returns to the harbor\n") is None  # the photo came first
    assert title("By Jordan Roe\nFerry returns to the harbor\n") is None  # the byline came first


def test_a_url_asking_for_a_width_is_a_picture_whatever_its_path() -> None:
    text = "Story text.\n\nhttps://gfx.example.no/Tq7Mz3Kx9Lw2Rb5Nc8?w=1280\nKø på brua. Foto: Ann Lee / NTB\n"
    (photo,) = parse_article_text(text, url=URL).photos
    assert (photo.image_url, photo.caption, photo.agency) == ("https://gfx.example.no/Tq7Mz3Kx9Lw2Rb5Nc8?w=1280",
                                                              "Kø på brua.", "NTB")


def test_a_gallery_picture_takes_the_line_under_it_even_without_a_credit() -> None:
    text = "Story text.\n\nPhoto 3/3\nhttps://res.cloudinary.com/x/image/upload/w_1600/v1/glacier-03\n" \
           "The same view in 1995 (left) and 2024 (right). Archives municipales de Chamonix\n"
    (photo,) = parse_article_text(text, url=URL).photos
    assert (photo.caption, photo.credit_line, photo.agency) == (
        "The same view in 1995 (left) and 2024 (right).", "Archives municipales de Chamonix",
        "Archives municipales de Chamonix")


def test_skip_links_breadcrumbs_and_caption_lines_are_not_the_headline() -> None:
    text = ("Zum Inhalt springen\nStartseite › Panorama\n\nErstellt von Katrin Albers - 15.01.2024, 09:12 Uhr\n\n"
            "Sturmflut an der Nordsee: Hafen überflutet\n\nDie Sturmflut hat den Hafen unter Wasser gesetzt.\n\n"
            "Überflutete Kaimauer am Montagmorgen. (Foto) Suche\nVon Katrin Albers\n")
    assert parse_article_text(text, url=URL).article.title == "Sturmflut an der Nordsee: Hafen überflutet"
