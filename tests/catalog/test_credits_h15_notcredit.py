"""Texts that print no picture credit are not read as one; credits inside markup or code are (credits-h15).

holdout15's largest group of misses (tests/catalog/data/credits_holdout15.misses.md): a picture word and a colon or
"=" inside a sentence, a form, a UI string or code taken as a label; and a credit in a feed's element, a shortcode or
an attribute not read. Each rule is stated in its general form, tried on the table's rows (their ids) and on
near misses that must not change.
"""

from __future__ import annotations

import pytest

from tests.helpers.credit_reading import read_caption as _read

# --- a picture word that a word before it governs is a noun of the sentence, no label ------------------------------

A_PICTURE_WORD_OF_THE_SENTENCE = [
    "Моё фото: Сергей Медведкин",  # h15-042: "my photo", who is pictured
    "Мой фото: Иван Петров",
    "My photo: John Smith",
    "Meine Fotos: Anna Schmidt",
    "Mon image : Jean Dupont",
    "Mi foto: María López",
    "Du entscheidest pro Foto: privat (nur du), Freunde (deine Crew), oder öffentlich (Daily-Pool).",  # h15-211
    "You decide per photo: Private, Friends or Public.",
    "Wählen Sie für jedes Foto: Öffentlich oder Privat",
    "Was zeigt das Bild: Berliner Dom im Abendlicht",
    "Choose a filter for this image: Sepia, Mono or Vivid",
    "This completes the picture: Cisco HSRP and GLBP, open VRRP and CARP.",
    "На фото: Владимир Путин и Сергей Лавров",  # what is shown
    "صف الصورة: قطة لطيفة في حديقة",  # h15-202: describe the picture
    "بيكمّل الصورة: HSRP وGLBP لسيسكو، VRRP وCARP بدائل مفتوحة.",  # h15-203: completes the picture
    'אישור צילום: צריך "כן" או "לא"',  # h15-139: photo consent (a form's validation message)
]

STILL_A_LABEL = [
    # after a sentence, at a line's start, in brackets, after a credit's own word and "of"
    ("Ein Blick auf den See. Foto: Anna Schmidt", ("Anna Schmidt", None, ("Anna Schmidt",))),
    ("A praça lotada. Crédito da foto: Paulo Lima/Folhapress", ("Paulo Lima/Folhapress", "Folhapress", ("Paulo Lima",))),
    ("La plaza llena. Crédito de la foto: Juan Pérez", ("Juan Pérez", None, ("Juan Pérez",))),
    # a page's credit element run on from the caption's words, its picture word capitalised
    ("Sunrise over the lake Photo: Jane Roe", ("Jane Roe", None, ("Jane Roe",))),
    # a capitalised word before it is a name's or a product's, no grammar word ("iPad Pro Photographer:", h5-155)
    ("An Apple Inc. iPad Pro Photographer: Brendon Thorne/Bloomberg", ("Brendon Thorne/Bloomberg", "Bloomberg",
                                                                       ("Brendon Thorne",))),
    # a word glued to a mark is no word of the sentence ("example.com", Portuguese "com" is "with")
    ("바다의 끝. ―강릉에서 글=이서연 기자 seoyeon@example.com 사진=김도윤 기자 doyun@example.com",
     ("김도윤 기자 doyun@example.com", None, ("김도윤",))),
    # Hebrew and Arabic after a stop, a line or at the start
    ("ראש הממשלה בכנסת. צילום: דודו חן", ("דודו חן", None, ("דודו חן",))),
    ("الرئيس في القاهرة.\nتصوير: رويترز", ("رويترز", "Reuters", ())),
]


@pytest.mark.parametrize("text", A_PICTURE_WORD_OF_THE_SENTENCE)
def test_a_picture_word_the_sentence_governs_is_no_label(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(("text", "expected"), STILL_A_LABEL)
def test_a_picture_word_opening_its_element_is_still_a_label(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- a label's value that names no one: a blank to fill in, a setting's one letter, a list of settings ---------------

NO_ONE_AFTER_THE_LABEL = [
    "indicatedExamples: ['資料：○○', '写真提供：○○', '○○ホームページ', '出典：○○'],",  # h15-218: example forms
    "写真提供：○○",
    "Foto: XX",
    "Photo: ___",
    "등록 성공 시 `RegisteredPhotosContext`에 반영 → `user_species_record`에 저장(사진=금, 그림=은 등급).",  # h15-220
    "서울 시내 모습. (사진=금)",
    "| GET | `/media/{id}/thumb` | 썸네일 (사진=jpg, 영상=poster.png) |",  # h15-221, read right before too
    # a form's yes or no, or the choice between them (h15-139's message without the word before the label)
    'צילום: צריך "כן" או "לא"',
    "Photo: yes",
    "Foto: ja/nein",
]

NAMED_AFTER_THE_LABEL = [
    ("A lake at dawn. Photo: XXL Sports", ("XXL Sports", "XXL Sports", ())),
    ("서울 시내 모습. 사진=김민지 기자", ("김민지 기자", None, ("김민지",))),
    ("Ein Blick auf den See. Foto: Nem Ferenc", ("Nem Ferenc", None, ("Nem Ferenc",))),
    ("Ein Blick auf den See. Photo: No Limits Media", ("No Limits Media", "No Limits Media", ())),
    # the graphic's field after the picture's is cut off, as "Foto: Name, Styling: Name" is
    ("서울 시내 모습. (사진=연합뉴스, 그래픽=김민지 기자)", ("연합뉴스", "Yonhap", ())),
]


@pytest.mark.parametrize("text", NO_ONE_AFTER_THE_LABEL)
def test_a_blank_or_a_setting_after_the_label_names_no_one(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(("text", "expected"), NAMED_AFTER_THE_LABEL)
def test_a_name_after_the_label_is_still_read(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- a label before a sentence, a form's field, a page's share buttons, a wire story's dateline ----------------------

NO_CREDIT_IN_THE_PAGES_WORDS = [
    "[FOTO: Ansambel gong Dayak dalam upacara adat di Malinau]",  # h15-138: the picture a lesson's placeholder wants
    "[Foto: Penari muda sedang menari di halaman sekolah] Tarian adat di Malinau.",
    "**Company:** Eli Lilly and Company (NYSE: LLY)",  # h15-115: a report's field
    "Company: Acme Widgets Ltd",
    "<h4> Gallery: Xbox One X | 14 Photos </h4>",  # h15-170: a gallery's heading
    "Museum: Rijksmuseum Amsterdam",
    # h15-245: ANI's dateline, the region in square brackets, the wires that filed the story before its colon
    "Sao Paulo[BRAZIL], November 8, (ANI/Xinhua): Brazil registered 254 more deaths from COVID-19 in the last 24 hours.",
    "New Delhi [India], March 3 (ANI/Reuters): The government announced new rules on Friday.",
]

CREDITS_BESIDE_THE_PAGES_WORDS = [
    ("[FOTO: Budi Santoso]", ("Budi Santoso", None, ("Budi Santoso",))),
    ("Le port. (Photo: Jean de la Fontaine)", ("Jean de la Fontaine", None, ("Jean de la Fontaine",))),
    ("Image: Getty Images", ("Getty Images", "Getty Images", ())),
    ("Courtesy: Rijksmuseum Amsterdam", ("Courtesy: Rijksmuseum Amsterdam", "Rijksmuseum Amsterdam", ())),
    # h15-236: the share control and its services' buttons above the credit are the page's
    ("Share:\ntwitter\nlinkedin\nPhoto courtesy of NASA\nIn this article\nState of the Art",
     ("Photo courtesy of NASA", "NASA", ())),
    ("Share:\nfacebook\nx\nemail\nPhoto: Jane Roe/AP", ("Jane Roe/AP", "AP", ("Jane Roe",))),
    # a wire's credit in brackets mid-caption, no dateline before it
    ("Protesters gather (AP Photo/Jane Roe): more than 200 people marched on Sunday.",
     ("AP Photo/Jane Roe", "AP", ("Jane Roe",))),
]


@pytest.mark.parametrize("text", NO_CREDIT_IN_THE_PAGES_WORDS)
def test_a_sentence_a_field_or_a_dateline_is_no_credit(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(("text", "expected"), CREDITS_BESIDE_THE_PAGES_WORDS)
def test_credits_beside_the_pages_words_are_still_read(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- credits that markup or code names as such: an element, an attribute, a shortcode, a string of code -------------

CREDITS_IN_MARKUP = [
    ('<media:credit scheme="urn:ebu">Adnan Delić</media:credit>', ("Adnan Delić", None, ("Adnan Delić",))),  # h15-179
    # h15-184: Media RSS's role names the maker, so one word no table knows is the artist's user name
    ('<media:credit role="author" scheme="urn:ebu">WojtekFus</media:credit>', ("WojtekFus", None, ("WojtekFus",))),
    ('<item><title>Flood</title><media:credit role="photographer">Jane Roe</media:credit></item>',
     ("Jane Roe", None, ("Jane Roe",))),
    ("<photo-credit>Jane Roe/AP</photo-credit>", ("Jane Roe/AP", "AP", ("Jane Roe",))),
    # h15-158: the Media Credit plugin's shortcode, its name attribute the credit
    ('[media-credit name="Photo courtesy of the family)" align="aligncenter" width="300"]',
     ("Photo courtesy of the family", "the family", ())),
    ('[media-credit name="Jane Roe" align="alignleft" width="640"]<img src="a.jpg" />[/media-credit] The mayor speaks.',
     ("Jane Roe", None, ("Jane Roe",))),
    # h15-160: a component's credit attribute; the outlet that took the picture "from" its credit is no party
    ('<Footer credit="Vox from Mostafa Bassim/Anadolu Agency via Getty Images" link="https://www.vox.com/a"></Footer>',
     ("Mostafa Bassim/Anadolu Agency via Getty Images", "Anadolu", ("Mostafa Bassim",))),
    ('<figure data-credit="Jane Roe/Reuters"><img src="a.jpg"></figure>', ("Jane Roe/Reuters", "Reuters", ("Jane Roe",))),
    # h15-241: PHP's arrow before the string; h15-224: the string's quote closes a credit a label opens inside it
    ("'caption' => 'Фото: пресс-служба КЧС',", ("пресс-служба КЧС", "пресс-служба КЧС", ())),
    ('#expect(paragraphs.contains("49") && paragraphs.contains("©Reuters 2004"))', ("Reuters 2004", "Reuters", ())),
    ("He said: 'Photo: Pat O'Brien' was printed under it.", ("Pat O'Brien", None, ("Pat O'Brien",))),
]

NO_CREDIT_IN_MARKUP = [
    # h15-185: the feed's second credit element holds the author's avatar, a link
    '<media:credit role="author" scheme="urn:ebu">http://a.deviantart.net/avatars/w/o/wojtekfus.jpg?5</media:credit>',
    '<span class="byline">By Jane Roe</span> The mayor speaks.',  # a story's byline is no picture's credit
    '<div data-caption="The mayor speaks at the council."></div>',
]


@pytest.mark.parametrize(("text", "expected"), CREDITS_IN_MARKUP)
def test_a_credit_markup_names_as_such_is_read(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", NO_CREDIT_IN_MARKUP)
def test_markup_that_names_no_credit_gives_none(text: str) -> None:
    assert _read(text) is None


def test_a_photographer_label_names_a_person_even_in_one_word() -> None:
    assert _read("A fox at dusk. Photographer: WojtekFus") == ("WojtekFus", None, ("WojtekFus",))
    assert _read("A fox at dusk. Photographer: Reuters") == ("Reuters", "Reuters", ())
    assert _read("A fox at dusk. Photo: WojtekFus") == ("WojtekFus", "WojtekFus", ())  # no role named: as before
