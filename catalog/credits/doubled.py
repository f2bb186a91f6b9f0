"""A credit printed twice at a caption's end, the second copy with one more part of it.

Pages that show the credit in two elements run them together: "... coin toss INPHO / Jane Roe
INPHO / Jane Roe / Jane Roe", "... the field Jane Roe / INPHO Jane Roe / INPHO / INPHO". The
first copy says who made the picture; the printed line keeps the whole run, as the page
printed it (docs/credit-tables.md: artefacts are kept as found).
"""

from __future__ import annotations

import dataclasses
import re

from catalog.credits.found import FoundCredit, found
from catalog.credits.names import is_capitalised, is_name
from catalog.credits.parsing import is_text_credit, read_credit

_REACH = 200  # a doubled credit is short; the pattern is tried on the caption's tail only
# a credit with a slash, a space, the same credit again, and one more part ("/ INPHO")
_TWICE = re.compile(r"(?<!\S)([^\s/][^\n/]{1,50}/[^\n]{1,50}?) \1 ?/ ?([^/\n]{1,40})$")


def doubled_credit_at_end(text: str) -> FoundCredit | None:
    """The credit printed twice at the end of ``text``, read from its first copy; None when there is none."""
    last = text.rsplit("/", 1)[-1].strip()
    tail = text[-_REACH:]
    if len(last) < 2 or tail.count(last) < 3:
        return None  # a part printed three times at least: twice in the copies, once more at the end
    match = _TWICE.search(tail)
    if match is None or match[2].strip() not in match[1]:
        return None  # the extra part repeats one of the credit's own parts, nothing new (an exact double is read
        # where the credit is read: parsing's DOUBLED_LINE)
    reading = read_credit(match[1])
    if reading is None or not is_text_credit(reading) or not reading.persons \
            or not all(is_name(person, strict=True) and is_capitalised(person) for person in reading.persons):
        return None
    printed = match.group()
    start = len(text) - len(tail) + match.start()
    credit = dataclasses.replace(reading.credit(), credit_line=printed)
    result = found(reading, text[:start].rstrip(), printed, "at the end of the caption, printed twice (the first read)")
    return dataclasses.replace(result, credit=credit)
