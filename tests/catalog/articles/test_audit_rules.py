"""Rules found auditing the reader on real saved news pages (issue 15, scripts/dev/article_audit.py).

The pages themselves stay outside the repository (other projects' test fixtures); each rule here is
held by small pages of our own in the structure the real ones showed.
"""

from __future__ import annotations

import json

import pytest

from catalog.articles.pages import parse_article
from catalog.articles.publication import without_section, without_site_tail

URL = "https://www.valleyledger.example/news/2024/05/03/harbour-closed/"


def _head_only(*tags: str, body: str = "") -> bytes:
    """A page whose story is drawn by script: its settings in the head, nothing of the story in the body."""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>" + "".join(tags)
            + f"</head><body>{body}</body></html>").encode()


def _meta(prop: str, content: str) -> str:
    return f'<meta property="{prop}" content="{content}">'


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# --- og:title and the JSON-LD headline carry the site's name after a separator ---

@pytest.mark.parametrize("og_title, site_tags", [
    ("Harbour closed as storm sweeps the coast - BBC News", [_meta("og:site_name", "BBC News")]),
    ("Harbour closed as storm sweeps the coast | Valley Ledger", [_meta("og:site_name", "The Valley Ledger")]),
    ("Harbour closed as storm sweeps the coast – Breitbart", ['<meta name="application-name" content="Breitbart">']),
    ("Harbour closed as storm sweeps the coast | Aktuálně.cz",
     [_ld({"@context": "https://schema.org", "@type": "NewsArticle", "publisher": {"@type": "Organization",
                                                                                  "name": "Aktuálně.cz"}})]),
    # the site's settings print the name with its slogan: the name counts
    ("Harbour closed as storm sweeps the coast | Aktuálně.cz", [_meta("og:site_name", "Aktuálně.cz - Víte, co se právě děje")]),
])
def test_og_title_loses_the_sites_name_printed_after_the_headline(og_title: str, site_tags: list[str]) -> None:
    page = _head_only(_meta("og:title", og_title), *site_tags)
    assert parse_article(page, url=URL).to_record()["title"] == "Harbour closed as storm sweeps the coast"


def test_the_json_ld_headline_loses_the_publishers_name_after_it() -> None:
    page = _head_only(_ld({"@context": "https://schema.org", "@type": "NewsArticle",
                           "headline": "Harbour closed as storm sweeps the coast · El Diario del Puerto",
                           "publisher": {"@type": "Organization", "name": "El Diario del Puerto"}}))
    assert parse_article(page, url=URL).to_record()["title"] == "Harbour closed as storm sweeps the coast"


@pytest.mark.parametrize("title", [
    "Ukraine war: Kyiv - live",  # the tail is part of the headline, no site's name
    "Storm diary - Part 2",
    "BBC News",  # the title is the name alone: nothing before it to keep
])
def test_a_title_whose_tail_names_no_site_is_kept_whole(title: str) -> None:
    assert without_site_tail(title, ["BBC News", None]) == title


# --- og:site_name prints the site's slogan beside its name ---

@pytest.mark.parametrize("site_name, name", [
    ("Aktuálně.cz - Víte, co se právě děje", "Aktuálně.cz"),
    ("Valley Ledger | Breaking news you can trust", "Valley Ledger"),
    ("Noticias de hoy, al minuto | El Diario del Puerto", "El Diario del Puerto"),
    ("Kieler Bote – Nachrichten aus der Region, jeden Tag", "Kieler Bote"),
])
def test_a_site_name_printed_with_its_slogan_is_the_name(site_name: str, name: str) -> None:
    assert without_section(site_name) == name
    page = _head_only(_meta("og:title", "Harbour closed"), _meta("og:site_name", site_name))
    record = parse_article(page, url=URL).to_record()
    assert (record["publication"], record["publication_source"]) == (name, "og:site_name")


@pytest.mark.parametrize("site_name", [
    "The Valley Ledger",
    "Stadt und Land | Kieler Bote",  # two names: nothing says which is a slogan
    "Ouest-France",
])
def test_a_site_name_without_a_slogan_is_kept(site_name: str) -> None:
    assert without_section(site_name) == site_name


# --- the site's banner heads the page, not the story ---

@pytest.mark.parametrize("banner", [
    '<header id="header" itemscope itemtype="http://schema.org/WPHeader">',
    '<header role="banner">',
    '<header class="site-header">',
])
def test_the_site_banners_h2_is_no_headline(banner: str) -> None:
    body = (f'{banner}<a class="logo" href="/">Valley Ledger</a><h2><a href="/topics/storms">Storm season</a></h2>'
            '</header><div class="story"><p>The harbour closed at dawn as the storm came in.</p></div>')
    page = _head_only(_meta("og:title", "Harbour closed as storm sweeps the coast"), body=body)
    assert parse_article(page, url=URL).to_record()["title"] == "Harbour closed as storm sweeps the coast"


def test_a_storys_own_header_h2_is_still_its_headline() -> None:
    body = ('<header role="banner"><a href="/">Valley Ledger</a></header><article><header class="header">'
            '<h2>Harbour closed as storm sweeps the coast</h2></header><p>The harbour closed at dawn.</p></article>')
    page = _head_only(_meta("og:title", "Harbour closed"), body=body)
    assert parse_article(page, url=URL).to_record()["title"] == "Harbour closed as storm sweeps the coast"


# --- the author in the page's settings, by the names publishing tools give it ---

@pytest.mark.parametrize("tag, names", [
    ('<meta name="byl" content="By Corey Kilgannon">', ["Corey Kilgannon"]),  # the New York Times' own
    ('<meta name="byl" content="By ANN LEE and BO PARK">', ["ANN LEE", "BO PARK"]),
    ('<meta name="parsely-author" content="Ann Lee">', ["Ann Lee"]),
    ('<meta name="sailthru.author" content="Ann Lee">', ["Ann Lee"]),
    ('<meta name="DC.creator" content="Ann Lee">', ["Ann Lee"]),
    ('<meta name="citation_author" content="Ann Lee">', ["Ann Lee"]),
    # an author page's address where the plain field stands: the tool's own field names the person
    ('<meta name="author" content="https://www.valleyledger.example/by/ann-lee"><meta name="byl" content="By Ann Lee">',
     ["Ann Lee"]),
])
def test_the_author_is_read_from_the_fields_publishing_tools_name_it(tag: str, names: list[str]) -> None:
    page = _head_only(_meta("og:title", "Harbour closed as storm sweeps the coast"), tag)
    assert parse_article(page, url=URL).to_record()["bylines"] == names


def test_the_plain_author_field_wins_over_the_tools_fields() -> None:
    page = _head_only('<meta name="author" content="Ann Lee">', '<meta name="byl" content="By ANN LEE">')
    assert parse_article(page, url=URL).to_record()["bylines"] == ["Ann Lee"]


# --- a site field the CMS fills with the page's title names no publication ---

@pytest.mark.parametrize("tag", [
    '<meta name="application-name" content="Harbour closed as storm sweeps the coast">',
    '<meta property="og:site_name" content="Harbour closed as storm sweeps the coast">',
])
def test_a_site_field_holding_the_headline_names_no_publication(tag: str) -> None:
    page = _head_only("<title>Harbour closed as storm sweeps the coast</title>", tag)
    record = parse_article(page, url=URL).to_record()
    assert (record["title"], record["publication"]) == ("Harbour closed as storm sweeps the coast", None)


def test_a_site_field_naming_the_site_beside_the_headline_is_kept() -> None:
    page = _head_only("<title>Harbour closed as storm sweeps the coast</title>",
                      '<meta name="application-name" content="Valley Ledger">')
    assert parse_article(page, url=URL).to_record()["publication"] == "Valley Ledger"


# --- settings written in a value attribute, and a menu's h1 ---

def test_meta_tags_written_with_value_instead_of_content_are_read() -> None:
    page = _head_only('<meta value="Valley Ledger" name="og:site_name">',
                      '<meta value="Harbour closed as storm sweeps the coast" name="og:title">',
                      '<meta value="https://img.valleyledger.example/2024/05/harbour-1200.jpg" name="og:image">')
    record = parse_article(page, url=URL).to_record()
    assert (record["title"], record["publication"]) == ("Harbour closed as storm sweeps the coast", "Valley Ledger")
    assert [photo["url"] for photo in record["photos"]] == ["https://img.valleyledger.example/2024/05/harbour-1200.jpg"]


def test_content_wins_over_value_on_one_tag() -> None:
    page = _head_only('<meta property="og:title" content="Harbour closed as storm sweeps the coast" value="Home">')
    assert parse_article(page, url=URL).to_record()["title"] == "Harbour closed as storm sweeps the coast"


@pytest.mark.parametrize("menu", [
    '<nav><ul><li><h1 class="label">Sections</h1></li><li><a href="/us">U.S.</a></li></ul></nav>',
    '<div role="navigation"><h1>Menu</h1><a href="/us">U.S.</a></div>',
])
def test_a_menus_h1_is_no_headline(menu: str) -> None:
    page = _head_only(_meta("og:title", "Harbour closed as storm sweeps the coast"),
                      body=f'{menu}<div class="story"><p>The harbour closed at dawn.</p></div>')
    assert parse_article(page, url=URL).to_record()["title"] == "Harbour closed as storm sweeps the coast"


def test_the_storys_h1_after_a_menus_h1_is_the_headline() -> None:
    page = _head_only(_meta("og:title", "Harbour closed"),
                      body='<nav><h1>Sections</h1></nav><article><h1>Harbour closed as storm sweeps the coast</h1>'
                           '<p>The harbour closed at dawn.</p></article>')
    assert parse_article(page, url=URL).to_record()["title"] == "Harbour closed as storm sweeps the coast"


# --- a byline's "in <section>" and the italic line under a picture ---

@pytest.mark.parametrize("line", ["by Ann Lee in News", "by Ann Lee in World News", "by Ann Lee in Business News"])
def test_the_section_a_byline_files_the_story_in_is_no_publication(line: str) -> None:
    page = _head_only(_meta("og:site_name", "Valley Ledger"),
                      body=f'<article><h1>Harbour closed</h1><span class="byline">{line}</span>'
                           '<p>The harbour closed at dawn as the storm came in over the wall.</p></article>')
    record = parse_article(page, url=URL).to_record()
    assert (record["publication"], record["publication_source"]) == ("Valley Ledger", "og:site_name")


@pytest.mark.parametrize("line_tag", ["i", "em", "small"])
def test_the_italic_line_under_a_picture_in_its_wrapper_is_its_caption(line_tag: str) -> None:
    body = ('<article><h1>Harbour closed</h1><p>The harbour closed at dawn as the storm came in over the wall.</p>'
            '<p><span class="mt-enclosure"><div class="image-none"> <img src="https://img.valleyledger.example/wall.jpg"'
            f' width="640" height="427"> <br> <{line_tag}> Waves over the harbour wall at dawn. (Ann Lee/Valley Ledger)'
            f'</{line_tag}></div></span></p><p>The harbour stays closed until the storm has passed.</p></article>')
    (photo,) = parse_article(_head_only(body=body), url=URL).to_record()["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("Waves over the harbour wall at dawn.", "Ann Lee/Valley Ledger")


def test_a_line_under_a_picture_that_is_a_related_link_is_no_caption() -> None:
    body = ('<article><h1>Harbour closed</h1><p>The harbour closed at dawn as the storm came in over the wall.</p>'
            '<div class="image-none"><img src="https://img.valleyledger.example/wall.jpg"> <br> '
            '<i><a href="/2024/05/01/storm-warning/">Storm warning issued</a></i></div></article>')
    (photo,) = parse_article(_head_only(body=body), url=URL).to_record()["photos"]
    assert photo["caption"] is None


@pytest.mark.parametrize("tag", [
    '<meta name="dc.creator" value="Zone Justice et faits divers - ICI.Radio-Canada.ca">',  # a desk of the site
    '<meta name="parsely-author" content="Valley Ledger Staff">',
    '<meta name="sailthru.author" content="valleyledger.example">',
])
def test_a_tools_author_field_naming_the_site_is_no_byline(tag: str) -> None:
    page = _head_only(_meta("og:site_name", "Valley Ledger"), _meta("og:title", "Harbour closed"), tag)
    assert parse_article(page, url=URL).to_record()["bylines"] == []


# --- a middle initial, and the blog's own title ---

@pytest.mark.parametrize("name", ["Laura E. Adkins", "Ana Y. Ruiz", "Jan I. Nowak", "Marco E. Rossi"])
def test_a_middle_initial_that_spells_a_languages_and_is_no_separator(name: str) -> None:
    page = _head_only(_meta("og:title", "Harbour closed"), f'<meta name="sailthru.author" value="{name}">')
    assert parse_article(page, url=URL).to_record()["bylines"] == [name]


def test_names_joined_by_a_one_letter_and_are_still_two() -> None:
    page = _head_only(_meta("og:title", "Harbour closed"), '<meta name="author" content="Giovanna Esposito e Marco Rossi">')
    assert parse_article(page, url=URL).to_record()["bylines"] == ["Giovanna Esposito", "Marco Rossi"]


@pytest.mark.parametrize("masthead", [
    '<a href="/news/"><h1 class="blog-banner-title"><span>Harbour Watch:</span><br> Your Coast Every Day</h1></a>',
    '<h1 class="site-title"><a href="https://www.valleyledger.example/">Valley Ledger</a></h1>',
])
def test_the_sites_or_blogs_title_linking_above_the_story_is_no_headline(masthead: str) -> None:
    page = _head_only(_meta("og:title", "Harbour closed as storm sweeps the coast"),
                      body=f'{masthead}<div class="story"><p>The harbour closed at dawn.</p></div>')
    assert parse_article(page, url=URL).to_record()["title"] == "Harbour closed as storm sweeps the coast"


def test_a_headline_linking_to_the_story_itself_is_the_headline() -> None:
    page = _head_only(_meta("og:title", "Harbour closed"),
                      body=f'<article><h1 class="entry-title"><a href="{URL}">Harbour closed as storm sweeps the coast'
                           '</a></h1><p>The harbour closed at dawn.</p></article>')
    assert parse_article(page, url=URL).to_record()["title"] == "Harbour closed as storm sweeps the coast"


# --- the story's own image in an aside, and a caption printed twice ---

def _tribune_lead(image_attributes: str, related: str) -> bytes:
    return _head_only(body=(
        '<article itemscope itemtype="http://schema.org/NewsArticle"><header><h1 itemprop="headline">Harbour closed</h1>'
        '</header><aside class="embed" data-content-size="leadart" data-content-type="image"><figure>'
        f'<img {image_attributes} src="https://img.valleyledger.example/2024/05/harbour/1200x675"></figure>'
        f'<div class="embed_related">{related}</div></aside>'
        '<div itemprop="articleBody"><p>The harbour closed at dawn as the storm came in over the wall.</p></div>'
        '</article>'))


def test_the_storys_itemprop_image_in_an_aside_is_its_picture() -> None:
    related = ('<div class="embed_related_credit">Ann Lee / Valley Ledger</div><div class="embed_related_caption">'
               'Waves over the harbour wall at dawn.</div>')
    (photo,) = parse_article(_tribune_lead('itemprop="image"', related), url=URL).to_record()["photos"]
    assert (photo["url"], photo["caption"], photo["credit_line"]) == (
        "https://img.valleyledger.example/2024/05/harbour/1200x675", "Waves over the harbour wall at dawn.",
        "Ann Lee / Valley Ledger")


def test_a_picture_in_an_aside_not_marked_as_the_storys_image_is_a_sidebars() -> None:
    assert parse_article(_tribune_lead('alt=""', ""), url=URL).to_record()["photos"] == []


def test_a_caption_printed_again_with_its_credit_is_read_once() -> None:
    related = ('<div class="embed_related_credit">Ann Lee / Valley Ledger</div><div class="embed_related_caption">'
               'Waves over the harbour wall at dawn.</div><div class="embed_related_credit_and_caption">Waves over the '
               'harbour wall at dawn. (Ann Lee / Valley Ledger)</div>')
    (photo,) = parse_article(_tribune_lead('itemprop="image"', related), url=URL).to_record()["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("Waves over the harbour wall at dawn.", "Ann Lee / Valley Ledger")


def test_a_teaser_article_in_the_sites_menu_is_not_the_story() -> None:
    menu = ('<header class="main-banner"><nav class="main-nav" role="navigation"><ul><li><a href="/news/">Business</a>'
            '<div class="flyout-nav"><article class="summary hero"><a href="/2024/05/02/other-story/"><figure>'
            '<img src="https://img.valleyledger.example/teaser-336x188.jpg" width="298" height="168"></figure>'
            '<figcaption>Another story entirely</figcaption></a></article></div></li></ul></nav></header>')
    page = _head_only(_meta("og:title", "Harbour closed"), _meta("og:image", "https://img.valleyledger.example/lead.jpg"),
                      body=menu)
    record = parse_article(page, url=URL).to_record()
    assert [photo["url"] for photo in record["photos"]] == ["https://img.valleyledger.example/lead.jpg"]


@pytest.mark.parametrize("notice", [
    "By continuing to use this site, you are agreeing to the new Privacy Policy and Terms of Service.",
    "By clicking Sign Up, you agree to our Terms of Use.",
])
def test_a_consent_notice_opening_with_by_is_no_byline(notice: str) -> None:
    page = _head_only(_meta("og:title", "Harbour closed"), '<meta name="author" content="Ann Lee">',
                      body=f'<div class="alert"><p class="tos-copy">{notice}</p></div>')
    assert parse_article(page, url=URL).to_record()["bylines"] == ["Ann Lee"]


@pytest.mark.parametrize("name", ["Ming Li", "Sterling Brown"])
def test_a_name_ending_in_ing_after_by_is_a_byline(name: str) -> None:
    page = _head_only(_meta("og:title", "Harbour closed"),
                      body=f'<article><h1>Harbour closed</h1><p>By {name}</p><p>The harbour closed at dawn as the storm '
                           'came in over the wall, and the ferries stayed in port all day.</p></article>')
    assert parse_article(page, url=URL).to_record()["bylines"] == [name]


# --- a Chinese portal's title joins the section and the site with an underscore ---

@pytest.mark.parametrize("title, site", [
    ("长江大桥今晨正式通车 _本地新闻 _江城日报网", "江城日报网"),
    ("长江大桥今晨正式通车_江城新闻网", "江城新闻网"),
])
def test_a_portal_title_loses_the_section_and_site_after_its_underscore(title: str, site: str) -> None:
    record = parse_article(_head_only(f"<title>{title}</title>"), url=URL).to_record()
    assert (record["title"], record["publication"]) == ("长江大桥今晨正式通车", site)


def test_an_underscore_inside_latin_words_is_no_separator() -> None:
    page = _head_only("<title>Why snake_case won the style war</title>")
    assert parse_article(page, url=URL).to_record()["title"] == "Why snake_case won the style war"


@pytest.mark.parametrize("header", [
    '<header id="globalheader" class="globalheader"><a href="https://www.valleyledger.example/"><img src="/logo.png" '
    'alt="Valley Ledger logo"><h2 class="ecosystem-name">Valley Ledger</h2></a></header>',
    '<header class="top"><a href="/"><h2>Valley Ledger</h2></a></header>',
])
def test_a_header_h2_that_is_the_logos_link_home_is_no_headline(header: str) -> None:
    page = _head_only(_meta("og:title", "Harbour closed as storm sweeps the coast"),
                      body=f'{header}<div class="story"><p>The harbour closed at dawn.</p></div>')
    assert parse_article(page, url=URL).to_record()["title"] == "Harbour closed as storm sweeps the coast"


def test_a_related_cards_own_article_image_in_an_aside_is_no_photo_of_the_story() -> None:
    page = _head_only(body=(
        '<article itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Harbour closed</h1>'
        '<div itemprop="articleBody"><p>The harbour closed at dawn as the storm came in over the wall.</p></div>'
        '<aside class="related"><div itemscope itemtype="http://schema.org/NewsArticle">'
        '<img itemprop="image" src="https://img.valleyledger.example/other-story.jpg"><a href="/other/">'
        '<span itemprop="headline">Another story</span></a></div></aside></article>'))
    assert parse_article(page, url=URL).to_record()["photos"] == []
