"""Rules found working on the eleventh blind set's pages (issue 15), each with a small case of its own.

The set itself is ``data/blind11`` (test_blind_shapes); these cases hold each rule apart from it, with the
lines each rule must leave alone.
"""

from __future__ import annotations

import pytest

from catalog.articles.bylines import LABEL, printed_byline, split_byline
from catalog.articles.image_urls import named_width
from catalog.articles.pages import parse_article
from catalog.articles.photos import describe_photo
from catalog.credits import parse_credit_line, split_caption_credit
from tests.catalog.articles.test_blind9_rules import STORY, _page  # the same small page around a story's text

IMAGE = "https://cdn.example/media/2024/06/quay.jpg"


# --- byline labels of more languages -------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "name"), [
    ("كتب: عبدالله الشمري", "عبدالله الشمري"),  # Arabic "wrote:"
    ("كتبت: فاطمة الزهراء", "فاطمة الزهراء"),  # ... in the feminine
    ("بقلم: أحمد علي", "أحمد علي"),  # "by the pen of"
    ("بقلم أحمد علي", "أحمد علي"),
    ("إعداد - سارة منصور", "سارة منصور"),  # "prepared by", after a dash
    ("Tekst og foto: Ragnhild Vik", "Ragnhild Vik"),  # Norwegian and Danish "text and photo"
    ("Tekst og billeder: Mads Holm", "Mads Holm"),
    ("Text och bild: Maja Lindqvist", "Maja Lindqvist"),  # Swedish
    ("Teksti ja kuvat: Aino Virtanen", "Aino Virtanen"),  # Finnish
    ("Foto og tekst: Ola Nordmann", "Ola Nordmann"),  # the other way round
])
def test_a_byline_label_of_the_pages_language_is_left_out(line: str, name: str) -> None:
    assert (split_byline(line), printed_byline(line)) == ((name,), name)


@pytest.mark.parametrize("line", [
    "كتب الوزير في رسالته أن الاجتماع تأجل",  # "the minister wrote in his letter...": a sentence, no colon
    "حوار الحضارات في الدوحة",  # "the dialogue of civilisations in Doha": "interview" without its colon
])
def test_the_words_of_a_byline_label_in_a_sentence_are_no_label(line: str) -> None:
    assert LABEL.match(line) is None


@pytest.mark.parametrize("byline", [
    '<div class="article-author">كتب: <a href="/writer/112">عبدالله الشمري</a></div>',
    '<div class="byline"><span class="label">Tekst og foto:</span> <a href="/journalister/ragnhild-vik">Ragnhild Vik</a> '
    '<time>Publisert 5. juni 2024 kl. 11:20</time></div>',
])
def test_a_labelled_byline_of_another_language_is_read_from_the_page(byline: str) -> None:
    record = _page(f"<article><h1>Headline</h1>{byline}{STORY}</article>")
    assert len(record["bylines"]) == 1 and record["byline"] == record["bylines"][0]
    assert ":" not in record["byline"]


# --- credit labels of more languages --------------------------------------------------------------------------------

@pytest.mark.parametrize(("caption", "text", "line", "agency", "photographers"), [
    # Icelandic labels before a slash: photograph, map; "Aðsend" (sent in) names no one
    ("Björgunarsveitarfólk við Svartsengi. Ljósmynd/Aðsend", "Björgunarsveitarfólk við Svartsengi.", "Aðsend", None, ()),
    ("Frá fundinum. Ljósmynd/Anna Sigurðardóttir", "Frá fundinum.", "Anna Sigurðardóttir", None, ("Anna Sigurðardóttir",)),
    ("Útbreiðsla hraunsins klukkan 22. Kort/Veðurstofa Íslands", "Útbreiðsla hraunsins klukkan 22.", "Veðurstofa Íslands",
     "Veðurstofa Íslands", ()),
    # a drawn or rendered picture: the label says what it is and stays in the line
    ("Sådan skal den nye terminal se ud. Visualisering: Esbjerg Havn", "Sådan skal den nye terminal se ud.",
     "Visualisering: Esbjerg Havn", "Esbjerg Havn", ()),
    ("Die Bergstation. Visualisierung: Stadt Zürich", "Die Bergstation.", "Visualisierung: Stadt Zürich", "Stadt Zürich", ()),
    ("Slik blir torget. Tegning: Kari Holm", "Slik blir torget.", "Tegning: Kari Holm", None, ("Kari Holm",)),
])
def test_a_credit_label_of_the_captions_language_is_read(caption: str, text: str, line: str, agency: str | None,
                                                         photographers: tuple[str, ...]) -> None:
    rest, credit = split_caption_credit(caption)
    assert rest == text
    assert (credit.credit_line, credit.agency, credit.photographers) == (line, agency, photographers)


@pytest.mark.parametrize("caption", [
    "Visualisierung der Bergstation.",  # a caption that says what the picture shows, no colon
    "Myndin er á vefnum www.dagfari.example/mynd/Anna",  # the label's word inside an address
])
def test_a_label_word_that_opens_no_credit_leaves_the_caption_whole(caption: str) -> None:
    assert split_caption_credit(caption) == (caption, None)


def test_a_drawn_pictures_label_marks_the_credit_as_an_illustration() -> None:
    assert parse_credit_line("Visualisering: Arkitema").qualifiers == ("illustration",)


# --- organisations by their words -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "Ngaio Construction", "Harbourside Builders", "Kāpiti Civil Engineering",  # a builder, an engineer
    "Esbjerg Havn", "Göteborgs Hamn", "Hamburger Hafen",  # a port authority, by its port
    "Veðurstofa Íslands", "Háskóli Íslands", "Guvernul României",  # a body "of" its country, the genitive last
])
def test_an_organisation_printed_like_a_name_is_known_by_its_words(name: str) -> None:
    credit = parse_credit_line(name)
    assert (credit.agency, credit.photographers) == (name, ())


@pytest.mark.parametrize("name", ["David Harbour", "Anna Builder", "Jón Jónsson"])
def test_a_persons_name_stays_a_persons(name: str) -> None:
    assert parse_credit_line(name).photographers == (name,)


# --- the wires in their own scripts, and a file picture in brackets -------------------------------------------------

@pytest.mark.parametrize(("caption", "line", "agency"), [
    ("國際機場旅客人數回升至疫情前九成。（美聯社）", "美聯社", "AP"),  # Hong Kong's and Taiwan's AP
    ("示威者在政府總部外。（法新社）", "法新社", "AFP"),
    # KUNA: listed in organisations.AS_PRINTED and printed in another script, so named by its family (docs/credit-tables.md)
    ("جانب من اجتماع مجلس الوزراء أمس (كونا)", "كونا", "KUNA"),
])
def test_a_wires_name_in_the_captions_script_closing_it_is_the_credit(caption: str, line: str, agency: str) -> None:
    rest, credit = split_caption_credit(caption)
    assert caption.startswith(rest) and line not in rest
    assert (credit.credit_line, credit.agency, credit.photographers) == (line, agency, ())


@pytest.mark.parametrize(("caption", "text", "line"), [
    ("東涌綫列車（資料圖片）", "東涌綫列車", "資料圖片"),
    ("台鐵列車進站（檔案照片）", "台鐵列車進站", "檔案照片"),
    ("Der Zug am Bahnsteig (Archivbild)", "Der Zug am Bahnsteig", "Archivbild"),
])
def test_a_file_pictures_word_alone_in_the_closing_brackets_is_the_credit(caption: str, text: str, line: str) -> None:
    photo = describe_photo(IMAGE, caption=caption)
    assert (photo.caption, photo.credit_line, photo.agency, photo.photographers) == (text, line, None, ())
    assert photo.credit_qualifiers == ("file",)


@pytest.mark.parametrize("caption", ["會議文件（文件）", "東涌綫列車（資料）", "Der Zug (Archiv der Bahn, 1975)"])
def test_a_bracket_that_is_no_file_pictures_word_stays_in_the_caption(caption: str) -> None:
    assert describe_photo(IMAGE, caption=caption).caption == caption


# --- the width a rendition's URL names ------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "width"), [
    # matrix parameters after the file's name, a resizer's query (Village Media)
    ("https://cdn.example/f/files/images/2024/06/splash-pad.jpg;w=1440;h=960;mode=crop", 1440),
    ("https://cdn.example/f/files/images/2024/06/splash-pad.jpg;mode=crop;width=640", 640),
    # a camera's numbered name is no size; the resizer's folder names it (the obscura API's "tr_W_H_flags")
    ("https://img.example/obscura/API/dynamic/r1/ece5/tr_2000_1333_s_f/0000/fjpo/2024/6/5/11/IMG_4021.jpg?chk=A1F0C2", 2000),
    ("https://img.example/uploads/2024/06/IMG_4021.jpg", None),
    ("https://img.example/uploads/2024/06/DSC_0042.jpg", None),
    ("https://img.example/uploads/2024/06/IMG_4021-1024x683.jpg", 1024),  # the size after the camera's name
    ("https://img.example/uploads/2024/06/harbour-1024.jpg", 1024),
    ("https://img.example/0000/2024/harbour.jpg", None),  # a folder of zeros is no width
])
def test_the_width_a_renditions_address_names(url: str, width: int | None) -> None:
    assert named_width(url) == width


def test_the_largest_rendition_wins_over_a_camera_numbered_share_copy() -> None:
    base = "https://img.example/obscura/API/dynamic/r1/ece5/tr_{}_s_f/0000/fjpo/2024/6/5/11/IMG_4021.jpg?chk=A1F0C2"
    small, large, shared = base.format("480_320"), base.format("2000_1333"), base.format("1200_630")
    record = _page(f'<article>{STORY}<figure><img src="{small}" srcset="{small} 480w, {large} 2000w">'
                   '<figcaption>Anleggsmaskinen ved brua. Foto: Ragnhild Vik</figcaption></figure></article>',
                   head=f'<meta property="og:image" content="{shared}">')
    [photo] = record["photos"]
    assert photo["url"] == large


# --- a bracketed credit whose label's first word opens the bracket --------------------------------------------------

@pytest.mark.parametrize(("caption", "text", "line"), [
    ("Commuters wait at the bus station, May 2024. (photo credit: DUDU GREENSPAN/FLASH90)",
     "Commuters wait at the bus station, May 2024.", "DUDU GREENSPAN/FLASH90"),
    ("The light rail depot. (image credit: Jane Roe/Reuters)", "The light rail depot.", "Jane Roe/Reuters"),
    ("The light rail depot (left). Photo credit: Jane Roe", "The light rail depot (left).", "Jane Roe"),  # no bracket
])
def test_a_credit_label_of_two_words_inside_the_closing_bracket_leaves_nothing_behind(caption: str, text: str,
                                                                                      line: str) -> None:
    photo = describe_photo(IMAGE, caption=caption)
    assert (photo.caption, photo.credit_line) == (text, line)


# --- a title of three parts -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "masthead", "publication"), [
    # the paper before a section no menu lists: the part the logo or the footer names
    ("港鐵東涌綫延綫提前通車 - 香江日報 - 港聞", '<header><a href="/"><img src="/logo.gif" alt="香江日報"></a></header>', "香江日報"),
    ("港鐵東涌綫延綫提前通車 - 香江日報 - 港聞", "<footer><p>© 2024 香江日報集團有限公司 版權所有</p></footer>", "香江日報"),
    ("Light rail bill passes - Harbour Courier - Metro", "<footer><p>© 2024 Harbour Courier. All rights reserved.</p></footer>",
     "Harbour Courier"),
    ("Light rail bill passes - Metro - Harbour Courier", "<footer><p>© 2024 Harbour Courier.</p></footer>", "Harbour Courier"),
])
def test_of_a_titles_parts_the_one_the_page_names_elsewhere_is_the_publication(title: str, masthead: str,
                                                                                publication: str) -> None:
    headline = title.split(" - ")[0]
    record = _page(f"{masthead}<article><h1>{headline}</h1>{STORY}</article>", head=f"<title>{title}</title>")
    assert record["publication"] == publication


# --- a picture shown only in <noscript> -----------------------------------------------------------------------------

_LINKED = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
           '"headline": "Tram returns", "image": [{"@type": "ImageObject", "url": "https://cdn.example/store.jpg", '
           '"caption": "The tram cars in storage in 2022.", "creditText": "AP Photo/Matt Rourke, File"}]}</script>')


def test_a_picture_shown_only_in_noscript_takes_its_own_imageobjects_caption_not_the_figures_before_it() -> None:
    record = _page('<article><h1>Tram returns</h1><div class="article__body">'
                   f'{STORY}<figure><img src="https://cdn.example/ride.jpg" alt="">'
                   '<figcaption>The mayor rides the first run. <span class="credit">Dana Kowal/Shore Daily</span>'
                   '</figcaption></figure>'
                   f'{STORY}<div class="gallery-embed"><noscript><img src="https://cdn.example/store.jpg" alt="">'
                   '</noscript><a href="/galleries/tram">View gallery</a></div></div></article>', head=_LINKED)
    first, second = record["photos"]
    assert (first["caption"], first["credit_line"]) == ("The mayor rides the first run.", "Dana Kowal/Shore Daily")
    assert (second["caption"], second["credit_line"], second["agency"]) == (
        "The tram cars in storage in 2022.", "AP Photo/Matt Rourke, File", "AP")


def test_a_lazy_pictures_noscript_copy_inside_it_keeps_the_figures_caption() -> None:
    # AMP's "<amp-img><noscript><img></noscript></amp-img>": the copy belongs to the picture shown
    record = _page(f'<article><h1>Bridge reopens</h1>{STORY}<figure><amp-img src="https://cdn.example/bridge-800.jpg" '
                   'width="800" height="450"><noscript><img src="https://cdn.example/bridge-800.jpg" alt=""></noscript>'
                   '</amp-img><figcaption>Cyklister på broen. <span class="credit">Foto: Thomas Borberg/Ritzau Scanpix'
                   '</span></figcaption></figure></article>')
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"]) == ("Cyklister på broen.", "Thomas Borberg/Ritzau Scanpix")


# --- an organisation working for a site -----------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "agency", "photographers"), [
    ("Dana Kowal | SJ Advance Media for ShoreLine.com", "SJ Advance Media", ("Dana Kowal",)),
    ("Dana Kowal/SJ Advance Media for ShoreLine.com", "SJ Advance Media", ("Dana Kowal",)),
    ("Transport for NSW", "Transport for NSW", ()),  # an organisation named with "for": one organisation
    ("Jane Roe/Museum for Contemporary Art", "Museum for Contemporary Art", ("Jane Roe",)),
])
def test_an_organisation_for_a_site_named_by_its_domain_is_the_agency(line: str, agency: str,
                                                                       photographers: tuple[str, ...]) -> None:
    credit = parse_credit_line(line)
    assert (credit.agency, credit.photographers) == (agency, photographers)


# --- the story's own picture credit, beside its byline ---------------------------------------------------------------

_HERO = '<figure><img src="https://cdn.example/dredger.jpg" alt=""><figcaption>The Softwing at first light.</figcaption></figure>'


@pytest.mark.parametrize("line", ["Photographs by Jory Penhallow", "Photography by Jory Penhallow",
                                  "Photos: Jory Penhallow", "Fotos von Jory Penhallow"])
def test_the_storys_picture_credit_beside_its_byline_credits_a_picture_that_prints_none(line: str) -> None:
    record = _page(f'<article><h1>The last oyster dredgers</h1><div class="article__credits"><p>Words by Morwenna '
                   f'Tregear</p><p>{line}</p></div>{_HERO}{STORY}</article>')
    [photo] = record["photos"]
    assert (photo["caption"], photo["credit_line"], photo["photographers"]) == (
        "The Softwing at first light.", "Jory Penhallow", ["Jory Penhallow"])


def test_a_pictures_own_credit_wins_over_the_storys() -> None:
    record = _page('<article><h1>The last oyster dredgers</h1><p>Photographs by Jory Penhallow</p>'
                   '<figure><img src="https://cdn.example/dredger.jpg" alt=""><figcaption>The Softwing. Photograph: '
                   f'Ann Lee</figcaption></figure>{STORY}</article>')
    assert record["photos"][0]["credit_line"] == "Ann Lee"


@pytest.mark.parametrize("body", [
    f"{_HERO}{STORY}<p>Photographs by Jory Penhallow</p>",  # after the pictures: a note on some other picture
    f"<p>Photo: Jory Penhallow</p>{_HERO}{STORY}",  # one picture's word: no credit for all of them
])
def test_a_line_that_credits_no_story_leaves_an_uncredited_picture_so(body: str) -> None:
    record = _page(f"<article><h1>The last oyster dredgers</h1>{body}</article>")
    assert record["photos"][0]["credit_line"] is None


# --- a Korean reporter's sign-off ------------------------------------------------------------------------------------

def test_a_korean_reporters_sign_off_closing_the_story_is_its_byline() -> None:
    record = _page('<div class="article-text"><h3>폭염에 전력수요 역대 최고</h3>'
                   '<div class="image"><img src="https://cdn.example/heat.jpg" alt="">'
                   '<div class="image-desc">시민들이 양산을 쓰고 걸어가고 있다. 김태형 기자</div></div>'
                   '<p class="text">' + "전국 낮 최고기온이 35도를 넘어서면서 전력수요가 역대 최고치를 기록했다. " * 3 + '</p>'
                   '<div class="name"><a href="/arti/writer/kim-gayun">김가윤 기자</a> <span>gayoon@paper.example</span>'
                   '</div></div>')
    assert (record["byline"], record["bylines"]) == ("김가윤", ["김가윤"])


def test_a_pictures_credit_naming_a_reporter_is_no_sign_off() -> None:
    record = _page('<div class="article-text"><h3>폭염에 전력수요 역대 최고</h3><p class="text">'
                   + "전국 낮 최고기온이 35도를 넘어서면서 전력수요가 역대 최고치를 기록했다. " * 3 + '</p>'
                   '<div class="image"><img src="https://cdn.example/heat.jpg" alt=""><div class="credit">김태형 기자</div>'
                   '</div></div>')
    assert record["bylines"] == []


# --- the site's name in its settings, as the host spells it or squashed into one word --------------------------------

_PUBLISHER = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
              '"headline": "Tram returns", "publisher": {"@type": "Organization", "name": "ShoreLine.com"}}</script>')


@pytest.mark.parametrize(("head", "publication", "source"), [
    # the host's own name in lower case ("shoreline" at www.shoreline.example) yields to the printed name
    ('<meta property="og:site_name" content="shoreline">' + _PUBLISHER, "ShoreLine.com", "json-ld publisher"),
    ('<meta property="og:site_name" content="Shoreline">' + _PUBLISHER, "Shoreline", "og:site_name"),  # as printed
    # an app's label squashing the name into one word yields to the same name printed as words
    ('<meta name="application-name" content="ShorelinePost"><title>Tram returns - The Shoreline Post</title>',
     "The Shoreline Post", "title suffix"),
    ('<meta name="application-name" content="Tideline"><title>Tram returns - The Shoreline Post</title>',
     "Tideline", "application-name"),  # another name: the settings' order stands
    ('<meta property="og:site_name" content="한빛일보"><title>폭염 : 사회 : 한빛일보</title>', "한빛일보", "og:site_name"),
])
def test_a_site_name_spelled_like_its_address_or_squashed_yields_to_the_printed_name(head: str, publication: str,
                                                                                    source: str) -> None:
    html = f"<!DOCTYPE html><html><head>{head}</head><body><article><h1>Tram returns</h1>{STORY}</article>" \
           "<footer><p>Copyright ⓒ 한빛일보. All rights reserved.</p></footer></body></html>"
    record = parse_article(html.encode(), url="https://www.shoreline.example/news/2024/06/tram.html").to_record()
    assert (record["publication"], record["publication_source"]) == (publication, source)
