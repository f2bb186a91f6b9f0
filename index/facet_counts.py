"""Facet counts of one searcher: over the matched documents, or over a date range from
per-year and per-month counts, with the caches that make them cheap."""

from __future__ import annotations

import heapq
import threading
from array import array
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np
from whoosh import query as wq

from catalog.spellings import most_used
from index.compiler import TAGS, Plan
from index.docvalues import NO_VALUE, Selection
from index.matchers import DateRange
from index.recent import Recent
from index.schema import tag

if TYPE_CHECKING:
    from index.cached_searcher import CachedSearcher

_FACET_CACHE_SIZE = 64  # the facet counts of the last 64 searches, per searcher

Counts = dict[str, list[tuple[str, int]]]  # facet -> (value, count) pairs, most first


class FacetCounts:
    """Counts facet values over one searcher's documents (its arrays: ``CachedSearcher.facet``)."""

    def __init__(self, searcher: CachedSearcher):
        self.searcher = searcher
        self._lock = threading.Lock()
        self._recent = Recent(_FACET_CACHE_SIZE)
        self._totals: dict[str, Counter[int]] = {}
        self._periods: dict[str, dict[str, Counter[int]]] = {}
        self._shown: dict[str, dict[str, str]] = {}

    def of_matches(
        self, plan: Plan, wanted: tuple[str, ...], matched: Iterable[int] | np.ndarray, limit: int
    ) -> Counts:
        """``(value, count)`` pairs per facet over the matched documents, most first."""
        key = (plan.ranking, tuple(plan.filters), tuple(plan.exclusions), wanted, limit)
        cached = self._recent.get(key)
        if cached is not None:
            return cached
        searcher = self.searcher
        docs = matched if isinstance(matched, (set, frozenset, np.ndarray)) else set(matched)
        everything = searcher.all_docs()
        size = len(searcher.lengths())  # documents in every segment, deleted ones included
        # Most of the index matched: count the few that did not, and subtract.
        if 2 * len(docs) > len(everything):
            if isinstance(docs, np.ndarray):
                every = searcher.all_docs_array()
                rest = Selection(every[~Selection(docs, size).mask[every]], size)
            else:
                rest = Selection(everything - docs, size)
            tallies = {name: self._total(name) - searcher.facet(name).count(rest) for name in wanted}
        else:
            selected = Selection(docs, size)
            tallies = {name: searcher.facet(name).count(selected) for name in wanted}
        counts = {name: self._best(name, tally, limit) for name, tally in tallies.items()}
        self._recent.put(key, counts)
        return counts

    def of_date_range(self, date_range: DateRange, wanted: tuple[str, ...], limit: int) -> Counts:
        """Facet counts over a date range, summed from per-year, per-month and per-day counts."""
        counts: Counts = {}
        for name in wanted:
            periods = self.by_period(name)
            tally: Counter[int] = Counter()
            for term in date_range.terms:
                part = periods.get(term)
                if part is None:  # a single day: few pictures, counted directly
                    facet = self.searcher.facet(name)
                    part = facet.count(self.searcher.docset(wq.Term(TAGS, tag("date", term))))
                tally.update(part)
            counts[name] = self._best(name, tally, limit)
        return counts

    def by_period(self, name: str) -> dict[str, Counter[int]]:
        """One facet's value counts per year (``2017``) and per month (``2017-03``)."""
        # One pass over every document: its facet values counted by year and by month.
        with self._lock:
            found = self._periods.get(name)
        if found is not None:
            return found
        keys = self.searcher.numbers("date_key")
        years = array("q", (key // 10**10 for key in keys))
        months = array("q", (key // 10**8 for key in keys))
        facet = self.searcher.facet(name)
        by_year, by_month = Counter(zip(years, facet.first)), Counter(zip(months, facet.first))
        for doc, more in facet.more.items():
            for value in more:
                by_year[(years[doc], value)] += 1
                by_month[(months[doc], value)] += 1
        found = {}
        for (year, value), count in by_year.items():
            if year and value != NO_VALUE:
                found.setdefault(f"{year:04d}", Counter())[value] += count
        for (month, value), count in by_month.items():
            if month % 100 and value != NO_VALUE:
                found.setdefault(f"{month // 100:04d}-{month % 100:02d}", Counter())[value] += count
        with self._lock:
            self._periods[name] = found
        return found

    def _best(self, name: str, tally: Counter[int], limit: int) -> list[tuple[str, int]]:
        # Spellings of one value ("USA", "United States") are counted together and shown as
        # the one the files use most (docs/search.md#values-that-read-as-one).
        names, keys = self.searcher.pool.value_names(name), self.searcher.pool.value_keys(name)
        merged: Counter[str] = Counter()
        for value, count in tally.items():
            if count > 0:
                merged[keys[value]] += count
        shown = self.shown(name)
        label = {key: shown.get(key) for key in merged}
        for value in tally:  # a spelling the whole-index count has not seen: itself
            label[keys[value]] = label[keys[value]] or names[value]
        best = heapq.nsmallest(limit, merged.items(), key=lambda item: (-item[1], label[item[0]]))
        return [(label[key], count) for key, count in best]

    def shown(self, name: str) -> dict[str, str]:
        """Per value key of one facet, the spelling the files use most (over the whole index)."""
        with self._lock:
            found = self._shown.get(name)
        if found is None:
            names, keys = self.searcher.pool.value_names(name), self.searcher.pool.value_keys(name)
            spellings: dict[str, dict[str, int]] = {}
            for value, count in self._total(name).items():
                spellings.setdefault(keys[value], {})[names[value]] = count
            found = {key: most_used(counted) for key, counted in spellings.items()}
            with self._lock:
                self._shown[name] = found
        return found

    def _total(self, name: str) -> Counter[int]:
        with self._lock:
            found = self._totals.get(name)
        if found is None:
            found = self.searcher.facet(name).count(self.searcher.all_docs())
            with self._lock:
                self._totals[name] = found
        return found
