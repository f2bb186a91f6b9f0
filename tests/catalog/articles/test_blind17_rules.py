"""Rules found working on blind17's reader misses (regional and world publishers), each with cases of its own.

The set itself is ``data/blind17`` (test_blind_shapes, its misses classified in ``data/blind17/MISSES.md``); these
cases hold each rule apart from it, in other words, other builders and other languages.
"""

from __future__ import annotations

import json

import pytest

from catalog.articles.bylines import split_byline
from catalog.articles.chat_exports import is_chat_export
from catalog.articles.pages import parse_article
from catalog.credits import parse_credit_line, split_caption_credit
from tests.catalog.articles.test_blind9_rules import STORY, URL, _page

UPLOADS = "https://paper.example/wp-content/uploads/2026/11"


# -- page builders' blocks ------------------------------------------------------------------------------------


def _elementor_widget(kind: str, inner: str) -> str:
    return (f'<div class="elementor-element elementor-widget elementor-widget-{kind}" data-widget_type="{kind}.default">'
            f'<div class="elementor-widget-container">{inner}</div></div>')


_FIGURE = (f'<figure class="wp-caption"><img src="{UPLOADS}/station-1024x683.jpg" width="1024" height="683" '
           f'srcset="{UPLOADS}/station-1024x683.jpg 1024w, {UPLOADS}/station.jpg 1600w">'
           '<figcaption class="widget-image-caption wp-caption-text">The station at dawn. Photo: Cy Doe/Coast Daily'
           '</figcaption></figure>')


@pytest.mark.parametrize("kind", ["theme-post-featured-image elementor-widget-image", "theme-post-content", "image"])
def test_an_elementor_widget_holding_the_storys_picture_is_no_chrome(kind: str) -> None:
    # blind17 17: every block of an Elementor Pro single-post template sits in 'elementor-widget …' and
    # 'elementor-widget-container'; the featured image and the in-story figure were dropped as sidebar widgets
    record = _page('<div data-elementor-type="single-post" class="elementor elementor-88 elementor-location-single">'
                   + _elementor_widget("theme-post-content", STORY) + _elementor_widget(kind, _FIGURE) + "</div>")
    [photo] = record["photos"]
    assert (photo["url"], photo["caption"], photo["agency"]) == (f"{UPLOADS}/station.jpg", "The station at dawn.",
                                                                 "Coast Daily")


def test_a_siteorigin_panel_holding_the_storys_picture_is_no_chrome() -> None:
    # SiteOrigin Page Builder names every panel 'so-panel widget widget_<kind>'
    record = _page(f'<article>{STORY}<div class="so-panel widget widget_sow-image panel-first-child" id="panel-4-0-0-1">'
                   f'<div class="panel-widget-style"><div class="siteorigin-widget-tinymce">{_FIGURE}</div></div></div>'
                   "</article>")
    assert [photo["url"] for photo in record["photos"]] == [f"{UPLOADS}/station.jpg"]


@pytest.mark.parametrize("kind", ["sidebar", "share-buttons", "wp-widget-recent-posts"])
def test_an_elementor_widget_of_a_chrome_kind_is_still_chrome(kind: str) -> None:
    record = _page(_elementor_widget("theme-post-content", STORY) + _elementor_widget(kind, _FIGURE))
    assert record["photos"] == []


@pytest.mark.parametrize("widget", ['<div class="widget PopularPosts">', '<div class="widget widget_media_image">',
                                    '<div class="so-widget-area widget">'])
def test_a_sidebar_widget_is_still_chrome(widget: str) -> None:
    record = _page(f"<article>{STORY}</article>{widget}{_FIGURE}</div>")
    assert record["photos"] == []


@pytest.mark.parametrize("location", ["header", "footer", "popup"])
def test_an_elementor_theme_builder_location_of_the_sites_frame_is_chrome(location: str) -> None:
    record = _page(f'<div data-elementor-type="single-post">{_elementor_widget("theme-post-content", STORY)}</div>'
                   f'<div data-elementor-type="{location}" class="elementor elementor-location-{location}">'
                   + _elementor_widget("image", _FIGURE) + "</div>")
    assert record["photos"] == []


# -- galleries' originals ----------------------------------------------------------------------------------------

CDN = "https://cdn.paper.example/news/2026-11"
_CAPTION = "<figcaption>The new lakeside path. Photo: Cy Doe/Coast Daily</figcaption>"


@pytest.mark.parametrize("link", [
    # blind17 15: Fotorama's link, the '/big/' copy as its href and the '/orig/' upload in data-full
    f'<a href="{CDN}/big/path.jpg" data-full="{CDN}/orig/path.jpg">',
    f'<a href="{CDN}/big/path.jpg" data-pswp-src="{CDN}/orig/path.jpg">',  # PhotoSwipe 5
    f'<a href="{CDN}/big/path.jpg" class="image-popup" data-mfp-src="{CDN}/orig/path.jpg">',  # Magnific Popup
    f'<a href="/gallery/path/" data-fancybox="gallery" data-src="{CDN}/orig/path.jpg">',  # fancybox, lightGallery
])
def test_the_original_a_gallery_link_names_is_the_photo(link: str) -> None:
    record = _page(f'<article>{STORY}<figure>{link}<img src="{CDN}/small/path.jpg" width="640" height="427"></a>'
                   f"{_CAPTION}</figure></article>")
    [photo] = record["photos"]
    assert photo["url"] == f"{CDN}/orig/path.jpg" and f"{CDN}/small/path.jpg" in photo["also_seen_as"]


@pytest.mark.parametrize("attributes", [
    # blind17 06: Wix's blurred placeholder and 1x/2x fills, the upload only in Pinterest's data-pin-media
    'data-pin-media="https://static.wix.example/media/ab12~mv2.jpg"',
    'data-large_image="https://static.wix.example/media/ab12~mv2.jpg"',  # WooCommerce
    'data-zoom-image="https://static.wix.example/media/ab12~mv2.jpg"',  # elevateZoom
])
def test_the_original_a_pin_or_zoom_attribute_names_is_the_photo(attributes: str) -> None:
    fill = "https://static.wix.example/media/ab12~mv2.jpg/v1/fill/w_{0},h_{1},al_c,q_85/ab12~mv2.jpg"
    record = _page(f'<article>{STORY}<figure><img src="{fill.format(147, 98)}" {attributes} '
                   f'srcset="{fill.format(740, 493)} 1x, {fill.format(1480, 986)} 2x">{_CAPTION}</figure></article>')
    [photo] = record["photos"]
    assert photo["url"] == "https://static.wix.example/media/ab12~mv2.jpg"
    assert fill.format(1480, 986) in photo["also_seen_as"]


@pytest.mark.parametrize("link", [f'<a href="{CDN}/big/path.jpg" data-src="#gallery-1">',  # an inline block's id
                                  f'<a href="{CDN}/big/path.jpg" data-full="true">'])
def test_a_gallery_attribute_naming_no_picture_adds_none(link: str) -> None:
    record = _page(f'<article>{STORY}<figure>{link}<img src="{CDN}/small/path.jpg" width="640" height="427"></a>'
                   f"{_CAPTION}</figure></article>")
    [photo] = record["photos"]
    assert (photo["url"], photo["also_seen_as"]) == (f"{CDN}/big/path.jpg", [f"{CDN}/small/path.jpg"])


# -- share buttons -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("href", "name"), [
    # blind17 15: '/img/fb-share.png' named 'Dalintis' (Lithuanian 'share') in a facebook sharer link
    ("https://www.facebook.example/sharer/sharer.php?u=https://coast.example/2024/06/storm", "fb-share.png"),
    ("https://twitter.example/intent/tweet?url=https://coast.example/2024/06/storm", "compartir.png"),
    ("whatsapp://send?text=https://coast.example/2024/06/storm", "jaa.png"),
    ("https://vk.example/share.php?url=https://coast.example/2024/06/storm", "podelitsya.png"),
    ("https://www.linkedin.example/shareArticle?mini=true&url=https://coast.example", "btn-in.png"),
])
def test_an_image_in_a_share_link_is_no_photo(href: str, name: str) -> None:
    record = _page(f'<article>{STORY}<div class="dalintis"><a href="{href}"><img src="/img/{name}" alt="Dalintis" '
                   'width="120" height="120"></a></div></article>')
    assert record["photos"] == []


@pytest.mark.parametrize("href", ["https://photos.example/share/uploads/pier.jpg",  # a folder named so, an image
                                  "https://www.flickr.example/photos/coastdaily/53012345/",  # a photo's own page
                                  # review-34: a site's gallery routed through "/share/", no share service's host
                                  "https://coast.example/photos/share/53012345",
                                  "https://coast.example/galeria/share.php?id=53012345"])
def test_an_image_linking_to_a_picture_or_another_sites_page_stays(href: str) -> None:
    record = _page(f'<article>{STORY}<figure><a href="{href}"><img src="https://photos.example/pier.jpg" width="800" '
                   f'height="533"></a>{_CAPTION}</figure></article>')
    assert len(record["photos"]) == 1


def test_a_share_button_named_by_a_short_service_name_is_no_photo() -> None:
    record = _page(f'<article>{STORY}<img src="https://coast.example/img/fb-share.png" width="400" height="400">'
                   "</article>")
    assert record["photos"] == []


# -- chat exports ------------------------------------------------------------------------------------------------

ARTICLE = "https://oshtimes.example/news/2026/12/04/new-maternity-ward"


def _telegram(*posts: dict, chat_type: str = "public_channel") -> dict:
    messages = [{"id": 1, "type": "service", "action": "pin_message", "text": "", "text_entities": []}, *posts]
    data = {"name": "Ош Таймс", "type": chat_type, "id": 17, "messages": messages}
    return parse_article(json.dumps(data, ensure_ascii=False).encode(), url=ARTICLE).to_record()


def _post(headline: str, text: str, link: str = ARTICLE, **extra: str) -> dict:
    entities = [{"type": "bold", "text": headline}, {"type": "plain", "text": text},
                {"type": "link", "text": link}, {"type": "plain", "text": "\n\n"}, {"type": "mention", "text": "@osh"}]
    return {"id": 2, "type": "message", "from": "Ош Таймс", "text": entities, "text_entities": entities, **extra}


@pytest.mark.parametrize(("label", "credit"), [("Фото", "пресс-служба мэрии Оша"),
                                               ("Photo", "Cy Doe/Reuters"), ("Сүрөт", "Айбек Осмонов")])
def test_a_telegram_channel_posts_headline_signature_photo_and_credit(label: str, credit: str) -> None:
    # blind17 s01: Telegram Desktop's result.json, a signed channel post opening on its headline in bold
    record = _telegram(_post("В Оше открыли новый роддом", "\n\nНовый роддом принял первых пациенток в среду. " * 3
                             + f"\n\n{label}: {credit}\n\nПодробнее: ", author="Айгерим Токтосунова",
                             photo="photos/photo_412@04-12-2026_10-15-42.jpg"))
    assert (record["title"], record["byline"], record["url"]) == ("В Оше открыли новый роддом", "Айгерим Токтосунова",
                                                                  ARTICLE)
    assert (record["publication"], record["publication_source"]) == ("Ош Таймс", "og:site_name")
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == (None, credit)


def test_the_post_linking_to_the_address_read_is_the_story() -> None:
    other = _post("Дороги закрыты", "\n\n" + "Дороги в горах закрыты из-за снега. " * 6, link="https://oshtimes.example/x")
    record = _telegram(other, _post("В Оше открыли новый роддом", "\n\nНовый роддом открыт. \n\nПодробнее: "))
    assert (record["title"], record["url"]) == ("В Оше открыли новый роддом", ARTICLE)


def test_a_json_with_messages_but_no_chats_text_entities_is_no_chat_export() -> None:
    assert not is_chat_export({"type": "error", "messages": [{"text": "Rate limited"}]})
    assert not is_chat_export({"name": "Ош Таймс", "type": "public_channel", "messages": [{"text": "Привет"}]})
    assert is_chat_export({"name": "Ош Таймс", "type": "personal_chat", "messages": [{"text": "", "text_entities": []}]})


# -- note exports ------------------------------------------------------------------------------------------------


def _note(source: str, enml_byline: str) -> dict:
    story = "<div>" + "El municipio abrió la licitación del puente el jueves por la mañana. " * 3 + "</div>"
    enml = f"<en-note><h1>Valdivia abre licitación</h1>{enml_byline}{story}</en-note>"
    export = ('<?xml version="1.0" encoding="UTF-8"?><en-export><note><title>Valdivia abre licitación</title>'
              f"<note-attributes><author>Pedro Ruiz Soto</author><source>{source}</source>"
              f"<source-url>{URL}</source-url></note-attributes><content><![CDATA[{enml}]]></content></note></en-export>")
    return parse_article(export.encode(), url=URL).to_record()


@pytest.mark.parametrize(("source", "printed"), [("web.clip7", "<div>Por Francisca Muñoz Vera</div>"),
                                                 ("web.clipper", "<div>By Francisca Muñoz Vera</div>")])
def test_a_web_clips_note_author_is_the_clipping_account_not_the_byline(source: str, printed: str) -> None:
    # blind17 s06: Evernote fills <note-attributes><author> with the user who clipped the page
    assert _note(source, printed)["byline"] == "Francisca Muñoz Vera"


def test_a_note_written_in_evernote_is_its_authors() -> None:
    assert _note("desktop.mac", "")["byline"] == "Pedro Ruiz Soto"


# -- words of the languages --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("printed", "names"), [
    ("Muhabir: Ayşe Demir", ("Ayşe Demir",)),  # blind17 09: Turkish 'reporter'
    ("Deur Marike de Villiers", ("Marike de Villiers",)),  # blind17 s03: Afrikaans 'by'
    ("Muxbir: Dilshod Karimov", ("Dilshod Karimov",)),  # Uzbek 'reporter'
    ("Mwandishi: Juma Hamisi", ("Juma Hamisi",)),  # Swahili 'writer'
])
def test_byline_labels_of_more_languages(printed: str, names: tuple[str, ...]) -> None:
    assert split_byline(printed) == names


@pytest.mark.parametrize("printed", ["Deur en venster", "Deur op slot"])
def test_a_byline_label_before_lower_case_words_names_no_one(printed: str) -> None:
    assert split_byline(printed) == ()


@pytest.mark.parametrize("line", ["Foto: Verskaf", "Foto: Aangeleverd", "Foto: Ingezonden", "Bild: eingesandt",
                                  "Foto: cedida"])
def test_supplied_in_the_languages_names_no_one(line: str) -> None:
    # blind17 s03: Afrikaans 'Verskaf' (supplied) read as a person, where 'Foto: Supplied' names no one
    credit = parse_credit_line(line)
    assert (credit.agency, credit.photographers) == (None, ())


@pytest.mark.parametrize(("caption", "left", "credit_line"), [
    # blind17 s04: Kenyan papers print Swahili 'PICHA | NAME' beside English 'PHOTO | NAME'
    ("Wakulima wakichuma majani ya chai huko Kericho. PICHA | BRIAN KIPRONO",
     "Wakulima wakichuma majani ya chai huko Kericho.", "BRIAN KIPRONO"),
    ("Soko la chai mjini Kericho. PICHA | MAKTABA", "Soko la chai mjini Kericho.", "MAKTABA"),
    ("Kapal di pelabuhan Klang. GAMBAR | BERNAMA", "Kapal di pelabuhan Klang.", "BERNAMA"),
])
def test_a_languages_picture_word_before_a_bar_opens_the_credit(caption: str, left: str, credit_line: str) -> None:
    rest, credit = split_caption_credit(caption)
    assert (rest, credit.credit_line) == (left, credit_line)


def test_a_bar_after_no_picture_word_splits_nothing() -> None:
    assert split_caption_credit("Soko la chai mjini | Kericho") == ("Soko la chai mjini | Kericho", None)


@pytest.mark.parametrize("line", [
    "Фото: Полтавська ОВА",  # blind17 02: a Ukrainian region's military administration, by its initials
    "Фото: Київська міська військова адміністрація", "Фото: Полтавська обласна державна адміністрація",
    "Фото: Новосибирская областная дума",
    "Фото: Град Ниш",  # blind17 07: Serbian Cyrillic 'city of', as 'Grad Zagreb'
    "Фото: Град Београд",
    "Crédit photo : Présidence de la République du Bénin",  # blind17 14
    "Foto: Presidencia de la República", "Foto: Presidência da República",
    "ภาพ: ททท. สำนักงานเชียงใหม่",  # blind17 11: Thai writes 'office' and the place as one word, after TAT's initials
    "ภาพ: เทศบาลนครลำปาง",
])
def test_bodies_named_by_their_languages_words_are_the_agency(line: str) -> None:
    credit = parse_credit_line(line)
    assert (credit.agency, credit.photographers) == (credit.credit_line, ())


@pytest.mark.parametrize("line", ["Фото: Иван Градић", "Фото: Ода Нобунага", "Фото: Олена Державна",
                                  "ภาพ: สมชาย ใจดี", "Photo : Jean Dupont"])
def test_people_named_like_those_words_stay_people(line: str) -> None:
    credit = parse_credit_line(line)
    assert (credit.agency, credit.photographers) == (None, (credit.credit_line,))


# -- front matter's block scalars, a credit element holding the caption -----------------------------------------


@pytest.mark.parametrize("indicator", ["|", ">", "|-", ">-"])
def test_front_matters_block_scalars_are_read_as_their_keys_values(indicator: str) -> None:
    # blind17 s02: the Omnivore plugin for Obsidian writes 'title: |' and 'author: |' over the values
    clip = (f"---\nid: 8c1f2a9e\ntitle: {indicator}\n  Dauphin rink roof repairs to finish before playoffs\n"
            f"author: {indicator}\n  Carly Benoit\nsite_name: Parkland Pioneer\ntags:\n  - Omnivore\n---\n\n"
            "# Dauphin rink roof repairs to finish before playoffs\n\n"
            + "Repairs to the roof will be finished before the playoff run, city council heard Tuesday. " * 3 + "\n")
    record = parse_article(clip.encode(), url=URL, content_type="text/plain").to_record()
    assert (record["title"], record["byline"]) == ("Dauphin rink roof repairs to finish before playoffs", "Carly Benoit")


@pytest.mark.parametrize(("printed", "caption", "credit_line"), [
    # blind17 10: the Publisher theme's span.image-credit holds the caption's sentence and its labelled credit
    ("Registon maydonida festivalning ochilish marosimi. Foto: UzA", "Registon maydonida festivalning ochilish marosimi.",
     "UzA"),
    ("Crews on the roof on Tuesday. Photo: Cy Doe/Coast Daily", "Crews on the roof on Tuesday.", "Cy Doe/Coast Daily"),
])
def test_a_credit_element_holding_the_caption_and_a_labelled_credit_is_split(printed: str, caption: str,
                                                                            credit_line: str) -> None:
    record = _page(f'<article>{STORY}<div class="single-featured"><img src="https://cdn.example/roof.jpg" width="750" '
                   f'height="430"><span class="image-credit">{printed}</span></div></article>')
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == (caption, credit_line)


@pytest.mark.parametrize("printed", ["Cy Doe/Coast Daily", "Foto: Cy Doe. Coast Daily", "St. John's Photo Club"])
def test_a_credit_element_without_a_sentence_before_a_label_stays_the_credit(printed: str) -> None:
    record = _page(f'<article>{STORY}<div class="single-featured"><img src="https://cdn.example/roof.jpg" width="750" '
                   f'height="430"><span class="image-credit">{printed}</span></div></article>')
    [photo] = record["photos"]
    assert photo["caption"] is None
