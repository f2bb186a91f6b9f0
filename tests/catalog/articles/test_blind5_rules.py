"""The rules the fifth blind set exposed, one invented case each: bylines, scrapes, publications, pictures, credits."""

from __future__ import annotations

import pytest

from catalog.articles.bylines import printed_byline, split_byline
from catalog.articles.publication import copyright_holder
from catalog.articles.urls import canonicalize_url
from tests.helpers.article_pages import IMAGE, STORY, read, scrape


@pytest.mark.parametrize("text, names, printed", [
    ("by Ann Lee, The Valley Ledger, and Bo Park, The Hill Courier", ("Ann Lee", "Bo Park"), "Ann Lee and Bo Park"),
    ("Ann Lee in Leeds and Bo Park in York", ("Ann Lee", "Bo Park"), "Ann Lee and Bo Park"),
    ("Par Anne Morel, avec Luc Petit", ("Anne Morel", "Luc Petit"), "Anne Morel, avec Luc Petit"),
    ("Per Marta Soler i Pau Vidal", ("Marta Soler", "Pau Vidal"), "Marta Soler i Pau Vidal"),
    ("Per Olsson", ("Per Olsson",), "Per Olsson"),  # a first name, not the Catalan label
    ("Per Anders Olsson", ("Per Anders Olsson",), "Per Anders Olsson"),  # a Swedish first name
    ("Per Olsson och Anna Berg", ("Per Olsson", "Anna Berg"), "Per Olsson och Anna Berg"),
    ("per Jordi Puigvert", ("Jordi Puigvert",), "Jordi Puigvert"),  # in lower case the label
    ("WRITER: Ann Lee and Bo Park", ("Ann Lee", "Bo Park"), "Ann Lee and Bo Park"),
    ("作者：王芳", ("王芳",), "王芳"),
    ("بيروت: سامي حداد", ("سامي حداد",), "سامي حداد"),  # the dateline before the name
    ("By Ann Lee , Bo Park", ("Ann Lee", "Bo Park"), "Ann Lee, Bo Park"),
])
def test_a_byline_loses_outlets_places_datelines_and_labels(text: str, names: tuple[str, ...], printed: str) -> None:
    assert (split_byline(text), printed_byline(text)) == (names, printed)


def test_the_sites_name_closing_the_names_unseparated_is_no_part_of_the_byline() -> None:
    result = read(f'<article><h1>Fees rise</h1><div class="author-byline">By <a href="/p/ann">Ann Lee</a> , '
                  f'<a href="/p/bo">Bo Park</a> <span class="source">Valley Ledger</span></div>{STORY}</article>',
                  head='<meta property="og:site_name" content="Valley Ledger">')
    assert (result.article.byline_printed, result.article.publication) == ("Ann Lee, Bo Park", "Valley Ledger")


@pytest.mark.parametrize("author", ['<div class="auteurs"><span class="auteur">Anne Morel</span> à Lyon</div>',
                                    '<div class="author">Anne Morel, Political Reporter</div>',
                                    '<div class="szerzo"><a href="/szerzo/anne-morel">Anne Morel</a></div>'])
def test_an_author_mark_in_another_language_or_with_a_role_after_the_name_is_the_byline(author: str) -> None:
    result = read(f"<article><h1>Fees rise</h1>{author}{STORY}</article>")
    assert result.article.byline == ("Anne Morel",)


@pytest.mark.parametrize("last, byline", [('<p style="text-align: right;"><strong>Minh Anh</strong></p>', ("Minh Anh",)),
                                          ("<p><strong>Related Coverage</strong></p>", ())])  # a subheading
def test_a_story_signed_by_its_right_aligned_last_paragraph_has_that_byline(last: str, byline: tuple[str, ...]) -> None:
    result = read(f"<article><h1>Fees rise</h1>{STORY}<p>The council meets again in June.</p>{last}</article>")
    assert result.article.byline == byline


def test_an_nitf_document_is_read_as_its_story() -> None:
    record = scrape(
        '<?xml version="1.0"?><nitf><head><title>Ferry strike</title><docdata>'
        '<doc.copyright holder="Valley Ledger"/></docdata><pubdata ex-ref="https://valleyledger.example/ferry"/></head>'
        "<body><body.head><hedline><hl1>Ferry crews walk out</hl1></hedline>"
        "<byline>Von <person>Lena Huber</person> und <person>Tom Berg</person></byline></body.head><body.content>"
        "<p>The crews met on Monday.</p><media media-type=\"image\">"
        '<media-reference mime-type="image/jpeg" source="https://img.valleyledger.example/ferry.jpg?w=1600" width="1600"/>'
        '<media-reference mime-type="image/jpeg" source="https://img.valleyledger.example/ferry.jpg?w=640" width="640"/>'
        "<media-caption>The ferry at the pier. Foto: Jo Lane/dpa</media-caption></media></body.content></body></nitf>")
    photo = record["photos"][0]
    assert (record["title"], record["byline"], record["publication"]) == (
        "Ferry crews walk out", "Lena Huber und Tom Berg", "Valley Ledger")
    assert (photo["url"], photo["caption"], photo["agency"], photo["also_seen_as"]) == (
        "https://img.valleyledger.example/ferry.jpg?w=1600", "The ferry at the pier.", "dpa",
        ["https://img.valleyledger.example/ferry.jpg?w=640"])


@pytest.mark.parametrize("content", [
    '<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>'
    "<p>The crews met on Monday.</p></body></html></inlineXML>",
    '<inlineXML contenttype="application/nitf+xml"><nitf><body><body.content><p>The crews met on Monday.</p>'
    "</body.content></body></nitf></inlineXML>"])
def test_a_newsml_g2_message_is_read_as_its_story_and_its_picture_items(content: str) -> None:
    picture = "https://img.valleyledger.example/ferry.jpg?w={}"
    record = scrape(
        '<?xml version="1.0"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
        '<newsItem><itemMeta><itemClass qcode="ninat:text"/><link rel="irel:canonicalUrl" '
        'href="https://valleyledger.example/ferry"/></itemMeta><rightsInfo><copyrightHolder><name>Valley Ledger</name>'
        "</copyrightHolder></rightsInfo><contentMeta><headline>Ferry crews walk out</headline><by>By Ann Lee and Bo Park"
        f"</by></contentMeta><contentSet>{content}</contentSet></newsItem>"
        '<newsItem><itemMeta><itemClass qcode="ninat:picture"/></itemMeta><contentMeta><description role="drol:caption">'
        "The ferry at the pier.</description><creditline>Jo Lane/AP</creditline></contentMeta><contentSet>"
        f'<remoteContent href="{picture.format(640)}" width="640" contenttype="image/jpeg"/>'
        f'<remoteContent href="{picture.format(1600)}" width="1600" contenttype="image/jpeg"/></contentSet></newsItem>'
        "</itemSet></newsMessage>")
    (photo,) = record["photos"]
    assert (record["url"], record["title"], record["bylines"], record["publication"]) == (
        "https://valleyledger.example/ferry", "Ferry crews walk out", ["Ann Lee", "Bo Park"], "Valley Ledger")
    assert (photo["url"], photo["also_seen_as"], photo["caption"], photo["agency"]) == (
        picture.format(1600), [picture.format(640)], "The ferry at the pier.", "AP")


def test_an_atom_entrys_image_enclosure_is_a_rendition_of_its_picture() -> None:
    small, large = (f"https://img.valleyledger.example/1.44!/image/ferry.jpg_gen/derivatives/landscape_{width}/ferry.jpg"
                    for width in (640, 1200))
    record = scrape(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Ferry crews walk out</title>'
        f'<link rel="alternate" href="https://valleyledger.example/ferry"/><link rel="enclosure" type="image/jpeg" '
        f'href="{large}"/><content type="html">&lt;figure&gt;&lt;img src="{small}"/&gt;&lt;figcaption&gt;The ferry at '
        "the pier. Photo: Jo Lane/PA&lt;/figcaption&gt;&lt;/figure&gt;</content></entry></feed>")
    (photo,) = record["photos"]
    assert (photo["url"], photo["also_seen_as"], photo["caption"]) == (large, [small], "The ferry at the pier.")


def test_jina_readers_numbered_alts_teaser_cards_and_uncredited_gallery_slides() -> None:
    base = "https://static.valleyledger.example/media/"
    record = scrape(
        f"Title: Ferry crews walk out - Valley Ledger\n\nMarkdown Content:\nFerry crews walk out\n====\n\n"
        f"WRITER: Ann Lee\n\n1 / 2\n\n![Image 1]({base}ferry-1.jpg)\n\nThe ferry at the pier. (Photo: Jo Lane)\n\n"
        f"2 / 2\n\n![Image 2]({base}map-2.jpg)\n\nA map of the ferry's route.\n\nThe crews met on Monday.\n\n"
        f"[![Image 3: Fares rise]({base}fares-300.jpg) Fares rise WRITER: Bo Park](https://valleyledger.example/fares)\n")
    assert record["byline"] == "Ann Lee"
    assert [(photo["url"], photo["caption"]) for photo in record["photos"]] == [
        (f"{base}ferry-1.jpg", "The ferry at the pier."), (f"{base}map-2.jpg", "A map of the ferry's route.")]


def test_a_teams_link_card_names_the_headline_and_a_chat_header_is_none() -> None:
    record = scrape(
        "[09:12] Lane, Jo\r\nCan you log this one? https://www.valleyledger.example/news/ferry-strike-123\r\n\r\n"
        "Ferry crews walk out on the lake - Valley Ledger\r\nwww.valleyledger.example\r\nCrews met on Monday.\r\n\r\n"
        "Byline: Ann Lee\r\n", url="https://www.valleyledger.example/news/ferry-strike-123")
    assert (record["title"], record["publication"], record["byline"]) == (
        "Ferry crews walk out on the lake", "Valley Ledger", "Ann Lee")


def test_a_mails_mime_headers_are_not_its_headline() -> None:
    record = scrape("From: Valley Ledger <news@valleyledger.example>\nMIME-Version: 1.0\n"
                     "Content-Type: text/plain; charset=ISO-8859-1\n\nFerry crews walk out on the lake\n\n"
                     "Per Marta Soler i Pau Vidal\n\nThe crews met on Monday morning in the hall by the pier.\n")
    assert (record["title"], record["bylines"]) == ("Ferry crews walk out on the lake", ["Marta Soler", "Pau Vidal"])


@pytest.mark.parametrize("title, headline, paper", [
    ("Brand i Malmö – tio evakuerade | Kvällsposten", "Brand i Malmö – tio evakuerade", "Kvällsposten"),
    ("Новий міст відкрили | Київська правда", "Новий міст відкрили", "Київська правда"),
])
def test_a_title_suffix_after_a_headline_with_a_dash_or_a_paper_in_lower_case(title: str, headline: str,
                                                                            paper: str) -> None:
    result = read(f"<article><h1>{headline}</h1>{STORY}</article>", head=f"<title>{title}</title>")
    assert (result.article.publication, result.article.publication_source) == (paper, "title suffix")


def test_a_footers_domain_yields_to_the_name_after_it() -> None:
    result = read(f"<article><h1>Fees rise</h1>{STORY}</article><footer><p>© 2024 valleyledger.example | All rights "
                  "reserved</p><p>Copyright: The Valley Ledger</p></footer>")
    assert result.article.publication == "The Valley Ledger"
    assert copyright_holder("© 2024 valleyledger.com | All rights reserved") == "valleyledger.com"


@pytest.mark.parametrize("source, publication", [("来源：南海日报", ("南海日报", "syndication")),
                                                ("来源：新华社", ("江北网", "og:site_name"))])  # a news agency: no paper
def test_a_portals_source_line_names_the_storys_paper(source: str, publication: tuple[str, str]) -> None:
    result = read(f'<div class="article"><h1>大桥贯通</h1><div class="info"><span class="source">{source}</span>'
                  f"</div>{STORY}</div>", head='<meta property="og:site_name" content="江北网">')
    assert (result.article.publication, result.article.publication_source) == publication


def test_a_cover_note_at_the_storys_end_captions_its_bare_lead_picture() -> None:
    result = read(f'<article><h1>Villamos</h1><div class="cover"><img src="{IMAGE}"></div>{STORY}'
                  "<p>(Borítókép: A villamos a hídon. Fotó: Kiss Anna / MTI)</p></article>")
    (photo,) = result.photos
    assert (photo.caption, photo.agency, photo.photographers) == ("A villamos a hídon.", "MTI", ("Kiss Anna",))


def test_a_picture_text_paragraph_captions_the_picture_above_and_a_qr_code_is_no_photo() -> None:
    result = read(f'<div class="article"><h1>大桥贯通</h1><p style="text-align:center"><img src="{IMAGE}"></p>'
                  '<p class="pictext">建设者在现场作业。（新华社记者 李明 摄）</p>'
                  f'{STORY}</div><div class="qrcode"><img src="https://img.example/static/weixin-qr.png"></div>')
    (photo,) = result.photos
    assert (photo.caption, photo.agency, photo.photographers) == ("建设者在现场作业。", "Xinhua", ("李明",))


def test_a_declared_width_beats_a_style_name_and_a_full_size_attribute_is_a_rendition() -> None:
    big, medium = (f"https://img.valleyledger.example/styles/{style}/public/ferry.jpg?itok=a" for style in ("big_202", "medium_201"))
    result = read(f'<article>{STORY}<figure><img src="{big}" srcset="{medium} 640w, {big} 1280w">'
                  "<figcaption>The ferry. Photo: Jo Lane</figcaption></figure></article>")
    assert (result.photos[0].image_url, result.photos[0].also_seen_as) == (big, (medium,))
    crop, full = "https://img.valleyledger.example/doc/a1b2_crop.jpg", "https://img.valleyledger.example/doc/a1b2.jpg"
    result = read(f'<article>{STORY}<figure><img src="{crop}" data-src-full="{full}">'
                  "<figcaption>The ferry. Photo: Jo Lane</figcaption></figure></article>")
    assert (result.photos[0].image_url, result.photos[0].also_seen_as) == (full, (crop,))


@pytest.mark.parametrize("site, credit, agency, photographers", [
    ("Le Valleyan", "LV/Jean Roux", "Le Valleyan", ("Jean Roux",)),  # the initials keep the paper's article
    ("The Valley Star", "Photo: Star", "The Valley Star", ()),  # the paper's last word alone is its staff credit
])
def test_a_papers_own_credit_by_its_initials_or_its_short_name(site: str, credit: str, agency: str,
                                                               photographers: tuple[str, ...]) -> None:
    result = read(f"<article><h1>Fees rise</h1>{STORY}<figure><img src=\"{IMAGE}\"><figcaption>The ferry at the pier. "
                  f"{credit}</figcaption></figure></article>", head=f'<meta property="og:site_name" content="{site}">')
    assert (result.photos[0].agency, result.photos[0].photographers) == (agency, photographers)


@pytest.mark.parametrize("caption, kept, credit", [
    ("The bank's tower in Frankfurt © Jo Lane/Bloomberg", "The bank's tower in Frankfurt", "Jo Lane/Bloomberg"),
    ("The reading room in 1962. Millbrook Historical Society", "The reading room in 1962.", "Millbrook Historical Society"),
])
def test_a_copyright_sign_and_an_organisation_after_the_last_sentence_leave_the_caption(caption: str, kept: str,
                                                                                      credit: str) -> None:
    result = read(f'<article>{STORY}<figure><img src="{IMAGE}"><figcaption><p>{caption}</p></figcaption></figure></article>')
    assert (result.photos[0].caption, result.photos[0].credit_line) == (kept, credit)


def test_a_labelled_name_in_a_script_without_letter_case_is_a_person() -> None:
    result = read(f'<article>{STORY}<figure><img src="{IMAGE}"><figcaption><span class="caption">הכביש החדש</span>'
                  '<span class="credit">צילום: נועה כהן</span></figcaption></figure></article>')
    assert (result.photos[0].agency, result.photos[0].photographers) == (None, ("נועה כהן",))


@pytest.mark.parametrize("address", ["https://valleyledger.example/news/ferry.php?amp=1",
                                     "https://valleyledger.example/news/ferry.php?amp",
                                     "https://valleyledger.example/news/ferry.php?outputType=amp",
                                     "https://valleyledger-example.cdn.ampproject.org/c/s/valleyledger.example/news/ferry.php",
                                     "https://www.google.com/amp/s/valleyledger.example/news/ferry.php?amp=1"])
def test_the_amp_renderings_address_is_the_articles(address: str) -> None:
    assert canonicalize_url(address) == "https://valleyledger.example/news/ferry.php"


@pytest.mark.parametrize("header", ["[03/06/2024, 10:42:13] Jo Lane: have a look", "03/06/2024, 10:42 - Jo Lane: look"])
def test_a_whatsapp_messages_header_is_no_headline(header: str) -> None:
    record = scrape(f"{header}\nFerry crews walk out on the lake\n\nBy Ann Lee\n\nThe crews met on Monday.\n")
    assert record["title"] == "Ferry crews walk out on the lake"


@pytest.mark.parametrize("source", ["Джерело: Київська правда", "Źródło: Gazeta Lubelska"])
def test_a_source_line_in_other_languages_names_the_storys_paper(source: str) -> None:
    result = read(f'<article><h1>Fees rise</h1><span class="article-source">{source}</span>{STORY}</article>',
                  head='<meta property="og:site_name" content="Portal">')
    assert result.article.publication == source.split(": ")[1]


@pytest.mark.parametrize("note", ["(Top image: The tram on the bridge. Photo: Jo Lane/AP)",
                                  "Titelbild: The tram on the bridge. Foto: Jo Lane/AP"])
def test_cover_notes_in_other_wordings(note: str) -> None:
    result = read(f'<article><h1>Tram</h1><div class="cover"><img src="{IMAGE}"></div>{STORY}<p>{note}</p></article>')
    assert (result.photos[0].caption, result.photos[0].agency) == ("The tram on the bridge.", "AP")
