"""Article pages in the shapes newsrooms publish, and text scrapes: exact fields and photos."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalog.articles.html_photos import parse_srcset
from catalog.articles.pages import (
    ParsedArticle,
    PublishedPhoto,
    decode_page,
    is_html,
    parse_article,
)
from catalog.articles.urls import article_id
from catalog.errors import InvalidUrlError

ARTICLES = Path(__file__).parent / "data" / "articles"
MOSUL_IMAGE = (
    "https://www.timesleader.com/wp-content/uploads/2017/03/"
    "web1_115722618-befd0972b7a8415e9f5e2248a085d5a1.jpg.optimal.jpg"
)
MOSUL_CAPTION = (
    "Relatives and friends bury the body of Khadeer Hassan, who was killed during fighting between "
    "Iraqi security forces and Islamic State militants on the western side of Mosul, Iraq, on Saturday."
)
ARC = "https://www.lakesideherald.example/resizer/{}/cloudfront-us-east-1.images.arcpublishing.com/lakeside/{}.jpg"


def parsed(name: str, url: str, content_type: str | None = None) -> ParsedArticle:
    """A fixture page parsed from its bytes, as a fetch would hand it over."""
    return parse_article((ARTICLES / name).read_bytes(), url=url, content_type=content_type)


def summary(photo: PublishedPhoto) -> tuple:
    """What the story prints about a photo: URL, caption, credit line, agency, photographers."""
    return (photo.image_url, photo.caption, photo.credit_line, photo.agency, photo.photographers)


def article_fields(result: ParsedArticle) -> tuple:
    article = result.article
    return (article.url, article.title, article.byline, article.publication, article.published)


# --- the real scrape ---------------------------------------------------------------------------


def test_mosul_scrape_gives_one_photo_with_its_credit_byline_and_publication(corpus_dir: Path) -> None:
    content = (corpus_dir / "articles" / "mosul-airstrike-scrape.txt").read_bytes()
    result = parse_article(content, url="https://www.timesleader.com/news/mosul-airstrike")
    assert len(result.photos) == 1
    photo = result.photos[0]
    assert photo.image_url == MOSUL_IMAGE
    assert photo.caption == MOSUL_CAPTION
    assert photo.credit_line == "AP Photo/Felipe Dana"
    assert photo.agency == "AP"
    assert photo.photographers == ("Felipe Dana",)
    assert photo.file_name == "web1_115722618-befd0972b7a8415e9f5e2248a085d5a1.jpg"
    assert photo.identifiers == ("115722618", "befd0972b7a8415e9f5e2248a085d5a1")
    assert result.article.byline == ("Missy Ryan",)
    assert result.article.publication == "The Washington Post"
    assert result.article.title is None  # the scrape starts with a paywall notice, not a headline
    assert result.article.published is None
    assert result.article.url == "https://www.timesleader.com/news/mosul-airstrike"
    assert result.article.id == article_id("https://www.timesleader.com/news/mosul-airstrike")


def test_mosul_scrape_record_has_the_article_add_json_keys(corpus_dir: Path) -> None:
    content = (corpus_dir / "articles" / "mosul-airstrike-scrape.txt").read_text(encoding="utf-8")
    record = parse_article(content, url="https://www.timesleader.com/news/mosul-airstrike").to_record()
    assert list(record) == ["url", "title", "byline", "bylines", "publication", "published", "claimed_url",
                            "publication_source", "photos"]
    assert (record["byline"], record["bylines"]) == ("Missy Ryan", ["Missy Ryan"])
    assert {"url", "caption", "credit_line", "agency", "photographers"} <= set(record["photos"][0])
    assert json.loads(json.dumps(record)) == record  # plain JSON values only
    assert record["photos"][0]["url"] == MOSUL_IMAGE


# --- HTML pages --------------------------------------------------------------------------------


def test_a_wordpress_block_theme_story_gives_its_fields_and_photos() -> None:
    result = parsed(
        "wordpress-block.html", "https://valleyledger.example/2023/05/12/flood-waters-recede/?utm_source=twitter"
    )
    uploads = "https://valleyledger.example/wp-content/uploads/2023/05/"
    assert article_fields(result) == (
        "https://valleyledger.example/2023/05/12/flood-waters-recede/",
        "Flood waters recede in river town",
        ("Dana Whitfield",),
        "The Valley Ledger",
        "2023-05-12T14:32:07+00:00",
    )
    assert [summary(photo) for photo in result.photos] == [
        # featured image: largest srcset candidate; caption and credit from its JSON-LD ImageObject
        (
            uploads + "AP23131612345678.jpg",
            "Residents wade through a flooded street in Millbrook, Ohio, on Thursday, May 11, 2023.",
            "AP Photo/Carolyn Kaster",
            "AP",
            ("Carolyn Kaster",),
        ),
        # "(center)" stays in the caption; the credit is the bracket at the end
        (
            uploads + "sandbags.jpg",
            "Volunteers fill sandbags outside the fire station (center) on Wednesday.",
            "Marcus Lee/For The Valley Ledger",
            "The Valley Ledger",
            ("Marcus Lee",),
        ),
        # gallery block: each image its own caption, the gallery caption belongs to none
        (
            uploads + "boat-rescue-1024x683.jpg",
            "A boat carries a family to dry ground.",
            "AP Photo/Carolyn Kaster",
            "AP",
            ("Carolyn Kaster",),
        ),
        (uploads + "church-flooded-1024x768.jpg", None, None, None, ()),
    ]
    featured = result.photos[0]
    assert featured.alt_text == "Residents wade through a flooded street"
    assert (featured.file_name, featured.identifiers) == ("AP23131612345678.jpg", ("AP23131612345678",))
    assert result.photos[3].file_name == "church-flooded.jpg"
    assert featured.rendition_key == "ap23131612345678"  # also the key of its -1024x683 rendition
    assert result.source_url == "https://valleyledger.example/2023/05/12/flood-waters-recede/"


def test_wordpress_classic_theme_with_base_href_shortcode_and_gallery() -> None:
    result = parsed("wordpress-classic.html", "https://harbordaily.example/?p=88")
    uploads = "https://harbordaily.example/wp-content/uploads/2017/03/"
    assert article_fields(result) == (
        "https://harbordaily.example/2017/03/25/ferry-returns/",  # relative canonical, via <base>
        "Harbor ferry returns after winter repairs",
        ("Jordan Roe", "Priya Natarajan"),
        "Harbor Daily News",  # JSON-LD publisher: no og:site_name
        "2017-03-25T09:15:00-04:00",
    )
    assert [summary(photo) for photo in result.photos] == [
        (
            uploads + "ferry_DSC_4411.jpg",  # the full-size upload the picture links to: its largest rendition
            "The MV Islander leaves the terminal on Friday, its first trip since December.",
            "Jordan Roe/Harbor Daily News",
            "Harbor Daily News",
            ("Jordan Roe",),
        ),
        # an unrendered [caption] shortcode
        (
            uploads + "captain-ellis-300x200.jpg",
            "Captain Ruth Ellis (right) checks the manifest with deckhand Tom Alvarez.",
            "Courtesy of the Ellis family",
            "the Ellis family",
            (),
        ),
        (
            uploads + "ferry-deck-150x150.jpg",
            "Passengers on the upper deck.",
            "Staff photo by Jordan Roe",
            None,
            ("Jordan Roe",),
        ),
        # linked to its attachment page, uncaptioned: still the story's photo, not a teaser
        (uploads + "ferry-engine-150x150.jpg", None, None, None, ()),
    ]
    assert result.photos[0].identifiers == ("DSC_4411",)
    assert result.photos[1].credit_qualifiers == ("courtesy",)
    assert result.photos[2].credit_qualifiers == ("staff",)


def test_an_arc_style_story_gives_its_fields_and_photos() -> None:
    result = parsed("arc-story.html", "https://www.lakesideherald.example/world/2017/03/25/mosul-airstrike/")
    assert article_fields(result) == (
        "https://www.lakesideherald.example/world/2017/03/25/mosul-airstrike/",
        "U.S. military acknowledges strike in Mosul where civilians died",
        ("Missy Ryan", "Loveday Morris"),
        "The Lakeside Herald",
        "2017-03-25T21:04:00+00:00",
    )
    assert [summary(photo) for photo in result.photos] == [
        # <picture>: the largest rendition of all its sources and the JSON-LD's ImageObject (1484 px wide)
        (
            ARC.format("a1=/1484x0/filters:format(jpg):quality(70)", "5BQKX2ZJ7RHVNMAOG3W4Y6PTLE"),
            "Relatives and friends bury the body of Khadeer Hassan, who was killed during fighting in Mosul, "
            "Iraq, on Saturday.",
            "Felipe Dana/AP",
            "AP",
            ("Felipe Dana",),
        ),
        (
            ARC.format("h8=/1440x0/filters:format(jpg):quality(70)", "HQ3ZRTY5VNE4LMDCXWKJSB2OAU"),
            "An Iraqi soldier walks through the rubble in Mosul al-Jadida on Friday.",
            "Ahmad Al-Rubaye/AFP via Getty Images",
            "AFP",
            ("Ahmad Al-Rubaye",),
        ),
    ]
    # the resizer URL wraps the uploaded file: its name is the Arc photo id
    assert result.photos[0].file_name == "5BQKX2ZJ7RHVNMAOG3W4Y6PTLE.jpg"
    assert result.photos[0].identifiers == ("5BQKX2ZJ7RHVNMAOG3W4Y6PTLE",)
    assert (result.photos[1].distributor, result.photos[1].credit_qualifiers) == ("Getty Images", ("via",))


def test_json_ld_graph_with_references_stands_in_for_a_script_rendered_body() -> None:
    result = parsed(
        "jsonld-graph.html", "https://www.nordnytt.example/nyheter/i/Lr9XkP/snoekaos-paa-e6?fbclid=IwAR3x"
    )
    assert article_fields(result) == (
        "https://www.nordnytt.example/nyheter/i/Lr9XkP/snoekaos-paa-e6",
        "Snøkaos på E6: Brøytebilene jobber gjennom natten",
        ("Ingrid Haugen", "Ola Berg"),
        "Nordnytt",
        "2024-02-03T08:00:00+01:00",
    )
    # the third image is a crop of the first (same file); og:image is not used
    assert [summary(photo) for photo in result.photos] == [
        (
            "https://cdn.nordnytt.example/images/2024/02/03/NTB_8x2kQ9dPz1Ws.jpg",
            "Brøytebiler rydder E6 ved Trondheim lørdag morgen.",
            "Ole Martin Wold / NTB",  # "Foto:" is a label, not part of the credit
            "NTB",
            ("Ole Martin Wold",),
        ),
        (
            "https://cdn.nordnytt.example/images/2024/02/03/koe-ved-stjoerdal_Q7bT2.jpg",
            "Lange køer ved Stjørdal.",
            "Kari Nordmann/Nordnytt",  # ImageObject author / copyrightHolder
            "Nordnytt",
            ("Kari Nordmann",),
        ),
    ]


def test_og_image_counts_only_when_the_body_has_no_photo() -> None:
    result = parsed("og-image-only.html", "https://metrowire.example/local/council-bike-lanes-4821#comments")
    assert article_fields(result) == (
        "https://metrowire.example/local/council-bike-lanes-4821",
        "City council approves bike lanes on Main Street",  # the page's h1, not the og:title
        ("Chris Park",),
        "Metro Wire",
        "2022-10-04T19:45:00+00:00",
    )
    assert [summary(photo) for photo in result.photos] == [
        (
            "https://img.metrowire.example/2022/10/04/council-vote_IMG_2231.jpg"
            "?auto=webp&width=1200&height=630&fit=crop",
            None,
            None,
            None,
            (),
        )
    ]
    assert result.photos[0].alt_text == "Council members raise their hands during the vote"
    assert result.photos[0].identifiers == ("IMG_2231",)
    # a body photo wins over og:image
    with_body_photos = parsed("lazy-images.html", "https://riversidepost.example/a").photos
    assert all("parade-og.jpg" not in photo.image_url for photo in with_body_photos)


def test_lazy_loaded_images_are_read_from_their_data_attributes() -> None:
    result = parsed("lazy-images.html", "https://riversidepost.example/news/festival-opens")
    assert article_fields(result) == (
        "https://riversidepost.example/news/festival-opens",
        "Summer festival season opens downtown",
        ("Lena Okafor", "Marco Bianchi"),
        "Riverside Post",
        "2022-06-18T07:00:00-05:00",
    )
    assert [summary(photo) for photo in result.photos] == [
        # data-src behind a data: URI placeholder
        (
            "https://riversidepost.example/photos/2022/06/DSC_0457.jpg",
            "Dancers from the Ballet Folklórico perform on Front Street on Saturday.",
            "Lena Okafor",
            None,
            ("Lena Okafor",),
        ),
        # data-lazy-srcset's largest candidate; the <noscript> copy is the same photo
        (
            "https://riversidepost.example/uploads/2022/06/food-trucks-1600x1066.jpg",
            "Food trucks line Second Avenue.",
            "REUTERS/Ann Example",
            "Reuters",
            ("Ann Example",),
        ),
        # data-original, relative, with the credit in its own element
        (
            "https://riversidepost.example/media/2022/06/market_IMG_2231.jpeg",
            "The farmers market opened an hour early.",
            "Marco Bianchi / Riverside Post",
            "Riverside Post",
            ("Marco Bianchi",),
        ),
        # only in <noscript>
        (
            "https://riversidepost.example/uploads/2022/06/parade.jpg",
            "The parade closes the first day.",
            "Ana Ruiz/EFE",
            "EFE",
            ("Ana Ruiz",),
        ),
    ]


def test_amp_page_with_carousel_is_recorded_under_its_canonical_url() -> None:
    amp_url = "https://www.coastalnews.example/news/2021/09/harbor-fire/amp?utm_source=google&utm_medium=organic"
    result = parsed("amp-story.html", amp_url)
    media = "https://media.coastalnews.example/2021/09/14/"
    assert article_fields(result) == (
        "https://www.coastalnews.example/news/2021/09/harbor-fire",
        "Fire destroys harbor warehouse",
        ("Sam Ortiz",),
        "Coastal News",
        "2021-09-14",
    )
    assert result.source_url == "https://www.coastalnews.example/news/2021/09/harbor-fire/amp"
    assert [summary(photo) for photo in result.photos] == [
        (
            media + "warehouse_fire_GettyImages-1234567890-1200x800.jpg",
            "Firefighters battle the blaze at Pier 9 on Tuesday night.",
            "Jane Roe/Getty Images",
            "Getty Images",
            ("Jane Roe",),
        ),
        (media + "pier9-aftermath.jpg", "The morning after.", "Sam Ortiz/Coastal News", "Coastal News", ("Sam Ortiz",)),
        (media + "pier9-crowd.jpg", "Onlookers gather behind the tape.", None, None, ()),
    ]
    assert result.photos[0].file_name == "warehouse_fire_GettyImages-1234567890.jpg"
    assert result.photos[0].identifiers == ("1234567890",)


def test_page_without_photos_ignores_logos_headshots_teasers_ads_and_pixels() -> None:
    result = parsed("no-photos.html", "https://prairiegazette.example/opinion/2019/11/library-budget/")
    assert result.photos == ()
    assert article_fields(result) == (
        "https://prairiegazette.example/opinion/2019/11/library-budget/",
        "The library deserves a real budget",
        ("Ruth Anders",),
        "The Prairie Gazette",
        "2019-11-02T06:00:00-06:00",
    )


def test_captions_with_parentheses_that_are_not_credits() -> None:
    result = parsed("parentheses-captions.html", "https://capitolcourier.example/2022/03/04/week/")
    images = "https://capitolcourier.example/img/2022/03/"
    assert [summary(photo) for photo in result.photos] == [
        (
            images + "lopez-capitol.jpg",
            "Sen. Maria Lopez (D-Ariz.) speaks with reporters outside the Capitol (left).",
            None,
            None,
            (),
        ),
        (images + "ford-departs.jpg", "The USS Gerald R. Ford (CVN 78) departs Norfolk.", None, None, ()),
        (images + "trading-floor.jpg", "Shares of Acme Corp. (NYSE: ACME) fell 12 percent on Monday.", None, None, ()),
        (images + "fountain.jpg", "Children play in the fountain (from left): Ava, Liam and Noah.", None, None, ()),
        (
            images + "kyiv-march.jpg",
            "Protesters march toward the parliament building in Kyiv (Kiev) on Sunday.",
            "AP Photo/Efrem Lukatsky",
            "AP",
            ("Efrem Lukatsky",),
        ),
    ]
    assert result.article.byline == ()  # <meta name="author" content="Staff"> names no one
    assert result.article.published == "2022-03-04"


def test_non_english_credit_labels() -> None:
    result = parsed("foreign-credits.html", "https://www.rheinische-rundschau.example/politik/haushalt-2024")
    images = "https://bilder.rheinische-rundschau.example/2023/11/"
    assert article_fields(result) == (
        "https://www.rheinische-rundschau.example/politik/haushalt-2024",
        "Bundestag debattiert den Haushalt 2024",
        ("Anna Schmidt", "Jens Weber"),  # "Von … und …"
        "Rheinische Rundschau",
        "2023-11-08T10:15:00+01:00",
    )
    assert [summary(photo) for photo in result.photos] == [
        (
            images + "scholz-bundestag.jpg",
            "Bundeskanzler Olaf Scholz (SPD) spricht im Bundestag.",
            "Kay Nietfeld/dpa",
            "dpa",
            ("Kay Nietfeld",),
        ),
        (
            images + "lindner-rede.jpg",
            "Finanzminister Christian Lindner (FDP) verteidigt den Entwurf.",
            "picture alliance / dpa | Michael Kappeler",
            "dpa",  # picture alliance distributes; dpa made it (as "TT/AP" is AP's picture)
            ("Michael Kappeler",),
        ),
        (
            images + "macron-elysee.jpg",
            "Le président Emmanuel Macron à l’Élysée.",
            "Ludovic Marin / AFP",
            "AFP",
            ("Ludovic Marin",),
        ),
        (
            images + "felipe-madrid.jpg",
            "El rey Felipe VI en Madrid.",
            "EFE/Juan Carlos Hidalgo",
            "EFE",
            ("Juan Carlos Hidalgo",),
        ),
    ]
    assert result.photos[1].distributor == "picture alliance"


def test_gallery_slideshow_with_credit_elements_and_a_next_gallery_teaser() -> None:
    result = parsed("gallery.html", "https://citychronicle.example/galleries/2018/04/marathon/")
    gallery = "https://photos.citychronicle.example/galleries/2018/04/marathon/"
    assert [summary(photo) for photo in result.photos] == [
        (
            gallery + "RTX5ABCD.jpg",
            "Runners cross the Harbor Bridge at the start.",
            "Brian Snyder/Reuters",
            "Reuters",
            ("Brian Snyder",),
        ),
        (
            gallery + "AP18106612345.jpg",
            "The winner, Yuki Kawauchi, raises his arms at the finish (center).",
            "Charles Krupa / AP",
            "AP",
            ("Charles Krupa",),
        ),
        (
            gallery + "GettyImages-945678123.jpg",
            "Spectators shelter from the rain on Boylston Street.",
            "Maddie Meyer/Getty Images",
            "Getty Images",
            ("Maddie Meyer",),
        ),
    ]
    assert [photo.identifiers for photo in result.photos] == [("RTX5ABCD",), ("AP18106612345",), ("945678123",)]
    assert result.article.title == "In pictures: 26.2 miles through the city"


# --- HTML details ------------------------------------------------------------------------------


def test_caption_markup_is_read_as_text() -> None:
    html = (
        "<article><figure><img src='/a.jpg'><figcaption>A <b>bold</b> &lt;script&gt; move"
        "<button>Expand</button><span class='sr-only'>Caption:</span>.<br>Second line "
        "<span class='credit'>Photo: Ann Lee/AP</span></figcaption></figure></article>"
    )
    photo = parse_article(html, url="https://news.example/s").photos[0]
    assert photo.image_url == "https://news.example/a.jpg"
    assert photo.caption == "A bold <script> move. Second line"
    assert (photo.credit_line, photo.agency, photo.photographers) == ("Ann Lee/AP", "AP", ("Ann Lee",))


def test_unreadable_json_ld_is_skipped_and_the_readable_one_used() -> None:
    html = """<html><head>
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken",}</script>
    <script type="application/ld+json"><!--
    {"@type": "NewsArticle", "headline": "Kept", "author": "By Jo Lane",
     "image": {"@type": "ImageObject", "url": "/photos/x1234567.jpg", "caption": "A caption.",
               "creditText": "Jo Lane/Reuters"}}
    --></script></head><body><main><p>Text only.</p></main></body></html>"""
    result = parse_article(html, url="https://news.example/story")
    assert (result.article.title, result.article.byline) == ("Kept", ("Jo Lane",))
    assert [summary(photo) for photo in result.photos] == [
        ("https://news.example/photos/x1234567.jpg", "A caption.", "Jo Lane/Reuters", "Reuters", ("Jo Lane",))
    ]


def test_xhtml_and_url_like_pages_parse_without_warnings() -> None:
    xhtml = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body><article>'
        '<figure><img src="/a1234567.jpg"/><figcaption>Cap.</figcaption></figure></article></body></html>'
    )
    photos = parse_article(xhtml, url="https://news.example/", content_type="application/xhtml+xml").photos
    assert [(photo.image_url, photo.caption) for photo in photos] == [("https://news.example/a1234567.jpg", "Cap.")]
    assert parse_article("https://news.example/a.jpg", url="https://news.example/", content_type="text/html").photos == ()


def test_deeply_nested_broken_markup_is_read() -> None:
    caption = "<span>" * 3000 + "Deep caption. (AP Photo/Jo Lane)" + "</span>" * 3000
    html = f"<article><figure><img src='/x1234567.jpg'><figcaption>{caption}</figcaption></figure></article>"
    photo = parse_article(html, url="https://news.example/").photos[0]
    assert (photo.caption, photo.credit_line) == ("Deep caption.", "AP Photo/Jo Lane")


def test_a_lazy_image_without_a_real_source_is_not_a_photo() -> None:
    html = "<article><p>Text.</p><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' class='lazy'></article>"
    assert parse_article(html, url="https://news.example/s").photos == ()


@pytest.mark.parametrize(
    ("srcset", "expected"),
    [
        ("a.jpg 300w, b.jpg 1024w, c.jpg 768w", "b.jpg"),
        ("a.jpg, b.jpg 2x, c.jpg 1.5x", "b.jpg"),
        # Cloudinary transformations put commas inside URLs
        (
            "https://res.example/image/upload/w_300,h_200,c_fill/v1/x.jpg 300w,"
            "https://res.example/image/upload/w_1200,h_800,c_fill/v1/x.jpg 1200w",
            "https://res.example/image/upload/w_1200,h_800,c_fill/v1/x.jpg",
        ),
    ],
)
def test_srcset_is_parsed_to_find_the_largest_candidate(srcset: str, expected: str) -> None:
    candidates = parse_srcset(srcset)
    assert max(candidates, key=lambda candidate: candidate[1])[0] == expected


# --- text scrapes ------------------------------------------------------------------------------


def test_scrape_url_glued_to_a_caption_that_is_not_repeated() -> None:
    text = (
        "Harbor ferry returns\n\n"
        "https://cdn.example/uploads/2017/03/ferry.jpg.optimal.jpgThe MV Islander leaves the terminal. "
        "(AP Photo/Jo Lane)\n\nBy Jordan Roe and Priya Natarajan\nHarbor Daily News\nMarch 25, 2017\n\n"
        "The island ferry is back after four months in dry dock, its owners said on Friday morning.\n"
    )
    result = parse_article(text, url="https://harbordaily.example/ferry")
    assert [summary(photo) for photo in result.photos] == [
        (
            "https://cdn.example/uploads/2017/03/ferry.jpg.optimal.jpg",
            "The MV Islander leaves the terminal.",
            "AP Photo/Jo Lane",
            "AP",
            ("Jo Lane",),
        )
    ]
    assert article_fields(result) == (
        "https://harbordaily.example/ferry",
        "Harbor ferry returns",
        ("Jordan Roe", "Priya Natarajan"),
        "Harbor Daily News",
        "2017-03-25",
    )


def test_scrape_bare_url_takes_the_neighbouring_credited_caption_and_links_are_not_photos() -> None:
    text = (
        "Read the report at https://example.org/report.pdf and https://example.org/page.\n"
        "https://cdn.example/photos/DSC_1234.JPG?w=1200\n"
        "Firefighters at Pier 9 on Tuesday. REUTERS/Ann Example\n\n"
        "Posted: 14 September 2021\n"
    )
    result = parse_article(text, url="https://news.example/fire")
    assert [summary(photo) for photo in result.photos] == [
        (
            "https://cdn.example/photos/DSC_1234.JPG?w=1200",
            "Firefighters at Pier 9 on Tuesday.",
            "REUTERS/Ann Example",
            "Reuters",
            ("Ann Example",),
        )
    ]
    assert result.photos[0].identifiers == ("DSC_1234",)
    assert result.article.published == "2021-09-14"


def test_scrape_sentence_starting_with_by_is_not_a_byline() -> None:
    text = (
        "By Saturday, officials said the toll had risen to 60.\n\nBy the numbers\n\n"
        "By Jordan Roe\nHarbor Daily News\n"
    )
    result = parse_article(text, url="https://news.example/toll")
    assert (result.article.byline, result.article.publication) == (("Jordan Roe",), "Harbor Daily News")


def test_a_markdown_image_in_a_scrape_gives_its_url_caption_and_credit() -> None:
    text = (
        "Some story text here.\n\n"
        "![Dancers on Front Street. (Photo: Lena Okafor)](https://cdn.example/p/DSC_0457.jpg)\n"
    )
    result = parse_article(text, url="https://news.example/festival", content_type="text/plain")
    assert [summary(photo) for photo in result.photos] == [
        ("https://cdn.example/p/DSC_0457.jpg", "Dancers on Front Street.", "Lena Okafor", None, ("Lena Okafor",))
    ]


# --- deciding HTML or text, and decoding ---------------------------------------------------------


def test_content_type_decides_html_or_text() -> None:
    html = (
        "<figure><img src='https://cdn.example/a1234567.jpg'>"
        "<figcaption>Cap. (AP Photo/Jo Lane)</figcaption></figure>"
    )
    assert is_html(html) and is_html(html, "text/html; charset=utf-8")
    assert not is_html(html, "text/plain")
    assert not is_html("Relatives bury the body <of> someone https://x.example/a.jpg")
    assert is_html("\n\n<!DOCTYPE html><title>x</title>")
    as_html = parse_article(html, url="https://news.example/a")
    as_text = parse_article(html, url="https://news.example/a", content_type="text/plain")
    assert as_html.photos[0].caption == "Cap."
    assert as_text.photos[0].image_url == "https://cdn.example/a1234567.jpg"
    assert as_text.photos[0].caption.startswith("'><figcaption>")  # markup read as words


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        ("Caf\u00e9 \u2019".encode("utf-8"), None, "Café ’"),
        ("Caf\u00e9 \u2019".encode("cp1252"), None, "Café ’"),  # not UTF-8, nothing declared
        ("Caf\u00e9".encode("iso-8859-1"), "text/html; charset=ISO-8859-1", "Café"),
        (b"<meta charset='windows-1252'>Caf\xe9 \x92", None, "<meta charset='windows-1252'>Café ’"),
        ("Café".encode("utf-16"), None, "Café"),
        (b"\xef\xbb\xbfCaf\xc3\xa9", "text/html; charset=bogus-charset", "Café"),
    ],
)
def test_page_bytes_are_decoded_from_their_bom_declaration_or_a_guess(content: bytes, content_type: str | None, expected: str) -> None:
    assert decode_page(content, content_type) == expected


def test_unusable_url_is_one_clear_error() -> None:
    with pytest.raises(InvalidUrlError, match="not an http"):
        parse_article("<p>x</p>", url="ftp://news.example/a")


def test_garbage_content_gives_an_article_without_photos() -> None:
    result = parse_article(bytes(range(256)) * 4, url="https://news.example/a")
    assert result.photos == () and result.article.url == "https://news.example/a"
    assert parse_article("", url="https://news.example/b").photos == ()


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        ("Café".encode("utf-32"), None, "Café"),  # a UTF-32 BOM is not a UTF-16 one
        ('<?xml version="1.0" encoding="koi8-r"?><p>Москва</p>'.encode("koi8-r"), None,
         '<?xml version="1.0" encoding="koi8-r"?><p>Москва</p>'),  # an XHTML page's XML declaration
        (b'<meta charset="utf-16"><p>Caf\xc3\xa9</p>', None, '<meta charset="utf-16"><p>Café</p>'),  # ASCII: not UTF-16
        # a declared charset decodes the whole page, a stray byte becoming U+FFFD (browsers'
        # way; bs4's UnicodeDammit would read the page as Windows-1252 instead)
        (b"<meta charset='utf-8'><p>Caf\xc3\xa9 \xff</p>", None, "<meta charset='utf-8'><p>Café \ufffd</p>"),
        (b" " * 3000 + b'<meta charset="windows-1252">\x92', None, " " * 3000 + '<meta charset="windows-1252">’'),
        (b'<meta charset="windows-1252">\x92', "text/html; charset=utf-8", '<meta charset="windows-1252">\ufffd'),
    ],
    ids=["utf-32-bom", "xml-declaration", "meta-utf-16-is-utf-8", "declared-utf-8-stray-byte", "meta-in-4096-bytes",
         "header-before-meta"],
)
def test_a_page_is_decoded_with_the_charset_it_declares(content: bytes, content_type: str | None, expected: str) -> None:
    assert decode_page(content, content_type) == expected


@pytest.mark.parametrize(("content", "content_type"), [
    (b'<meta charset="rot13"><p>Caf\xc3\xa9</p>', None),
    (b"<p>Caf\xc3\xa9</p>", "text/html; charset=base64"),
    (b'<meta charset="idna"><p>Caf\xc3\xa9</p>', None),
    (b"<p>Caf\xc3\xa9</p>", "text/html; charset=undefined"),
])
def test_a_codec_that_is_no_text_encoding_is_no_charset(content: bytes, content_type: str | None) -> None:
    # Python has codecs by these names that are no page charsets: decoding with them raised
    assert decode_page(content, content_type) == content.decode("utf-8")
    assert parse_article(content, url="https://news.example/a", content_type=content_type).photos == ()
