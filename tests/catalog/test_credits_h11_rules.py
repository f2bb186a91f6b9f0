"""Rules for the labels, marks and Chinese and Japanese forms holdout11 missed, stated generally (issue 14, credits-h11a).

Each rule is tried on real lines of other pages and files than the table's where they were found (cited in a comment:
a page's address, or the code corpus's file id), on the table rows it reads (their ids), and on text that looks like
it but prints no credit.
"""

from __future__ import annotations

import pytest

from catalog.credits.agencies import canonical_agency
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
