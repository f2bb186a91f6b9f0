"""Several credits printed one after another, each under its own label, closing a caption.

Galleries, archives and magazines credit a picture's parts in turn, each its own sentence: "Photo by Name. Photo
Courtesy of the artist and Gallery.", "Courtesy of the artist and Kunsthalle. Photo by A and B.", "Photo illustration:
Name/Axios. Photo: Name for The Washington Post via Getty Images". The credit closing the caption is found first; the
labelled credit in the sentence right before it is part of the same line (docs/credit-tables.md: several credits in one
caption are the whole printable line, every photographer, and the agency only when they share one).
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from catalog.credits.agencies import fold
from catalog.credits.found import FoundCredit
from catalog.credits.names import is_capitalised, is_name
from catalog.credits.parsing import may_be_labelled, read_credit
from catalog.credits.vocabulary import LABEL

_SENTENCE_ENDS = (". ", ".\n")
# a graphic's or chart's label credits what is laid over the picture, not the picture
_GRAPHIC_LABELS = ("graphic", "grafik", "grafico", "graphique", "infographic", "infografik", "infografia", "chart")


def with_labelled_credit_before(text: str, credit: FoundCredit) -> FoundCredit:
    """The credit closing ``text`` joined by a labelled credit in the sentence right before it, when one stands there."""
    if not _opens_labelled(credit.printed):
        return credit  # the credits in turn are each labelled, the closing one too ("… Photo: Name for The Post")
    at = text.rfind(credit.printed)
    if at < 3 or not credit.credit.credit_line or text[at + len(credit.printed):].strip(" .)\n"):
        return credit
    before = text[:at].rstrip(" \n")
    if not before.endswith("."):
        return credit
    core = before[:-1]
    start = max(core.rfind(end) + len(end) if core.rfind(end) >= 0 else 0 for end in _SENTENCE_ENDS)
    start = max(start, core.rfind("\n") + 1)
    sentence = core[start:].strip()
    if fold(sentence).startswith(_GRAPHIC_LABELS):
        return credit  # "Graphic: Carbon Brief. Credit: Alamy Stock Photo": the chart laid over the picture (h11-159)
    reading = read_credit(sentence) if 3 <= len(sentence) <= 160 and may_be_labelled(sentence) else None
    if reading is None or reading.bad or not reading.labelled or not (reading.persons or reading.orgs) \
            or not all(is_name(person, strict=True) and is_capitalised(person) for person in reading.persons):
        return credit
    first = reading.credit()
    if not first.credit_line or first.credit_line == credit.credit.credit_line or first.credit_line not in sentence:
        return credit  # one credit printed twice is no second credit
    opening = start + core[start:].find(first.credit_line)
    closing = text.rfind(credit.credit.credit_line)
    if closing < at:
        return credit
    printed = text[opening:closing + len(credit.credit.credit_line)]
    agencies = {each.agency for each in (first, credit.credit) if each.agency}
    photographers = tuple(dict.fromkeys((*first.photographers, *credit.credit.photographers)))
    joined = dataclasses.replace(credit.credit, credit_line=printed, photographers=photographers,
                                 agency=agencies.pop() if len(agencies) == 1 else None)
    rest = text[:start].rstrip()
    return FoundCredit(credit=joined, rest=rest, printed=text[start:].strip(),
                       how=credit.how + " (several credits, one a sentence)")


@lru_cache(maxsize=4096)
def _opens_labelled(printed: str) -> bool:
    """Whether a credit as printed opens on a label or a courtesy word, inside its brackets or not (kept: it is asked of
    every credit found, and credit lines recur)."""
    text = printed.lstrip("([（ ")
    return LABEL.match(text) is not None or "ourtes" in text[:40].lower() or "ortes" in text[:40].lower()
