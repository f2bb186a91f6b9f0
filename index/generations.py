"""Index generations on disk: ``gen-NNNNNN`` folders, a ``CURRENT`` pointer, one writer lock.

``photodesk reindex`` builds a whole new generation beside the live one and then replaces
the ``CURRENT`` file (write to a temporary name, then rename: atomic on POSIX), so searches
keep answering from the old generation until the switch and from the new one after it.
The generation before the current one is kept, because a searcher may still be finishing a
query in it; older ones are deleted.

Every writer (an import batch, a removal, a rebuild) holds ``writer.lock`` (``flock``, freed
by the kernel if the process dies), so two processes never write at once and a rebuild
never loses a batch written while it ran: the batch waits and then goes into the new
generation.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from catalog.errors import ImportLockedError

log = logging.getLogger(__name__)

POINTER = "CURRENT"
LOCK_FILE = "writer.lock"
_GENERATION = re.compile(r"^gen-(\d{6,})$")
_LOCK_POLL_SECONDS = 0.1


class Generations:
    """The generation folders under one index directory."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._pointer: tuple[tuple[int, int, int], str | None] | None = None

    def current(self) -> str | None:
        """The live generation's folder name, or None before the first write.

        The pointer is re-read only when its inode, size or mtime changed (one ``stat``).
        """
        try:
            info = os.stat(self.root / POINTER)
        except FileNotFoundError:
            return None
        state = (info.st_ino, info.st_size, info.st_mtime_ns)
        cached = self._pointer  # one tuple, replaced whole: safe to share between threads
        if cached is not None and cached[0] == state:
            return cached[1]
        name = (self.root / POINTER).read_text(encoding="ascii").strip()
        self._pointer = (state, name if _GENERATION.match(name) else None)
        return self._pointer[1]

    def path(self, name: str) -> Path:
        """The folder of a generation."""
        return self.root / name

    def names(self) -> list[str]:
        """Every generation folder present, oldest first."""
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if _GENERATION.match(p.name))

    def create(self) -> str:
        """Make an empty folder for the next generation and return its name."""
        self.root.mkdir(parents=True, exist_ok=True)
        existing = [int(_GENERATION.match(n).group(1)) for n in self.names()]  # type: ignore[union-attr]
        name = f"gen-{(max(existing) + 1) if existing else 1:06d}"
        self.path(name).mkdir()
        return name

    def switch_to(self, name: str) -> None:
        """Make ``name`` the live generation atomically, and drop all but the previous one."""
        previous = self.current()
        temporary = self.root / f".{POINTER}.{os.getpid()}.tmp"
        with open(temporary, "w", encoding="ascii") as pointer:
            pointer.write(name + "\n")
            pointer.flush()
            os.fsync(pointer.fileno())
        os.replace(temporary, self.root / POINTER)
        _fsync_directory(self.root)
        keep = {name, previous}
        for old in self.names():
            if old not in keep:
                shutil.rmtree(self.path(old), ignore_errors=True)

    def discard(self, name: str) -> None:
        """Delete a generation that was never switched to (a failed rebuild)."""
        shutil.rmtree(self.path(name), ignore_errors=True)

    def leftovers(self) -> list[Path]:
        """What a killed rebuild or switch left here; ask only while holding the write lock.

        Generations newer than the live one were never switched to (a rebuild that died);
        of the older ones only the newest is kept, as ``switch_to`` keeps it; pointer files
        written but never renamed into place are leftovers too.
        """
        if not self.root.is_dir():
            return []
        found = sorted(self.root.glob(f".{POINTER}.*.tmp"))
        current = self.current()
        names = self.names()
        if current is None:
            return found + [self.path(name) for name in names]
        older = [name for name in names if _number(name) < _number(current)]
        newer = [name for name in names if _number(name) > _number(current)]
        return found + [self.path(name) for name in older[:-1] + newer]

    @contextlib.contextmanager
    def write_lock(self, timeout: float | None = None) -> Iterator[None]:
        """Hold the index-wide writer lock; wait for it (up to ``timeout`` seconds if given)."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / LOCK_FILE, "a+b") as handle:
            _acquire(handle.fileno(), self.root, timeout)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


    @contextlib.contextmanager
    def write_lock_if_free(self) -> Iterator[bool]:
        """Hold the writer lock if no other writer does; yields whether it is held."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / LOCK_FILE, "a+b") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _number(name: str) -> int:
    return int(name.removeprefix("gen-"))


def _acquire(descriptor: int, root: Path, timeout: float | None) -> None:
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    except BlockingIOError:
        pass
    log.info("waiting for another import or reindex to finish writing %s", root)
    if timeout is None:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        return
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise ImportLockedError(
                    f"{root}: another import or reindex is writing the search index "
                    f"(waited {timeout:g} s); try again when it has finished"
                ) from None
            time.sleep(_LOCK_POLL_SECONDS)


def _fsync_directory(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
