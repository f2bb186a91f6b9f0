"""The searcher's caches: least recently used first out, bounded by the size of what they hold."""

from __future__ import annotations

import threading

from index.recent import Recent


def test_the_least_recently_used_goes_first_when_the_sizes_pass_the_budget() -> None:
    cache = Recent(budget=100)
    cache.put("a", "A", size=20)
    cache.put("b", "B", size=20)
    cache.put("c", "C", size=20)
    assert cache.get("a") == "A"  # now the most recent: b is the oldest
    cache.put("d", "D", size=25)
    cache.put("e", "E", size=25)  # 20 + 20 + 20 + 25 + 25 = 110 > 100: b goes
    assert [key in cache for key in "abcde"] == [True, False, True, True, True]
    assert cache.get("b") is None


def test_replacing_a_value_counts_only_its_new_size() -> None:
    cache = Recent(budget=100)
    cache.put("a", "first", size=25)
    cache.put("a", "second", size=25)
    cache.put("b", "B", size=25)
    cache.put("c", "C", size=25)
    assert (cache.get("a"), "b" in cache, "c" in cache) == ("second", True, True)  # 75 used, not 100


def test_a_value_bigger_than_a_quarter_of_the_budget_is_not_kept() -> None:
    cache = Recent(budget=100)
    cache.put("small", 1, size=10)
    cache.put("huge", 2, size=26)
    assert "huge" not in cache and cache.get("small") == 1
    cache.put("quarter", 3, size=25)
    assert cache.get("quarter") == 3


def test_threads_sharing_a_cache_never_push_it_past_its_budget() -> None:
    cache = Recent(budget=1000)
    errors: list[BaseException] = []

    def churn(thread: int) -> None:
        try:
            for n in range(2000):
                cache.put((thread, n % 300), n, size=7)
                cache.get((thread, (n * 7) % 300))
        except BaseException as error:  # noqa: BLE001 (any failure in a thread fails the test)
            errors.append(error)

    threads = [threading.Thread(target=churn, args=(t,)) for t in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert cache._used <= 1000 and cache._used == sum(size for _, size in cache._items.values())
