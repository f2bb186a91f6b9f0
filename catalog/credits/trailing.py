"""Labels printed after the credit they name: Lithuanian "Name nuotr." (photo by Name), "BNS nuotr."."""

from __future__ import annotations

import dataclasses
import re
from typing import Iterator

from catalog.credits.found import FoundCredit, found
from catalog.credits.parsing import read_credit
from catalog.credits.vocabulary import NAME_AND_AGENCY

# the credit, in the genitive as printed, then the label closing the caption: "Irmanto Gelūno (BNS) nuotr."
# (its initials too: "J.Stacevičiaus nuotr.")
_BEFORE_LABEL = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<credit>(?-i:[A-ZĄČĘĖĮŠŲŪŽ]\.\s?){0,2}[^\s.!?\n][^.!?\n]{1,60}?)"
                           r"\s+(?:nuotr\.|nuotrauka)\s*$", re.IGNORECASE)


def trailing_label_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """A credit closing the caption before its label ("... Vilniuje. BNS nuotr.")."""
    match = _BEFORE_LABEL.search(text, max(0, len(text) - 90))
    if match is None:
        return
    credit = match["credit"].strip()
    bracketed = NAME_AND_AGENCY.match(credit)  # "Irmanto Gelūno (BNS)": the photographer, then the wire
    reading = read_credit(f"{bracketed[1]}/{bracketed[2]}" if bracketed else credit)
    if reading is None or reading.bad or not (reading.orgs or reading.persons):
        return
    if any(not word[:1].isupper() for word in credit.replace("/", " ").replace("(", " ").split()):
        return  # "... buvo padaryta nuotr.": the words of a sentence, not a name
    result = found(reading, text[: match.start("credit")].strip(), match.group(), "before its label 'nuotr.' (photo by)")
    if bracketed:
        result = dataclasses.replace(result, credit=dataclasses.replace(result.credit, credit_line=credit))
    yield match.start("credit"), result
