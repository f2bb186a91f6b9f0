"""Refreshing a searcher: unchanged segments reused, new ones opened, deletions and merges seen."""

from __future__ import annotations

from pathlib import Path

from whoosh import fields, index
from whoosh import query as wq

from index.readers import open_searcher


def new_index(folder: Path):
    folder.mkdir()
    return index.create_in(folder, fields.Schema(id=fields.ID(stored=True, unique=True), text=fields.TEXT))


def add(ix, *ids: str, merge: bool = False) -> None:
    writer = ix.writer()
    for document_id in ids:
        writer.update_document(id=document_id, text=f"picture {document_id}")
    writer.commit(merge=merge)


def ids(searcher) -> list[str]:
    return sorted(hit["id"] for hit in searcher.search(wq.Every(), limit=None))


def segment_readers(searcher) -> dict[str, object]:
    return {reader.segment().segment_id(): reader for reader, _ in searcher.reader().leaf_readers()}


def test_an_empty_index_gives_an_empty_searcher(tmp_path: Path) -> None:
    ix = new_index(tmp_path / "index")
    searcher, generation = open_searcher(ix)
    assert ids(searcher) == [] and generation == ix.latest_generation()


def test_a_refresh_reuses_the_segments_that_did_not_change_and_opens_the_new_one(tmp_path: Path) -> None:
    ix = new_index(tmp_path / "index")
    add(ix, "a", "b")
    first, _ = open_searcher(ix)
    before = segment_readers(first)
    add(ix, "c")
    second, generation = open_searcher(ix, first)
    after = segment_readers(second)
    assert ids(second) == ["a", "b", "c"] and generation == ix.latest_generation()
    (kept,) = set(before)
    assert after[kept] is before[kept]  # the same reader object, not reopened
    assert len(after) == 2


def test_a_segment_with_new_deletions_is_reopened_so_removed_documents_are_gone(tmp_path: Path) -> None:
    ix = new_index(tmp_path / "index")
    add(ix, "a", "b", "c")
    first, _ = open_searcher(ix)
    before = segment_readers(first)
    with ix.writer() as writer:
        writer.delete_by_term("id", "b")
    second, _ = open_searcher(ix, first)
    assert ids(second) == ["a", "c"]
    assert all(reader is not before.get(segment) for segment, reader in segment_readers(second).items())


def test_a_replaced_document_and_merged_segments_are_never_seen_twice(tmp_path: Path) -> None:
    ix = new_index(tmp_path / "index")
    searcher, _ = open_searcher(ix)
    for round_number in range(12):  # small batches: Whoosh merges segments as it goes
        add(ix, "mosul", f"extra-{round_number}", merge=True)
        searcher, _ = open_searcher(ix, searcher)
        assert ids(searcher) == sorted(["mosul", *(f"extra-{n}" for n in range(round_number + 1))])
    assert len(segment_readers(searcher)) < 12  # some were merged away, none came back
