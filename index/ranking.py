"""Matching and BM25 ranking for the common query shapes, on whole posting lists at once.

Most searches are words, phrases and prefixes joined by AND (or OR). For those, Whoosh's
collectors step through the matches one document at a time in Python, scoring nearly
every one (block-max skipping rarely helps when most captions use a word once). Here each
word's postings are read a block at a time into sorted numpy arrays, documents are matched
by intersecting them, and only the matched documents are scored, in one vectorised pass:
BM25 with Whoosh's own idf, parameters, arithmetic and field lengths, so both paths rank
alike. Any other shape goes to Whoosh (``rankable``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh import query as wq

from index.phrases import PhraseQuery
from index.postings import read_postings, read_weights

K1, B = 1.2, 0.75  # Whoosh's BM25F defaults
MAX_PREFIX_WORDS = 200  # a prefix matching more words than this is ranked by Whoosh


@dataclass
class Scored:
    """One ranking leaf over the whole index: its documents, sorted, with the term (or
    phrase) frequency in each, as arrays (8 bytes a document, a dict takes over 100), and its idf."""

    docs: np.ndarray  # int32, ascending
    frequencies: np.ndarray  # float32 (as Whoosh stores weights), one per document
    idf: float

    def __post_init__(self) -> None:
        self.docs = self.docs.astype(np.int32, copy=False)
        self.frequencies = self.frequencies.astype(np.float32, copy=False)

    def __len__(self) -> int:
        return len(self.docs)

    def at(self, docs: np.ndarray) -> np.ndarray:
        """The frequency in each of ``docs`` (sorted), zero where the leaf is absent."""
        if not len(self.docs):
            return np.zeros(len(docs))
        where = np.minimum(np.searchsorted(self.docs, docs), len(self.docs) - 1)
        return np.where(self.docs[where] == docs, self.frequencies[where].astype(np.float64), 0.0)

    @classmethod
    def from_dict(cls, frequencies: dict[int, float], idf: float) -> Scored:
        """From document -> frequency pairs in any order."""
        docs = np.fromiter(frequencies.keys(), dtype=np.int64, count=len(frequencies))
        values = np.fromiter(frequencies.values(), dtype=np.float64, count=len(frequencies))
        order = np.argsort(docs, kind="stable")
        return cls(docs[order], values[order], idf)


def rankable(query: wq.Query) -> bool:
    """Whether ``rank`` handles this query: terms, phrases and prefixes under flat AND/OR."""
    if isinstance(query, (wq.And, wq.Or)):
        return all(_is_leaf(child) for child in query.subqueries) and bool(query.subqueries)
    return _is_leaf(query)


def _is_leaf(query: wq.Query) -> bool:
    return type(query) in (wq.Term, wq.Prefix, PhraseQuery)


def match(
    query: wq.Query, leaf_scores: Callable[..., Scored], searcher: Any
) -> tuple[np.ndarray, list[Scored]]:
    """The documents a rankable query matches (sorted), and its leaves' frequencies and idf.

    For AND, the rarest word is read whole; a word more than eight times as common is
    then read only where the documents matched so far are (skipping the other blocks).
    """
    leaves = list(query.subqueries) if isinstance(query, (wq.And, wq.Or)) else [query]
    if isinstance(query, wq.Or):
        scored = [leaf_scores(leaf) for leaf in leaves]
        return np.unique(np.concatenate([s.docs for s in scored])), scored
    ordered = sorted(leaves, key=lambda leaf: _frequency(leaf, searcher))
    first = leaf_scores(ordered[0])
    scored = [first]
    matched = first.docs
    for leaf in ordered[1:]:
        sparse = type(leaf) is wq.Term and _frequency(leaf, searcher) > 8 * len(matched)
        part = leaf_scores(leaf, only=matched if sparse else None)
        scored.append(part)
        matched = np.intersect1d(matched, part.docs, assume_unique=True)
    return matched, scored


def _frequency(leaf: wq.Query, searcher: Any) -> int:
    if type(leaf) is wq.Term:
        return searcher.doc_frequency(leaf.fieldname, leaf.text)
    if isinstance(leaf, PhraseQuery):
        return min(searcher.doc_frequency(leaf.fieldname, word) for word in leaf.words)
    return searcher.doc_count_all()  # a prefix: could be anything, read it whole


def top(
    docs: np.ndarray, scored: list[Scored], lengths: np.ndarray, average_length: float, limit: int
) -> list[tuple[float, int]]:
    """The ``limit`` best of ``docs`` (sorted) by BM25 summed over the leaves, ties by document order."""
    if limit <= 0 or not len(docs):
        return []
    fixed, per_word = K1 * (1 - B), K1 * B / (average_length or 1.0)
    document_lengths = lengths[docs].astype(np.float64)
    if len(scored) == 1:  # the same arithmetic, in the same order, as Whoosh's BM25F
        only = scored[0]
        tf = only.frequencies.astype(np.float64) if len(only.docs) == len(docs) else only.at(docs)
        scores = only.idf * (K1 + 1) * tf / (tf + fixed + per_word * document_lengths)
    else:
        length_part = fixed + per_word * document_lengths
        scores = np.zeros(len(docs))
        for leaf in scored:
            tf = leaf.at(docs)
            scores += np.where(tf > 0, leaf.idf * (K1 + 1) * tf / (tf + length_part), 0.0)
    if limit < len(docs):
        # Everything scoring at least the limit-th best score, ties included, then sorted.
        threshold = np.partition(scores, len(scores) - limit)[len(scores) - limit]
        keep = np.flatnonzero(scores >= threshold)
    else:
        keep = np.arange(len(docs))
    order = keep[np.lexsort((docs[keep], -scores[keep]))][:limit]
    return list(zip(scores[order].tolist(), docs[order].tolist()))


def term_scores(
    searcher: Any, leaves: list[tuple[Any, int]], fieldname: str, word: str, only: np.ndarray | None = None
) -> Scored:
    """A word's frequencies in every document of the searcher (or just in ``only``), with Whoosh's idf."""
    parts: list[tuple[np.ndarray, np.ndarray]] = []
    for leaf, offset in leaves:
        if only is None:
            docs, weights = read_weights(leaf, fieldname, word)
        else:
            size = leaf.doc_count_all()
            inside = only[(only >= offset) & (only < offset + size)] - offset
            if not len(inside):
                continue
            found = read_postings(leaf, fieldname, word, weights=True, only=set(inside.tolist()))
            docs = np.fromiter(sorted(found), dtype=np.int64, count=len(found))
            weights = np.fromiter((found[doc] for doc in docs.tolist()), dtype=np.float64, count=len(found))
        parts.append((docs + offset, weights))
    docs = np.concatenate([d for d, _ in parts]) if parts else np.empty(0, dtype=np.int64)
    weights = np.concatenate([w for _, w in parts]) if parts else np.empty(0)
    # Whoosh's idf is log(documents / (frequency + 1)) + 1, undefined on an empty index.
    known = len(docs) or searcher.doc_frequency(fieldname, word)
    return Scored(docs, weights, searcher.idf(fieldname, word) if known else 0.0)


def prefix_scores(searcher: Any, leaves: list[tuple[Any, int]], fieldname: str, prefix: str) -> Scored:
    """Every word starting with ``prefix`` as one leaf: frequencies add up, the rarest idf counts."""
    parts: list[Scored] = []
    for word in searcher.reader().expand_prefix(fieldname, prefix):
        parts.append(term_scores(searcher, leaves, fieldname, word.decode("utf-8") if isinstance(word, bytes) else word))
    if not parts:
        return Scored(np.empty(0, dtype=np.int64), np.empty(0), 0.0)
    docs, where = np.unique(np.concatenate([p.docs for p in parts]), return_inverse=True)
    totals = np.bincount(where, weights=np.concatenate([p.frequencies for p in parts]), minlength=len(docs))
    return Scored(docs, totals, min(p.idf for p in parts))


def phrase_scores(searcher: Any, leaves: list[tuple[Any, int]], phrase: PhraseQuery) -> Scored:
    """Phrase frequencies per document, with an idf from how many documents hold the phrase."""
    frequencies: dict[int, float] = {}
    for leaf, offset in leaves:
        for doc, tf in phrase.frequencies(leaf).items():
            frequencies[offset + doc] = float(tf)
    total = searcher.doc_count_all() or 1
    return Scored.from_dict(frequencies, math.log(total / (len(frequencies) + 1)) + 1)


def prefixes_are_small(query: wq.Query, searcher: Any) -> bool:
    """False when some prefix of the query matches too many words to expand here."""
    parts: Iterable[wq.Query] = query.subqueries if isinstance(query, (wq.And, wq.Or)) else [query]
    for part in parts:
        if isinstance(part, wq.Prefix):
            for count, _word in enumerate(searcher.reader().expand_prefix(part.fieldname, part.text), 1):
                if count > MAX_PREFIX_WORDS:
                    return False
    return True
