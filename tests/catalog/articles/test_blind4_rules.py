"""The rules the fourth blind set exposed, one case each: pictures of one shoot, video posters, credit boxes, bylines."""

from __future__ import annotations

import pytest

from catalog.articles.bylines import printed_byline, split_byline
from catalog.articles.pages import parse_article
from tests.helpers.article_pages import STORY, read, scrape

SHOOT = "https://cdn.valleyledger.example/2024/06/060324-harbour-storm-{}.jpg"


def _figure(url: str, caption: str, credit: str = "Jo Lane/AP") -> str:
    return f'<figure><img src="{url}"><figcaption>{caption} <span class="credit">{credit}</span></figcaption></figure>'


def test_pictures_of_one_shoot_named_by_its_date_are_two_photos() -> None:
    result = read(f"<article>{STORY}{_figure(SHOOT.format('01'), 'Waves hit the pier.')}"
                  f"{_figure(SHOOT.format('02'), 'The ferry waits.')}</article>")
    assert [photo.image_url for photo in result.photos] == [SHOOT.format("01"), SHOOT.format("02")]


def test_one_file_name_under_two_captions_is_two_photos() -> None:
    first, second = (f"https://img.valleyledger.example/{folder}/640x0/smart/harbour.jpg" for folder in ("a7Zk2Q", "q2Lm8T"))
    result = read(f"<article>{STORY}{_figure(first, 'Waves hit the pier.')}{_figure(second, 'The ferry waits.')}</article>")
    assert [(photo.image_url, photo.caption) for photo in result.photos] == [
        (first, "Waves hit the pier."), (second, "The ferry waits.")]


@pytest.mark.parametrize("block", ['<div class="jwplayer">{}</div>', '<div class="video-resource">{}</div>',
                                   '<div class="newsletters-signup">{}<p>Sign up</p></div>',
                                   '<div class="sponsor"><p>Together with</p>{}</div>'])
def test_a_video_poster_a_sign_up_and_a_sponsor_are_no_photos(block: str) -> None:
    image = '<img src="https://cdn.valleyledger.example/2024/06/poster-frame.jpg">'
    result = read(f"<article>{STORY}{block.format(image)}</article>")
    assert result.photos == ()


def test_a_credit_alone_in_its_wrapper_finds_the_caption_beside_it() -> None:
    result = read(f'<article>{STORY}<div class="image"><img src="{SHOOT.format(1)}"><div class="image__source">'
                  '<span class="image__source_text"><p>The ferry waits at the pier.</p></span>'
                  '<span class="image__source_text"><p>Photo: Jo Lane</p></span></div></div></article>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line, photo.photographers) == ("The ferry waits at the pier.", "Jo Lane", ("Jo Lane",))


def test_a_source_element_beside_the_description_is_the_credit() -> None:
    result = read(f'<article>{STORY}<figure><img src="{SHOOT.format(1)}"><figcaption>'
                  '<span class="article__media-description">The ferry waits.</span>'
                  '<span class="article__media-source">Jo Lane / Europa Press</span></figcaption></figure></article>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line, photo.agency) == ("The ferry waits.", "Jo Lane / Europa Press", "Europa Press")


def test_a_lazy_images_shown_crop_is_a_rendition_and_a_linked_picture_the_original() -> None:
    crop, original = SHOOT.format("01_16x9"), SHOOT.format("01")
    result = read(f'<article>{STORY}{_figure(crop, "Waves.").replace("src=", f"data-src={original!r} src=")}</article>')
    (photo,) = result.photos
    assert (photo.image_url, photo.also_seen_as) == (original, (crop,))
    small, large = SHOOT.format("01_A"), SHOOT.format("01_B")
    result = read(f'<article>{STORY}<figure><a href="{large}"><img src="{small}"></a><figcaption>Waves.</figcaption>'
                  "</figure></article>")
    (photo,) = result.photos
    assert (photo.image_url, photo.also_seen_as) == (large, (small,))


@pytest.mark.parametrize(("caption", "kept", "credit"), [
    ("Zdjęcie 2 z 3. Fale przy molo. Fot. Jan Kowal / Dziennik Bałtycki", "Fale przy molo.", "Jan Kowal / Dziennik Bałtycki"),
    ("Photo 1 of 4 | Waves hit the pier. Photo: Jo Lane/AP", "Waves hit the pier.", "Jo Lane/AP"),
])
def test_a_gallery_counter_and_a_left_label_leave_the_caption(caption: str, kept: str, credit: str) -> None:
    result = read(f'<article>{STORY}<figure><img src="{SHOOT.format(1)}"><figcaption>{caption}</figcaption></figure></article>')
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line) == (kept, credit)


@pytest.mark.parametrize(("printed", "names", "kept"), [
    ("By Dana Whitfield and Luis Ortega Globe Staff,Updated June 3, 2024, 5:42 p.m.", ("Dana Whitfield", "Luis Ortega"),
     "Dana Whitfield and Luis Ortega"),
    ("Nadia Brooks & Theo Lindgren June 03, 2024", ("Nadia Brooks", "Theo Lindgren"), "Nadia Brooks & Theo Lindgren"),
    ("Penulis Dimas Prakoso", ("Dimas Prakoso",), "Dimas Prakoso"),
    ("山田花子、佐藤健", ("山田花子", "佐藤健"), "山田花子、佐藤健"),
    ("Reporting by Ann Lee; Editing by Bo Park", ("Ann Lee",), "Ann Lee"),
    ("Par Anne Dupont, correspondante à Lyon", ("Anne Dupont",), "Anne Dupont"),
    ("Words: Ann Lee @annlee", ("Ann Lee",), "Ann Lee"),
    ("BYLINE: By Ann Lee and Bo Park", ("Ann Lee", "Bo Park"), "Ann Lee and Bo Park"),  # a story file's field
    ("Byline: Ann Lee", ("Ann Lee",), "Ann Lee"),
])
def test_a_byline_loses_its_staff_role_its_date_and_its_label(printed: str, names: tuple[str, ...], kept: str) -> None:
    assert (split_byline(printed), printed_byline(printed)) == (names, kept)


def test_an_author_element_with_a_headshot_is_the_byline() -> None:
    result = read(f'<article><h1>Fees rise</h1><div class="author"><img class="author-photo" src="https://cdn.valleyledger'
                  '.example/authors/ann-150x150.jpg" alt="Ann Lee"><a href="/author/ann-lee/">Ann Lee</a></div>'
                  f"{STORY}</article>")
    assert (result.article.byline, result.article.byline_printed) == (("Ann Lee",), "Ann Lee")


def test_a_lynx_dump_reads_its_markers_and_its_reference_list() -> None:
    record = scrape(
        "   [1]Skip to content\n   [2]Region [3]Sport [4]Abo\n\nFerry crews walk out on the lake\n\n"
        "   Von [5]Lena Huber und [6]Matteo Rossi\n   03.06.2024, 05.30 Uhr\n\n   [7]Ferry at the pier\n"
        "   The ferry waits at the pier in Brienz on Monday morning while the crews meet in the hall next\n"
        "   door.\n   Bild: Keystone/Gian Ehrenzeller\n\n   [8][IMG] [9]Another story\n\nReferences\n\n"
        "   1. https://valleyledger.example/#main\n   2. https://valleyledger.example/region\n"
        "   3. https://valleyledger.example/sport\n   4. https://abo.valleyledger.example/\n"
        "   5. https://valleyledger.example/autor/lena\n   6. https://valleyledger.example/autor/matteo\n"
        "   7. https://img.valleyledger.example/2024/6/3/a91f3c2e7b4d.jpeg?width=1280\n"
        "   8. https://img.valleyledger.example/2024/4/2/teaser.jpeg?width=300\n"
        "   9. https://valleyledger.example/other-story\n")
    assert (record["title"], record["byline"]) == ("Ferry crews walk out on the lake", "Lena Huber und Matteo Rossi")
    [photo] = record["photos"]  # the teaser beside its story's link is none
    assert photo["url"] == "https://img.valleyledger.example/2024/6/3/a91f3c2e7b4d.jpeg?width=1280"
    assert photo["caption"] == ("The ferry waits at the pier in Brienz on Monday morning while the crews meet in the hall "
                                "next door.")
    assert (photo["credit_line"], photo["agency"]) == ("Keystone/Gian Ehrenzeller", "Keystone")


def test_markdown_links_read_as_their_text_and_a_logos_alt_names_the_paper() -> None:
    record = scrape("[Saltar al contenido](#main)\n\n[![La Voz del Valle](https://valleyledger.example/logo-vdv.svg)](/)"
                     "\n\n# Ferry crews walk out on the lake\n\nPor [Ana Paz](/autor/ana/) y [Julián Roe](/autor/julian/)\n\n"
                     "La huelga empezó el lunes por la mañana en el puerto.\n\n© 2024 Valle Media SA\n")
    assert (record["title"], record["byline"]) == ("Ferry crews walk out on the lake", "Ana Paz y Julián Roe")
    assert (record["publication"], record["publication_source"]) == ("La Voz del Valle", "logo alt")


def test_a_story_files_labels_name_its_headline_and_captions() -> None:
    record = scrape("SLUG: FERRY STRIKE\nHED: Ferry crews walk out on the lake\nDEK: The first strike since 1998\n\n"
                     "By Ann Lee\n\nART 1: https://valleyledger.example/uploads/2024/06/ferry-strike-scaled.jpg\n"
                     "CUTLINE: The ferry waits at the pier on Monday.\nCREDIT: Ann Lee/The Valley Ledger\n")
    assert record["title"] == "Ferry crews walk out on the lake"
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("The ferry waits at the pier on Monday.", "Ann Lee/The Valley Ledger")


def test_a_newsletter_mails_text_part() -> None:
    image = "https://cdn.valleyledger.example/image/fetch/w_1456/https%3A%2F%2Fs3.example%2Fa1b2c3d4.jpeg"
    record = scrape(f"View this post on the web at https://letter.example/p/the-ferryman-retires\n\nThe ferryman retires\n"
                     f"After 41 years, Harlan Voss ties up the lake run for the last time\nMaeve Dunleavy\nJun 3\n\n"
                     f"[{image}]\nVoss's logbook from 1983.\n\nHe learned to pilot a ferry before he could drive.\n",
                     url="https://letter.example/p/the-ferryman-retires?utm_source=email")
    assert (record["title"], record["byline"]) == ("The ferryman retires", "Maeve Dunleavy")
    [photo] = record["photos"]
    assert (photo["url"], photo["caption"]) == (image, "Voss's logbook from 1983.")


def test_a_resizers_width_in_a_path_segment_ranks_its_renditions() -> None:
    shown, large = (f"https://static.valleyledger.example/images/$zoom_0.5%2C$width_{width}%2C$x_0/t_crop_custom/q_86/"
                    "7c3e9a1f5b2d8c4e6a0f3b9d1e7c5a2f" for width in (756, 1512))
    result = read(f'<article>{STORY}<figure><img src="{shown}" srcset="{shown} 1x, {large} 2x">'
                  "<figcaption>Waves.</figcaption></figure></article>")
    (photo,) = result.photos
    assert (photo.image_url, photo.also_seen_as) == (large, (shown,))


def test_the_site_before_a_section_in_the_title_is_the_publication() -> None:
    result = parse_article(f"<html><head><title>Tramvaj vykolejila - Brněnské listy | Zprávy</title></head><body><article>"
                           f"<h1>Tramvaj vykolejila</h1>{STORY}</article></body></html>".encode(),
                           url="https://www.brnenskelisty.example/zpravy/tramvaj")
    assert (result.article.publication, result.article.publication_source) == ("Brněnské listy", "title suffix")


def test_a_licence_link_is_no_part_of_the_credit() -> None:
    result = read(f'<article>{STORY}<figure><img src="{SHOOT.format(1)}"><figcaption><span class="caption">The levee.'
                  '</span> <span class="attribution"><a class="source" href="https://commons.example/x">Henrik Aalto/'
                  'Wikimedia Commons</a>, <a class="license" href="https://creativecommons.org/licenses/by-sa/4.0/">'
                  "CC BY-SA</a></span></figcaption></figure></article>")
    (photo,) = result.photos
    assert photo.credit_line == "Henrik Aalto/Wikimedia Commons"


def test_a_credit_parted_by_a_full_stop_and_a_caption_without_its_comma() -> None:
    result = read(f'<article>{STORY}<figure><img src="{SHOOT.format(1)}"><figcaption>Puente caído.'
                  '<span class="credit">Foto: Héctor Zamora. EL HERALDO ANDINO</span></figcaption></figure>'
                  f'<figure><img src="{SHOOT.format(2)}"><figcaption>通行止めの首都高速＝3日午前、東京都千代田区、山田太郎撮影'
                  "</figcaption></figure></article>")
    first, second = result.photos
    assert (first.credit_line, first.agency, first.photographers) == (
        "Héctor Zamora. EL HERALDO ANDINO", "EL HERALDO ANDINO", ("Héctor Zamora",))  # the full stop parts them
    assert second.caption == "通行止めの首都高速＝3日午前、東京都千代田区"


def test_a_picture_linking_to_another_page_of_the_site_is_a_teaser() -> None:
    result = read(f'<article>{STORY}<div class="most__list"><a href="/read/2024/06/07/other-story"><img '
                  'src="https://cdn.valleyledger.example/crops/Zz9=/0x0:1000x667/195x98/data/photo/66629999aa.jpg" '
                  'alt=""></a></div></article>')
    assert result.photos == ()


def test_a_chats_link_preview_names_the_headline_and_the_site() -> None:
    page = "https://valleyledger.example/2024/06/ferry-strike"
    record = scrape(f"Ann Lee  9:41 AM\n@photodesk can we get these two in the catalog? piece is up\n{page}\n"
                     "The Valley Ledger\nFerry crews walk out on the lake — and the town waits\n"
                     "Forty crews stopped work on Monday.\n\nAnn Lee  9:43 AM\n"
                     "lead art: https://cdn.valleyledger.example/2024/06/ferry-strike-01.jpg\n"
                     "cutline: The ferry waits at the pier on Monday.\ncredit: Jo Lane/The Valley Ledger\n"
                     "second one: https://cdn.valleyledger.example/2024/06/ferry-strike-02.jpg\n"
                     "cutline: Crews meet in the hall.\ncredit: Jo Lane/The Valley Ledger\n", url=page)
    assert record["title"] == "Ferry crews walk out on the lake — and the town waits"
    assert (record["publication"], record["publication_source"]) == ("The Valley Ledger", "og:site_name")
    assert [photo["caption"] for photo in record["photos"]] == ["The ferry waits at the pier on Monday.",
                                                                "Crews meet in the hall."]


def test_a_story_wrapper_marked_video_keeps_its_photos() -> None:
    paragraphs = STORY * 4  # the story's text: no player's box
    result = read(f'<article><div class="entry post-format-video">{paragraphs}{_figure(SHOOT.format(1), "Waves.")}'
                  "</div></article>")
    assert [photo.image_url for photo in result.photos] == [SHOOT.format(1)]


@pytest.mark.parametrize("label", ["Penulis", "Oleh:", "oleh", "Yazar:", "Szerző:", "Автор:", "Piše:", "Avtor:", "Autorius:"])
def test_byline_labels_of_more_languages(label: str) -> None:
    assert split_byline(f"{label} Ana Paz") == ("Ana Paz",)


def test_a_credit_elements_label_does_not_make_an_organisation_a_person() -> None:
    result = read(f'<article>{STORY}<div class="foto"><img src="{SHOOT.format(1)}"><div class="text"><p>Hasiči zvedají '
                  'tramvaj.</p><span class="author">Foto: HZS Jihomoravského kraje</span></div></div></article>')
    (photo,) = result.photos
    assert (photo.credit_line, photo.agency, photo.photographers) == ("HZS Jihomoravského kraje",
                                                                      "HZS Jihomoravského kraje", ())


def test_a_newsletters_caption_in_the_row_under_the_picture() -> None:
    result = read(f'<table><tbody><tr><td class="mcnCaptionBottomImageContent"><img src="{SHOOT.format(1)}" width="564">'
                  '</td></tr><tr><td class="mcnTextContent">The ferry waits at the pier on Monday. Photo: Jo Lane/AP</td>'
                  f"</tr></tbody></table><table><tr><td><h1>Ferry crews walk out</h1>{STORY}</td></tr></table>")
    (photo,) = result.photos
    assert (photo.caption, photo.credit_line, photo.agency) == ("The ferry waits at the pier on Monday.", "Jo Lane/AP", "AP")


def test_a_reader_apps_meta_line_holds_the_byline() -> None:
    record = scrape("# Ferry crews walk out on the lake\n\nvalleyledger.example · by Ann Lee · 4 min\n\n"
                     "The ferry stopped on Monday morning when the crews walked out.\n")
    assert (record["title"], record["byline"]) == ("Ferry crews walk out on the lake", "Ann Lee")


def test_a_name_linking_to_its_author_page_above_the_story_is_the_byline() -> None:
    story = "<p>The storm reached the harbour on Sunday night and closed the ferry for two days, the operator said.</p>"
    result = read(f'<article><h1>Storm closes the ferry</h1><div class="a_md_a"><a href="/autor/ana-paz/">Ana Paz</a>'
                  f'<span> | </span><span>Madrid</span></div>{story}<p>Read <a href="/autor/bo-roe/">Bo Roe</a>.</p>'
                  '<section class="related"><a href="/autor/cy-doe/">Cy Doe</a></section></article>')
    assert result.article.byline == ("Ana Paz",)
