"""Credits by their structure: labels that open a caption, names printed surname first.

The lines come from ``data/credits_holdout3.tsv`` (ids in comments) and variants with other
names, outlets and places; the negative cases look like the form but print no credit.
"""

from __future__ import annotations

import pytest

from catalog.credits.captions import find_credit


def _read(text: str) -> tuple[str | None, str | None, tuple[str, ...]] | None:
    found = find_credit(text)
    if found is None or found.credit.credit_line is None:
        return None
    return found.credit.credit_line, found.credit.agency, found.credit.photographers


@pytest.mark.parametrize(("text", "expected"), [
    # holdout3-61: a community paper's "Photo submitted by" opens the caption
    ("Photo submitted by Rachel Anselmo\n\nStudents throw caps into the air.",
     ("Rachel Anselmo", None, ("Rachel Anselmo",))),
    ("The team after the final.\nPhoto submitted by Ole Hansen", ("Ole Hansen", None, ("Ole Hansen",))),
    ("Volunteers at the fair. Photos submitted by Ana Ruiz and Tom Berg",
     ("Ana Ruiz and Tom Berg", None, ("Ana Ruiz", "Tom Berg"))),
    # holdout3-183: "Photo from" and the office that gave the picture
    ("A seat catches fire. Photo from Department of Transportation",
     ("Department of Transportation", "Department of Transportation", ())),
    ("The new bridge. Photo from Reuters", ("Reuters", "Reuters", ())),
    # holdout3-14: a wire's register prints the photographer's surname first
    ("Erna Solberg på vei til Stortinget.\n\nFoto: Åserud, Lise / NTB scanpix",
     ("Åserud, Lise / NTB scanpix", "NTB", ("Åserud, Lise",))),
    ("Foto: Hansen, Ola/NTB", ("Hansen, Ola/NTB", "NTB", ("Hansen, Ola",))),
])
def test_structure_forms_are_read(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a common noun or a title keeps its article
    ("The couple in 1962. (Photo courtesy of the Smith family)",
     ("Photo courtesy of the Smith family", "the Smith family", ())),
    ("A cat. Courtesy of The Cricketer", ("Courtesy of The Cricketer", "The Cricketer", ())),
    # a name, then a wire, then "File" or "Pool": the commas still cut
    ("(AP Photo/Jane Roe, File)", ("AP Photo/Jane Roe, File", "AP", ("Jane Roe",))),
    ("Foto: Berit Roald, NTB / Scanpix", ("Berit Roald, NTB / Scanpix", "NTB", ("Berit Roald",))),
])
def test_structure_forms_keep_what_they_held(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Photo from Monday, the day it burned.",
    "Photo from March 2019 shows the old bridge.",
    "A photo from the scene shows the fire.",
])
def test_structure_lookalikes_are_no_credit(text: str) -> None:
    assert _read(text) is None
