"""Wiring: the real components of one data directory, for the CLI commands and benchmarks.

Kept apart from the command modules so that importing it never registers commands
(``scripts.cli`` imports every ``commands_*`` module).
"""

from __future__ import annotations

import functools
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import media
from catalog.protocols import Indexer, Reader
from catalog.settings import Settings
from media.reader import read_image


def file_reader(settings: Settings) -> Reader:
    """The media reader with this data directory's limits (picklable, for worker processes)."""
    return functools.partial(
        read_image, max_pixels=settings.max_pixels, max_file_bytes=settings.max_file_bytes
    )


@contextmanager
def open_indexer(settings: Settings) -> Iterator[Indexer | None]:
    """The search index, once the ``index`` package provides one (None before); closed after."""
    try:
        from index import SearchIndex
    except ImportError:
        yield None
        return
    indexer = SearchIndex(settings.index_dir)
    try:
        yield indexer
    finally:
        indexer.close()


def samples_dir() -> Path:
    """The sample photos bundled with Photodesk (imported when no path is given)."""
    return Path(media.__file__).parent / "samples"
