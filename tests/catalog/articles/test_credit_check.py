"""The credit check: the credit a story prints against the asset's, compared by who they name."""

from __future__ import annotations

import hashlib

import pytest

from catalog.articles.credit_check import CreditStatus, check_credit
from catalog.asset import Asset, asset_id
from catalog.credits import attribute, split_caption_credit


def wire_asset(*, caption: str | None = None, credit: str | None = None, source: str | None = None,
               creators: tuple[str, ...] = ()) -> Asset:
    """An asset with the credit fields ingest derives from these metadata values."""
    found = attribute(caption=caption, credit=credit, source=source, creators=creators)
    printed = split_caption_credit(caption)[1] if caption else None
    sha256 = hashlib.sha256(repr((caption, credit, source, creators)).encode()).hexdigest()
    return Asset(
        id=asset_id(sha256), sha256=sha256, file_size=1, filename="wire.jpg", source_path="/wire/wire.jpg",
        caption=caption, credit=credit, source=source, creators=creators,
        caption_credit=printed.credit_line if printed else None,
        agency=found.agency if found else None,
        photographers=found.photographers if found else (),
        distributor=found.distributor if found else None,
    )


DANA = wire_asset(caption="Relatives bury the body of Khadeer Hassan in Mosul. (AP Photo/Felipe Dana)",
                  credit="AP", source="AP")
VIA_GETTY = wire_asset(caption="Fans cheer in Paris.", credit="Anne-Christine Poujoulat/AFP via Getty Images")
NO_CREDIT = wire_asset(caption="A street at dusk.")


@pytest.mark.parametrize(
    ("printed", "asset", "status", "reason"),
    [
        ("AP Photo/Felipe Dana", DANA, CreditStatus.OK, "The story credits the same source as the file."),
        # written the other way round, or with the agency spelt out: the same credit
        ("Felipe Dana/AP", DANA, CreditStatus.OK, "The story credits the same source as the file."),
        ("FELIPE DANA / The Associated Press", DANA, CreditStatus.OK, "The story credits the same source as the file."),
        ("Photo: Felipe Dana, AP", DANA, CreditStatus.OK, "The story credits the same source as the file."),
        ("AP Photo/Sam Ortiz", DANA, CreditStatus.WRONG, "The story credits Sam Ortiz, the file Felipe Dana."),
        ("Reuters/Felipe Dana", DANA, CreditStatus.WRONG, "The story credits Reuters, the file AP."),
        ("Goran Tomasevic/Reuters", DANA, CreditStatus.WRONG,
         "The story credits Goran Tomasevic, the file Felipe Dana; the story credits Reuters, the file AP."),
        (None, DANA, CreditStatus.MISSING, "The story prints no credit with this photo."),
        ("  ", DANA, CreditStatus.MISSING, "The story prints no credit with this photo."),
        ("AP", DANA, CreditStatus.INCOMPLETE, "The story leaves out the photographer (Felipe Dana)."),
        ("Felipe Dana", DANA, CreditStatus.INCOMPLETE, "The story leaves out the agency (AP)."),
        # the distributor of a "via" chain counts as the source
        ("Getty Images", VIA_GETTY, CreditStatus.INCOMPLETE,
         "The story leaves out the photographer (Anne-Christine Poujoulat)."),
        ("Anne-Christine Poujoulat/AFP", VIA_GETTY, CreditStatus.OK, "The story credits the same source as the file."),
        ("AP", NO_CREDIT, CreditStatus.UNCHECKED, "The file has no credit to compare with: ask the source."),
        (None, NO_CREDIT, CreditStatus.MISSING, "The story prints no credit, and the file has none: ask the source."),
        ("Handout", DANA, CreditStatus.UNCHECKED,
         "The printed credit and the file's name no one in common that Photodesk can read: compare them."),
    ],
)
def test_a_printed_credit_gets_its_status_and_reason(printed: str | None, asset: Asset, status: CreditStatus, reason: str) -> None:
    checked = check_credit(printed, asset)
    assert (checked.status, checked.reason) == (status, reason)
    assert checked.expected == asset.credit_line
    assert checked.printed == (printed.strip() or None if printed else None)


def test_the_file_by_line_counts_when_the_credit_names_no_photographer() -> None:
    staff = wire_asset(caption="Council members vote on the budget.", credit="The Valley Ledger",
                       creators=("Maria Lopez",))
    assert (staff.credit_line, staff.agency, staff.photographers) == ("The Valley Ledger", None, ("Maria Lopez",))
    assert check_credit("Maria Lopez/The Valley Ledger", staff).status is CreditStatus.OK
    assert check_credit("Jon Berg/The Valley Ledger", staff).status is CreditStatus.WRONG


def test_every_status_has_a_label() -> None:
    assert {check_credit(p, a).label for p, a in [("AP Photo/Felipe Dana", DANA), (None, DANA), ("AP", DANA),
                                                  ("Reuters", DANA), ("AP", NO_CREDIT)]} == {
        "Credit OK", "Missing credit", "Incomplete credit", "Wrong credit", "Check by eye"}
