"""A credit found in a caption: what it says, the text it was read from, and why it was taken."""

from __future__ import annotations

from dataclasses import dataclass

from catalog.credits.parsing import Credit, Reading


@dataclass(frozen=True)
class FoundCredit:
    """A credit found in a caption: what it says, the text it was read from, and why it was taken."""

    credit: Credit
    rest: str  # the caption without the credit (and without markup when the caption held some)
    printed: str  # the caption's text the credit was read from, label and brackets included
    how: str  # for field_sources: "credit found mid-caption after 'Photo:'"


def found(reading: Reading, rest: str, printed: str, where: str) -> FoundCredit:
    """The found credit of one reading, ``where`` saying where it stood."""
    return FoundCredit(credit=reading.credit(), rest=rest, printed=printed.strip(), how=f"credit found {where}")
