"""Rules found working on the tenth blind set (issue 15), each with a small case of its own.

The set itself is ``data/blind10`` (test_blind_shapes); these cases hold each rule apart from it.
"""

from __future__ import annotations

import json

import pytest

from catalog.articles.html_photos import is_decorative_url
from catalog.articles.image_urls import named_width
from catalog.articles.pages import parse_article
from catalog.credits import parse_credit_line, split_caption_credit
from tests.catalog.articles.test_blind9_rules import STORY, _page, _text  # the same small page around a story's text


@pytest.mark.parametrize(("url", "width"), [
    ("https://img.example/styles/focal_3_2_1920x1280/public/2024-06/quay.jpg?itok=Tz4v", 1920),
    ("https://img.example/files/image_990_557/uploads/2024/06/05/quay.jpeg", 990),
    ("https://img.example/files/uploads_2024_06/quay.jpeg", None),  # a year and a month, no size
])
def test_a_folder_named_by_a_style_ending_in_its_size_names_the_width(url: str, width: int | None) -> None:
    assert named_width(url) == width


def test_a_lazy_sources_style_folders_pick_the_largest_copy() -> None:
    record = _page(f'<article>{STORY}<figure><picture>'
                   '<source media="(max-width: 767px)" data-srcset="https://img.example/files/image_640_360/u/quay.jpeg">'
                   '<source media="(min-width: 1400px)" data-srcset="https://img.example/files/image_1920_1080/u/quay.jpeg">'
                   '<img class="lazy" data-src="https://img.example/files/image_990_557/u/quay.jpeg" src="/blank.png">'
                   '</picture><figcaption>The quay at noon.</figcaption></figure></article>')
    [photo] = record["photos"]
    assert photo["url"] == "https://img.example/files/image_1920_1080/u/quay.jpeg"
    assert len(photo["also_seen_as"]) == 2


def test_a_density_candidate_takes_the_width_its_url_names_before_the_imgs_displayed_width() -> None:
    # the second <source> serves small screens: its "2x" copy is the 960 px one, not twice the img's 960 px
    thumbor = "https://cdn.example/thumbor/{}=/0x0:4800x2700/{}/media/cicada/original.jpg"
    small, middle, large = thumbor.format("Qw3", "655x368"), thumbor.format("Kd8", "960x540"), thumbor.format("Pv5", "1920x1080")
    record = _page(f'<article>{STORY}<figure><picture>'
                   f'<source media="(min-width: 976px)" srcset="{middle}, {large} 2x">'
                   f'<source srcset="{small}, {middle} 2x">'
                   f'<img src="{middle}" width="960" height="540"></picture>'
                   '<figcaption>A cicada on a branch.</figcaption></figure></article>')
    [photo] = record["photos"]
    assert photo["url"] == large
    assert sorted(photo["also_seen_as"]) == sorted([middle, small])


def test_a_source_for_wide_screens_is_larger_than_the_fallback_img() -> None:
    shown = "https://cdn.example/images/3Rt7.jpg?op=crop&val=600,400&sum=Hh3"
    wide = "https://cdn.example/images/3Rt7.jpg?op=crop&val=1200,800&sum=Zt6"
    record = _page(f'<article>{STORY}<figure><picture><source media="(min-width: 1024px)" srcset="{wide}">'
                   f'<img src="{shown}" width="600" height="400"></picture>'
                   '<figcaption>The tunnel.</figcaption></figure></article>')
    [photo] = record["photos"]
    assert (photo["url"], photo["also_seen_as"]) == (wide, [shown])


def test_names_marked_inside_their_author_links_are_read_from_the_labelled_line_around_them() -> None:
    record = _page('<main><section><header><h1>Low water on the Saône</h1><div class="article__author"><span class="author__detail">Par '
                   '<a href="/signataires/ann-lee/"><span class="author__name">Ann Lee</span></a> et '
                   '<a href="/signataires/bo-park/"><span class="author__name">Bo Park</span></a> (Chalon, envoyé spécial)'
                   f'</span></div></header><article>{STORY}</article></section></main>')
    assert (record["byline"], record["bylines"]) == ("Ann Lee et Bo Park", ["Ann Lee", "Bo Park"])


def test_a_signature_block_names_its_author_in_an_element_of_its_own_beside_the_place() -> None:
    record = _page('<article><h1>Rain in the valley</h1><div class="c-signature"><strong class="c-signature__author">'
                   f'<a href="/autores/ana-lemos">Ana Lemos</a></strong> <span class="c-signature__location">Anápolis (GO)'
                   f'</span></div>{STORY}</article>')
    assert (record["byline"], record["bylines"]) == ("Ana Lemos", ["Ana Lemos"])


def test_an_author_mark_inside_one_that_holds_the_date_is_read() -> None:
    record = _page('<article><h1>Taxi strike</h1><div class="article__author-container"><span class="article__author">'
                   '<a href="/authors/thandeka-mokoena">Thandeka Mokoena</a></span> <span class="article__date">'
                   f'05 Jun 2024</span></div>{STORY}</article>')
    assert record["bylines"] == ["Thandeka Mokoena"]


def test_the_date_inside_an_author_element_is_no_part_of_the_names() -> None:
    record = _page('<article><h1>Tunnel</h1><div class="ContentHead_author"><a href="/autoren/cb">Corinne Bühlmann</a>, '
                   '<a href="/autoren/rz">Reto Zanetti</a><span class="ContentHead_date">Publiziert: 05.06.2024, 17:30'
                   f'</span></div>{STORY}</article>')
    assert (record["byline"], record["bylines"]) == ("Corinne Bühlmann, Reto Zanetti", ["Corinne Bühlmann", "Reto Zanetti"])


def test_a_dash_after_the_byline_label_is_part_of_the_label() -> None:
    record = _page('<article><h1>Tribal colleges</h1><span class="post__byline">By &mdash; <a href="/author/ml">Mari Lee'
                   f'</a>, <a href="/author/bk">Bret Kowal</a></span>{STORY}</article>')
    assert (record["byline"], record["bylines"]) == ("Mari Lee, Bret Kowal", ["Mari Lee", "Bret Kowal"])


@pytest.mark.parametrize(("line", "bylines"), [("Farai Mudzingwa, Senior Business Reporter", ["Farai Mudzingwa"]),
                                               ("Business Reporter", []),  # a role alone names no one
                                               ("Prices rise, farmers say", [])])  # a bold standfirst
def test_a_bold_line_opening_the_text_with_a_name_and_a_role_is_the_byline(line: str, bylines: list[str]) -> None:
    record = _page(f'<article><h1>Maize price raised</h1><div class="entry-content"><p><strong>{line}</strong></p>'
                   f'{STORY}</div></article>')
    assert record["bylines"] == bylines


def test_a_bold_labelled_line_is_a_byline() -> None:
    record = _page(f'<span class="titulo">Barragem abaixo dos 20 %</span><br><b>Texto: Joaquina Revez</b><br>{STORY}')
    assert record["bylines"] == ["Joaquina Revez"]


def test_an_element_whose_one_class_names_it_the_headline_is_the_title_without_a_heading() -> None:
    record = _page(f'<span class="antetitulo">Mértola</span><span class="titulo">Barragem abaixo dos 20 %</span>{STORY}',
                   head="<title>Diário do Alentejo Sul – Regional</title>")
    assert record["title"] == "Barragem abaixo dos 20 %"


@pytest.mark.parametrize(("credit", "agency"), [("archives Grund Médias", "Grund Médias"), ("archives AFP", "AFP"),
                                                ("archivo de El Día", "El Día")])
def test_an_archive_word_in_lower_case_before_its_owner_names_the_owner_as_agency(credit: str, agency: str) -> None:
    found = parse_credit_line(credit)
    assert (found.agency, found.photographers, found.qualifiers) == (agency, (), ("file",))


@pytest.mark.parametrize(("credit", "agency", "photographers"), [("MERIDIANA/Archivo", "MERIDIANA", ()),
                                                                ("Juan Pérez/Archivo", None, ("Juan Pérez",))])
def test_one_word_in_capitals_before_a_file_word_is_the_agency_whose_file_it_is(credit: str, agency: str | None,
                                                                               photographers: tuple[str, ...]) -> None:
    found = parse_credit_line(credit)
    assert (found.agency, found.photographers) == (agency, photographers)


def test_an_agencys_file_credit_closing_the_caption_is_split_off() -> None:
    caption, credit = split_caption_credit("Racimos de tempranillo, en una imagen de archivo. MERIDIANA/Archivo")
    assert (caption, credit.credit_line, credit.agency) == ("Racimos de tempranillo, en una imagen de archivo.",
                                                            "MERIDIANA/Archivo", "MERIDIANA")


@pytest.mark.parametrize("note", ["File picture", "File photo", "Staff picture"])
def test_a_bracketed_file_or_staff_picture_note_closing_the_caption_is_its_credit(note: str) -> None:
    record = _page(f'<article>{STORY}<div class="wp-caption"><img src="https://cdn.example/Gumbo-300x200.jpg" '
                   f'width="300" height="200"><p class="wp-caption-text">Dr Tinashe Gumbo ({note})</p></div></article>')
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"], photo["agency"]) == ("Dr Tinashe Gumbo", note, None)


MAIL = ("** Im Browser ansehen (https://campaign.example/?u=4b2a)\n------\nThe Morgenpost\n------\n\n"
        "** Tram line 8 extended to Reininghaus\n------\n\nVon Katharina Pölzl\n\n"
        "The council approved the extension of tram line 8 on Tuesday evening, by a large majority.\n\n"
        "Foto ansehen (https://mcusercontent.example/4b2a/images/7c1e2d3f-aa44.jpg)\n"
        "The building site on Alte Poststraße in May. Foto: Stefan Wiesinger/APA\n\n"
        "The costs are shared by the city and the province.\n")


def test_a_plain_text_mails_picture_link_in_brackets_is_the_picture_with_the_caption_under_it() -> None:
    [photo] = _text(MAIL)["photos"]
    assert photo["url"] == "https://mcusercontent.example/4b2a/images/7c1e2d3f-aa44.jpg"
    assert (photo["caption"], photo["credit_line"], photo["agency"]) == ("The building site on Alte Poststraße in May.",
                                                                        "Stefan Wiesinger/APA", "APA")


def test_a_heading_marked_with_two_stars_is_the_headline_and_a_bold_run_is_not_one() -> None:
    assert _text(MAIL)["title"] == "Tram line 8 extended to Reininghaus"
    bold = _text("**Storm closes the harbour**\n\nBy Ann Lee\n\nThe harbour was closed for the day on Sunday.")
    assert bold["title"] == "**Storm closes the harbour**"  # Markdown's bold, not a heading's mark: left as it is


OUTLINE = ("title:: Rain floods 400 homes in Benguela\nsource:: https://planalto.example/2024/06/rain\n"
           "site:: Jornal do Planalto\nauthor:: Redacção\n\n- # Rain floods 400 homes in Benguela\n"
           "- At least 400 families lost their homes after Tuesday's rain in Benguela and Catumbela.\n"
           "- Texto: Esperança Tchipilica | Edição: Manuel Kapingala\n- Galeria\n\t- Foto 1/1\n"
           "\t  ![b7e4](https://planalto.imgix.example/2024/06/05/b7e41c90?w=1600)\n"
           "\t  Families sheltered in a school in Graça. Foto: Domingos Cassoma/Jornal do Planalto\n"
           "- The town asks families living by the river to leave.\n")


def test_an_outlines_properties_are_its_fields_and_its_bullets_are_no_text() -> None:
    record = _text(OUTLINE)
    assert record["title"] == "Rain floods 400 homes in Benguela"
    assert (record["publication"], record["publication_source"]) == ("Jornal do Planalto", "og:site_name")
    [photo] = record["photos"]
    assert (photo["caption"], photo["agency"]) == ("Families sheltered in a school in Graça.", "Jornal do Planalto")


@pytest.mark.parametrize("newsroom", ["Redacção", "Redaktion", "Staff"])
def test_an_author_field_naming_the_newsroom_yields_to_the_byline_naming_people(newsroom: str) -> None:
    record = _text(OUTLINE.replace("Redacção", newsroom))
    assert (record["byline"], record["bylines"]) == ("Esperança Tchipilica", ["Esperança Tchipilica"])
    alone = _text(OUTLINE.replace("- Texto: Esperança Tchipilica | Edição: Manuel Kapingala\n", ""))
    assert alone["bylines"] == ["Redacção"]  # with no byline naming people, the field is all there is


def test_a_site_field_holding_an_address_names_no_publication() -> None:
    record = _text(OUTLINE.replace("site:: Jornal do Planalto", "site:: https://planalto.example/"))
    assert record["publication"] != "https://planalto.example/"


def _json(saved: object) -> dict:
    return parse_article(json.dumps(saved).encode(), url="https://coast.example/storm").to_record()


def test_under_a_summary_object_only_its_text_is_the_summary() -> None:
    # a feed reader's API keeps the entry's HTML in "summary": {"direction": "ltr", "content": …} (Inoreader)
    entry = {"items": [{"title": "Storm closes the harbour", "canonical": [{"href": "https://coast.example/storm"}],
                        "summary": {"direction": "ltr", "content": '<p><strong>By Ann Lee</strong></p><figure><img '
                                    'src="https://cdn.example/quay?w=1200&h=800"><figcaption>The quay at noon. Photo: '
                                    f'Cy Doe | Coast Daily</figcaption></figure>{STORY}'},
                        "author": "Wire Desk", "origin": {"title": "News Digest"}}]}
    record = _json(entry)
    assert (record["title"], record["bylines"]) == ("Storm closes the harbour", ["Ann Lee"])
    [photo] = record["photos"]
    assert (photo["url"], photo["caption"], photo["agency"]) == ("https://cdn.example/quay?w=1200&h=800",
                                                                 "The quay at noon.", "Coast Daily")


def test_an_exports_sized_copies_of_a_picture_the_body_shows_are_its_renditions() -> None:
    original, copy = "https://coast.example/uploads/quay.jpg", "https://images.reader.example/3f2a/3f2a9b8c7d6e.jpg"
    entry = [{"title": "Storm closes the harbour", "url": "https://coast.example/storm",
              "content": f'<figure><img src="{original}"><figcaption>The quay at noon.</figcaption></figure>{STORY}',
              "images": {"original_url": original, "size_1": {"cdn_url": copy, "width": 542, "height": 304}}}]
    [photo] = _json(entry)["photos"]
    assert (photo["url"], photo["also_seen_as"], photo["caption"]) == (original, [copy], "The quay at noon.")


@pytest.mark.parametrize(("url", "decorative"), [("https://coast.example/plugins/share/whatsapp.png", True),
                                                 ("https://coast.example/img/facebook-icon-32.png", True),
                                                 ("https://coast.example/2024/06/facebook-ceo-hearing.jpg", False)])
def test_an_image_named_only_after_where_it_shares_to_is_a_share_button(url: str, decorative: bool) -> None:
    assert is_decorative_url(url) is decorative


def test_a_title_suffix_the_footer_prints_after_the_sites_name_is_its_slogan() -> None:
    body = f'<article><h1>Flood sweeps cassava farms</h1>{STORY}</article>'
    footer = '<div class="footer"><p>&copy; 2024 Lagos Mirror - Truth Without Borders. All rights reserved.</p></div>'
    head = "<title>Flood sweeps cassava farms &#8211; Truth Without Borders</title>"
    record = _page(body + footer, head=head)
    assert (record["publication"], record["publication_source"]) == ("Lagos Mirror", "footer copyright")
    plain = _page(body + '<div class="footer"><p>&copy; 2024 Lagos Mirror Ltd.</p></div>',
                  head="<title>Flood sweeps cassava farms &#8211; Lagos Mirror</title>")
    assert (plain["publication"], plain["publication_source"]) == ("Lagos Mirror", "title suffix")


def test_a_strip_of_logos_is_no_photo() -> None:
    record = _page(f'<article>{STORY}<div class="post__support"><img src="/static/img/funder-logos.png" '
                   'alt="Supported by"></div></article>')
    assert record["photos"] == []


def test_the_imageobjects_creator_is_the_photographer_of_a_picture_credited_to_its_agency_alone() -> None:
    url = "https://cdn.example/article/image/1920x1080/quay-1717571234.jpg"
    ld = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Flood", "image": [{"@type": '
          f'"ImageObject", "url": "{url}", "creditText": "Belga", "creator": {{"@type": "Person", "name": "Bruno Fahy"}}}}]}}')
    record = _page(f'<article><h1>Flood</h1><figure><img src="{url}"><figcaption>The quays under water. '
                   f'<span class="credit">© Belga</span></figcaption></figure>{STORY}</article>',
                   head=f'<script type="application/ld+json">{ld}</script>')
    [photo] = record["photos"]
    assert (photo["agency"], photo["photographers"]) == ("Belga", ["Bruno Fahy"])


def test_the_full_stop_after_a_bracketed_credit_closing_the_caption_ends_the_caption() -> None:
    record = _page(f'<article>{STORY}<figure><img src="https://cdn.example/tram.jpg"><figcaption>A tram ran to the '
                   'boulevard (photo : Julien Garroy).</figcaption></figure></article>')
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("A tram ran to the boulevard.", "Julien Garroy")


PRINT_PAGE = ("DIARIO DEL CHACO\nAsunción, miércoles 5 de junio de 2024\n17\nINTERIOR\nCooperativas del Chaco\n"
              "piden asfaltar la ruta\nde la leche\nLos productores estiman pérdidas de G. 2.000 millones\n"
              "por cada semana de lluvias.\nPor Néstor Ayala Benítez\nCorresponsal en Boquerón\n"
              "Los presidentes de las tres coopera-\ntivas menonitas pidieron ayer al Gobierno el asfaltado.\n"
              "© 2024 Diario del Chaco. Prohibida su reproducción total o parcial.\n")


def test_a_standfirst_broken_over_lines_is_no_headline_the_lines_above_it_are() -> None:
    assert _text(PRINT_PAGE)["title"] == "Cooperativas del Chaco piden asfaltar la ruta de la leche"


@pytest.mark.parametrize("role", ["Corresponsal en Boquerón", "Correspondent in Kyiv"])
def test_a_line_under_the_byline_opening_with_a_role_names_no_paper(role: str) -> None:
    record = _text(PRINT_PAGE.replace("Corresponsal en Boquerón", role))
    assert (record["publication"], record["publication_source"]) == ("Diario del Chaco", "footer copyright")


@pytest.mark.parametrize(("credit", "photographers", "agency"), [
    ("PHOTO ÉTIENNE LAFLAMME, LA PRESSE CANADIENNE", ("ÉTIENNE LAFLAMME",), "LA PRESSE CANADIENNE"),
    ("PHOTO ILLUSTRATION", (), None),  # no name and comma after it: no label
])
def test_photo_in_capitals_before_a_name_in_capitals_and_a_comma_is_a_label(credit: str, photographers: tuple,
                                                                             agency: str | None) -> None:
    found = parse_credit_line(credit)
    assert found is None or (found.photographers, found.agency) == (photographers, agency)
    if photographers:
        assert found.credit_line == credit.removeprefix("PHOTO ")


@pytest.mark.parametrize("date", ["3.jun.2024", "03/06/2024"])
def test_a_credit_after_a_pipe_with_the_day_the_picture_was_taken_closes_the_caption(date: str) -> None:
    record = _page(f'<article>{STORY}<figure><img src="https://cdn.example/lula.jpg"><figcaption>O presidente durante '
                   f'reunião ministerial | Sérgio Lacerda/Brasília Hoje - {date}</figcaption></figure></article>')
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("O presidente durante reunião ministerial",
                                                        "Sérgio Lacerda/Brasília Hoje")
    assert (photo["agency"], photo["photographers"]) == ("Brasília Hoje", ["Sérgio Lacerda"])


def test_a_sites_own_image_element_is_read_as_an_image() -> None:
    # heise's <a-img>: the upload itself, the <noscript> copy's sizes its renditions
    upload = "https://coast.example/imgs/18/quay-7c1e2b0a4f3d9e81.jpeg"
    record = _page(f'<article>{STORY}<figure><a-img src="/imgs/18/quay-7c1e2b0a4f3d9e81.jpeg" width="1200"></a-img>'
                   f'<noscript><img src="{upload}?width=700" srcset="{upload}?width=350 350w, {upload}?width=700 700w">'
                   '</noscript><figcaption>The quay at noon (Bild: Cy Doe)</figcaption></figure></article>')
    [photo] = record["photos"]
    assert (photo["url"], sorted(photo["also_seen_as"])) == (upload, [f"{upload}?width=350", f"{upload}?width=700"])


@pytest.mark.parametrize(("note", "credit"), [("[Courtesy]", "Courtesy"), ("[File, Standard]", "File, Standard")])
def test_a_credit_in_square_brackets_closing_the_caption_is_read_as_in_round_ones(note: str, credit: str) -> None:
    record = _page(f'<article>{STORY}<figure><img src="https://cdn.example/depot.jpg"><figcaption>The minister during '
                   f'a past tour of the depot. {note}</figcaption></figure></article>')
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("The minister during a past tour of the depot.", credit)


def test_polish_press_materials_name_no_party() -> None:
    found = parse_credit_line("Fot. materiały prasowe")
    assert (found.credit_line, found.agency, found.photographers) == ("materiały prasowe", None, ())


def test_an_author_box_holding_only_the_marked_name_a_place_and_a_time_is_the_byline() -> None:
    line = ('<div class="author-box"><a class="author-name" href="/autores/marta-soler.html">Marta Soler Grau</a> '
            '<span class="author-location">Cornellà</span> <time datetime="2024-06-03">03/06/2024</time></div>')
    assert _page(f"<article><h1>Obras en la estación</h1>{line}{STORY}</article>")["bylines"] == ["Marta Soler Grau"]
    bio = line.replace("</div>", "<p>Marta Soler Grau covers the city council for the paper.</p></div>")
    assert _page(f"<article><h1>Obras en la estación</h1>{STORY}{bio}</article>")["bylines"] == []
