"""Rules for the shapes holdout12 missed, stated generally (issue 14, credits-h12).

Each rule is tried on real lines of other pages and files than the table's (cited in a comment: a
page's address, or the code corpus's file id), on the table rows it reads (their ids), and on text
that looks like it but prints no credit.
"""

from __future__ import annotations

import pytest

from tests.helpers.credit_reading import read_caption as _read

# --- "courtesy of" after a picture word of another language ("Foto cortesía de"), a link with its title, a use note ---

A_PICTURE_WORD_BEFORE_COURTESY_IN_MORE_LANGUAGES = [
    # a club's history page, its pictures' captions (code corpus file id 66455677677)
    ("El profesor Francisco Rodríguez, pionero en la enseñanza del voleibol ese mismo año, aparece junto a los jóvenes "
     "aprendices. (Foto cortesía de Miriam Quiroga).", ("Foto cortesía de Miriam Quiroga", None, ("Miriam Quiroga",))),
    # a blog post's opening, a Markdown link with its title (code corpus file id 20039612905)
    ('Foto cortesía de [Freeimages.](http://www.freeimages.com/photo/1043303 "Freeimages")\n\n¿Manejas algún listado de '
     "clientes?", ("Foto cortesía de Freeimages", "Freeimages", ())),
    ('Foto cortesía de [Freeimages](http://www.freeimages.com/photo/649206 "Freeimages")',
     ("Foto cortesía de Freeimages", "Freeimages", ())),  # h12-134
    # a family-history site's picture list (code corpus file id 58517519628): the clause after ";" is a use note
    ("Foto cortesía de Miquel Rosselló, vía Balearspotting; permiso de reproducción pendiente de confirmar.",
     ("Foto cortesía de Miquel Rosselló, vía Balearspotting", "Balearspotting", ("Miquel Rosselló",))),  # h12-133
]

NO_COURTESY_CREDIT = [
    # a page template's field with its value left out (code corpus file id 28300346481) or its link only (53862295511)
    "Foto cortesía de: {location.state.user}",
    "Foto cortesía de:",
    "Photo courtesy of:",
    "_Foto cortesía de:_ (http://www.flickr.com/photos/rmgimages/4882451468/)",
]


@pytest.mark.parametrize(("text", "expected"), A_PICTURE_WORD_BEFORE_COURTESY_IN_MORE_LANGUAGES)
def test_a_picture_word_of_another_language_opens_a_courtesy_credit(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", NO_COURTESY_CREDIT)
def test_courtesy_words_without_a_name_make_no_credit(text: str) -> None:
    assert _read(text) is None


def test_a_use_note_after_a_semicolon_is_no_part_of_the_line_but_a_second_credit_is() -> None:
    assert _read("A bridge. Photo: Jane Roe/AP; used with permission.") == ("Jane Roe/AP", "AP", ("Jane Roe",))
    # a credit after the semicolon names someone: it stays ("Name; photographs by Getty Images", credits_real)
    assert _read("Michael Houtz; photographs by Getty Images") == (
        "Michael Houtz; photographs by Getty Images", "Getty Images", ("Michael Houtz",))


# --- a picture word joined by a dash to a credit whose grammar shows it --------------------------------------------------

A_PICTURE_WORD_AND_A_DASH_BEFORE_A_CREDIT = [
    ("Kantor Pemkot Balikpapan, Kaltim, dibanjiri karangan bunga menyambut Wali Kota yang baru. Foto-apahabar.com/Riyadi",
     ("apahabar.com/Riyadi", "apahabar.com", ("Riyadi",))),  # h12-078: a site and its photographer
    ("Episode 2: The Empire Rebuilds\n\nThe Crushed Can (Photo – MJ General Photograph Collection)",
     ("MJ General Photograph Collection", "MJ General Photograph Collection", ())),  # h12-086: a collection
    ("Kantor Pemkot. Foto - Jane Roe/Antara", ("Jane Roe/Antara", "Antara", ("Jane Roe",))),  # a name and a wire
]

A_PICTURE_WORD_AND_A_DASH_IN_TEXT = [
    "user: (photo – ID document)",  # a bot's transcript (code corpus file id 68862047408)
    "- **Project 5 (Photo – High Detail)** — largest PDF, most grid pages, 20 DMC colours",  # file id 22221328685
    "Foto-foto kami membantu menciptakan kesan pertama yang lebih baik.",  # a studio's page (file id 4643582454)
    "setPhoto(photo - 1)",  # a gallery's code (file id 6710876336)
    "Pas Foto - Dokumen wajib untuk semua kategori",  # a school's form (file id 18821755881)
    "Foto - Dokumentera placeringen med foto från kameran",  # an app's instructions (file id 42195058378)
]


@pytest.mark.parametrize(("text", "expected"), A_PICTURE_WORD_AND_A_DASH_BEFORE_A_CREDIT)
def test_a_picture_word_and_a_dash_open_a_credit_whose_grammar_shows_it(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", A_PICTURE_WORD_AND_A_DASH_IN_TEXT)
def test_a_picture_word_and_a_dash_before_words_make_no_credit(text: str) -> None:
    assert _read(text) is None


# --- "Files" closing a wire's chain marks a file picture, as "File" does; "(webcam/files)" stays words ------------------


def test_files_closing_a_chain_marks_a_file_picture() -> None:
    assert _read("Newly built factories in Guangzhou. (REUTERS/Bobby Yip/Files)") == (
        "REUTERS/Bobby Yip/Files", "Reuters", ("Bobby Yip",))  # h12-062


@pytest.mark.parametrize("text", [
    "This system processes live video streams (webcam/files) to detect objects.",  # code corpus file id 8906842881
    "File picker opens (desktop: native, mobile: camera/files)",  # file id 21189778866
    "// Example 6: Handling File Uploads (Images/Files) - MULTIPART FORM DATA",  # file id 54181921311
])
def test_files_after_a_slash_in_text_make_no_credit(text: str) -> None:
    assert _read(text) is None


# --- under a label, a bracket after the photographer's name holds their outlet when printed as one --------------------


def test_an_outlet_printed_with_a_word_in_capitals_in_brackets_after_the_name() -> None:
    assert _read("Пoкaнeни ca миниcтритe.\nсвързани\nСнимка: Димитър Кьосемарлиев (Bulgaria ON AIR)") == (
        "Димитър Кьосемарлиев (Bulgaria ON AIR)", "Bulgaria ON AIR", ("Димитър Кьосемарлиев",))  # h12-028


@pytest.mark.parametrize("text", [
    "A minister. Photo: Jane Roe (USA)",  # where the photographer comes from (docs/credit-tables.md: "Name (USA)")
    "Photo: Jane Roe (DJI Mavic)",  # a maker's name in capitals first: the camera's, no outlet
])
def test_a_country_or_a_camera_in_brackets_is_no_outlet(text: str) -> None:
    assert _read(text)[1] is None


# --- a credit opening the text, its name run into the caption's first words with no gap --------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("© AP Photo / Vadim GhirdaProtest la București", ("AP Photo / Vadim Ghirda", "AP", ("Vadim Ghirda",))),  # h12-026
    ("© REUTERS / Inquam Photos/Octav GaneaProteste la București",
     ("REUTERS / Inquam Photos/Octav Ganea", "Inquam Photos", ("Octav Ganea",))),  # h12-025
])
def test_a_name_glued_to_the_captions_first_words_ends_where_they_start(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("name", ["Jane FitzGerald", "Ronan MacKenzie", "Leonardo DiCaprio"])
def test_a_names_own_capitals_are_no_glue(name: str) -> None:
    assert _read(f"A bridge at dusk. Photo: {name}") == (name, None, (name,))


# --- a camera's default description is no credit ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "SAMSUNG CAMERA PICTURES\nOui, ceci est un cerveau.",  # h12-017: a blog's picture under its camera's title
    # a WordPress attachment's caption field (code corpus file id 49409587274; a plugin replaces it, file id 33170465804)
    "OLYMPUS DIGITAL CAMERA",
    "OLYMPUS DIGITAL CAMERA         ",  # as a camera pads it (an EXIF library's test, file id 6075523454)
    "Die Brücke im Nebel.\nOLYMPUS DIGITAL CAMERA",
])
def test_a_cameras_default_description_makes_no_credit(text: str) -> None:
    assert _read(text) is None


def test_a_name_with_camera_in_it_is_still_read() -> None:
    assert _read("A cat. Photo: Digital Camera World")[0] == "Digital Camera World"


# --- a Japanese wire page's closing bracket: the city before "=", the wire's reporter or distribution, the photographer ---

A_DATELINED_WIRE_BRACKET = [
    # Xinhua's Japanese pages (https://jp.news.cn/20240926/5565aaa711b74ecf9c8e8d5eef8a8ac9/c.html,
    # http://jp.xinhuanet.com/2019-09/17/c_138397014_4.htm)
    ("26日、写真展会場の様子。(北京=新華社記者/張玉薇)", ("新華社記者/張玉薇", "Xinhua", ("張玉薇",))),
    ("写真は信陽市新県にある旧革命根拠地を見学する習近平氏。(新県=新華社記者/鞠鵬)\n当社のコンテンツは著作権法によって保護されます。",
     ("新華社記者/鞠鵬", "Xinhua", ("鞠鵬",))),
    ("12日、観光客でにぎわう黒竜江省ハルビン市の中央大街。(ハルビン=新華社記者/王建威)",
     ("新華社記者/王建威", "Xinhua", ("王建威",))),  # h12-089
    ("16日、陝西省の秦兵馬俑1号坑遺跡を見学する観光客。(西安=新華社配信/王三合)pagebreak",
     ("新華社配信/王三合", "Xinhua", ("王三合",))),  # h12-090: distributed by the wire
]


@pytest.mark.parametrize(("text", "expected"), A_DATELINED_WIRE_BRACKET)
def test_a_wire_after_the_datelines_equals_sign_is_the_credit(text: str, expected: tuple) -> None:
    assert _read(text) == expected


def test_reporters_of_no_known_wire_make_no_wire_credit() -> None:
    # a People's Daily page (http://www.ccgp-fushun.com/japanese/163096.htm): children reporting, no credit of a wire
    assert _read("全國各地から集まった約100人の少年記者が活躍する姿が見られる。") is None


# --- an outlet's one word in capitals, a slash and a photographer's full name: the whole credit, as initials are -------


@pytest.mark.parametrize(("text", "expected"), [
    ("KOMPAS/INGKI RINALDI\n\nSejumlah warga di Kampung Tanah Rendah, Kebon Pala, Kampung Melayu, Jakarta Timur, "
     "berkumpul pada Senin (29/10/2018) siang.", ("KOMPAS/INGKI RINALDI", "KOMPAS", ("INGKI RINALDI",))),  # h12-109
    ("Suasana Jalan MH Thamrin. TEMPO/Jane Roe", ("TEMPO/Jane Roe", "TEMPO", ("Jane Roe",))),
])
def test_an_outlets_word_in_capitals_before_a_full_name(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Peta jalan. STRINGER/Jane Roe",  # a word standing in place of a name is no outlet
    "Settings → tema: Sustav/Svijetla/Tamna\nGPS/Kompas/Signal ekrani",  # an app's notes (code corpus file id 59364755306)
])
def test_a_word_in_capitals_before_a_slash_in_other_places_is_no_outlet(text: str) -> None:
    assert _read(text) is None


# --- a photographer's full name glued to the caption's last sentence end: the page's credit element run on --------------


def test_a_full_name_glued_to_the_last_sentence_end_closes_as_the_credit() -> None:
    assert _read("Enclosing an area with nets, fishermen try catching fish in Teesta River. Photo taken from Gangachara "
                 "area in Rangpur on 4 October.Moinul Islam") == ("Moinul Islam", None, ("Moinul Islam",))  # h12-052


@pytest.mark.parametrize("text", [
    "The meeting ends at 5 p.m.Monday",  # an abbreviation's period before a day: no sentence end
    "He served in the U.S.Army",  # initials
])
def test_a_word_after_an_abbreviations_period_is_no_credit(text: str) -> None:
    assert _read(text) is None


# --- after "via", one word behind an organisation is the distributor, never a photographer ------------------------------

VIA_A_DISTRIBUTOR = [
    ("In a series of before and after images, whole apartment blocks can be seen collapsed.\n\nCredit: Maxar Technologies "
     "via Storyful", ("Maxar Technologies via Storyful", "Maxar Technologies", ())),  # h12-085
    # a paper's fire report (code corpus file id 24205171508): a body's officer, no person named
    ("Gavin Newsom (D) has declared a state of emergency in the county. (Video: Menifee Battalion Chief via Storyful)",
     ("Menifee Battalion Chief via Storyful", "Menifee Battalion Chief", ())),
    # a person's picture via the distributor stays the person's (code corpus file ids 3218626579, 15096480818)
    ("Video by Kristy Hall shows the response from emergency services. Credit: Kristy Hall via Storyful",
     ("Kristy Hall via Storyful", "Storyful", ("Kristy Hall",))),
    ("Colin Yager via Storyful", ("Colin Yager via Storyful", "Storyful", ("Colin Yager",))),
]


@pytest.mark.parametrize(("text", "expected"), VIA_A_DISTRIBUTOR)
def test_one_word_after_via_behind_an_organisation_is_its_distributor(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- a name in mixed case, a hyphen, then an outlet in capitals: the sports wires' "Name-Org" for any outlet -------------


def test_an_outlet_in_capitals_after_a_hyphen_follows_the_photographer() -> None:
    assert _read("Rais Kikwete yupo Mkoani Tanga kwa ziara ya kikazi kuagua na kuzindua miradi ya maendeleo. Picha na "
                 "Fredy Maro-IKULU") == ("Fredy Maro-IKULU", "IKULU", ("Fredy Maro",))  # h12-020


@pytest.mark.parametrize(("text", "expected"), [
    # AFP prints a surname in capitals, a hyphenated one too (credits_real intl-98): one name
    ("En brittisk demonstrant visar sitt missnöje med Brexit. AFP PHOTO / Daniel LEAL-OLIVAS / TT /",
     ("AFP PHOTO / Daniel LEAL-OLIVAS / TT /", "AFP", ("Daniel LEAL-OLIVAS",))),
])
def test_a_surname_in_capitals_after_a_hyphen_stays_one_name(text: str, expected: tuple) -> None:
    assert _read(text) == expected


def test_an_office_in_capitals_after_a_hyphen_in_a_field_is_no_credit() -> None:
    assert _read("wizara: 'OFISI YA RAIS-IKULU'") is None  # a ministry field in an app (code corpus file id 2681678629)


# --- Arabic "تصوير" (photography) without a colon opens a bracketed credit before an outlet's name --------------------


def test_arabic_photography_word_before_an_outlet_in_brackets() -> None:
    assert _read("الوزير لحسن الداودي يحاول التقاط صورة لعباس كاظم وهو أحد المعجبين بالمؤرخ عبد الهادي التازي "
                 "(تصوير أكورا بريس)") == ("أكورا بريس", "أكورا بريس", ())  # h12-022


@pytest.mark.parametrize("text", [
    # the word as the noun of a list or a sentence (code corpus file ids 57886106831, 52498048436, 25795429946,
    # 66997185914, 56837058329, 61752415663, 37472085477, 53399292419, 68946094423)
    "CINEMA & REAL ESTATE DRONE (تصوير جوي سينمائي للمشاريع الكبرى)",
    "-- حفظ السكن (تصوير كامل لكل تفاصيل الجسم)",
    "// 1. التوثيق الجنائي (تصوير الشاشة صامتاً)",
    "8 فيديوهات ريلز وتيك توك (تصوير + مونتاج + سكريبت)",
    "// زر الأكشن (تصوير أو استبدال)",
    "- Flutter: KycScreen (تصوير البطاقة + selfie)",
    "الممثلين(تصوير الاشخاص)",
    "تم تعليق حسابك بسبب مخالفة قواعد الاستخدام (تصوير شاشة أو تسجيل). تواصل مع الإدارة لإعادة تفعيل الحساب.",
    "3. **بث مباشر** (تصوير متعدد الكاميرات وبث حي)",
    "تصوير الفيلم في المغرب",
])
def test_arabic_photography_word_in_a_sentence_makes_no_credit(text: str) -> None:
    assert _read(text) is None


# --- a Chinese online outlet (网) set apart before its photographer and 摄, after the caption's sentence end ----------


@pytest.mark.parametrize(("text", "expected"), [
    # an article's picture, its alt text (code corpus file id 2449622579)
    ("王金友家的鱼塘配备了自动投饵机。人民网 范尧摄", ("人民网 范尧", "人民网", ("范尧",))),
    ("5 月 16 日,游客从相声大师马三立的雕塑旁走过。人民网 崔新耀摄", ("人民网 崔新耀", "人民网", ("崔新耀",))),  # h12-092
])
def test_an_online_outlet_before_the_photographer_and_the_mark(text: str, expected: tuple) -> None:
    assert _read(text) == expected


def test_an_online_outlets_name_with_no_mark_is_no_credit() -> None:
    assert _read("他们这么庆祝高中毕业，你羡慕么？人民网 四分钟前") is None  # a feed's source and age (file id 22697828428)


def test_the_internet_names_no_party() -> None:
    assert _read("游客走过。图片来源：互联网") == ("互联网", None, ())
