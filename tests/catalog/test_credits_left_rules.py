"""Five gaps of the credit reader earlier work found, each stated as a general rule (issues 14 and 15, credits-left).

An outlet's desk before a colon ("ABC Kidman: Name"), a name's particle in lower case after an outlet's slash, the
national wires of the Gulf, Africa, Asia and Latin America, a list of a sentence's sources inside its period, and a
Chinese body before 提供 (provided by). Each is tried on real lines (cited: a page's address, or the blind set's file),
on lines made to the rule's shape, and on text that looks like it but reads otherwise.
"""

from __future__ import annotations

import pytest

from catalog.credits import parse_credit_line
from tests.helpers.credit_reading import read_caption as _read

# --- 1. "(Org Desk: Name)": an outlet's region or desk before the colon, the photographer after it ---

A_DESK_BEFORE_THE_COLON = [
    # a Notion clip of an outback news page (tests/catalog/articles/data/blind11/s04-…-org-colon-name-credits.txt)
    ("Photo 2/3: Thousands of pelicans have arrived to breed on the islands. (ABC Kidman: Zoe Larkin)",
     ("ABC Kidman: Zoe Larkin", "ABC Kidman", ("Zoe Larkin",))),
    # the Australian broadcaster's form, as https://amp.abc.net.au/article/12247936 prints "(Supplied: Tracey Nearmy)":
    # its regional desks and programmes before the colon
    ("Cattle yards near Longreach. (ABC Rural: Jane Roe)", ("ABC Rural: Jane Roe", "ABC Rural", ("Jane Roe",))),
    ("The flooded road. (ABC Far North: Jane Roe)", ("ABC Far North: Jane Roe", "ABC Far North", ("Jane Roe",))),
    ("Voters queue in Parramatta. (SBS News: Jane Roe)", ("SBS News: Jane Roe", "SBS News", ("Jane Roe",))),
    ("Voters queue in Parramatta. (ABC News: Jane Roe)", ("ABC News: Jane Roe", "ABC News", ("Jane Roe",))),
]


@pytest.mark.parametrize(("text", "expected"), A_DESK_BEFORE_THE_COLON)
def test_an_outlets_desk_before_a_colon_is_the_agency_and_the_name_after_it_the_photographer(text, expected) -> None:
    assert _read(text) == expected


def test_a_colon_between_two_names_or_before_a_title_is_no_desk() -> None:
    # two persons' names: nothing says which is an outlet, so the reading stays the chain's (name first)
    assert parse_credit_line("Jane Roe: Zoe Larkin").photographers == ("Jane Roe",)
    # after the colon a title, not a person's name
    assert parse_credit_line("ABC Kidman: The Big Picture").agency != "ABC Kidman"
    # a stock ticker is no credit at all
    assert _read("Shares rose (NYSE: ABC).") is None


# --- 2. a name's particle in lower case after an outlet's slash ---

A_PARTICLED_NAME_AFTER_THE_OUTLET = [
    # a Readwise export of an Omani story (tests/catalog/articles/data/blind11/s06-…-paren-ona-no-publication.txt)
    ("Energy minister Salim al-Aufi (right) signs the offtake agreement in Muscat. Photo: Muscat Meridian/Hamood "
     "al-Maawali", ("Muscat Meridian/Hamood al-Maawali", "Muscat Meridian", ("Hamood al-Maawali",))),
    # made to the rule's shape: the particles of Arabic, Dutch and Portuguese names
    ("The delegation arrives. Photo: Cairo Courier/Abdel-Aziz el-Sayed",
     ("Cairo Courier/Abdel-Aziz el-Sayed", "Cairo Courier", ("Abdel-Aziz el-Sayed",))),
    ("The port at dawn. Photo: Harbour Tribune/Ludwig van der Berg",
     ("Harbour Tribune/Ludwig van der Berg", "Harbour Tribune", ("Ludwig van der Berg",))),
    ("The carnival. Photo: Recife Hoje/Maria da Silva", ("Recife Hoje/Maria da Silva", "Recife Hoje", ("Maria da Silva",))),
    ("The race. Photo: Muscat Meridian/Ahmad bin Hamad",
     ("Muscat Meridian/Ahmad bin Hamad", "Muscat Meridian", ("Ahmad bin Hamad",))),
]


@pytest.mark.parametrize(("text", "expected"), A_PARTICLED_NAME_AFTER_THE_OUTLET)
def test_a_name_with_a_particle_after_a_slash_is_the_photographer_the_words_before_it_the_outlet(text, expected) -> None:
    assert _read(text) == expected


def test_the_photographer_first_and_a_title_with_particles_keep_their_order() -> None:
    # the usual "Name/Outlet" order is kept, the particle wherever it stands
    assert parse_credit_line("Hamood al-Maawali/Muscat Meridian").agency == "Muscat Meridian"
    # a paper's title opening with an article carries particles too (blind6/15, blind7/s08)
    assert parse_credit_line("Eddy Mottaz / Le Temps du Léman").photographers == ("Eddy Mottaz",)
    assert parse_credit_line("Leonardo Carreño / El Observador del Sur").agency == "El Observador del Sur"
    # no particle: two names stay read as the chain reads them (the first the photographer)
    assert parse_credit_line("Muscat Meridian/Jane Roe").photographers == ("Muscat Meridian",)


# --- 3. the national wires of the Gulf, Africa, Asia and Latin America ---

NATIONAL_WIRES = [
    # blind11/s06; Oman's agency prints "Muscat, 6 May (ONA) ---" on https://omannews.gov.om/topics/en/81/page/11
    ("The tanker Nordic Ammonia at the Duqm liquid berth on Tuesday. (ONA)", ("ONA", "ONA", ())),
    ("King Hamad receives the delegation in Manama. (BNA)", ("BNA", "BNA", ())),
    ("Egypt's president meets envoys in Cairo (MENA).", ("MENA", "MENA", ())),
    ("The prime minister in Addis Ababa. Photo: ENA", ("ENA", "ENA", ())),
    ("Farmers in Kumasi. Photo: Ghana News Agency", ("Ghana News Agency", "Ghana News Agency", ())),
    ("The summit in Rabat. (Maghreb Arabe Presse)", ("Maghreb Arabe Presse", "Maghreb Arabe Presse", ())),
    ("The governor in Nairobi. Photo: Kenya News Agency", ("Kenya News Agency", "Kenya News Agency", ())),
    ("The cabinet meets in Havana. (Prensa Latina)", ("Prensa Latina", "Prensa Latina", ())),
]


@pytest.mark.parametrize(("text", "expected"), NATIONAL_WIRES)
def test_a_national_wire_is_known_by_its_name(text: str, expected: tuple) -> None:
    assert _read(text) == expected


NO_WIRES_CREDIT = [
    # the wire's own dateline opening a story (https://omannews.gov.om/topics/en/102/page/65)
    "Muscat, Nov 3 (ONA) —- Before His Majesty Sultan Haitham Bin Tarik, Sheikh Abdulmalik took the oath of office.",
    # the agency's name spelled out, its initials after it (https://www.omanobserver.om/bahrain-media-delegation-visits-ona/)
    "A media delegation visited the HQs of Oman News Agency (ONA) at Madinat Al Ilam on Tuesday.",
    # initials that abbreviate the capitalised words before them, inside the sentence's period, name no wire
    "Growth returned to the Middle East and North Africa (MENA).",
    "Nurses at the Centers for Disease Control (CDC).",
]


@pytest.mark.parametrize("text", NO_WIRES_CREDIT)
def test_a_wires_initials_in_a_dateline_or_after_the_words_they_abbreviate_are_no_credit(text: str) -> None:
    assert _read(text) is None


def test_an_acronym_that_is_also_a_word_or_another_agencys_is_known_by_the_full_name_only() -> None:
    assert parse_credit_line("Map: Jane Roe").agency is None  # "MAP", Morocco's wire, is a word
    assert parse_credit_line("KNA").agency == "KNA"  # Germany's Catholic agency keeps "KNA"; Kenya's its full name
    # Cambodia's wire prints "AKP", as Turkey's ruling party does
    assert _read("Supporters gather in Ankara before the vote for the ruling party (AKP).") is None
    assert _read("Fighters loyal to the government in Tripoli (GNA).") is None  # Ghana's "GNA", as Libya's did


# --- 4. a list of a sentence's sources inside its period ---

def test_organisations_listed_inside_the_sentences_period_are_its_sources_not_a_credit() -> None:
    assert _read("The festival drew record crowds (France Bleu, Ouest-France).") is None
    assert _read("The festival drew record crowds (France Bleu, Ouest-France). The mayor was pleased.") is None


def test_a_picture_word_a_slash_or_the_captions_end_still_make_the_list_a_credit() -> None:
    assert _read("Le festival a attiré la foule (Photo: Jean Roe, AFP).") == ("Jean Roe, AFP", "AFP", ("Jean Roe",))
    assert _read("Crowds in Paris (Jane Roe/AFP).") == ("Jane Roe/AFP", "AFP", ("Jane Roe",))
    assert _read("The festival drew crowds (Jane Roe, AFP)") == ("Jane Roe, AFP", "AFP", ("Jane Roe",))
    assert _read("Crowds (AFP).") == ("AFP", "AFP", ())  # one known organisation inside the period: its credit


# --- 5. a Chinese body before 提供 (provided by), after a picture word and a slash ---

A_BODY_PROVIDES = [
    # https://www.setn.com/News.aspx?NewsID=104696 prints the picture's credit on a line of its own
    ("圖/總統府提供", ("總統府提供", "總統府", ())),
    ("總統會見外賓。（圖／總統府提供）", ("總統府提供", "總統府", ())),
    ("颱風過後道路中斷。（圖／交通部提供）", ("交通部提供", "交通部", ())),
    ("火場救援。（照片／消防局提供）", ("消防局提供", "消防局", ())),
    ("新機組上線。（圖／台電公司提供）", ("台電公司提供", "台電公司", ())),
]


@pytest.mark.parametrize(("text", "expected"), A_BODY_PROVIDES)
def test_a_body_before_provided_by_is_the_source_and_names_no_photographer(text: str, expected: tuple) -> None:
    assert _read(text) == expected


def test_provided_by_after_no_bodys_word_is_not_read_as_a_body() -> None:
    assert _read("（圖／王小明提供）")[1] is None  # a person's name: no organisation made of it
