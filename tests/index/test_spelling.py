""""Did you mean": corrections from the words an index really holds, shown as some picture writes them."""

from __future__ import annotations

import pytest
from whoosh import index

from index.documents import asset_document
from index.query import parse_query
from index.schema import build_schema
from index.spelling import MAX_WORD_CHARS, correct_word, edit_distance, suggest_query
from tests.helpers.sample_assets import ALL, make_asset


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory):
    """The six sample assets, and two more, written with the index's own schema and documents."""
    folder = tmp_path_factory.mktemp("spelling")
    ix = index.create_in(folder, build_schema())
    extra = [make_asset(40, caption="Crowds celebrate the parliament vote in Kyiv."),
             make_asset(41, caption="Parliament sits late; protesters celebrate outside.")]
    with ix.writer() as writer:
        for asset in (*ALL, *extra):
            writer.add_document(**asset_document(asset))
    with ix.searcher() as opened:
        yield opened


@pytest.mark.parametrize(("a", "b", "distance"), [
    ("mosul", "mosul", 0), ("mosl", "mosul", 1), ("mosul", "msoul", 1),  # a transposition is one edit
    ("parliment", "parliament", 1), ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3),
])
def test_edit_distance_counts_insertions_deletions_substitutions_and_swaps(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance == edit_distance(b, a)


def test_a_misspelt_word_becomes_the_closest_word_as_a_caption_writes_it(searcher) -> None:
    assert correct_word("parliment", searcher) == "parliament"
    assert correct_word("celebrat", searcher) == "celebrate"  # the stem's surface form, from a caption
    assert correct_word("mosl", searcher) == "mosul"


@pytest.mark.parametrize("word", ["ab", "x" * (MAX_WORD_CHARS + 1), "2017", "mos*", "zzzzzzzz"])
def test_short_long_numeric_wildcard_and_hopeless_words_get_no_correction(searcher, word: str) -> None:
    assert correct_word(word, searcher) is None


def test_the_query_keeps_its_shape_case_and_correct_words(searcher) -> None:
    def suggestion(text: str) -> str | None:
        return suggest_query(parse_query(text), searcher)

    assert suggestion("Parliment vote") == "Parliament vote"
    assert suggestion("MOSL") == "MOSUL"
    assert suggestion("by:Danna date:2017") == "by:Dana date:2017"
    assert suggestion('"Felipe Dnaa"') is None  # phrases are not corrected
    assert suggestion("parliament vote") is None  # nothing misspelt
    assert suggestion("country:Irak") == "country:Iraq"
    assert suggestion("source:Reutrs") is None  # exact-value fields are not corrected
