"""Rules for the causes holdout9 and holdout7 still missed, stated generally (issue 14, credits-tail).

Each rule is tried on a small case of its own, on real lines of other pages found with the search tool
(cited), on the table rows it reads (cited by id), and on text that looks like it but prints no credit.
"""

from __future__ import annotations

import pytest

from catalog.credits.captions import find_credit
from tests.helpers.credit_reading import read_caption as _read

# --- a stock contributor's user name before "iStock via Getty Images" ---------------------------------------------------
# Seeking Alpha's pictures, as NewsAPI samples quote them (code corpus files 48027046660, 43819203129, 21267654363,
# 40104788966): the contributor's user name, in lower case or run together, before iStock, which Getty carries.


@pytest.mark.parametrize(("text", "expected"), [
    ("metamorworks/iStock via Getty Images\r\nIn this article, I provide a review of seven smaller companies",
     ("metamorworks/iStock via Getty Images", "Getty Images", ("metamorworks",))),
    ("alleachday/iStock via Getty Images\r\nDear Investor,\r\n As we cross the halfway point of 2022, financial markets",
     ("alleachday/iStock via Getty Images", "Getty Images", ("alleachday",))),
    ("asbe/iStock via Getty Images\r\nInvestment Thesis\r\n Tech stocks have been massacred since the start of 2022",
     ("asbe/iStock via Getty Images", "Getty Images", ("asbe",))),
    ("PhonlamaiPhoto/iStock via Getty Images\r\nPioneer Power Solutions (PPSI) recently launched a new segment",
     ("PhonlamaiPhoto/iStock via Getty Images", "Getty Images", ("PhonlamaiPhoto",))),
    ("afsezen/iStock via Getty Images\r\nCPI based inflation hit 6.8% year over year change in November",  # h7-184
     ("afsezen/iStock via Getty Images", "Getty Images", ("afsezen",))),
    ("The market fell. frentusha/iStock via Getty Images",
     ("frentusha/iStock via Getty Images", "Getty Images", ("frentusha",))),
])
def test_a_stock_contributors_user_name_before_istock_via_getty_is_the_photographer(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "the cars/iStock via Reuters",  # a phrase's words before the slash, a wire (no stock site) after "via"
    "He works/Reuters via AP",
])
def test_words_before_a_slash_and_a_wire_are_no_user_name(text: str) -> None:
    assert _read(text) is None


# --- a Chinese paper's name (…报) set apart before its photographer and 摄 ----------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("送新生入学的近300名家长打地铺过夜。(武汉晚报 邱焰 摄)", ("武汉晚报 邱焰", "武汉晚报", ("邱焰",))),  # h7-036
    ("玫瑰花更多的时候是代表着一家老小的生计。(新快报 王小明 摄)", ("新快报 王小明", "新快报", ("王小明",))),  # h7-037
    ("市民在公园里散步。(北京晚报 李涛摄)", ("北京晚报 李涛", "北京晚报", ("李涛",))),
    ("13日的记者会。(中評社 張嘉文攝)", ("中評社 張嘉文", "中評社", ("張嘉文",))),  # the agency's form (社), as before
])
def test_a_papers_name_before_its_photographer_and_the_mark_is_the_agency(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word ending in 报 inside a sentence is no paper: the name alone is the credit
    ("会上他说据报 李涛 摄", ("李涛", None, ("李涛",))),
])
def test_a_word_in_bao_within_a_sentence_is_no_paper(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- where the story goes on after a labelled credit --------------------------------------------------------------------
# A page's elements joined by a wide gap, or the story's own byline after the picture's source: the credit ends there.


@pytest.mark.parametrize(("text", "expected"), [
    # Sohu's feed (code corpus file 26840606890): the picture's source, a gap, the story's byline ("文|": text by)
    ("图片来源：视觉中国    文|财经 赵天宇   \\u201c去年初的时候，一瓶也就几块钱。现在连进价都快30元了，还是缺货。",  # h9-024
     ("视觉中国", "VCG", ())),
    ("图片来源：视觉中国 作者/杨继云 报道/投资界PEdaily 深圳超级IPO来了。", ("视觉中国", "VCG", ())),  # h9-026: "作者/" (author)
    ("Новый сезон фонтанов. Фото: Иван Петров  На этой фотографии видна вся площадь",
     ("Иван Петров", None, ("Иван Петров",))),
    # a picture word opening the next line's sentence is no label ("Foto Hansen memang ...": Hansen's picture is ...)
    ("Paul Hansen /Dagens Nyheter via Reuters\nFoto Hansen memang terlihat dramatis.",  # h7-032
     ("Paul Hansen /Dagens Nyheter via Reuters", "Dagens Nyheter", ("Paul Hansen",))),
])
def test_the_credit_ends_where_the_story_goes_on(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Romulo Quinto Ceneta /  © REUTERS", ("Romulo Quinto Ceneta /  © REUTERS", "Reuters", ("Romulo Quinto Ceneta",))),  # holdout2-112
    ("Photo: Jan van der Berg", ("Jan van der Berg", None, ("Jan van der Berg",))),  # a name's particles are no sentence
])
def test_a_gap_or_words_in_lower_case_within_the_credit_keep_it_whole(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- Russian and Ukrainian words printed in place of a party ------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a page's list of the day's stories (code corpus file 25531157198)
    ("запилил в Инстаграм весьма интересную фотографию.     Фото: Соцсети  На этой фотографии раскрыта вся...",  # h9-121
     ("Соцсети", None, ())),
    ("Митинг в центре города. Фото: соцмережі", ("соцмережі", None, ())),
    # a slider's description (code corpus file 23328602551): a press office, whose it is unsaid
    ("Фото: Пресс-служба", ("Пресс-служба", None, ())),
    # WordPress's caption shortcode closing the caption is markup (code corpus file 42175405343)
    ("Ваня Дмитриенко, фото: пресс-служба[/caption]", ("пресс-служба", None, ())),  # h9-021
])
def test_social_networks_or_a_press_office_name_no_party(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the office's owner named: the press office is the source (code corpus files 68999689131, 70759269673, 3023633124)
    ("Фото: пресс-служба КЧС", ("пресс-служба КЧС", "пресс-служба КЧС", ())),
    ("Фото: Пресс-служба администрации Екатеринбурга",
     ("Пресс-служба администрации Екатеринбурга", "Пресс-служба администрации Екатеринбурга", ())),
    ("Фото: Пресс-служба администрации Петербурга",  # h9-020: the city's administration, in the genitive
     ("Пресс-служба администрации Петербурга", "Пресс-служба администрации Петербурга", ())),
])
def test_a_press_office_of_a_named_body_is_the_source(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- the body that provided the picture, before 提供, closing a Chinese caption in brackets -----------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("高市府四維行政中心1樓中庭，展出56張和歌山市民親自拍攝的城市影像。（高雄市行國處提供）",  # h9-237
     ("高雄市行國處提供", "高雄市行國處", ())),
    ("台南市長黃偉哲被男同學公主抱。(南市府提供)\n台南市長黃偉哲被男同學公主抱。(南市府提供)", ("南市府提供", "南市府", ())),  # h9-238
    # a news page's figure title (code corpus file 31498442418): "圖由" (the picture, by) before the provider
    ("台灣燈會開幕夜，現場人山人海。（圖由縣府提供）", ("縣府提供", "縣府", ())),
    # a county's page (code corpus file 35302971185): "以下照片由" (the pictures below, by)
    ("今年更加碼無人機展演規模，從白天到夜晚，感受不同的熱氣球饗宴！（以下照片由臺東縣政府提供）",
     ("臺東縣政府提供", "臺東縣政府", ())),
    # a video's description (code corpus file 47266321194)
    ("史上第一個會跳舞的主燈！2021台北燈節「七彩八寶新世界」12/17 登場（台北市政府提供）",
     ("台北市政府提供", "台北市政府", ())),
])
def test_the_provider_before_tigong_closing_the_caption_is_the_source(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "並提供往返機票和住宿（住宿由佛罗伦萨市政府提供）",  # lodging provided by the city (code corpus file 43614925747)
    "他說這些資料由市府提供。",  # provided, within a sentence
])
def test_something_else_provided_is_no_credit(text: str) -> None:
    assert _read(text) is None


# --- the caption's sentence end glued to the photographer's name --------------------------------------------------------
# Insider's pictures in NewsAPI samples (code corpus files 5571020353, 27288191790, 20522401502): the caption's last word,
# its period and the credit run together; a word in capitals before the period is no part of the name.


@pytest.mark.parametrize(("text", "expected"), [
    ("The Tesla Model Y Long Range and Mercedes-Benz EQE 500 4MATIC SUV.Tim Levin/Insider\r\n<ul><li>Tesla isn't the "
     "only game in town anymore. </li><li>Mercedes has Elon Musk's firm in its sights. </li>",  # h9-209
     ("Tim Levin/Insider", "Insider", ("Tim Levin",))),
    ("Smart light bulbs are the easiest way to smarten up your home.Jenny McGrath/Insider\r\nSmart lights are easily the b…",
     ("Jenny McGrath/Insider", "Insider", ("Jenny McGrath",))),
    ("Anthony Scaramucci at Messari Mainnet, 2023.Phil Rosen/Insider\r\n<ul>\n<li>Anthony Scaramucci believes the next "
     "decade will be \"remarkably bullish\" for bitcoin.</li>", ("Phil Rosen/Insider", "Insider", ("Phil Rosen",))),
])
def test_a_sentence_end_glued_to_the_name_is_no_part_of_it(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Photo: St.John Smith", ("St.John Smith", None, ("St.John Smith",))),  # an abbreviation of two letters stays a name's
    ("Photo: J.R. Smith/AP", ("J.R. Smith/AP", "AP", ("J.R. Smith",))),  # initials
])
def test_a_names_own_periods_stay_in_it(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- AFP's "(Photo credit should read X)": X is the line to print, the wire's own form before it its copy -------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Supporters of Republican presidential nominee Donald Trump cheer during election night at the New York Hilton "
     "Midtown in New York on November 9, 2016.  / AFP / JIM WATSON        (Photo credit should read JIM WATSON/AFP/"
     "Getty Images)", ("JIM WATSON/AFP/Getty Images", "AFP", ("JIM WATSON",))),  # h7-055
    # a saved feed (code corpus file 42707927132)
    ("The US First Family is vacationing on the Island till August 29. AFP PHOTO/Jewel Samad (Photo credit should read "
     "JEWEL SAMAD/AFP/Getty Images)", ("JEWEL SAMAD/AFP/Getty Images", "AFP", ("JEWEL SAMAD",))),
    # an API fixture (code corpus file 7881118889)
    ("German Chancellor Angela Merkel (R) address a press conference following talks at the chancellery in Berlin on "
     "January 29, 2016. / AFP / John MACDOUGALL        (Photo credit should read JOHN MACDOUGALL/AFP/Getty Images)",
     ("JOHN MACDOUGALL/AFP/Getty Images", "AFP", ("JOHN MACDOUGALL",))),
    # a feed sample (code corpus file 36204856595): the pool mark in the wire's own form
    ("a historic step that has divided the country and thrown into question the future of the European unity project. "
     "/ AFP PHOTO / POOL / Emmanuel DUNAND (Photo credit should read EMMANUEL DUNAND/AFP/Getty Images)",
     ("EMMANUEL DUNAND/AFP/Getty Images", "AFP", ("EMMANUEL DUNAND",))),
])
def test_the_line_the_wire_says_the_credit_should_read_is_the_credit(text: str, expected: tuple) -> None:
    assert _read(text) == expected


def test_the_wires_own_form_before_the_instruction_leaves_the_caption() -> None:
    found = find_credit("The US First Family is vacationing on the Island till August 29. AFP PHOTO/Jewel Samad "
                        "(Photo credit should read JEWEL SAMAD/AFP/Getty Images)")
    assert found is not None and found.rest == "The US First Family is vacationing on the Island till August 29."


# --- a post's bare link after the photographer's name is no part of the credit ------------------------------------------
# (no other real line of this shape found with the search tool beyond h7-204's; the second case is made up)


@pytest.mark.parametrize(("text", "expected"), [
    ("Fresh off stage\r\nlast show of the year\r\nthis says it all\r\nRIO  xo yyys ❤\r\nphoto by malomadness "
     "http://instagram.com/p/gjunNexOsc/", ("malomadness", None, ("malomadness",))),  # h7-204
    ("Sunset over the bay. Photo by Jane Roe https://example.com/jane", ("Jane Roe", None, ("Jane Roe",))),
])
def test_a_bare_link_after_the_name_is_the_posts(text: str, expected: tuple) -> None:
    assert _read(text) == expected


def test_a_link_after_a_licence_stays_in_the_line() -> None:
    assert _read("Photo: Jane Roe, CC BY-SA 4.0, https://commons.wikimedia.org/x") == (
        "Jane Roe, CC BY-SA 4.0, https://commons.wikimedia.org/x", None, ("Jane Roe",))  # as credits_real en-82 keeps it
