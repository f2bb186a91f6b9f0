"""Credit forms of particular languages and chains, each rule with real lines and the text it must leave alone.

The lines come from ``data/credits_holdout.tsv`` and ``data/credits_real.tsv`` (their ids
in comments); the negative cases are captions whose words look like the form but print
no credit.
"""

from __future__ import annotations

import pytest

from catalog.credits.captions import find_credit


def _read(text: str) -> tuple[str | None, str | None, tuple[str, ...]] | None:
    found = find_credit(text)
    if found is None or found.credit.credit_line is None:
        return None
    return found.credit.credit_line, found.credit.agency, found.credit.photographers


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
