"""The ingest driver: files and folders in, one ``Outcome`` per file out, in named stages.

1. **discover** paths into candidate files (hidden files and sidecars skipped);
2. **fingerprint** each file (sha256): content already catalogued, with its derivatives in
   place, is "unchanged" without reading anything else;
3. **guard / read / reconcile**, and the media **store** (original and derivatives, each
   written atomically) for new content — in worker processes, ``jobs`` of them;
4. **record** each batch of assets in one catalog transaction, then **index** that batch.

Stages 1–3 write nothing the catalog knows about, so a crash at any point is healed by
running the import again: files written for unrecorded content are found and kept, and an
index that missed a batch is brought up to date from the record stamps. The driver never
prints; it receives its collaborators (reader, media store, indexer) as arguments.
"""

from __future__ import annotations

import dataclasses
import errno
import fcntl
import hashlib
import logging
import os
import stat
import time
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Callable, Iterable, Iterator

from catalog.asset import Asset, asset_id
from catalog.errors import (
    ConfigurationError,
    DiskFullError,
    FileProblem,
    ImportLockedError,
    RecordError,
    is_disk_full,
)
from catalog.folder_defaults import DefaultsFinder, FolderDefaults, apply_defaults
from catalog.paths import readable_path
from catalog.protocols import Indexer, MediaStore, Reader
from catalog.settings import UPLOADS_DIR
from catalog.store import CatalogStore, now_iso
from catalog.workers import TaskResult, WorkerPool

log = logging.getLogger(__name__)

SIDECAR_SUFFIXES = frozenset({".xmp", ".txt"})  # read with their image, never imported alone
SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "icon\r"})  # operating-system clutter
DEFAULT_BATCH_SIZE = 64
DEFAULT_BATCH_SECONDS = 2.0  # commit at least this often, so progress survives a crash
DEFAULT_TIME_LIMIT = 10.0  # seconds one file may take to hash, read and render before it is skipped
_HASH_CHUNK = 1 << 20


class Status(str, Enum):
    """What became of one file."""

    IMPORTED = "imported"
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    """One file's result: imported (maybe with warnings), unchanged, or failed with a reason."""

    path: str
    status: Status
    asset_id: str | None = None
    reason: str | None = None  # why it failed, for a photo editor
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0  # time spent on it in the workers (hashing, reading, rendering)

    def __str__(self) -> str:
        if self.status is Status.FAILED:
            return f"{self.path}: {self.reason}"
        return f"{self.path}: {self.status.value}" + "".join(f"; {w}" for w in self.warnings)


# -- stage 1: discover ----------------------------------------------------------------------


def discover(paths: Iterable[Path], *, data_dir: Path | None = None) -> Iterator[Path]:
    """Every candidate file under the given files and folders, each once, in a stable order.

    Folders are walked recursively (symlinked folders are not followed, so a link loop
    cannot trap the walk); hidden files and folders, sidecars and system clutter are
    skipped there, and so is ``data_dir`` (Photodesk's own previews are not news photos).
    A file named explicitly is always a candidate. Raises ``ConfigurationError`` for a
    path inside ``data_dir``.
    """
    for path, _folder in _candidates(paths, data_dir):
        yield path


def _candidates(
    paths: Iterable[Path], data_dir: Path | None, roots: Iterable[Path] = ()
) -> Iterator[tuple[Path, Path | None]]:
    """``discover``'s files, each with the folder it was found in (None for a file named explicitly).

    A file named explicitly that lies in one of ``roots`` (a watched folder) counts as found there.
    """
    own = os.path.realpath(data_dir) if data_dir is not None else None
    folders = sorted((os.path.abspath(root) for root in roots), key=len, reverse=True)
    seen: set[str] = set()
    for given in paths:
        root = Path(os.path.abspath(given))
        _refuse_own_files(given, own)
        if root.is_dir():
            candidates = ((path, root) for path in _walk(root, own))
        else:
            found_in = next((Path(folder) for folder in folders if _is_inside(str(root), folder)), None)
            candidates = iter([(root, found_in)])
        for path, folder in candidates:
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                yield path, folder


def refuse_own_files(path: Path | str, data_dir: Path | None) -> None:
    """Raise ``ConfigurationError`` when ``path`` lies in Photodesk's data directory (its uploads folder aside)."""
    _refuse_own_files(path, os.path.realpath(data_dir) if data_dir is not None else None)


def _refuse_own_files(path: Path | str, own: str | None) -> None:
    real = os.path.realpath(path)
    # Files uploaded from the browser wait in the data directory's uploads folder to be read.
    if own is not None and _is_inside(real, own) and not _is_inside(real, os.path.join(own, UPLOADS_DIR)):
        raise ConfigurationError(
            f"{readable_path(str(path))} is inside the data directory {own}: Photodesk does not import its own files"
        )


def _walk(root: Path, skipped: str | None) -> Iterator[Path]:
    for entry in _entries(str(root), skipped):
        yield Path(entry.path)


def walk_files(folder: Path | str, *, data_dir: Path | None = None) -> Iterator[os.DirEntry[str]]:
    """Every candidate file below ``folder``, as ``discover`` walks it, each as its directory entry.

    Same order and skips as ``discover`` (hidden files and folders, sidecars, clutter, the data
    directory, links to folders), without its per-file ``realpath``. An entry caches its
    ``stat()``, so comparing every file's size and time costs one system call per file and
    opens none: what a watcher's safety rescan needs (docs/intake.md).
    """
    yield from _entries(str(folder), os.path.realpath(data_dir) if data_dir is not None else None)


def _entries(root: str, skipped: str | None) -> Iterator[os.DirEntry[str]]:
    """Candidate files below ``root`` depth first, each folder's files (by name) before its subfolders.

    A folder that cannot be listed is passed over, and a link to a folder is not entered (a
    link loop cannot trap the walk), as ``os.walk`` does.
    """
    waiting = [root]
    while waiting:
        try:
            with os.scandir(waiting.pop()) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            if _is_folder(entry):
                if not (entry.name.startswith(".") or entry.is_symlink() or os.path.realpath(entry.path) == skipped):
                    subfolders.append(entry.path)
            elif _is_candidate(entry.name):
                yield entry
        waiting.extend(reversed(subfolders))


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_inside(path: str, folder: str) -> bool:
    """True when ``path`` (a real path) is ``folder`` or lies below it."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _refusal(path: Path, folder: Path | None, *, data_dir: Path | None, follow_links: bool) -> str | None:
    """Why a discovered file is not read (None: it is): a link out of its folder or into the data directory.

    A link found while walking a folder is followed only to a file inside that folder,
    unless ``follow_links``: otherwise a link planted in a shared drop folder would copy
    any picture the importing user can read, from anywhere on the machine, into the catalog.
    """
    if not os.path.islink(path):
        return None
    target = os.path.realpath(path)
    if data_dir is not None and _is_inside(target, os.path.realpath(data_dir)):
        return "a link into Photodesk's data directory: not followed"
    if folder is not None and not follow_links and not _is_inside(target, os.path.realpath(folder)):
        return "a link to a file outside the imported folder: not followed (use --follow-links to import it)"
    return None


def _is_candidate(name: str) -> bool:
    return not (
        name.startswith(".")
        or os.path.splitext(name)[1].lower() in SIDECAR_SUFFIXES
        or name.lower() in SYSTEM_FILES
    )


# -- stages 2–3: in worker processes ---------------------------------------------------------


@dataclass(frozen=True)
class Fingerprint:
    """A file's content hash, size and modification time (to notice a change before it is read)."""

    sha256: str
    file_size: int
    modified_ns: int


@dataclass(frozen=True)
class Prepared:
    """A reconciled asset whose original and derivatives are in the media store."""

    asset: Asset
    renditions: tuple[str, ...]
    perceptual_hash: str | None = None  # for finding the picture in published articles


@dataclass(frozen=True)
class _Task:
    stage: str  # "fingerprint" or "prepare"
    path: str
    fingerprint: Fingerprint | None = None
    imported_at: str | None = None
    link: bool = False
    seconds: float = 0.0  # already spent on this file by earlier stages
    folder: str | None = None  # the folder it was found in (None: named on its own)
    defaults: FolderDefaults | None = None  # what its folders' .photodesk.toml give (catalog.folder_defaults)


_collaborators: dict[str, object] = {}


def _set_up_worker(reader: Reader, media: MediaStore, quiet: bool = True) -> None:
    """Give this worker process its reader and media store (once, not per file).

    With ``quiet``, what decoders print on their own (libtiff on stderr, Ghostscript on
    stdout) goes nowhere: a file's problem reaches the user as its outcome, one line, not
    as decoder chatter. Results travel through the worker's pipe, never its output.
    """
    _collaborators.update(reader=reader, media=media)
    if quiet:
        silent = os.open(os.devnull, os.O_WRONLY)
        os.dup2(silent, 1)
        os.dup2(silent, 2)
        os.close(silent)


def _run_task(task: _Task) -> Fingerprint | Prepared | Outcome | DiskFullError:
    """One stage for one file, in a worker; file problems come back as failed outcomes.

    A full disk comes back as the error itself: it is no problem of this file, and the
    driver stops the import on it.
    """
    try:
        if task.stage == "fingerprint":
            return fingerprint(Path(task.path))
        return prepare(task, _collaborators["reader"], _collaborators["media"])  # type: ignore[arg-type]
    except DiskFullError as error:
        return error
    except FileProblem as problem:
        return Outcome(task.path, Status.FAILED, reason=problem.reason)
    except OSError as error:
        if is_disk_full(error):
            return DiskFullError(f"no space left on the disk ({error.strerror})")
        return Outcome(task.path, Status.FAILED, reason=_os_reason(error))


def fingerprint(path: Path) -> Fingerprint:
    """The file's sha256 and size (the catalog's key for its content).

    Raises ``FileProblem`` for what is not a regular file: a named pipe, a device or a
    socket would block the read or never end.
    """
    digest = hashlib.sha256()
    size = 0
    # O_NONBLOCK: opening a named pipe would otherwise wait for a writer; no effect on files.
    with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as handle:
        found = os.fstat(handle.fileno())
        if not stat.S_ISREG(found.st_mode):
            raise FileProblem(f"not a regular file ({_file_kind(found.st_mode)}): not imported", stage="discover")
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return Fingerprint(digest.hexdigest(), size, found.st_mtime_ns)


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return kind
    return "a special file"


def prepare(task: _Task, reader: Reader, media: MediaStore) -> Prepared:
    """Guard, read and reconcile one file, then put its original and derivatives in the store."""
    from catalog.reconcile import reconcile

    path = Path(task.path)
    found = task.fingerprint
    assert found is not None and task.imported_at is not None
    now = os.stat(path)
    if (now.st_size, now.st_mtime_ns) != (found.file_size, found.modified_ns):
        raise FileProblem("the file changed while it was being imported; import it again", stage="read")
    raw = reader(path)
    asset = reconcile(
        raw,
        sha256=found.sha256,
        file_size=found.file_size,
        source_path=task.path,
        imported_at=task.imported_at,
    )
    if task.defaults:
        asset = apply_defaults(asset, task.defaults)
    stored = media.store(
        path, raw, sha256=asset.sha256, link=task.link, orientation=asset.orientation
    )
    if stored.warnings:
        asset = dataclasses.replace(asset, warnings=asset.warnings + stored.warnings)
    return Prepared(asset, stored.renditions, stored.perceptual_hash)


def _os_reason(error: OSError) -> str:
    if error.errno == errno.ENOENT:
        return "the file disappeared before it could be read"
    if error.errno == errno.EACCES:
        return "permission denied: the file cannot be read"
    if error.errno == errno.EROFS:
        return "the data directory is on a read-only file system: nothing can be stored"
    return f"cannot read the file ({error.strerror or error})"


# -- stage 4: record and index, in one writer --------------------------------------------------


_LOCK_POLL_SECONDS = 0.1


@contextmanager
def import_lock(
    data_dir: Path, *, wait: bool = False, cancelled: Callable[[], bool] | None = None
) -> Iterator[None]:
    """Hold the data directory's writer lock (one import or repair at a time).

    Raises ``ImportLockedError`` when another process holds it and ``wait`` is False;
    while waiting, raises ``KeyboardInterrupt`` as soon as ``cancelled()`` is true (Ctrl-C).
    The kernel releases the lock when its holder dies, even by ``SIGKILL``.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "import.lock"
    with open(path, "a+") as handle:
        # Waiting polls rather than blocking in flock(): a Ctrl-C that lands just before a
        # blocking flock() starts, or whose KeyboardInterrupt is lost (raised inside a
        # finaliser), is only seen when flock() returns, which could be never.
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if wait:
                    if cancelled is not None and cancelled():
                        raise KeyboardInterrupt from None
                    time.sleep(_LOCK_POLL_SECONDS)
                    continue
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                raise ImportLockedError(
                    f"another import is running in {data_dir} (pid {holder}); wait for it to finish"
                ) from None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
        except OSError:
            pass  # a full disk: the pid only names the holder in a message; the lock is held
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class _Writer:
    """Collects prepared assets and writes them a batch at a time: catalog, then index."""

    def __init__(
        self, store: CatalogStore, media: MediaStore, indexer: Indexer, batch_size: int, batch_seconds: float
    ):
        self.store, self.media, self.indexer = store, media, indexer
        self.full: DiskFullError | None = None  # set when the disk filled up: nothing more can be written
        self.batch_size, self.batch_seconds = batch_size, batch_seconds
        self.prepared: list[tuple[Prepared, Outcome]] = []
        self.stale_ids: list[str] = []  # catalogued assets whose index document is out of date
        self.indexed = dict(indexer.stamps())
        self.index_failed = False  # the index refused a batch: the rest waits for `check --repair`
        self.started = time.monotonic()

    def add(self, prepared: Prepared, outcome: Outcome) -> None:
        """Hold one prepared file (and the outcome to report once it is committed)."""
        if not self.prepared:
            self.started = time.monotonic()
        self.prepared.append((prepared, outcome))

    def note_unchanged(self, sha256: str) -> None:
        """An unchanged file: re-index it only if its document is missing or stale."""
        found = self.store.stamp(sha256)
        if found is not None and self.indexed.get(found[0]) != found[1]:
            self.stale_ids.append(found[0])

    @property
    def is_due(self) -> bool:
        """True when the batch is full or has waited long enough."""
        waiting = len(self.prepared) + len(self.stale_ids)
        return waiting >= self.batch_size or (
            bool(waiting) and time.monotonic() - self.started >= self.batch_seconds
        )

    def seconds_until_due(self) -> float | None:
        """How long the batch may still wait for more files; None when it is empty."""
        if not self.prepared:
            return None
        return max(0.0, self.started + self.batch_seconds - time.monotonic())

    def flush(self) -> list[Outcome]:
        """Record the batch in one transaction, then index it; the batch's outcomes.

        A record the catalog cannot hold fails alone (its files are removed again) and the
        rest of the batch commits. On a full disk nothing of the batch is committed: its
        files fail with the reason, and ``full`` tells the driver to stop.
        """
        recorded: list[Asset] = []
        outcomes: list[Outcome] = []
        try:
            with self.store.transaction():
                for prepared, outcome in self.prepared:
                    try:
                        with self.store.savepoint():
                            new = self._record(prepared)
                        recorded += new
                        if not new and outcome.status is Status.IMPORTED:
                            # Recorded meanwhile by another import (another host on a shared catalog):
                            # the same content, so this file is unchanged, and its record is not written twice.
                            outcome = dataclasses.replace(outcome, status=Status.UNCHANGED, warnings=())
                    except RecordError as problem:
                        self.media.remove(prepared.asset.sha256)
                        outcome = Outcome(outcome.path, Status.FAILED, reason=str(problem), seconds=outcome.seconds)
                    outcomes.append(outcome)
        except DiskFullError as error:
            self.full = error
            outcomes = [_not_done(outcome.path, error, outcome.seconds) for _, outcome in self.prepared]
            recorded = []
        # Cleared only once settled: an interrupted commit leaves the batch to retry.
        self.prepared = []
        stale, self.stale_ids = self.stale_ids, []
        self._index(recorded, stale)
        return outcomes

    def _record(self, prepared: Prepared) -> list[Asset]:
        """Write one prepared file's record (new) or renditions (remade); the new record, if any."""
        sha256 = prepared.asset.sha256
        recorded = []
        if self.store.renditions(sha256) is None:
            recorded.append(self.store.upsert(prepared.asset, renditions=prepared.renditions))
        else:
            # The record exists; only its files were missing and have been remade.
            self.store.set_renditions(sha256, prepared.renditions)
        if prepared.perceptual_hash:
            self.store.set_perceptual_hash(sha256, prepared.perceptual_hash)
        return recorded

    def _index(self, recorded: list[Asset], stale: list[str]) -> None:
        if self.index_failed or not (recorded or stale):
            return
        refreshed = [asset for asset in map(self.store.get, stale) if asset is not None]
        try:
            self.indexer.index(recorded + refreshed)
        except Exception as error:
            # The catalog is the truth and already holds this batch; a re-run or
            # `photodesk check --repair` rebuilds what the index missed.
            if is_disk_full(error):
                log.error("the search index could not be updated: no space left on its disk; "
                          "free space, then run `photodesk check --repair`")
                self.full = DiskFullError("no space left on the disk holding the search index")
            else:
                log.exception("the search index could not be updated; run `photodesk check --repair`")
            self.index_failed = True


def _not_done(path: str, error: DiskFullError, seconds: float = 0.0) -> Outcome:
    return Outcome(path, Status.FAILED, reason=f"not imported: {error}", seconds=seconds)


def ingest(
    paths: Iterable[Path],
    *,
    store: CatalogStore,
    media: MediaStore,
    reader: Reader,
    indexer: Indexer,
    jobs: int | None = None,
    link: bool = False,
    follow_links: bool = False,
    wait_for_lock: bool = False,
    stop: Callable[[], bool] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_seconds: float = DEFAULT_BATCH_SECONDS,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    data_dir: Path | None = None,
    roots: Iterable[Path] = (),
    pool: WorkerPool | None = None,
) -> Iterator[Outcome]:
    """Import files and folders; yields one ``Outcome`` per file as it is settled.

    Imported files are yielded once their batch is committed. To stop early, make
    ``stop()`` return True (a caller's Ctrl-C handler): the files being read are finished
    and committed, their outcomes yielded, and the generator ends; while still waiting
    for the lock, ``KeyboardInterrupt`` is raised instead (nothing was read yet). A KeyboardInterrupt
    raised inside the driver does the same and is then re-raised; closing the generator
    commits what is ready. Raises ``ImportLockedError`` when another import holds the
    data directory, unless ``wait_for_lock``; ``ConfigurationError`` for a path inside the
    data directory. A link met in a folder is followed only to a file inside that folder
    unless ``follow_links``. When the disk fills up, the import stops as after a Ctrl-C
    (what is ready is committed, when it still fits) and ``DiskFullError`` is raised
    once every settled file's outcome has been yielded. Files named in ``paths`` that lie in one
    of ``roots`` (a watched folder) are treated as found while walking it (links, folder defaults).
    ``data_dir`` holds the import lock (default: the folder of a SQLite catalog file).
    ``pool`` (``import_pool``): worker processes kept from one import to the next (a watcher's);
    without it the import starts its own ``jobs`` and stops them at the end.
    """
    if data_dir is None:
        if store.path is None:
            raise ConfigurationError("an import into a catalog on a database server needs its data directory")
        data_dir = store.path.parent
    with import_lock(data_dir, wait=wait_for_lock, cancelled=stop):
        removed = media.clean_temporary() + indexer.clean_temporary()
        if removed:
            log.info("removed %d temporary files left by an interrupted import or reindex", removed)
        writer = _Writer(store, media, indexer, batch_size, batch_seconds)
        shared = pool is not None
        workers = pool if pool is not None else import_pool(reader, media, jobs=jobs, time_limit=time_limit)
        run = _Run(workers, writer, store, media, link=link, follow_links=follow_links, data_dir=data_dir)
        try:
            yield from run.drive(_candidates(paths, data_dir, roots), stop)
        finally:
            if shared:
                # Kept for the next import: what this one left running is finished and dropped here,
                # so that no stale result reaches the next.
                workers.cancel_queued()
                for _ in workers.results():
                    pass
            else:
                workers.close()
            if (writer.prepared or writer.stale_ids) and writer.full is None:
                writer.flush()  # closed early: keep what is ready


def import_pool(reader: Reader, media: MediaStore, *, jobs: int | None = None,
                time_limit: float | None = DEFAULT_TIME_LIMIT) -> WorkerPool:
    """Worker processes that hash, read and render files for ``ingest``: ``jobs`` of them (default: the CPU count)."""
    return WorkerPool(
        _run_task,
        jobs=jobs or os.cpu_count() or 1,
        time_limit=time_limit,
        setup=_set_up_worker,
        setup_args=(reader, media, not log.isEnabledFor(logging.DEBUG)),
    )


class _Run:
    """One import's bookkeeping between the worker pool and the writer."""

    def __init__(
        self, pool: WorkerPool, writer: _Writer, store: CatalogStore, media: MediaStore, *, link: bool,
        follow_links: bool, data_dir: Path,
    ):
        self.pool, self.writer, self.store, self.media = pool, writer, store, media
        self.data_dir = data_dir
        self.link, self.follow_links = link, follow_links
        self.tasks: dict[int, _Task] = {}
        self.claimed: dict[str, str] = {}  # sha256 of content taken by an earlier path in this run -> that path
        self.worker_full: DiskFullError | None = None  # a worker found the disk full
        self.defaults = DefaultsFinder()
        self.reported: set[str] = set()  # defaults files already logged as unusable

    @property
    def full(self) -> DiskFullError | None:
        """Why nothing more can be written, once the disk is full."""
        return self.worker_full or self.writer.full

    def drive(
        self, candidates: Iterator[tuple[Path, Path | None]], stop: Callable[[], bool] | None
    ) -> Iterator[Outcome]:
        """Feed the pool, settle results, flush batches; wind down when asked to stop or the disk is full."""
        exhausted = False
        data_dir = self.data_dir
        try:
            while not (stop is not None and stop()) and self.full is None:
                while not exhausted and self.pool.unfinished < self.pool.capacity + self.pool.jobs:
                    found = next(candidates, None)
                    if found is None:
                        exhausted = True
                        break
                    reason = _refusal(*found, data_dir=data_dir, follow_links=self.follow_links)
                    if reason is not None:
                        yield Outcome(str(found[0]), Status.FAILED, reason=reason)
                    else:
                        folder = str(found[1]) if found[1] is not None else None
                        self._submit(_Task("fingerprint", str(found[0]), folder=folder))
                if exhausted and not self.pool.unfinished:
                    break
                result = self.pool.next_result(timeout=self.writer.seconds_until_due())
                if result is not None:
                    yield from self._settle(result, self.tasks.pop(result.ticket))
                if self.writer.is_due:
                    yield from self.writer.flush()
        except KeyboardInterrupt:
            yield from self._wind_down()
            raise
        yield from self._wind_down()
        if self.full is not None:
            raise self.full

    def _wind_down(self) -> Iterator[Outcome]:
        # Let the files being read finish (workers ignore Ctrl-C) and commit them; files
        # not started yet, and fingerprints not followed up, are left for the next run.
        for ticket in self.pool.cancel_queued():
            self.tasks.pop(ticket, None)
        for result in self.pool.results():
            task = self.tasks.pop(result.ticket)
            if task.stage == "prepare":
                yield from self._settle(result, task)
        yield from self.writer.flush()

    def _submit(self, task: _Task) -> None:
        self.tasks[self.pool.submit(task, spent=task.seconds)] = task

    def _settle(self, result: TaskResult, task: _Task) -> Iterator[Outcome]:
        value = result.value
        seconds = task.seconds + result.seconds
        if task.fingerprint is not None and (result.error is not None or isinstance(value, (Outcome, DiskFullError))):
            self.claimed.pop(task.fingerprint.sha256, None)  # another copy of this content may still succeed
        if result.error is not None:
            if result.details:
                log.debug("%s: %s\n%s", task.path, result.error, result.details)
            reason = result.error if result.details is None else f"internal error while reading: {result.error}"
            yield Outcome(task.path, Status.FAILED, reason=reason, seconds=seconds)
        elif isinstance(value, Outcome):
            yield dataclasses.replace(value, seconds=seconds)
        elif isinstance(value, DiskFullError):
            self.worker_full = self.worker_full or value
            yield _not_done(task.path, value, seconds)
        elif isinstance(value, Fingerprint):
            yield from self._follow(task, value, seconds)
        elif isinstance(value, Prepared):
            recorded = self.store.renditions(value.asset.sha256) is not None
            status = Status.UNCHANGED if recorded else Status.IMPORTED
            warnings = () if recorded else value.asset.warnings
            self.writer.add(value, Outcome(task.path, status, asset_id=value.asset.id, warnings=warnings, seconds=seconds))

    def _follow(self, task: _Task, found: Fingerprint, seconds: float) -> Iterator[Outcome]:
        """Content already catalogued with its files in place is unchanged; the rest is read."""
        sha256 = found.sha256
        recorded = self.store.renditions(sha256)
        if sha256 in self.claimed:
            # A second copy in the same import: unchanged, but said, so that no one wonders where it went.
            yield Outcome(task.path, Status.UNCHANGED, asset_id=asset_id(sha256), seconds=seconds,
                          warnings=(f"same picture as {self.claimed[sha256]}",))
        elif recorded is not None and self.media.has(sha256, recorded):
            self.writer.note_unchanged(sha256)
            self.claimed[sha256] = task.path
            yield Outcome(task.path, Status.UNCHANGED, asset_id=asset_id(sha256), seconds=seconds)
        else:
            self.claimed[sha256] = task.path
            defaults = self.defaults.for_file(Path(task.path), Path(task.folder) if task.folder else None)
            for problem in set(defaults.problems) - self.reported:
                log.error("folder defaults not applied: %s", problem)
                self.reported.add(problem)
            self._submit(_Task("prepare", task.path, found, now_iso(), self.link, seconds, task.folder, defaults))
