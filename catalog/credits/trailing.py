"""Labels printed after the credit they name: Lithuanian "Name nuotr." (photo by Name), "BNS nuotr.".

The label closes the credit wherever the credit stands:
- closing the caption, after a sentence's end, a line break or a separator ("... Vilniuje. BNS nuotr.",
  "Vilniaus kapinės / Gretos Skaraitienės / BNS nuotr.": the caption's own slash before the credit);
- opening the caption, the caption after a slash or a line break ("Name / BNS nuotr./Vilniaus kapinės ...");
- with the organisation in quotes („World Press Photo“ nuotr.), the quotes no part of its name (docs/credit-tables.md).
The credit is in the genitive, every word of it capitalised: a sentence's lower-case words before "nuotr." are no
credit ("... buvo padaryta nuotr."). A part with a quoted title inside it ("Lee Ann Olwage „Valim Babena“", the
photographer and the series' title) is the caption's, so the credit starts after it.
Lithuanian papers print the label so (the tables' h5, h10 and h13 rows: lrytas.lt, 15min.lt, diena.lt;
"Autoriaus nuotrauka", the author's photo, on musuzodis.lt).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Iterator

from catalog.credits.found import FoundCredit, found
from catalog.credits.parsing import read_credit
from catalog.credits.vocabulary import NAME_AND_AGENCY

# the label printed after the credit: "nuotr." (abbreviated), "nuotrauka", "nuotraukos" (photo, photos)
_LABEL = r"(?:nuotr\.|nuotrauka|nuotraukos)"
# where a credit closing the caption may start: the text's start, a sentence's end, a line break, a separator
_STARTS = r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\s[/|]\s)|(?<=[.!?]/))"
# the credit, in the genitive as printed, then the label closing the caption: "Irmanto Gelūno (BNS) nuotr."
# (its initials too: "J.Stacevičiaus nuotr.")
_BEFORE_LABEL = re.compile(_STARTS + r"(?P<credit>(?-i:[A-ZĄČĘĖĮŠŲŪŽ]\.\s?){0,2}[^\s.!?\n][^.!?\n]{1,60}?)"
                           r"\s+" + _LABEL + r"\s*$", re.IGNORECASE)
# the credit and its label opening the caption, the caption after a slash or a line break
_OPENING = re.compile(r"^(?P<credit>(?-i:[A-ZĄČĘĖĮŠŲŪŽ„\"]\.?)[^.!?\n]{1,60}?)\s+" + _LABEL + r"\s*(?:/|\n)\s*(?=\S)",
                      re.IGNORECASE)
_QUOTED = re.compile(r"^[„“\"«](?P<name>[^„“”\"«»]+)[“”\"»]$")  # „World Press Photo“, "BNS", «LETA»
_QUOTE_MARKS = "„“”\"«»"
_REACH = 90  # a credit and its label close the caption within this many characters


def trailing_label_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """A credit before its label, closing the caption ("... Vilniuje. BNS nuotr.") or opening it."""
    opening = _OPENING.match(text)
    if opening is not None:
        result = _reading(opening["credit"].strip(), text[opening.end():].strip(), opening.group(),
                          "before its label 'nuotr.' (photo by), opening the caption")
        if result is not None:
            yield 0, result
            return
    at = max(0, len(text) - _REACH)
    while (match := _BEFORE_LABEL.search(text, at)) is not None:
        result = _reading(match["credit"].strip(), _caption_before(text, match.start("credit")), match.group(),
                          "before its label 'nuotr.' (photo by)")
        if result is not None:
            yield match.start("credit"), result
            return
        at = match.start("credit") + 1  # the credit starts at a later separator: "caption / Name / BNS nuotr."


def _caption_before(text: str, start: int) -> str:
    """The caption before a credit closing it, without the separator set before the credit."""
    return text[:start].strip().rstrip("/|").strip()


def _reading(credit: str, rest: str, printed: str, where: str) -> FoundCredit | None:
    """The credit before a trailing label, when every part of it is a capitalised name (see the module's docstring)."""
    parts = [part.strip() for part in credit.split("/")]
    unquoted = []
    for part in parts:
        quoted = _QUOTED.match(part)
        if quoted is None and any(mark in part for mark in _QUOTE_MARKS):
            return None  # a title quoted inside the part: the caption's words ("Name „Series“")
        unquoted.append(quoted["name"].strip() if quoted else part)
    plain = "/".join(unquoted)
    if any(not word[:1].isupper() for word in plain.replace("/", " ").replace("(", " ").split()):
        return None  # "... buvo padaryta nuotr.": the words of a sentence, not a name
    bracketed = NAME_AND_AGENCY.match(plain)  # "Irmanto Gelūno (BNS)": the photographer, then the wire
    reading = read_credit(f"{bracketed[1]}/{bracketed[2]}" if bracketed else plain)
    if reading is None or reading.bad or not (reading.orgs or reading.persons):
        return None
    result = found(reading, rest, printed, where)
    return dataclasses.replace(result, credit=dataclasses.replace(result.credit, credit_line=credit))  # as printed
