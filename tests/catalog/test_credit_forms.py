"""Credit forms of particular languages and chains, each rule with real lines and the text it must leave alone.

The lines come from ``data/credits_holdout.tsv`` and ``data/credits_real.tsv`` (their ids
in comments); the negative cases are captions whose words look like the form but print
no credit.
"""

from __future__ import annotations

import pytest

from catalog.credits.captions import find_credit
from tests.helpers.credit_reading import read_caption as _read

# --- Japanese, Chinese, Russian -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # holdout-65: the bracket with the year of the copyright and the wire is the credit
    ("…キスをした。2011年4月29日、ロンドンで撮影(2019年 ロイター/Dylan Martinez)",
     ("2019年 ロイター/Dylan Martinez", "Reuters", ("Dylan Martinez",))),
    # holdout-68: the same bracket with the story run on after it
    ("…2017年9月撮影(2019年 ロイター/Danish Siddiqui)「写真は、苦境に光を当てるのに本当に一役買った」と言う。",
     ("2019年 ロイター/Danish Siddiqui", "Reuters", ("Danish Siddiqui",))),
    # holdout-70: a label, and the CJK full stop that closes the sentence
    ("…キャンドルに火を灯した。写真:ロイター。", ("ロイター", "Reuters", ())),
    # holdout-74: Xinhua's "released by Xinhua" alone on the last line
    ("…由翟志剛擔任指令長。\n新華社發", ("新華社發", "Xinhua", ())),
    # holdout-73: the maker of the graphic belongs to the credit line; the photographer is the one who shot it
    ("春分节气。\n\n新华社发(李云生 摄) 新华社记者 张曼怡 制图",
     ("新华社发(李云生 摄) 新华社记者 张曼怡 制图", "Xinhua", ("李云生",))),
    # holdout-61: "автор фото" (the photo's author) is a label; TASS's photo service is TASS
    ("1992 год. Сергей Шахрай в зале заседаний / автор фото Кузьмин Валентин/Фотохроника ТАСС",
     ("Кузьмин Валентин/Фотохроника ТАСС", "TASS", ("Кузьмин Валентин",))),
])
def test_cjk_and_russian_credit_forms(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "2011年4月29日、ロンドンで撮影",  # a place and a particle before 撮影 ("taken in London"): no name
    "英ロンドンで撮影された写真。",
    "1998年に撮影された映像が公開された。",
])
def test_a_place_before_the_photographed_mark_is_no_photographer(text: str) -> None:
    assert _read(text) is None


# --- Korean ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # holdout-33: News1's stamp (date and its Korean name) before "©" is part of the printed credit;
    # the agency is News1's canonical name (agencies.py), as credits_real prints it
    ("…파묻혀 있다. 2019.10.3/뉴스1 © News1 최창호 기자",
     ("2019.10.3/뉴스1 © News1 최창호 기자", "News1", ("최창호",))),
    # holdout-150: an outlet's brand in Hangul and Latin, then its photographer's Korean name
    ("ⓒ시사IN 조남진\n\n6월1일 오전 9시30분 판문점, 북측 대표단 30명이 군사분계선을 넘었다.",
     ("시사IN 조남진", "시사IN", ("조남진",))),
    # intl-156, intl-238: a role after the outlet is no name
    ("지금까지 아침에 한 장이었습니다. (사진: 조선일보 사진부)", ("조선일보 사진부", "조선일보", ())),
    ("…포착한 것이다. /한국사진기자협회 제공", ("한국사진기자협회 제공", "한국사진기자협회", ())),
])
def test_korean_credit_forms(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # intl-298: a provider's bracket before the stamp: the provider took it, the wire's reporter only filed it
    ("…인사를 하고 있다. (대통령실 제공. 재판매 및 DB 금지) 2025.8.23/뉴스1 ⓒ News1 허경 기자관련 키워드",
     ("(대통령실 제공. 재판매 및 DB 금지) 2025.8.23/뉴스1 ⓒ News1 허경 기자", "대통령실", ())),
    # intl-299: a press pool, its reporter's byline glued after it
    ("…악수하고 있다. 2025.11.4/뉴스1 ⓒ News1 국회사진기자단한재준 기자 대통령실",
     ("2025.11.4/뉴스1 ⓒ News1 국회사진기자단", "국회사진기자단", ())),
])
def test_korean_wire_stamps_name_who_made_the_picture(text: str, expected: tuple) -> None:
    assert _read(text) == expected


def test_a_korean_sentence_ending_in_a_name_is_no_credit() -> None:
    assert _read("회의가 열렸다. 김정은 위원장") is None
    assert _read("2019.10.3 서울 © 2019") is None


# --- organisations by their words, in several languages -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # holdout-60: "Dziennik" (Polish: daily) names a paper; the first organisation is the agency
    ("Czytaj dalej\nFot. Anna Kaczmarz / Dziennik Polski / Polska Press\nWojciech Mucha",
     ("Anna Kaczmarz / Dziennik Polski / Polska Press", "Dziennik Polski", ("Anna Kaczmarz",))),
    # holdout-92: a German compound ending in an organisation word ("-polizei") is an organisation
    ("Schau in der Luft: Die Kunstflugstaffel in Vevey. (Bild: Kantonspolizei Waadt)",
     ("Kantonspolizei Waadt", "Kantonspolizei Waadt", ())),
    # holdout-104: a brand printed in lower case before its capitalised head ("kolbert-Press") after IMAGO
    ("Das letzte Heimspiel könnte am 9. Mai sein. Bildquelle: Imago/kolbert-Press.",
     ("Imago/kolbert-Press", "kolbert-Press", ())),
    # holdout-50: action press, a picture agency behind its distributor
    ("Photograph: MP/action press/Rex/Shutterstock", ("MP/action press/Rex/Shutterstock", "action press", ("MP",))),
])
def test_organisations_named_by_their_words(text: str, expected: tuple) -> None:
    assert _read(text) == expected


def test_a_long_german_word_is_no_organisation_unless_it_ends_in_one() -> None:
    assert _read("Der Schriftsteller las vor. (Foto: Thomas Zeitungsleser)") == (
        "Thomas Zeitungsleser", None, ("Thomas Zeitungsleser",))


# --- words glued to a credit ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # holdout-101, -102: a wire's name glued between two captions' words; the first one found is taken
    ("…und befand sich in FeierlauneProfimediaDoch die Partie begann katstrophal.",
     ("Profimedia", "Profimedia", ())),
    ("…den ersten Treffer für die BayernAFPUnd Jamal Musiala lehrte den Bayern das GlückProfimedia",
     ("AFP", "AFP", ())),
    # holdout-163: the wire glued to the photographer's name (two elements of the page, no gap)
    ("© Daniel Leal-OlivasAFP/Getty\n\nA man waves Union flags in Parliament Square.",
     ("Daniel Leal-OlivasAFP/Getty", "AFP", ("Daniel Leal-Olivas",))),
])
def test_credits_glued_to_words(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Download the new app from the iTunesStore today.",
    "The McAfee and DeAngelo families met in Paris.",
    "A NASAfunded probe was launched on Monday.",
])
def test_capitals_inside_words_are_no_credit(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    # holdout-49: the site's name glued to the illustrator's at an accented capital; "Ilustrace" marks an illustration
    ("Paměť. foto: Ilustrace Richard CortésČeská pozice", ("Ilustrace Richard Cortés", None, ("Richard Cortés",))),
    # holdout-174: the next caption glued to the name; the page prints the same credit again after it
    (("Mulher com a bandeira dos Estados Unidos / Foto: Rafael PessoaLojinha Bolsonarista vendia de bonés "
      "militares a importados / Foto: Rafael Pessoa"), ("Rafael Pessoa", None, ("Rafael Pessoa",))),
])
def test_the_next_captions_words_glued_to_a_name_are_left_out(text: str, expected: tuple) -> None:
    assert _read(text) == expected


def test_a_name_with_a_capital_inside_stays_whole() -> None:
    assert _read("Die Mannschaft jubelt. Foto: Ronan McDonald") == ("Ronan McDonald", None, ("Ronan McDonald",))
    assert _read("A view of the bay. Photo: Anna DeLuca Smith") == ("Anna DeLuca Smith", None, ("Anna DeLuca Smith",))


# --- who is who in a chain ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # holdout-159: "courtesy of" two people joined by "and": both are the photographers (the line is kept whole,
    # as credits_real keeps "Photo courtesy of Chris Felege")
    ("Students won eight state awards.\nPhoto courtesy of Savannah Davis and Peyton Manning",
     ("Photo courtesy of Savannah Davis and Peyton Manning", None, ("Savannah Davis", "Peyton Manning"))),
    ("The book's cover. (Courtesy of Simon and Schuster)",
     ("Courtesy of Simon and Schuster", "Simon and Schuster", ())),
    # holdout-89: the service, then its photographer with his rank
    ("Soldiers train during Orient Shield 11. (Photo by: U.S. Army Sgt. 1st Class Mike Chrisman)",
     ("U.S. Army Sgt. 1st Class Mike Chrisman", "U.S. Army", ("Sgt. 1st Class Mike Chrisman",))),
    # holdout-180: two chains across a comma are two credits, with no agency they share
    (("Emma Watson\n\nJordan Strauss / Invision / AP / East News, Jane Roe / BAUER-GRIFFIN / East News\n\n"
      "Emma Watson arrived at the premiere."),
     ("Jordan Strauss / Invision / AP / East News, Jane Roe / BAUER-GRIFFIN / East News", None,
      ("Jordan Strauss", "Jane Roe"))),
    ("Two views of the bridge. Jane Roe/AP, John Doe/AP", ("Jane Roe/AP, John Doe/AP", "AP", ("Jane Roe", "John Doe"))),
    ("A man walks. (AP Photo/Jane Roe, File)", ("AP Photo/Jane Roe, File", "AP", ("Jane Roe",))),
])
def test_who_is_who(text: str, expected: tuple) -> None:
    assert _read(text) == expected


def test_a_rank_in_a_sentence_is_no_credit() -> None:
    assert _read("The U.S. Army Staff Sgt. John Doe arrives at the base.") is None


@pytest.mark.parametrize(("text", "expected"), [
    # holdout-122: a unit named after its organisation's initials is that organisation; AP carries its picture
    (("This undated photo was taken by the NASA Hubble Space Telescope of the planet Mars. "
      "AP Photo/NASA Hubble Space Telescope"), ("AP Photo/NASA Hubble Space Telescope", "NASA", ())),
    ("A nebula in the night sky. (NASA Goddard Space Flight Center)", ("NASA Goddard Space Flight Center", "NASA", ())),
    # a unit named without initials stays as printed
    ("A nebula in the night sky. (Photo: Hubble Space Telescope)", ("Hubble Space Telescope", "Hubble Space Telescope", ())),
    # holdout-113: the page's credit element naming the client is fuller than the illustration's by-line
    ("Illustration by Carlos Carmonamedina\nCarlos Carmonamedina for NPR Public Editor",
     ("Carlos Carmonamedina for NPR Public Editor", "NPR", ("Carlos Carmonamedina",))),
])
def test_units_and_fuller_credits(text: str, expected: tuple) -> None:
    assert _read(text) == expected


def test_an_acronym_is_the_organisation_the_caption_names() -> None:
    # holdout-76: "STF" (also a wire's "staff") is the court the caption names ("Ministro do STF")
    text = ("Ministro do STF retomam a avaliação do rito de impeachment da presidente Dilma. | Nelson Jr./STF\n"
            "Ministro do STF retomam a avaliação do rito de impeachment da presidente Dilma.| Foto: Nelson Jr./STF")
    assert _read(text) == ("Nelson Jr./STF", "STF", ("Nelson Jr.",))
    found = find_credit("The mayor speaks at city hall. (AP Photo/Jane Roe/STF)")
    assert found is not None and found.credit.agency == "AP" and found.credit.qualifiers == ("staff",)


def test_a_persons_collection_names_its_owner() -> None:
    # holdout-29: "from the ... collection of Name" is read like "courtesy of Name"
    assert _read("Photos from the personal and copyrighted collection of Barbara Anne Helberg") == (
        "the personal and copyrighted collection of Barbara Anne Helberg", None, ("Barbara Anne Helberg",))
    assert _read("Photos from the collection of the museum were shown in May.") is None
    assert _read("A painting from the private collection of Jane Roe hangs in the hall.") is None


@pytest.mark.parametrize(("text", "expected"), [
    # holdout-139: an institution, then its photographer in brackets, after a separator closing the caption
    ("Il Presidente ha assistito alle esequie. Le immagini. / Quirinale (Alexander Jakhnagiev)",
     ("Quirinale (Alexander Jakhnagiev)", "Quirinale", ("Alexander Jakhnagiev",))),
    ("Il premier a Bruxelles | Palazzo Chigi (Filippo Attili)",
     ("Palazzo Chigi (Filippo Attili)", "Palazzo Chigi", ("Filippo Attili",))),
    # a person and an aside, or a person in brackets after a person, is no such credit
    ("Cast members / Sarah Jones (left)", None),
    ("A scene from the film / Pablo Picasso (Jane Roe)", None),
])
def test_an_institution_then_its_photographer_in_brackets(text: str, expected: tuple | None) -> None:
    assert _read(text) == expected


def test_tts_price_code_after_its_name_names_no_one() -> None:
    # holdout-142: the agency by its canonical name (agencies.py: "TT News Agency"), the line as printed
    assert _read("Alla utom Johansson har varit statsministrar. Foto: Henrik Montgomery / TT kod 10060") == (
        "Henrik Montgomery / TT kod 10060", "TT News Agency", ("Henrik Montgomery",))


def test_a_credit_printed_again_under_a_label_in_capitals_is_read_once() -> None:
    # holdout-183: "FOTO:" in capitals opens the same credit printed a second time
    assert _read("…multiple sanctions against Russia. EPA/ATEF SAFADI FOTO: ATEF SAFADI") == (
        "EPA/ATEF SAFADI", "EPA", ("ATEF SAFADI",))


def test_a_distributor_after_a_wire_printed_first_carries_the_wires_picture() -> None:
    # holdout-181: East News distributes AP in Poland: "AP / East News" is AP's; two credits, no shared agency
    assert _read("Lily James\n\nEast News, AP / East News\n\nOn-screen Cinderella, Lily James, wore crystal shoes") == (
        "East News, AP / East News", None, ())
    # holdout-179: after the photographer the first organisation is still the agency
    assert _read("Chris Pizzello / Invision / AP / East News") == (
        "Chris Pizzello / Invision / AP / East News", "Invision", ("Chris Pizzello",))
