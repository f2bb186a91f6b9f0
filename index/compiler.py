"""Turns a parsed query tree into Whoosh queries, separating ranking words from filters.

Free words and text fields rank the hits; dates, flags, numbers and exact keywords only
decide membership. At the top level of a query those filters are evaluated as sets of
document numbers (cheap to intersect and to cache) instead of being scored clause by clause.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from whoosh import query as wq

from index.dates import parse_period, range_terms
from index.documents import flag_bit
from index.matchers import Band, ColumnRange, DateRange, Flag
from index.phrases import PhraseQuery
from index.query import (
    EXACT_FIELDS,
    FLAG_FIELDS,
    NUMBER_FIELDS,
    TEXT_FIELDS,
    Group,
    Node,
    Not,
    Phrase,
    Range,
    Word,
)
from index.rights_filter import Embargoed, RightsNow, Usable, is_embargo_flag, no_rights
from index.schema import (
    FIELD_PREFIXES,
    NAME_ANALYZER,
    NAME_BANDS,
    PROSE_ANALYZER,
    fold,
    tag,
)

TEXT = "text"  # the index field every word is in
TAGS = "tags"  # the index field of exact values


@dataclass
class Plan:
    """A query split for execution: one ranking query, filter queries, and exclusions."""

    ranking: wq.Query | None = None
    filters: list[wq.Query] = field(default_factory=list)
    exclusions: list[wq.Query] = field(default_factory=list)


class QueryCompiler:
    """Compiles tree nodes; ``years`` lists the years some picture in the index is dated."""

    def __init__(self, years: Callable[[], Iterable[int]], rights: RightsNow | None = None):
        self.years = years
        self.rights = rights or no_rights()

    def plan(self, node: Node | None) -> Plan:
        """Split the top-level clauses into ranking words, filters and exclusions."""
        result = Plan()
        clauses = node.children if isinstance(node, Group) and node.operator == "and" else (node,)
        ranking: list[wq.Query] = []
        for clause in clauses:
            if clause is None:
                continue
            if isinstance(clause, Not):
                compiled = self.compile(clause.child)
                if compiled is not None:
                    result.exclusions.append(compiled)
                continue
            compiled = self.compile(clause)
            if compiled is None:
                continue
            (result.filters if is_filter(clause) else ranking).append(compiled)
        if ranking:
            result.ranking = ranking[0] if len(ranking) == 1 else wq.And(ranking)
        return result

    def compile(self, node: Node) -> wq.Query | None:
        """The Whoosh query for one node, or None when nothing searchable is left of it."""
        if isinstance(node, Group):
            children = [c for c in (self.compile(child) for child in node.children) if c is not None]
            if not children:
                return None
            if len(children) == 1:
                return children[0]
            return wq.And(children) if node.operator == "and" else wq.Or(children)
        if isinstance(node, Not):
            child = self.compile(node.child)
            return wq.Not(child) if child is not None else None
        if isinstance(node, Range):
            return self._range(node)
        if isinstance(node, Phrase):
            return self._text(node.field, node.text, phrase=True)
        return self._word(node)

    def _word(self, node: Word) -> wq.Query | None:
        name = node.field
        if name in ("has", "missing"):
            return Flag(node.text, flag_bit(node.text), present=name == "has")
        if name == "is":
            return Flag(f"shape:{node.text}", flag_bit(f"shape:{node.text}"))
        if name == "usable":
            return Usable(node.text, self.rights)
        if name == "date":
            return wq.Term(TAGS, tag("date", str(parse_period(node.text))))
        if name in NUMBER_FIELDS:
            number = int(node.text)
            return ColumnRange(name, number, number)
        return self._text(name, node.text, phrase=False)

    def _text(self, name: str | None, text: str, *, phrase: bool) -> wq.Query | None:
        if name in EXACT_FIELDS and EXACT_FIELDS[name] == "restriction" and is_embargo_flag(text):
            return Embargoed(self.rights)  # an embargo that lifted is history, not a restriction
        if name in EXACT_FIELDS:
            return _exact(EXACT_FIELDS[name], text, phrase=phrase)
        band = TEXT_FIELDS.get(name) if name else None
        prefix = FIELD_PREFIXES.get(band, "") if band else ""
        if not phrase and ("*" in text or "?" in text):
            query = _wildcard(text, prefix)
        else:
            analyzer = NAME_ANALYZER if band in NAME_BANDS else PROSE_ANALYZER
            words = [prefix + token.text for token in analyzer(text, mode="query")]
            if not words:
                return None
            if len(words) > 1:  # a phrase checks its band itself
                return PhraseQuery(TEXT, words, band=None if prefix else band)
            query = wq.Term(TEXT, words[0])
        if query is None or band is None or prefix:
            return query
        return Band(query, band)

    def _range(self, node: Range) -> wq.Query:
        if node.field in NUMBER_FIELDS:
            low = int(node.low) + (not node.low_inclusive) if node.low else None
            high = int(node.high) - (not node.high_inclusive) if node.high else None
            return ColumnRange(node.field, low, high)
        first = last = None
        if node.low is not None:
            low_period = parse_period(node.low)
            assert low_period is not None
            first = low_period.first_day if node.low_inclusive else low_period.last_day + timedelta(days=1)
        if node.high is not None:
            high_period = parse_period(node.high)
            assert high_period is not None
            last = high_period.last_day if node.high_inclusive else high_period.first_day - timedelta(days=1)
        return date_range_query(first, last, self.years())


def date_range_query(first: date | None, last: date | None, years: Iterable[int]) -> DateRange:
    """The days from ``first`` to ``last`` (None: open end), as the tag terms that cover them."""
    return DateRange(first, last, range_terms(first, last, years))


def is_filter(node: Node) -> bool:
    """True for clauses that decide membership only: dates, flags, numbers, exact keywords."""
    if isinstance(node, Range):
        return True
    if isinstance(node, (Word, Phrase)):
        return node.field is not None and (
            node.field in EXACT_FIELDS
            or node.field in FLAG_FIELDS
            or node.field in NUMBER_FIELDS
            or node.field == "date"
        )
    if isinstance(node, Group):
        return all(is_filter(child) for child in node.children)
    return False


def highlight_terms(node: Node | None) -> tuple[frozenset[str], tuple[str, ...]]:
    """Caption words to mark for this query (as the prose analyser writes them) and prefixes."""
    terms: set[str] = set()
    prefixes: list[str] = []
    for leaf in _positive_leaves(node):
        if leaf.field is not None and leaf.field not in TEXT_FIELDS:
            continue
        if isinstance(leaf, Word) and ("*" in leaf.text or "?" in leaf.text):
            stem = fold(leaf.text.split("*")[0].split("?")[0])
            if stem:
                prefixes.append(stem)
            continue
        terms.update(t.text for t in PROSE_ANALYZER(leaf.text, mode="query"))
    return frozenset(terms), tuple(prefixes)


def _positive_leaves(node: Node | None) -> Iterable[Word | Phrase]:
    if isinstance(node, (Word, Phrase)):
        yield node
    elif isinstance(node, Group):
        for child in node.children:
            yield from _positive_leaves(child)


def _exact(tag_name: str, text: str, *, phrase: bool) -> wq.Query | None:
    value = text.strip()
    if tag_name == "id":
        return wq.Term("id", value.lower()) if value else None
    if not phrase and value.endswith("*") and "*" not in value[:-1]:
        return wq.Prefix(TAGS, tag(tag_name, value[:-1])) if value[:-1] else None
    return wq.Term(TAGS, tag(tag_name, value)) if value else None


def _wildcard(text: str, prefix: str) -> wq.Query | None:
    pattern = fold(text)
    bare = pattern.replace("*", "").replace("?", "")
    if not bare:
        return None  # "*" alone would match every word: leave it out
    if pattern.endswith("*") and "*" not in pattern[:-1] and "?" not in pattern:
        return wq.Prefix(TEXT, prefix + pattern[:-1])
    return wq.Wildcard(TEXT, prefix + pattern)
