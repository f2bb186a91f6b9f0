"""A small process pool for the ingest stages that have no side effects.

Unlike ``concurrent.futures``, a task that runs past its time limit, or that kills its
worker (a decoder crash), costs only that task: the worker is replaced and the task is
reported as failed. Each worker leads its own process group, so a helper program a decoder
started (Pillow runs Ghostscript for EPS) is killed with it instead of spinning on alone.
Workers ignore Ctrl-C (the writer decides how to stop), and die with their parent, so a
killed import leaves no worker writing files behind it.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import time
import traceback
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterator

log = logging.getLogger(__name__)

# Workers start from a fresh interpreter: nothing of the parent's (open catalog, the
# import lock's file descriptor, a progress bar's thread) is inherited.
_CONTEXT = multiprocessing.get_context("spawn")


@dataclass(frozen=True)
class TaskResult:
    """What became of one task: its value, or why there is none (``error``)."""

    ticket: int
    value: Any = None
    error: str | None = None
    details: str | None = None  # a traceback, for the debug log
    seconds: float = 0.0  # how long the task ran in its worker


class _Worker:
    def __init__(self, function: Callable[[Any], Any], setup: tuple[Callable[..., None], tuple]) -> None:
        self.connection, child = _CONTEXT.Pipe(duplex=True)
        self.process = _CONTEXT.Process(
            target=_serve, args=(child, function, setup, os.getpid()), daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False  # set by the worker's first message, once its setup is done
        self.sent: deque[tuple[int, Any, float]] = deque()  # given, unanswered (ticket, payload, spent); the first runs
        self.started = 0.0  # when the running task began

    @property
    def ticket(self) -> int | None:
        """The running task's ticket, if any."""
        return self.sent[0][0] if self.sent else None

    def deadline(self, time_limit: float | None) -> float | None:
        """When the running task runs out of time (None: no task, or no limit)."""
        if not self.sent or time_limit is None:
            return None
        return self.started + time_limit - self.sent[0][2]

    def give(self, ticket: int, payload: Any, spent: float) -> bool:
        """Send one task down the pipe (it starts when the ones before it are done).

        False when the process has ended and its pipe is closed: the task was not given.
        """
        now = time.monotonic()
        try:
            self.connection.send((ticket, payload))
        except (BrokenPipeError, ConnectionResetError):
            return False
        if not self.sent:
            self.started = now
        self.sent.append((ticket, payload, spent))
        return True

    def finish(self) -> tuple[int, float]:
        """The running task is answered: its ticket and seconds; the next one starts now."""
        ticket, _, _ = self.sent.popleft()
        now = time.monotonic()
        seconds, self.started = now - self.started, now  # the next one, already in the pipe, starts now
        return ticket, seconds

    def stop(self, *, kill: bool = False) -> None:
        """End the process: politely, or at once with ``kill``."""
        if kill:
            self._kill_group()
        else:
            try:
                self.connection.send(None)
            except OSError:
                pass
        self.process.join(timeout=None if kill else 5)
        if self.process.is_alive():
            self._kill_group()
            self.process.join()
        self.connection.close()

    def _kill_group(self) -> None:
        # The worker's group holds any program its decoder started; the worker may not have
        # made its group yet (killed while starting), so it is also killed by itself.
        if self.process.pid is not None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        self.process.kill()


class WorkerPool:
    """``jobs`` worker processes running ``function(payload)``, results in completion order.

    Each worker holds up to ``_DEPTH`` tasks in its pipe, so it starts the next file at once
    even while the writer is busy committing a batch and not reading results.
    """

    _DEPTH = 2

    def __init__(
        self,
        function: Callable[[Any], Any],
        *,
        jobs: int,
        time_limit: float | None = None,
        setup: Callable[..., None] | None = None,
        setup_args: tuple = (),
    ) -> None:
        self._function = function
        self._setup = (setup or _no_setup, setup_args)
        self._time_limit = time_limit
        self._queue: deque[tuple[int, Any, float]] = deque()
        self._next_ticket = 0
        self._workers = [_Worker(function, self._setup) for _ in range(max(1, jobs))]
        self._failed_starts = 0  # in a row: a worker that cannot even start will not get better

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def jobs(self) -> int:
        """How many worker processes run tasks."""
        return len(self._workers)

    @property
    def capacity(self) -> int:
        """How many tasks the workers can hold at once (running and waiting in their pipes)."""
        return len(self._workers) * self._DEPTH

    @property
    def unfinished(self) -> int:
        """Tasks submitted whose results have not been collected yet."""
        return len(self._queue) + sum(len(w.sent) for w in self._workers)

    def submit(self, payload: Any, *, spent: float = 0.0) -> int:
        """Queue one task; returns its ticket.

        ``spent``: seconds earlier tasks already took on the same piece of work (a file's
        hash before its reading), deducted from this task's time limit.
        """
        ticket = self._next_ticket
        self._next_ticket += 1
        self._queue.append((ticket, payload, spent))
        self._dispatch()
        return ticket

    def cancel_queued(self) -> list[int]:
        """Drop tasks not yet handed to a worker; returns their tickets."""
        dropped = [ticket for ticket, _, _ in self._queue]
        self._queue.clear()
        return dropped

    def next_result(self, timeout: float | None = None) -> TaskResult | None:
        """The next finished task, or None when ``timeout`` seconds pass first (or none is running)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while any(w.sent for w in self._workers) or (
            self._queue and any(not w.ready for w in self._workers)
        ):
            watched = [w for w in self._workers if w.sent or not w.ready]
            waits = [] if deadline is None else [deadline - time.monotonic()]
            deadlines = [w.deadline(self._time_limit) for w in watched]
            waits += [end - time.monotonic() for end in deadlines if end is not None]
            ready = wait(
                [w.connection for w in watched] + [w.process.sentinel for w in watched],
                timeout=max(0.0, min(waits)) if waits else None,
            )
            for worker in watched:
                result = self._collect(worker, ready)
                if result is not None:
                    self._dispatch()
                    return result
            self._dispatch()
            if deadline is not None and time.monotonic() >= deadline:
                return None
        return None

    def results(self) -> Iterator[TaskResult]:
        """Every remaining result, as tasks finish."""
        while (result := self.next_result()) is not None:
            yield result

    def close(self) -> None:
        """Stop every worker (running tasks are abandoned)."""
        for worker in self._workers:
            worker.stop(kill=bool(worker.sent))
        self._workers.clear()
        self._queue.clear()

    def _collect(self, worker: _Worker, ready: list[Any]) -> TaskResult | None:
        if not worker.ready:
            if worker.connection in ready:
                try:
                    worker.connection.recv()  # "ready": setup done, tasks may be timed from now
                    worker.ready = True
                    self._failed_starts = 0
                except (EOFError, OSError):
                    self._restart_failed_start(worker)
            elif worker.process.sentinel in ready:
                self._restart_failed_start(worker)
            return None
        if worker.connection in ready:
            try:
                _, value, error, details = worker.connection.recv()
            except (EOFError, OSError):
                return self._replace(worker, "the reader crashed on this file")
            ticket, seconds = worker.finish()
            return TaskResult(ticket, value, error, details, seconds)
        if worker.process.sentinel in ready:
            code = worker.process.exitcode
            return self._replace(worker, f"the reader crashed on this file (exit code {code})")
        end = worker.deadline(self._time_limit)
        if end is not None and time.monotonic() >= end:
            return self._replace(worker, f"reading took longer than {self._time_limit:g} s; skipped")
        return None

    def _replace(self, worker: _Worker, error: str) -> TaskResult:
        """The running task failed with its worker: replace the worker, hand its other tasks on."""
        ticket, seconds = worker.finish()
        log.debug("replacing worker %s: %s", worker.process.pid, error)
        self._queue.extendleft(reversed(worker.sent))  # waiting in the dead worker's pipe: not failed
        worker.sent.clear()
        self._restart(worker)
        return TaskResult(ticket, error=error, seconds=seconds)

    def _restart(self, worker: _Worker) -> None:
        worker.stop(kill=True)
        self._workers[self._workers.index(worker)] = _Worker(self._function, self._setup)

    def _restart_failed_start(self, worker: _Worker) -> None:
        self._failed_starts += 1
        if self._failed_starts > 3:
            raise RuntimeError("the worker processes die while starting; run with --verbose for details")
        self._restart(worker)

    def _dispatch(self) -> None:
        # Breadth first: every idle worker gets a task before any gets a second.
        for depth in range(1, self._DEPTH + 1):
            for worker in self._workers:
                if not self._queue:
                    return
                if worker.ready and len(worker.sent) < depth:
                    task = self._queue.popleft()
                    if not worker.give(*task):
                        self._queue.appendleft(task)
                        if not worker.sent:  # it died idle: nothing was lost with it
                            self._restart(worker)
                        # else its sentinel reports the death, and its tasks are handed on then


def _no_setup() -> None:
    """Workers that need no per-process state."""


def _serve(connection: Connection, function: Callable[[Any], Any], setup: tuple, parent: int) -> None:
    """A worker's life: run tasks until told to stop or the parent goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.setpgid(0, 0)  # a group of its own: killing it kills what its decoders started
    _die_with_parent(parent)
    initializer, args = setup
    initializer(*args)
    connection.send("ready")
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        ticket, payload = message
        try:
            reply = (ticket, function(payload), None, None)
        except Exception as error:  # reported to the writer; the worker carries on
            reply = (ticket, None, f"{type(error).__name__}: {error}", traceback.format_exc())
        try:
            connection.send(reply)
        except (BrokenPipeError, OSError):
            return


def _die_with_parent(parent: int) -> None:
    # Linux: ask the kernel to SIGKILL this worker when the importing process dies, so a
    # killed import cannot leave a worker still writing into the media store.
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)
