"""Credit forms of other languages met on holdout8's lines, each tested on real lines of its own (issue 14).

Each case names where it was printed; the ``h8-`` ones are rows of ``data/credits_holdout8.tsv``,
whose source column gives the page.
"""

from __future__ import annotations

import pytest

from tests.helpers.credit_reading import read_caption as _read


@pytest.mark.parametrize("text, line, agency, photographers", [
    # The Swiss wire's French name: Keystone-SDA is Keystone-ATS in Romandy (h8-191, letemps.ch's year in pictures)
    ("Gianni Infantino et Ivanka Trump s’embrassent lors du WEF le 22 janvier à Davos | Keystone-ATS / Alessandro "
     "della Valle", "Keystone-ATS / Alessandro della Valle", "Keystone", ("Alessandro della Valle",)),
    # opening a caption scraped from the middle of the year's gallery (h8-193)
    ("Keystone-ATS / Alessandro della Valle\n\n13 mars. Daniel Koch s’adresse aux Suissesses et aux Suisses, au côté "
     "du Conseil fédéral, lors de dizaines de conférences de presse.", "Keystone-ATS / Alessandro della Valle",
     "Keystone", ("Alessandro della Valle",)),
])
def test_a_wires_name_in_another_language(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, line, agency", [
    # BBC Arabic's "image source," ("صدر الصورة، ", bbc/simorgh src/app/lib/config/services/arabic.js,
    # imageCopyrightOffscreenText), before the picture's caption (h8-256, h8-260: BBC Arabic's layout copied)
    ("فتاة تفكر في حركة شطرنج\n\nصدر الصورة، Reuters\n\nالتعليق على الصورة، فتاة تفكر في حركة شطرنج في ماكوكو",
     "Reuters", "Reuters"),
    ("محاربون قدامى يحتفلون في أديس أبابا\n\nصدر الصورة، AFP\n\nالتعليق على الصورة، محاربون قدامى يحتفلون في أديس "
     "أبابا بيوم الوطنيين يوم الأربعاء", "AFP", "AFP"),
])
def test_bbc_arabic_image_source(text, line, agency):
    assert _read(text) == (line, agency, ())


def test_issued_picture_in_arabic_prose_is_no_credit():
    # "صدر" is also the verb "was issued": without the label's comma the words are the sentence's
    assert _read("صدر الصورة الأولى للمسبار اليوم") is None


@pytest.mark.parametrize("text, line, agency, photographers", [
    # Portuguese "Divulgação/X" (handed out by X): a lone word closing the credit is who handed it out
    ("Seres 3 — Foto: divulgação/Seres", "divulgação/Seres", "Seres", ()),  # h8-278, a Brazilian car site
    ("BMW M340i (Foto: Divulgação/BMW)", "Divulgação/BMW", "BMW", ()),  # code corpus: a saved Globo page's img alt
    ("Foto: Divulgação/Blizzard", "Divulgação/Blizzard", "Blizzard", ()),  # code corpus: a WordPress figcaption
    ("Helicóptero da Marinha fez o resgate da pescadora no Rio Negro.  — Foto: Divulgação/Marinha",
     "Divulgação/Marinha", "Marinha", ()),  # code corpus: a saved g1 page's img alt
    # a photographer named after it signs in full, and the organisation after him is the agency
    ("VCT 2023 começará com competição internacional sediada na cidade de São Paulo — Foto: Divulgação/Lance "
     "Skundrich/Riot Games", "Divulgação/Lance Skundrich/Riot Games", "Riot Games", ("Lance Skundrich",)),
])
def test_the_source_after_a_handout_word(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, line, agency, photographers", [
    # a label's credit opening the caption, its text after it with no stop between (h8-023, h8-025: mondo.rs via
    # naslovi.net): the sentence opens at a capitalised word followed by words in lower case
    ("Foto: MONDO/Stefan Stojanović Večerašnji protest \"1 od 5 miliona\" u Beogradu organizovan je u znaku "
     "povlačenja \"paralele\" sa devetomartovskim demonstracijama protiv ondašnjeg RTS-a.",
     "MONDO/Stefan Stojanović", "MONDO", ("Stefan Stojanović",)),
    ("Foto: Mondo/Stefan Stojanović Cilj današnjeg okupljanja je, kako je rečeno na početku skupa da podseti \"na "
     "sedam godina propadanja za vreme vlasti Aleksandra Vučića\".",
     "Mondo/Stefan Stojanović", "Mondo", ("Stefan Stojanović",)),
])
def test_a_labelled_credit_then_the_caption(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


def test_a_name_under_a_label_may_open_the_sentence():
    # no chain, no credit: the label's words are the caption's (holdout3-100)
    assert _read("TOP PHOTO:  Farmer John Griffith sold out of honey right away and offers cucumbers, onions.") is None


@pytest.mark.parametrize("text, line, photographers", [
    # a reader's picture signed with the reader's name and town, Dutch particles and hyphens kept (h8-187, h8-246:
    # a Brabant broadcaster's weather gallery, "vergroot" its enlarge control); a couple signs with two given names
    ("IJzig stil. (Foto: Margreet van Vianen, Tilburg) vergroot", "Margreet van Vianen, Tilburg",
     ("Margreet van Vianen",)),
    ("Winterse wereld aan je poten (Foto: Hennie Hauser, Sprang-Capelle) vergroot", "Hennie Hauser, Sprang-Capelle",
     ("Hennie Hauser",)),
    ("Frost. (Foto: Marc en Lies, Nederhemert) vergroot", "Marc en Lies, Nederhemert", ("Marc", "Lies")),  # h8-186
])
def test_a_readers_name_and_town(text, line, photographers):
    assert _read(text) == (line, None, photographers)


def test_an_organisation_after_the_comma_is_no_town():
    # Dutch "omroep" (broadcaster) makes an organisation, the photographer's agency
    assert _read("Winterse wereld. (Foto: Hennie Hauser, Omroep Brabant)") == (
        "Hennie Hauser, Omroep Brabant", "Omroep Brabant", ("Hennie Hauser",))


@pytest.mark.parametrize("text, line, agency", [
    ("Фото: Школа управления «Сколково»", "Школа управления «Сколково»", "Школа управления «Сколково»"),  # h8-159
    # Hebrew "ערוץ" (channel): the Knesset's channel (h8-271, srugim.co.il)
    ("השבעת האמונים של ראש הממשלה בנט, יוני 2021 (צילום: ערוץ הכנסת)", "ערוץ הכנסת", "ערוץ הכנסת"),
])
def test_organisation_words_of_more_languages(text, line, agency):
    assert _read(text) == (line, agency, ())


@pytest.mark.parametrize("text, line, agency, photographers", [
    # a Chinese name (two to four characters, no capitals to tell it) before a slash and its paper, glued to the
    # caption's last sentence (h8-099, a Taiwanese forum's copy of China Daily's picture)
    ("李克強抵達會場時指著自己的手錶,用流利的英語向在現場等待的與會代表歉意地解釋:由於前一場外事活動延時,造成本次會見推遲。"
     "武治義/中國日報", "武治義/中國日報", "中國日報", ("武治義",)),
    # an agency's name (社) set apart before its photographer and the mark (h8-100, China Review News)
    ("13日的第三度馬習會記者會,攝影記者不用卡位便可拍到好照片。(中評社 張嘉文攝)", "中評社 張嘉文", "中評社", ("張嘉文",)),
    # an agency's reporter, the mark, and the day it was taken glued after it (h8-101, CNA's picture on a Taiwanese
    # page; the agency named by its family, CNA, as organisations.AS_PRINTED lists 中央社 in another script)
    ("經過這場抗疫戰爭,「抗疫英雄」葉金川(左)也忍不住打哈欠露出疲態。中央社記者郭日曉攝五月二十七日", "中央社記者郭日曉", "CNA",
     ("郭日曉",)),
    # Initium's "攝:" (photographed by) glued to the caption (theinitium.com/article/20210323-wsj-covids-origins-...)
    ("2021年1月31日武漢,世界衛生組織調查人員訪問華南海鮮市場。攝:Thomas Peter /Reuters/達志影像",
     "Thomas Peter /Reuters/達志影像", "Reuters", ("Thomas Peter",)),
])
def test_chinese_credits(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text", [
    "会议在北京举行。上海/北京",  # two places with a slash: no paper after it
    "攝影記者不用卡位便可拍到好照片",  # "攝" inside a word ("攝影記者": photographers) is no label
])
def test_chinese_look_alikes_are_no_credit(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, line, agency, photographers", [
    # Vietnamese "Ảnh AP" is AP's "AP Photo" translated, kept in the line like it (h8-003, otofun.net's copy of AP's
    # gallery)
    ("Du khách đi bộ trong cơn mưa tầm tã dọc theo đấu trường cũ, bên phải và các tòa nhà của khu phố cổ ở Verona, Ý, "
     "Thứ Ba, ngày 23 tháng 4 năm 2019. (Ảnh AP / Michael Probst)", "Ảnh AP / Michael Probst", "AP",
     ("Michael Probst",)),
    # Finland's broadcaster after its photographer, closing the caption's last sentence (h8-084, a Finnish press
    # photo award page)
    ("– Voittajakuvassa seisoo Tuija Tiittanen kansallispuku yllään, kertoo vuoden 2020 lehtikuvan ottanut Ylen "
     "visuaalinen journalisti Silja Viitala. Silja Viitala / Yle", "Silja Viitala / Yle", "Yle", ("Silja Viitala",)),
    # a day before its month's abbreviation ("25. Sept."): the abbreviation's stop ends the date, the credit follows
    # (h8-072, NZZ's year in pictures)
    ("Hinweis auf Glanz: Die Schauspielerin Diane Kruger kommt zum Zurich Film Festival, um ihren Film „Marlowe“ "
     "vorzustellen.\n\nZürich, 25. Sept. Keystone / Ennio Lenza", "Keystone / Ennio Lenza", "Keystone",
     ("Ennio Lenza",)),
])
def test_wires_and_broadcasters_closing_a_caption(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text", [
    "// Photos (Ảnh Apple)",  # code corpus: an app icon's comment; "Ảnh" before a company that is no wire
    "Der Bundesrat tagte am 25. Sept. Danach gingen alle nach Hause",  # a date, then the sentence goes on
])
def test_look_alikes_of_these_forms_are_no_credit(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, line, agency, photographers", [
    # a page's picture title: the credit, a hyphen, the story's headline (h8-106, h8-107, h8-110: a saved
    # acidadeon.com home page, code corpus); a known organisation, a word in place of any party, or a credit the
    # title prints again in brackets at its end
    ("Agência Brasil - Facebook está envolvido em escândalo de divulgação de dados", "Agência Brasil",
     "Agência Brasil", ()),
    ("Divulgação - Magazine Desapego promove o consumo consciente", "Divulgação", None, ()),
    ("Amanda Rocha/ACidadeON - Ao superar violência, mulheres lutam diariamente contra sintomas depressivos "
     "(Amanda Rocha/ACidadeON)", "Amanda Rocha/ACidadeON", "ACidadeON", ("Amanda Rocha",)),
])
def test_a_credit_before_its_headline(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, expected", [
    # AP's "FILE - " says what the picture is, not whose: the credit closing the caption stays the credit
    ("FILE - A man walks past the store in Renfrew, Pa., on Nov. 7, 2022. (AP Photo/Keith Srakocic, File)",
     ("AP Photo/Keith Srakocic, File", "AP", ("Keith Srakocic",))),
    # an unknown name before a hyphen and a sentence is the sentence's subject
    ("John Smith - the man who came to dinner is back in town", None),
    # a wire's dateline opening its story names the story's source (credits_real intl-252)
    ("(LaPresse) - Manifestanti in strada anche a New York per dopo la morte, a Minneapolis, del", None),
])
def test_what_opens_a_caption_before_a_hyphen_otherwise(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, line, agency, photographers", [
    # the city's site after the photographer's name and a stop, under the label (h8-156, a Moscow city page)
    ("Фото: М. Денисова. Mos.ru", "М. Денисова. Mos.ru", "Mos.ru", ("М. Денисова",)),
    # Chinese "taken from the internet" in brackets closing the caption: a credit that names no one (h8-098, a Hong
    # Kong page)
    ("中國最高領導人一張撐傘的照片,引發香港網民無限遐想。(取自網路)", "取自網路", None, ()),
    # Greek "αρχείου" (of the archive) says a file picture, no one's name
    ("λιμάνι πάτρας\nΦωτό: αρχείου", "αρχείου", None, ()),
])
def test_sources_and_no_party_words_of_more_languages(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, expected", [
    ("Students rally in Sydney. (Supplied)", None),  # a Latin word alone in brackets is no credit (robustness tests)
    ("Ponce (PR)", None),  # a short one is a place
    # a sentence after the name, no site: the name alone is the credit
    ("Foto: Jan Novák. Další věta je zde.", ("Jan Novák", None, ("Jan Novák",))),
])
def test_no_party_asides_and_sentences(text, expected):
    assert _read(text) == expected


def test_vietnamese_photo_taken_with_its_day_before_the_colon():
    # "(Ảnh chụp chiều ngày 1/8: Name)": photo taken on the afternoon of 1 August (h8-151, a Vietnamese CMS's SQL dump
    # with its HTML entities)
    assert _read("Người d&acirc;n sống tr&ecirc;n đường Định C&ocirc;ng (Ho&agrave;ng Mai, H&agrave; Nội) &quot;be bờ, "
                 "đắp đập&quot; ngăn nước tr&agrave;n v&agrave;o nh&agrave;. (Ảnh chụp chiều ng&agrave;y 1/8: Hữu Nghị).") \
        == ("Hữu Nghị", None, ("Hữu Nghị",))


def test_a_snapshots_date_and_a_note_after_it_are_no_credit():
    # code corpus: a Vietnamese project note, "(snapshot of 2026-09-30: role, extension, schema ...)"
    assert _read("- SQL: `docs/db-schema-baseline.sql` (ảnh chụp ngày 2026-09-30: role, extension, schema `auth` + "
                 "`public`: bảng, view,") is None
