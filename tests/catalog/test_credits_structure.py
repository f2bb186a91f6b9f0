"""Credits told by the caption's structure, not its words: where a trailing label's credit stands, a gallery's
counter, glued text, an organisation printed like a person, a credit's extent (issue 14, holdout13's misses)."""

from __future__ import annotations

import pytest

from catalog.credits.captions import find_credit
from tests.helpers.credit_reading import read_caption as _read


def _reading_and_rest(text: str) -> tuple[tuple, str]:
    """(credit line, agency, photographers) of the credit found in ``text``, and the caption left without it."""
    found = find_credit(text)
    return (found.credit.credit_line, found.credit.agency, found.credit.photographers), found.rest


@pytest.mark.parametrize("text, line, agency, photographers, rest", [
    # the caption's own slash before the credit and its trailing label (h13-002)
    ("Vilniaus Bernardinų kapinės / Gretos Skaraitienės / BNS nuotr.", "Gretos Skaraitienės / BNS", "BNS",
     ("Gretos Skaraitienės",), "Vilniaus Bernardinų kapinės"),
    ("Protestas prie Seimo | Jono Jonaičio / ELTA nuotr.", "Jono Jonaičio / ELTA", "ELTA", ("Jono Jonaičio",),
     "Protestas prie Seimo"),
    # the credit and its label opening the caption, the caption after a slash or a line break (h13-003)
    ("Gretos Skaraitienės / BNS nuotr./Vilniaus kapines užliejo jūra", "Gretos Skaraitienės / BNS", "BNS",
     ("Gretos Skaraitienės",), "Vilniaus kapines užliejo jūra"),
    ("Jono Jonaičio nuotrauka\nMitingas prie Seimo", "Jono Jonaičio", None, ("Jono Jonaičio",), "Mitingas prie Seimo"),
    # the organisation in quotes, and a quoted title in the caption before it (h13-004)
    ("Lee Ann Olwage „Valim Babena“ / „World Press Photo“ nuotr.", "„World Press Photo“", "World Press Photo", (),
     "Lee Ann Olwage „Valim Babena“"),
    ("Premjerė Vilniuje. „BNS“ nuotr.", "„BNS“", "BNS", (), "Premjerė Vilniuje."),
])
def test_trailing_label_wherever_the_credit_stands(text, line, agency, photographers, rest):
    assert _reading_and_rest(text) == ((line, agency, photographers), rest)


@pytest.mark.parametrize("text", [
    "Tai buvo padaryta nuotr./Vilniaus kapinės",  # a sentence's lower-case words before the label
    "Vilniaus kapinės / buvo padaryta nuotr.",
])
def test_trailing_label_after_a_sentence_is_no_credit(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, reading", [
    ("1/15 (Reuters)", ("Reuters", "Reuters", ())),  # h13-066
    ("2/15 (Reuters)\nO primeiro-ministro dissolveu a câmara baixa.", ("Reuters", "Reuters", ())),  # h13-067
    ("3 of 12 (AP)\nCrowds gather in the square.", ("AP", "AP", ())),
    ("A storm hits the coast.\n4/20 (AFP)", ("AFP", "AFP", ())),
])
def test_gallery_counter_opening_a_line(text, reading):
    assert _read(text) == reading


@pytest.mark.parametrize("text", [
    "12/5 (Reuters)",  # a number above the total: a date, no counter
    "1/250 (Reuters)",  # a shutter speed
])
def test_no_counter_no_credit(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, reading, rest", [
    # a name in capitals, a slash and the outlet, the caption run on after it (h13-008)
    ("ALDEN WILLIAMS/The Press Flaxton farmer Rodney Beck goes into the Toby box.",
     ("ALDEN WILLIAMS/The Press", "The Press", ("ALDEN WILLIAMS",)), "Flaxton farmer Rodney Beck goes into the Toby box."),
    ("KEVIN STENT/The Dominion Post Wellington commuters wait for trains.",
     ("KEVIN STENT/The Dominion Post", "The Dominion Post", ("KEVIN STENT",)), "Wellington commuters wait for trains."),
    ("JANE ROE/Reuters Protesters march through the city.",
     ("JANE ROE/Reuters", "Reuters", ("JANE ROE",)), "Protesters march through the city."),
])
def test_unlabelled_credit_opening_the_caption(text, reading, rest):
    assert _reading_and_rest(text) == (reading, rest)


@pytest.mark.parametrize("text", [
    "PRIME MINISTER/The Press Office said on Monday that the talks went well.",  # an office, not a name
    "LOS ANGELES/The Times Union reported on Monday that the talks went well.",  # a dateline's place
])
def test_capitals_before_a_slash_that_name_no_one(text):
    found = find_credit(text)
    assert found is None or not found.credit.photographers


@pytest.mark.parametrize("text, reading, rest", [
    # a caption's last words (a name) run into the photographer's name (h13-025)
    ("Jamie DimonTom Williams/CQ-Roll Call, Inc via Getty Images\nThe bank's chief spoke on Monday.",
     ("Tom Williams/CQ-Roll Call, Inc via Getty Images", "CQ-Roll Call, Inc", ("Tom Williams",)),
     "Jamie Dimon\nThe bank's chief spoke on Monday."),
    ("Bank chief Jamie DimonTom Williams/CQ-Roll Call, Inc via Getty Images",
     ("Tom Williams/CQ-Roll Call, Inc via Getty Images", "CQ-Roll Call, Inc", ("Tom Williams",)), "Bank chief Jamie Dimon"),
])
def test_caption_run_into_the_photographer(text, reading, rest):
    assert _reading_and_rest(text) == (reading, rest)


@pytest.mark.parametrize("text, reading", [
    ("Mary FitzGerald/AP", ("Mary FitzGerald/AP", "AP", ("Mary FitzGerald",))),  # a capital inside a surname
    ("The singer. Jane McDonald/Reuters", ("Jane McDonald/Reuters", "Reuters", ("Jane McDonald",))),
    # a world wire run into the name in capitals before the distributor (h13-069), as printed in the line
    ("(Photo credit should read KOEN VAN WEELAFP via Getty Images)",
     ("KOEN VAN WEELAFP via Getty Images", "AFP", ("KOEN VAN WEEL",))),
    ("(Photo credit should read JOHN THYSEPA via Getty Images)", ("JOHN THYSEPA via Getty Images", "EPA", ("JOHN THYS",))),
    # a name ending in letters of no world wire stays whole
    ("(Photo credit should read ALEX ACOSTA via Getty Images)",
     ("ALEX ACOSTA via Getty Images", "Getty Images", ("ALEX ACOSTA",))),
])
def test_glued_names_and_wires(text, reading):
    assert _read(text) == reading


@pytest.mark.parametrize("text", [
    "William Loeffler/RiverTown Multimedia",  # h13-068: a capital inside an outlet's first word is no glue point
    "The winners. William Loeffler/RiverTown Multimedia",
])
def test_camel_case_outlet_is_not_cut(text):
    found = find_credit(text)
    assert found is None or found.credit.agency != "Town Multimedia" and "River" not in found.rest
