"""Attribution: the credit, agency and photographers of one picture from its caption and fields."""

from __future__ import annotations

import dataclasses
import re
import sys
from functools import lru_cache
from typing import Iterable

from catalog import restrictions
from catalog.asset import Asset
from catalog.credits import agencies, captions, names, parsing, parts, reader, several
from catalog.credits.agencies import canonical_agency, fold, is_organisation_like
from catalog.credits.captions import find_credit
from catalog.credits.names import unique
from catalog.credits.parsing import Credit, parse_credit_line
from catalog.credits.vocabulary import NOT_NAMES
from catalog.restrictions import derive_restrictions

_PLACEHOLDER = re.compile(
    r"^(?:this is (?:a |the )?|my |the |i'?m the |it'?s |its )?"
    r"(?:credit|source|photographer|author|creator|by-?line|caption|copyright|agency|me|photographer's name)\d*"
    r"(?:\s+(?:here|line|number \w+|name))?(?:\s*\(.*\))?$", re.I)
_JUNK = re.compile(r"=\"|[\x00-\x1f]")


def attribute(*, caption: str | None, credit: str | None, source: str | None,
              creators: Iterable[str] = ()) -> Credit | None:
    """Agency, photographers, distributor and qualifiers of one picture; None when nothing names them.

    The caption's own credit comes first, wherever the caption prints it
    (``captions.find_credit``). A caption credit that names no organisation takes the
    one the Credit field (IPTC 2:110) or Source (IPTC 2:115) names. When the caption
    prints no credit, everything comes from the Credit field, then Source, then the
    creators (By-line, IPTC 2:80), and the result has no printed ``credit_line``.
    Placeholder values ("Credit", "Photographer", "unknown") name no one.
    """
    return attribute_explained(caption=caption, credit=credit, source=source, creators=creators)[0]


def attribute_explained(*, caption: str | None, credit: str | None, source: str | None,
                        creators: Iterable[str] = ()) -> tuple[Credit | None, dict[str, str]]:
    """``attribute``'s credit, and where each derived field came from ("derived: credit found ... after 'Photo:'")."""
    found = find_credit(caption) if caption else None
    caption_credit = found.credit if found else None
    field_credit = _field_credit(credit)
    creator_credits = [c for c in (_creator_credit(name) for name in creators) if c is not None]
    source_agency = _source_agency(source)
    if found is not None and caption_credit is not None and caption_credit.credit_line is not None:
        how = f"derived: {found.how}"
        sources = dict.fromkeys(_CREDIT_FIELDS, how)
        if caption_credit.agency:
            return caption_credit, sources
        agency = (field_credit.agency if field_credit else None) or source_agency
        if agency:
            sources["agency"] = "derived: Credit field" if field_credit and field_credit.agency else "derived: Source"
            return dataclasses.replace(caption_credit, agency=agency), sources
        return caption_credit, sources
    # no printed credit: the fields (and an EPA picture number) speak
    sources = {}
    agency = None
    for candidate, origin in ((caption_credit.agency if caption_credit else None, found.how if found else ""),
                              (field_credit.agency if field_credit else None, "Credit field"),
                              (source_agency, "Source"),
                              (next((c.agency for c in creator_credits if c.agency), None), "By-line")):
        if candidate:
            agency, sources["agency"] = candidate, f"derived: {origin}"
            break
    people = list(field_credit.photographers if field_credit else ())
    for made in creator_credits:
        people.extend(made.photographers)
    photographers = tuple(unique(people))
    if photographers:
        sources["photographers"] = "derived: Credit field, By-line" if field_credit and field_credit.photographers \
            else "derived: By-line"
    distributor = field_credit.distributor if field_credit else None
    qualifiers = field_credit.qualifiers if field_credit else ()
    if distributor or qualifiers:
        sources["distributor"] = sources["credit_qualifiers"] = "derived: Credit field"
    if not (agency or photographers or distributor or qualifiers):
        return None, {}
    return Credit(credit_line=None, agency=agency, photographers=photographers,
                  distributor=distributor, qualifiers=qualifiers), sources


# the fields attribution derives; their field_sources say how
_CREDIT_FIELDS = ("caption_credit", "agency", "photographers", "distributor", "credit_qualifiers")


@lru_cache(maxsize=4096)
def _field_credit(value: str | None) -> Credit | None:
    """The Credit field read as a credit line, placeholders and junk ignored."""
    if not value or _is_placeholder(value):
        return None
    found = parse_credit_line(value)
    if found is None:
        return None
    people = tuple(p for p in found.photographers if not _is_placeholder(p))
    agency = found.agency if found.agency and not _is_placeholder(found.agency) else None
    if not (people or agency):
        return None
    return dataclasses.replace(found, agency=agency, photographers=people)


def _creator_credit(value: str) -> Credit | None:
    """One creator (By-line): a person, an organisation ("Corbis") or "Name/Agency"."""
    value = value.strip()
    if not value or _is_placeholder(value) or _JUNK.search(value) or value.count("(") != value.count(")"):
        return None
    known = canonical_agency(value)
    if known:
        return Credit(credit_line=None, agency=known)
    if "/" in value:
        return parse_credit_line(value)
    return Credit(credit_line=None, photographers=(value,))


def _source_agency(value: str | None) -> str | None:
    """The organisation Source (IPTC 2:115) names: a known one, one that reads as one, or "Name / Org"."""
    if not value or _is_placeholder(value) or _JUNK.search(value):
        return None
    known = canonical_agency(value)
    if known:
        return known
    if "/" in value:
        found = parse_credit_line(value)
        return found.agency if found else None
    return value.strip() if is_organisation_like(value) else None


def _is_placeholder(value: str) -> bool:
    text = value.strip()
    return not text or fold(text) in NOT_NAMES or bool(_PLACEHOLDER.match(text))


def attribute_asset(asset: Asset) -> Asset:
    """The asset with credit and restriction fields derived from its caption, credit and rights text.

    ``caption`` is left whole, as the file has it (the export contract);
    ``caption_credit`` holds the credit printed in it, or None. The rules are those of
    ``attribute`` and ``catalog.restrictions.derive_restrictions``; ``field_sources``
    says how each credit field was derived ("derived: credit found mid-caption after
    'Photo:'"), its other keys kept.
    """
    credit, how = attribute_explained(caption=asset.caption, credit=asset.credit, source=asset.source,
                                      creators=asset.creators)
    field_sources = {key: value for key, value in asset.field_sources.items() if key not in _CREDIT_FIELDS}
    field_sources.update(how)
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
        field_sources=field_sources,
    )


def clear_caches() -> None:
    """Forget every remembered parse (names, credit parts, captions): for cold-start benchmarks."""
    for module in (agencies, names, parts, parsing, reader, captions, several, restrictions, sys.modules[__name__]):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
