"""Rules for the shapes holdout10 missed, stated generally (issue 14, credits-h10).

Each rule is tried on real lines of other pages and files than the table's (cited in a comment: a
page's address, or the code corpus's file id), on the table rows it reads (their ids), and on text
that looks like it but prints no credit.
"""

from __future__ import annotations

import pytest

from catalog.credits.parsing import read_credit
from tests.helpers.credit_reading import read_caption as _read

# --- a picture word and "by" in more languages and forms: "Foto oleh", "Fotografia di", "Photo: by", "Top photo by" ----


A_PICTURE_WORD_AND_BY_IN_MORE_FORMS = [
    # a travel page's caption (code corpus file id 45206109996)
    ("Jalan Langko tahun 1984. Foto oleh Cristina Kessier.", ("Cristina Kessier", None, ("Cristina Kessier",))),
    # an app's notes on its Pexels pictures (code corpus file id 71593652462)
    ("perempuan melihat HP. Foto oleh Tia Rahayu.", ("Tia Rahayu", None, ("Tia Rahayu",))),
    ("INDRAMAYU\nSiluet seorang wanita di Kelurahan Paoman, Indramayu.\n\nFoto oleh Fauzan Abdul Syukur Kesuma.",
     ("Fauzan Abdul Syukur Kesuma", None, ("Fauzan Abdul Syukur Kesuma",))),  # h10-112's form
    ("La fotografia è stata scattata dalle finestre.\nFotografia di Enrico Roncaia",
     ("Enrico Roncaia", None, ("Enrico Roncaia",))),  # h10-135
    # a blog's front matter (code corpus file id 26354884408): a link's text is the credit
    ('Photo: by [Vazha Despotashvili](https://www.pexels.com/@vazha-despotashvili-732747)',
     ("Vazha Despotashvili", None, ("Vazha Despotashvili",))),
    # a test's sample text (code corpus file id 69475422059)
    ("Photo: By Christoph Rieger [CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0)]",
     ("Christoph Rieger", None, ("Christoph Rieger",))),
    ("“The Great Elephant Migration” in Beverly Hills. Photo: by Alex Berliner.",
     ("Alex Berliner", None, ("Alex Berliner",))),  # h10-008
    # a Medium post's markup in a scraper's test (code corpus file id 26334839788)
    ("Top photo by Joan Bardeletti", ("Joan Bardeletti", None, ("Joan Bardeletti",))),
    # an app's page text (code corpus file id 47305032928)
    ("Top Photo by Johannes Plenio on Unsplash", ("Johannes Plenio on Unsplash", "Unsplash", ("Johannes Plenio",))),
    ("Top photo by Theo Jemison. It used to be that a concert was just a band performing on a stage somewhere.",
     ("Theo Jemison", None, ("Theo Jemison",))),  # h10-077
]


A_PICTURE_WORD_AND_BY_BEFORE_NO_NAME_IS_NO_CREDIT = [
    # code corpus file ids 16017948498, 58268059425, 37251144996, 70145051000
    "Capture method to take the photo: by clicking a button or auto-capture.",
    "The photo: by URI, or by the inspection / slope / index edit-detection",
    "### 4️⃣ Top Photo by Likes",
    "re-finding the top photo by id after the change would be natural there",
    "Foto oleh bukan pemilik",  # a test's step (code corpus file id 66447153846): "photo by a non-owner"
]


# --- a picture word without a colon: in lower case or Cyrillic before a capital, plural before a full name -------------

A_PICTURE_WORD_WITHOUT_A_COLON_OPENS_A_CREDIT = [
    ("Ministrul discută cu autoritățile locale din zonă - foto Lucian Irimia",
     ("Lucian Irimia", None, ("Lucian Irimia",))),  # h10-017's form
    ("Банер, присвячений Бахмуту / фото УІНП", ("УІНП", "УІНП", ())),  # h10-093
    ("Беседка не выдержала тяжести снега.\nфото Ивана Кузнецова",
     ("Ивана Кузнецова", None, ("Ивана Кузнецова",))),  # h10-164
    ("Концерт на любовта и музиката.\nСнимка БТА", ("БТА", "BTA", ())),  # h10-022
    ("Equipes trabalham na limpeza dos locais atingidos.\n\nFotos Carlos De Paris",
     ("Carlos De Paris", None, ("Carlos De Paris",))),  # h10-046
]


A_PICTURE_WORD_IN_A_SENTENCE_IS_NO_LABEL = [
    # code corpus file ids 61377782617, 53571357982, 66239759152, 13075458209
    "ручной CSV / фото инвойса / фото товара в multi",
    "`Инфо / Фото / Видео` tab split",
    "Крупно смотрит условие / эталон / ответ / фото разбора в review",
    "Фото не обязательно делать в студии.",
    "На фото Владимир Путин и Си Цзиньпин во время встречи в Москве.",  # "pictured": a word of the sentence
    "Беседка не выдержала. На фото видно, как крыша прогнулась.",
]


# --- more labels: a photographer's field, "photos and video", "photographed", "all photographs copyright" --------------

MORE_LABELS = [
    ("The Subject: Tight end Travis Kelce runs out of the tunnel.\nTaken By: Kyle Rivas\nCamera Model: SONY ILCE-9"
     "\nFocal Length: 12 mm", ("Kyle Rivas", None, ("Kyle Rivas",))),  # h10-202
    ("Повече за ситуацията в Киев - четете ТУК\nСнимки и видео: Александър Марков",
     ("Александър Марков", None, ("Александър Марков",))),  # h10-021
    ("Na ně pak již navázala volná zábava s dechovou hudbou Podboranka. Fotografoval - Luboš Uher",
     ("Luboš Uher", None, ("Luboš Uher",))),  # h10-092's label
    ("Pictures taken at the Poetry Reading in August.\n\nAll photographs copyright SallyAnn Rogers",
     ("SallyAnn Rogers", None, ("SallyAnn Rogers",))),  # h10-160
]


TAKEN_BY_IN_A_SENTENCE_IS_NO_FIELD = [
    "Decision was taken by: Maryam",  # code corpus file id 54510027813: a decision record
    "Held by: gates/fps_on_a_phone_gate.js   Taken by: gates/bohemia_phone_perf.js",  # file id 61152333678
]


# --- the day or year a picture was taken, after its credit, stays in the line and names no one -------------------------

THE_DAY_AFTER_A_CREDIT_NAMES_NO_ONE = [
    ("Black cat in snow. Ross County, Ohio. Photo by Arthur Rothstein, February 1940. "
     "http://hdl.loc.gov/loc.pnp/fsa.8b19392", ("Arthur Rothstein, February 1940", None, ("Arthur Rothstein",))),  # h10-051
    ("Black Cat on Chair and Table. Photos by Balthazar Korab, 1951. https://hdl.loc.gov/loc.pnp/ppmsca.66571",
     ("Balthazar Korab, 1951", None, ("Balthazar Korab",))),  # h10-053
    ("She now receives vocational training.\n\n©UNICEF/NYHQ2010-1862/Noorani 20 July 2015",
     ("UNICEF/NYHQ2010-1862/Noorani 20 July 2015", "UNICEF", ("Noorani",))),  # h10-014: a picture number, then the day
    ("(SLCPD photo from July 9, 2023)", ("SLCPD photo from July 9, 2023", "SLCPD", ())),  # holdout3-267: the day whole
]


# --- a site or an account named after the photographer, after the name, is theirs: no organisation ----------------------

THE_PHOTOGRAPHERS_OWN_SITE_OR_ACCOUNT = [
    ("Pantai Kuta.\n\nFoto oleh Rosa Panggabean (rosapanggabean.com).",
     ("Rosa Panggabean (rosapanggabean.com)", None, ("Rosa Panggabean",))),  # h10-110
    ("Foto oleh Fauzan Abdul Syukur Kesuma (fauzankesuma.com).",
     ("Fauzan Abdul Syukur Kesuma (fauzankesuma.com)", None, ("Fauzan Abdul Syukur Kesuma",))),  # h10-112: first and last
    ("Sebuah buldoser menyusuri Pantai Kuta.\n\nFoto oleh Yusuf Wahil (@yusufwahil).",
     ("Yusuf Wahil (@yusufwahil)", None, ("Yusuf Wahil",))),  # h10-113
    ("Visitors at the exhibition in LA (Photo: Stefania Rosini/@stefaniarosinistills_smpsp)",
     ("Stefania Rosini/@stefaniarosinistills_smpsp", None, ("Stefania Rosini",))),  # h10-117
    # not named after the photographer: an organisation's site or account stays the organisation
    ("Foto oleh Rosa Panggabean (mongabay.co.id).",
     ("Rosa Panggabean (mongabay.co.id)", "mongabay.co.id", ("Rosa Panggabean",))),
    ("Foto: Karin Keller (Bundeskanzlei)", ("Karin Keller (Bundeskanzlei)", "Bundeskanzlei", ("Karin Keller",))),
]


# --- a country after the photographer's name, in brackets or after a comma, is where they come from: no party ----------

THE_PHOTOGRAPHERS_COUNTRY = [
    ("Last wild picture © Steve Winter (USA) Last wild picture\n\nThese tiger cubs have killed three people.",
     ("Steve Winter (USA)", None, ("Steve Winter",))),  # h10-176: a contest's exhibition page, the title after it
    ("Fluff-up © John Marriott (Canada) Fluff-up\n\nFluff-up\n\nSquatting in the middle of the road was a raven.",
     ("John Marriott (Canada)", None, ("John Marriott",))),  # h10-179
    ("Jan set up multiple flashes to freeze the hummingbirds' wing-beats.\nPhoto: Jan van der Greef, The Netherlands",
     ("Jan van der Greef, The Netherlands", None, ("Jan van der Greef",))),  # h10-181
]
# ... and a name and country opening a sentence is its subject (Natural History Museum Denmark's press page,
# https://snm.dk/en/event/sneak-peek-amazing-winner-photos-wildlife-photographer-year)
A_NAME_AND_COUNTRY_IN_A_SENTENCE = [
    "Shane Gross (Canada) looks under the surface layer of lily pads as a mass of western toad tadpoles swim past.",
    "Alexis Tinker-Tsavalas (Germany) rolls a log over to see the fruiting bodies of slime mould and a tiny springtail.",
    "The minister met Angela Merkel (Germany) and Emmanuel Macron (France).",
]


# --- a picture's camera data on lines after the caption names no party; the photographer's field above it does ---------

CAMERA_DATA_AFTER_THE_CAPTION = [
    ("Tight end Travis Kelce prior to the Chiefs' postseason matchup.\n\nTaken By: Andrew Mather\n\n"
     "Camera Model: Canon EOS R3", ("Andrew Mather", None, ("Andrew Mather",))),  # h10-201
    ("Defensive tackle Chris Jones sheds a tear during the National Anthem.\n\nTaken By: Steve Sanders\n\n"
     "Camera Model: Cannon EOS R1", ("Steve Sanders", None, ("Steve Sanders",))),  # h10-203
]
# a photography post's settings (https://raysix.com/posts/ZLXZRTOOqcbbwjJ6XaHqR): no credit at all
CAMERA_DATA_ALONE = [
    "Subject: A photo of a lone hiker standing atop a rugged mountain peak at sunrise.\n\nCamera Type: Full-frame DSLR"
    " camera.\n\nLens: Wide-angle lens (24mm focal length).\n\nAperture: f/8.\n\nShutter Speed: 1/100th of a second."
    "\n\nISO: 100.",
    "Wet roads at dusk.\nCamera Model: Canon EOS R3",
]


# --- the photographer's name on the line below a paper's picture carried by a wire: both lines are the credit ----------

THE_NAME_BELOW_A_CARRIED_PICTURE = [
    ("Lee and Gary Moulton walk from their home along what is left of a road destroyed by Hurricane Hermine, Friday, "
     "Sept. 2, 2016.\nNews Herald via AP\nAndrew Wardlow",
     ("News Herald via AP\nAndrew Wardlow", "News Herald", ("Andrew Wardlow",))),  # h10-187 (a McClatchy gallery)
    ("The building was one of the handful of damaged properties reported as the storm passed over the area.\n"
     "The Florida Times-Union via AP\nBob Self",
     ("The Florida Times-Union via AP\nBob Self", "The Florida Times-Union", ("Bob Self",))),  # h10-191
    # the line below is no name: the credit is the line alone
    ("Lee and Gary Moulton walk from their home along what is left of a road destroyed by Hurricane Hermine.\n"
     "News Herald via AP\nRead more", ("News Herald via AP", "News Herald", ())),
]


# --- bodies and publications named so in more languages: "pour"/"für"/"voor" a client, Polish initials with their
# conjunction, German compounds of a public body, a body "of Ukraine", a daily kept as printed ---------------------------

BODIES_AND_PUBLICATIONS = [
    ("Venance Konan, le directeur du groupe Fraternité matin. © Philippe Guionie pour JA",
     ("Philippe Guionie pour JA", "JA", ("Philippe Guionie",))),  # h10-003: Jeune Afrique's own photographer
    ("Der Bundespräsident im Schloss Bellevue. Foto: Jesco Denzel für Bundesregierung",
     ("Jesco Denzel für Bundesregierung", "Bundesregierung", ("Jesco Denzel",))),
    ("De burgemeester opent de brug. Foto: Jan de Vries voor NRC", ("Jan de Vries voor NRC", "NRC", ("Jan de Vries",))),
    ("W mieście zawyła strażacka syrena.\n\n\nTekst i foto: Agnieszka Flejsierowicz, UMiG",
     ("Agnieszka Flejsierowicz, UMiG", "UMiG", ("Agnieszka Flejsierowicz",))),  # h10-167
    ("Das von der Polizei herausgegebene Foto zeigt das Mehrfamilienhaus. Bild: Polizeiinspektion Magdeburg/dpa",
     ("Polizeiinspektion Magdeburg/dpa", "Polizeiinspektion Magdeburg", ())),  # h10-116
    ("Foto: Landratsamt Gotha", ("Landratsamt Gotha", "Landratsamt Gotha", ())),
    ("Презентація фотовиставки “Стерті з лиця землі” / фото Мінкульт України",
     ("Мінкульт України", "Мінкульт України", ())),  # h10-094
    ("Des palissades en bois ont été montées dans les rues, à Bouchemaine (Maine-et-Loire). Jérôme Fouquet, Ouest-France",
     ("Jérôme Fouquet, Ouest-France", "Ouest-France", ("Jérôme Fouquet",))),  # h10-060
    ("20 000 à Quimper. | PHOTO: VINCENT MOUCHEL/OUEST-FRANCE",  # holdout4-211: kept as printed
     ("VINCENT MOUCHEL/OUEST-FRANCE", "OUEST-FRANCE", ("VINCENT MOUCHEL",))),
]
# "pour" and "für" in a sentence, an outlet in a list (code corpus file id 45312211492): no credit
NO_CLIENT = [
    "Il a voté pour Jean Dupont.",
    "Sie stimmte für Angela Merkel.",
    "Sources fiables privilégiées (AFP, Reuters, Le Monde, Ouest-France, médias locaux)",
]


# --- marks around a credit that name no one: a footnote's number glued on, an archive's "FILES", "Name photo" after a
# bar, a Japanese clause describing what the picture shows -------------------------------------------------------------

MARKS_AROUND_A_CREDIT = [
    ("The 135th and final mission of NASA's Space Shuttle Program. Photo credit: NASA/Tony Gray and Kevin O'Connell "
     "KSC-2011-5421", ("NASA/Tony Gray and Kevin O'Connell", "NASA", ("Tony Gray", "Kevin O'Connell"))),  # h10-157
    # a bot's embed (code corpus file id 33169272770): a hyphen inside the organisation's name is no picture number
    ('        text: "Photo Credit: NASA/JPL-Caltech",', ("NASA/JPL-Caltech", "NASA", ())),
    ("W uroczystościach udział wzięły poczty sztandarowe szkół miejskich oraz innych instytucji. fot. Jacek Polak[1]",
     ("Jacek Polak", None, ("Jacek Polak",))),  # h10-168: the footnote points to the page's rights notice
    ("Wet Your Whistle Wins the GI Highlander | Michael Burns photo",
     ("Michael Burns photo", None, ("Michael Burns",))),  # h10-071 (Thoroughbred Daily News)
]
# a table's cells (code corpus file ids 52903027141, 70085439241); a picture's description after the label (h10-146)
NO_MARKED_CREDIT = [
    "Reference Photo | Clock-In Selfie | Clock-Out Selfie",
    "| Follow-my-eyes, digits-in-noise test, printout photo | Planned |",
    "写真:記者会見する市長",
    "写真：手を振った選手",
]


# --- who a label's words point to: "Text und Fotos:" signs one person, even by initials; Slovak "Archívne" is a file
# picture; a person's page on a platform said with "of" ------------------------------------------------------------------

WHO_THE_WORDS_POINT_TO = [
    ("Nach einer Andacht gab's für die Kinder einiges zum Austoben.\n\nText und Fotos: FH",
     ("FH", None, ("FH",))),  # h10-137: the writer's initials
    # a fire brigade's history page (code corpus file id 39737960836)
    ("Quellen: Text und Fotos: Josef Rohowsky", ("Josef Rohowsky", None, ("Josef Rohowsky",))),
    ("Poslanci NR SR za stranu SMER-SD Ján Richter a Tibor Gašpar.Foto: Archívne, SITA/Milan Illík.",
     ("Archívne, SITA/Milan Illík", "SITA", ("Milan Illík",))),  # h10-133
    ("Garrincha, 1963. Fonte: Facebook de Flamínio Lobo. [Título original: Garrincha e o Botafogo]",
     ("Facebook de Flamínio Lobo", "Facebook", ("Flamínio Lobo",))),  # h10-175
    ("Foto: Reprodução/Facebook de Flamínio Lobo",
     ("Reprodução/Facebook de Flamínio Lobo", "Facebook", ("Flamínio Lobo",))),
]

# --- several photographers: two given names joined under a label, Japanese names joined by "、" after the "=" ----------

SEVERAL_PHOTOGRAPHERS = [
    ("Na een hapje en een drankje werd de middag besloten.\n\n \n\nFoto's: Frans en Pieter.",
     ("Frans en Pieter", None, ("Frans", "Pieter"))),  # h10-170
    ("【動画】球磨川が氾濫した熊本県人吉市と崖崩れが発生した芦北町=吉本美奈子、熊倉隆広撮影",
     ("吉本美奈子、熊倉隆広", None, ("吉本美奈子", "熊倉隆広"))),  # h10-057 (Asahi)
    # a place, then the name: only the name (holdout3-54)
    ("記者の問いかけに手を上げる菅義偉首相=2021年9月2日午後4時14分、首相官邸、上田幸一撮影",
     ("上田幸一", None, ("上田幸一",))),
    ("Foto: Reuters und Xinhua", ("Reuters und Xinhua", None, ())),  # two wires: no photographer, no agency they share
]


# --- a body named in sentence case under a label: lower-case words after the first make no person's name ---------------

A_BODY_IN_SENTENCE_CASE = [
    ("Foto: Čuvamo naš park<br>Foto: Čuvamo naš park", ("Čuvamo naš park", "Čuvamo naš park", ())),  # h10-089
    ("Foto: Jan de la Cruz", ("Jan de la Cruz", None, ("Jan de la Cruz",))),  # a name's particles are no such words
    ("Foto: Mario van der Berg", ("Mario van der Berg", None, ("Mario van der Berg",))),
]


# --- the photographer's name printed again after the credit, as the page's byline field, is no part of it ---------------

THE_NAME_AGAIN_AFTER_THE_CREDIT = [
    ("Over 150,000 people crowded into Bristol Motor Speedway for a game simply known as 'The Battle at Bristol.'"
     "Christopher Hanewinckel-USA TODAY Sports Christopher Hanewinckel",
     ("Christopher Hanewinckel-USA TODAY Sports", "USA TODAY Sports", ("Christopher Hanewinckel",))),  # h10-159
    ("Fans at the game. Kirby Lee/Imagn Images Kirby Lee", ("Kirby Lee/Imagn Images", "Imagn Images", ("Kirby Lee",))),
]


# a link's label and a chat's title in code (code corpus file ids 13565066139, 24915632634), a sentence (42652475604)
NO_PAGE_CREDIT = [
    'aria-label="Facebook de Erika Caro" className="p-2"',
    'title="Facebook de BTE: France",',
    "Para mayor información comunícate con nosotros por el Facebook de Joinnus o a contacto@joinnus.com",
]


READ = (A_PICTURE_WORD_AND_BY_IN_MORE_FORMS + A_PICTURE_WORD_WITHOUT_A_COLON_OPENS_A_CREDIT + MORE_LABELS
        + THE_DAY_AFTER_A_CREDIT_NAMES_NO_ONE + THE_PHOTOGRAPHERS_OWN_SITE_OR_ACCOUNT + THE_PHOTOGRAPHERS_COUNTRY
        + CAMERA_DATA_AFTER_THE_CAPTION + THE_NAME_BELOW_A_CARRIED_PICTURE + BODIES_AND_PUBLICATIONS
        + MARKS_AROUND_A_CREDIT + WHO_THE_WORDS_POINT_TO + SEVERAL_PHOTOGRAPHERS
        + THE_NAME_AGAIN_AFTER_THE_CREDIT + A_BODY_IN_SENTENCE_CASE)
NO_CREDIT = (A_PICTURE_WORD_AND_BY_BEFORE_NO_NAME_IS_NO_CREDIT + A_PICTURE_WORD_IN_A_SENTENCE_IS_NO_LABEL
             + TAKEN_BY_IN_A_SENTENCE_IS_NO_FIELD + A_NAME_AND_COUNTRY_IN_A_SENTENCE + CAMERA_DATA_ALONE
             + NO_CLIENT + NO_MARKED_CREDIT + NO_PAGE_CREDIT + ["The Tony Blair-era reforms were later praised by Tony Blair"])


@pytest.mark.parametrize(("text", "expected"), READ)
def test_each_rule_reads_its_lines(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", NO_CREDIT)
def test_look_alikes_print_no_credit(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("ADRIAN WYLD / THE CANADIAN PRESS FILES Ottawa Charge defender Jocelyne Larocque (23) celebrates her goal.",
     ("ADRIAN WYLD / THE CANADIAN PRESS FILES", "The Canadian Press", ("ADRIAN WYLD",))),  # h10-083
    ("Getty Images files a lawsuit against Stability AI in London on Monday.", None),  # a verb, no credit
])
def test_a_credit_opening_the_caption_keeps_its_file_mark(text: str, expected: tuple | None) -> None:
    assert _read(text) == expected


def test_an_archives_files_after_the_agency_is_the_file_qualifier() -> None:
    # h10-083 (Winnipeg Free Press): "FILES" marks the agency's archive picture, kept in the line
    reading = read_credit("ADRIAN WYLD / THE CANADIAN PRESS FILES").credit()
    assert (reading.agency, reading.photographers, reading.qualifiers) == ("The Canadian Press", ("ADRIAN WYLD",), ("file",))
