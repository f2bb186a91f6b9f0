"""Rules for the label, mark and script shapes holdout11 missed, stated generally (issue 14, credits-h11b).

Each rule is tried on real lines of other pages and files than the table's where they were found (cited in a
comment: a page's address, or the code corpus's file id), on the table rows it reads (their ids), and on text that
looks like it but reads otherwise: a person's name still reads as a person.
"""

from __future__ import annotations

import pytest

from catalog.credits.agencies import is_organisation_like
from tests.helpers.credit_reading import read_caption as _read

# --- an organisation no table knows, read by what its name shows ------------------------------------------------------

AN_ORGANISATION_BY_ITS_NAME = [
    # Chinese and Japanese universities, institutes and companies end in what they are (大学, 研究所, 公司 ...): a list of
    # several names no agency they share
    ("（图片来源：华中科技大学、武汉大学、清华大学、科罗拉多大学丹佛分校）",
     ("华中科技大学、武汉大学、清华大学、科罗拉多大学丹佛分校", None, ())),  # h11-092
    ("写真：東京大学", ("東京大学", "東京大学", ())),
    ("（图片来源：中国科学院物理研究所）", ("中国科学院物理研究所", "中国科学院物理研究所", ())),
    ("Photo: Harvard University, Yale University, Stanford University",
     ("Harvard University, Yale University, Stanford University", None, ())),
    # a Korean club or company: its Latin initials, then a Hangul word that opens with no family name
    ("SSG와 계약한 숀 모리만도. 사진제공=SSG 랜더스", ("SSG 랜더스", "SSG 랜더스", ())),  # h11-090
    ("잠실야구장에서 훈련하는 선수들. 사진제공=LG 트윈스", ("LG 트윈스", "LG 트윈스", ())),
    # the trade mark signs make a brand: the signs stay in the line, not in the agency's name
    ("fitbit flex\nPhoto Credit: Courtesy of Fitbit® Flex™", ("Courtesy of Fitbit® Flex™", "Fitbit Flex", ())),  # h11-125
    ("Photo: Jane Roe/Nike®", ("Jane Roe/Nike®", "Nike", ("Jane Roe",))),
    # a body named for its cause or the people it gathers, "for" inside its name (code corpus file id 21698981925)
    ("<em>Photo Credit: Courtesy of Health Care for America Now</em>",
     ("Courtesy of Health Care for America Now", "Health Care for America Now", ())),  # h11-126
    ("Photo: Parents for Future", ("Parents for Future", "Parents for Future", ())),
    # initials, then what the organisation is in lower case: a site's or a service's name
    ("(*Nguồn ảnh: VNOI wiki*)", ("VNOI wiki", "VNOI wiki", ())),  # h11-130
    # a German or Austrian government before the place it governs
    ("Das Aufräumen auf der Festung geht weiter. - © Land Salzburg/Julia Schrammel",
     ("Land Salzburg/Julia Schrammel", "Land Salzburg", ("Julia Schrammel",))),  # h11-218
    ("Die neue Brücke über den Inn. Foto: Land Tirol", ("Land Tirol", "Land Tirol", ())),
    # initials no table knows before a comma and a full name: the outlet, then its photographer (an SWR page's
    # saved markup, code corpus file id 46289384759)
    ("Streetworker Jonas Klein an einem seiner Arbeitsorte im Kreis Vulkaneifel: einem Bushäuschen in Kelberg. "
     "(Foto: SWR, Anna-Carina Blessmann)", ("SWR, Anna-Carina Blessmann", "SWR", ("Anna-Carina Blessmann",))),
    ("Nebel umgibt den Wasserturm von Dobel (Kreis Calw). Auf der Wiese ringsherum liegt Schnee.  "
     "(Foto: SWR, Cornelia Stenull)", ("SWR, Cornelia Stenull", "SWR", ("Cornelia Stenull",))),  # h11-209
    # a reporter's role and the outlet's short name after the photographer: what the person is, no party
    ("Ministro Pérez: Solo hay 300 personas varadas en Machu Picchu Pueblo\n\nFoto: Kiwahe / Reportero W\n"
     "Foto: Kiwahe / Reportero W", ("Kiwahe / Reportero W", None, ("Kiwahe",))),  # h11-173
    ("Foto: Juan Pérez / Reportero EFE", ("Juan Pérez / Reportero EFE", "EFE", ("Juan Pérez",))),
    # a platform, then the title of a page on it: the platform is the party, the page's title no photographer
    # (a Portuguese app's caption, code corpus file id 12215117735)
    ("fnx, fer, coldzera, zews, TACO e FalleN: o elenco da LG no MLG Major: Columbus — Foto: Reprodução/Facebook "
     "Luminosity Gaming", ("Reprodução/Facebook Luminosity Gaming", "Facebook", ())),  # h11-199
]

A_PERSON_STILL_READS_AS_A_PERSON = [
    ("Photo: Jane Roe for Health Care", ("Jane Roe for Health Care", "Health Care", ("Jane Roe",))),
    ("Photo: Jane Roe for The New York Times", ("Jane Roe for The New York Times", "The New York Times", ("Jane Roe",))),
    ("Foto: Jennifer Land", ("Jennifer Land", None, ("Jennifer Land",))),
    ("ⓒ시사IN 조남진", ("시사IN 조남진", "시사IN", ("조남진",))),  # an outlet, then its photographer's Korean name
    ("Foto: SMITH, John", ("SMITH, John", None, ("SMITH, John",))),  # a surname in capitals, then one given name
    ("Foto: Reprodução/Facebook de Flamínio Lobo", ("Reprodução/Facebook de Flamínio Lobo", "Facebook", ("Flamínio Lobo",))),
]


@pytest.mark.parametrize(("text", "expected"), AN_ORGANISATION_BY_ITS_NAME + A_PERSON_STILL_READS_AS_A_PERSON)
def test_an_organisation_reads_by_its_name_and_a_person_stays_one(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("name", "organisation"), [
    ("Land Tirol", True),  # "© Land Tirol (tiris)", a data licence (code corpus file id 60977511490)
    ("Kreis Calw", True),
    ("Freistaat Bayern", True),
    ("武汉大学", True),
    ("株式会社ソニー", True),
    ("Jennifer Land", False),
    ("Land", False),
])
def test_a_governments_word_before_its_place_and_cjk_endings_make_an_organisation(name: str, organisation: bool) -> None:
    assert is_organisation_like(name) is organisation


# --- who is a party: a name in quotes, a body spelled out before its initials, the artist, an uploader, a photographer
# --- after "Divulgação" ------------------------------------------------------------------------------------------------

WHO_IS_A_PARTY = [
    # a paper's name in quotes, as Russian prints it: the quotes stay in the line, not in the name
    ("Фото: Алексей Тарасов / «Новая газета»",
     ("Алексей Тарасов / «Новая газета»", "Новая газета", ("Алексей Тарасов",))),  # h11-054
    ("Foto: „Der Spiegel“", ("„Der Spiegel“", "Der Spiegel", ())),
    # a body spelled out under its article, its initials in brackets: the body; a known one by its initials
    ("Image courtesy of the European Southern Observatory (ESO).",
     ("Image courtesy of the European Southern Observatory (ESO)", "European Southern Observatory", ())),  # h11-095
    ("Photo courtesy of the National Aeronautics and Space Administration (NASA)",
     ("Photo courtesy of the National Aeronautics and Space Administration (NASA)", "NASA", ())),
    # the artist whose work is pictured lent it: no name, no party (an art book's caption list, code corpus file id
    # 45973849333, "© Trevor Paglen. Courtesy of the artist.")
    ("ID: Asian-American woman stands in front of a grey background. Photo Credit: Courtesy of the Artist.",
     ("Courtesy of the Artist", None, ())),  # h11-128's form
    ("Photo: courtesy of the artist", ("courtesy of the artist", None, ())),
    # ... and with no label: "Courtesy of" is one, its line kept and cut from the caption as "Handout" is (review-31 #14)
    ("Private collection 2158. Courtesy of the artist.", ("Courtesy of the artist", None, ())),
    # an account's name before "via" a photo site is its uploader, whatever its case
    ("图片来源：[GoogleDeepMind](https://unsplash.com/@googledeepmind) via [Unsplash](https://unsplash.com/photos/a)",
     ("GoogleDeepMind via Unsplash", "Unsplash", ("GoogleDeepMind",))),  # h11-093
    ("Photo: NASA via Unsplash", ("NASA via Unsplash", "NASA", ())),  # a known organisation stays one
    ("Photo: WhatsApp via Reuters", ("WhatsApp via Reuters", "WhatsApp", ())),  # no photo site: the brand
    # after "Divulgação" (handed out), a person's full name is the photographer; a company's name says its trade
    ('<img alt="(Foto: Divulgação/Bruno Zanardo)" title="(Foto: Divulgação/Bruno Zanardo)"',
     ("Divulgação/Bruno Zanardo", None, ("Bruno Zanardo",))),  # h11-201
    ("Foto: Divulgação/Acme Filmes", ("Divulgação/Acme Filmes", "Acme Filmes", ())),
    ("Foto: Divulgação/Riot Games", ("Divulgação/Riot Games", "Riot Games", ())),
    # a picture word and "from" before a paper under its article: the line whole, as "Photo from the Associated Press"
    ("Photo from the Huffington Post.", ("Photo from the Huffington Post", "Huffington Post", ())),  # h11-097
    # a broadcaster's news brand, printed with a bar or glued to its number
    ("Lisa Schwesig (Quelle: rbb)\nBild: rbb|24", ("rbb|24", "rbb", ())),  # h11-189
    ("Grafik: Vom Bund geplante Corona-Maßnahmen. (Quelle: rbb24)\nBild: rbb24", ("rbb24", "rbb", ())),  # h11-190
]

PRINTS_NO_CREDIT = [
    "รูปภาพ: Creative Commons / CC0",  # h11-134: the terms the picture is used under, no one who made it
    "Photo: CC BY-SA 4.0",
    "Photo from the Hubble Space Telescope shows a galaxy.",
]


@pytest.mark.parametrize(("text", "expected"), WHO_IS_A_PARTY)
def test_who_is_a_party(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", PRINTS_NO_CREDIT)
def test_a_licence_or_a_courtesy_naming_no_one_is_no_credit(text: str) -> None:
    assert _read(text) is None


def test_a_licence_after_a_name_stays_in_its_line() -> None:
    assert _read("Photo: Jane Roe / CC BY-SA 4.0") == ("Jane Roe / CC BY-SA 4.0", None, ("Jane Roe",))


# --- a wire site's chrome after the credit: the licensing link, a desk's pointer to a package -------------------------

CHROME_AFTER_THE_CREDIT = [
    # Reuters' link to license the picture, the story after it (code corpus file ids 14797478845, 14371941741)
    ("Tesla and SpaceX's CEO Elon Musk pauses during an in-conversation event with British Prime Minister Rishi Sunak "
     "in London, Britain, Thursday, Nov. 2, 2023. Kirsty Wigglesworth/Pool via REUTERS Acquire Licensing Rights Nov 3 "
     "(Reuters) - Elon Musk's artificial …",
     ("Kirsty Wigglesworth/Pool via REUTERS", "Reuters", ("Kirsty Wigglesworth",))),  # h11-061
    ("A man walks past the bank in London. REUTERS/Jane Roe Purchase Licensing Rights LONDON, May 2 (Reuters) - The "
     "bank said on Tuesday", ("REUTERS/Jane Roe", "Reuters", ("Jane Roe",))),
    # Reuters' pointers to a package after the credit, in curly quotes, stacked
    ("Brazil, September 19, 2020. Picture taken September 19, 2020. REUTERS/Ueslei Marcelino/File Photo TPX IMAGES OF "
     "THE DAY SEARCH “GLOBAL POY” FOR THIS STORY. SEARCH “REUTERS POY” FOR ALL BEST OF 2020 PACKAGES.",
     ("REUTERS/Ueslei Marcelino/File Photo", "Reuters", ("Ueslei Marcelino",))),  # h11-166
]


@pytest.mark.parametrize(("text", "expected"), CHROME_AFTER_THE_CREDIT)
def test_a_wire_sites_chrome_after_the_credit_is_set_aside(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- where a credit ends: the next field on an indented line, the caption before a bar, the work's partners, a note on
# --- where it was posted, the caption printed again ---------------------------------------------------------------

THE_CREDITS_EXTENT = [
    # a page source's indentation before the next field: the field opens a line of its own
    ("Credit: Alamy Stock Photo\n          Copyright: Credit: The Canadian Press / Alamy Stock Photo",
     ("The Canadian Press / Alamy Stock Photo", "The Canadian Press", ())),  # h11-156
    # ... while an indented line going on with the names above is the same line wrapped (holdout6-022's form)
    ("© Crédit photo : Jane Roe, Kevin\n                      Soirat", ("Jane Roe, Kevin Soirat", None, ("Jane Roe", "Kevin Soirat"))),
    # the caption's words before a bar, the credit after it
    ("Minoria Rohingya. Mohammed Shoaib, de 7 anos, atingido a tiro no torax, 2017, Myanmar | Adnan Abidi - Reuters",
     ("Adnan Abidi - Reuters", "Reuters", ("Adnan Abidi",))),  # h11-167
    ("Em Gaza, mãe abraça filho de 5 anos morto nos bombardeamentos israelitas | Mohammed Salem - Reuters",
     ("Mohammed Salem - Reuters", "Reuters", ("Mohammed Salem",))),  # h11-168
    ("Photo courtesy of the artist | Gagosian", ("Photo courtesy of the artist | Gagosian", "Gagosian", ())),
    # the work's partners after the artist's name stay in the line, no party
    ("the Rev. Martin Luther King Jr. that will be unveiled in Boston in 2023. (c) Hank Willis Thomas, in collaboration "
     "with MASS Design Group, King Boston and the City of Boston",
     ("Hank Willis Thomas, in collaboration with MASS Design Group, King Boston and the City of Boston", None,
      ("Hank Willis Thomas",))),  # h11-234
    # a note on where the picture was first posted ("according to the original post of"), no party; a string a
    # missing value falls back to in code
    ("caption.textContent = item?.imageCredit || 'Foto: Shutterstock, prema izvornoj objavi Aktual.rs';",
     ("Shutterstock, prema izvornoj objavi Aktual.rs", "Shutterstock", ())),  # h11-132
    ("Foto: Jane Roe, according to the original post on Instagram",
     ("Jane Roe, according to the original post on Instagram", None, ("Jane Roe",))),
    # the caption printed again after the credit ends it
    ("파주시청. 사진제공=파주시 파주시청. 사진제공=파주시\n\n[파주=파이낸셜뉴스 강근...", ("파주시", "파주시", ())),  # h11-091
    ("Mr. Smith spoke. Photo: Mr. Jones", ("Mr. Jones", None, ("Mr. Jones",))),  # an abbreviation is no sentence
    # an outlet's initials, a slash and its photographer's full name after the last sentence, as "AP/Name" is
    ("The strike is set for Friday 28 November. RNZ/Samuel Rillstone",
     ("RNZ/Samuel Rillstone", "RNZ", ("Samuel Rillstone",))),  # h11-007
    # the photographer and the agency, each in brackets of its own, after the last sentence
    ("Australian Olympic canoeist Jess Fox training in her backyard pool during Sydney's lockdown. (Ryan Pierse) "
     "(Getty)", ("(Ryan Pierse) (Getty)", "Getty Images", ("Ryan Pierse",))),  # h11-186
]

NOT_CREDITS_BY_THEIR_EXTENT = [
    "He has HIV/AIDS",
    "Tests for HIV/Jane Roe",
]


@pytest.mark.parametrize(("text", "expected"), THE_CREDITS_EXTENT)
def test_where_a_credit_ends(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", NOT_CREDITS_BY_THEIR_EXTENT)
def test_initials_or_brackets_without_a_name_are_no_credit(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    # a known organisation's own site, whatever the country's domain, is the organisation
    ("Foto: keystone-sda.ch", ("keystone-sda.ch", "Keystone", ())),
    # a site's address on a line of its own, the next title glued to its domain
    ("Neben dem besten Teleskop der Schweiz beherbergt es ein 8K-Planetarium. Und für die heisst es: Augen auf!\n"
     "keystone-sda.chRegenströme und Schweissbäche Nach der Bruthitze der grosse Regen.",
     ("keystone-sda.ch", "Keystone", ())),  # h11-223
])
def test_a_known_organisations_site_is_the_organisation(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- the family of a government's words: a state, a region, a city before or after its place, in several languages ---

@pytest.mark.parametrize(("name", "organisation"), [
    ("Region Skåne", True), ("Région Bretagne", True), ("Provincia di Milano", True), ("Provinz Bozen", True),
    ("Grad Zagreb", True), ("Město Brno", True), ("Xunta de Galicia", True), ("Junta de Andalucía", True),
    ("Generalitat de Catalunya", True), ("Diputación de Sevilla", True), ("Bezirksamt Mitte", True),
    ("Magistrat der Stadt Wien", True), ("Amt der Tiroler Landesregierung", True), ("Stad Antwerpen", True),
    ("Stockholms stad", True), ("Helsingin kaupunki", True),
    ("Anna Stad", False), ("Jan van der Berg", False), ("Kaupunki Helsinki", False),
])
def test_a_governments_word_names_it_in_many_languages(name: str, organisation: bool) -> None:
    assert is_organisation_like(name) is organisation


# more of Reuters' licensing link after a credit, the story after it (code corpus file ids 9237488009, 48838135602,
# 15717427041, 56787088795)
@pytest.mark.parametrize(("text", "expected"), [
    ("A man stands near damaged buildings in the aftermath of Israeli air strikes on Beirut's southern suburbs, Lebanon "
     "September 28, 2024. REUTERS/Ali Alloush Purchase Licensing Rights, opens new tab",
     ("REUTERS/Ali Alloush", "Reuters", ("Ali Alloush",))),
    ("A Tesla logo is seen outside a showroom of the carmaker in Beijing, China May 31, 2023. REUTERS/Thomas Peter/File "
     "Photo Acquire Licensing Rights SHANGHAI, Oct 1 (Reuters) - U.S. automaker Tesla (TSLA.O) on Sunday released an "
     "updated version of its Model Y in …", ("REUTERS/Thomas Peter/File Photo", "Reuters", ("Thomas Peter",))),
    ("[1/2] General view of Aramco's Ras Tanura oil refinery and oil terminal in Saudi Arabia May 21, 2018. Picture "
     "taken May 21, 2018. REUTERS/Ahmed Jadallah/ File Photo Acquire Licensing Rights\nWASHINGTON, Oct 31 (Reuters) - "
     "(This Oct. 30 story has been corrected to change the year to 2024 in paragraph 1)",
     ("REUTERS/Ahmed Jadallah/ File Photo", "Reuters", ("Ahmed Jadallah",))),
    ("An Airbus A320 of Greek airline Aegean is seen at the Athens Eleftherios Venizelos International Airport in Athens, "
     "Greece, June 25, 2025. REUTERS/Denis Balibouse Purchase Licensing Rights, opens new tab\n\nApril 10 - A surge in "
     "jet fuel prices", ("REUTERS/Denis Balibouse", "Reuters", ("Denis Balibouse",))),
])
def test_reuters_licensing_link_is_no_part_of_the_caption(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- a sentence pointing to the photo names who took it: "wie das Foto von Name beweist" -------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("An der Enz wird fleißig und erfolgreich gebrütet, wie das Foto von Helga Graser beweist. Da staunt selbst der "
     "Kormoran, der hinten rechts in der Enz auf einem Stein sitzt.", ("Helga Graser", None, ("Helga Graser",))),  # h11-215
    ("The river rose overnight, as this photo by Jane Roe shows.", ("Jane Roe", None, ("Jane Roe",))),
    # a test's prompt (code corpus file id 70872623102): "von hinten" (from behind) is no name
    ("Bitte nur beschreiben, wie das Foto von hinten mit Gesicht frontal aussehen würde.", None),
    ("Wie das Foto von gestern zeigt, steigt der Fluss.", None),
])
def test_a_sentence_pointing_to_the_photo_names_its_photographer(text: str, expected: tuple | None) -> None:
    assert _read(text) == expected


# --- a Hebrew body named for its cause ("למען", for the sake of), and a tweet's picture link after the credit ---------

@pytest.mark.parametrize(("text", "expected"), [
    ('תנועת "הורים למען האקלים" הפגינה היום בתל אביב, בקריאה לשים את משבר האקלים בראש סדר היום הציבורי\n'
     "קרדיט: הורים למען האקלים pic.twitter.com/US2iFx43Nr", ("הורים למען האקלים", "הורים למען האקלים", ())),  # h11-019
    ("Protest in Tel Aviv. Photo: Jane Roe pic.twitter.com/US2iFx43Nr", ("Jane Roe", None, ("Jane Roe",))),
    ("קרדיט: רויטרס pic.twitter.com/US2iFx43Nr", ("רויטרס", "Reuters", ())),
])
def test_a_hebrew_body_for_its_cause_and_a_tweets_link(text: str, expected: tuple) -> None:
    assert _read(text) == expected


def test_a_wire_glued_to_the_next_tag_ends_the_credit() -> None:
    # a Guardian page's text run together (code corpus file id 28632866313): the caption, its credit and the button
    # "View image in fullscreen", then the caption again, its credit glued to the next tag ("JP Morgan") and headline
    text = ("Jamie Dimon said he would put the chance of a serious \nfall in the US market at ‘more like 30%’, \nwhen 10% is "
            "currently priced in. \nPhotograph: Mike Segar/ReutersView image in fullscreen\nJamie Dimon said he would "
            "put the chance of a serious fall in the US market at ‘more like 30%’,\nwhen 10% is currently priced in. \n"
            "Photograph: Mike Segar/ReutersJP MorganHead of largest US bank warns")
    assert _read(text) == ("Mike Segar/Reuters", "Reuters", ("Mike Segar",))
    assert _read("Photo: Jane Roe/GettyImages") == ("Jane Roe/GettyImages", "Getty Images", ("Jane Roe",))


@pytest.mark.parametrize(("text", "expected"), [
    # Reuters' sports caption: the credit run on from the caption's last word, then the licensing link and the story
    # (code corpus file id 55006264236)
    ("International - England v India - Lord's Cricket Ground, London, Britain - July 19, 2026 England's Ben Duckett "
     "celebrates with Joe Root after reaching his century Action Images via Reuters/Matthew Childs Purchase Licensing "
     "Rights, opens new tab. LONDON, July 19 (Reuters) - England beat India by 27 runs in a high-scoring contest at "
     "Lord's on Sunday", ("Action Images via Reuters/Matthew Childs", "Action Images", ("Matthew Childs",))),
    ("The ministry said the photo came via Reuters/Jane Roe", None),  # no known organisation before "via"
])
def test_a_known_organisations_chain_run_on_from_the_caption(text: str, expected: tuple | None) -> None:
    assert _read(text) == expected
