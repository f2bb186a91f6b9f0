"""Index generations on disk: numbered folders, an atomic CURRENT pointer, one writer at a time."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from catalog.errors import ImportLockedError
from index.generations import LOCK_FILE, POINTER, Generations


def test_a_new_index_has_no_generation_and_nothing_left_over(tmp_path: Path) -> None:
    generations = Generations(tmp_path / "index")
    assert (generations.current(), generations.names(), generations.leftovers()) == (None, [], [])


def test_generations_are_numbered_and_switching_keeps_only_the_one_before(tmp_path: Path) -> None:
    generations = Generations(tmp_path / "index")
    first = generations.create()
    generations.switch_to(first)
    second = generations.create()
    generations.switch_to(second)
    third = generations.create()
    assert [first, second, third] == ["gen-000001", "gen-000002", "gen-000003"]
    generations.switch_to(third)
    assert generations.current() == third
    assert generations.names() == [second, third]  # a searcher may still be finishing in the one before
    assert (tmp_path / "index" / POINTER).read_text(encoding="ascii") == "gen-000003\n"
    assert generations.leftovers() == []


def test_another_process_view_follows_the_pointer(tmp_path: Path) -> None:
    writer, reader = Generations(tmp_path / "index"), Generations(tmp_path / "index")
    writer.switch_to(writer.create())
    assert reader.current() == "gen-000001"
    writer.switch_to(writer.create())
    assert reader.current() == "gen-000002"


def test_a_pointer_naming_no_generation_reads_as_none(tmp_path: Path) -> None:
    (tmp_path / "index").mkdir()
    (tmp_path / "index" / POINTER).write_text("../../etc\n", encoding="ascii")
    assert Generations(tmp_path / "index").current() is None


def test_what_a_killed_rebuild_left_is_found_and_a_discarded_generation_goes(tmp_path: Path) -> None:
    generations = Generations(tmp_path / "index")
    for _ in range(2):
        generations.switch_to(generations.create())
    dead_rebuild = generations.create()  # never switched to
    stray_pointer = tmp_path / "index" / f".{POINTER}.4242.tmp"
    stray_pointer.write_text("gen-000003\n", encoding="ascii")
    assert generations.leftovers() == [stray_pointer, generations.path(dead_rebuild)]
    generations.discard(dead_rebuild)
    assert generations.names() == ["gen-000001", "gen-000002"]


def test_without_a_pointer_every_generation_is_a_leftover(tmp_path: Path) -> None:
    generations = Generations(tmp_path / "index")
    name = generations.create()
    assert generations.leftovers() == [generations.path(name)]


def test_one_writer_at_a_time_the_next_waits_or_is_told_the_index_is_busy(tmp_path: Path) -> None:
    first, second = Generations(tmp_path / "index"), Generations(tmp_path / "index")
    order: list[str] = []

    def write_second() -> None:
        with second.write_lock():
            order.append("second")

    with first.write_lock():
        assert (tmp_path / "index" / LOCK_FILE).exists()
        with second.write_lock_if_free() as free:
            assert free is False
        with pytest.raises(ImportLockedError, match="another import or reindex is writing the search index"), \
                second.write_lock(timeout=0.2):
            pass
        waiter = threading.Thread(target=write_second)
        waiter.start()
        waiter.join(timeout=0.3)
        assert waiter.is_alive()  # still waiting for the lock
        order.append("first done")
    waiter.join()
    assert order == ["first done", "second"]
    with second.write_lock_if_free() as free:
        assert free is True
