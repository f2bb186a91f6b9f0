"""The index on disk: creating and opening a generation, writing a batch, building a whole
generation, and finding what killed writes left behind.

The caller (``SearchIndex``) holds the generations' write lock around every write here.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.index import LockError

from catalog.asset import Asset
from catalog.errors import ConfigurationError, ImportLockedError
from index.commit_race import open_despite_commits
from index.documents import asset_document
from index.generations import Generations
from index.schema import SCHEMA_VERSION
from index.whoosh_internals import check_whoosh_version, used_segment_ids

BULK_BUILD_THRESHOLD = 5_000  # below this many assets a rebuild is not worth extra processes
_BUILD_MEMORY_MB = 768  # per build process, for sorting postings
SCHEMA_FILE = "PHOTODESK-SCHEMA"  # in each generation folder: the schema version it was built with
# Whoosh's file names in a generation folder (index name "MAIN"): what a commit leaves.
_TOC = re.compile(r"^_MAIN_(\d+)\.toc$")
_TOC_TEMPORARY = re.compile(r"^_MAIN_\d+\.toc\..+")  # written, then renamed to the .toc
_SEGMENT_FILE = re.compile(r"^(MAIN_[0-9a-z]+)\.[A-Za-z0-9_.]+$")
_WHOOSH_TEMPORARY = "MAIN.tmp"


class BatchWriter:
    """Adds and removes documents inside one ``SearchIndex.writer()`` batch."""

    def __init__(self, whoosh_writer: Any):
        self._writer = whoosh_writer

    def add(self, asset: Asset) -> None:
        """Add the asset's document, replacing any earlier one with the same id."""
        self._writer.update_document(**asset_document(asset))

    def remove(self, asset_id: str) -> None:
        """Delete the asset's document if it is indexed."""
        self._writer.delete_by_term("id", asset_id)


@contextlib.contextmanager
def batch(generations: Generations, schema: Any, codec: Any) -> Iterator[BatchWriter]:
    """A writer on the current generation (made if there is none): commits on success, cancels if the block raises."""
    ix = _open_current_for_writing(generations, schema)
    try:
        whoosh_writer = ix.writer(codec=codec)
    except LockError:
        raise ImportLockedError(f"{generations.root}: the search index is locked by another writer") from None
    batch = BatchWriter(whoosh_writer)
    try:
        yield batch
    except BaseException:
        whoosh_writer.cancel()
        raise
    else:
        whoosh_writer.commit()
    finally:
        ix.close()


def build(path: Path, schema: Any, assets: Iterator[Asset], procs: int | None, codec: Any) -> int:
    """Write every asset into a new index at ``path``; the count written.

    ``BULK_BUILD_THRESHOLD`` assets or more are written by ``procs`` processes (default: up
    to 2), one segment each (docs/performance.md#building-the-index-in-processes).
    """
    ix = create_index(path, schema)
    head = list(itertools.islice(assets, BULK_BUILD_THRESHOLD))
    processes = procs if procs is not None else min(2, os.cpu_count() or 1)
    if len(head) < BULK_BUILD_THRESHOLD or processes <= 1:
        writer = ix.writer(codec=codec, limitmb=_BUILD_MEMORY_MB)
    else:
        # Each process sorts its postings in memory: with the default 128 MB it spilled
        # runs to disk and merged them, a third slower at 50 000 documents each.
        writer = ix.writer(
            procs=processes, multisegment=True, limitmb=_BUILD_MEMORY_MB, batchsize=1000, codec=codec
        )
    count = 0
    try:
        for asset in itertools.chain(head, assets):
            writer.add_document(**asset_document(asset))
            count += 1
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    ix.close()
    return count


def create_index(path: Path, schema: Any) -> Any:
    """A new, empty Whoosh index in the generation folder ``path``, marked with the schema version."""
    check_whoosh_version()
    ix = whoosh_index.create_in(str(path), schema)
    (path / SCHEMA_FILE).write_text(f"{SCHEMA_VERSION}\n", encoding="ascii")
    return ix


def open_index(path: Path) -> Any:
    """The Whoosh index of the generation folder ``path``.

    Raises ``ConfigurationError`` when another version of the schema built it, or when the
    installed Whoosh is not the version ``index.whoosh_internals`` was written for.
    """
    # An index written by another version of the schema would fail in odd ways (missing
    # fields, other analysers): say so once, plainly, and how to fix it.
    try:
        version = int((path / SCHEMA_FILE).read_text(encoding="ascii"))
    except (OSError, ValueError):
        version = None
    if version != SCHEMA_VERSION:
        raise ConfigurationError(
            f"{path.parent}: the search index was built by another version of Photodesk; "
            "run `photodesk reindex` to rebuild it from the catalog"
        )
    return _open_dir(path)


def _open_dir(path: Path) -> Any:
    check_whoosh_version()
    # Whoosh reads the latest table of contents, which a commit in another thread or
    # process may be replacing at that moment.
    return open_despite_commits(lambda: whoosh_index.open_dir(str(path)))


def _open_current_for_writing(generations: Generations, schema: Any) -> Any:
    check_whoosh_version()  # before a first generation is made
    name = generations.current()
    if name is None:
        name = generations.create()
        create_index(generations.path(name), schema).close()
        generations.switch_to(name)
    return open_index(generations.path(name))


def leftovers(generations: Generations) -> list[Path]:
    """What killed writes left: dead generations, pointer files, and Whoosh files the current one does not use."""
    found = generations.leftovers()
    current = generations.current()
    if current is not None:
        found += _unused_whoosh_files(generations.path(current))
    return found


def _unused_whoosh_files(folder: Path) -> list[Path]:
    """Whoosh files of a generation its latest table of contents does not use (a writer killed mid-commit).

    Whoosh removes unused segment files at its next commit, but never its own temporary
    table-of-contents files or what its temporary folder holds.
    """
    try:
        ix = _open_dir(folder)
    except (whoosh_index.EmptyIndexError, OSError):
        return []
    try:
        generation = ix.latest_generation()
        used = used_segment_ids(ix)
    finally:
        ix.close()
    unused = []
    for path in folder.iterdir():
        toc, segment = _TOC.match(path.name), _SEGMENT_FILE.match(path.name)
        if (
            (toc and int(toc.group(1)) != generation)
            or _TOC_TEMPORARY.match(path.name)
            or path.name == _WHOOSH_TEMPORARY
            or (segment and segment.group(1) not in used)
        ):
            unused.append(path)
    return sorted(unused)


def remove_paths(paths: list[Path]) -> int:
    """Delete these files and folders; how many there were."""
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    return len(paths)
