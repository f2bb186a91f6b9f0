"""``photodesk check``: does the catalog agree with the media store and the search index?

The catalog is the truth. Files it does not know are orphans; derivatives it records must
exist; the index must hold every asset at its current record stamp and nothing else.
``repair`` makes the media store and the index match the catalog (an original that is gone
for good stays reported: only a re-import can bring it back).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterator

from catalog.asset import asset_id
from catalog.errors import FileProblem
from catalog.protocols import Indexer, MediaStore, Reader
from catalog.store import CatalogStore

log = logging.getLogger(__name__)
_INDEX_BATCH = 256


@dataclass(frozen=True)
class Problem:
    """One disagreement, in plain words, and whether ``repair`` fixed it."""

    subject: str  # an asset id, a file, or "catalog" / "index"
    reason: str
    repaired: bool = False

    def __str__(self) -> str:
        return f"{self.subject}: {self.reason}" + (" (repaired)" if self.repaired else "")


def check(
    store: CatalogStore,
    media: MediaStore,
    *,
    indexer: Indexer,
    reader: Reader | None = None,
    repair: bool = False,
) -> Iterator[Problem]:
    """Every disagreement between catalog, media store and index; with ``repair``, fixed where possible.

    Run it while holding the import lock (``catalog.ingest.import_lock``): an import in
    progress legitimately has files the catalog does not know yet.
    """
    for message in store.integrity_problems():
        yield Problem("catalog", message)
    yield from _check_media(store, media, reader if repair else None)
    yield from _check_perceptual_hashes(store, media, repair)
    yield from _check_index(store, indexer, repair)
    yield from _check_index_files(indexer, repair)


def _check_media(store: CatalogStore, media: MediaStore, reader: Reader | None) -> Iterator[Problem]:
    catalogued: set[str] = set()
    for sha256, renditions, file_size in store.iter_media():
        catalogued.add(sha256)
        reasons = media.verify(sha256, renditions, file_size=file_size)
        if not reasons:
            continue
        repaired = reader is not None and _restore(store, media, reader, sha256)
        for reason in reasons:
            yield Problem(asset_id(sha256), reason, repaired=repaired)
    for sha256 in sorted(media.stored_hashes() - catalogued):
        if reader is not None:
            media.remove(sha256)
        yield Problem(asset_id(sha256), "files in the media store for content the catalog does not know",
                      repaired=reader is not None)
    for path in media.temporary_files():
        if reader is not None:
            path.unlink(missing_ok=True)
        yield Problem(str(path), "a temporary file left by an interrupted import", repaired=reader is not None)


def _restore(store: CatalogStore, media: MediaStore, reader: Reader, sha256: str) -> bool:
    asset = store.get_by_sha256(sha256)
    assert asset is not None
    try:
        stored = media.restore(sha256, reader, source_path=asset.os_source_path, orientation=asset.orientation)
    except FileProblem as problem:
        log.info("%s: cannot repair: %s", asset.id, problem.reason)
        return False
    store.set_renditions(sha256, stored.renditions)
    return True


def _check_perceptual_hashes(store: CatalogStore, media: MediaStore, repair: bool) -> Iterator[Problem]:
    # Assets imported before hashes were kept cannot be found by a published copy of their picture.
    for sha256 in store.lacking_perceptual_hash():
        value = media.perceptual_hash(sha256) if repair else None
        if value:
            store.set_perceptual_hash(sha256, value)
        yield Problem(asset_id(sha256), "no perceptual hash: articles cannot find this picture by its look",
                      repaired=bool(value))


def _check_index_files(indexer: Indexer, repair: bool) -> Iterator[Problem]:
    leftovers = indexer.temporary_files()
    if repair and leftovers:
        indexer.clean_temporary()
    for path in leftovers:
        yield Problem(str(path), "left in the search index by an interrupted write", repaired=repair)


def _check_index(store: CatalogStore, indexer: Indexer, repair: bool) -> Iterator[Problem]:
    expected = store.stamps()
    indexed = dict(indexer.stamps())
    missing = sorted(set(expected) - set(indexed))
    stale = sorted(i for i in set(expected) & set(indexed) if expected[i] != indexed[i])
    extra = sorted(set(indexed) - set(expected))
    if repair:
        redo = missing + stale
        for start in range(0, len(redo), _INDEX_BATCH):
            found = (store.get(asset_id) for asset_id in redo[start : start + _INDEX_BATCH])
            indexer.index([asset for asset in found if asset is not None])
        if extra:
            indexer.remove(extra)
    for found in missing:
        yield Problem(found, "missing from the search index", repaired=repair)
    for found in stale:
        yield Problem(found, "the search index holds an older version of this record", repaired=repair)
    for found in extra:
        yield Problem(found, "in the search index but not in the catalog", repaired=repair)
