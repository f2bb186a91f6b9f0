"""The content-addressed file store: originals and their derivatives, named by sha256.

Layout under ``settings.media_dir``::

    originals/ab/<sha256>         the imported file (a copy, or a symlink with ``--link``)
    preview/ab/<sha256>.jpg       ~1600 px, upright, sRGB
    thumb/ab/<sha256>.jpg         ~400 px
    tmp/                          files being written (renamed into place when complete)

Files are looked up only by sha256 and rendition name, so no user-supplied path ever
reaches the file system. Every file is written under ``tmp/`` and renamed into place, so a
crash leaves either the whole file or none (plus a temporary file ``clean_temporary``
removes).

A linked original lives outside the store, where others may change it: ``open_original``
is the only way an original is opened for sending, and it opens a linked one only while
its file still holds the imported picture.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import stat
import threading
import time
import uuid
from collections import OrderedDict
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Mapping

from catalog.errors import (
    ChangedOriginalError,
    DiskFullError,
    FileProblem,
    is_disk_full,
)
from catalog.metadata import RawImage
from catalog.protocols import Reader, StoredMedia
from media.derivatives import RENDITION_SIZES, make_derivatives
from media.picture_hashes import hash_thumbnail

log = logging.getLogger(__name__)

ORIGINAL = "original"
_COPY_CHUNK = 1 << 20
_CHANGED_WHILE_IMPORTED = (
    "the file changed while it was being imported (its content differs from what was read); import it again"
)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_CHANGED = "the linked original has changed since it was imported: "
_NO_LONGER_HOLDS = _CHANGED + "its file no longer holds this picture"
_BECAME_LINK = _CHANGED + "its file was replaced by a link to another file"
_NOT_A_FILE = _CHANGED + "its file was replaced by something that is not a file"
_VERIFIED_KEPT = 65_536  # linked files hashed and found right, remembered per process (~10 MB)
# A day: no import writes one temporary file that long; younger ones may be another host's work in progress.
SHARED_TEMPORARY_SECONDS = 86_400.0


class MediaStore:
    """Originals and derivatives under one directory, each named by the original's sha256."""

    def __init__(self, root: Path, *, renditions: Mapping[str, int] = RENDITION_SIZES, shared: bool = False) -> None:
        self.root = Path(root)
        # A store several hosts write (``--media`` on a shared mount): another host's import may be
        # writing a temporary file right now, so only old ones are leftovers.
        self.shared = shared
        self.renditions = dict(renditions)
        self._verified = _VerifiedFiles(_VERIFIED_KEPT)

    def __repr__(self) -> str:
        return f"MediaStore({str(self.root)!r})"

    # -- lookup ---------------------------------------------------------------------------

    def path_for(self, sha256: str, rendition: str) -> Path:
        """Where one rendition (``original``, ``preview``, ``thumb``) of a file lives."""
        if not _SHA256.fullmatch(sha256):
            raise ValueError(f"not a sha256: {sha256!r}")
        if rendition == ORIGINAL:
            return self.root / "originals" / sha256[:2] / sha256
        if rendition not in self.renditions:
            raise ValueError(f"unknown rendition: {rendition!r}")
        return self.root / rendition / sha256[:2] / f"{sha256}.jpg"

    def has(self, sha256: str, renditions: Iterable[str]) -> bool:
        """True when the original and every named derivative are in place."""
        return all(
            self._is_present(self.path_for(sha256, name)) for name in (ORIGINAL, *renditions)
        )

    def open_original(self, sha256: str, *, file_size: int | None = None) -> BinaryIO:
        """The original opened for reading (to send it); a linked one only while it still holds the picture.

        A linked original is opened through the store's link without following any link
        beyond it, refused at once when its size differs from ``file_size``, and otherwise
        hashed once per file identity (device, inode, size, mtime, ctime: nobody can set
        ctime back, so a rewrite that keeps size and mtime is noticed too); a repeat costs an
        ``fstat``. Send from the returned file, never by opening the path again. Raises
        ``FileNotFoundError`` (an ``OSError``) when there is no original to open and
        ``ChangedOriginalError`` when a linked original no longer holds the picture.
        """
        path = self.path_for(sha256, ORIGINAL)
        try:
            target = os.readlink(path)
        except OSError as error:
            if error.errno != errno.EINVAL:
                raise
            return open(os.open(path, os.O_RDONLY | os.O_NOFOLLOW), "rb")  # a copy inside the store
        linked = _open_without_following(target)
        try:
            self._check_linked(linked, sha256, file_size)
        except BaseException:
            linked.close()
            raise
        return linked

    def _check_linked(self, linked: BinaryIO, sha256: str, file_size: int | None) -> None:
        before = os.fstat(linked.fileno())
        if file_size is not None and before.st_size != file_size:
            raise ChangedOriginalError(_NO_LONGER_HOLDS, stage="store")
        identity = (sha256, *_identity(before))
        if identity in self._verified:
            return
        digest = hashlib.file_digest(linked, "sha256").hexdigest()
        linked.seek(0)
        # Written to while it was hashed: what was read may not be what would be sent.
        if digest != sha256 or (sha256, *_identity(os.fstat(linked.fileno()))) != identity:
            raise ChangedOriginalError(_NO_LONGER_HOLDS, stage="store")
        self._verified.add(identity)

    def _linked_problem(self, sha256: str, file_size: int | None = None) -> str | None:
        """Why a linked original cannot be sent (None: its file holds the picture)."""
        try:
            self.open_original(sha256, file_size=file_size).close()
        except ChangedOriginalError as changed:
            return changed.reason
        except OSError as error:
            return f"the linked original cannot be read ({error.strerror or error})"
        return None

    # -- writing (worker processes) -------------------------------------------------------

    def store(
        self, path: Path, raw: RawImage, *, sha256: str, link: bool, orientation: int | None
    ) -> StoredMedia:
        """Put a file's original and derivatives in place (the ingest "store" stage).

        Derivatives already present from an interrupted run are kept, not remade. A picture
        whose pixels cannot be decoded is stored without derivatives, with a warning.
        """
        self.add_original(path, sha256, link=link)
        if not raw.is_decodable and raw.embedded_preview is None:
            return StoredMedia(renditions=())  # the reader already said "metadata only"
        wanted = tuple(self.renditions)
        if all(self._is_present(self.path_for(sha256, name)) for name in wanted):
            return StoredMedia(renditions=wanted, perceptual_hash=self.perceptual_hash(sha256))
        try:
            # From the stored original, whose bytes were verified against the fingerprint.
            made = self._make(self.path_for(sha256, ORIGINAL), raw, orientation)
        except FileProblem as problem:  # unsupported, damaged or too large to decode
            return StoredMedia(renditions=(), warnings=(f"no preview: {problem.reason}",))
        for name, data in made.images.items():
            self._write_atomically(self.path_for(sha256, name), data)
        smallest = min(made.images, key=lambda name: self.renditions[name], default=None)
        return StoredMedia(
            renditions=tuple(made.images),
            warnings=made.warnings,
            # From the thumbnail just made: ~3 ms, where hashing the original would decode it again.
            perceptual_hash=hash_thumbnail(made.images[smallest]) if smallest else None,
        )

    def add_original(self, source: Path, sha256: str, *, link: bool) -> None:
        """Copy the file in (or symlink it with ``link``); the copy is refused if it changed meanwhile."""
        target = self.path_for(sha256, ORIGINAL)
        if self._is_present(target):
            return
        temporary = self._temporary_path(target)
        try:
            if link:
                # At the real file, not at a link on the way that someone could point elsewhere later;
                # checked like a copy, so that the link never names other content than its hash.
                real = os.path.realpath(source)
                if _sha256_of(Path(real)) != sha256:
                    raise FileProblem(_CHANGED_WHILE_IMPORTED, stage="store")
                os.symlink(real, temporary)
            else:
                _copy_verified(source, temporary, sha256)
            os.replace(temporary, target)
        except OSError as error:
            raise self._write_problem(error) from error
        finally:
            temporary.unlink(missing_ok=True)

    def _make(self, path: Path, raw: Any, orientation: int | None) -> Any:
        # Imported here, not at module level: the readers' decode module pulls in the
        # HEIF plugin, which only workers that make derivatives need.
        from media.decode import open_for_derivatives

        with open_for_derivatives(path, raw) as image:
            return make_derivatives(image, orientation=orientation, sizes=self.renditions)

    def _write_atomically(self, target: Path, data: bytes) -> None:
        temporary = self._temporary_path(target)
        try:
            temporary.write_bytes(data)
            os.replace(temporary, target)
        except OSError as error:
            raise self._write_problem(error) from error
        finally:
            temporary.unlink(missing_ok=True)

    def _temporary_path(self, target: Path) -> Path:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.root / "tmp"
            tmp.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise self._write_problem(error) from error
        return tmp / f"{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}"

    def _write_problem(self, error: OSError) -> OSError | DiskFullError:
        """A full disk, said plainly and naming the store (it stops the import); other errors as they are."""
        if is_disk_full(error):
            return DiskFullError(f"no space left on the disk holding the media store ({self.root})")
        return error

    @staticmethod
    def _is_present(path: Path) -> bool:
        # exists() follows symlinks: a linked original whose file has gone is not present.
        return path.exists()

    # -- verify and repair (``photodesk check``) ------------------------------------------

    def verify(self, sha256: str, renditions: Iterable[str], *, file_size: int | None = None) -> list[str]:
        """What is missing or wrong among one file's original and derivatives (empty: all well)."""
        problems: list[str] = []
        original = self.path_for(sha256, ORIGINAL)
        if original.is_symlink() and not original.exists():
            problems.append(f"the linked original is gone ({os.readlink(original)})")
        elif original.is_symlink() and (reason := self._linked_problem(sha256, file_size)):
            problems.append(f"{reason} ({os.readlink(original)})")
        elif not original.exists():
            problems.append("the original is missing from the media store")
        elif file_size is not None and original.stat().st_size != file_size:
            problems.append("the original's size differs from the catalog's")
        for name in renditions:
            if not self.path_for(sha256, name).exists():
                problems.append(f"the {name} is missing")
        return problems

    def restore(
        self, sha256: str, reader: Reader, *, source_path: str | None, orientation: int | None
    ) -> StoredMedia:
        """Bring back a missing or changed original from its source path (same content only), remake derivatives.

        A linked original whose file no longer holds the picture is never remade from that
        file. Raises ``FileProblem`` when the original cannot be had back.
        """
        original = self.path_for(sha256, ORIGINAL)
        if not original.exists():
            if original.is_symlink():
                original.unlink()
            self._copy_from_source(sha256, source_path, "the original is gone")
        elif original.is_symlink() and self._linked_problem(sha256) is not None:
            self._copy_from_source(sha256, source_path, "the linked original has changed")
        for name in self.renditions:
            self.path_for(sha256, name).unlink(missing_ok=True)
        return self.store(original, reader(original), sha256=sha256, link=False, orientation=orientation)

    def _copy_from_source(self, sha256: str, source_path: str | None, what: str) -> None:
        """Copy the original in from its source path, replacing what is there, if it holds the same content."""
        if not source_path or not Path(source_path).is_file():
            raise FileProblem(f"{what} and its source file is no longer there", stage="store")
        if _sha256_of(Path(source_path)) != sha256:
            raise FileProblem(f"{what} and its source file has changed since", stage="store")
        self.path_for(sha256, ORIGINAL).unlink(missing_ok=True)
        self.add_original(Path(source_path), sha256, link=False)

    def stored_hashes(self) -> set[str]:
        """Every sha256 that has any file in the store (to find files the catalog lacks)."""
        found: set[str] = set()
        for folder in ("originals", *self.renditions):
            for path in (self.root / folder).glob("*/*"):
                name = path.name.removesuffix(".jpg")
                if _SHA256.fullmatch(name):
                    found.add(name)
        return found

    def perceptual_hash(self, sha256: str) -> str | None:
        """The perceptual hash of the file's smallest derivative (``format_hash`` text); None without one."""
        if not self.renditions:
            return None
        smallest = min(self.renditions, key=self.renditions.__getitem__)
        try:
            return hash_thumbnail(self.path_for(sha256, smallest).read_bytes())
        except (OSError, ValueError, SyntaxError, EOFError):  # missing, or damaged since it was written
            return None

    def remove(self, sha256: str) -> None:
        """Delete every file of one sha256 (an orphan the catalog does not know)."""
        for name in (ORIGINAL, *self.renditions):
            self.path_for(sha256, name).unlink(missing_ok=True)

    def temporary_files(self) -> list[Path]:
        """Files left in ``tmp/`` by an interrupted write."""
        tmp = self.root / "tmp"
        return sorted(tmp.iterdir()) if tmp.is_dir() else []

    def clean_temporary(self) -> int:
        """Remove leftover temporary files; call only while holding the import lock.

        In a shared store only those older than ``SHARED_TEMPORARY_SECONDS`` are removed."""
        leftovers = self.temporary_files()
        if self.shared:
            cutoff = time.time() - SHARED_TEMPORARY_SECONDS
            leftovers = [path for path in leftovers if _modified(path) < cutoff]
        for path in leftovers:
            path.unlink(missing_ok=True)
        return len(leftovers)


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return float("inf")  # removed meanwhile: not ours to count


def _copy_verified(source: Path, target: Path, sha256: str) -> None:
    """Copy ``source`` to a new file ``target``, hashing the bytes as they pass.

    The fingerprint was taken earlier; a file rewritten since (even keeping its size and
    modification time) would otherwise be stored under a hash that is not its own.
    """
    digest = hashlib.sha256()
    buffer = bytearray(_COPY_CHUNK)
    view = memoryview(buffer)
    with open(source, "rb") as reading, open(target, "xb") as writing:
        while count := reading.readinto(buffer):
            digest.update(view[:count])
            writing.write(view[:count])
    if digest.hexdigest() != sha256:
        raise FileProblem(_CHANGED_WHILE_IMPORTED, stage="store")


class _VerifiedFiles:
    """Identities of linked files already hashed and found to hold their sha256 (bounded, one process)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict[tuple[object, ...], None] = OrderedDict()
        self._lock = threading.Lock()

    def __contains__(self, identity: tuple[object, ...]) -> bool:
        with self._lock:
            if identity in self._kept:
                self._kept.move_to_end(identity)
                return True
            return False

    def add(self, identity: tuple[object, ...]) -> None:
        """Remember one identity, forgetting the least recently used beyond ``size``."""
        with self._lock:
            self._kept[identity] = None
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)

    def __reduce__(self) -> tuple[type, tuple[int]]:
        return (_VerifiedFiles, (self.size,))  # a worker process verifies for itself


def _open_without_following(target: str) -> BinaryIO:
    """Open a linked original's file itself: never through a link, never blocking on a FIFO."""
    try:
        descriptor = os.open(target, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.EMLINK):  # EMLINK: the BSDs' O_NOFOLLOW answer
            raise ChangedOriginalError(_BECAME_LINK, stage="store") from None
        raise
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise ChangedOriginalError(_NOT_A_FILE, stage="store")
    os.set_blocking(descriptor, True)
    return open(descriptor, "rb")


def _identity(status: os.stat_result) -> tuple[int, ...]:
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
