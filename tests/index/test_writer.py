"""Writing, reading and rebuilding the index: batches, removals, the writer lock, generations,
schema changes, threads, and segments written by earlier releases.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest

from catalog.asset import ArticleRef, record_stamp
from catalog.errors import ImportLockedError
from index import SearchIndex
from tests.helpers.sample_assets import (
    ALL,
    MALAGA,
    MOSUL,
    NAMES,
    SAO_PAULO,
    UNCREDITED,
    hits,
    make_asset,
)


def test_stamps_match_the_records(index: SearchIndex) -> None:
    assert index.stamps() == {asset.id: record_stamp(asset) for asset in ALL}


def test_reindexing_an_asset_replaces_its_document(index: SearchIndex) -> None:
    assert hits(index, "football") == {"malaga"}  # a searcher is now open and pooled
    changed = replace(MALAGA, keywords=("fiesta",), articles=(ArticleRef(url="https://example.com/a"),))
    index.index([changed])
    assert hits(index, "football") == set()
    assert hits(index, "fiesta") == {"malaga"}
    assert hits(index, "has:articles") == {"malaga"}
    assert index.count() == len(ALL)
    assert index.stamps()[MALAGA.id] == record_stamp(changed)


def test_removed_assets_disappear_from_an_open_searcher(index: SearchIndex) -> None:
    assert hits(index, "protest") == {"sao_paulo", "uncredited"}
    index.remove([UNCREDITED.id])
    assert hits(index, "protest") == {"sao_paulo"}
    assert UNCREDITED.id not in index.stamps()
    index.remove(["0000000000000000"])  # unknown ids are fine
    assert index.count() == len(ALL) - 1


def test_many_small_batches_merge_without_resurrecting_documents(tmp_path: Path) -> None:
    # Regression: whoosh-reloaded's Searcher.refresh() kept merged-away segments and
    # stale deletions, so documents came back or stayed after being replaced.
    with SearchIndex(tmp_path / "index") as search_index:
        for round_number in range(12):
            search_index.index([replace(MOSUL, keywords=(f"round{round_number}",))])
            assert hits(search_index, "mosul") == {"mosul"}
            assert hits(search_index, f"keyword:round{round_number}") == {"mosul"}
            assert search_index.count() == 1


def test_a_failing_batch_writes_nothing(index: SearchIndex) -> None:
    with pytest.raises(RuntimeError):
        with index.writer() as batch:
            batch.add(make_asset(7, caption="half written"))
            raise RuntimeError("the batch broke")
    assert index.search("written").total == 0
    assert index.count() == len(ALL)


def test_a_second_writer_waits_or_says_the_index_is_busy(tmp_path: Path) -> None:
    first = SearchIndex(tmp_path / "index")
    impatient = SearchIndex(tmp_path / "index", lock_timeout=0)
    patient = SearchIndex(tmp_path / "index")
    done = threading.Event()
    with first.writer() as batch:
        batch.add(MOSUL)
        with pytest.raises(ImportLockedError, match="another import or reindex"):
            impatient.index([MALAGA])
        waiter = threading.Thread(target=lambda: (patient.index([MALAGA]), done.set()))
        waiter.start()
        assert not done.is_set()
    waiter.join()
    assert done.is_set()
    assert hits(first, "") == {"mosul", "malaga"}


def test_rebuild_switches_generations_atomically(index: SearchIndex, tmp_path: Path) -> None:
    assert hits(index, "mosul") == {"mosul"}
    assert index.rebuild([MOSUL, MALAGA]) == 2
    assert hits(index, "") == {"mosul", "malaga"}
    assert index.generations.names() == ["gen-000001", "gen-000002"]
    other = SearchIndex(tmp_path / "index")  # another process's view of the same directory
    assert hits(other, "") == {"mosul", "malaga"}
    index.rebuild([SAO_PAULO])
    assert hits(other, "") == {"sao_paulo"}
    assert index.generations.names() == ["gen-000002", "gen-000003"]  # the one before is kept
    other.close()


def test_a_failed_rebuild_leaves_the_live_index_alone(index: SearchIndex) -> None:
    def assets():
        yield MOSUL
        raise OSError("catalog went away")

    with pytest.raises(OSError):
        index.rebuild(assets())
    assert index.generations.names() == ["gen-000001"]
    assert hits(index, "") == set(NAMES.values())


@pytest.mark.slow
def test_large_rebuild_uses_worker_processes(tmp_path: Path) -> None:
    many = [make_asset(100 + n, caption=f"picture number {n} of the flood", date_created=f"20{n % 20:02d}")
            for n in range(6000)]
    with SearchIndex(tmp_path / "index") as search_index:
        assert search_index.rebuild(many, procs=2) == 6000
        assert search_index.search("flood").total == 6000
        assert search_index.search("date:2005").total == 300
        assert len(search_index.stamps()) == 6000


def test_an_index_from_another_schema_asks_for_a_reindex(index: SearchIndex, tmp_path: Path) -> None:
    from catalog.errors import ConfigurationError

    generation = index.generations.path(index.generations.current())
    (generation / "PHOTODESK-SCHEMA").write_text("1\n", encoding="ascii")
    stale = SearchIndex(tmp_path / "index")
    with pytest.raises(ConfigurationError, match="run `photodesk reindex`"):
        stale.search("mosul")
    with pytest.raises(ConfigurationError, match="another version of Photodesk"):
        stale.index([MOSUL])
    assert stale.rebuild(ALL) == len(ALL)  # a rebuild needs nothing from the old generation
    assert hits(stale, "mosul") == {"mosul"}


def test_an_index_never_written_answers_empty(tmp_path: Path) -> None:
    empty = SearchIndex(tmp_path / "nothing-here")
    assert empty.search("mosul").total == 0
    assert empty.stamps() == {} and empty.count() == 0
    assert not (tmp_path / "nothing-here").exists()


def test_an_index_with_no_documents_answers_every_query(tmp_path: Path) -> None:
    # Regression: an index created by an empty first batch reads through Whoosh's
    # EmptyReader, which has no segment; facets, flags and sorting must still work.
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index([])
        for query in ("", "missing:credit", "date:2017", "width:>10", "mosul", "caption:("):
            assert search_index.search(query, facets=True, sort="newest").total == 0
        assert search_index.stamps() == {}


def test_searches_from_many_threads_share_the_index(index: SearchIndex) -> None:
    failures: list[str] = []

    def search_repeatedly(query: str, expected: set[str]) -> None:
        for _ in range(30):
            result = hits(index, query)
            if result != expected:
                failures.append(f"{query}: {result}")

    threads = [
        threading.Thread(target=search_repeatedly, args=(q, e))
        for q, e in [("protest", {"sao_paulo", "uncredited"}), ("date:2017", {"mosul", "sao_paulo"}),
                     ("by:dana", {"mosul"}), ("has:gps", {"malaga"})]
    ]
    for thread in threads:
        thread.start()
    index.index([make_asset(8, caption="an unrelated picture")])
    for thread in threads:
        thread.join()
    assert failures == []


def test_opening_the_index_while_batches_commit_never_finds_a_file_gone(index: SearchIndex) -> None:
    # Regression (CI, 2026-12-06): each commit replaces Whoosh's table of contents, and a
    # searcher opening at that moment listed the old one and found it deleted.
    from index.storage import open_index

    folder = index.generations.path(index.generations.current())  # type: ignore[arg-type]
    errors: list[BaseException] = []
    done = threading.Event()

    def open_repeatedly() -> None:
        while not done.is_set():
            try:
                open_index(folder).close()
            except BaseException as error:  # noqa: BLE001 - collected and reported below
                errors.append(error)

    openers = [threading.Thread(target=open_repeatedly) for _ in range(3)]
    for opener in openers:
        opener.start()
    try:
        for number in range(40):
            index.index([make_asset(100 + number, caption=f"batch {number}")])
    finally:
        done.set()
        for opener in openers:
            opener.join()
    assert errors == []
    assert index.search("batch", page_size=100).total == 40


def test_an_index_written_before_the_faster_posting_blocks_still_reads_and_merges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Indexes built by earlier releases hold W3 segments (protocol-2 posting blocks). They
    # must keep answering, and merge with segments written in the new form.
    from whoosh.codec.whoosh3 import W3Codec

    import index.search_index as search_index_module

    old = [make_asset(9000 + n, caption=f"flood waters rise in town {n}", agency="AP") for n in range(40)]
    new = [make_asset(9100 + n, caption=f"flood barrier holds {n}", agency="AFP") for n in range(40)]
    with monkeypatch.context() as patched:
        patched.setattr(search_index_module, "CODEC", W3Codec())
        with SearchIndex(tmp_path / "index") as search_index:
            search_index.index(old)
    with SearchIndex(tmp_path / "index") as search_index:
        for start in range(0, len(new), 4):  # small batches: Whoosh merges segments as it goes
            search_index.index(new[start : start + 4])
        codecs = {type(leaf.segment().codec()).__name__ for leaf in _segment_readers(search_index)}
        assert "PhotodeskCodec" in codecs
        assert search_index.search('"flood waters"', page_size=200).total == 40
        assert search_index.search("flood", page_size=200, facets=["agency"]).facets == {
            "agency": [("AFP", 40), ("AP", 40)]
        }
        search_index.rebuild(old + new)
        assert {type(leaf.segment().codec()).__name__ for leaf in _segment_readers(search_index)} == {"PhotodeskCodec"}
        assert search_index.search("flood barrier").total == 40


def _segment_readers(search_index: SearchIndex) -> list:
    with search_index._borrow() as handle:
        assert handle is not None
        return [leaf for leaf, _offset in handle.leaves]
