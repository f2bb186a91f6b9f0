"""Photodesk's errors: one base class; file problems carry path, stage and a plain reason."""

from __future__ import annotations

import errno
import sqlite3


class PhotodeskError(Exception):
    """Base class of every error Photodesk raises on purpose."""


class ConfigurationError(PhotodeskError):
    """Bad settings or usage (exit code 2)."""


class InvalidUrlError(ConfigurationError):
    """A URL Photodesk cannot use: not http(s), or without a host."""


class UnknownAssetError(PhotodeskError, KeyError):
    """No asset has this id (any more): a ``KeyError``, so callers that catch that still work."""


class FetchError(PhotodeskError):
    """A page or image that could not be fetched: network, HTTP status, size, refused address.

    ``reason`` says what went wrong; ``url`` is the URL being fetched once known, and then
    ``str()`` is ``url: reason``.
    """

    def __init__(self, reason: str, *, url: str | None = None) -> None:
        super().__init__(f"{url}: {reason}" if url else reason)
        self.reason = reason
        self.url = url


class PrivateAddressError(FetchError):
    """A server refused before any connection: its address is private, loopback, link-local or the like.

    ``refusal`` says which address and what kind ("refused to connect to 127.0.0.1: a
    loopback address, not the public internet"), ``url`` is the URL being fetched once known.
    ``str()`` also tells how the command line allows such addresses; a caller with its own
    switch (the web app's) words its message from ``url`` and ``refusal``.
    """

    def __init__(self, reason: str, *, refusal: str, url: str | None = None) -> None:
        super().__init__(reason, url=url)
        self.refusal = refusal


class FileProblem(PhotodeskError):
    """A file that cannot be imported, with a reason written for a photo editor.

    ``str()`` is one line: ``path: reason``.
    """

    def __init__(self, reason: str, *, path: str | None = None, stage: str = "read"):
        super().__init__(reason)
        self.reason = reason
        self.path = path
        self.stage = stage

    def with_path(self, path: str) -> "FileProblem":
        """The same problem, naming the file it happened to."""
        self.path = path
        return self

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason


class NotAnImageError(FileProblem):
    """The bytes are not a picture (HTML saved as .jpg, an empty file, ...)."""


class UnsupportedFormatError(FileProblem):
    """A picture format Photodesk cannot decode."""


class TooLargeError(FileProblem):
    """The file exceeds the byte-size or pixel limit."""


class DamagedFileError(FileProblem):
    """The file is damaged beyond reading its metadata."""


class LowDetailError(FileProblem):
    """A picture with too little detail (a flat colour, a gradient) for its perceptual hash to be evidence."""


class RecordError(PhotodeskError):
    """One record the catalog cannot hold (a value SQLite or JSON cannot store); the batch goes on."""


class DiskFullError(PhotodeskError):
    """No space left on the disk holding the data directory: the import stops, what is committed stays."""


class CatalogUnavailableError(PhotodeskError):
    """The catalog's database server does not answer (stopped, restarting, out of reach): try again shortly."""


class ChangedOriginalError(FileProblem):
    """A linked original whose file no longer holds the imported picture: rewritten, replaced or now a link."""


class QueryError(PhotodeskError):
    """A search query that cannot be parsed; ``str()`` is the plain-language message."""


class ImportLockedError(PhotodeskError):
    """Another import is already writing to this catalog."""


def is_disk_full(error: BaseException) -> bool:
    """True for "no space left" (or over quota) from the file system or SQLite."""
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL  # "database or disk is full"
