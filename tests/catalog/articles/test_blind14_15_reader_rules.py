"""Rules found working on blind14's and blind15's reader misses that are no image URL's (gallery counters, bylines,
titles, the paper's name, captions), each with cases of its own.

The sets themselves are ``data/blind14`` and ``data/blind15`` (test_blind_shapes, their misses classified in each
folder's ``MISSES.md``); these cases hold each rule apart from them, in other words and other languages.
"""

from __future__ import annotations

import json

import pytest

from catalog.articles.bylines import split_byline
from catalog.articles.pages import parse_article
from catalog.articles.photos import GALLERY_COUNTER
from catalog.articles.scrape_lines import is_publication_line
from tests.catalog.articles.test_blind9_rules import STORY, _page, _text

IMG = "https://img.coast.example/upload/w_1200/2024/06"


# -- gallery counters ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("caption", "left"), [
    ("Foto 1 de 3 · Una de las grúas sobre la cubierta.", "Una de las grúas sobre la cubierta."),  # a middle dot
    ("Bilete 2 av 3: Arbeidarar legg asfalt ved sentrum.", "Arbeidarar legg asfalt ved sentrum."),  # Nynorsk's word
    ("Photo 3 of 5 • Crowds on the pier.", "Crowds on the pier."),  # a bullet
    ("Bild 1 von 4, Der Hafen am Morgen.", "Der Hafen am Morgen."),  # a comma
    ("Fotó 5-ből 1 – A híd télen.", "A híd télen."),  # Hungarian, the total first
    ("3-ból 2 · Az új rakpart.", "Az új rakpart."),
    ("Immagine 2 di 6 · Il porto.", "Il porto."),
    ("2/3 · Ёлки на площади.", "Ёлки на площади."),
])
def test_a_gallery_counter_in_the_languages_comes_off_the_caption_whatever_closes_it(caption: str, left: str) -> None:
    assert GALLERY_COUNTER.sub("", caption) == left


@pytest.mark.parametrize("caption", [
    "3 of the 5 boats sank.",  # words, no counter
    "Fishermen land 12 of 30 crates · Harbour, Tuesday.",  # numbers inside the sentence
    "2024-ben 1 új híd épült.",  # a year in a Hungarian case is no total
    "Bilete frå hamna.",
])
def test_a_caption_with_numbers_but_no_counter_keeps_them(caption: str) -> None:
    assert GALLERY_COUNTER.sub("", caption) == caption


def _gallery(counter_lines: list[str], captions: list[str]) -> str:
    parts = ["# Khareef visitors top one million", "", "By Salim Al Harthy", "",
             "Salalah: More than one million visitors are expected in Dhofar this season, the ministry said.", ""]
    for number, (counter, caption) in enumerate(zip(counter_lines, captions), start=1):
        parts += [f"![]({IMG}/slide-{number})", "", counter, "", caption, ""]
    parts += ["Flights will be increased from mid-July.", "", "© 2024 Dhofar Dispatch. All rights reserved."]
    return "\n".join(parts)


@pytest.mark.parametrize("counters", [
    ["1 of 3", "2 of 3", "3 of 3"],
    ["Photo 1/3", "Photo 2/3", "Photo 3/3"],
    ["Bilete 1 av 3", "Bilete 2 av 3", "Bilete 3 av 3"],
])
def test_a_counter_line_between_a_picture_and_its_caption_leaves_each_caption_with_its_picture(counters: list[str]) -> None:
    captions = ["Mist over the Ittin hills. Photo: ONA", "Workers prepare the grounds. Photo: Khalid Said/Dhofar Dispatch",
                "The Ayn Khor waterfall flows again. Photo: Ministry of Heritage and Tourism"]
    photos = _text(_gallery(counters, captions))["photos"]
    assert [(photo["url"].rsplit("/", 1)[1], photo["caption"], photo["credit_line"]) for photo in photos] == [
        ("slide-1", "Mist over the Ittin hills.", "ONA"),
        ("slide-2", "Workers prepare the grounds.", "Khalid Said/Dhofar Dispatch"),
        ("slide-3", "The Ayn Khor waterfall flows again.", "Ministry of Heritage and Tourism")]


def test_a_counter_line_over_the_next_picture_still_heads_it() -> None:
    text = "\n".join(["# Khareef visitors top one million", "", "By Salim Al Harthy", "",
                      "Salalah: More than one million visitors are expected in Dhofar this season, the ministry said.",
                      "", "1 of 2", f"![]({IMG}/slide-1)", "Mist over the hills. Photo: ONA", "",
                      "2 of 2", f"![]({IMG}/slide-2)", "Workers at the grounds. Photo: ONA", "",
                      "© 2024 Dhofar Dispatch. All rights reserved."])
    photos = _text(text)["photos"]
    assert [photo["caption"] for photo in photos] == ["Mist over the hills.", "Workers at the grounds."]


def test_a_counter_over_the_next_pictures_caption_is_not_taken_for_the_one_above() -> None:
    text = "\n".join(["# Flood on the Elbe", "", "Von Anna Schmidt", "", "Der Pegel der Elbe ist in der Nacht gestiegen.",
                      "", "Photo 1/2", "Helfer füllen Sandsäcke. Foto: Karl Berger/dpa", f"{IMG}/altstadt.jpg", "",
                      "Photo 2/2", "Das Wasser steht unter der Brücke. Foto: Sven Brandt/IMAGO", f"{IMG}/bruecke.jpg",
                      "", "Die Feuerwehr hat Sandsäcke verteilt."])
    photos = _text(text)["photos"]
    assert [photo["credit_line"] for photo in photos] == ["Karl Berger/dpa", "Sven Brandt/IMAGO"]


# -- bylines -------------------------------------------------------------------------------------------------------


def test_a_wrapper_named_for_the_byline_that_holds_the_headline_is_not_the_byline() -> None:
    record = _page('<main><div class="ccm-block-page-title-byline"><h1 class="page-title">Lungolago, il cantiere '
                   'accumula ritardo</h1><span class="page-author">Di Marco Bernasconi e Lara Pedrazzini</span>'
                   f'<span class="page-date">28 maggio 2024</span></div><article>{STORY}</article></main>')
    assert record["bylines"] == ["Marco Bernasconi", "Lara Pedrazzini"]


def test_a_byline_block_without_the_headline_is_still_the_byline() -> None:
    record = _page(f'<main><h1>Storm closes the harbour</h1><div class="article-byline">By Ann Lee</div>'
                   f'<article>{STORY}</article></main>')
    assert record["bylines"] == ["Ann Lee"]


@pytest.mark.parametrize(("label", "name"), [("By", "Nirmala Fernando"), ("Por", "Ana Ruiz"), ("Von", "Anna Roth"),
                                              ("Par", "Jean Morel")])
def test_a_label_in_its_own_element_touching_the_authors_link_is_read_apart(label: str, name: str) -> None:
    record = _page('<main><h1 class="title">Storm closes the harbour</h1><div class="media-body">'
                   f'<h4 class="media-heading"><span>{label}</span><a href="/author/x/">{name}</a></h4>'
                   f'<span class="date">Jun 5, 2024</span></div><article>{STORY}</article></main>')
    assert record["bylines"] == [name]


@pytest.mark.parametrize(("line", "names"), [
    ("Par Nassima Belkacem Publié le 27 mai 2024 à 18h40", ("Nassima Belkacem",)),
    ("By Ann Lee Published June 3, 2024", ("Ann Lee",)),
    ("Por Ana Ruiz Publicado el 3 de junio de 2024", ("Ana Ruiz",)),
    ("Von Anna Roth Veröffentlicht am 3. Juni 2024", ("Anna Roth",)),
    ("Di Luca Bianchi aggiornato il 3 giugno 2024", ("Luca Bianchi",)),
    ("Av Maja Lind publicerad 3 juni 2024", ("Maja Lind",)),
    ("Par Anne Le 27 mai 2024", ("Anne Le",)),  # a surname, no label
])
def test_the_date_label_of_the_language_is_no_part_of_the_name(line: str, names: tuple[str, ...]) -> None:
    assert split_byline(line) == names


def _clip(byline: str, nag: str = "Suscríbete a nuestro boletín y recibe las noticias cada mañana. [Suscribirme](/boletin)") -> str:
    return "\n\n".join([nag, "# Puerto Cabello recibe cuatro grúas nuevas", byline, "28 mayo, 2024",
                        "Cuatro grúas pórtico llegaron este lunes al puerto, el principal del país. " * 2])


@pytest.mark.parametrize(("byline", "names"), [
    ("Por **Daniela Urbina**", ["Daniela Urbina"]),
    ("*By Ann Lee and Bo Park*", ["Ann Lee", "Bo Park"]),
    ("Von __Anna Roth__", ["Anna Roth"]),
])
def test_a_byline_set_in_markdown_bold_or_italics_is_read(byline: str, names: list[str]) -> None:
    record = _text(_clip(byline))
    assert (record["bylines"], record["title"]) == (names, "Puerto Cabello recibe cuatro grúas nuevas")


def test_a_bold_subheading_is_no_byline() -> None:
    assert _text(_clip("**Por qué importa**"))["bylines"] == []


@pytest.mark.parametrize("nag", ["Suscríbete a nuestro boletín y recibe las noticias cada mañana",
                                 "Suscribite y leé sin límites todas las noticias", "Suscríbase hoy a la edición impresa"])
def test_a_newsletters_nag_in_its_forms_is_no_headline(nag: str) -> None:
    assert _text(_clip("", nag=nag))["title"] == "Puerto Cabello recibe cuatro grúas nuevas"


@pytest.mark.parametrize(("line", "paper"), [
    ("Connemara Correspondent", False), ("Health Editor", False), ("Political Columnist", False),
    ("The Corrib Courier", True), ("Bay Area Reporter", True),  # a paper named by a role's word
])
def test_a_role_line_under_the_byline_names_the_beat_not_the_paper(line: str, paper: bool) -> None:
    assert is_publication_line(line) is paper


# -- titles --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("headline", "title"), [
    (["Oughterard bypass", "back on agenda as", "€24m plan revived"], "Oughterard bypass back on agenda as €24m plan revived"),
    (["Kejetia traders", "get new market", "stalls by August"], "Kejetia traders get new market stalls by August"),
    (["Neue Brücke für", "Lindaus Altstadt eröffnet"], "Neue Brücke für Lindaus Altstadt eröffnet"),
])
def test_a_print_headline_broken_over_lines_is_joined(headline: list[str], title: str) -> None:
    text = "\n".join(["THE CORRIB COURIER Wednesday, June 5, 2024 7", "NEWS", *headline, "By Aoife Ní Fhlatharta",
                      "THE long-shelved bypass of", "Oughterard is back on the", "table after the council met.",
                      "© The Corrib Courier 2024. All rights reserved."])
    assert _text(text)["title"] == title


def test_a_section_label_over_the_headline_is_not_joined_to_it() -> None:
    text = "\n".join(["THE CORRIB COURIER Wednesday, June 5, 2024 7", "", "NEWS", "", "Council approves the",
                      "harbour plan at last", "", "By Aoife Ní Fhlatharta", "", "THE council met on Monday and voted."])
    assert _text(text)["title"] == "Council approves the harbour plan at last"


@pytest.mark.parametrize("heading", [
    "* [[https://www.thimphuchronicle.example/2024/06/05/night-landings/][Paro night landings approved | Thimphu Chronicle]]  :website:",
    "* Paro night landings approved | Thimphu Chronicle",
    "** [[https://www.thimphuchronicle.example/2024/06/05/night-landings/][Paro night landings approved | Thimphu Chronicle]] :web:news:",
])
def test_an_org_mode_captures_heading_is_the_title_and_names_the_site(heading: str) -> None:
    text = "\n".join([heading, ":PROPERTIES:", ":URL:      https://www.thimphuchronicle.example/2024/06/05/night-landings/",
                      ":CAPTURED: [2024-06-05 Wed 14:02]", ":END:", "", "Sonam Choden and Karma Dorji", "",
                      "Paro International Airport will handle its first scheduled night landings from July, after",
                      "the Department of Air Transport approved new runway lighting.", "",
                      "[[https://www.thimphuchronicle.example/uploads/2024/06/paro-apron-jet-1024x683.jpg]]", "",
                      "A jet on the apron at Paro. Photo: Kinley Wangmo"])
    record = parse_article(text.encode(), url="https://www.thimphuchronicle.example/2024/06/05/night-landings/",
                           content_type="text/plain").to_record()
    assert (record["title"], record["publication"], record["publication_source"]) == (
        "Paro night landings approved", "Thimphu Chronicle", "title suffix")
    assert [(photo["caption"], photo["credit_line"]) for photo in record["photos"]] == [
        ("A jet on the apron at Paro.", "Kinley Wangmo")]


# -- the paper's name ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("alt", ["Início", "Startseite", "Strona główna", "Αρχική", "Trang chủ", "Etusivu", "Beranda"])
def test_a_logo_alt_that_is_the_languages_word_for_home_is_no_name(alt: str) -> None:
    record = _page(f'<header><a class="logo" href="/"><img src="/logo.svg" alt="{alt}"></a></header>'
                   f'<article><h1>Storm closes the harbour</h1>{STORY}</article>'
                   '<footer>© 2024 Jornal Morabeza. Todos os direitos reservados.</footer>')
    assert (record["publication"], record["publication_source"]) == ("Jornal Morabeza", "footer copyright")


def test_a_logo_alt_naming_the_paper_is_still_its_name() -> None:
    record = _page('<header><a class="logo" href="/"><img src="/logo.svg" alt="Jornal Morabeza"></a></header>'
                   f'<article><h1>Storm closes the harbour</h1>{STORY}</article>')
    assert (record["publication"], record["publication_source"]) == ("Jornal Morabeza", "logo alt")


def _export(**keys: object) -> dict:
    story = {"title": "Douala : les taxis en grève", "content": "Les chauffeurs de taxi ont observé une grève. " * 4,
             "url": "https://www.messager.example/economie/taxis", "author": "Aïcha Mbarga"} | keys
    return parse_article(json.dumps(story).encode(), url=story["url"]).to_record()


def test_an_exports_host_name_yields_to_the_site_name_beside_it() -> None:
    record = _export(domain="messager.example", site="Le Messager du Littoral")
    assert (record["publication"], record["publication_source"]) == ("Le Messager du Littoral", "og:site_name")


def test_an_exports_list_of_the_pages_meta_tags_names_the_site() -> None:
    record = _export(domain="messager.example", metaTags=[
        {"name": None, "property": "og:site_name", "content": "Le Messager du Littoral"},
        {"name": "author", "property": None, "content": "Aïcha Mbarga"}])
    assert (record["publication"], record["publication_source"]) == ("Le Messager du Littoral", "og:site_name")


def test_an_exports_host_name_alone_names_no_site() -> None:
    assert _export(domain="messager.example")["publication"] != "messager.example"


def _feed_export(feed_id: int) -> dict:
    body = ('<p>Vegen er 3,2 kilometer lang og går frå Tørvikbygd til Norheimsund sentrum, seier kommunen.</p>'
            '<figure><img src="https://img.kvam.example/api/image/5f2a?w=1200&amp;h=800"><figcaption>Den nye vegen. '
            '<span class="credit">Foto: Sjur Ådland</span></figcaption></figure>')
    data = {"feeds": [{"id": 12, "title": "Other Gazette", "url": "https://other.example/rss"},
                      {"id": 57, "title": "Kvamsposten", "url": "https://www.kvam.example/rss"}],
            "items": [{"id": 4882, "url": "https://www.kvam.example/nyheiter/ny-veg", "title": "Ny gang- og sykkelveg",
                       "author": "Ingrid Tveit", "body": body, "feedId": feed_id,
                       "mediaThumbnail": "https://img.kvam.example/api/image/5f2a?w=600&h=400"}]}
    return parse_article(json.dumps(data).encode(), url="https://www.kvam.example/nyheiter/ny-veg").to_record()


def test_a_feed_readers_item_is_named_by_its_feeds_plain_title() -> None:
    record = _feed_export(57)
    assert (record["publication"], record["publication_source"]) == ("Kvamsposten", "og:site_name")
    assert record["photos"][0]["also_seen_as"] == ["https://img.kvam.example/api/image/5f2a?w=600&h=400"]


def test_a_feed_id_no_listed_feed_has_names_no_site() -> None:
    assert _feed_export(99)["publication"] not in ("Kvamsposten", "Other Gazette")


def _club_page(credit: str, site: str) -> dict:
    return _page(f'<article><h1>Derby won in the last minute</h1>{STORY}<figure><img src="https://club.example/a.jpg" '
                 f'width="1200" height="800"><figcaption>The winning goal. <span class="image__copyright">Foto: {credit}</span>'
                 '</figcaption></figure></article>',
                 f'<meta property="og:site_name" content="{site}">')


@pytest.mark.parametrize(("credit", "site", "agency", "photographers"), [
    ("SV Rheinhausen 09/Pia Kessler", "SV Rheinhausen 09", "SV Rheinhausen 09", ["Pia Kessler"]),
    ("Pia Kessler/SV Rheinhausen 09", "SV Rheinhausen 09", "SV Rheinhausen 09", ["Pia Kessler"]),
    ("Mercia CCC", "Mercia County Cricket Club", "Mercia CCC", []),
    ("Hull KR", "Hull Kingston Rovers", "Hull KR", []),
])
def test_the_clubs_own_name_with_its_year_or_initials_is_its_house_credit(credit: str, site: str, agency: str,
                                                                          photographers: list[str]) -> None:
    photo = _club_page(credit, site)["photos"][0]
    assert (photo["agency"], photo["photographers"]) == (agency, photographers)


@pytest.mark.parametrize(("credit", "site"), [
    ("Mercia Smith", "Mercia County Cricket Club"),  # a person whose first name is the county's
    ("Pia Kessler", "SV Rheinhausen 09"),
])
def test_a_person_is_no_clubs_short_name(credit: str, site: str) -> None:
    photo = _club_page(credit, site)["photos"][0]
    assert (photo["agency"], photo["photographers"]) == (None, [credit])


# -- captions ------------------------------------------------------------------------------------------------------


def _pictured(block: str) -> dict:
    return _page(f"<article><h1>Bridge to close for repairs</h1>{STORY}{block}<p>More text follows here.</p></article>")


@pytest.mark.parametrize(("block", "caption"), [
    ('<div class="cmp-image"><img src="https://r.example/most.jpeg" width="1600" height="1000" alt="">'
     '<span class="cmp-image__title">Hasiči při kontrole pilířů.</span>'
     '<span class="cmp-image__credit">Zdroj: HZS Olomouckého kraje</span></div>', "Hasiči při kontrole pilířů."),
    ('<div class="img-cont"><img src="https://r.example/minister.jpg" width="1000" height="600" alt="">'
     '<span class="img-title">وزير النقل خلال جولة سابقة بالمحطة</span></div>', "وزير النقل خلال جولة سابقة بالمحطة"),
    ('<div class="photo-box"><img src="https://r.example/bruecke.jpg" width="1000" height="600" alt="">'
     '<p class="photo-title">Die Brücke am Morgen.</p></div>', "Die Brücke am Morgen."),
])
def test_the_only_text_beside_a_picture_marked_as_its_title_is_its_caption(block: str, caption: str) -> None:
    assert _pictured(block)["photos"][0]["caption"] == caption


@pytest.mark.parametrize("block", [
    '<div class="card"><img src="https://r.example/other.jpg" width="1000" height="600" alt="">'
    '<span class="card-title"><a href="/other-story">Another story entirely</a></span></div>',  # a card's link
    '<div class="photo-box"><img src="https://r.example/two.jpg" width="1000" height="600" alt="">'
    '<span class="photo-title">Gallery one</span><span class="photo-date">3 June 2024</span></div>',  # not alone
])
def test_a_title_that_is_a_link_or_not_alone_is_no_caption(block: str) -> None:
    photos = _pictured(block)["photos"]
    assert not photos or photos[0]["caption"] is None


@pytest.mark.parametrize("ad", ["banner-adv", "box-publicidad", "werbung-rechts", "reklama-box", "mainos"])
def test_an_ad_block_named_in_the_sites_language_is_no_photo(ad: str) -> None:
    record = _page(f"<main><div class='col-8'><h1>Bridge to close for repairs</h1>{STORY}</div><div class='col-4'>"
                   f'<div class="{ad}"><img src="https://media.ticino.example/serve/300x600/cassa-raiffeisen.jpg" '
                   'alt="Cassa Raiffeisen" width="300" height="600"></div></div></main>')
    assert record["photos"] == []


def test_a_banner_picture_of_the_story_is_kept() -> None:
    record = _pictured('<div class="hero-banner"><img src="https://r.example/bridge-wide.jpg" width="1600" '
                       'height="700" alt="The bridge"></div>')
    assert [photo["url"] for photo in record["photos"]] == ["https://r.example/bridge-wide.jpg"]


@pytest.mark.parametrize(("line", "names"), [
    ("كتب: محمد عبد الحليم وسارة فؤاد", ("محمد عبد الحليم", "سارة فؤاد")),
    ("كتب: محمد علي ووليد خالد", ("محمد علي", "وليد خالد")),  # "and" glued to Walid
    ("كتب: أحمد سامي وفاء حسن", ("أحمد سامي وفاء حسن",)),  # Wafaa opens with the letter: no "and"
    ("كتب: محمد وائل حسن", ("محمد وائل حسن",)),
])
def test_arabics_and_glued_to_the_next_name_splits_two_people(line: str, names: tuple[str, ...]) -> None:
    assert split_byline(line) == names
