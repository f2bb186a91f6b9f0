"""Credits in a structured run of fields: the creator printed apart from the credit, a name marked by its role.

Picture pages and agency records print their metadata as labelled fields: "- Автор: Name
- Кредит: РИА Новости - Источник: ...", "Creator: NAME | Credit: AFP via Getty Images".
The credit line is the Credit field's value; the creator, when the field names a person,
is the photographer. Magazine pages mark each contributor by role after the name:
"Vitor Hugo Brandalise /Textos/ Keiny Andrade /Fotos/", "Name (textos) & Name (fotos)":
the name marked for the pictures is the credit.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Iterator

from catalog.credits.agencies import canonical_agency, is_organisation_like
from catalog.credits.names import is_capitalised, is_name
from catalog.credits.parsing import Credit
from catalog.credits.reader import FoundCredit

_CREATOR = re.compile(r"(?:^|\n|\|)[\s-]*(?i:creator|author|autor|автор|photographer|fotograf|фотограф)\s?:[ \t]*"
                      r"([^\n|]{3,60}?)[ \t]*(?=\n|\||$)")


def with_creator(text: str, found: FoundCredit) -> FoundCredit:
    """The found credit with the person a separate creator field names as its photographer, when it names none."""
    if found.credit.photographers:
        return found
    for match in _CREATOR.finditer(text):
        name = match[1].strip()
        if name in found.printed or canonical_agency(name) or is_organisation_like(name):
            continue  # "Creator: Icon Sportswire | Credit: Icon Sportswire via Getty Images": no person
        if is_name(name, strict=True) and is_capitalised(name):
            credit = dataclasses.replace(found.credit, photographers=(name,))
            return dataclasses.replace(found, credit=credit, how=f"{found.how}; photographer from the creator field")
    return found


# a name marked by its role, after it in slashes or brackets: "Keiny Andrade /Fotos/", "Dida Sampaio (fotos)"
_ROLE_MARKED = re.compile(r"((?:[^\W\d_][\w'’.-]*\s+){1,4}?)(?:/\s*|\()(?i:fotos?|photos?|fotografias?|photography)"
                          r"(?:\s*/|\))")
# the writer's role, marked as the pictures' is: a run of contributors holds it ("Name (textos) & Name (fotos)")
_OTHER_ROLE = re.compile(r"(?:/\s*|\()(?i:textos?|text|texte|testo|testi|reportagem|reportaje|words)(?:\s*/|\))")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def role_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """The name marked as the pictures' author in a run of contributors ("Name /Textos/ Name /Fotos/")."""
    lowered = text.lower()
    if "foto" not in lowered and "photo" not in lowered or not _OTHER_ROLE.search(text):
        return  # "... por la Verdad y la Justicia (foto).": a pointer to the picture, no run of contributors
    for match in _ROLE_MARKED.finditer(text):
        words = list(_NAME_WORD.finditer(text, match.start(1), match.end(1)))
        for size in range(min(4, len(words)), 1, -1):  # the longest run of capitalised words before the marker
            start = words[-size].start()
            name = text[start:words[-1].end()]
            if is_name(name, strict=True) and is_capitalised(name):
                rest = (text[:start].rstrip() + " " + text[match.end():].lstrip()).strip()
                yield start, FoundCredit(credit=Credit(credit_line=name, photographers=(name,)), rest=rest,
                                         printed=text[start:match.end()],
                                         how="credit found before the mark of the pictures' author")
                return
