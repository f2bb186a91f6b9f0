"""Which agreement covers a picture: match rules against the parties a file names, most specific first."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Sequence

from catalog.asset import Asset
from catalog.credits.agencies import canonical_agency, fold
from catalog.rights.agreements import MATCH_KINDS, Agreement, MatchRule


def supplier_of(asset: Asset) -> str | None:
    """The party the desk gets the picture from as the file names it: distributor, agency, source or credit."""
    return asset.distributor or asset.agency or asset.source or asset.credit_line


def rule_matches(rule: MatchRule, asset: Asset) -> bool:
    """True when the picture's party of the rule's kind is the rule's value (any case, any spelling the
    agency table knows); ``credit:`` rules look for the value as whole words in the credit and the caption's credit."""
    if rule.kind == "credit":
        words = _credit_words(rule.value)
        return any(words.search(text) for text in (asset.credit, asset.caption_credit) if text)
    value = {"distributor": asset.distributor, "agency": asset.agency, "source": asset.source}[rule.kind]
    return bool(value) and _party_key(value) == _party_key(rule.value)


def rank_of(rules: Sequence[MatchRule], asset: Asset) -> int | None:
    """How specific the best of ``rules`` matching the picture is (0: distributor … 3: credit), or None."""
    ranks = [MATCH_KINDS.index(rule.kind) for rule in rules if rule_matches(rule, asset)]
    return min(ranks) if ranks else None


def matching_rule(rules: Sequence[MatchRule], asset: Asset) -> MatchRule | None:
    """The most specific of ``rules`` that matches the picture, or None."""
    found = [rule for rule in rules if rule_matches(rule, asset)]
    return min(found, key=lambda rule: MATCH_KINDS.index(rule.kind)) if found else None


def best_agreement(agreements: Sequence[Agreement], asset: Asset, day: date) -> tuple[Agreement, int] | None:
    """The agreement that applies to the picture and its rank: the most specific match wins; among equals,
    one in force on ``day``, then the latest to start, then the first id.

    An agreement the picture names (``agreement_id``, from its folder's defaults) applies before
    any match, as the most specific (rank 0), when the desk has it on file.
    """
    if asset.agreement_id:
        named = [agreement for agreement in agreements if agreement.id == asset.agreement_id]
        if named:
            return named[0], 0
    candidates = [(rank, agreement) for agreement in agreements
                  if (rank := rank_of(agreement.matches, asset)) is not None]
    if not candidates:
        return None
    rank, chosen = min(candidates, key=lambda item: (
        item[0], not _in_force(item[1], day), -item[1].starts.toordinal(), item[1].id))
    return chosen, rank


def _in_force(agreement: Agreement, day: date) -> bool:
    return agreement.starts <= day and (agreement.ends is None or day <= agreement.ends)


@lru_cache(maxsize=4096)
def _party_key(name: str) -> str:
    return fold(canonical_agency(name) or name)


@lru_cache(maxsize=1024)
def _credit_words(value: str) -> re.Pattern[str]:
    # Whole words, any case: "credit:AP" is in "AP Photo/Jane Roe", not in "CAPTION" or "Apple".
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, value.split())) + r"(?!\w)", re.I)
