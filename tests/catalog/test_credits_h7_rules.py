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


# --- who a party is: the source after "Divulgação", a body handing a picture out, a brand of digits and a word ---------


@pytest.mark.parametrize(("text", "expected"), [
    # after "Divulgação" (handed out) the name closing the credit is the source that handed it out (docs/credit-tables.md)
    ("O jogo chega em março (Foto: Divulgação/Riot Games)", ("Divulgação/Riot Games", "Riot Games", ())),  # h7-006
    ("Foto: Divulgação/Acme Filmes", ("Divulgação/Acme Filmes", "Acme Filmes", ())),
    # a photographer named before that source stays the photographer
    ("Foto: Divulgação/Lance Skundrich/Riot Games", ("Divulgação/Lance Skundrich/Riot Games", "Riot Games",
                                                     ("Lance Skundrich",))),
    # "Handout" after a name: a body hands a picture out, a person does not
    ("Photograph: Blue Origin Handout/EPA", ("Blue Origin Handout/EPA", "Blue Origin", ())),  # h7-102
    ("Acme Rockets Handout via Reuters", ("Acme Rockets Handout via Reuters", "Acme Rockets", ())),
    # an outlet's brand of digits and a word in lower case, as no person's name is printed
    ("Foto: Ivan Hruškovec/24sata", ("Ivan Hruškovec/24sata", "24sata", ("Ivan Hruškovec",))),  # h7-162
    ("Jane Roe/20minutes", ("Jane Roe/20minutes", "20minutes", ("Jane Roe",))),
])
def test_who_a_party_is(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after "Reprodução" (a copy) a name in full is the person whose picture was copied
    ("Veja como mudar a pasta (Foto: Reprodução/Jane Roe)", ("Reprodução/Jane Roe", None, ("Jane Roe",))),
])
def test_a_copy_names_a_person(text: str, expected: tuple) -> None:
    assert _read(text) == expected



# --- a name printed in lower case, before a known agency ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("jim watson/Agence France-Presse/Getty Images",  # h7-086
     ("jim watson/Agence France-Presse/Getty Images", "AFP", ("jim watson",))),
    ("Фото: lan deng / Unsplash", ("lan deng / Unsplash", "Unsplash", ("lan deng",))),  # h7-219
    ("Photo: jane roe/Reuters", ("jane roe/Reuters", "Reuters", ("jane roe",))),
    # a phrase of the caption is no name: its function words show it
    ("Photo: in the morning / Unsplash", ("Unsplash", "Unsplash", ())),
])
def test_a_lower_case_name_before_a_known_agency(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "the river at dawn/Reuters",  # a phrase without a name's shape before a wire, no label
    "They met at dawn/Reuters",
    "jane roe/acme widgets",  # no known agency after the name
])
def test_lower_case_words_before_a_slash_are_no_credit(text: str) -> None:
    assert _read(text) is None


# --- a broadcaster in lower case after its first word (Czech, Slovak: "rozhlas", radio; "televize", television) --------


@pytest.mark.parametrize(("text", "expected"), [
    ("Vítěz soutěže | Foto: Tomáš Černý, Český rozhlas",  # h7-031
     ("Tomáš Černý, Český rozhlas", "Český rozhlas", ("Tomáš Černý",))),
    ("Foto: Jana Nováková, Česká televize", ("Jana Nováková, Česká televize", "Česká televize", ("Jana Nováková",))),
    ("Foto: Jan Novák, Slovenský rozhlas", ("Jan Novák, Slovenský rozhlas", "Slovenský rozhlas", ("Jan Novák",))),
    # two people after a comma stay two people
    ("Foto: Jan Novák, Jana Nováková", ("Jan Novák, Jana Nováková", None, ("Jan Novák", "Jana Nováková"))),
])
def test_a_broadcaster_named_in_sentence_case(text: str, expected: tuple) -> None:
    assert _read(text) == expected
