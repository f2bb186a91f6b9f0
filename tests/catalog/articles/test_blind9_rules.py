"""Rules found working on the ninth blind set (issue 15), each with a small case of its own.

The set itself is ``data/blind9`` (test_blind_shapes); these cases hold each rule apart from it.
"""

from __future__ import annotations

import json

import pytest

from catalog.articles.bylines import byline_publication
from catalog.articles.image_urls import named_width, picture_key, style_source
from catalog.articles.pages import parse_article
from catalog.credits import parse_credit_line

URL = "https://coast.example/2024/06/storm"
STORY = "<p>" + "The storm came in at dawn and the harbour was closed for the day. " * 3 + "</p>"


def _page(body: str, head: str = "") -> dict:
    html = f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"
    return parse_article(html.encode(), url=URL).to_record()


def _text(text: str) -> dict:
    return parse_article(text.encode(), url=URL, content_type="text/plain").to_record()


def test_a_widget_around_the_storys_own_body_is_no_noise() -> None:
    # Blogger's "widget Blog" holds the post; its body is marked as schema.org's articleBody among other properties
    record = _page('<div class="widget Blog"><div class="post"><h3>Storm closes the harbour</h3>'
                   f'<div class="post-body" itemprop="description articleBody">{STORY}'
                   '<table class="tr-caption-container"><tr><td><a href="https://cdn.example/s1600/quay.jpg">'
                   '<img src="https://cdn.example/s320/quay.jpg" width="320" height="180"></a></td></tr>'
                   '<tr><td class="tr-caption">The quay at noon (Foto: Cy Doe/Coast Daily)</td></tr></table>'
                   "</div></div></div>")
    [photo] = record["photos"]
    assert (photo["url"], photo["also_seen_as"]) == ("https://cdn.example/s1600/quay.jpg", ["https://cdn.example/s320/quay.jpg"])
    assert (photo["caption"], photo["agency"], photo["photographers"]) == ("The quay at noon", "Coast Daily", ["Cy Doe"])


def test_a_widget_without_the_storys_body_is_still_noise() -> None:
    record = _page(f"<article>{STORY}</article><div class='widget PopularPosts'><img src='https://cdn.example/feira.jpg'"
                   " width='600' height='400'><p>Feira de artesanato (Foto: Cy Doe)</p></div>")
    assert record["photos"] == []


@pytest.mark.parametrize(("credit_class", "caption_class"), [("credito-imagem", "legenda-imagem"),
                                                             ("credito", "leyenda"), ("crediti", "didascalia")])
def test_caption_and_credit_marked_by_class_words_in_other_languages(credit_class: str, caption_class: str) -> None:
    record = _page(f'<article>{STORY}<div class="imagem"><img src="https://cdn.example/rua.jpg">'
                   f'<div class="{credit_class}">Rovena Rosa/Agência Planalto</div>'
                   f'<div class="{caption_class}">Rua alagada no bairro Porto Novo.</div></div></article>')
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("Rua alagada no bairro Porto Novo.", "Rovena Rosa/Agência Planalto")
    assert (photo["agency"], photo["photographers"]) == ("Agência Planalto", ["Rovena Rosa"])


@pytest.mark.parametrize("byline", ["Leandro Mesquita - Repórter da Agência Brasil", "Leandro Mesquita – Redakteur",
                                    "Leandro Mesquita, Staff Writer"])
def test_a_role_after_the_name_behind_a_dash_or_a_comma_in_other_languages(byline: str) -> None:
    record = _page(f'<article><h1>Storm closes the harbour</h1><div class="autor-noticia">{byline}</div>{STORY}</article>')
    assert (record["byline"], record["bylines"]) == ("Leandro Mesquita", ["Leandro Mesquita"])


@pytest.mark.parametrize("byline", ["Leandro Mesquita - Repórter da Agência Brasil", "Ana Paz, Redakteurin"])
def test_a_role_in_another_language_after_the_names_names_no_publication(byline: str) -> None:
    assert byline_publication(byline) is None
    assert byline_publication("Missy Ryan, The Washington Post") == "The Washington Post"


def test_a_drupal_image_styles_copy_yields_to_the_upload_it_names() -> None:
    styled = "https://cdn.example/s3fs-public/styles/large/public/thumbnails/image/2024/06/rua.jpg?itok=Ab3d"
    upload = "https://cdn.example/s3fs-public/thumbnails/image/2024/06/rua.jpg"
    assert style_source(styled) == upload and style_source(upload) is None
    record = _page(f'<article>{STORY}<figure><img src="{styled}"><figcaption>Rua. Foto: Cy Doe</figcaption></figure>'
                   "</article>", head=f'<meta property="og:image" content="{upload}">')
    [photo] = record["photos"]
    assert (photo["url"], photo["also_seen_as"]) == (upload, [styled])


def test_a_creative_commons_badge_is_no_photo() -> None:
    record = _page(f'<article>{STORY}<div class="licenca"><img src="/themes/agencia/img/cc-by.png" width="88">'
                   ' Licença Creative Commons</div><div><img src="/img/by-nc-sa.png" width="300" height="200"></div>'
                   "</article>")
    assert record["photos"] == []


@pytest.mark.parametrize("text", ["Photo: Ruth Ashby — Bags of seed oysters wait to be planted at low tide.",
                                  "Foto: Ruth Ashby | Bags of seed oysters wait to be planted at low tide."])
def test_a_caption_its_labelled_credit_opens_is_a_caption_not_a_credit_alone(text: str) -> None:
    record = _page(f'<article>{STORY}<figure><img src="https://cdn.example/oysters.jpg"><figcaption>'
                   f'<div class="image-caption"><p>{text}</p></div></figcaption></figure></article>')
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("Bags of seed oysters wait to be planted at low tide.", "Ruth Ashby")


def test_a_size_followed_by_a_copys_number_is_a_rendition() -> None:
    # Clarín's "_1256x620__1": the size, then the copy's number
    sized = [f"https://img.example/2024/06/05/Kx8a_puente_{size}__1.jpg" for size in ("2000x0", "1256x620", "420x280")]
    assert [named_width(url) for url in sized] == [2000, 1256, 420]
    assert len({picture_key(url) for url in sized}) == 1
    assert named_width("https://img.example/puente_750x0.jpg") == 750


def test_a_density_candidate_beside_no_displayed_width_takes_the_width_its_url_asks_for() -> None:
    base = "https://cdn.example/combiner/i?img=%2Fphoto%2Fr1345_16-9.jpg"
    record = _page(f'<article>{STORY}<figure><picture><source srcset="{base}&amp;w=576&amp;h=324 1x, '
                   f'{base}&amp;w=1152&amp;h=648 2x"><img src="{base}&amp;w=920&amp;h=518"></picture>'
                   "<figcaption>The crowd. Photo: Cy Doe/Getty Images</figcaption></figure></article>",
                   head=f'<meta property="og:image" content="{base}&amp;w=1296&amp;h=729">')
    [photo] = record["photos"]
    assert photo["url"] == f"{base}&w=1296&h=729"


def test_a_placeholder_named_with_its_shape_is_no_rendition() -> None:
    record = _page(f'<article>{STORY}<figure><img src="https://cdn.example/img/placeholder-16x9.png" '
                   'data-src="https://cdn.example/data/id_1298765/1298765_720.jpg"><figcaption>Banjir rob. TEMPO/Cy Doe'
                   "</figcaption></figure></article>")
    [photo] = record["photos"]
    assert (photo["url"], photo["also_seen_as"]) == ("https://cdn.example/data/id_1298765/1298765_720.jpg", [])


def test_a_brand_spelled_with_its_domain_in_capitals_is_the_sites_name() -> None:
    head = '<title>Hawks rally to force Game 7 - SportsCentral</title><meta property="og:site_name" content="{}">'
    printed = _page(f"<article><h1>Hawks rally to force Game 7</h1>{STORY}</article>", head.format("SportsCentral.com"))
    assert (printed["publication"], printed["publication_source"]) == ("SportsCentral.com", "og:site_name")
    domain = _page(f"<article><h1>Hawks rally to force Game 7</h1>{STORY}</article>", head.format("sportscentral.com"))
    assert (domain["publication"], domain["publication_source"]) == ("SportsCentral", "title suffix")


def test_a_sections_name_as_the_sites_setting_names_no_publication() -> None:
    record = _page(f"<article><h1>Nowa linia tramwajowa</h1>{STORY}</article>",
                   '<title>Nowa linia tramwajowa - Portal Wisła</title><meta property="og:site_name" content="Wiadomości">')
    assert (record["publication"], record["publication_source"]) == ("Portal Wisła", "title suffix")


def test_a_photographers_credit_opening_the_text_under_the_picture_is_its_credit() -> None:
    picture = ('<div class="post-thumbnail"><img src="https://cdn.example/cocoa-1024x682.jpg">'
               '<p class="wp-caption-text">Farmers collect seedlings on Monday</p></div>')
    record = _page(f'<article><h1>Cocoa farmers receive seedlings</h1>{picture}<div class="entry-content">'
                   f"<p><em>Source: Accra Mirror/Efua Boateng</em></p>{STORY}</div></article>",
                   '<meta property="og:site_name" content="The Accra Mirror">')
    [photo] = record["photos"]
    assert (photo["caption"], photo["agency"], photo["photographers"]) == (
        "Farmers collect seedlings on Monday", "Accra Mirror", ["Efua Boateng"])
    outlet = _page(f'<article><h1>Cocoa farmers receive seedlings</h1>{picture}<div class="entry-content">'
                   f"<p><em>Source: Reuters</em></p>{STORY}</div></article>")
    assert outlet["photos"][0]["credit_line"] is None  # the story's own source, perhaps: not the picture's


def test_a_kicker_joined_by_a_colon_read_out_and_printed_in_the_title_is_part_of_the_headline() -> None:
    heading = ('<h2><span>Sturmflut an der Schlei</span><span class="sr-only">:</span> '
               "<span>Die Deiche halten – vorerst</span></h2>")
    joined = _page(f"<article><header>{heading}</header>{STORY}</article>",
                   "<title>Sturmflut an der Schlei: Die Deiche halten – vorerst - DER KURIER</title>")
    assert joined["title"] == "Sturmflut an der Schlei: Die Deiche halten – vorerst"
    # a kicker so marked, the page's title printing the headline alone (Zeit's "article-heading__kicker")
    heading = heading.replace("<span>Sturmflut", '<span class="kicker">Sturmflut')
    apart = _page(f"<article><header>{heading}</header>{STORY}</article>", "<title>Die Deiche halten – vorerst</title>")
    assert apart["title"] == "Die Deiche halten – vorerst"


@pytest.mark.parametrize(("credit", "agency"), [("Foto: MPK Kraków", "MPK Kraków"), ("Photo: Penryn RNLI", "Penryn RNLI"),
                                                ("Bild: Inselreederei Langeoog", "Inselreederei Langeoog"),
                                                ("Photo: City of Bunbury", "City of Bunbury"),
                                                ("Foto: Stadtwerke Kiel", "Stadtwerke Kiel")])
def test_organisation_words_towns_lifeboat_stations_shipping_lines_works_transport_companies(credit: str,
                                                                                              agency: str) -> None:
    found = parse_credit_line(credit)
    assert (found.agency, found.photographers) == (agency, ())


STORY_FILE = "\r\n".join([
    "EXPORT: Artikel 2024-06-05 11:02", "KANAL: webb, print (NP Jämtland s. 6)", "========", "RUBRIK:",
    "Skogsbranden vid Storsjön under kontroll", "INGRESS:", "Efter två dygn har räddningstjänsten fått kontroll.",
    "BYLINE:", "Av Maja Lindqvist och Erik Sjödin", "BRÖDTEXT:", "Branden sprider sig inte längre, säger räddningsledaren.",
    "BILD 1:", "https://images.np.example/v2/crop/brand/?width=1920&quality=80", "BILDTEXT 1:",
    "Branden norr om Hallen sedd från helikopter.", "FOTO 1:", "Foto: Johan Axelsson/TT", "========", "© Norrlandsposten"])


def test_a_story_files_field_labels_alone_over_their_values_are_left_out() -> None:
    record = _text(STORY_FILE)
    assert (record["title"], record["bylines"]) == ("Skogsbranden vid Storsjön under kontroll",
                                                    ["Maja Lindqvist", "Erik Sjödin"])
    assert (record["publication"], record["publication_source"]) == ("Norrlandsposten", "footer copyright")
    [photo] = record["photos"]
    assert (photo["caption"], photo["agency"], photo["photographers"]) == (
        "Branden norr om Hallen sedd från helikopter.", "TT News Agency", ["Johan Axelsson"])


def test_a_label_in_capitals_alone_in_a_story_is_no_field() -> None:
    record = _text("Storm closes the harbour\n\nBy Ann Lee\n\nUPDATE:\nThe harbour reopened at noon on Sunday.")
    assert record["title"] == "Storm closes the harbour"


FEED = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>{channel}</title><link>https://corriere.example</link>
<item><title>Festa dei fiori a Varallo</title><link>https://corriere.example/festa</link>
<dc:creator><![CDATA[Redazione]]></dc:creator>
<content:encoded><![CDATA[{body}<p>Migliaia di persone hanno seguito la sfilata dei carri.</p>]]></content:encoded>
</item></channel></rss>"""


def test_a_feeds_title_opens_with_the_sites_name_and_the_printed_byline_beats_the_posting_account() -> None:
    text = FEED.format(channel="Corriere della Val &#8211; Notizie dalla Valsesia", body="<p><em>di Chiara Bertolè</em></p>")
    record = parse_article(text.encode("latin-1"), url="https://corriere.example/festa").to_record()
    assert (record["publication"], record["publication_source"]) == ("Corriere della Val", "og:site_name")
    assert (record["byline"], record["bylines"]) == ("Chiara Bertolè", ["Chiara Bertolè"])


def test_a_feed_named_as_a_section_names_no_site_and_its_creator_stands_without_a_printed_byline() -> None:
    record = parse_article(FEED.format(channel="Local News", body="").encode("latin-1"),
                           url="https://corriere.example/festa").to_record()
    assert (record["publication"], record["byline"]) == (None, "Redazione")


def test_a_readers_author_field_yields_to_the_byline_the_story_prints() -> None:
    saved = {"title": "Wildfire smoke closes three schools", "author": "Valley Metro Staff",
             "url": "https://valley.example/smoke",
             "content": "<div><p><strong>By Harjit Sandhu, Okanagan Sun</strong></p><p>Three schools will stay closed."
                        "</p><p><em>This story was originally published by the Okanagan Sun and is republished here."
                        "</em></p></div>"}
    record = parse_article(json.dumps(saved).encode(), url="https://valley.example/smoke").to_record()
    assert (record["byline"], record["bylines"]) == ("Harjit Sandhu", ["Harjit Sandhu"])
    assert (record["publication"], record["publication_source"]) == ("Okanagan Sun", "syndication")


def test_a_clips_front_matter_author_without_a_title_leaves_the_headline_above_the_printed_byline() -> None:
    record = _text("---\nsource: https://coast.example/storm\nauthor: Kayla Reid\n---\n\n"
                   "# Storm closes the harbour | Coast Daily\n\nSkip to main content\n\n# Storm closes the harbour\n\n"
                   "By Kayla Reid\n\nThe storm came in at dawn and the harbour was closed for the day.")
    assert (record["title"], record["byline"]) == ("Storm closes the harbour", "Kayla Reid")
    assert (record["publication"], record["publication_source"]) == ("Coast Daily", "title suffix")


def test_unlabelled_names_joined_by_the_languages_and_a_blank_line_above_the_date() -> None:
    record = _text("Abo\n\n# Neue Seeuferpromenade eröffnet\n\nNach zwei Jahren Bauzeit ist der Abschnitt offen.\n\n"
                   "Rahel Zürcher und Beat Oswald\n\n05.06.2024, 17.45 Uhr\n\nDie Stadt hat die Promenade eröffnet.")
    assert (record["byline"], record["bylines"]) == ("Rahel Zürcher und Beat Oswald", ["Rahel Zürcher", "Beat Oswald"])


def test_a_section_over_a_date_with_a_blank_line_between_is_no_byline() -> None:
    record = _text("Storm closes the harbour\n\nLocal News\n\n05.06.2024, 17.45 Uhr\n\nThe storm came in at dawn.")
    assert record["bylines"] == []
