"""What the caption reader finds in a text, in the shape the credit tests compare."""

from __future__ import annotations

from catalog.credits.captions import find_credit

Reading = tuple[str | None, str | None, tuple[str, ...]]


def read_caption(text: str) -> Reading | None:
    """(credit line, agency, photographers) of the credit ``text`` prints; None when it prints none."""
    found = find_credit(text)
    if found is None or found.credit.credit_line is None:
        return None
    return found.credit.credit_line, found.credit.agency, found.credit.photographers
