"""Opening searchers on the latest commit, reusing the segment readers that did not change.

whoosh-reloaded 2.7.5's ``Searcher.refresh()`` (``FileIndex._reader(reuse=...)``) is
unsafe: it appends the old reader's segments to the new commit's list, resurrecting
segments a merge removed, and it reuses a segment reader even when the commit deleted
documents from that segment, so deletions and replaced documents stay visible. (Whoosh
2.7.4 keyed reuse by generation and so never reused anything.) This module reuses a
reader only when the segment id and its deletion count are unchanged, so a refresh after
an import batch reopens just the new segments.
"""

from __future__ import annotations

from typing import Any

from whoosh.reading import EmptyReader, MultiReader, SegmentReader
from whoosh.searching import Searcher

from index.commit_race import open_despite_commits
from index.whoosh_internals import read_latest_toc


def open_searcher(ix: Any, previous: Searcher | None = None) -> tuple[Searcher, int]:
    """A searcher on ``ix``'s latest commit and that commit's generation number.

    Segment readers of ``previous`` are reused where unchanged; the others are closed, so
    ``previous`` must not be used afterwards.
    """
    reusable: dict[str, Any] = {}
    if previous is not None:
        for reader, _offset in previous.reader().leaf_readers():
            segment = reader.segment()
            if segment is not None:
                reusable[segment.segment_id()] = reader
    info, readers = open_despite_commits(lambda: _open_readers(ix, reusable))
    reused = {id(reader) for reader in readers}
    for unused in reusable.values():
        if id(unused) not in reused:
            unused.close()
    if not readers:
        reader: Any = EmptyReader(info.schema)
    elif len(readers) == 1:
        reader = readers[0]
    else:
        reader = MultiReader(readers, generation=info.generation)
    return Searcher(reader, fromindex=ix), info.generation


def _open_readers(ix: Any, reusable: dict[str, Any]) -> tuple[Any, list[Any]]:
    info = read_latest_toc(ix)
    readers: list[Any] = []
    opened: list[Any] = []
    try:
        for segment in info.segments:
            old = reusable.get(segment.segment_id())
            if old is not None and old.segment().deleted_count() == segment.deleted_count():
                readers.append(old)
            else:
                reader = SegmentReader(ix.storage, info.schema, segment, generation=info.generation)
                opened.append(reader)
                readers.append(reader)
    except OSError:
        for reader in opened:
            reader.close()
        raise
    return info, readers
