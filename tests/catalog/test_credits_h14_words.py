"""Labels, words in place of a party and organisation forms that holdout14/15 and blind14/15 met, in their general form:
each word's family in the main news languages, and the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from catalog.credits.parsing import parse_credit_line
from tests.helpers.credit_reading import read_caption

CAPTION = "Residents gathered in the square on Saturday. "


# "by" after a picture word, with the languages' "taken" between them (h14-123 "Pic by", h14-215..217 French
# "Photo prise(s) par")
@pytest.mark.parametrize(("credit", "name"), [
    ("Pic by Peter Morrison", "Peter Morrison"),  # en, h14-123, blind15 08
    ("Pics by Peter Morrison", "Peter Morrison"),
    ("Photo prise par Benoit Tessier.", "Benoit Tessier"),  # fr, h14-215
    ("Photo prises par Baz Ratner.", "Baz Ratner"),  # fr, h14-216 (as printed)
    ("Photos prises par Benoit Tessier.", "Benoit Tessier"),
    ("Foto aufgenommen von Anna Berg.", "Anna Berg"),  # de
    ("Foto tomada por Juan Pérez.", "Juan Pérez"),  # es
    ("Foto tirada por Paulo Lima.", "Paulo Lima"),  # pt
    ("Foto genomen door Jan de Boer.", "Jan de Boer"),  # nl
    ("Foto scattata da Marco Rossi.", "Marco Rossi"),  # it
    ("Photo taken by Jane Roe.", "Jane Roe"),  # en
])
def test_a_picture_word_taken_by_names_the_photographer(credit: str, name: str) -> None:
    assert read_caption(CAPTION + credit) == (name, None, (name,))


def test_taken_by_inside_a_sentence_is_no_label() -> None:
    assert read_caption("La maison a été prise par les flammes. Photo prise par la police.") is None


# a picture label of the language that was missing (h14-023, h14-142, h15-131, blind15 04 and 10)
@pytest.mark.parametrize(("credit", "line"), [
    ("Valokuvaaja Alfred Hackman.", "Alfred Hackman"),  # fi, h14-023: "photographer", without its colon
    ("Valokuvaaja: Alfred Hackman.", "Alfred Hackman"),  # fi
    ("Imágenes: Ana Torres", "Ana Torres"),  # es, h14-142
    ("Imagenes e información: Ana Torres", "Ana Torres"),  # es, h14-142: pictures and information
    ("Đồ họa: Tiến Thành", "Tiến Thành"),  # vi, h15-131: graphic
    ("Infografik: Anna Berg", "Anna Berg"),  # de: an infographic's maker
    ("Govva: Jon Anders Eira", "Jon Anders Eira"),  # se (Northern Sámi), blind15 04
    ("Гэрэл зураг: Б.Бат", "Б.Бат"),  # mn, blind15 10
])
def test_a_picture_label_of_the_language_names_the_maker(credit: str, line: str) -> None:
    assert read_caption(CAPTION + credit) == (line, None, (line,))


def test_a_finnish_picture_word_before_lower_case_words_is_a_caption() -> None:
    assert read_caption("Kuvassa valokuvaaja Matti hymyilee.") is None


def test_czech_photo_taken_from_is_read_like_photo_via() -> None:
    # h15-045: "Foto převzato z" (photo taken from) before the site
    assert read_caption("Poddruh T. s. elegans. Foto převzato z www.nobanis.org.")[:2] == ("www.nobanis.org",
                                                                                            "www.nobanis.org")


# the kind of picture before "photograph by" (h15-232): a label, like "Top photo by"
@pytest.mark.parametrize("credit", ["Wedding photograph by Jane Roe.", "Aerial photo by Jane Roe."])
def test_a_kind_of_picture_before_photo_by_is_part_of_the_label(credit: str) -> None:
    assert read_caption(CAPTION + credit) == ("Jane Roe", None, ("Jane Roe",))


def test_an_aerial_photo_by_a_body_in_a_sentence_is_no_credit() -> None:
    assert read_caption("The valley seen in an aerial photo by the county.") is None


# "Photo" printed after the photographer's full name on the caption's last line (h14-073, h14-074)
def test_a_picture_word_after_a_name_on_its_own_line_names_the_person() -> None:
    assert read_caption("Dover High won the game, 63-47.\nAndre Lamar Photo") == ("Andre Lamar Photo", None,
                                                                                   ("Andre Lamar",))
    assert parse_credit_line("Photo: Gene Shaner Photo").photographers == ("Gene Shaner",)


def test_a_body_before_photo_stays_an_organisation() -> None:
    credit = parse_credit_line("New York Air National Guard photo")
    assert credit.agency == "New York Air National Guard" and not credit.photographers


# a picture business named in lower case with its trade (h14-164, h14-166)
def test_a_lower_case_picture_trade_name_is_an_organisation() -> None:
    assert read_caption("Der Tag.\nFoto: snapshot-photography/C.Hardt") == (
        "snapshot-photography/C.Hardt", "snapshot-photography", ("C.Hardt",))


# "archive" capitalised or plural before its owner's initials or a known name, or after the initials (h15-014, h15-228,
# h14-146, h14-147): the owner's file picture
@pytest.mark.parametrize(("credit", "line", "agency"), [
    ("Foto: Archivo TJD", "Archivo TJD", "TJD"),  # es, h15-014
    ("Foto: Archivos WWF", "Archivos WWF", "WWF"),  # es, h15-228
    ("Foto: arquivos AFP", "arquivos AFP", "AFP"),  # pt
    ("Foto: Archivi ANSA", "Archivi ANSA", "ANSA"),  # it
    ("Photo DDM Archives", "DDM Archives", "DDM"),  # fr, h14-146: the paper's initials, then its archive
])
def test_an_archive_word_before_or_after_initials_names_their_owner(credit: str, line: str, agency: str) -> None:
    assert read_caption(CAPTION + credit) == (line, agency, ())


@pytest.mark.parametrize("credit", ["Archivo General de la Nación", "Texas State Archives", "National Archives"])
def test_an_archive_named_by_its_own_words_stays_whole(credit: str) -> None:
    assert parse_credit_line(credit).agency == credit


# a file picture's word alone in brackets on the caption's last line (h15-118): the page's credit element
def test_a_file_word_in_brackets_on_its_own_line_is_the_credit_line() -> None:
    assert read_caption("Flüchtlinge in einem Lager auf Lesbos.\n            (Archivbild)") == ("Archivbild", None, ())
    assert read_caption("Le port de Brest en 1950.\n(Photo d'archives)") == ("Photo d'archives", None, ())


@pytest.mark.parametrize("caption", [
    "Atatürk er symbolet på det verdslige Tyrkiet. (Arkivfoto)",  # holdout4-29: the caption's own note
    "这次事件使7月奥匈帝国向塞尔维亚宣战。（资料图）",  # holdout13-135
    "The town hall.\n(archive)",  # a noun in lower case
])
def test_a_file_word_closing_the_sentences_line_is_no_credit(caption: str) -> None:
    assert read_caption(caption) is None


# words printed in place of a party, in their families: a reader (h15-177), external source (blind14 15), a freelancer
# (h14-177), the artist (h15-235)
@pytest.mark.parametrize("credit", [
    "Foto: Čitatelj",  # bs
    "Foto: Leserfoto",  # de
    "Photo : lecteur",  # fr
    "Fot. Czytelnik",  # pl
    "Фото: читатель",  # ru
    "Foto: Fuente externa",  # es (do)
    "Foto: Fonte externa",  # pt
    "Photo: courtesy of l'artiste",  # fr
])
def test_a_word_in_place_of_a_party_names_no_one(credit: str) -> None:
    reading = read_caption(CAPTION + credit)
    assert reading is not None and reading[1] is None and reading[2] == ()


@pytest.mark.parametrize("credit", ["Asger Ladefoged/Free", "Asger Ladefoged/Freelance", "Asger Ladefoged/Frilans"])
def test_a_freelancers_mark_after_the_name_is_no_agency(credit: str) -> None:
    assert read_caption(f"{CAPTION}(Foto: {credit})") == (credit, None, ("Asger Ladefoged",))


def test_a_name_holding_a_reader_word_is_still_a_person() -> None:
    assert read_caption(CAPTION + "Photo: Jane Leser") == ("Jane Leser", None, ("Jane Leser",))
    assert parse_credit_line("Burlington Free Press").agency == "Burlington Free Press"


# French "courtoisie" and Quebec's "gracieuseté" are "courtesy of" (blind15 18)
@pytest.mark.parametrize("credit", ["Photo : courtoisie Ville de Roberval", "Photo gracieuseté Ville de Roberval"])
def test_french_courtesy_words_give_the_organisation(credit: str) -> None:
    reading = read_caption(CAPTION + credit)
    assert reading is not None and reading[1] == "Ville de Roberval" and reading[2] == ()


# organisation words of the families: a foundation or trust (h15-046, blind15 01), a Nordic compound (blind15 05), a
# business by its trade (blind14 02), a Kazakh city government's press office (blind15 07)
@pytest.mark.parametrize("credit", [
    "Photo: Hayfield Civic Trust",  # en
    "Фото: Фонд поддержки соотечественников",  # ru: head first, its purpose in lower case
    "Foto: Fundacja na rzecz Dzieci",  # pl
    "Foto: Grønlands Lufthavnsselskab",  # da: the airport company, one compound
    "Foto: Oslo Idrettsforbund",  # no
    "Foto: Tennisforeningen Vejle",  # da
    "Photo: Blue Heron Smokehouse",  # en: a business by its trade
    "Фото: Пресс-служба акимата Алматы",  # ru (kz)
])
def test_an_organisation_word_of_the_family_makes_the_name_a_body(credit: str) -> None:
    reading = read_caption(CAPTION + credit)
    assert reading is not None and reading[1] == reading[0] and reading[2] == ()


@pytest.mark.parametrize("credit", ["Photo: Trust Mbeki", "Kuva: Ville Niinistö", "Photo: Jane Fonda"])
def test_a_persons_name_near_an_organisation_word_stays_a_person(credit: str) -> None:
    reading = read_caption(CAPTION + credit)
    assert reading is not None and reading[1] is None and reading[2] == (reading[0],)


# organisation forms (h14-046, h14-132, h14-171)
@pytest.mark.parametrize(("credit", "agency"), [
    ("(Photo: D&C)", "D&C"),  # initials joined by "&": the Democrat and Chronicle
    ("Photo: AT&T", "AT&T"),
    ("(Foto: il Torinese)", "il Torinese"),  # it: a site's name under its lower-case article
    ("Foto: der Standard", "der Standard"),  # de
    ("Foto: het Parool", "het Parool"),  # nl
    ("Foto: Horstmueller", "Horstmüller"),  # de: the listed name with its umlaut spelled out
])
def test_an_organisations_form_is_read_as_one(credit: str, agency: str) -> None:
    reading = read_caption(CAPTION + credit)
    assert reading is not None and reading[1] == agency and reading[2] == ()


@pytest.mark.parametrize("credit", ["Foto: de Vries", "Foto: van Dijk"])
def test_a_persons_particle_is_no_article(credit: str) -> None:
    reading = read_caption(CAPTION + credit)
    assert reading is not None and reading[1] is None and reading[2] == (reading[0],)


# an outlet's city edition by dotted initials after the slash (h14-018), a site's domain in capitals after the comma
# (h15-041), a person's full name, a slash and an outlet's initials (h15-168)
@pytest.mark.parametrize(("text", "reading"), [
    ("Officers park in the bike lane. Sahra Sulaiman/Streetsblog L.A.",
     ("Sahra Sulaiman/Streetsblog L.A.", "Streetsblog L.A.", ("Sahra Sulaiman",))),
    ("Город. Фото: Сергей Комков, TUT.BY", ("Сергей Комков, TUT.BY", "TUT.BY", ("Сергей Комков",))),
    ("<figcaption><span>Devindra Hardawar/AOL</span>\n    </figcaption>",
     ("Devindra Hardawar/AOL", "AOL", ("Devindra Hardawar",))),
])
def test_an_outlets_short_form_after_the_photographer_is_the_agency(text: str, reading: tuple) -> None:
    assert read_caption(text) == reading


@pytest.mark.parametrize("text", ["PHOTOS: Occupy L.A.", "He met the staff. John Smith/CEO"])
def test_a_title_or_a_role_is_no_outlet(text: str) -> None:
    assert read_caption(text) is None


# Korean wire forms: a file picture's word after the wire and its home carrier, the resale notice inside the bracket
# (h15-023, h15-024), a body's handout carried by Yonhap
@pytest.mark.parametrize(("text", "reading"), [
    ("2018년 촬영된 키프로스 리마솔 항구. \n[AP 연합뉴스 자료사진. 재판매 및 DB 금지]", ("AP 연합뉴스 자료사진", "AP", ())),
    ("삼성전자 미국 텍사스주 공장[AFP=연합뉴스 자료사진]", ("AFP=연합뉴스 자료사진", "AFP", ())),
    ("삼성전자 미국 텍사스주 공장 [AFP 연합뉴스. 재판매 및 DB 금지]", ("AFP 연합뉴스", "AFP", ())),
    ("경위의 생전 모습 [국방부 제공=연합뉴스]", ("국방부 제공=연합뉴스", "국방부", ())),
    ("경위의 생전 모습. 서울 강북경찰서 제공 연합뉴스", ("서울 강북경찰서 제공 연합뉴스", "서울 강북경찰서", ())),
])
def test_a_korean_wires_carried_picture_names_its_source(text: str, reading: tuple) -> None:
    assert read_caption(text) == reading


# "Special to" the paper, and "for the" paper no table knows (h14-068, h14-198): the paper, without the sentence's "the"
@pytest.mark.parametrize(("credit", "line", "agency", "name"), [
    ("Gee Johnson, Special to the News Journal", "Gee Johnson, Special to the News Journal", "News Journal",
     "Gee Johnson"),
    ("Photo by Larry Obsitnik for the Arkansas Gazette", "Larry Obsitnik for the Arkansas Gazette", "Arkansas Gazette",
     "Larry Obsitnik"),
])
def test_special_to_and_for_the_paper_name_the_paper(credit: str, line: str, agency: str, name: str) -> None:
    assert read_caption(CAPTION + credit) == (line, agency, (name,))


def test_for_the_paper_in_a_sentence_is_no_credit() -> None:
    assert read_caption("The agency works for the New York Times.") is None


# "Illustration:" says the picture is drawn: kept in the line like "Illustration by" (blind15 s03, h7-103), in the
# languages' words
@pytest.mark.parametrize(("credit", "line", "agency"), [
    ("Illustration: Svendborg Kommune", "Illustration: Svendborg Kommune", "Svendborg Kommune"),
    ("Illustration: Eleanor Shakespeare/The Guardian", "Illustration: Eleanor Shakespeare/The Guardian", "The Guardian"),
    ("Ilustracija: Shutterstock", "Ilustracija: Shutterstock", "Shutterstock"),  # bs (h15-175 expects the label cut)
])
def test_an_illustration_label_stays_in_the_line(credit: str, line: str, agency: str) -> None:
    reading = read_caption(CAPTION + credit)
    assert reading is not None and reading[:2] == (line, agency)
