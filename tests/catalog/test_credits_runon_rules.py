"""Where a credit starts and ends when nothing but its grammar marks it (holdout14/15 misses, docs/credit-tables.md).

Each rule in its general form, with near misses that must stay as they were: a credit run into the story's next
sentence (another script, a sentence opening, a qualifier closing the chain, a wire's dateline glued on), an account
printed after the photographer's name.
"""

from __future__ import annotations

import pytest

from tests.helpers.credit_reading import read_caption

# --- a credit run into the next sentence with no mark between ---------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # the story in another script after a Latin chain (h15-050's form)
    ("Акции растут Фото: Jack Hong / Shutterstock Акции NVIDIA (NVDA) на NASDAQ в четверг подорожали.",
     ("Jack Hong / Shutterstock", "Shutterstock", ("Jack Hong",))),
    ("Μετοχές ανεβαίνουν Φωτογραφία: Jane Roe / Shutterstock Οι μετοχές της εταιρείας (ABC) ανέβηκαν χθες.",
     ("Jane Roe / Shutterstock", "Shutterstock", ("Jane Roe",))),
    # a Cyrillic sentence opening after the chain's last part (h15-051, h15-053)
    ("Ограничения на полеты Фото: Сергей Булкин / NEWS.ru / РБК Одно из предприятий Ижевска подверглось атаке.",
     ("Сергей Булкин / NEWS.ru / РБК", "NEWS.ru", ("Сергей Булкин",))),
    ("выплаты продолжатся до 2034 год Фото: Станислав Красильников/ТАСС В Европейском союзе рассматривают создание фонда.",
     ("Станислав Красильников/ТАСС", "TASS", ("Станислав Красильников",))),
    ("Митинг в центре города Фото: Анна Иванова/ТАСС Участники акции собрались у здания мэрии.",
     ("Анна Иванова/ТАСС", "TASS", ("Анна Иванова",))),
    # a file or pool qualifier closes the chain; the story goes on in lower case (h15-103)
    ("A woman receives a shot in Taipei, January 24, 2022. Photo: Reuters/Ann Wang/File Photo mRNA vaccines have "
     "failed to provide long-term protection",
     ("Reuters/Ann Wang/File Photo", "Reuters", ("Ann Wang",))),
    ("Leaders meet in Brussels. Photo: Reuters/John Thys/Pool talks went on late into the night",
     ("Reuters/John Thys/Pool", "Reuters", ("John Thys",))),
])
def test_a_credit_ends_where_the_story_runs_on(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a chain mixing scripts across its slashes is one credit
    ("Митинг в центре города. Фото: Сергей Булкин / NEWS.ru", ("Сергей Булкин / NEWS.ru", "NEWS.ru", ("Сергей Булкин",))),
    # the qualifier closing the caption is the chain's own
    ("Leaders meet in Brussels. Photo: Reuters/John Thys/Pool", ("Reuters/John Thys/Pool", "Reuters", ("John Thys",))),
    # a capitalised sentence after the chain is cut as before
    ("Photo: MONDO/Jane Roe Večerašnji protest je počeo", ("MONDO/Jane Roe", "MONDO", ("Jane Roe",))),
])
def test_a_credit_without_a_story_after_it_stays_whole(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a wire story's dateline glued to the credit (h15-074), or after a space
    ("A representation of Bitcoin in this illustration taken March 15, 2021. REUTERS/Dado Ruvic/IllustrationLONDON, "
     "June 30 (Reuters) - If you're a bitcoin investor",
     ("REUTERS/Dado Ruvic/Illustration", "Reuters", ("Dado Ruvic",))),
    ("Traders work on the floor, May 2, 2023. REUTERS/Brendan McDermid NEW YORK, May 3 (Reuters) - Wall Street's main "
     "indexes fell on Wednesday",
     ("REUTERS/Brendan McDermid", "Reuters", ("Brendan McDermid",))),
    ("Smoke rises over the city, 12 March 2024. AFP/Jane Roe PARIS, 13 March (AFP) - The fire was put out",
     ("AFP/Jane Roe", "AFP", ("Jane Roe",))),
])
def test_a_wire_dateline_after_the_credit_opens_the_story(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


def test_a_dateline_opening_the_text_leaves_the_credit_at_its_end() -> None:
    text = "LONDON, June 30 (Reuters) - Britain's economy grew in May. (Reuters/Jane Roe)"
    assert read_caption(text) == ("Reuters/Jane Roe", "Reuters", ("Jane Roe",))


# --- an account after the photographer's name ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # after a bar in the closing brackets (h14-013..017), whether or not it spells the name
    ("Fans watch the game at Saluki Stadium. (Anna Spoerre | @annaspoerre)",
     ("Anna Spoerre | @annaspoerre", None, ("Anna Spoerre",))),
    ("A rider cools his horse at the fair. (Ryan Michalesko | @photosbylesko)",
     ("Ryan Michalesko | @photosbylesko", None, ("Ryan Michalesko",))),
    # in brackets after the name (h14-199)
    ("Babe Ruth takes a break in Hot Springs in 1922. | Photo courtesy of Bruce Menard (@Bsmile)",
     ("Photo courtesy of Bruce Menard (@Bsmile)", None, ("Bruce Menard",))),
    ("Fans cheer at the final. Photo: Jane Roe (@janeroe_pics)", ("Jane Roe (@janeroe_pics)", None, ("Jane Roe",))),
])
def test_an_account_after_the_name_is_the_photographers_own(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known organisation's account is the organisation
    ("The mayor spoke on Monday. (Jane Roe/@Reuters)", ("Jane Roe/@Reuters", "Reuters", ("Jane Roe",))),
    # a person the caption names, with their account, is no credit
    ("Supporters cheer for candidate Jane Roe (@janeroe)", None),
    ("Supporters cheer for candidate Jane Roe (@janeroe).", None),
    ("The post by Jane Roe (@janeroe) went viral.", None),
    ("He tweeted on Monday. (@elonmusk)", None),
])
def test_an_account_alone_or_in_a_sentence_stays_as_it_was(text: str, expected: tuple | None) -> None:
    assert read_caption(text) == expected


# --- a credit opening the caption with no separator, or broken over lines ----------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a name as names are printed, the outlet, the caption run on (h14-243, 244, 246)
    ("Tyler Russell / Connecticut Public Bianca Pierce, mother of 12 year old Se'Cret Pierce, was surrounded by family.",
     ("Tyler Russell / Connecticut Public", "Connecticut Public", ("Tyler Russell",))),
    ("Mark Mirko / Connecticut Public U.S. Senate candidate Leora Levy speaks to supporters at her watch party.",
     ("Mark Mirko / Connecticut Public", "Connecticut Public", ("Mark Mirko",))),
    ("Sarah Priestap / Maine Public Lobster boats sit in the harbor in Stonington on a foggy morning.",
     ("Sarah Priestap / Maine Public", "Maine Public", ("Sarah Priestap",))),
    ("Jane Roe/The Press Firefighters battle a blaze on Main Street early Tuesday.",
     ("Jane Roe/The Press", "The Press", ("Jane Roe",))),
])
def test_a_credit_opening_the_caption_ends_where_the_outlet_ends(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the page broke the credit over lines, the slash alone on its line (h14-247), before a copy in brackets (h14-248)
    ("Geno Auriemma celebrates with his team after the win in Bridgeport, March 28, 2022.\nJoe Amon\n/\n"
     "Connecticut Public\nGeno Auriemma celebrates with his team after a double-overtime win.",
     ("Joe Amon\n/\nConnecticut Public", "Connecticut Public", ("Joe Amon",))),
    ("A woman lights a candle for Pope Francis in Hartford. (Ryan Caron King/Connecticut Public)\nRyan Caron King\n/\n"
     "Connecticut Public\nApril 21 — A woman lights a candle for Pope Francis. Read more here.",
     ("Ryan Caron King\n/\nConnecticut Public", "Connecticut Public", ("Ryan Caron King",))),
    ("Crowds gather outside the stadium before the final on Sunday afternoon.\nJane Roe\n|\nReuters\nThe match was "
     "delayed by rain.", ("Jane Roe\n|\nReuters", "Reuters", ("Jane Roe",))),
    # "For" opening the outlet's line (h14-234)
    ("Antonio Masiello\nFor ZUMA Press\nAntonio Masiello's 'European Migrant Crisis,' one of the year's photographs.",
     ("Antonio Masiello\nFor ZUMA Press", "ZUMA Press", ("Antonio Masiello",))),
])
def test_a_credit_broken_over_lines_is_one_credit(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an office before the name: the caption's subject, no photographer
    ("Mayor Jane Roe / City Hall Staff gather for the ceremony", None),
    # a line opening with "for" after a name is the story's sentence, no outlet
    ("The new head of the school board.\nJane Roe\nFor years she taught history at the high school in town.", None),
    # names on lines of their own with no outlet stay no credit
    ("The winners pose after the race in Boston on Monday.\nJane Roe\n/\nJohn Doe\nThe race drew thousands.", None),
])
def test_no_outlet_or_no_name_is_no_opening_or_broken_credit(text: str, expected: tuple | None) -> None:
    assert read_caption(text) == expected


def test_the_photographer_printed_twice_in_a_chain_is_one_person() -> None:
    # h15-089: "A/A for X" names one photographer working for X
    assert read_caption("(Jasu Hu/Jasu Hu for The Washington Post)") == (
        "Jasu Hu/Jasu Hu for The Washington Post", "The Washington Post", ("Jasu Hu",))
    assert read_caption("A view of the harbour. (Jane Roe/Jane Roe/Reuters)") == (
        "Jane Roe/Jane Roe/Reuters", "Reuters", ("Jane Roe",))


# --- one credit printed twice -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # the page's own line opening the text wins over the caption's bracketed copy (h14-027)
    ("Eric Albrecht | Columbus Dispatch\nDeb Dingus hugs her mother at the Works Museum after her walk through "
     "Licking county May 26, 2016..(Dispatch photo by Eric Albrecht)",
     ("Eric Albrecht | Columbus Dispatch", "Columbus Dispatch", ("Eric Albrecht",))),
    # ... or closing it
    ("Crowds line the parade route downtown on Saturday. (Photo by Jane Roe)\nJane Roe/The Daily Ledger via AP",
     ("Jane Roe/The Daily Ledger via AP", "The Daily Ledger", ("Jane Roe",))),
    # the caption printed again after the page's credit line (h14-148)
    ("Christian/ Renato (Cauã Reymond) (Foto: Globo/JOAO COTTA/Divulgação)\nFoto: Globo/JOAO COTTA/Divulgação "
     "Christian/ Renato (Cauã Reymond)", ("Globo/JOAO COTTA/Divulgação", "Globo", ("JOAO COTTA",))),
    # a labelled credit glued to its own copy (h14-120's form)
    ("Фото: Иван ПетровФото: Иван Петров", ("Иван Петров", None, ("Иван Петров",))),
    ("Foto: Jan Nowak/PAPFoto: Jan Nowak/PAP", ("Jan Nowak/PAP", "PAP", ("Jan Nowak",))),
    # the photographer's name repeated with an initial and no period (h14-057)
    ("Local teens watch the first sunrise of summer.   Peter Ackerman, P Ackerman/Staff Photographer",
     ("Peter Ackerman, P Ackerman/Staff Photographer", None, ("Peter Ackerman",))),
])
def test_one_credit_printed_twice_is_read_once(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a line naming only the agency, or only the name, leaves the fuller copy (holdout5's feeds, credits_real's Navy)
    ("COTTBUS, GERMANY - APRIL 12: (Photo by Sean Gallup/Getty Images)\r\nGetty Images\r\nIn recent decades, "
     "extreme weather has laid bare the risk… [+7445 chars]", ("Sean Gallup/Getty Images", "Getty Images", ("Sean Gallup",))),
    ("The new inn at Madison and Cooper is expected to open in spring. (Barney Sellers/The Commercial Appeal)\n\n"
     "Photo by Barney Sellers", ("Barney Sellers/The Commercial Appeal", "The Commercial Appeal", ("Barney Sellers",))),
    # another photographer's credit on a line of its own is another picture's
    ("Jane Roe/The Daily Ledger\nFans cheer at the final on Sunday. (Photo by John Doe/AP)",
     ("John Doe/AP", "AP", ("John Doe",))),
    # a person's two given names with one initial each are two people
    ("The couple at their wedding in June. Photos: Anna Berg, Peter Berg", ("Anna Berg, Peter Berg", None, ("Anna Berg", "Peter Berg"))),
])
def test_a_copy_that_is_no_page_line_stays_the_credit(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


# --- an unlabelled credit closing the caption ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # no full stop before "Name / Paper" (h14-042), "Name, The Paper" or "Name, PAPER" after the last sentence (040, 082)
    ("Three 6 Mafia performs during a concert at Landers Center in Southaven Max Gersh / The Commercial Appeal",
     ("Max Gersh / The Commercial Appeal", "The Commercial Appeal", ("Max Gersh",))),
    ("Courtney Maxwell attends the festival in Downtown Memphis Saturday, Sept. 27, 2019. Ariel Cobbert, The "
     "Commercial Appeal", ("Ariel Cobbert, The Commercial Appeal", "The Commercial Appeal", ("Ariel Cobbert",))),
    ("A reporter sits down with the superintendent. Malcolm Denemark, FLORIDA TODAY",
     ("Malcolm Denemark, FLORIDA TODAY", "FLORIDA TODAY", ("Malcolm Denemark",))),
    # the picture's full date, then the name (054)
    ("Mourners hold a vigil in Asbury Park, NJ on Saturday, February 24, 2018 Doug Hood", ("Doug Hood", None, ("Doug Hood",))),
    # a middle initial (056), two names joined by "&" (055)
    ("The prosecutor spoke at the hearing. Thomas P. Costello", ("Thomas P. Costello", None, ("Thomas P. Costello",))),
    ("Firefighters battle a fire on the boardwalk Saturday, April 13, 2019. Thomas P. Costello & Tariq Zehawi",
     ("Thomas P. Costello & Tariq Zehawi", None, ("Thomas P. Costello", "Tariq Zehawi"))),
    # El Correo's double colon (049), a bar (h15-080), Interia's " /Name /PAP" (185), a surname after " / " (188)
    ("Dos de los cascos, deteriorados por el intenso calor. :: LUIS CALABOR", ("LUIS CALABOR", None, ("LUIS CALABOR",))),
    ("Painted Bunting at Bayou Teche National Wildlife Refuge | Christine Flores",
     ("Christine Flores", None, ("Christine Flores",))),
    ("Zdjęcie Kibice Legii Warszawa w dymie rac na trybunach /Bartłomiej Zborowski /PAP",
     ("Bartłomiej Zborowski /PAP", "PAP", ("Bartłomiej Zborowski",))),
    ("Zdjęcie Prezydent Andrzej Duda i szef Rady Europejskiej Donald Tusk /Jacek Turczyk /PAP",
     ("Jacek Turczyk /PAP", "PAP", ("Jacek Turczyk",))),
    ("Sánchez y Dolado en la entrega de premios. / Michelena", ("Michelena", None, ("Michelena",))),
])
def test_an_unlabelled_credit_closing_the_caption_is_read(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


@pytest.mark.parametrize("text", [
    # a person the caption names, closing it, is its subject
    "It was a good day for the town, said Mayor Jane Roe",
    "The council met on Monday with Jane Roe & Partners",
    "Supporters gathered to hear Jane Roe, The Beatles",
    # a list's items, a gallery's count, a file word after the slash
    "Reference Photo | Clock-In Selfie | Clock-Out Selfie",
    "Gallery: Xbox One X | 14 Photos",
    "La entrega de premios. / Archivo",
    # a slash glued to a word inside the sentence
    "Kibice Legii /Warszawa na trybunach",
])
def test_a_name_or_word_closing_the_caption_that_is_no_credit_stays_none(text: str) -> None:
    assert read_caption(text) is None
