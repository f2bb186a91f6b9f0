"""Lines today's credit rules read wrong, from review 31 (findings 4, 6, 17, 18), and the narrower rules' own cases.

Each case is a real-looking line the over-broad rule read wrong: a word of the trade taken for a Japanese
photographer, a Chinese name cut at a guessed length, an illustration word that needed a colon, a Korean player read
as a club.
"""

from __future__ import annotations

import pytest

from catalog.credits import parse_credit_line
from catalog.credits.agencies import is_cjk_body, is_organisation_like
from tests.helpers.credit_reading import read_caption as _read

# --- a Japanese paper and its photographer: not a word of the trade, not a paper opening on a particle (finding 4) ---


@pytest.mark.parametrize(("text", "expected"), [
    # "photographed" after the paper: the paper's own picture, as before the rule
    ("駅前の様子 朝日新聞 撮影", ("朝日新聞", "朝日新聞", ())),
    ("写真②「太陽を横切る若田船長のISS」 朝日新聞 飯塚晋一", ("朝日新聞 飯塚晋一", "朝日新聞", ("飯塚晋一",))),  # h11-183
    ("「新緑の並木道」 北海道新聞 阿部", ("北海道新聞 阿部", "北海道新聞", ("阿部",))),  # a family name ending 部
])
def test_a_japanese_paper_and_its_photographer_reads_as(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "駅前の様子 読売新聞 提供",  # "provided"
    "地震の被災地 共同通信 記者",  # "reporter"
    "東京新聞 社会部",  # the city desk
    "北海道新聞 函館支社",  # a bureau
    "これは毎日新聞 山田太郎",  # "this is the Mainichi, Yamada Taro": a sentence, the paper opens on its particle
])
def test_a_word_of_the_trade_after_a_japanese_paper_is_no_photographer(text: str) -> None:
    reading = _read(text)
    assert reading is None or not reading[2]


# --- a Chinese staff credit: the name before a known place, never a name cut at a guessed length (finding 6) ----------


@pytest.mark.parametrize(("text", "expected"), [
    ("中央社記者王明洛杉磯攝", ("中央社記者王明洛杉磯", "CNA", ("王明",))),  # a two-character name, Los Angeles
    ("中央社記者歐陽大明台北攝", ("中央社記者歐陽大明台北", "CNA", ("歐陽大明",))),  # a compound surname
    ("中央社記者王明台北攝", ("中央社記者王明台北", "CNA", ("王明",))),
    ("傳統天燈在紐約時報廣場大螢幕冉冉升空。\n\n中央社記者尹俊傑紐約攝 110年9月15日",
     ("中央社記者尹俊傑紐約", "CNA", ("尹俊傑",))),  # h11-179
    # a run too long for a name, no place the table knows: the line, no guessed name
    ("中央社記者王明達卡布爾攝", ("中央社記者王明達卡布爾", "CNA", ())),
])
def test_a_chinese_reporters_name_before_the_place(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- "illustration" in the languages' words is a label without its colon; the other drawn words need it (finding 17) -


@pytest.mark.parametrize(("line", "photographers", "qualifiers"), [
    ("Illustrasjon Ola Nordmann", ("Ola Nordmann",), ("illustration",)),  # Norwegian, no colon
    ("Ilustración Ana Pérez", ("Ana Pérez",), ("illustration",)),
    ("Illustrasjon: Ola Nordmann", ("Ola Nordmann",), ("illustration",)),
    ("Visualisering: Ola Nordmann", ("Ola Nordmann",), ("illustration",)),  # a drawn word with its colon
])
def test_an_illustration_word_in_the_languages_is_a_label(line: str, photographers: tuple, qualifiers: tuple) -> None:
    credit = parse_credit_line(line)
    assert (credit.photographers, credit.qualifiers) == (photographers, qualifiers)


def test_a_drawn_word_without_its_colon_is_a_captions_noun() -> None:
    credit = parse_credit_line("Visualisierung der Bergstation.")
    assert credit is None or "illustration" not in credit.qualifiers


# --- a Korean club or company after its initials: by what a name cannot be, not by a family-name list (finding 18) ----


@pytest.mark.parametrize(("line", "agency", "photographers"), [
    ("KIA 편용훈", "KIA", ("편용훈",)),  # a player whose family name (편) is a rarer one: the club, then the player
    ("KIA 표승주", "KIA", ("표승주",)),
    ("SSG 랜더스", "SSG 랜더스", ()),  # a club: the plural of its name transliterated (Landers)
    ("KT 위즈", "KT 위즈", ()),
    ("LG 트윈스", "LG 트윈스", ()),
    ("CJ 제일제당", "CJ 제일제당", ()),  # a company by its word (sugar)
    ("KB 손해보험", "KB 손해보험", ()),  # opening with a common family name (손), a company all the same
])
def test_a_korean_club_or_company_after_its_initials(line: str, agency: str, photographers: tuple) -> None:
    credit = parse_credit_line(line)
    assert (credit.agency, credit.photographers) == (agency, photographers)


# --- one predicate for a Chinese body, where a provider is expected (finding 16) --------------------------------------


@pytest.mark.parametrize(("name", "body"), [
    ("總統府", True),  # the Presidential Office, by its one-character word
    ("高雄市行國處", True),
    ("武汉大学", True),  # an organisation's ending
    ("科技公司", True),
    ("王小明", False),  # a person
    ("市民", False),
])
def test_a_chinese_body_is_named_by_the_word_its_name_ends_on(name: str, body: bool) -> None:
    assert is_cjk_body(name) is body


def test_a_bodys_one_character_word_alone_makes_no_organisation() -> None:
    assert not is_organisation_like("阿部")  # a Japanese family name ending 部
