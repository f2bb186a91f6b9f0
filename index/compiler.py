"""Turns a parsed query tree into Whoosh queries, separating ranking words from filters.

Free words and text fields rank the hits; dates, flags, numbers and exact keywords only
decide membership. At the top level of a query those filters are evaluated as sets of
document numbers (cheap to intersect and to cache) instead of being scored clause by clause.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Callable, Iterable

from whoosh import query as wq
from whoosh.fields import Schema

from index.dates import parse_period, range_terms
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
from index.schema import PROSE_ANALYZER, fold

FREE_TEXT_FIELD = "text"
_FLAG_INDEX_FIELDS = {"has": "present", "missing": "absent", "is": "shape"}


@dataclass
class Plan:
    """A query split for execution: one ranking query, filter queries, and exclusions."""

    ranking: wq.Query | None = None
    filters: list[wq.Query] = field(default_factory=list)
    exclusions: list[wq.Query] = field(default_factory=list)


class QueryCompiler:
    """Compiles tree nodes against one schema; ``years`` lists the years present in the index."""

    def __init__(self, schema: Schema, years: Callable[[], Iterable[int]]):
        self.schema = schema
        self.years = years

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
        if name in FLAG_FIELDS:
            return wq.Term(_FLAG_INDEX_FIELDS[name], node.text)
        if name == "date":
            return wq.Term("date", str(parse_period(node.text)))
        if name in NUMBER_FIELDS:
            number = int(node.text)
            return wq.NumericRange(name, number, number)
        return self._text(name, node.text, phrase=False)

    def _text(self, name: str | None, text: str, *, phrase: bool) -> wq.Query | None:
        if name in EXACT_FIELDS:
            index_field = EXACT_FIELDS[name]
            value = text.strip().lower() if index_field == "id" else fold(text.strip())
            if not phrase and value.endswith("*") and "*" not in value[:-1]:
                return wq.Prefix(index_field, value[:-1]) if value[:-1] else None
            return wq.Term(index_field, value) if value else None
        index_field = TEXT_FIELDS.get(name, FREE_TEXT_FIELD) if name else FREE_TEXT_FIELD
        if not phrase and ("*" in text or "?" in text):
            return _wildcard(index_field, text)
        words = list(self.schema[index_field].process_text(text, mode="query"))
        if not words:
            return None
        if len(words) == 1:
            return wq.Term(index_field, words[0])
        return wq.Phrase(index_field, words)

    def _range(self, node: Range) -> wq.Query:
        if node.field in NUMBER_FIELDS:
            return wq.NumericRange(
                node.field,
                int(node.low) if node.low else None,
                int(node.high) if node.high else None,
                startexcl=not node.low_inclusive,
                endexcl=not node.high_inclusive,
            )
        first = last = None
        if node.low is not None:
            low = parse_period(node.low)
            assert low is not None
            first = low.first_day if node.low_inclusive else low.last_day + timedelta(days=1)
        if node.high is not None:
            high = parse_period(node.high)
            assert high is not None
            last = high.last_day if node.high_inclusive else high.first_day - timedelta(days=1)
        terms = range_terms(first, last, self.years())
        if not terms:
            return wq.NullQuery
        if len(terms) == 1:
            return wq.Term("date", terms[0])
        return wq.Or([wq.Term("date", term) for term in terms])


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


def _wildcard(index_field: str, text: str) -> wq.Query | None:
    pattern = fold(text)
    bare = pattern.replace("*", "").replace("?", "")
    if not bare:
        return None  # "*" alone would match every word: leave it out
    if pattern.endswith("*") and "*" not in pattern[:-1] and "?" not in pattern:
        return wq.Prefix(index_field, pattern[:-1])
    return wq.Wildcard(index_field, pattern)
