"""Attribution of an asset: its credit, agency, photographers and restrictions, derived once."""

from __future__ import annotations

import dataclasses

from catalog import agencies, credits, restrictions
from catalog.asset import Asset
from catalog.credits import attribute
from catalog.restrictions import derive_restrictions


def attribute_asset(asset: Asset) -> Asset:
    """The asset with credit and restriction fields derived from its caption, credit and rights text.

    ``caption`` is left whole, as the file has it (the export contract);
    ``caption_credit`` holds the credit printed in it, or None. The rules are those of
    ``catalog.credits.attribute`` and ``catalog.restrictions.derive_restrictions``.
    """
    credit = attribute(caption=asset.caption, credit=asset.credit, source=asset.source,
                       creators=asset.creators)
    restrictions = derive_restrictions(special_instructions=asset.special_instructions,
                                       usage_terms=asset.usage_terms, caption=asset.caption)
    return dataclasses.replace(
        asset,
        caption_credit=credit.credit_line if credit else None,
        agency=credit.agency if credit else None,
        photographers=credit.photographers if credit else (),
        distributor=credit.distributor if credit else None,
        credit_qualifiers=credit.qualifiers if credit else (),
        restrictions=restrictions.flags,
        embargo_until=restrictions.embargo_until,
    )


def clear_caches() -> None:
    """Forget every remembered parse (names, credit parts, captions): for cold-start benchmarks."""
    for module in (agencies, credits, restrictions):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
