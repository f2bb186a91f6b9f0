"""The import's process pool: results as tasks finish, errors reported per task, a task that hangs
or kills its worker costs only that task, and no worker outlives the pool.

The pool starts real worker processes (spawn), so the task functions are defined at module
level, where a worker can import them.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from catalog.workers import TaskResult, WorkerPool

_SETUP_NOTE = "not set up"


def echo_after(payload: tuple[str, float]) -> tuple[str, int]:
    """Sleep, then answer the word and this worker's process id."""
    word, seconds = payload
    time.sleep(seconds)
    return word, os.getpid()


def fail_on_negative(number: int) -> int:
    """Square a number; a negative one is a task that raises."""
    if number < 0:
        raise ValueError(f"negative: {number}")
    return number * number


def note_setup(note: str) -> None:
    """A worker's per-process setup: remember the note."""
    global _SETUP_NOTE
    _SETUP_NOTE = f"{note} in {os.getpid()}"


def setup_note(seconds: float) -> str:
    """What this worker's setup left behind (after a nap, so that a task keeps its worker busy)."""
    time.sleep(seconds)
    return _SETUP_NOTE


def has_ended(pid: int) -> bool:
    """True when the process is gone or a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")


def worker_pids(pool: WorkerPool) -> set[int]:
    """Give out short tasks until every worker has answered one (so each is ready); their process ids."""
    pids: set[int] = set()
    for _ in range(50):
        for _ in range(pool.jobs):
            pool.submit(("warm-up", 0.05))
        pids |= {result.value[1] for result in pool.results()}
        if len(pids) == pool.jobs:
            return pids
    raise AssertionError(f"only {len(pids)} of {pool.jobs} workers answered")


def wait_until(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def test_results_come_as_tasks_finish_each_with_its_ticket_and_time() -> None:
    with WorkerPool(echo_after, jobs=2) as pool:
        assert (pool.jobs, pool.capacity) == (2, 4)
        worker_pids(pool)  # both ready: each takes one of the next two tasks
        slow = pool.submit(("slow", 0.3))
        quick = pool.submit(("quick", 0.0))
        assert pool.unfinished == 2
        results = list(pool.results())
        assert pool.unfinished == 0
    assert [(result.ticket, result.value[0]) for result in results] == [(quick, "quick"), (slow, "slow")]
    assert quick == slow + 1
    assert results[1].seconds >= 0.3 > results[0].seconds
    assert all(result.error is None for result in results)


def test_a_task_that_raises_is_reported_with_its_traceback_and_the_worker_carries_on() -> None:
    with WorkerPool(fail_on_negative, jobs=1) as pool:
        tickets = [pool.submit(number) for number in (3, -2, 4)]
        results = {result.ticket: result for result in pool.results()}
    assert [results[ticket].value for ticket in tickets] == [9, None, 16]
    failed = results[tickets[1]]
    assert failed.error == "ValueError: negative: -2"
    assert "Traceback" in failed.details and "fail_on_negative" in failed.details


def test_setup_runs_in_each_worker_before_its_tasks() -> None:
    notes: set[str] = set()
    with WorkerPool(setup_note, jobs=2, setup=note_setup, setup_args=("catalog opened",)) as pool:
        for _ in range(50):  # until both workers have answered
            for _ in range(pool.jobs):
                pool.submit(0.05)
            notes |= {result.value for result in pool.results()}
            if len(notes) == 2:
                break
    assert {note.rsplit(" ", 1)[0] for note in notes} == {"catalog opened in"}
    assert len(notes) == 2  # one note per worker process: setup ran in each, once


def test_queued_tasks_can_be_dropped_while_the_handed_out_ones_finish() -> None:
    with WorkerPool(echo_after, jobs=1) as pool:
        pool.submit(("warm-up", 0.0))
        list(pool.results())  # the worker is ready: tasks go to its pipe at once now
        tickets = [pool.submit((f"task {n}", 0.2)) for n in range(5)]
        assert pool.unfinished == 5
        dropped = pool.cancel_queued()
        assert dropped == tickets[pool.capacity:]  # two waited in the worker's pipe, three in the queue
        finished = [result.ticket for result in pool.results()]
    assert finished == tickets[:2]


def test_waiting_for_a_result_can_time_out_and_an_idle_pool_answers_none_at_once() -> None:
    with WorkerPool(echo_after, jobs=1) as pool:
        started = time.monotonic()
        assert pool.next_result(timeout=5) is None  # nothing submitted
        assert time.monotonic() - started < 1
        pool.submit(("late", 0.3))
        assert pool.next_result(timeout=0.05) is None
        result = pool.next_result()
    assert isinstance(result, TaskResult) and result.value[0] == "late"


def test_workers_lead_their_own_process_group_and_ignore_ctrl_c() -> None:
    with WorkerPool(echo_after, jobs=1) as pool:
        pool.submit(("first", 0.0))
        (first,) = pool.results()
        pid = first.value[1]
        assert os.getpgid(pid) == pid  # a group of its own: killed with what its decoders started
        os.kill(pid, signal.SIGINT)  # the writer decides how to stop, not the worker
        pool.submit(("second", 0.0))
        (second,) = pool.results()
    assert second.value == ("second", pid)


def test_closing_the_pool_ends_every_worker_even_one_still_running_a_task() -> None:
    pool = WorkerPool(echo_after, jobs=2)
    pids = worker_pids(pool)
    pool.submit(("endless", 3600.0))
    time.sleep(0.1)  # let it start
    pool.close()
    assert len(pids) == 2 and all(has_ended(pid) for pid in pids)
    assert pool.jobs == 0


@pytest.mark.crash
def test_time_already_spent_on_a_file_counts_against_its_time_limit() -> None:
    with WorkerPool(echo_after, jobs=1, time_limit=1.0) as pool:
        pool.submit(("warm-up", 0.0))
        (warm,) = pool.results()
        late = pool.submit(("hashed slowly", 0.5), spent=0.8)  # 0.8 + 0.5 > 1.0
        on_time = pool.submit(("hashed quickly", 0.5), spent=0.1)
        results = {result.ticket: result for result in pool.results()}
    assert results[late].error == "reading took longer than 1 s; skipped"
    assert results[on_time].error is None and results[on_time].value[0] == "hashed quickly"
    assert wait_until(lambda: has_ended(warm.value[1]))  # the worker that ran out of time was replaced


# -- the worker pool: a file that hangs or kills its worker costs only that file ------------


def _hang_or_crash(payload: str) -> str:
    if payload == "hang":
        never_written, _ = os.pipe()
        os.read(never_written, 1)  # blocks for good: nobody writes to the pipe
    if payload == "crash":
        os._exit(3)
    return payload.upper()


@pytest.mark.crash
def test_a_hung_or_crashed_task_is_reported_and_the_pool_goes_on() -> None:
    with WorkerPool(_hang_or_crash, jobs=2, time_limit=2.0) as pool:
        tickets = {pool.submit(p): p for p in ("hang", "crash", "ok", "fine")}
        results = {tickets[r.ticket]: r for r in pool.results()}
    assert results["ok"].value == "OK" and results["fine"].value == "FINE"
    assert "longer than 2 s" in results["hang"].error
    assert "crashed" in results["crash"].error


def _leave_after_answering(payload: str) -> int:
    """Answer, then end the worker process a moment later, while it waits idle for work."""
    threading.Timer(0.2, os._exit, args=(0,)).start()
    return os.getpid()


@pytest.mark.crash
def test_a_worker_that_died_while_idle_is_replaced_before_it_is_given_work() -> None:
    with WorkerPool(_leave_after_answering, jobs=1) as pool:
        pool.submit("first")
        (first,) = list(pool.results())
        for _ in range(500):  # the worker ends 0.2 s after answering
            if has_ended(first.value):
                break
            time.sleep(0.01)
        assert has_ended(first.value)
        pool.submit("second")  # before: BrokenPipeError from the dead worker's pipe
        (second,) = list(pool.results())
    assert second.error is None and second.value != first.value
