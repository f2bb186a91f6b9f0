"""Rules for the shapes holdout12 missed, stated generally (issue 14, credits-h12).

Each rule is tried on real lines of other pages and files than the table's (cited in a comment: a
page's address, or the code corpus's file id), on the table rows it reads (their ids), and on text
that looks like it but prints no credit.
"""

from __future__ import annotations

import pytest

from tests.helpers.credit_reading import read_caption as _read

# --- "courtesy of" after a picture word of another language ("Foto cortesía de"), a link with its title, a use note ---

A_PICTURE_WORD_BEFORE_COURTESY_IN_MORE_LANGUAGES = [
    # a club's history page, its pictures' captions (code corpus file id 66455677677)
    ("El profesor Francisco Rodríguez, pionero en la enseñanza del voleibol ese mismo año, aparece junto a los jóvenes "
     "aprendices. (Foto cortesía de Miriam Quiroga).", ("Foto cortesía de Miriam Quiroga", None, ("Miriam Quiroga",))),
    # a blog post's opening, a Markdown link with its title (code corpus file id 20039612905)
    ('Foto cortesía de [Freeimages.](http://www.freeimages.com/photo/1043303 "Freeimages")\n\n¿Manejas algún listado de '
     "clientes?", ("Foto cortesía de Freeimages", "Freeimages", ())),
    ('Foto cortesía de [Freeimages](http://www.freeimages.com/photo/649206 "Freeimages")',
     ("Foto cortesía de Freeimages", "Freeimages", ())),  # h12-134
    # a family-history site's picture list (code corpus file id 58517519628): the clause after ";" is a use note
    ("Foto cortesía de Miquel Rosselló, vía Balearspotting; permiso de reproducción pendiente de confirmar.",
     ("Foto cortesía de Miquel Rosselló, vía Balearspotting", "Balearspotting", ("Miquel Rosselló",))),  # h12-133
]

NO_COURTESY_CREDIT = [
    # a page template's field with its value left out (code corpus file id 28300346481) or its link only (53862295511)
    "Foto cortesía de: {location.state.user}",
    "Foto cortesía de:",
    "Photo courtesy of:",
    "_Foto cortesía de:_ (http://www.flickr.com/photos/rmgimages/4882451468/)",
]


@pytest.mark.parametrize(("text", "expected"), A_PICTURE_WORD_BEFORE_COURTESY_IN_MORE_LANGUAGES)
def test_a_picture_word_of_another_language_opens_a_courtesy_credit(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", NO_COURTESY_CREDIT)
def test_courtesy_words_without_a_name_make_no_credit(text: str) -> None:
    assert _read(text) is None


def test_a_use_note_after_a_semicolon_is_no_part_of_the_line_but_a_second_credit_is() -> None:
    assert _read("A bridge. Photo: Jane Roe/AP; used with permission.") == ("Jane Roe/AP", "AP", ("Jane Roe",))
    # a credit after the semicolon names someone: it stays ("Name; photographs by Getty Images", credits_real)
    assert _read("Michael Houtz; photographs by Getty Images") == (
        "Michael Houtz; photographs by Getty Images", "Getty Images", ("Michael Houtz",))
