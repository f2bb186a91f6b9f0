"""A word's postings in one segment, read in bulk: its documents, weights, raw values or positions.

Whoosh steps a matcher one posting at a time through Python generators; these functions
read a block (up to 128 postings) at a time into lists and arrays, and fall back to the
plain matcher when the postings are not in W3's block form.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

import numpy as np
from whoosh.reading import TermNotFound

from index.schema import decode_positions
from index.whoosh_internals import block_last_id, block_reader, each_block, read_block

# A CompactPositions posting value holding one position: its count, then the position.
_ONE_POSITION_BYTES = 8


class WordPositions:
    """One word's positions in one segment, as arrays: its live documents (sorted) and, for
    each, its position when it occurs once (-1 when more often: raw values in ``more``)."""

    def __init__(self, docs: np.ndarray, first: np.ndarray, more: dict[int, bytes]):
        self.docs, self.first, self.more = docs, first, more

    def __len__(self) -> int:
        return len(self.docs)

    def at(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each of ``docs`` (all holding the word): the single position or -1, and
        whether the word occurs there more than once."""
        first = self.first[np.searchsorted(self.docs, docs)]
        return first, first < 0

    def positions(self, docnum: int, first: int) -> Sequence[int]:
        """Every position of the word in one document."""
        return (first,) if first >= 0 else decode_positions(self.more[docnum])



def read_postings(
    leaf: Any, fieldname: str, word: str, *, weights: bool = False, only: set[int] | None = None
) -> dict[int, Any]:
    """One word's postings in one segment, live documents only: document -> raw value (or weight).

    Reads a block (up to 128 postings) at a time through Whoosh's W3 codec internals when
    they are there; any other matcher is read posting by posting. With ``only``, keeps
    just those documents and skips blocks that hold none of them.
    """
    matcher, raw = _postings(leaf, fieldname, word)
    if matcher is None:
        return {}
    if raw is None:
        return _read_slowly(matcher, weights, only)
    found: dict[int, Any] = {}
    wanted = sorted(only) if only is not None else None
    for block_start in each_block(raw):
        if wanted is None:
            ids, values = read_block(raw, weights)
            found.update(zip(ids, values))
            continue
        first, last = bisect_left(wanted, block_start), bisect_right(wanted, block_last_id(raw))
        if first < last:
            ids, values = read_block(raw, weights)
            for docnum in wanted[first:last]:
                index = bisect_left(ids, docnum)
                if index < len(ids) and ids[index] == docnum:
                    found[docnum] = values[index]
    if leaf.has_deletions():
        for docnum in leaf.segment().deleted_docs():
            found.pop(docnum, None)
    return found


def read_weights(leaf: Any, fieldname: str, word: str) -> tuple[np.ndarray, np.ndarray]:
    """One word's live documents in one segment (sorted) and its weight in each, as arrays."""
    matcher, raw = _postings(leaf, fieldname, word)
    if matcher is None:
        return np.empty(0, dtype=np.int32), np.empty(0, dtype=np.float32)
    ids: list[int] = []
    weights: list[float] = []
    if raw is None:
        found = _read_slowly(matcher, True, None)
        ids, weights = list(found), list(found.values())
    else:
        for _ in each_block(raw):
            block_ids, block_weights = read_block(raw, True)
            ids.extend(block_ids)
            weights.extend(block_weights)
    docs, values = np.array(ids, dtype=np.int32), np.array(weights, dtype=np.float32)
    if leaf.has_deletions():
        live = ~np.isin(docs, np.fromiter(leaf.segment().deleted_docs(), dtype=np.int64))
        docs, values = docs[live], values[live]
    return docs, values


def read_positions(leaf: Any, fieldname: str, word: str, only: np.ndarray | None = None) -> WordPositions:
    """One word's positions in one segment (just in the documents ``only``, when given)."""
    found = read_postings(leaf, fieldname, word, only=None if only is None else set(only.tolist()))
    docs = np.fromiter(found.keys(), dtype=np.int32, count=len(found))  # read in order: sorted
    values = list(found.values())
    single = np.fromiter(map(len, values), dtype=np.int64, count=len(values)) == _ONE_POSITION_BYTES
    first = np.full(len(docs), -1, dtype=np.int32)
    if single.all():
        first[:] = np.frombuffer(b"".join(values), dtype="<u4")[1::2]
    elif single.any():
        picked = b"".join(itertools.compress(values, single.tolist()))
        first[single] = np.frombuffer(picked, dtype="<u4")[1::2]
    more = {doc: found[doc] for doc in docs[~single].tolist()}
    return WordPositions(docs, first, more)


def read_doc_ids(leaf: Any, fieldname: str, word: str) -> list[int]:
    """The live documents of one segment holding a word, read a block at a time."""
    matcher, raw = _postings(leaf, fieldname, word)
    if matcher is None:
        return []
    if raw is None:
        return list(matcher.all_ids())
    found: list[int] = []
    for _ in each_block(raw):
        found.extend(read_block(raw, False)[0])
    if leaf.has_deletions():
        deleted = set(leaf.segment().deleted_docs())
        found = [docnum for docnum in found if docnum not in deleted]
    return found


def _postings(leaf: Any, fieldname: str, word: str) -> tuple[Any, Any]:
    # A word's matcher in one segment (None when absent) and the W3 block reader under it
    # (None when it is not one).
    try:
        matcher = leaf.postings(fieldname, word)
    except TermNotFound:
        return None, None
    return matcher, block_reader(matcher)


def _read_slowly(matcher: Any, weights: bool, only: set[int] | None) -> dict[int, Any]:
    found: dict[int, Any] = {}
    while matcher.is_active():
        if only is None or matcher.id() in only:
            found[matcher.id()] = matcher.weight() if weights else matcher.value()
        matcher.next()
    return found
