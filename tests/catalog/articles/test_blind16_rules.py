"""The rules the sixteenth blind set exposed (mainstream platforms and scrapes), each with its row and invented
variants: feeds' pictures and titles, lazy-load copies, plain-copy bylines, labels and courtesy credits."""

from __future__ import annotations

import pytest

from catalog.articles.bylines import split_byline
from catalog.credits import parse_credit_line, split_caption_credit
from tests.helpers.article_pages import STORY, read, scrape

_RSS = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Valley Ledger</title><item>'
        '<title>Ferry crews walk out</title><link>https://valleyledger.example/2024/06/ferry-strike</link>{item}'
        '</item></channel></rss>')
_PICTURE = "https://valleyledger.example/media/2024/06/ferry-pier{size}.jpg"


def _feed_photos(item: str) -> list[tuple]:
    record = scrape(_RSS.format(item=item))
    return [(photo["url"], sorted(photo["also_seen_as"]), photo["caption"], photo["credit_line"])
            for photo in record["photos"]]


@pytest.mark.parametrize("printed, description, credit, caption, line", [
    # blind16 s05: the body's figure prints the credit in brackets, the media:content gives it apart
    ("The ferry at the pier (foto Ansa)", "The ferry at the pier", "Ansa", "The ferry at the pier", "Ansa"),
    ("The ferry at the pier. Photo: Jo Lane/AP", "The ferry at the pier.", "Jo Lane/AP", "The ferry at the pier.",
     "Jo Lane/AP"),
    ("La nave al molo. Foto: Sergio Nardelli/Agenzia Dire", "La nave al molo.", "Sergio Nardelli",
     "La nave al molo.", "Sergio Nardelli/Agenzia Dire"),
])
def test_a_media_rss_original_is_a_rendition_of_the_bodys_copy(printed: str, description: str, credit: str,
                                                               caption: str, line: str) -> None:
    item = (f'<media:content url="{_PICTURE.format(size="")}" medium="image" width="1600" height="1067">'
            f'<media:description>{description}</media:description><media:credit>{credit}</media:credit>'
            f'</media:content><content:encoded><![CDATA[<figure><img src="{_PICTURE.format(size="-800x533")}" '
            f'width="800"><figcaption>{printed}</figcaption></figure><p>The crews met on Monday.</p>]]>'
            '</content:encoded>')
    assert _feed_photos(item) == [(_PICTURE.format(size=""), [_PICTURE.format(size="-800x533")], caption, line)]


def test_a_media_rss_content_of_another_caption_stays_another_picture() -> None:
    item = (f'<media:content url="{_PICTURE.format(size="")}" medium="image" width="1600">'
            '<media:description>Crews on the picket line at dawn.</media:description></media:content>'
            f'<content:encoded><![CDATA[<figure><img src="{_PICTURE.format(size="-800x533")}"><figcaption>The ferry '
            'at the pier. Photo: Jo Lane/AP</figcaption></figure><p>The crews met on Monday.</p>]]></content:encoded>')
    assert [photo[2] for photo in _feed_photos(item)] == ["The ferry at the pier.", "Crews on the picket line at dawn."]


def test_a_media_group_is_one_picture_in_its_renditions_captioned_by_the_group() -> None:
    sizes = "".join(f'<media:content url="https://img.valleyledger.example/ferry_{width}.jpg" medium="image" '
                    f'width="{width}"{" isDefault=" + chr(34) + "true" + chr(34) if width == 640 else ""}/>'
                    for width in (320, 640, 1280))
    item = (f"<description>Crews stopped the ferry on Monday.</description><media:group>{sizes}"
            "<media:description>The ferry at the pier.</media:description>"
            '<media:credit role="photographer">Jo Lane</media:credit><media:credit role="distributor">AP'
            "</media:credit></media:group>"
            '<media:group><media:content url="https://img.valleyledger.example/picket_1280.jpg" width="1280"/>'
            "<media:title>Crews on the picket line.</media:title></media:group>")
    assert _feed_photos(item) == [
        ("https://img.valleyledger.example/ferry_1280.jpg", ["https://img.valleyledger.example/ferry_320.jpg",
                                                              "https://img.valleyledger.example/ferry_640.jpg"],
         "The ferry at the pier.", "Jo Lane/AP"),
        ("https://img.valleyledger.example/picket_1280.jpg", [], "Crews on the picket line.", None)]


def test_an_items_media_credit_holds_for_its_pictures_and_its_description_is_the_storys() -> None:
    item = ("<media:description>Crews stopped the ferry on Monday.</media:description>"
            "<media:credit>Valley Ledger</media:credit>"
            f'<media:content url="{_PICTURE.format(size="")}" medium="image" width="1600"/>')
    assert _feed_photos(item) == [(_PICTURE.format(size=""), [], None, "Valley Ledger")]


@pytest.mark.parametrize("item, url", [
    # the only picture many feeds give (WordPress plugins, broadcasters' feeds)
    ('<media:thumbnail url="https://img.valleyledger.example/ferry-1024.jpg" width="1024"/>',
     "https://img.valleyledger.example/ferry-1024.jpg"),
    # an RSS 2.0 enclosure comes before it
    ('<enclosure url="https://img.valleyledger.example/ferry.jpg" type="image/jpeg" length="0"/>'
     '<media:thumbnail url="https://img.valleyledger.example/ferry-150.jpg" width="150"/>',
     "https://img.valleyledger.example/ferry.jpg"),
])
def test_an_items_enclosure_or_thumbnail_is_its_picture(item: str, url: str) -> None:
    assert [photo[0] for photo in _feed_photos(item + "<description>Crews met on Monday.</description>")] == [url]


@pytest.mark.parametrize("feed_title, site", [
    ("Okanagan Courier", "Okanagan Courier"),  # blind16 s06
    ("Valley Ledger – Local news", "Valley Ledger"),
    ("Local News", None),  # a section's feed names no site
])
def test_an_atom_feeds_own_title_names_the_site(feed_title: str, site: str | None) -> None:
    record = scrape(
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{feed_title}</title>'
        '<subtitle>News from the valley</subtitle><entry><title type="html">Ferry crews walk out</title>'
        '<link href="https://valleyledger.example/2024/06/ferry-strike" rel="alternate"/>'
        "<author><name>Ann Lee</name></author><content type=\"html\">&lt;p&gt;The crews met on Monday.&lt;/p&gt;"
        "</content></entry></feed>")
    assert (record["title"], record["byline"], record["publication"]) == ("Ferry crews walk out", "Ann Lee", site)


_UPLOADS = "https://valleyledger.example/wp-content/uploads/2024/06/"
_HEADER_PICTURE = (f'<div class="post-thumb-img-content post-thumb"><img width="1024" height="683" src="{_UPLOADS}'
                   f'ferry-pier-1024x683.jpg" class="attachment-large size-large wp-post-image" alt=""></div>')


def _page_photos(body: str) -> list[tuple]:
    record = read(f'<article class="post">{body}</article>').to_record()
    return [(photo["url"].rsplit("/", 1)[-1], photo["caption"], photo["credit_line"]) for photo in record["photos"]]


@pytest.mark.parametrize("caption_block, caption, credit", [
    # blind16 page 20: Astra prints the featured image's caption as the entry content's first paragraph
    ('<p class="wp-caption-text featured-caption">La facciata del teatro restaurata (foto Ansa)</p>',
     "La facciata del teatro restaurata", "Ansa"),
    ('<div class="featured-image-caption">The ferry at the pier on Sunday. Photo: Jo Lane/AP</div>',
     "The ferry at the pier on Sunday.", "Jo Lane/AP"),
    ('<p class="bildunterschrift">Die Fähre am Anleger. Foto: Jo Lane/dpa</p>', "Die Fähre am Anleger.", "Jo Lane/dpa"),
])
def test_a_featured_pictures_caption_printed_apart_under_the_headline_is_its_caption(caption_block: str, caption: str,
                                                                                      credit: str) -> None:
    body = (f'<header class="entry-header">{_HEADER_PICTURE}<h1 class="entry-title">Ferry crews walk out</h1>'
            '<div class="entry-meta">By <span class="author-name">Ann Lee</span> / <span class="posted-on">'
            f'June 3, 2024</span></div></header><div class="entry-content">{caption_block}{STORY}</div>')
    assert _page_photos(body) == [("ferry-pier-1024x683.jpg", caption, credit)]


@pytest.mark.parametrize("content", [
    # a standfirst marked "description" under the headline is the story's, not the picture's
    f'<p class="entry-description">Crews stopped the ferry on Monday over pay.</p>{STORY}',
    # a caption-marked block that is not the first of its block
    f'{STORY}<p class="wp-caption-text">The ferry at the pier on Sunday.</p>',
    # a caption printed over the next picture is that picture's
    f'<p class="wp-caption-text">The ferry at the pier on Sunday.</p><img src="{_UPLOADS}picket-800x533.jpg" '
    f'width="800" height="533">{STORY}',
])
def test_no_caption_apart_is_taken_from_a_standfirst_the_text_or_the_next_picture(content: str) -> None:
    body = (f'<header class="entry-header">{_HEADER_PICTURE}<h1 class="entry-title">Ferry crews walk out</h1></header>'
            f'<div class="entry-content">{content}</div>')
    assert _page_photos(body)[0] == ("ferry-pier-1024x683.jpg", None, None)


@pytest.mark.parametrize("lazy", [
    # blind16 page 20: Jetpack Lazy Images marks its lazy copy with a query, the <noscript> holds the file
    f'src="/wp-content/plugins/jetpack/jetpack_vendor/automattic/jetpack-lazy-images/dist/img/placeholder.svg" '
    f'data-lazy-src="{_UPLOADS}cantiere-768x512.jpg?is-pending-load=1"',
    # Jetpack's older stand-in, and a cache-buster on the lazy copy
    f'src="/wp-content/plugins/jetpack/modules/lazy-images/images/1x1.trans.gif" '
    f'data-lazy-src="{_UPLOADS}cantiere-768x512.jpg?is-pending-load=1"',
    f'src="/wp-content/plugins/lazy-load/images/lazy-load-placeholder.png" data-src="{_UPLOADS}cantiere-768x512.jpg?v=3"',
])
def test_a_lazy_copy_marked_by_a_query_yields_to_the_file_itself(lazy: str) -> None:
    record = read(f'<article><figure class="wp-caption"><img class="jetpack-lazy-image" width="768" height="512" {lazy}>'
                  f'<noscript><img src="{_UPLOADS}cantiere-768x512.jpg" width="768" height="512"></noscript>'
                  f'<figcaption class="wp-caption-text">Il cantiere nel 2021. Foto: Comune di Foggia</figcaption>'
                  f'</figure>{STORY}</article>').to_record()
    (photo,) = record["photos"]
    assert (photo["url"], photo["caption"]) == (f"{_UPLOADS}cantiere-768x512.jpg", "Il cantiere nel 2021.")
    assert [url.split("?")[0] for url in photo["also_seen_as"]] == [f"{_UPLOADS}cantiere-768x512.jpg"]


@pytest.mark.parametrize("text, names", [
    ("Un texte de Julie Marcoux", ("Julie Marcoux",)),  # blind16 page 13 (Radio-Canada's signature)
    ("Un reportage d’Éric Roy", ("Éric Roy",)),
    ("Un texto de Ana Ruiz y Luis Mora", ("Ana Ruiz", "Luis Mora")),
    ("Un articolo di Marco Bianchi", ("Marco Bianchi",)),
    ("Texto de apoio", ()),  # no name after it
])
def test_a_text_by_phrase_is_a_byline_label(text: str, names: tuple[str, ...]) -> None:
    assert split_byline(text) == names


@pytest.mark.parametrize("line, agency", [
    ("Gracieuseté d’Hydro-Québec", "Hydro-Québec"),  # blind16 page 13 photo3: the elided 'd’' is no part of the name
    ("Gracieuseté d'Hydro-Québec", "Hydro-Québec"),
    ("Foto per gentile concessione dell’Archivio Rossi", "Archivio Rossi"),
    ("Gracieuseté de Hydro-Québec", "Hydro-Québec"),  # the full preposition, as before
    ("Courtesy Dell", "Dell"),  # a name that opens like the elided preposition
])
def test_an_elided_preposition_after_a_courtesy_word_is_no_part_of_the_name(line: str, agency: str) -> None:
    assert parse_credit_line(line).agency == agency


@pytest.mark.parametrize("caption, rest, line", [
    # blind16 s02: the kind of picture before "courtesy of"
    ("A rendering of the planned station. (Rendering courtesy of the City of Saskatoon)",
     "A rendering of the planned station.", "Rendering courtesy of the City of Saskatoon"),
    ("The route of the new line. (Map courtesy of Valley Transit)", "The route of the new line.",
     "Map courtesy of Valley Transit"),
    ("An artist's view of the pier. Illustration courtesy of Jo Lane", "An artist's view of the pier.",
     "Illustration courtesy of Jo Lane"),
])
def test_a_picture_kind_before_courtesy_of_is_a_credit(caption: str, rest: str, line: str) -> None:
    found_rest, credit = split_caption_credit(caption)
    assert (found_rest, credit.credit_line if credit else None) == (rest, line)


def test_a_caption_about_courtesy_is_no_credit() -> None:
    assert split_caption_credit("A map of the route, drawn as a courtesy to riders.")[1] is None
