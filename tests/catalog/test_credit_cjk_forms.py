"""Chinese, Korean and Japanese credit forms, and the wires' names in other scripts (Photodesk issue 14).

Each case names where the form was printed; the ``h13-`` ones are rows of ``data/credits_holdout13.tsv``, whose
source column gives the page.
"""

from __future__ import annotations

import pytest

from catalog.credits.agencies import canonical_agency, fold
from catalog.credits.organisations import IN_OTHER_SCRIPTS
from tests.helpers.credit_reading import read_caption as _read


@pytest.mark.parametrize("canonical, spelling", [
    (canonical, spelling) for canonical, spellings in IN_OTHER_SCRIPTS.items() for spelling in spellings])
def test_a_wires_name_in_another_script_is_the_wire(canonical, spelling):
    assert canonical_agency(spelling) == canonical


@pytest.mark.parametrize("text, line, agency", [
    ("তুরস্কের প্রেসিডেন্ট নির্বাচনে জয় পেয়েছেন এরদোয়ান। ছবি : রয়টার্স", "রয়টার্স", "Reuters"),  # h13-080, Bengali
    ("प्रधानमंत्री ने रैली को संबोधित किया। फोटो: रॉयटर्स", "रॉयटर्स", "Reuters"),  # Devanagari
    ("المتظاهرون في وسط المدينة (د.ب.أ)", "د.ب.أ", "dpa"),  # Arabic papers' dpa in brackets
    ("Митинг в центре города. Фото: Франс Пресс", "Франс Пресс", "AFP"),  # Russian
    ("抗议者在市中心集会。（法新社）", "法新社", "AFP"),  # Chinese
    ("首相が会見した。写真：ブルームバーグ", "ブルームバーグ", "Bloomberg"),  # Japanese
])
def test_a_label_before_a_wire_in_another_script(text, line, agency):
    assert _read(text) == (line, agency, ())


@pytest.mark.parametrize("traditional, simplified", [
    ("東方IC", "东方IC"), ("視覺中國", "视觉中国"), ("韓聯社", "韩联社"), ("新華社", "新华社"), ("時事通訊社", "时事通讯社"),
])
def test_traditional_and_simplified_han_are_one_name(traditional, simplified):
    assert fold(traditional) == fold(simplified)
    assert canonical_agency(traditional) == canonical_agency(simplified) is not None


def test_han_folding_keeps_different_names_apart():
    assert fold("中評社") != fold("中新社")
    assert canonical_agency("東京新聞") is None  # a paper the table lacks stays unknown in either form


@pytest.mark.parametrize("text, line, agency", [
    # Yonhap, News1 and Newsis print the wire whose picture they carry first, joined by "=", a space or nothing
    # (h13-042, h13-043, h13-133; hani.co.kr's "AFP연합뉴스"; ajunews.com's "[AP=연합뉴스]")
    ("5월 31일 BTS 멤버 정국을 닮은 인형이 백악관 담장에 놓여 있다./AFP 연합뉴스", "AFP 연합뉴스", "AFP"),
    ("레고랜드로 재현한 영국 윈저성 더 몰의 애드미럴티 아치./로이터 연합뉴스", "로이터 연합뉴스", "Reuters"),
    ("카타르 도하에서 열린 2022 AFC 연간 시상식 모습 [AFP=연합뉴스]", "AFP=연합뉴스", "AFP"),
    ("시리아 음악가들이 팔미라의 로마극장에서 연주하고 있다. EPA연합뉴스", "EPA연합뉴스", "EPA"),
    ("시위대가 행진하고 있다 [AP=뉴시스]", "AP=뉴시스", "AP"),
    ("시위대가 행진하고 있다 [로이터=뉴스1]", "로이터=뉴스1", "Reuters"),
    # Japan's papers print Kyodo's and Jiji's carrying so: "(ロイター=共同)", "【AFP=時事】"
    ("首相が会見した(ロイター=共同)", "ロイター=共同", "Reuters"),
    ("首相が会見した。【AFP=時事】", "AFP=時事", "AFP"),
])
def test_a_wire_and_the_home_agency_that_carries_it(text, line, agency):
    assert _read(text) == (line, agency, ())


@pytest.mark.parametrize("text, line, agency", [
    ("사진=연합뉴스", "연합뉴스", "Yonhap"),  # the carrier alone is the agency
    ("시위대가 행진하고 있다. 뉴시스", "뉴시스", "Newsis"),
])
def test_a_home_agency_alone_is_the_agency(text, line, agency):
    assert _read(text) == (line, agency, ())


def test_two_words_joined_by_an_equals_sign_are_no_chain_unless_both_are_known():
    assert _read("시상식 모습 [홍길동=연합뉴스]") != ("홍길동=연합뉴스", "홍길동", ())
