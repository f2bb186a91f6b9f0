"""Lines today's credit rules read wrong, from review 31 (findings 4, 6, 17, 18), and the narrower rules' own cases.

Each case is a real-looking line the over-broad rule read wrong: a word of the trade taken for a Japanese
photographer, a Chinese name cut at a guessed length, an illustration word that needed a colon, a Korean player read
as a club.
"""

from __future__ import annotations

import pytest

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
