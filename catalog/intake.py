"""Intake without a command: which files of watched folders are complete and new, imported in batches.

The rules (docs/intake.md):

- **complete**: a file is read once its size and modification time have stayed the same for
  ``settle`` seconds; a file with a temporary name (``.part``, ``.tmp``, ``~``…) is left alone
  until it is renamed. At start, a file last modified ``settle`` seconds ago or more is
  complete already (it arrived while the watcher was down).
- **new**: a file whose path, size and modification time match what intake recorded for it is
  not read again, and a failure is therefore reported once, until the file changes (the
  records are in the catalog, so this holds across restarts). Anything else goes through the
  import, which knows content it already holds by its sha256.
- **batched**: the files that became complete together go through one import run, which
  records them in batches of its own size (``catalog.ingest``), not one transaction each.
- **rescanned**: file events can be lost (a full kernel queue, a folder swapped for another),
  so folders watched by events are walked again every ``rescan_every`` seconds, and at once
  when the watcher says events were lost; a file read before and unchanged costs one ``stat``
  there, and files no event brought are logged as a warning.

How changes are noticed is not this module's business: the caller calls ``notice(path)``
from a file-event thread or a polling loop (``scripts/folder_watch.py``), and ``run`` (or
``step``) does the rest.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import shutil
import stat
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Sequence

from catalog.errors import FileProblem
from catalog.ingest import Outcome, Status, discover, refuse_own_files, walk_files
from catalog.paths import readable_path
from catalog.store import CatalogStore, now_iso
from catalog.store.intake import IntakeEntry

log = logging.getLogger(__name__)

DEFAULT_SETTLE = 2.0  # seconds a file's size and time must stay the same before it is read
DEFAULT_BATCH_LIMIT = 1000  # files per import run; the run itself commits every 64 (catalog.ingest)
TEMPORARY_SUFFIXES = frozenset({
    ".part", ".partial", ".tmp", ".temp", ".filepart", ".crdownload", ".download", ".upload",
})
DEFAULT_RESCAN = 60.0  # seconds between safety rescans of folders watched by file events; 0: none
_RECORD_EVERY = 64  # outcomes written to the intake table together
# A change this recent may still have its event on the way (the observer thread lags under
# load): a rescan takes the file up but does not count it as missed by events.
_EVENT_DELAY_NS = 1_000_000_000
_MISSED_NAMED = 5  # files named in the warning of a rescan that found files events missed
_UPLOAD_CHUNK = 1 << 20  # bytes read from the request and written at a time: memory stays flat
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\]")

ImportFiles = Callable[[list[Path], Callable[[], bool]], Iterator[Outcome]]


def is_temporary_name(name: str) -> bool:
    """True for a name a file has while it is still being written: ``x.jpg.part``, ``x.tmp``, ``x.jpg~``."""
    lowered = name.lower()
    return lowered.endswith("~") or os.path.splitext(lowered)[1] in TEMPORARY_SUFFIXES


@dataclass(frozen=True)
class FileState:
    """A file's size and modification time: what changes while it is written."""

    size: int
    modified_ns: int


def file_state(path: str) -> FileState | None:
    """The regular file's state now; None when it is gone or not a regular file."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(found.st_mode):
        return None
    return FileState(found.st_size, found.st_mtime_ns)


class Settling:
    """Files not complete yet: each is ready once its state has stayed the same for ``settle`` seconds."""

    def __init__(self, settle: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.settle = settle
        self.clock = clock
        self._pending: dict[str, tuple[FileState, float]] = {}  # path -> (state, since when unchanged)

    def __len__(self) -> int:
        return len(self._pending)

    def note(self, path: str, state: FileState, *, complete: bool = False) -> None:
        """Watch this file; ``complete``: it is known to have been still long enough already."""
        known = self._pending.get(path)
        if complete:
            self._pending[path] = (state, self.clock() - self.settle)
        elif known is None or known[0] != state:
            self._pending[path] = (state, self.clock())

    def __contains__(self, path: str) -> bool:
        return path in self._pending

    def forget(self, path: str) -> None:
        """Stop watching this file (it was renamed away or removed)."""
        self._pending.pop(path, None)

    def take_ready(self) -> list[tuple[str, FileState]]:
        """Look at every waiting file again; those unchanged for ``settle`` seconds leave the list, returned."""
        now = self.clock()
        ready = []
        for path, (state, since) in list(self._pending.items()):
            current = file_state(path)
            if current is None:
                del self._pending[path]
            elif current != state:
                self._pending[path] = (current, now)
            elif now - since >= self.settle:
                del self._pending[path]
                ready.append((path, state))
        return ready

    def seconds_to_next(self) -> float | None:
        """How long until the first waiting file could be ready; None when none waits."""
        if not self._pending:
            return None
        first = min(since for _, since in self._pending.values())
        return max(0.0, first + self.settle - self.clock())


class Intake:
    """The watched folders' intake: noticed files settle, then new ones are imported and their outcomes recorded."""

    def __init__(
        self,
        folders: Sequence[Path],
        *,
        store: CatalogStore,
        import_files: ImportFiles,
        settle: float = DEFAULT_SETTLE,
        batch_limit: int = DEFAULT_BATCH_LIMIT,
        data_dir: Path | None = None,
    ) -> None:
        self.folders = [os.path.abspath(folder) for folder in folders]
        self.store = store
        self.import_files = import_files
        self.batch_limit = batch_limit
        self.data_dir = data_dir
        self.settling = Settling(settle)
        self._memory = store.intake_states()
        self._noticed: set[str] = set()
        self._guard = threading.Lock()
        self.wake = threading.Event()  # set by ``notice``: something may have changed
        self.rescan_every = 0.0  # seconds; 0: no regular rescan (``rescan_regularly``)
        self._rescanned: list[str] = []  # the folders rescanned regularly: those watched by file events
        self._next_rescan: float | None = None  # monotonic time
        self._lost: set[str] = set()  # folders whose events were lost: rescanned at once

    @property
    def settle(self) -> float:
        """Seconds a file must stay unchanged before it is read."""
        return self.settling.settle

    def notice(self, path: str) -> None:
        """A file (or a folder moved in) may have appeared or changed; safe to call from any thread."""
        with self._guard:
            self._noticed.add(path)
        self.wake.set()

    def scan(self) -> int:
        """Look at every file of the watched folders (at start: what arrived while the watcher was down).

        A file last modified ``settle`` seconds ago or more is complete at once. Returns how
        many files wait to be read. Raises ``ConfigurationError`` for a folder inside the data
        directory, as the import does.
        """
        for folder in self.folders:
            refuse_own_files(folder, self.data_dir)
        self._walk(self.folders)
        return len(self.settling)

    def rescan_regularly(self, folders: Sequence[Path | str], every: float) -> None:
        """Walk these folders (those watched by file events) again every ``every`` seconds from now; 0: never."""
        self._rescanned = [os.path.abspath(folder) for folder in folders]
        self.rescan_every = every
        self._next_rescan = time.monotonic() + every if every > 0 and self._rescanned else None

    def events_lost(self, folder: str, why: str) -> None:
        """File events of ``folder`` were lost (``why``): it is rescanned at once. Safe to call from any thread."""
        log.warning("%s: %s; looking at every file again", readable_path(folder), why)
        with self._guard:
            self._lost.add(os.path.abspath(folder))
        self.wake.set()

    def rescan(self, folders: Sequence[str] | None = None) -> list[str]:
        """Walk the folders again and take up every new or changed file that no event brought; their paths.

        One listing per folder and one ``stat`` per file: a file intake has read and that is
        unchanged is not opened. Files found are logged as one warning (how many, a few names),
        so that a desk learns its file events are being lost; a file changed within the last
        second is taken up without being counted, its event may still be on the way.
        """
        missed: list[str] = []
        started = time.monotonic()
        walked = self._walk(folders if folders is not None else self.folders, missed=missed)
        log.debug("rescan: %d files in %.3f s", walked, time.monotonic() - started)
        if missed:
            named = ", ".join(readable_path(path) for path in missed[:_MISSED_NAMED])
            more = f" and {len(missed) - _MISSED_NAMED} more" if len(missed) > _MISSED_NAMED else ""
            log.warning("rescan found %d new or changed files that no file event reported (%s%s): "
                        "events are being lost; taken up now", len(missed), named, more)
        return missed

    def step(self, stop: Callable[[], bool] = lambda: False) -> list[Outcome]:
        """One round: take what was noticed, then import every file that is ready; their outcomes."""
        with self._guard:
            noticed, self._noticed = self._noticed, set()
        self.wake.clear()
        for path in noticed:
            if os.path.isdir(path) and not os.path.islink(path):
                for found in discover([Path(path)], data_dir=self.data_dir):  # a folder moved in whole
                    self._consider_path(str(found))
            else:
                self._consider_path(path)
        ready = self.settling.take_ready()
        outcomes: list[Outcome] = []
        for start in range(0, len(ready), self.batch_limit):
            if stop():
                for path, _state in ready[start:]:
                    self.notice(path)  # for the next run, which will find it in the scan anyway
                break
            outcomes += self._import(dict(ready[start:start + self.batch_limit]), stop)
        return outcomes

    def run(self, stop: Callable[[], bool], report: Callable[[list[Outcome]], None], *,
            tick: float = 0.25) -> None:
        """Import until ``stop()``: wake on a notice or when a waiting file may be ready, at least every ``tick`` s."""
        while not stop():
            self._rescan_when_due()
            outcomes = self.step(stop)
            if outcomes:
                report(outcomes)
            if stop():
                break
            due = self.settling.seconds_to_next()
            self.wake.wait(tick if due is None else min(max(due, 0.01), tick))

    def origin_of(self, path: str) -> str:
        """Where a file came from, as the intake records say it: ``folder:`` and the watched folder."""
        inside = [folder for folder in self.folders if path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)]
        return f"folder:{readable_path(max(inside, key=len) if inside else os.path.dirname(path))}"

    # -- internals ------------------------------------------------------------------------------

    def _rescan_when_due(self) -> None:
        """Rescan the folders whose events were lost, and the regularly rescanned ones when their time has come."""
        with self._guard:
            folders, self._lost = self._lost, set()
        if self._next_rescan is not None and time.monotonic() >= self._next_rescan:
            folders.update(self._rescanned)
        if folders:
            self.rescan(sorted(folders))
            if self._next_rescan is not None:
                self._next_rescan = time.monotonic() + self.rescan_every

    def _walk(self, folders: Iterable[str], *, missed: list[str] | None = None) -> int:
        """Consider every file of the folders, with the state its directory entry gives; how many were walked.

        ``missed`` collects the files taken up that were neither noticed nor settling, and
        last changed over a second ago: those an event should have brought.
        """
        now_ns = time.time_ns()
        old_enough_ns = now_ns - int(self.settle * 1e9)
        walked = 0
        for folder in folders:
            for entry in walk_files(os.path.abspath(folder), data_dir=self.data_dir):
                walked += 1
                try:
                    found = entry.stat()
                except OSError:
                    continue  # gone since the listing, or a broken link
                if not stat.S_ISREG(found.st_mode):
                    continue
                path = entry.path  # absolute and normal, as the folder is
                was_settling = path in self.settling
                taken = self._consider(path, FileState(found.st_size, found.st_mtime_ns), old_enough_ns=old_enough_ns)
                if (taken and missed is not None and not was_settling
                        and found.st_ctime_ns <= now_ns - _EVENT_DELAY_NS and not self._is_noticed(path)):
                    missed.append(path)
        return walked

    def _is_noticed(self, path: str) -> bool:
        with self._guard:
            return path in self._noticed

    def _consider_path(self, path: str) -> None:
        path = os.path.abspath(path)  # as the import names it in its outcome
        self._consider(path, file_state(path))

    def _consider(self, path: str, state: FileState | None, *, old_enough_ns: int | None = None) -> bool:
        """Let the file (``path`` absolute, ``state`` its own now) settle unless intake read it as it is; True when taken up.

        The intake table is asked first: on a rescan nearly every file is one read before.
        """
        if state is None or self._memory.get(path) == (state.size, state.modified_ns):
            # gone, or read before as it is now (imported, unchanged or failed): not again
            self.settling.forget(path)
            return False
        name = os.path.basename(path)
        if is_temporary_name(name) or name.startswith("."):
            return False
        complete = old_enough_ns is not None and state.modified_ns <= old_enough_ns
        self.settling.note(path, state, complete=complete)
        return True

    def _import(self, ready: dict[str, FileState], stop: Callable[[], bool]) -> list[Outcome]:
        outcomes: list[Outcome] = []
        waiting: list[IntakeEntry] = []
        run = self.import_files([Path(path) for path in ready], stop)
        try:
            for outcome in run:
                outcomes.append(outcome)
                state = ready.get(outcome.path)
                if state is None:
                    continue
                waiting.append(self._entry(outcome, state))
                if len(waiting) >= _RECORD_EVERY:
                    self._record(waiting)
                    waiting = []
        finally:
            run.close()
            self._record(waiting)
        return outcomes

    def _entry(self, outcome: Outcome, state: FileState) -> IntakeEntry:
        status, at = outcome.status.value, now_iso()
        if outcome.status is Status.UNCHANGED and outcome.asset_id is not None:
            # Imported from this very path by an earlier run that was stopped before it wrote
            # its intake record (or by `photodesk import`): recorded as the import it was.
            asset = self.store.get(outcome.asset_id)
            if asset is not None and asset.source_path == readable_path(outcome.path):
                status, at = Status.IMPORTED.value, asset.imported_at or at
        return IntakeEntry(path=outcome.path, origin=self.origin_of(outcome.path), size=state.size,
                           modified_ns=state.modified_ns, status=status, at=at, asset_id=outcome.asset_id,
                           reason=outcome.reason, warnings=outcome.warnings)

    def _record(self, entries: Iterable[IntakeEntry]) -> None:
        entries = list(entries)
        self.store.record_intake(entries)
        for entry in entries:
            self._memory[entry.path] = (entry.size, entry.modified_ns)


# -- uploads from the browser ---------------------------------------------------------------------


def upload_name(name: str | None) -> str:
    """A file name safe to create from what a browser sent: no folders, controls or leading dots."""
    base = _UNSAFE_NAME.sub("_", (name or "").replace("\\", "/").rsplit("/", 1)[-1]).strip().lstrip(".")
    return base[:200] or "upload"


def receive_upload(stream: BinaryIO, name: str | None, folder: Path, *, limit: int) -> Path:
    """Write an upload's bytes to a new folder under ``folder``, a chunk at a time; the file's path.

    Raises ``FileProblem`` (and keeps nothing) once more than ``limit`` bytes arrive: the
    caller refuses a declared length over the limit before reading, this catches a body that
    lies about it or declares none.
    """
    target = folder / secrets.token_hex(8)
    target.mkdir(parents=True)
    path = target / upload_name(name)
    partial = path.with_name(path.name + ".part")
    written = 0
    try:
        with open(partial, "wb") as handle:
            while chunk := stream.read(_UPLOAD_CHUNK):
                written += len(chunk)
                if written > limit:
                    raise FileProblem(f"larger than the {limit / 2**20:g} MB file-size limit: refused", stage="guard")
                handle.write(chunk)
        partial.rename(path)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return path


def record_uploads(store: CatalogStore, outcomes: Iterable[Outcome], origin: str) -> None:
    """Record uploaded files' outcomes in the intake table (the status page lists them) and remove the files."""
    entries = []
    for outcome in outcomes:
        path = Path(outcome.path)
        found = file_state(outcome.path)
        entries.append(IntakeEntry(
            path=outcome.path, origin=origin,
            size=found.size if found else 0, modified_ns=found.modified_ns if found else 0,
            status=outcome.status.value, at=now_iso(), asset_id=outcome.asset_id, reason=outcome.reason,
            warnings=outcome.warnings))
        shutil.rmtree(path.parent, ignore_errors=True)  # the original is in the media store now
    store.record_intake(entries)
