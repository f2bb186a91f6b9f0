"""A credit's parts and extent (holdout14 and holdout15 misses, stated generally): what belongs to the credit, and
which part is whom.

Each rule is tried on the table rows it reads (their ids), on lines of the same grammar, and on text that looks like
it but must read as before.
"""

from __future__ import annotations

import pytest

from tests.helpers.credit_reading import read_caption as _read

# --- a desk's marker or restriction note after the credit ends it -------------------------------------------------

DESK_NOTES_AFTER_THE_CREDIT = [
    # h14-201: EPA's marker before the picture's original caption or its job number
    ("A general view of Chilean Calbuco volcano from Puerto Montt, Chile, 22 April 2015. EPA/ALEX VIDAL BRECAS "
     "*** Local Caption *** 51900788", ("EPA/ALEX VIDAL BRECAS", "EPA", ("ALEX VIDAL BRECAS",))),
    ("Fans cheer in Madrid. EPA/JUAN CARLOS HIDALGO *** Local Caption *** Aficionados celebran en Madrid",
     ("EPA/JUAN CARLOS HIDALGO", "EPA", ("JUAN CARLOS HIDALGO",))),
    ("Fans cheer in Madrid. EPA/JUAN CARLOS HIDALGO ***Local Caption*** 00345612",
     ("EPA/JUAN CARLOS HIDALGO", "EPA", ("JUAN CARLOS HIDALGO",))),
    # restrictions in sentence or title case after the credit, alone, after a dash or a full stop, stacked
    ("Fans cheer in Madrid. Jane Roe/Shutterstock Editorial use only", ("Jane Roe/Shutterstock", "Shutterstock", ("Jane Roe",))),
    ("Fans cheer in Madrid. Photo: Jane Roe/Reuters Mandatory Credit", ("Jane Roe/Reuters", "Reuters", ("Jane Roe",))),
    ("Fans cheer in Madrid. Photo: Jane Roe/Reuters - Mandatory Credit", ("Jane Roe/Reuters", "Reuters", ("Jane Roe",))),
    ("Fans cheer in Madrid. Jane Roe/REX/Shutterstock Editorial Use Only. No Book Publishing",
     ("Jane Roe/REX/Shutterstock", "Shutterstock", ("Jane Roe",))),
    # in capitals after a dash, as AFP and Getty print them
    ("Fans cheer in Madrid. JANE ROE/AFP/Getty Images - RESTRICTED TO EDITORIAL USE",
     ("JANE ROE/AFP/Getty Images", "AFP", ("JANE ROE",))),
    ("Fans cheer in Madrid. JANE ROE/AFP/Getty Images - EDITORIAL USE ONLY", ("JANE ROE/AFP/Getty Images", "AFP", ("JANE ROE",))),
]

NO_DESK_NOTE = [
    # the restriction's words in lower case are the caption's own
    ("The shop in Madrid made no sales", None),
    ("Fans cheer in Madrid. EPA/JUAN CARLOS HIDALGO", ("EPA/JUAN CARLOS HIDALGO", "EPA", ("JUAN CARLOS HIDALGO",))),
]


@pytest.mark.parametrize(("text", "expected"), DESK_NOTES_AFTER_THE_CREDIT + NO_DESK_NOTE)
def test_a_desk_marker_or_restriction_note_ends_the_credit(text: str, expected: tuple | None) -> None:
    assert _read(text) == expected


def test_the_desk_marker_and_the_note_after_it_leave_the_caption() -> None:
    from catalog.credits.captions import find_credit

    found = find_credit("Fans cheer in Madrid. EPA/JUAN CARLOS HIDALGO *** Local Caption *** 00345612")
    assert found.rest == "Fans cheer in Madrid."


# --- a place and a year after a dash: where and when the picture was taken --------------------------------------

PLACE_AND_YEAR = [
    # h15-044
    ("U poddruhu T. s. troosti se červená skvrna za okem nevyskytuje. Foto: Tomáš Holer - Berounka, 2017.",
     ("Tomáš Holer - Berounka, 2017", None, ("Tomáš Holer",))),
    ("Foto: Jan Novák - Praha, 2019", ("Jan Novák - Praha, 2019", None, ("Jan Novák",))),
    ("Foto: Jan Novák – Saint-Denis, 2019", ("Jan Novák – Saint-Denis, 2019", None, ("Jan Novák",))),
]

NOT_A_PLACE_AND_YEAR = [
    # a known agency and its year: the agency
    ("Foto: Jan Novák - Reuters, 2019", ("Jan Novák - Reuters, 2019", "Reuters", ("Jan Novák",))),
    ("Photo: Jane Roe - Getty Images, 2019", ("Jane Roe - Getty Images, 2019", "Getty Images", ("Jane Roe",))),
    # a date after the dash is no place (holdout10's NASA line)
    ("Photo: NASA/Jim Grossmann - August 28, 2009", ("NASA/Jim Grossmann", "NASA", ("Jim Grossmann",))),
    # no year: the organisation after the dash stays the agency
    ("Photo: Jane Roe - Ocean Conservancy", ("Jane Roe - Ocean Conservancy", "Ocean Conservancy", ("Jane Roe",))),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_AND_YEAR + NOT_A_PLACE_AND_YEAR)
def test_a_place_and_year_after_a_dash_name_no_party(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- " // " between two credits ---------------------------------------------------------------------------------

DOUBLE_SLASH = [
    # h15-124: a composite picture's two credits, a NewsAPI item with the story glued on
    ("A fire broke out at Tesla's Fremont Factory Monday night.Steve Granitz/FilmMagic // Stephen Lam /Reuters\r\n"
     "<ul><li>Tesla's Fremont, California, plant suffered a 2-alarm commercial fire Monday evening.… [+2263 chars]",
     ("Steve Granitz/FilmMagic // Stephen Lam /Reuters", None, ("Steve Granitz", "Stephen Lam"))),
    ("The two leaders. Jane Roe/AFP via Getty Images // John Doe/Reuters",
     ("Jane Roe/AFP via Getty Images // John Doe/Reuters", None, ("Jane Roe", "John Doe"))),
    ("The two leaders. Jane Roe/AFP // John Doe/AFP", ("Jane Roe/AFP // John Doe/AFP", "AFP", ("Jane Roe", "John Doe"))),
]

ONE_CREDIT_WITH_A_DOUBLE_SLASH = [
    ("The two leaders. Jane Roe // AFP", ("Jane Roe // AFP", "AFP", ("Jane Roe",))),
    ("The two leaders. Photo: Jane Roe // AFP", ("Jane Roe // AFP", "AFP", ("Jane Roe",))),
]


@pytest.mark.parametrize(("text", "expected"), DOUBLE_SLASH + ONE_CREDIT_WITH_A_DOUBLE_SLASH)
def test_a_double_slash_between_two_chains_sets_two_credits_apart(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- a name before a bracketed agency chain ---------------------------------------------------------------------

NAME_BEFORE_BRACKETED_CHAIN = [
    # h15-028: a stock contributor's user name, El País's and Público's form
    ("KanawatTH (Getty Images/iStockphoto)", ("KanawatTH (Getty Images/iStockphoto)", "Getty Images", ("KanawatTH",))),
    ("John Smith (Getty Images/iStockphoto)", ("John Smith (Getty Images/iStockphoto)", "Getty Images", ("John Smith",))),
    ("A field at dawn. John Smith (Getty Images/iStockphoto)",
     ("John Smith (Getty Images/iStockphoto)", "Getty Images", ("John Smith",))),
    ("A field at dawn.\npatat (Getty Images/iStockphoto)", ("patat (Getty Images/iStockphoto)", "Getty Images", ("patat",))),
    ("Aficionados en el estadio, Madrid. Juan Pérez (EFE/Agencias)", ("Juan Pérez (EFE/Agencias)", "EFE", ("Juan Pérez",))),
]

NO_NAME_BEFORE_THE_BRACKET = [
    # the caption's own words before the bracket: a sentence, a single word, a place
    ("A field at dawn. Sunset (Getty Images/iStockphoto)", ("Getty Images/iStockphoto", "Getty Images", ())),
    ("Barack Obama speaks in Chicago (Getty Images/iStockphoto)", ("Getty Images/iStockphoto", "Getty Images", ())),
    ("New York City (Getty Images/iStockphoto)", ("Getty Images/iStockphoto", "Getty Images", ())),
    ("A field at dawn (Getty Images/iStockphoto)", ("Getty Images/iStockphoto", "Getty Images", ())),
    # a labelled bracket is the credit whole (holdout6's "AFGHANISTAN, Kabul (Photo: Reuters)")
    ("AFGHANISTAN, Kabul (Photo: Reuters)", ("Reuters", "Reuters", ())),
]


@pytest.mark.parametrize(("text", "expected"), NAME_BEFORE_BRACKETED_CHAIN + NO_NAME_BEFORE_THE_BRACKET)
def test_a_name_before_a_bracketed_agency_chain_is_the_photographer(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- what kind of picture, and a reproduced work's title, in a chain ---------------------------------------------

PICTURE_KIND_AND_REPRODUCED_TITLE = [
    # h15-248 as plain text: after the bar, what kind of picture it is (a file illustration), no party
    ("Foto: REUTERS/Dado Ruvic | Ilustração de arquivo", ("REUTERS/Dado Ruvic | Ilustração de arquivo", "Reuters", ("Dado Ruvic",))),
    ("Foto: REUTERS/Dado Ruvic | Foto de arquivo", ("REUTERS/Dado Ruvic | Foto de arquivo", "Reuters", ("Dado Ruvic",))),
    # h15-248 itself: an OCR fixture's code tuple, the noun misread ("arquivc"), still a noun in lower case
    ('"credit": [("Foto: REUTERS/Dado Ruvic | Ilustração de arquivc", (91, 1310, 634, 1329))],',
     ("REUTERS/Dado Ruvic | Ilustração de arquivc", "Reuters", ("Dado Ruvic",))),
    ("Foto: REUTERS/Dado Ruvic/Ilustración de archivo", ("REUTERS/Dado Ruvic/Ilustración de archivo", "Reuters", ("Dado Ruvic",))),
    # h15-193: a study reproduced, its title (with a colon and a subtitle in lower case) between the word and the source
    ("Mapa da localização dos principais parques urbanos do Recife. De 13 existentes, 11 estão localizados na Zona Norte "
     "e outros dois na Zona Sul. - Foto: Reprodução/Áreas Verdes Urbanas E (In)Justiça Socioespacial: um estudo sobre os "
     "Parques Urbanos do Recife/IFPE.",
     ("Reprodução/Áreas Verdes Urbanas E (In)Justiça Socioespacial: um estudo sobre os Parques Urbanos do Recife/IFPE",
      "IFPE", ())),
    ("Foto: Reprodução/Um estudo sobre os parques/IFPE", ("Reprodução/Um estudo sobre os parques/IFPE", "IFPE", ())),
    ("Foto: Reproducción/Un estudio sobre los parques: informe anual/Universidad de Sevilla",
     ("Reproducción/Un estudio sobre los parques: informe anual/Universidad de Sevilla", "Universidad de Sevilla", ())),
]

NO_PICTURE_KIND_NOR_TITLE = [
    # a capitalised name after the preposition is a party's
    ("Foto: REUTERS/Dado Ruvic | Foto de Agência Brasil",
     ("REUTERS/Dado Ruvic | Foto de Agência Brasil", "Foto de Agência Brasil", ("Dado Ruvic",))),
    # a person's picture copied, a name with particles: no title
    ("Foto: Reprodução/Edivaldo Brito/Facebook", ("Reprodução/Edivaldo Brito/Facebook", "Facebook", ("Edivaldo Brito",))),
    # ... an archive's name with "das"/"dos" is a body (the archive of the Little Sisters of the Poor), no person: the
    # first organisation of the chain that carries no others' pictures, as "Reprodução/Youtube/Câmara dos Deputados"
    ("Foto: Reprodução/Arquivo das Irmãs dos Pobres/Facebook",
     ("Reprodução/Arquivo das Irmãs dos Pobres/Facebook", "Arquivo das Irmãs dos Pobres", ())),
    # a field after the chain, its value capitalised, still ends the credit
    ("Foto: Reprodução/Edivaldo Brito, Styling: Jane Roe/Agency", ("Reprodução/Edivaldo Brito", None, ("Edivaldo Brito",))),
]


@pytest.mark.parametrize(("text", "expected"), PICTURE_KIND_AND_REPRODUCED_TITLE + NO_PICTURE_KIND_NOR_TITLE)
def test_a_picture_kind_or_a_reproduced_title_names_no_party(text: str, expected: tuple) -> None:
    assert _read(text) == expected


# --- an outlet's initials after a photographer's full name --------------------------------------------------------

NAME_THEN_OUTLET_INITIALS = [
    # h15-168: a review's picture, the site's owner by its initials
    ("<figcaption><span>Devindra Hardawar/AOL</span>\n                </figcaption>",
     ("Devindra Hardawar/AOL", "AOL", ("Devindra Hardawar",))),
    ("The new laptop on a desk. Devindra Hardawar/AOL", ("Devindra Hardawar/AOL", "AOL", ("Devindra Hardawar",))),
    ("The TCP/IP stack on the board. John Doe/IBM", ("John Doe/IBM", "IBM", ("John Doe",))),
]

NO_OUTLET_INITIALS = [
    ("AC/DC", None),
    ("The band on stage. Angus Young/AC/DC", None),
    ("The store is open 24/7", None),
    ("The pay deal w/o raises", None),
    ("He left the UK/EU talks", None),
    # a role or a country after the name says what or where the person is
    ("The new chief. Jane Smith/CEO", None),
    ("The summit. Jane Smith/USA", None),
]


@pytest.mark.parametrize(("text", "expected"), NAME_THEN_OUTLET_INITIALS + NO_OUTLET_INITIALS)
def test_an_outlets_initials_after_a_full_name_and_a_slash_close_the_credit(text: str, expected: tuple | None) -> None:
    assert _read(text) == expected


# --- speed: a sentence no label can open is not read for a labelled credit -------------------------------------

def test_may_be_labelled_holds_for_every_labelled_reading_of_the_tables() -> None:
    """``may_be_labelled`` is a necessary condition: every sentence and line of the tables' texts, of the length
    several.py reads, that reads as a labelled credit passes it (several.py skips reading the others)."""
    from pathlib import Path

    from catalog.credits.parsing import may_be_labelled, read_credit

    texts = set()
    for table in sorted((Path(__file__).parent / "data").glob("credits*.tsv")):
        for line in table.read_text(encoding="utf-8").split("\n")[1:]:
            cells = line.split("\t")
            if len(cells) > 2 and not line.startswith("#"):
                text = (cells[1] if len(cells) >= 9 else cells[0]).replace("\\n", "\n").replace("\\r", "")
                texts.update(part for block in text.split("\n") for part in block.split(". ") if 3 <= len(part) <= 160)
    labelled = [text for text in texts if (reading := read_credit(text)) is not None and reading.labelled]
    assert len(labelled) > 1000
    assert [text for text in labelled if not may_be_labelled(text)] == []
