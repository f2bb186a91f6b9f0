"""The index's size-bounded least-recently-used cache (``index.recent.Recent``)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from index.recent import Recent


def test_the_least_recently_used_go_first_when_the_sizes_pass_the_budget() -> None:
    recent = Recent(12)
    recent.put("a", "A", 3)
    recent.put("b", "B", 3)
    recent.put("c", "C", 3)
    assert recent.get("a") == "A"  # a use: "b" is now the least recent
    recent.put("d", "D", 3)  # 12 of 12: nothing goes yet
    assert all(key in recent for key in "abcd")
    recent.put("e", "E", 2)  # 14: "b" goes, then 11 fits
    assert "b" not in recent and recent.get("b") is None
    assert [recent.get(key) for key in "acde"] == ["A", "C", "D", "E"]
    recent.put("f", "F", 3)  # 14 again: "a", now the least recent, goes
    assert "a" not in recent and all(key in recent for key in "cdef")


def test_asking_whether_a_key_is_kept_is_not_a_use() -> None:
    recent = Recent(8)
    recent.put("old", 1, 2)
    recent.put("new", 2, 2)
    assert "old" in recent  # a look only: "old" stays the least recent
    recent.put("more", 3, 2)
    recent.put("most", 4, 2)
    recent.put("over", 5, 2)
    assert "old" not in recent and "new" in recent


def test_a_replaced_value_frees_its_own_size_first() -> None:
    recent = Recent(8)
    recent.put("a", "A", 2)
    recent.put("b", "B", 2)
    recent.put("c", "C", 2)
    recent.put("a", "A again", 2)  # "a" is least recent, but replacing it evicts nothing
    assert [recent.get(key) for key in "abc"] == ["A again", "B", "C"]
    recent.put("d", "D", 2)
    recent.put("e", "E", 2)  # 10 of 8: the least recent, "a" (read first above), goes
    assert "a" not in recent and all(key in recent for key in "bcde")


def test_a_value_over_a_quarter_of_the_budget_is_not_kept() -> None:
    recent = Recent(100)
    recent.put("small", "kept", 25)
    recent.put("large", "not kept", 26)  # it would push out most of the others
    assert recent.get("small") == "kept" and "large" not in recent


def test_values_count_one_each_by_default() -> None:
    recent = Recent(4)
    for number in range(5):
        recent.put(number, str(number))
    assert 0 not in recent and all(number in recent for number in range(1, 5))


def test_threads_share_one_cache() -> None:
    recent = Recent(400)

    def work(offset: int) -> None:
        for number in range(2000):
            recent.put((offset, number % 150), number, 1 + number % 3)
            recent.get((offset, (number * 7) % 150))

    with ThreadPoolExecutor(4) as pool:
        for done in [pool.submit(work, offset) for offset in range(4)]:
            done.result()  # raises what the thread raised
    assert sum(size for _value, size in recent._items.values()) == recent._items.currsize <= 400
