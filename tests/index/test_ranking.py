"""The vectorised BM25 ranks exactly as Whoosh's own BM25F would, on a real index built here."""

from __future__ import annotations

import random

import numpy as np
import pytest
from whoosh import fields, index, scoring
from whoosh import query as wq

from index import ranking

VOCABULARY = ["flood", "river", "police", "fire", "mayor", "city", "the", "of", "storm", "harbor"]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory):
    """Three segments of 300 random captions, opened with Whoosh's BM25F (its defaults)."""
    folder = tmp_path_factory.mktemp("ranking")
    ix = index.create_in(folder, fields.Schema(text=fields.TEXT(phrase=True)))
    rng = random.Random(3)
    for segment in range(3):
        writer = ix.writer()
        for _ in range(100):
            writer.add_document(text=" ".join(rng.choices(VOCABULARY, k=rng.randint(2, 30))))
        writer.commit(merge=False)
    with ix.searcher(weighting=scoring.BM25F()) as opened:
        assert len(opened.reader().leaf_readers()) == 3
        yield opened


def ours(searcher, query: wq.Query, limit: int) -> list[tuple[float, int]]:
    leaves = searcher.reader().leaf_readers()

    def leaf_scores(leaf: wq.Query, only: np.ndarray | None = None) -> ranking.Scored:
        if isinstance(leaf, wq.Prefix):
            return ranking.prefix_scores(searcher, leaves, leaf.fieldname, leaf.text)
        return ranking.term_scores(searcher, leaves, leaf.fieldname, leaf.text, only=only)

    lengths = np.array([searcher.reader().doc_field_length(doc, "text", 0) for doc in range(searcher.doc_count_all())])
    docs, scored = ranking.match(query, leaf_scores, searcher)
    return ranking.top(docs, scored, lengths, searcher.reader().field_length("text") / searcher.doc_count_all(), limit)


def whooshs(searcher, query: wq.Query, limit: int) -> list[tuple[float, int]]:
    return [(hit.score, hit.docnum) for hit in searcher.search(query, limit=limit)]


@pytest.mark.parametrize("query", [
    wq.Term("text", "flood"),
    wq.Term("text", "harbor"),
    wq.And([wq.Term("text", "flood"), wq.Term("text", "river")]),
    wq.And([wq.Term("text", "the"), wq.Term("text", "storm"), wq.Term("text", "mayor")]),
    wq.Or([wq.Term("text", "police"), wq.Term("text", "fire")]),
], ids=str)
def test_words_rank_as_whoosh_ranks_them_score_for_score(searcher, query: wq.Query) -> None:
    assert ranking.rankable(query)
    expected = whooshs(searcher, query, 300)
    got = ours(searcher, query, 300)
    assert [doc for _, doc in got] == [doc for _, doc in expected]
    assert np.allclose([score for score, _ in got], [score for score, _ in expected], rtol=1e-9)


def test_the_best_few_are_the_first_of_the_whole_ranking(searcher) -> None:
    query = wq.Or([wq.Term("text", "flood"), wq.Term("text", "city")])
    whole = ours(searcher, query, 300)
    assert ours(searcher, query, 7) == whole[:7]
    assert ours(searcher, query, 0) == []


def test_a_word_in_no_document_matches_nothing(searcher) -> None:
    assert ours(searcher, wq.And([wq.Term("text", "flood"), wq.Term("text", "zebra")]), 10) == []


def test_shapes_other_than_flat_words_phrases_and_prefixes_are_left_to_whoosh() -> None:
    assert ranking.rankable(wq.Prefix("text", "flo"))
    assert not ranking.rankable(wq.And([wq.Term("text", "a"), wq.Or([wq.Term("text", "b"), wq.Term("text", "c")])]))
    assert not ranking.rankable(wq.Not(wq.Term("text", "a")))
    assert not ranking.rankable(wq.Or([]))
    assert not ranking.rankable(wq.Wildcard("text", "f*d"))
