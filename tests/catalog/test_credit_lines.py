"""Credits printed as a line of their own or as one field of a structured run (issue 14, held-out lines).

Each rule is tested on real lines from ``data/credits_holdout.tsv`` and ``data/credits_real.tsv``
and on lines that must not become a credit.
"""

from __future__ import annotations

import pytest

from catalog.credits.captions import find_credit


def _read(caption: str) -> tuple[str | None, str | None, tuple[str, ...]] | None:
    found = find_credit(caption)
    if found is None or found.credit.credit_line is None:
        return None
    return found.credit.credit_line, found.credit.agency, found.credit.photographers


@pytest.mark.parametrize(("caption", "expected"), [
    ("Tekst: Hélène Andersen Foto: Jørgen Gomnæs Styling: Vanessa Rudjord\nHår og Makeup: Agnes Gulbrandsen",
     ("Jørgen Gomnæs", None, ("Jørgen Gomnæs",))),
    ("«Av: Redaksjonen Foto: Jørgen Gomnes»", ("Jørgen Gomnes", None, ("Jørgen Gomnes",))),
    ("A big fire in Kyiv, Ukraine, 20 March 2022. EPA/ATEF SAFADI FOTO: ATEF SAFADI",
     ("EPA/ATEF SAFADI", "EPA", ("ATEF SAFADI",))),
    # which picture a credit is names no new field
    ("Photos: Top: Jane Roe/AP; Bottom: John Doe/AP", ("Top: Jane Roe/AP; Bottom: John Doe/AP", "AP",
                                                       ("Jane Roe", "John Doe"))),
])
def test_a_labels_value_ends_at_the_next_field(caption: str, expected: tuple) -> None:
    assert _read(caption) == expected
