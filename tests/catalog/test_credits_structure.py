"""Credits told by the caption's structure, not its words: where a trailing label's credit stands, a gallery's
counter, glued text, an organisation printed like a person, a credit's extent (issue 14, holdout13's misses)."""

from __future__ import annotations

import pytest

from catalog.credits.captions import find_credit
from tests.helpers.credit_reading import read_caption as _read


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
    found = find_credit(text)
    assert (found.credit.credit_line, found.credit.agency, found.credit.photographers) == (line, agency, photographers)
    assert found.rest == rest


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
