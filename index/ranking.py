"""Matching and BM25 ranking for the common query shapes, on whole posting lists at once.

Most searches are words, phrases and prefixes joined by AND (or OR). For those, Whoosh's
collectors step through the matches one document at a time in Python, scoring nearly
every one (block-max skipping rarely helps when most captions use a word once). Here each
word's postings are read a block at a time, documents are matched with set operations,
and only the matched documents are scored: BM25 with Whoosh's own idf, parameters and
field lengths, so both paths rank alike. Any other shape goes to Whoosh (``rankable``).
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass
from typing import Any, Callable, Collection, Iterable

from whoosh import query as wq

from index.matchers import PhraseQuery, read_postings

K1, B = 1.2, 0.75  # Whoosh's BM25F defaults
MAX_PREFIX_WORDS = 200  # a prefix matching more words than this is ranked by Whoosh


@dataclass
class Scored:
    """One ranking leaf over the whole index: document -> term (or phrase) frequency."""

    frequencies: dict[int, float]
    idf: float


def rankable(query: wq.Query) -> bool:
    """Whether ``rank`` handles this query: terms, phrases and prefixes under flat AND/OR."""
    if isinstance(query, (wq.And, wq.Or)):
        return all(_is_leaf(child) for child in query.subqueries) and bool(query.subqueries)
    return _is_leaf(query)


def _is_leaf(query: wq.Query) -> bool:
    return type(query) in (wq.Term, wq.Prefix, PhraseQuery)


def match(
    query: wq.Query, leaf_scores: Callable[..., Scored], searcher: Any
) -> tuple[set[int], list[Scored]]:
    """The documents a rankable query matches, and its leaves' frequencies and idf.

    For AND, the rarest word is read whole; a word more than eight times as common is
    then read only where the documents matched so far are (skipping the other blocks).
    """
    leaves = list(query.subqueries) if isinstance(query, (wq.And, wq.Or)) else [query]
    if isinstance(query, wq.Or):
        scored = [leaf_scores(leaf) for leaf in leaves]
        return set().union(*(s.frequencies.keys() for s in scored)), scored
    ordered = sorted(leaves, key=lambda leaf: _frequency(leaf, searcher))
    first = leaf_scores(ordered[0])
    scored = [first]
    matched = set(first.frequencies)
    for leaf in ordered[1:]:
        sparse = type(leaf) is wq.Term and _frequency(leaf, searcher) > 8 * len(matched)
        part = leaf_scores(leaf, only=matched if sparse else None)
        scored.append(part)
        matched.intersection_update(part.frequencies)
    return matched, scored


def _frequency(leaf: wq.Query, searcher: Any) -> int:
    if type(leaf) is wq.Term:
        return searcher.doc_frequency(leaf.fieldname, leaf.text)
    if isinstance(leaf, PhraseQuery):
        return min(searcher.doc_frequency(leaf.fieldname, word) for word in leaf.words)
    return searcher.doc_count_all()  # a prefix: could be anything, read it whole


def top(
    docs: Collection[int], scored: list[Scored], lengths: Any, average_length: float, limit: int
) -> list[tuple[float, int]]:
    """The ``limit`` best documents by BM25 summed over the leaves, ties by document order."""
    fixed, per_word = K1 * (1 - B), K1 * B / (average_length or 1.0)
    if len(scored) == 1:  # the common case, inlined: about three times faster
        frequencies, numerator = scored[0].frequencies, scored[0].idf * (K1 + 1)
        pairs = frequencies.items() if len(docs) == len(frequencies) else ((d, frequencies[d]) for d in docs)
        best = heapq.nlargest(
            limit, ((numerator * tf / (tf + fixed + per_word * lengths[d]), -d) for d, tf in pairs)
        )
        return [(value, -negated) for value, negated in best]
    norms = [fixed, per_word]
    leaves = [(s.frequencies, s.idf * (K1 + 1), s.idf) for s in scored]

    def score(doc: int) -> float:
        length_part = norms[0] + norms[1] * lengths[doc]
        total = 0.0
        for frequencies, numerator, _idf in leaves:
            tf = frequencies.get(doc)
            if tf:
                total += numerator * tf / (tf + length_part)
        return total

    best = heapq.nlargest(limit, ((score(doc), -doc) for doc in docs))
    return [(value, -negated) for value, negated in best]


def term_scores(
    searcher: Any, leaves: list[tuple[Any, int]], fieldname: str, word: str, only: set[int] | None = None
) -> Scored:
    """A word's frequencies in every document of the searcher (or just in ``only``), with Whoosh's idf."""
    frequencies: dict[int, float] = {}
    for leaf, offset in leaves:
        wanted = None if only is None else {doc - offset for doc in only if offset <= doc < offset + leaf.doc_count_all()}
        if wanted is not None and not wanted:
            continue
        found = read_postings(leaf, fieldname, word, weights=True, only=wanted)
        if offset:
            frequencies.update((offset + doc, tf) for doc, tf in found.items())
        else:
            frequencies.update(found)
    # Whoosh's idf is log(documents / (frequency + 1)) + 1, undefined on an empty index.
    known = frequencies or searcher.doc_frequency(fieldname, word)
    return Scored(frequencies, searcher.idf(fieldname, word) if known else 0.0)


def prefix_scores(searcher: Any, leaves: list[tuple[Any, int]], fieldname: str, prefix: str) -> Scored:
    """Every word starting with ``prefix`` as one leaf: frequencies add up, the rarest idf counts."""
    frequencies: dict[int, float] = {}
    idfs = [0.0]
    for word in searcher.reader().expand_prefix(fieldname, prefix):
        part = term_scores(searcher, leaves, fieldname, word.decode("utf-8") if isinstance(word, bytes) else word)
        idfs.append(part.idf)
        for doc, tf in part.frequencies.items():
            frequencies[doc] = frequencies.get(doc, 0.0) + tf
    return Scored(frequencies, max(idfs) if len(idfs) == 1 else min(idfs[1:]))


def phrase_scores(searcher: Any, leaves: list[tuple[Any, int]], phrase: PhraseQuery) -> Scored:
    """Phrase frequencies per document, with an idf from how many documents hold the phrase."""
    frequencies: dict[int, float] = {}
    for leaf, offset in leaves:
        for doc, tf in phrase.frequencies(leaf).items():
            frequencies[offset + doc] = float(tf)
    total = searcher.doc_count_all() or 1
    return Scored(frequencies, math.log(total / (len(frequencies) + 1)) + 1)


def prefixes_are_small(query: wq.Query, searcher: Any) -> bool:
    """False when some prefix of the query matches too many words to expand here."""
    parts: Iterable[wq.Query] = query.subqueries if isinstance(query, (wq.And, wq.Or)) else [query]
    for part in parts:
        if isinstance(part, wq.Prefix):
            count = 0
            for _word in searcher.reader().expand_prefix(part.fieldname, part.text):
                count += 1
                if count > MAX_PREFIX_WORDS:
                    return False
    return True
