"""Rules for the labels, marks and Chinese and Japanese forms holdout11 missed, stated generally (issue 14, credits-h11a).

Each rule is tried on real lines of other pages and files than the table's where they were found (cited in a comment:
a page's address, or the code corpus's file id), on the table rows it reads (their ids), and on text that looks like
it but prints no credit.
"""

from __future__ import annotations

import pytest

from catalog.credits.agencies import canonical_agency
from catalog.credits.parsing import parse_credit_line
from tests.helpers.credit_reading import read_caption as _read

# --- one script per agency: an organisation kept as printed, printed in another script, is named by its family -------


@pytest.mark.parametrize(("printed", "agency"), [
    ("中央社", "CNA"), ("БТА", "BTA"), ("アフロ", "Aflo"), ("פלאש 90", "Flash90"), ("中新社", "China News Service"),
    ("УНІАН", "UNIAN"), ("産経新聞", "The Sankei Shimbun"),
    # in the family name's own script the printed form stays
    ("AFTONBLADET", "AFTONBLADET"), ("Télam", "Télam"), ("ABr", "ABr"), ("Bernama Photo", "Bernama"),
    # an organisation no table knows stays as printed, in any script
    ("朝日新聞", None),
])
def test_an_organisation_is_named_in_its_family_script(printed: str, agency: str | None) -> None:
    assert canonical_agency(printed) == agency


# --- Chinese agencies issuing a picture, a reporter and the place the picture was taken, a wire's closing tag ----------

CHINESE_FORMS = [
    # a Sichuan news page's article body (code corpus file id 30441961521): issued by China News Service, taken by Name
    ("图为卧龙搜 寻队接驴友下山。中新社发 何晓安 摄", ("中新社发 何晓安", "China News Service", ("何晓安",))),
    # a site's SQL dump of its posts (code corpus file id 43299372513)
    ("6月3日傍晚，江苏省连云港市赣榆区出现火烧云美景，天空中晚霞似火，壮美奇观，美不胜收。中新社发 邵世新 摄",
     ("中新社发 邵世新", "China News Service", ("邵世新",))),
    ("圖為即將卸任的臺北市長馬英九(右)參加點燈儀式,他在圣誕樹前教外賓用手勢比對臺北的“北”字。中新社發 徐長安 攝",
     ("中新社發 徐長安", "China News Service", ("徐長安",))),  # h11-178
    # CNA's reporter, then where the picture was taken, then the mark and the day (h11-179)
    ("傳統天燈在紐約時報廣場大螢幕冉冉升空。\n\n中央社記者尹俊傑紐約攝 110年9月15日",
     ("中央社記者尹俊傑紐約", "CNA", ("尹俊傑",))),
    # no place: the name alone (tcmb.culture.tw, CNA's old photographs; h8-101)
    ("「抗疫英雄」葉金川(左)也忍不住打哈欠露出疲態。中央社記者郭日曉攝五月二十七日", ("中央社記者郭日曉", "CNA", ("郭日曉",))),
    # a wire's tag closing a picture story (h11-180), and the wire alone in the same brackets
    ("所以老虎呀,別不滿了,你已經很幸福了啦!【路透編輯精選圖文】", ("路透編輯精選圖文", "Reuters", ())),
    ("台灣台南舉辦鹽水蜂炮活動。【法新社】", ("法新社", "AFP", ())),
]


@pytest.mark.parametrize(("text", "expected"), CHINESE_FORMS)
def test_chinese_agency_forms(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "台灣台南舉辦鹽水蜂炮活動。【記者會】",  # a tag that names no organisation
    "【路透社北京3日電】中國外交部表示,將持續關注。",  # a wire's dateline opening the story, no picture's credit
    "記者拍摄的照片在展览中展出。",  # "the pictures the reporters took": prose
])
def test_text_like_chinese_forms_prints_no_credit(text: str) -> None:
    assert _read(text) is None


# --- a Japanese paper and its photographer closing a picture's title, no label ------------------------------------------

JAPANESE_PAPERS = [
    ("写真①「火山灰の中に生存者 ~御嶽山噴火」 産経新聞 大山文兄", ("産経新聞 大山文兄", "The Sankei Shimbun", ("大山文兄",))),  # h11-182
    # a paper no table knows is one by its word 新聞 (newspaper), and kept as printed (h11-183)
    ("写真②「太陽を横切る若田船長のISS」 朝日新聞 飯塚晋一", ("朝日新聞 飯塚晋一", "朝日新聞", ("飯塚晋一",))),
]


@pytest.mark.parametrize(("text", "expected"), JAPANESE_PAPERS)
def test_a_japanese_paper_and_its_photographer(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "毎日新聞によると首相は辞任した",  # "according to the Mainichi": a sentence, no credit
    "写真③「新聞の日」",  # a title with the word in it
])
def test_a_paper_named_in_a_sentence_is_no_credit(text: str) -> None:
    assert _read(text) is None


# --- labels and marks: a picture word without a colon, a press picture, Hindi labels before a hyphen, a picture word
# slashed to the name, "(c)." with a period, a still from someone's video -------------------------------------------

LABELS_AND_MARKS = [
    # British regional papers print "Picture" before the photographer's full name, no colon (yorkshirepost.co.uk,
    # heritage-and-retro/heritage/this-chapel-in-a-cave-where-a-hermit-lived-is-my-favourite-hidden-yorkshire-gem-5246784)
    ("St. Robert's Cave and chapel, Knaresborough. Picture Jonathan Gawthorpe",
     ("Jonathan Gawthorpe", None, ("Jonathan Gawthorpe",))),
    ("Firefighters deal with a huge blaze at a mill on Lumb Lane in Bradford . Picture Tony Johnson",
     ("Tony Johnson", None, ("Tony Johnson",))),  # h11-010
    # a handout: Swedish "Pressfoto:" (h11-087), "Pressbild:" (a site's alt text, code corpus file id 54186871640)
    ("Mats Knutson, inrikespolitisk kommentator på SVT, 2020. Pressfoto: SVT", ("SVT", "SVT", ())),
    ("Pressbild: Christer Barregren", ("Christer Barregren", None, ("Christer Barregren",))),
    # Hindi "photo courtesy" before a hyphen, the platform's Hindi name glued to the account (h11-051)
    ("वहीं एक अन्य फोटो में शख्स मास्क से चाय छानता हुआ दिखाई दिया. (फोटो साभार- ट्विटर@rupin1992)",
     ("ट्विटर@rupin1992", "Twitter", ("@rupin1992",))),
    # Swahili "Picha/" (photo) slashed to the name, after the caption's last word (h11-171)
    ("Meneja wa Maonesho Sophie Boshouwers akizungumza na Mpiga Picha Aika Kimaro huko Alliance Francais Picha/Steven Mumbi",
     ("Steven Mumbi", None, ("Steven Mumbi",))),
    # the copyright mark with a period, opening the caption (h11-147, h11-149; thereporters.com.ng)
    ("(c).Daily Post. ,,,,Mason activities drop, less number of buildings constructed,bricklayers groan.",
     ("Daily Post", "Daily Post", ())),
    ("(C). Social.ogalablog.com.", ("Social.ogalablog.com", "Social.ogalablog.com", ())),
    # a still from someone's video closing the caption: the whole phrase is the line, its owner the party (h11-101)
    ("BAYANIHAN IN ACTION. Residents help stranded passengers cross a flooded street using small boats. Screenshot of "
     "Larry Portillo's video", ("Screenshot of Larry Portillo's video", None, ("Larry Portillo",))),
]


@pytest.mark.parametrize(("text", "expected"), LABELS_AND_MARKS)
def test_labels_and_marks_of_more_forms(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Picture this: a quiet morning on the lake.",  # "Picture" opening a sentence
    "The film won Best Picture Oscar Night",  # a word of the sentence
    "Screenshot of the app shows the new menu.",  # the app's screen, no one's video
    "The new menu. Screenshot of the app's home page",
    "We compared the photo/Video quality of both phones",  # a slash in prose
    "Vitamin (c). Take it daily.",  # a letter in brackets, then a sentence
    "यह फोटो-शूट के दौरान की तस्वीर है।",  # Hindi "photo-shoot": a compound, no label
    "Red Hot Chilli Pipers (Courtesy photo)",  # names no one: no credit (credits.tsv, odd-70; code corpus file id 34245958546)
    "The flexibility of super-thin silicon transistors could lead to bendable electronics. (Courtesy photo)",  # h11-071
])
def test_look_alike_labels_print_no_credit(text: str) -> None:
    assert _read(text) is None


# --- "via" and inner labels in another language, and surnames after the mark --------------------------------------------

INNER_FORMS = [
    # Japanese 経由 (via) after the carrier, the clause after it cut (h11-110, a tutorial's Markdown)
    ("次に、入力として使用するサンプル画像をダウンロードします（写真提供：[Jopwell](https://www.pexels.com/photo/"
     "man-in-gray-crew-neck-shirt-smiling-on-focus-photo-895863/)、Pexels経由で無料使用可能）：",
     ("Jopwell、Pexels経由", "Pexels", ("Jopwell",))),
    # the photographer's own field after the source's, under one label (h11-115)
    ("<li>Nguồn ảnh: Internet, photographer: Kim Liên</li>", ("Internet, photographer: Kim Liên", None, ("Kim Liên",))),
    # Austrian papers' surnames after © (h11-221, tt.com)
    ("Teils sind die Schneewände zehn Meter hoch.\n© Pranger, Pertl", ("Pranger, Pertl", None, ("Pranger", "Pertl"))),
    # ... where a surname and a given name under "Foto:" stay one name, turned round (holdout3-1's form)
    ("A heron at dusk. Foto: Endermann, Andreas", ("Endermann, Andreas", None, ("Endermann, Andreas",))),
]


@pytest.mark.parametrize(("text", "expected"), INNER_FORMS)
def test_via_inner_labels_and_surnames(text: str, expected: tuple) -> None:
    assert _read(text) == expected


def test_a_place_reached_via_another_is_no_credit() -> None:
    assert _read("東京経由で大阪へ向かった。") is None  # "went to Osaka via Tokyo"


@pytest.mark.parametrize(("line", "expected"), [
    ("ट्विटर@rupin1992", ("Twitter", ("@rupin1992",))),  # h11-051: the platform's name in Hindi, the handle glued on
    ("Twitter @rupin1992", ("Twitter", ("@rupin1992",))),
    ("Reprodução / Twitter @LulaOficial", ("Twitter", ("@LulaOficial",))),  # holdout3-39's line: after a no-party word
])
def test_a_platform_then_an_accounts_handle(line: str, expected: tuple) -> None:
    credit = parse_credit_line(line)
    assert (credit.agency, credit.photographers) == expected
