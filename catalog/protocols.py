"""The collaborators the ingest driver receives, described as small Protocols.

The CLI and tests pass the real objects (``media`` reader and store, ``index``
search index), so ``catalog`` never imports ``media`` or ``index``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Iterable, Mapping, NamedTuple, Protocol

from catalog.asset import Asset

if TYPE_CHECKING:
    from catalog.metadata import RawImage


class Indexer(Protocol):
    """The search index as the ingest driver and ``check`` see it."""

    def index(self, assets: Iterable[Asset]) -> None:
        """Add or replace these assets' documents in one batch (one writer, one commit)."""

    def remove(self, ids: Iterable[str]) -> None:
        """Delete these asset ids' documents in one batch."""

    def rebuild(self, assets: Iterable[Asset], *, procs: int | None = None) -> int:
        """Build the whole index anew from these assets (in ``procs`` processes) and switch to it; how many."""

    def stamps_of(self, ids: Iterable[str]) -> Mapping[str, str]:
        """The record stamp each of these ids was indexed at, for those indexed (``catalog.replica``)."""

    def stamps(self) -> Mapping[str, str]:
        """Every indexed asset id with the ``record_stamp`` it was indexed at (drift checks)."""

    def temporary_files(self) -> list[Path]:
        """What killed writes left in the index (none reported while another process writes)."""

    def clean_temporary(self) -> int:
        """Remove what killed writes left in the index; the count removed."""


class StoredMedia(NamedTuple):
    """What the media store put in place for one file: derivative names and any warnings."""

    renditions: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    perceptual_hash: str | None = None  # of the smallest derivative (media.similarity.format_hash)


class Reader(Protocol):
    """Guard and read one file into raw metadata (no side effects; runs in worker processes).

    Raises a ``FileProblem`` with a plain reason when the file cannot be catalogued.
    """

    def __call__(self, path: Path) -> RawImage:
        """The file's raw metadata, as found."""


class MediaStore(Protocol):
    """The content-addressed store of originals and derivatives, as ingest, ``check`` and the web see it."""

    def store(self, path: Path, raw: RawImage, *, sha256: str, link: bool, orientation: int | None) -> StoredMedia:
        """Copy (or link) the original and write its derivatives, each atomically."""

    def has(self, sha256: str, renditions: Iterable[str]) -> bool:
        """True when the original and the named derivatives are all in place."""

    def open_original(self, sha256: str, *, file_size: int | None = None) -> BinaryIO:
        """The original opened for sending; a linked one only while its file still holds the picture.

        Raises ``ChangedOriginalError`` when a linked original's file was rewritten, replaced or
        made a link since the import, and ``OSError`` when there is no original to open.
        """

    def clean_temporary(self) -> int:
        """Remove files an interrupted write left behind; the count removed."""

    def verify(self, sha256: str, renditions: Iterable[str], *, file_size: int | None = None) -> list[str]:
        """What is missing or wrong among one file's original and derivatives (plain reasons)."""

    def restore(self, sha256: str, reader: Reader, *, source_path: str | None, orientation: int | None) -> StoredMedia:
        """Bring back a missing original (from its source, same content only) and remake derivatives."""

    def stored_hashes(self) -> set[str]:
        """Every sha256 with any file in the store."""

    def perceptual_hash(self, sha256: str) -> str | None:
        """The perceptual hash of one file's picture, from its derivative; None without derivatives."""

    def remove(self, sha256: str) -> None:
        """Delete every file of one sha256."""

    def temporary_files(self) -> list[Path]:
        """Files an interrupted write left behind."""
