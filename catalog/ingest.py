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
import time
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Iterable, Iterator

from catalog.asset import Asset
from catalog.errors import FileProblem, ImportLockedError
from catalog.protocols import Indexer, MediaStore, Reader
from catalog.store import CatalogStore, now_iso
from catalog.workers import TaskResult, WorkerPool

log = logging.getLogger(__name__)

SIDECAR_SUFFIXES = frozenset({".xmp", ".txt"})  # read with their image, never imported alone
SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "icon\r"})  # operating-system clutter
DEFAULT_BATCH_SIZE = 64
DEFAULT_BATCH_SECONDS = 2.0  # commit at least this often, so progress survives a crash
DEFAULT_TIME_LIMIT = 120.0  # seconds one file may take to read and render before it is skipped
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

    def __str__(self) -> str:
        if self.status is Status.FAILED:
            return f"{self.path}: {self.reason}"
        return f"{self.path}: {self.status.value}" + "".join(f"; {w}" for w in self.warnings)


# -- stage 1: discover ----------------------------------------------------------------------


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Every candidate file under the given files and folders, each once, in a stable order.

    Folders are walked recursively (symlinked folders are not followed, so a link loop
    cannot trap the walk); hidden files and folders, sidecars and system clutter are
    skipped there. A file named explicitly is always a candidate.
    """
    seen: set[str] = set()
    for given in paths:
        root = Path(os.path.abspath(given))
        candidates = _walk(root) if root.is_dir() else iter([root])
        for path in candidates:
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                yield path


def _walk(root: Path) -> Iterator[Path]:
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(files):
            if _is_candidate(name):
                yield Path(folder) / name


def _is_candidate(name: str) -> bool:
    return not (
        name.startswith(".")
        or os.path.splitext(name)[1].lower() in SIDECAR_SUFFIXES
        or name.lower() in SYSTEM_FILES
    )


# -- stages 2–3: in worker processes ---------------------------------------------------------


@dataclass(frozen=True)
class Fingerprint:
    """A file's content hash and size."""

    sha256: str
    file_size: int


@dataclass(frozen=True)
class Prepared:
    """A reconciled asset whose original and derivatives are in the media store."""

    asset: Asset
    renditions: tuple[str, ...]


@dataclass(frozen=True)
class _Task:
    stage: str  # "fingerprint" or "prepare"
    path: str
    fingerprint: Fingerprint | None = None
    imported_at: str | None = None
    link: bool = False


_collaborators: dict[str, object] = {}


def _set_up_worker(reader: Reader, media: MediaStore) -> None:
    """Give this worker process its reader and media store (once, not per file)."""
    _collaborators.update(reader=reader, media=media)


def _run_task(task: _Task) -> Fingerprint | Prepared | Outcome:
    """One stage for one file, in a worker; file problems come back as failed outcomes."""
    try:
        if task.stage == "fingerprint":
            return fingerprint(Path(task.path))
        return prepare(task, _collaborators["reader"], _collaborators["media"])  # type: ignore[arg-type]
    except FileProblem as problem:
        return Outcome(task.path, Status.FAILED, reason=problem.reason)
    except OSError as error:
        return Outcome(task.path, Status.FAILED, reason=_os_reason(error))


def fingerprint(path: Path) -> Fingerprint:
    """The file's sha256 and size (the catalog's key for its content)."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return Fingerprint(digest.hexdigest(), size)


def prepare(task: _Task, reader: Reader, media: MediaStore) -> Prepared:
    """Guard, read and reconcile one file, then put its original and derivatives in the store."""
    from catalog.reconcile import reconcile

    path = Path(task.path)
    assert task.fingerprint is not None and task.imported_at is not None
    raw = reader(path)
    asset = reconcile(
        raw,
        sha256=task.fingerprint.sha256,
        file_size=task.fingerprint.file_size,
        source_path=task.path,
        imported_at=task.imported_at,
    )
    stored = media.store(
        path, raw, sha256=asset.sha256, link=task.link, orientation=asset.orientation
    )
    if stored.warnings:
        asset = dataclasses.replace(asset, warnings=asset.warnings + stored.warnings)
    return Prepared(asset, stored.renditions)


def _os_reason(error: OSError) -> str:
    if error.errno == errno.ENOENT:
        return "the file disappeared before it could be read"
    if error.errno == errno.EACCES:
        return "permission denied: the file cannot be read"
    return f"cannot read the file ({error.strerror or error})"


# -- stage 4: record and index, in one writer --------------------------------------------------


@contextmanager
def import_lock(data_dir: Path, *, wait: bool = False) -> Iterator[None]:
    """Hold the data directory's writer lock (one import or repair at a time).

    Raises ``ImportLockedError`` when another process holds it and ``wait`` is False.
    The kernel releases the lock when its holder dies, even by ``SIGKILL``.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "import.lock"
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise ImportLockedError(
                f"another import is running in {data_dir} (pid {holder}); wait for it to finish"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class _Writer:
    """Collects prepared assets and writes them a batch at a time: catalog, then index."""

    def __init__(self, store: CatalogStore, indexer: Indexer | None, batch_size: int, batch_seconds: float):
        self.store, self.indexer = store, indexer
        self.batch_size, self.batch_seconds = batch_size, batch_seconds
        self.prepared: list[tuple[Prepared, Outcome]] = []
        self.stale_ids: list[str] = []  # catalogued assets whose index document is out of date
        self.indexed = dict(indexer.stamps()) if indexer is not None else {}
        self.started = time.monotonic()

    def add(self, prepared: Prepared, outcome: Outcome) -> None:
        if not self.prepared:
            self.started = time.monotonic()
        self.prepared.append((prepared, outcome))

    def note_unchanged(self, sha256: str) -> None:
        """An unchanged file: re-index it only if its document is missing or stale."""
        if self.indexer is None:
            return
        found = self.store.stamp(sha256)
        if found is not None and self.indexed.get(found[0]) != found[1]:
            self.stale_ids.append(found[0])

    @property
    def is_due(self) -> bool:
        waiting = len(self.prepared) + len(self.stale_ids)
        return waiting >= self.batch_size or (
            bool(waiting) and time.monotonic() - self.started >= self.batch_seconds
        )

    def seconds_until_due(self) -> float | None:
        if not self.prepared:
            return None
        return max(0.0, self.started + self.batch_seconds - time.monotonic())

    def flush(self) -> list[Outcome]:
        """Record the batch in one transaction, then index it; the batch's outcomes."""
        recorded: list[Asset] = []
        with self.store.transaction():
            for prepared, _ in self.prepared:
                if self.store.renditions(prepared.asset.sha256) is None:
                    recorded.append(self.store.upsert(prepared.asset, renditions=prepared.renditions))
                else:
                    # The record exists; only its files were missing and have been remade.
                    self.store.set_renditions(prepared.asset.sha256, prepared.renditions)
        # Cleared only once committed: an interrupted commit leaves the batch to retry.
        batch, self.prepared = self.prepared, []
        stale, self.stale_ids = self.stale_ids, []
        self._index(recorded, stale)
        return [outcome for _, outcome in batch]

    def _index(self, recorded: list[Asset], stale: list[str]) -> None:
        if self.indexer is None or not (recorded or stale):
            return
        refreshed = [asset for asset in map(self.store.get, stale) if asset is not None]
        try:
            self.indexer.index(recorded + refreshed)
        except Exception:
            # The catalog is the truth and already holds this batch; a re-run or
            # `photodesk check --repair` rebuilds what the index missed.
            log.exception("the search index could not be updated; run `photodesk check --repair`")
            self.indexer = None


def ingest(
    paths: Iterable[Path],
    *,
    store: CatalogStore,
    media: MediaStore,
    reader: Reader,
    indexer: Indexer | None = None,
    jobs: int | None = None,
    link: bool = False,
    wait_for_lock: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_seconds: float = DEFAULT_BATCH_SECONDS,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> Iterator[Outcome]:
    """Import files and folders; yields one ``Outcome`` per file as it is settled.

    Imported files are yielded once their batch is committed. Ctrl-C (KeyboardInterrupt)
    lets the files being read finish, commits them, and then re-raises; closing the
    generator early commits what is prepared. Raises ``ImportLockedError`` when another
    import holds the data directory (unless ``wait_for_lock``).
    """
    with import_lock(store.path.parent, wait=wait_for_lock):
        removed = media.clean_temporary()
        if removed:
            log.info("removed %d temporary files left by an interrupted import", removed)
        writer = _Writer(store, indexer, batch_size, batch_seconds)
        pool = WorkerPool(
            _run_task,
            jobs=jobs or os.cpu_count() or 1,
            time_limit=time_limit,
            setup=_set_up_worker,
            setup_args=(reader, media),
        )
        try:
            yield from _drive(discover(paths), pool, writer, store, media, link)
        finally:
            pool.close()
            if writer.prepared or writer.stale_ids:
                writer.flush()  # closed early or interrupted: keep what is ready


def _drive(
    candidates: Iterator[Path],
    pool: WorkerPool,
    writer: _Writer,
    store: CatalogStore,
    media: MediaStore,
    link: bool,
) -> Iterator[Outcome]:
    tasks: dict[int, _Task] = {}
    claimed: set[str] = set()  # sha256 of content taken by an earlier path in this run
    exhausted = False
    try:
        while True:
            while not exhausted and pool.unfinished < 2 * pool.jobs:
                path = next(candidates, None)
                if path is None:
                    exhausted = True
                else:
                    task = _Task("fingerprint", str(path))
                    tasks[pool.submit(task)] = task
            if exhausted and not pool.unfinished:
                break
            result = pool.next_result(timeout=writer.seconds_until_due())
            if result is not None:
                yield from _settle(result, tasks.pop(result.ticket), pool, tasks, writer, store, media, link, claimed)
            if writer.is_due:
                yield from writer.flush()
    except KeyboardInterrupt:
        # Let the files being read finish (the workers ignore Ctrl-C), commit them, stop.
        for ticket in pool.cancel_queued():
            tasks.pop(ticket, None)
        for result in pool.results():
            task = tasks.pop(result.ticket)
            if task.stage == "prepare":
                yield from _settle(result, task, pool, tasks, writer, store, media, link, claimed)
        yield from writer.flush()
        raise
    yield from writer.flush()


def _settle(
    result: TaskResult,
    task: _Task,
    pool: WorkerPool,
    tasks: dict[int, _Task],
    writer: _Writer,
    store: CatalogStore,
    media: MediaStore,
    link: bool,
    claimed: set[str],
) -> Iterator[Outcome]:
    value = result.value
    if task.fingerprint is not None and (result.error is not None or isinstance(value, Outcome)):
        claimed.discard(task.fingerprint.sha256)  # another copy of this content may still succeed
    if result.error is not None:
        if result.details:
            log.debug("%s: %s\n%s", task.path, result.error, result.details)
        reason = result.error if result.details is None else f"internal error while reading: {result.error}"
        yield Outcome(task.path, Status.FAILED, reason=reason)
    elif isinstance(value, Outcome):
        yield value
    elif isinstance(value, Fingerprint):
        recorded = store.renditions(value.sha256)
        if value.sha256 in claimed or (recorded is not None and media.has(value.sha256, recorded)):
            if value.sha256 not in claimed:
                writer.note_unchanged(value.sha256)
            claimed.add(value.sha256)
            yield Outcome(task.path, Status.UNCHANGED, asset_id=value.sha256[:16])
        else:
            claimed.add(value.sha256)
            follow = _Task("prepare", task.path, value, now_iso(), link)
            tasks[pool.submit(follow)] = follow
    elif isinstance(value, Prepared):
        asset = value.asset
        recorded = store.renditions(asset.sha256) is not None
        status = Status.UNCHANGED if recorded else Status.IMPORTED
        warnings = () if recorded else asset.warnings
        writer.add(value, Outcome(task.path, status, asset_id=asset.id, warnings=warnings))
