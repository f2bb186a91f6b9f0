"""Rules for the shapes holdout7 missed, stated generally (issue 14, credits-h7).

Each rule is tried on a small case of its own, on the table rows it reads (cited by id), and on text
that looks like it but prints no credit.
"""

from __future__ import annotations

import pytest

from tests.helpers.credit_reading import read_caption as _read

# --- labels: a camera emoji, NYT's "Credit" glued to the name, French "Photo Paper /Name" ------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a camera emoji stands for "Photo:" in social posts
    ("The new dome at dawn.\n📷 Jane Roe/Reuters", ("Jane Roe/Reuters", "Reuters", ("Jane Roe",))),
    ("📷: Jane Roe", ("Jane Roe", None, ("Jane Roe",))),
    ("the biggest eye on the sky!\n📷 ESO/J. C. Muñoz-Mateos", ("ESO/J. C. Muñoz-Mateos", "ESO", ("J. C. Muñoz-Mateos",))),  # h7-045
    # NYT's "Credit" glued to the photographer's name where the page's markup was flattened
    ("The senator spoke on Monday. CreditJane Roe/The New York Times",
     ("Jane Roe/The New York Times", "The New York Times", ("Jane Roe",))),
    ("as other advertisers were refusing to do so. CreditKenny Holston/The New York Times",  # h7-167
     ("Kenny Holston/The New York Times", "The New York Times", ("Kenny Holston",))),
    # a French regional paper's "Photo Progrès /Name": the paper's one word, a slash, the photographer's full name
    ("Le maire a inauguré la salle.  Photo Progrès /Régis TABOURET",  # h7-122
     ("Progrès /Régis TABOURET", "Progrès", ("Régis TABOURET",))),
    ("La fête du village. Photo Dauphiné /Jean Dupont", ("Dauphiné /Jean Dupont", "Dauphiné", ("Jean Dupont",))),
])
def test_a_label_of_another_shape_opens_the_credit(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Nice day at the beach 📷",  # the emoji closing a sentence labels nothing
    "📷 sunset at the beach with friends",  # nor before words of the caption
    "Creditors met in Athens on Monday.",  # a word that begins with "Credit"
    "Photo Gallery/Slideshow",  # one word after the slash: a menu, no name
])
def test_text_like_those_labels_is_no_credit(text: str) -> None:
    assert _read(text) is None
