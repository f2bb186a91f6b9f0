"""The credit check: does the credit a story prints beside a photo name who the catalog says made it?

Both sides are read by the credit parser and compared by who they name, not by how they
are written: "AP Photo/Felipe Dana", "Felipe Dana/AP" and "Felipe Dana / The Associated
Press" are the same credit. People are compared folded (case, accents); organisations by
their normalised names, a distributor counting as well as the agency ("Getty Images"
for "Name/AFP via Getty Images"). The asset's side is what ingest derived from its
credit, caption and by-line; nothing is recomputed here.

This is the one comparison of a printed credit with a file's: the matcher weighs a
caption's evidence by this verdict too (``catalog.articles.matching``), so a photo never
gets "the credit agrees" beside "Wrong credit".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Iterable, Protocol, Sequence

from catalog.asset import Asset
from catalog.credits import parse_credit_line
from catalog.credits.agencies import fold


class CreditStatus(str, Enum):
    """The verdict of a credit check, most alarming first."""

    WRONG = "wrong"  # another agency or photographer than the file names
    MISSING = "missing"  # the story prints no credit
    INCOMPLETE = "incomplete"  # the right source, but the photographer or agency the file names is left out
    UNCHECKED = "unchecked"  # nothing to compare: no credit on file, or a credit naming no one readable
    OK = "ok"


LABELS = {
    CreditStatus.WRONG: "Wrong credit",
    CreditStatus.MISSING: "Missing credit",
    CreditStatus.INCOMPLETE: "Incomplete credit",
    CreditStatus.UNCHECKED: "Check by eye",
    CreditStatus.OK: "Credit OK",
}


class PrintedCredit(Protocol):
    """A credit as read from a page (``PublishedPhoto``, ``catalog.credits.Credit``): line and parties."""

    @property
    def credit_line(self) -> str | None: ...
    @property
    def agency(self) -> str | None: ...
    @property
    def distributor(self) -> str | None: ...
    @property
    def photographers(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class CreditCheck:
    """The credit printed against the asset's credit line, with the verdict in one plain line."""

    status: CreditStatus
    printed: str | None  # the credit line the story prints
    expected: str | None  # the asset's printable credit line
    reason: str

    @property
    def label(self) -> str:
        """The badge text: "Credit OK", "Wrong credit", …"""
        return LABELS[self.status]


def check_credit(printed: str | PrintedCredit | None, asset: Asset) -> CreditCheck:
    """Check the credit a story prints beside a photo against the asset's credit.

    ``printed`` is the line as printed (read here by the credit parser), or a credit the
    page reader has read already, with its parties (a ``PublishedPhoto``).
    """
    if printed is None or isinstance(printed, str):
        line = (printed or "").strip() or None
        credit: PrintedCredit | None = parse_credit_line(line) if line else None
    else:
        line = (printed.credit_line or "").strip() or None
        credit = printed
    expected = asset.credit_line
    filed_people = _named(asset.photographers) or _named(asset.creators)
    every_filed_person = {**_named(asset.creators), **_named(asset.photographers)}
    filed_orgs = _named(name for name in (asset.agency, asset.distributor) if name)

    def verdict(status: CreditStatus, reason: str) -> CreditCheck:
        return CreditCheck(status=status, printed=line, expected=expected, reason=reason)

    if line is None:
        return verdict(CreditStatus.MISSING, "The story prints no credit with this photo."
                       if expected else "The story prints no credit, and the file has none: ask the source.")
    if not (expected or filed_people or filed_orgs):
        return verdict(CreditStatus.UNCHECKED, "The file has no credit to compare with: ask the source.")
    people = _named(credit.photographers) if credit else {}
    orgs = _named(name for name in (credit.agency, credit.distributor) if name) if credit else {}

    wrong = []
    if people and every_filed_person and not people.keys() & every_filed_person.keys():
        wrong.append(f"the story credits {_listed(people)}, the file {_listed(every_filed_person)}")
    if orgs and filed_orgs and not orgs.keys() & filed_orgs.keys():
        wrong.append(f"the story credits {_listed(orgs)}, the file {_listed(filed_orgs)}")
    if wrong:
        return verdict(CreditStatus.WRONG, _sentence("; ".join(wrong)))

    left_out = []
    if filed_people and not people:
        left_out.append(f"the photographer ({_listed(filed_people)})")
    if filed_orgs and not orgs:
        left_out.append(f"the agency ({_listed(filed_orgs)})")
    agreed = bool(people.keys() & every_filed_person.keys() or orgs.keys() & filed_orgs.keys())
    if agreed and left_out:
        return verdict(CreditStatus.INCOMPLETE, _sentence(f"the story leaves out {' and '.join(left_out)}"))
    if agreed:
        return verdict(CreditStatus.OK, "The story credits the same source as the file.")
    if expected and fold(line) == fold(expected):
        return verdict(CreditStatus.OK, "The story prints the file's credit line.")
    return verdict(CreditStatus.UNCHECKED,
                   "The printed credit and the file's name no one in common that Photodesk can read: compare them.")


def _named(names: Iterable[str]) -> dict[str, str]:
    """Names by their folded form (case and accents ignored), first spelling kept, blanks dropped."""
    found: dict[str, str] = {}
    for name in names:
        key = fold(name)
        if key:
            found.setdefault(key, name)
    return found


def _listed(names: dict[str, str]) -> str:
    return " and ".join(names.values())


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."
