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
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import uuid
from pathlib import Path
from typing import Any, Iterable, Mapping

from catalog.metadata import RawImage

from catalog.errors import DiskFullError, FileProblem, is_disk_full
from catalog.protocols import Reader, StoredMedia
from media.derivatives import RENDITION_SIZES, make_derivatives
from media.picture_hashes import hash_thumbnail

log = logging.getLogger(__name__)

ORIGINAL = "original"
_COPY_CHUNK = 1 << 20
_SHA256 = re.compile(r"[0-9a-f]{64}")


class MediaStore:
    """Originals and derivatives under one directory, each named by the original's sha256."""

    def __init__(self, root: Path, *, renditions: Mapping[str, int] = RENDITION_SIZES) -> None:
        self.root = Path(root)
        self.renditions = dict(renditions)

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
                os.symlink(os.path.abspath(source), temporary)
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
        """Bring back a missing original from its source path (same content only), remake derivatives.

        Raises ``FileProblem`` when the original cannot be had back.
        """
        original = self.path_for(sha256, ORIGINAL)
        if not original.exists():
            if original.is_symlink():
                original.unlink()
            if not source_path or not Path(source_path).is_file():
                raise FileProblem("the original is gone and its source file is no longer there", stage="store")
            if _sha256_of(Path(source_path)) != sha256:
                raise FileProblem("the original is gone and its source file has changed since", stage="store")
            self.add_original(Path(source_path), sha256, link=False)
        for name in self.renditions:
            self.path_for(sha256, name).unlink(missing_ok=True)
        return self.store(original, reader(original), sha256=sha256, link=False, orientation=orientation)

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
        """Remove leftover temporary files; call only while holding the import lock."""
        leftovers = self.temporary_files()
        for path in leftovers:
            path.unlink(missing_ok=True)
        return len(leftovers)


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
        raise FileProblem(
            "the file changed while it was being imported (its content differs from what was read); "
            "import it again", stage="store")


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
