"""Running a compiled plan on one searcher: the matching documents, their count and the
first of them ranked by relevance or in date or import order."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

import numpy as np

from index import ranking
from index.cached_searcher import CachedSearcher, members
from index.compiler import Plan
from index.matchers import ColumnQuery, DateRange


class Found:
    """The documents a plan matches, and the first of them in the requested order."""

    def __init__(
        self,
        matched: AbstractSet[int] | np.ndarray | None,
        total: int,
        ranked: list[tuple[float | None, int]],
        sort: str,
    ):
        self.matched, self.total, self.ranked, self.sort = matched, total, ranked, sort
        self.date_range: DateRange | None = None  # when ``matched`` is None: what matched


def run(handle: CachedSearcher, plan: Plan, sort: str, limit: int | None) -> Found:
    """Match, then rank the first ``limit`` (None: all) by relevance or date."""
    # Date ranges and column tests are applied last, to whatever is matched by then.
    tests = [f for f in plan.filters if isinstance(f, (DateRange, ColumnQuery))]
    alone = plan.ranking is None and len(tests) == len(plan.filters) == 1 and not plan.exclusions
    if alone and isinstance(tests[0], DateRange):
        wide = _wide_range(handle, tests[0], "newest" if sort == "relevance" else sort, limit)
        if wide is not None:
            return wide
    allowed = handle.intersect([f for f in plan.filters if not isinstance(f, (DateRange, ColumnQuery))])
    excluded = handle.union(plan.exclusions)
    matched: AbstractSet[int] | None = None
    if plan.ranking is None:
        if sort == "relevance":
            sort = "newest"  # nothing to rank by: newest pictures first
    elif ranking.rankable(plan.ranking) and ranking.prefixes_are_small(plan.ranking, handle.searcher):
        return _ranked(handle, plan, sort, limit, allowed, excluded, tests)
    else:
        matched = set(handle.searcher.docs_for_query(plan.ranking))
    if matched is not None and allowed is not None:
        matched = matched & allowed
    elif matched is None:
        matched = allowed
    for test in sorted(tests, key=handle.estimate):
        matched = handle.within(test, matched)
    if matched is None:
        matched = handle.all_docs()
    browsing_all = matched is handle.all_docs() and not excluded
    if excluded:
        matched = matched - excluded
    total = len(matched)
    count = total if limit is None else min(limit, total)
    ranked: list[tuple[float | None, int]]
    if count == 0:
        ranked = []
    elif sort == "relevance":
        # Only the set matched so far may rank; without filters whoosh needs no check.
        restricted = allowed is not None or bool(excluded) or bool(tests)
        results = handle.searcher.search(
            plan.ranking, limit=count, filter=set(matched) if restricted else None
        )
        ranked = list(results.top_n)
    elif browsing_all:
        ranked = [(None, doc) for doc in handle.all_in_order(sort)[:count]]
    else:
        ranked = [(None, doc) for doc in handle.top(matched, sort, count)]
    return Found(matched, total, ranked, sort)


def _ranked(
    handle: CachedSearcher, plan: Plan, sort: str, limit: int | None,
    allowed: AbstractSet[int] | None, excluded: AbstractSet[int] | None, tests: list[DateRange | ColumnQuery],
) -> Found:
    # Words, phrases and prefixes: the hits stay a sorted array from matching to ranking.
    hits, scored = ranking.match(plan.ranking, handle.leaf_scores, handle.searcher)
    if allowed is not None:
        hits = members(hits, allowed)
    for test in sorted(tests, key=handle.estimate):
        hits = handle.within_array(test, hits)
    if excluded:
        hits = members(hits, excluded, keep=False)
    total = len(hits)
    count = total if limit is None else min(limit, total)
    ranked: list[tuple[float | None, int]]
    if sort == "relevance":
        ranked = list(ranking.top(hits, scored, handle.vector("text_words"), handle.average_length(), count))
    else:
        ranked = [(None, doc) for doc in handle.top(set(hits.tolist()), sort, count)]
    return Found(hits, total, ranked, sort)


def _wide_range(handle: CachedSearcher, date_range: DateRange, sort: str, limit: int | None) -> Found | None:
    # A date range alone covering much of the index: count it from the terms' document
    # frequencies, take the first pictures walking the index in date order, and leave
    # the facets to per-period counts (``FacetCounts.of_date_range``). Nothing is read per picture.
    searcher = handle.searcher
    size = date_range.estimate_size(searcher.reader())
    if 4 * size < searcher.doc_count() or not handle.has_no_deletions():
        return None
    count = size if limit is None else min(limit, size)
    keys, contains = handle.numbers("date_key"), date_range.contains
    picked: list[tuple[float | None, int]] = []
    for doc in handle.all_in_order(sort):
        if len(picked) >= count:
            break
        if contains(keys[doc]):
            picked.append((None, doc))
    found = Found(None, size, picked, sort)
    found.date_range = date_range
    return found
