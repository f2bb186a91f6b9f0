"""Rules for the shapes holdout9 missed, stated generally (issue 14, credits-h9).

Each rule is tried on real lines of other pages and files than the table's (cited in a comment: a
page's address, or the code corpus's file id), on the table rows it reads, and on text that looks
like it but prints no credit.
"""

from __future__ import annotations

import pytest

from catalog.credits.code_strings import field_strings
from tests.helpers.credit_reading import read_caption as _read

# --- a caption printed as a field of code or data: the string is the caption ------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # ESPN's news feed in a project's API docs (code corpus file id 58634049233)
    ('          "credit": "AP Photo/Jeffrey T. Barnes",', ("AP Photo/Jeffrey T. Barnes", "AP", ("Jeffrey T. Barnes",))),
    # a travel site's data (code corpus file id 69244030807)
    ("    credit: 'Photo: Rod Waddington / Wikimedia Commons',",
     ("Rod Waddington / Wikimedia Commons", "Wikimedia Commons", ("Rod Waddington",))),
    # a flower site's data (code corpus file id 67522260652)
    ("    credit: 'Photo: Lye Clicks / Unsplash',", ("Lye Clicks / Unsplash", "Unsplash", ("Lye Clicks",))),
    # a build script's template value (code corpus file id 30500198872)
    ("\t\t\tphotoCredit: 'Photo: Jennie Werner'", ("Jennie Werner", None, ("Jennie Werner",))),
    ('"credit": "Kirby Lee-Imagn Images"', ("Kirby Lee-Imagn Images", "Imagn Images", ("Kirby Lee",))),  # h9-070
    ("credit: 'Photograph: Alamy'", ("Alamy", "Alamy", ())),  # h9-161
    ('alt="A man holds a child" title="Photo: WFP/Ali Jadallah"', ("WFP/Ali Jadallah", "WFP", ("Ali Jadallah",))),  # h9-088
    ("altFr={`Crédits photo : Marie Alauzen`}", ("Marie Alauzen", None, ("Marie Alauzen",))),  # h9-126
    ('"ChatGPT wrote it — here’s "\n        "yours. Photo illustration by Ryan Haskins"',  # h9-160: one string in two
     ("Photo illustration by Ryan Haskins", None, ("Ryan Haskins",))),
])
def test_a_fields_string_is_the_caption(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    'He said: "Photo: Jane Roe took it", and left.',  # a quote in a sentence runs on after its quote
    "It's the team's 'Photo: day' again",  # apostrophes, no field
    'Jane Roe "AP" photographed the fire',
])
def test_a_quote_in_a_sentence_is_no_field(text: str) -> None:
    assert field_strings(text) is None


def test_a_field_holding_no_credit_gives_none() -> None:
    assert _read('"caption": "A man walks his dog in the park",') is None
